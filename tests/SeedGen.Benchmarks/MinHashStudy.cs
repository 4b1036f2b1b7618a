using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Benchmarks;

/// <summary>
/// <c>--minhash-study folder</c>: the related-documents signature against the exact Jaccard similarity of
/// the content-word sets of every pair of the folder's documents — the earlier signature's 128 hash functions
/// (reproduced here) and <see cref="SeedGen.Corpus.MinHash"/> now (one permutation, densified):
/// mean and largest error, how many of each document's exact top five are found, near-duplicates.
/// </summary>
internal static class MinHashStudy
{
    const int K = 128;

    /// <summary>The SplitMix64 finaliser, as MinHash uses it (private there).</summary>
    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    static readonly ulong[] Seeds128 = CreateSeeds();
    static ulong[] CreateSeeds()
    {
        var seeds = new ulong[K];
        ulong state = 0x5EED_6E4E_0000_0001UL;
        for (int i = 0; i < K; i++) { state += 0x9E3779B97F4A7C15UL; seeds[i] = Mix(state); }
        return seeds;
    }

    /// <summary>The earlier signature: 128 hash functions, each word hashed by every one.</summary>
    static ulong[] Previous(HashSet<ulong> words)
    {
        var sig = new ulong[K];
        for (int i = 0; i < K; i++) sig[i] = ulong.MaxValue;
        foreach (var h in words)
            for (int i = 0; i < K; i++) { ulong v = Mix(h ^ Seeds128[i]); if (v < sig[i]) sig[i] = v; }
        return sig;
    }

    public static void Run(string folder)
    {
        var files = System.IO.Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var sets = new List<HashSet<ulong>>();
        foreach (var f in files)
        {
            var words = new List<ulong>();
            DocumentReader.Read(SeedText.Normalize(System.IO.File.ReadAllText(f)), null, words, default);
            sets.Add(new HashSet<ulong>(words));
        }
        var current = sets.Select(s => SeedGen.Corpus.MinHash.OfWordHashes(s.ToList()).ToArray()).ToList();
        var previous = sets.Select(s => Previous(s)).ToList();
        Console.WriteLine($"{sets.Count} documents, distinct content words: median {sets.Select(s => s.Count).OrderBy(x => x).ElementAt(sets.Count / 2)}, min {sets.Min(s => s.Count)}");
        if (sets.Count == 2)
        {
            int inter = sets[0].Count(sets[1].Contains);
            Console.WriteLine($"exact Jaccard {inter} / {sets[0].Count + sets[1].Count - inter} = {inter / (double)(sets[0].Count + sets[1].Count - inter):F4}");
        }
        foreach (var (name, sigs) in new[] { ("128 hash functions (the earlier signature)", previous), ("MinHash.OfWordHashes (now)", current) })
        {
            double sumAbs = 0, sumSq = 0, sumAbsHi = 0; int n = 0, nHi = 0; double maxHi = 0;
            int hits = 0, total = 0, falseNear = 0, missedNear = 0;
            for (int a = 0; a < sets.Count; a++)
            {
                var exact = new List<(double J, int B)>();
                var est = new List<(double J, int B)>();
                for (int b = 0; b < sets.Count; b++)
                {
                    if (a == b || sets[a].Count == 0 || sets[b].Count == 0) continue;
                    int inter = sets[a].Count(sets[b].Contains);
                    double j = inter / (double)(sets[a].Count + sets[b].Count - inter);
                    int agree = 0;
                    for (int i = 0; i < K; i++) if (sigs[a][i] == sigs[b][i]) agree++;
                    double e = agree / (double)K;
                    if (b > a)
                    {
                        sumAbs += Math.Abs(e - j); sumSq += (e - j) * (e - j); n++;
                        if (j >= 0.1) { sumAbsHi += Math.Abs(e - j); nHi++; maxHi = Math.Max(maxHi, Math.Abs(e - j)); }
                        if (agree >= 116 && j < 0.8) falseNear++;
                        if (agree < 116 && j >= 0.95) missedNear++;
                    }
                    if (j >= 0.1) exact.Add((j, b));
                    if (agree >= 13) est.Add((e, b));
                }
                var top = exact.OrderByDescending(x => x.J).ThenBy(x => x.B).Take(5).Select(x => x.B).ToHashSet();
                var got = est.OrderByDescending(x => x.J).ThenBy(x => x.B).Take(5).Select(x => x.B);
                hits += got.Count(top.Contains); total += top.Count;
            }
            Console.WriteLine($"{name,-34} all pairs: MAE {sumAbs / n:F4} RMSE {Math.Sqrt(sumSq / n):F4}; pairs with J>=0.1 ({nHi}): MAE {sumAbsHi / Math.Max(nHi, 1):F4} max {maxHi:F3}; exact top-5 found {hits}/{total}; near-dup false {falseNear} missed {missedNear}");
        }
    }
}

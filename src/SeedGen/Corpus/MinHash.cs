using System;
using System.Collections.Generic;
using SeedGen.Reading;

namespace SeedGen.Corpus;

/// <summary>
/// A document's MinHash signature: for each of <see cref="Size"/> fixed hash functions, the
/// smallest hash of its content words (folded, stop words and numbers out). Two signatures agree
/// in a position with probability equal to the Jaccard similarity of the word sets. Our own
/// 64-bit hashing (FNV-1a, then a SplitMix64 finaliser per function) with fixed seeds, so the
/// signature is the same on every host and in every process.
/// </summary>
internal static class MinHash
{
    public const int Size = 128;

    private static readonly ulong[] Seeds = CreateSeeds();

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Size];
        ulong state = 0x5EED_6E4E_0000_0001UL;
        for (int i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }

    /// <summary>The signature of a set of content words (folded and filtered, as <see cref="DocumentReader"/> collects them).</summary>
    public static EquatableArray<ulong> OfWords(IEnumerable<string> words)
    {
        var hashes = new HashSet<ulong>();
        foreach (var w in words) hashes.Add(HashWord(w));
        return OfWordHashes(new List<ulong>(hashes));
    }

    /// <summary>
    /// The signature of content words given by their <see cref="HashWord(string)"/> hashes (as
    /// <see cref="DocumentReader"/> collects them, one per distinct word). A word listed twice
    /// changes nothing: each position keeps a minimum.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static EquatableArray<ulong> OfWordHashes(List<ulong> words)
    {
        if (words.Count == 0) return EquatableArray<ulong>.Empty;
        var signature = new ulong[Size];
        for (int i = 0; i < Size; i++) signature[i] = ulong.MaxValue;
        foreach (var h in words)
            for (int i = 0; i < Size; i++)
            {
                ulong v = Mix(h ^ Seeds[i]);
                if (v < signature[i]) signature[i] = v;
            }
        return new EquatableArray<ulong>(signature);
    }

    /// <summary>How many positions agree (the estimated Jaccard similarity is this over <see cref="Size"/>).</summary>
    public static int Agreement(EquatableArray<ulong> a, EquatableArray<ulong> b)
    {
        if (a.Count != Size || b.Count != Size) return 0;
        int same = 0;
        for (int i = 0; i < Size; i++) if (a[i] == b[i]) same++;
        return same;
    }

    /// <summary>A word's 64-bit FNV-1a hash over its UTF-16 code units: the input of every position's hash function.</summary>
    public static ulong HashWord(string s) => CharHash.Fnv64(s.AsSpan());

    /// <summary><see cref="HashWord(string)"/> of the word <c>new string(chars, start, length)</c>, without making the string.</summary>
    public static ulong HashWord(char[] chars, int start, int length) => CharHash.Fnv64(new ReadOnlySpan<char>(chars, start, length));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System;
using System.Collections.Generic;
using SeedGen.Naming;

namespace SeedGen.Corpus;

/// <summary>What the related-documents step needs of one seed: its id, path and signature.</summary>
internal sealed record SeedSignature(string Key, string Id, string Path, EquatableArray<ulong> Signature);

/// <summary>A related document (its id and its ordinal among the generated documents in id order) and the number of agreeing signature positions (score = Agreement / 128).</summary>
internal readonly record struct Relation(string Id, int Agreement, int Ordinal)
{
    public double Score => Agreement / (double)MinHash.Size;
}

/// <param name="Ordinal">The document's position among the generated documents in id order (the catalog's ordinal).</param>
internal sealed record RelatedEntry(string Id, int Ordinal, EquatableArray<Relation> Related);

/// <summary>
/// A near-duplicate (estimated similarity ≥ 0.9), for SEED014: the later path and the earliest of the
/// paths it nearly duplicates (the one the diagnostic names), so the list grows with the seeds, not with their pairs.
/// </summary>
internal readonly record struct NearDuplicate(string Path, string Other, int Agreement);

internal sealed record RelatedTable(EquatableArray<RelatedEntry> Entries, EquatableArray<NearDuplicate> NearDuplicates)
{
    /// <summary>
    /// The near-duplicates as the generated <c>NearDuplicates</c> constant carries them to the
    /// analyzer (and <c>seedgen check</c> hands them to the same checks): "path\tother\tagreement" lines.
    /// </summary>
    public string NearDuplicateLines()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var n in NearDuplicates)
            sb.Append(n.Path).Append('\t').Append(n.Other).Append('\t').Append(n.Agreement.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        return sb.ToString();
    }
}

/// <summary>
/// Related documents from signatures only, near-linear: locality-sensitive hashing puts two
/// documents in the same bucket when one of 64 bands of two signature positions agrees (a pair
/// at similarity s becomes a candidate with probability 1 − (1 − s²)^64: 47% at 0.1, 85% at
/// 0.17, 2.5% at the corpus median of 0.02). Only candidates are compared. A bucket holding more
/// than <see cref="MaxBucket"/> documents (a word nearly all share) is skipped. Top
/// <see cref="MaxRelated"/> per document at or above <see cref="Threshold"/>, ties by id.
/// </summary>
internal static class RelatedFinder
{
    public const int Bands = 64;
    public const int Rows = MinHash.Size / Bands;
    public const int MaxRelated = 5;
    public const int MaxBucket = 256;
    /// <summary>13 of 128 positions, about 0.1.</summary>
    public const int Threshold = 13;
    /// <summary>116 of 128 positions, about 0.9.</summary>
    public const int NearDuplicateThreshold = 116;

    private const int IndexBits = 20;
    private const ulong IndexMask = (1UL << IndexBits) - 1;

    private static readonly Comparison<Relation> BestFirst = (x, y) =>
        x.Agreement != y.Agreement ? y.Agreement.CompareTo(x.Agreement) : string.CompareOrdinal(x.Id, y.Id);

    /// <summary>Keeps the best <see cref="MaxRelated"/>, best first, ties by id.</summary>
    private static void Keep(ref List<Relation>? list, Relation candidate)
    {
        list ??= new List<Relation>(MaxRelated + 1);
        int at = list.Count;
        while (at > 0 && BestFirst(candidate, list[at - 1]) < 0) at--;
        if (at >= MaxRelated) return;
        list.Insert(at, candidate);
        if (list.Count > MaxRelated) list.RemoveAt(MaxRelated);
    }


    public static RelatedTable Find(IEnumerable<SeedSignature> signatures, NameTable names, System.Threading.CancellationToken cancellationToken = default) =>
        Find(signatures, names, out _, cancellationToken);

    /// <param name="comparisons">How many pairs were compared (the candidates LSH found).</param>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)] // runs once per build: optimised at its first call, not after thirty
    public static RelatedTable Find(IEnumerable<SeedSignature> signatures, NameTable names, out int comparisons,
        System.Threading.CancellationToken cancellationToken = default)
    {
        // Only documents that are generated, in id order (the order the output is written in).
        var docs = new List<SeedSignature>();
        foreach (var s in signatures)
            if (names.Find(s.Key) is { IsGenerated: true }) docs.Add(s);
        docs.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

        // Each document's band hashes (flat: document × band); for each band the documents are sorted
        // by hash, so a bucket is a run of equal hashes — no dictionary, no list per bucket.
        int n = docs.Count;
        var bandHashes = new ulong[n * Bands];
        var runSize = new int[n * Bands];
        var valid = new List<int>(n);
        for (int d = 0; d < n; d++)
        {
            var sig = docs[d].Signature;
            if (sig.Count != MinHash.Size) continue;
            valid.Add(d);
            for (int band = 0; band < Bands; band++)
            {
                ulong h = 0xCBF29CE484222325UL;
                for (int r = 0; r < Rows; r++) h = (h ^ sig[band * Rows + r]) * 0x100000001B3UL;
                bandHashes[d * Bands + band] = h;
            }
        }

        int compared = 0;
        var top = new List<Relation>?[n];
        var near = new NearDuplicate?[n]; // per document, the earliest (ordinal path) document it nearly duplicates
        var keys = new ulong[valid.Count];
        var order = new int[valid.Count];
        // Sorting plain numbers is what the runtime has ready-compiled: the band hash's top bits above the
        // document's index, so that equal hashes come together, each run in index order.
        var packed = n <= 1 << IndexBits ? new ulong[valid.Count] : null;
        for (int band = 0; band < Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (packed is not null)
            {
                for (int i = 0; i < valid.Count; i++) packed[i] = (bandHashes[valid[i] * Bands + band] & ~IndexMask) | (uint)valid[i];
                Array.Sort(packed);
                for (int i = 0; i < packed.Length; i++)
                {
                    order[i] = (int)(packed[i] & IndexMask);
                    keys[i] = bandHashes[order[i] * Bands + band];
                }
                // Two hashes that share their top bits (rare) may interleave in a run: sort such a run by the whole hash.
                for (int start = 0; start < keys.Length;)
                {
                    int end = start + 1;
                    bool mixed = false;
                    while (end < keys.Length && (packed[end] & ~IndexMask) == (packed[start] & ~IndexMask))
                    {
                        mixed |= keys[end] != keys[start];
                        end++;
                    }
                    if (mixed) Array.Sort(keys, order, start, end - start);
                    start = end;
                }
            }
            else
            {
                for (int i = 0; i < valid.Count; i++)
                {
                    order[i] = valid[i];
                    keys[i] = bandHashes[valid[i] * Bands + band];
                }
                Array.Sort(keys, order);
            }
            for (int start = 0; start < keys.Length;)
            {
                int end = start + 1;
                while (end < keys.Length && keys[end] == keys[start]) end++;
                int size = end - start;
                for (int i = start; i < end; i++) runSize[order[i] * Bands + band] = size;
                if (size >= 2 && size <= MaxBucket)
                {
                    Array.Sort(order, start, size); // deterministic order inside a bucket
                    for (int i = start; i < end; i++)
                        for (int j = i + 1; j < end; j++)
                            Compare(order[i], order[j], band);
                }
                start = end;
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
        void Compare(int a, int b, int band)
        {
            // Compared already where the two met in an earlier band's bucket that was not skipped as too large.
            for (int k = 0; k < band; k++)
                if (bandHashes[a * Bands + k] == bandHashes[b * Bands + k] && runSize[a * Bands + k] <= MaxBucket) return;
            compared++;
            int agreement = MinHash.Agreement(docs[a].Signature, docs[b].Signature);
            if (agreement < Threshold) return;
            Keep(ref top[a], new Relation(docs[b].Id, agreement, b));
            Keep(ref top[b], new Relation(docs[a].Id, agreement, a));
            if (agreement >= NearDuplicateThreshold)
            {
                var (later, earlier) = string.CompareOrdinal(docs[a].Path, docs[b].Path) < 0 ? (b, a) : (a, b);
                if (near[later] is not { } kept || string.CompareOrdinal(docs[earlier].Path, kept.Other) < 0)
                    near[later] = new NearDuplicate(docs[later].Path, docs[earlier].Path, agreement);
            }
        }
        comparisons = compared;

        var entries = new List<RelatedEntry>();
        for (int d = 0; d < docs.Count; d++)
        {
            if (top[d] is not { } list) continue;
            entries.Add(new RelatedEntry(docs[d].Id, d, new EquatableArray<Relation>(list)));
        }
        var nearDuplicates = new List<NearDuplicate>();
        foreach (var d in near)
            if (d is { } found) nearDuplicates.Add(found);
        nearDuplicates.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path) is var c && c != 0 ? c : string.CompareOrdinal(x.Other, y.Other));
        return new RelatedTable(new EquatableArray<RelatedEntry>(entries), new EquatableArray<NearDuplicate>(nearDuplicates));
    }
}

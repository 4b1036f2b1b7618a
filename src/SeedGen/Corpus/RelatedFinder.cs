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

        // Each document's band hashes (flat: document × band); for each band the documents are grouped
        // by hash in one reused table (below) — no dictionary, no list per bucket, no sort.
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
        // Per band, documents are grouped by band hash in an open-addressing table (no sort): a bucket
        // chains its documents in index order, and only buckets of two or more are walked.
        int tableSize = 16;
        while (tableSize < 2 * valid.Count) tableSize <<= 1;
        int mask = tableSize - 1;
        var slotHash = new ulong[tableSize];
        var slotFirst = new int[tableSize]; // document + 1; 0 = empty
        var slotLast = new int[tableSize];
        var slotSize = new int[tableSize];
        var nextInBucket = new int[n];
        var usedSlots = new int[valid.Count];
        var bucket = new int[valid.Count];
        for (int band = 0; band < Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int used = 0;
            foreach (int d in valid) // ascending: each bucket lists its documents in index order
            {
                ulong h = bandHashes[d * Bands + band];
                int slot = (int)(h ^ (h >> 32)) & mask;
                while (slotFirst[slot] != 0 && slotHash[slot] != h) slot = (slot + 1) & mask;
                nextInBucket[d] = -1;
                if (slotFirst[slot] == 0)
                {
                    slotHash[slot] = h;
                    slotFirst[slot] = d + 1;
                    slotSize[slot] = 1;
                    usedSlots[used++] = slot;
                }
                else
                {
                    nextInBucket[slotLast[slot]] = d;
                    slotSize[slot]++;
                }
                slotLast[slot] = d;
            }
            for (int u = 0; u < used; u++)
            {
                int slot = usedSlots[u];
                int size = slotSize[slot];
                int count = 0;
                for (int d = slotFirst[slot] - 1; d >= 0; d = nextInBucket[d])
                {
                    runSize[d * Bands + band] = size;
                    bucket[count++] = d;
                }
                slotFirst[slot] = 0; // empty again for the next band
                if (size < 2 || size > MaxBucket) continue;
                for (int i = 0; i < count; i++)
                    for (int j = i + 1; j < count; j++)
                        Compare(bucket[i], bucket[j], band);
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
            var list = top[d];
            if (list is null) continue;
            entries.Add(new RelatedEntry(docs[d].Id, d, new EquatableArray<Relation>(list)));
        }
        var nearDuplicates = new List<NearDuplicate>();
        foreach (var d in near)
            if (d is { } found) nearDuplicates.Add(found);
        nearDuplicates.Sort((x, y) => string.CompareOrdinal(x.Path, y.Path) is var c && c != 0 ? c : string.CompareOrdinal(x.Other, y.Other));
        return new RelatedTable(new EquatableArray<RelatedEntry>(entries), new EquatableArray<NearDuplicate>(nearDuplicates));
    }
}

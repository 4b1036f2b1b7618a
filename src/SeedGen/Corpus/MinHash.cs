using System;
using System.Collections.Generic;
using SeedGen.Reading;

namespace SeedGen.Corpus;

/// <summary>
/// A document's MinHash signature over its content words (folded, stop words and numbers out), as
/// one-permutation MinHash with optimal densification (Shrivastava, ICML 2017): each word is hashed
/// once; the hash's top 7 bits pick one of <see cref="Size"/> bins and its other 57 bits are the
/// word's value there; a bin keeps its smallest value. A bin no word fell into copies the value of
/// the first filled bin in a fixed pseudo-random sequence of its own, so that two documents agree in
/// a position with probability equal to the Jaccard similarity of their word sets — as with 128
/// independent hash functions, at one hash per word instead of 128. Our own 64-bit hashing (FNV-1a,
/// then a SplitMix64 finaliser) with fixed seeds: the same on every host and in every process.
/// </summary>
internal static class MinHash
{
    public const int Size = 128;
    private const int BinBits = 7; // 2^7 = Size
    private const ulong ValueMask = (1UL << (64 - BinBits)) - 1;
    private const ulong WordSeed = 0x5EED_6E4E_0000_0001UL;
    private const ulong DensifySeed = 0xD0E5_1F1E_0000_0002UL;
    /// <summary>After this many steps of a bin's sequence (never reached in practice: 1 filled bin of 128 is found in 128 on average), the next filled bin in order.</summary>
    private const int MaxDensifySteps = 4096;

    /// <summary>The signature of a set of content words (folded and filtered, as <see cref="DocumentReader"/> collects them).</summary>
    public static EquatableArray<ulong> OfWords(IEnumerable<string> words)
    {
        var hashes = new List<ulong>();
        foreach (var w in words) hashes.Add(HashWord(w));
        return OfWordHashes(hashes);
    }

    /// <summary>
    /// The signature of content words given by their <see cref="HashWord(string)"/> hashes (as
    /// <see cref="DocumentReader"/> collects them, one per distinct word). A word listed twice
    /// changes nothing, nor does the order: each bin keeps a minimum.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static EquatableArray<ulong> OfWordHashes(List<ulong> words)
    {
        if (words.Count == 0) return EquatableArray<ulong>.Empty;
        var signature = new ulong[Size];
        for (int i = 0; i < Size; i++) signature[i] = ulong.MaxValue; // empty (a value has at most 57 bits)
        foreach (var h in words)
        {
            ulong v = Mix(h ^ WordSeed);
            int bin = (int)(v >> (64 - BinBits));
            ulong value = v & ValueMask;
            if (value < signature[bin]) signature[bin] = value;
        }
        // Densify: an empty bin copies a filled one (filled bins are never written again, so every copy is of a word's value).
        for (int bin = 0; bin < Size; bin++)
            if (signature[bin] == ulong.MaxValue) signature[bin] = signature[FilledBinFor(signature, bin)] | CopyMark;
        for (int bin = 0; bin < Size; bin++) signature[bin] &= ~CopyMark;
        return new EquatableArray<ulong>(signature);
    }

    /// <summary>Set on copies while densifying, so that a copy is never taken for a filled bin (a word's value has 57 bits).</summary>
    private const ulong CopyMark = 1UL << 63;

    /// <summary>The first bin in <paramref name="empty"/>'s fixed sequence that a word fell into.</summary>
    private static int FilledBinFor(ulong[] signature, int empty)
    {
        var known = DensifySequences.Bins;
        for (int step = 1; step <= KnownSteps; step++)
        {
            int candidate = known[empty * KnownSteps + step - 1];
            if (IsWordValue(signature[candidate])) return candidate;
        }
        for (ulong step = KnownSteps + 1; step <= MaxDensifySteps; step++)
        {
            int candidate = DensifyStep(empty, step);
            if (IsWordValue(signature[candidate])) return candidate;
        }
        for (int k = 1; ; k++) // a guaranteed end: the next filled bin in order
            if (IsWordValue(signature[(empty + k) % Size])) return (empty + k) % Size;
    }

    private static int DensifyStep(int empty, ulong step) => (int)(Mix(((ulong)empty << 32) ^ step ^ DensifySeed) >> (64 - BinBits));

    /// <summary>The first steps of every bin's sequence, computed once (a document of a few words walks many of them).</summary>
    private const int KnownSteps = 256;

    private static class DensifySequences
    {
        public static readonly byte[] Bins = Build();

        private static byte[] Build()
        {
            var bins = new byte[Size * KnownSteps];
            for (int empty = 0; empty < Size; empty++)
                for (int step = 1; step <= KnownSteps; step++)
                    bins[empty * KnownSteps + step - 1] = (byte)DensifyStep(empty, (ulong)step);
            return bins;
        }
    }

    private static bool IsWordValue(ulong slot) => slot != ulong.MaxValue && (slot & CopyMark) == 0;

    /// <summary>How many positions agree (the estimated Jaccard similarity is this over <see cref="Size"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static int Agreement(EquatableArray<ulong> a, EquatableArray<ulong> b)
    {
        if (a.Count != Size || b.Count != Size) return 0;
        var x = a.AsSpan();
        var y = b.AsSpan();
        int same = 0, i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated)
        {
            // Equal lanes are all ones (-1 as a signed number): subtracting them counts them.
            var xs = System.Runtime.InteropServices.MemoryMarshal.Cast<ulong, System.Numerics.Vector<long>>(x);
            var ys = System.Runtime.InteropServices.MemoryMarshal.Cast<ulong, System.Numerics.Vector<long>>(y);
            var counts = System.Numerics.Vector<long>.Zero;
            for (int v = 0; v < xs.Length; v++) counts -= System.Numerics.Vector.Equals(xs[v], ys[v]);
            for (int lane = 0; lane < System.Numerics.Vector<long>.Count; lane++) same += (int)counts[lane];
            i = xs.Length * System.Numerics.Vector<long>.Count;
        }
        for (; i < Size; i++) if (x[i] == y[i]) same++;
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

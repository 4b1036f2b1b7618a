using System;

namespace SeedGen;

/// <summary>
/// FNV-1a over UTF-16 code units: the one hash the reader's word tables use, so a word hashes the
/// same wherever its characters are (a string, a range of the text, a buffer of folded words).
/// </summary>
internal static class CharHash
{
    /// <summary>32-bit FNV-1a, made non-negative for table slots.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static int Fnv32(ReadOnlySpan<char> chars)
    {
        uint h = 2166136261;
        foreach (char c in chars) h = (h ^ c) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }

    /// <summary>64-bit FNV-1a (the input of MinHash's hash functions).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static ulong Fnv64(ReadOnlySpan<char> chars)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in chars)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return h;
    }
}

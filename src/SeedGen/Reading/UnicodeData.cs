using System.Globalization;

namespace SeedGen.Reading;

/// <summary>
/// Character classes that the readouts and identifier rules need, decided from our own frozen
/// table (<see cref="UnicodeVersion"/>) and never from the host's <c>char.GetUnicodeCategory</c>,
/// whose Unicode version differs between .NET Framework (Visual Studio) and .NET.
/// </summary>
internal static partial class UnicodeData
{
    // In a nested class: its initialiser must run after the range arrays of the other part file.
    private static class BmpTable
    {
        public static readonly byte[] Categories = BuildBmp();
    }

    private static byte[] BuildBmp()
    {
        var table = new byte[0x10000];
        for (int i = 0; i < RangeStarts.Length && RangeStarts[i] < 0x10000; i++)
        {
            int end = i + 1 < RangeStarts.Length ? System.Math.Min(RangeStarts[i + 1], 0x10000) : 0x10000;
            for (int cp = RangeStarts[i]; cp < end; cp++)
                table[cp] = RangeCategories[i];
        }
        return table;
    }

    /// <remarks>The BMP case is one table lookup that the JIT inlines into every character loop; the rest is out of line.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static UnicodeCategory GetCategory(int codePoint) =>
        (uint)codePoint < 0x10000 ? (UnicodeCategory)BmpTable.Categories[codePoint] : GetCategoryBeyondBmp(codePoint);

    private static UnicodeCategory GetCategoryBeyondBmp(int codePoint)
    {
        if (codePoint > 0x10FFFF)
            return UnicodeCategory.OtherNotAssigned;
        int lo = 0, hi = RangeStarts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (RangeStarts[mid] <= codePoint) lo = mid; else hi = mid - 1;
        }
        return (UnicodeCategory)RangeCategories[lo];
    }

    /// <summary>Reads the code point at <paramref name="index"/>; a lone surrogate reads as itself.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int CodePointAt(string s, int index, out int length)
    {
        char c = s[index];
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, s[index + 1]);
        }
        length = 1;
        return c;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(int cp) => GetCategory(cp) <= UnicodeCategory.OtherLetter;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsMark(int cp)
    {
        var c = GetCategory(cp);
        return c == UnicodeCategory.NonSpacingMark || c == UnicodeCategory.SpacingCombiningMark || c == UnicodeCategory.EnclosingMark;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsDecimalDigit(int cp) => GetCategory(cp) == UnicodeCategory.DecimalDigitNumber;

    public static bool IsFormat(int cp) => GetCategory(cp) == UnicodeCategory.Format;

    /// <summary>Letters, marks and decimal digits: the characters a word is made of.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsWordCharacter(int cp)
    {
        var c = GetCategory(cp);
        return c <= UnicodeCategory.EnclosingMark || c == UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>White space including NBSP and the other Zs, tabs and line ends.</summary>
    public static bool IsWhiteSpace(int cp)
    {
        if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 || cp == 0xA0)
            return true;
        var c = GetCategory(cp);
        return c == UnicodeCategory.SpaceSeparator || c == UnicodeCategory.LineSeparator || c == UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>
    /// The value of a decimal digit (0-9) in any script: decimal digits come in contiguous runs of
    /// ten starting at a code point whose value is 0, so the value is the distance to that zero.
    /// </summary>
    public static int DigitValue(int cp)
    {
        if (cp >= '0' && cp <= '9') return cp - '0';
        if (!IsDecimalDigit(cp)) return -1;
        // A run can hold several blocks of ten back to back (the mathematical digits), so walk to
        // the start of the whole run.
        int zero = cp;
        while (zero > 0 && IsDecimalDigit(zero - 1)) zero--;
        return (cp - zero) % 10;
    }
}

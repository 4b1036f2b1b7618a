using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Numbers written in decimal digits of any script (Latin, Devanagari ०–९, Bengali, Arabic-Indic
/// …), with grouping commas (<c>1,00,000</c>) and a decimal point. Ordinals keep their suffix in
/// the text (<c>70वें</c>, <c>17th</c>) and read as the number. Digits that are part of a name —
/// after a letter (<c>G20</c>) or a letter and hyphen (<c>कोविड-19</c>, <c>Su-30MKI</c>), or
/// followed by Latin letters (<c>4G</c>) — and clock times (<c>7:51PM</c>) are not numbers.
/// </summary>
internal static class Numbers
{
    private static readonly string[] DevanagariOrdinals = { "वें", "वीं", "वां", "वाँ", "वे", "वी", "वा" };
    private static readonly string[] LatinOrdinals = { "st", "nd", "rd", "th" };

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static void Find(string text, TextRange paragraph, List<NumberReadout> into, CancellationToken cancellationToken = default)
    {
        int start = paragraph.Start;
        int end = paragraph.End;
        int i = start;
        int polled = i;
        while (i < end)
        {
            if (i - polled > Poll.Interval) { cancellationToken.ThrowIfCancellationRequested(); polled = i; }
            int cp = UnicodeData.CodePointAt(text, i, out int len);
            if (!UnicodeData.IsDecimalDigit(cp))
            {
                i += len;
                continue;
            }
            int s = i;
            bool partOfName = s > start && IsLetterOrMark(text, s - 1)
                || (s - 2 >= start && IsHyphen(text[s - 1]) && IsLetterOrMark(text, s - 2));

            long mantissa = 0;
            int scale = 0;
            int significant = 0;
            bool overflow = false;
            bool fraction = false;
            while (i < end)
            {
                cp = UnicodeData.CodePointAt(text, i, out len);
                int d = UnicodeData.DigitValue(cp);
                if (d >= 0)
                {
                    if (mantissa != 0 || d != 0) significant++;
                    if (significant > 18) overflow = true; else mantissa = mantissa * 10 + d;
                    if (fraction) scale++;
                    i += len;
                    continue;
                }
                if (!fraction && text[i] == ',' && GroupFollows(text, i + 1, end))
                {
                    i++;
                    continue;
                }
                if (!fraction && text[i] == '.' && i + 1 < end && UnicodeData.IsDecimalDigit(UnicodeData.CodePointAt(text, i + 1, out _)))
                {
                    fraction = true;
                    i++;
                    continue;
                }
                break;
            }
            int e = i;
            // A decimal holds at most 28 digits after the point: "0.000…01" with more is no number SeedGen can give back.
            if (scale > MaxScale) overflow = true;

            // 7:51, 7:51PM, 10:30 — a clock time, not a number.
            if (e + 1 < end && text[e] == ':' && UnicodeData.IsDecimalDigit(UnicodeData.CodePointAt(text, e + 1, out _)))
            {
                i = SkipToken(text, e + 1, end);
                continue;
            }

            string? suffix = OrdinalSuffix(text, e, end);
            if (suffix is not null)
                e += suffix.Length;
            else if (e < end && IsLatinLetter(text[e]))
                partOfName = true;

            if (partOfName || overflow)
            {
                i = SkipToken(text, e, end);
                continue;
            }
            into.Add(new NumberReadout(new TextRange(s, e - s), mantissa, scale));
            i = e;
        }
    }

    /// <summary>The largest scale of a <see cref="decimal"/>.</summary>
    public const int MaxScale = 28;

    private static bool GroupFollows(string text, int i, int end)
    {
        int n = 0;
        while (i + n < end && n < 4 && UnicodeData.IsDecimalDigit(UnicodeData.CodePointAt(text, i + n, out _))) n++;
        return n == 2 || n == 3;
    }

    private static string? OrdinalSuffix(string text, int e, int end)
    {
        foreach (var suffix in DevanagariOrdinals)
            if (Matches(text, e, end, suffix) && !ContinuesWord(text, e + suffix.Length, end)) return suffix;
        foreach (var suffix in LatinOrdinals)
            if (e + 2 <= end && AsciiLower(text[e]) == suffix[0] && AsciiLower(text[e + 1]) == suffix[1]
                && !ContinuesWord(text, e + 2, end))
                return text.Substring(e, 2);
        return null;
    }

    private static bool Matches(string text, int at, int end, string s) =>
        at + s.Length <= end && string.CompareOrdinal(text, at, s, 0, s.Length) == 0;

    private static bool ContinuesWord(string text, int i, int end) =>
        i < end && UnicodeData.IsWordCharacter(UnicodeData.CodePointAt(text, i, out _));

    private static int SkipToken(string text, int i, int end)
    {
        while (i < end && (UnicodeData.IsWordCharacter(UnicodeData.CodePointAt(text, i, out int len)) || text[i] == ':'))
            i += len;
        return i;
    }

    private static bool IsLetterOrMark(string text, int i)
    {
        int cp = text[i];
        if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            cp = char.ConvertToUtf32(text[i - 1], text[i]);
        return UnicodeData.IsLetter(cp) || UnicodeData.IsMark(cp);
    }

    private static char AsciiLower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

    private static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

    private static bool IsLatinLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

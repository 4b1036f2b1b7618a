using System.Collections.Generic;
using System.Text;
using SeedGen.Reading;

namespace SeedGen.Emitting;

/// <summary>
/// The readouts of a document as ranges into its text (which the generated code holds once, as
/// UTF-8), so that no readout string is written again as a literal.
/// <para>
/// The generated code carries them packed: unsigned varints, five bits a character from '0'
/// (U+0030) upwards with the sixth bit saying "more follows", in a <c>u8</c> literal — a compact
/// blob that the compiler reads as fast as any string, where a large <c>int[]</c> initializer
/// costs seconds to bind. Starts inside a list are deltas from the previous start. The order:
/// version; Title, Section, Dateline, Lead, Source (flag, then start, length);
/// Paragraphs, Sentences, AlsoRead, Footer, Quotes (count, then start delta, length each);
/// Metadata (count, then key start delta, key length, value start − key start, value length);
/// Numbers (count, then start delta, length, mantissa, scale); the counts of Weekdays, Months,
/// Keywords; Published (flag, then year, month, day, hour, minute, zigzag UTC offset in minutes). The
/// Weekdays, Months and Keywords strings follow separately, as one string, '\n' between them. The generated <c>SeedDocument</c> unpacks this into
/// absolute ranges, once, when the document is first used.
/// </para>
/// </summary>
internal static class Layout
{
    public const int Version = 2;

    public static string Pack(SeedReadouts r)
    {
        // A per-thread builder: only the packed string is allocated per document.
        var sb = t_builder ?? new StringBuilder(256);
        t_builder = null;
        sb.Clear().EnsureCapacity(32 + 4 * (r.Paragraphs.Count + r.Sentences.Count) + 10 * r.Numbers.Count);
        Write(sb, Version);
        Single(sb, r.Title);
        Single(sb, r.Section);
        Single(sb, r.Dateline);
        Single(sb, r.Lead);
        Single(sb, r.Source);
        Ranges(sb, r.Paragraphs);
        Ranges(sb, r.Sentences);
        Ranges(sb, r.AlsoRead);
        Ranges(sb, r.Footer);
        Ranges(sb, r.Quotes);
        Write(sb, r.Metadata.Count);
        int previous = 0;
        foreach (var m in r.Metadata.AsSpan())
        {
            Write(sb, m.Key.Start - previous);
            Write(sb, m.Key.Length);
            Write(sb, m.Value.Start - m.Key.Start);
            Write(sb, m.Value.Length);
            previous = m.Key.Start;
        }
        Write(sb, r.Numbers.Count);
        previous = 0;
        foreach (var n in r.Numbers.AsSpan())
        {
            Write(sb, n.Text.Start - previous);
            Write(sb, n.Text.Length);
            Write(sb, (ulong)n.Mantissa);
            Write(sb, n.Scale);
            previous = n.Text.Start;
        }
        Write(sb, r.Weekdays.Count);
        Write(sb, r.Months.Count);
        Write(sb, r.Keywords.Count);
        // Version 2: the published date, so that the per-seed factory passes no date. (The strings
        // of the three lists are one string argument: in a u8 literal every byte is a node for the
        // compiler, which at 100 MB cost more than the factory saved.)
        if (r.Published is { } d)
        {
            Write(sb, 1);
            Write(sb, d.Year); Write(sb, d.Month); Write(sb, d.Day); Write(sb, d.Hour); Write(sb, d.Minute);
            Write(sb, (ulong)(uint)((d.OffsetMinutes << 1) ^ (d.OffsetMinutes >> 31))); // zigzag: small negatives stay small
        }
        else Write(sb, 0);
        string packed = sb.ToString();
        if (sb.Capacity <= 1 << 16) t_builder = sb;
        return packed;
    }

    [System.ThreadStatic] private static StringBuilder? t_builder;

    /// <summary>The strings that follow the layout, in this order (what <c>SeedDocument</c> reads after the counts).</summary>
    public static IEnumerable<EquatableArray<string>> StringLists(SeedReadouts r)
    {
        yield return r.Weekdays;
        yield return r.Months;
        yield return r.Keywords;
    }

    private static void Single(StringBuilder sb, TextRange? r)
    {
        if (r is { } v) { Write(sb, 1); Write(sb, v.Start); Write(sb, v.Length); }
        else Write(sb, 0);
    }

    private static void Ranges(StringBuilder sb, EquatableArray<TextRange> ranges)
    {
        Write(sb, ranges.Count);
        int previous = 0;
        foreach (var r in ranges.AsSpan())
        {
            Write(sb, r.Start - previous);
            Write(sb, r.Length);
            previous = r.Start;
        }
    }

    private static void Write(StringBuilder sb, int value) => Write(sb, (ulong)(uint)value);

    private static void Write(StringBuilder sb, ulong value)
    {
        do
        {
            int group = (int)(value & 31);
            value >>= 5;
            sb.Append((char)('0' + (value != 0 ? group | 32 : group)));
        }
        while (value != 0);
    }
}

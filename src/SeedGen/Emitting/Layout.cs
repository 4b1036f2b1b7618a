using System.Collections.Generic;
using SeedGen.Reading;

namespace SeedGen.Emitting;

/// <summary>
/// The readouts of a document as one <c>int[]</c> of ranges into its text (which the generated
/// code holds once, as UTF-8), so that no readout string is written again as a literal. The
/// generated <c>SeedDocument</c> reads it back; both sides follow this order:
/// Title, Section, Dateline, Lead, Source (count 0 or 1, then start, length);
/// Paragraphs, Sentences, AlsoRead, Footer, Quotes (count, then start, length each);
/// Metadata (count, then key start, key length, value start, value length each);
/// Numbers (count, then start, length, mantissa low, mantissa high, scale each);
/// then the counts of Weekdays, Months and Keywords, whose strings follow in one string array.
/// </summary>
internal static class Layout
{
    public const int Version = 1;

    public static int[] Encode(SeedReadouts r)
    {
        var list = new List<int>(16 + 2 * (r.Paragraphs.Count + r.Sentences.Count) + 5 * r.Numbers.Count) { Version };
        Single(list, r.Title);
        Single(list, r.Section);
        Single(list, r.Dateline);
        Single(list, r.Lead);
        Single(list, r.Source);
        Ranges(list, r.Paragraphs);
        Ranges(list, r.Sentences);
        Ranges(list, r.AlsoRead);
        Ranges(list, r.Footer);
        Ranges(list, r.Quotes);
        list.Add(r.Metadata.Count);
        foreach (var m in r.Metadata)
        {
            list.Add(m.Key.Start); list.Add(m.Key.Length); list.Add(m.Value.Start); list.Add(m.Value.Length);
        }
        list.Add(r.Numbers.Count);
        foreach (var n in r.Numbers)
        {
            list.Add(n.Text.Start); list.Add(n.Text.Length);
            list.Add(unchecked((int)(n.Mantissa & 0xFFFFFFFF))); list.Add((int)(n.Mantissa >> 32)); list.Add(n.Scale);
        }
        list.Add(r.Weekdays.Count);
        list.Add(r.Months.Count);
        list.Add(r.Keywords.Count);
        return list.ToArray();
    }

    public static string[] Strings(SeedReadouts r)
    {
        var s = new List<string>(r.Weekdays.Count + r.Months.Count + r.Keywords.Count);
        s.AddRange(r.Weekdays);
        s.AddRange(r.Months);
        s.AddRange(r.Keywords);
        return s.ToArray();
    }

    private static void Single(List<int> list, TextRange? r)
    {
        if (r is { } v) { list.Add(1); list.Add(v.Start); list.Add(v.Length); }
        else list.Add(0);
    }

    private static void Ranges(List<int> list, EquatableArray<TextRange> ranges)
    {
        list.Add(ranges.Count);
        foreach (var r in ranges) { list.Add(r.Start); list.Add(r.Length); }
    }
}

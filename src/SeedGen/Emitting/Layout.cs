using System.Collections.Generic;
using System.Text;
using SeedGen.Model;
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
/// version; the Text readouts (flag, then start, length); the List readouts (count, then start
/// delta, length each); Metadata (count, then key start delta, key length, value start − key
/// start, value length); Numbers (count, then start delta, length, mantissa, scale); the counts
/// of the Names readouts; Published (flag, then year, month, day, hour, minute, zigzag UTC offset in minutes). The
/// Names strings follow separately, as one string, '\n' between them. Each group is in the
/// order of the readout table (<see cref="Readouts"/>). The generated <c>SeedDocument</c> unpacks
/// this into absolute ranges, once, when the document is first used: its decoder is
/// <see cref="Decoder"/>, below the encoder.
/// </para>
/// </summary>
internal static class Layout
{
    public const int Version = 3;

    public static string Pack(SeedReadouts r)
    {
        // A per-thread builder: only the packed string is allocated per document.
        var sb = t_builder ?? new StringBuilder(256);
        t_builder = null;
        sb.Clear().EnsureCapacity(32 + 4 * (r.Paragraphs.Count + r.Sentences.Count) + 10 * r.Numbers.Count);
        Write(sb, Version);
        foreach (var readout in TextReadouts) Single(sb, readout.Range(r));
        foreach (var readout in ListReadouts) Ranges(sb, readout.Ranges(r));
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
        foreach (var readout in NameReadouts) Write(sb, readout.Strings(r).Count);
        // Version 2: the published date, so that the per-seed factory passes no date. (The strings
        // of the three lists are one string argument: in a u8 literal every byte is a node for the
        // compiler, which at 100 MB cost more than the factory saved.)
        // Published: 0 none, 1 with its offset, 2 local (offset unknown).
        if (r.Published is { } d)
        {
            Write(sb, d.OffsetKnown ? 1 : 2);
            Write(sb, d.Year); Write(sb, d.Month); Write(sb, d.Day); Write(sb, d.Hour); Write(sb, d.Minute);
            if (d.OffsetKnown) Write(sb, (ulong)(uint)((d.OffsetMinutes << 1) ^ (d.OffsetMinutes >> 31))); // zigzag: small negatives stay small
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
        foreach (var readout in NameReadouts) yield return readout.Strings(r);
    }

    /// <summary>The layout's groups, each in table order (<see cref="Readouts"/>): its slots.</summary>
    public static readonly Readout[] TextReadouts = Readouts.Of(ReadoutKind.Text);
    public static readonly Readout[] ListReadouts = Readouts.Of(ReadoutKind.List);
    public static readonly Readout[] NameReadouts = Readouts.Of(ReadoutKind.Names);

    /// <summary>
    /// The decoder of <see cref="Pack"/>, emitted into <c>SeedDocument</c>: <c>Unpack</c> turns the
    /// packed layout into absolute ranges (a Text slot is <c>flag[, start, length]</c>, a list
    /// <c>count, (start, length)*</c>, a metadata entry four numbers, a number five), and the
    /// readers below it find a readout by its slot. Keep it in step with <see cref="Pack"/> above.
    /// </summary>
    public static void EmitDecoder(SourceBuilder b, EmitOptions o, string bytes)
    {
        b.Block($$"""
            private static long Next({{bytes}} data, ref int at)
            {
                long value = 0;
                int shift = 0;
                while (true)
                {
                    int group = data[at++] - '0';
                    value |= (long)(group & 31) << shift;
                    if ((group & 32) == 0) return value;
                    shift += 5;
                }
            }

            private static int[] Unpack({{bytes}} data, string names, out string[] strings, out global::System.DateTimeOffset? published, out global::System.DateTime? local)
            {
                int at = 0;
                var r = new global::System.Collections.Generic.List<int>(data.Length / 2 + 16);
                r.Add((int)Next(data, ref at));
                for (int i = 0; i < {{TextReadouts.Length}}; i++)
                {
                    int flag = (int)Next(data, ref at);
                    r.Add(flag);
                    if (flag != 0) { r.Add((int)Next(data, ref at)); r.Add((int)Next(data, ref at)); }
                }
                for (int list = 0; list < {{ListReadouts.Length}}; list++)
                {
                    int count = (int)Next(data, ref at), start = 0;
                    r.Add(count);
                    for (int i = 0; i < count; i++) { start += (int)Next(data, ref at); r.Add(start); r.Add((int)Next(data, ref at)); }
                }
                {
                    int count = (int)Next(data, ref at), key = 0;
                    r.Add(count);
                    for (int i = 0; i < count; i++)
                    {
                        key += (int)Next(data, ref at);
                        int keyLength = (int)Next(data, ref at);
                        int value = key + (int)Next(data, ref at);
                        r.Add(key); r.Add(keyLength); r.Add(value); r.Add((int)Next(data, ref at));
                    }
                }
                {
                    int count = (int)Next(data, ref at), start = 0;
                    r.Add(count);
                    for (int i = 0; i < count; i++)
                    {
                        start += (int)Next(data, ref at);
                        r.Add(start); r.Add((int)Next(data, ref at));
                        long mantissa = Next(data, ref at);
                        r.Add(unchecked((int)mantissa)); r.Add(unchecked((int)(mantissa >> 32))); r.Add((int)Next(data, ref at));
                    }
                }
                int nameCount = 0;
                for (int i = 0; i < {{NameReadouts.Length}}; i++) { int listLength = (int)Next(data, ref at); r.Add(listLength); nameCount += listLength; }
                published = null;
                local = null;
                long dated = Next(data, ref at);
                if (dated != 0)
                {
                    int year = (int)Next(data, ref at), month = (int)Next(data, ref at), day = (int)Next(data, ref at), hour = (int)Next(data, ref at), minute = (int)Next(data, ref at);
                    local = new global::System.DateTime(year, month, day, hour, minute, 0, global::System.DateTimeKind.Unspecified);
                    if (dated == 1)
                    {
                        long zigzag = Next(data, ref at);
                        published = new global::System.DateTimeOffset(local.Value, global::System.TimeSpan.FromMinutes((int)(zigzag >> 1) ^ -(int)(zigzag & 1)));
                    }
                }
                strings = nameCount == 0 ? new string[0] : names.Split('\n');
                return r.ToArray();
            }

            private string{{o.Q}} Single(int index)
            {
                int at = 1;
                for (int i = 0; i < index; i++) at += _layout[at] == 0 ? 1 : 3;
                return _layout[at] == 0 ? null : Slice(_layout[at + 1], _layout[at + 2]);
            }

            private int ListStart(int list)
            {
                int at = _lists;
                for (int i = 0; i < list; i++) at += 1 + 2 * _layout[at];
                return at;
            }

            private global::System.Collections.Generic.IReadOnlyList<string> Ranges(int list)
            {
                int at = ListStart(list);
                var items = new string[_layout[at]];
                for (int i = 0; i < items.Length; i++) items[i] = Slice(_layout[at + 1 + 2 * i], _layout[at + 2 + 2 * i]);
                return global::System.Array.AsReadOnly(items);
            }

            private int MetadataStart => ListStart({{ListReadouts.Length}});

            private int NumbersStart
            {
                get { int at = MetadataStart; return at + 1 + 4 * _layout[at]; }
            }

            private global::System.Collections.Generic.IReadOnlyList<SeedNumber> ReadNumbers()
            {
                int at = NumbersStart;
                var items = new SeedNumber[_layout[at]];
                for (int i = 0; i < items.Length; i++)
                {
                    int p = at + 1 + 5 * i;
                    items[i] = new SeedNumber(Slice(_layout[p], _layout[p + 1]), new decimal(_layout[p + 2], _layout[p + 3], 0, false, (byte)_layout[p + 4]));
                }
                return global::System.Array.AsReadOnly(items);
            }

            private global::System.Collections.Generic.IReadOnlyList<string> Names(int kind)
            {
                int at = NumbersStart;
                at += 1 + 5 * _layout[at];
                int skip = 0;
                for (int i = 0; i < kind; i++) skip += _layout[at + i];
                var items = new string[_layout[at + kind]];
                global::System.Array.Copy(_strings, skip, items, 0, items.Length);
                return global::System.Array.AsReadOnly(items);
            }
            """);
    }

    /// <summary>The expression a <c>SeedDocument</c> member reads a readout of the layout with.</summary>
    public static string ReaderOf(Readout r) => r.Kind switch
    {
        ReadoutKind.Text => "Single(" + r.Slot + ")",
        ReadoutKind.List => "Ranges(" + r.Slot + ")",
        ReadoutKind.Names => "Names(" + r.Slot + ")",
        ReadoutKind.Numbers => "ReadNumbers()",
        _ => throw new System.InvalidOperationException(r.Name + " is not read from the layout by slot"),
    };

    /// <summary>Where the count of a List readout is in the unpacked layout.</summary>
    public static string CountOf(Readout r) => r.Slot == 0 ? "_layout[_lists]" : "_layout[ListStart(" + r.Slot + ")]";

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

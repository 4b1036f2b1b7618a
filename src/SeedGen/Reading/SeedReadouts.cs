using System;
using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>A run of the normalised text: <c>Text.Substring(Start, Length)</c>.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary><c>Key: Value</c> as two ranges of the text, in file order.</summary>
internal readonly record struct MetadataEntry(TextRange Key, TextRange Value);

/// <summary>A number as written (a range) and its value, <c>Mantissa / 10^Scale</c>.</summary>
internal readonly record struct NumberReadout(TextRange Text, long Mantissa, int Scale)
{
    public decimal Value => new((int)(Mantissa & 0xFFFFFFFF), (int)(Mantissa >> 32), 0, false, (byte)Scale);
}

/// <summary>
/// A local date and time with its UTC offset in minutes (no <see cref="DateTimeOffset"/>, to stay
/// host-free). <see cref="OffsetKnown"/> is false when neither the text nor a known source says
/// which zone the time is in: the offset is then 0 and means nothing.
/// </summary>
internal readonly record struct PublishedDate(int Year, int Month, int Day, int Hour, int Minute, int OffsetMinutes, bool OffsetKnown = true)
{
    public static PublishedDate Local(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, false);

    public DateTime ToLocalDateTime() => new(Year, Month, Day, Hour, Minute, 0, DateTimeKind.Unspecified);

    public DateTimeOffset ToDateTimeOffset() =>
        new(Year, Month, Day, Hour, Minute, 0, TimeSpan.FromMinutes(OffsetMinutes));
}

/// <summary>
/// Every readout of one seed document (SPEC section 3). Strings that come from the document are
/// ranges of <see cref="Text"/>, so the generated code can slice them out of the one UTF-8 copy
/// of the text instead of writing them again as string literals. The Text, List and Names readouts
/// are stored by their slot in the readout table (<see cref="Readouts"/>): a new readout of those
/// kinds needs no new field here.
/// </summary>
/// <param name="Texts">Per Text slot, the range; absent is a length of -1 (see <see cref="TextAt"/>).</param>
/// <param name="Lists">Per List slot, the ranges.</param>
/// <param name="Names">Per Names slot, the strings.</param>
internal sealed record SeedReadouts(
    string Text,
    EquatableArray<TextRange> Texts,
    EquatableArray<EquatableArray<TextRange>> Lists,
    EquatableArray<MetadataEntry> Metadata,
    EquatableArray<NumberReadout> Numbers,
    int WordCount,
    PublishedDate? Published,
    EquatableArray<EquatableArray<string>> Names,
    string Script,
    string Language)
{
    /// <summary>How an absent Text readout is stored.</summary>
    public static readonly TextRange Absent = new(0, -1);

    public TextRange? TextAt(int slot) => Texts[slot].Length < 0 ? null : Texts[slot];

    public TextRange? Title => Readouts.Title.Range(this);
    public TextRange? Section => Readouts.Section.Range(this);
    public TextRange? Dateline => Readouts.Dateline.Range(this);
    public TextRange? Lead => Readouts.Lead.Range(this);
    public TextRange? Source => Readouts.Source.Range(this);
    public EquatableArray<TextRange> Paragraphs => Readouts.Paragraphs.Ranges(this);
    public EquatableArray<TextRange> Sentences => Readouts.Sentences.Ranges(this);
    public EquatableArray<TextRange> AlsoRead => Readouts.AlsoRead.Ranges(this);
    public EquatableArray<TextRange> Footer => Readouts.Footer.Ranges(this);
    public EquatableArray<TextRange> Quotes => Readouts.Quotes.Ranges(this);
    public EquatableArray<string> Weekdays => Readouts.Weekdays.Strings(this);
    public EquatableArray<string> Months => Readouts.Months.Strings(this);
    public EquatableArray<string> Keywords => Readouts.Keywords.Strings(this);

    /// <summary>A document with its text and no readouts (an empty seed, or one that could not be read).</summary>
    public static SeedReadouts TextOnly(string text) => new ReadoutValues().Build(text, EquatableArray<MetadataEntry>.Empty,
        EquatableArray<NumberReadout>.Empty, 0, null, "", "");

    /// <summary>The readout text of a range: paragraph-internal line breaks read as one space.</summary>
    public string Get(TextRange range) => SeedText.Slice(Text, range.Start, range.Length);

    public string? Get(TextRange? range) => range is { } r ? Get(r) : null;
}

/// <summary>The slotted readouts of a document as the reader's stages find them, until <see cref="Build"/>.</summary>
internal sealed class ReadoutValues
{
    private readonly TextRange[] _texts = Filled(Readouts.Of(ReadoutKind.Text).Length);
    private readonly EquatableArray<TextRange>[] _lists = Empty<TextRange>(Readouts.Of(ReadoutKind.List).Length);
    private readonly EquatableArray<string>[] _names = Empty<string>(Readouts.Of(ReadoutKind.Names).Length);

    public void Set(Readout readout, TextRange? value) => _texts[Check(readout, ReadoutKind.Text)] = value ?? SeedReadouts.Absent;

    public void Set(Readout readout, List<TextRange> value) => _lists[Check(readout, ReadoutKind.List)] = new(value);

    public void Set(Readout readout, List<string> value) => _names[Check(readout, ReadoutKind.Names)] = new(value);

    public SeedReadouts Build(string text, EquatableArray<MetadataEntry> metadata, EquatableArray<NumberReadout> numbers, int wordCount,
        PublishedDate? published, string script, string language) =>
        new(text, new(_texts), new(_lists), metadata, numbers, wordCount, published, new(_names), script, language);

    private static int Check(Readout readout, ReadoutKind kind) =>
        readout.Kind == kind ? readout.Slot : throw new ArgumentException(readout.Name + " is not a " + kind + " readout");

    private static TextRange[] Filled(int count)
    {
        var a = new TextRange[count];
        for (int i = 0; i < a.Length; i++) a[i] = SeedReadouts.Absent;
        return a;
    }

    private static EquatableArray<T>[] Empty<T>(int count) where T : IEquatable<T>
    {
        var a = new EquatableArray<T>[count];
        for (int i = 0; i < a.Length; i++) a[i] = EquatableArray<T>.Empty;
        return a;
    }
}

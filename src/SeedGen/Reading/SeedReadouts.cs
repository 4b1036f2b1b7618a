using System;

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

/// <summary>A local date and time with its UTC offset in minutes (no <see cref="DateTimeOffset"/>, to stay host-free).</summary>
internal readonly record struct PublishedDate(int Year, int Month, int Day, int Hour, int Minute, int OffsetMinutes)
{
    public DateTimeOffset ToDateTimeOffset() =>
        new(Year, Month, Day, Hour, Minute, 0, TimeSpan.FromMinutes(OffsetMinutes));
}

/// <summary>
/// Every readout of one seed document (SPEC section 3). Strings that come from the document are
/// ranges of <see cref="Text"/>, so the generated code can slice them out of the one UTF-8 copy
/// of the text instead of writing them again as string literals.
/// </summary>
internal sealed record SeedReadouts(
    string Text,
    TextRange? Title,
    TextRange? Section,
    TextRange? Dateline,
    TextRange? Lead,
    TextRange? Source,
    EquatableArray<TextRange> Paragraphs,
    EquatableArray<TextRange> Sentences,
    EquatableArray<TextRange> AlsoRead,
    EquatableArray<TextRange> Footer,
    EquatableArray<TextRange> Quotes,
    EquatableArray<MetadataEntry> Metadata,
    EquatableArray<NumberReadout> Numbers,
    int WordCount,
    PublishedDate? Published,
    EquatableArray<string> Weekdays,
    EquatableArray<string> Months,
    EquatableArray<string> Keywords,
    string Script,
    string Language)
{
    /// <summary>A document with its text and no readouts (an empty seed, or one that could not be read).</summary>
    public static SeedReadouts TextOnly(string text) => new(
        text, null, null, null, null, null,
        EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty,
        EquatableArray<TextRange>.Empty, EquatableArray<TextRange>.Empty, EquatableArray<MetadataEntry>.Empty,
        EquatableArray<NumberReadout>.Empty, 0, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty,
        EquatableArray<string>.Empty, "", "");

    /// <summary>The readout text of a range: paragraph-internal line breaks read as one space.</summary>
    public string Get(TextRange range) => SeedText.Slice(Text, range.Start, range.Length);

    public string? Get(TextRange? range) => range is { } r ? Get(r) : null;
}

using System;
using System.Collections.Generic;
namespace SeedGen.Reading;

/// <summary>
/// What a readout is, which decides how it is stored, packed and shown. Every place that walks
/// <see cref="Readouts.All"/> groups readouts by kind in its own fixed kind order, and keeps the
/// table's order inside a kind.
/// </summary>
internal enum ReadoutKind
{
    /// <summary>A string of the text or null (a range): a per-seed constant and a layout slot.</summary>
    Text,
    /// <summary>A list of strings of the text (ranges), with a count constant.</summary>
    List,
    /// <summary>Ordered key/value pairs of the text (<c>Metadata</c>).</summary>
    Map,
    /// <summary>Numbers as written and their values.</summary>
    Numbers,
    /// <summary>A count computed by the reader (<c>WordCount</c>): a constant and a constructor argument.</summary>
    Count,
    /// <summary>A date (<c>Published</c>), packed in the layout.</summary>
    Date,
    /// <summary>A list of strings that are not ranges of the text (English names, folded keywords).</summary>
    Names,
    /// <summary>A short tag of the whole document (<c>Script</c>, <c>Language</c>): a constant and a constructor argument.</summary>
    Tag,
}

/// <summary>How <c>seedgen inspect</c> shows a readout.</summary>
internal enum InspectAs
{
    /// <summary>Not a row of its own.</summary>
    None,
    /// <summary>One row with the value.</summary>
    Value,
    /// <summary>One row per item.</summary>
    Items,
    /// <summary>One row, the items joined by commas.</summary>
    Joined,
}

/// <summary>One readout of SPEC section 3, declared once in <see cref="Readouts.All"/>.</summary>
internal sealed class Readout
{
    private Readout(string name, ReadoutKind kind, string type, string summary, string json)
    {
        Name = name; Kind = kind; Type = type; Summary = summary; Json = json;
    }

    /// <summary>The member of <c>SeedDocument</c> (and of a seed's class, for constants).</summary>
    public string Name { get; }
    public ReadoutKind Kind { get; }
    /// <summary>The C# type of the <c>SeedDocument</c> member, as README shows it.</summary>
    public string Type { get; }
    /// <summary>The XML doc summary of the <c>SeedDocument</c> member (already escaped for XML).</summary>
    public string Summary { get; }
    /// <summary>The property name in <c>seedgen inspect --json</c>.</summary>
    public string Json { get; }
    /// <summary>The per-seed <c>int</c> constant with the number of items (lists), or null.</summary>
    public string? CountConstant { get; private init; }
    /// <summary>The summary of the document's <c>XCount</c> property, when the document repeats the count constant as one; else null.</summary>
    public string? CountSummary { get; private init; }
    /// <summary>What the analyzer calls the items in a message ("paragraphs").</summary>
    public string? Noun { get; private init; }
    /// <summary>A Text readout that is never null on the document (an absent one reads as "").</summary>
    public bool NeverNull { get; private init; }
    /// <summary>The row label in <c>seedgen inspect</c>, and how it is shown.</summary>
    public string? InspectLabel { get; private init; }
    public InspectAs Inspect { get; private init; }

    /// <summary>Position among the readouts of its kind: its slot in the layout.</summary>
    public int Slot { get; private set; }

    // What the readout is in a model, by kind: Text, List and Names readouts are stored by slot
    // (SeedReadouts.Texts, Lists, Names), the others are fields of their own.
    public TextRange? Range(SeedReadouts r) => r.TextAt(Slot);
    public EquatableArray<TextRange> Ranges(SeedReadouts r) => r.Lists[Slot];
    public EquatableArray<string> Strings(SeedReadouts r) => r.Names[Slot];
    public Func<SeedReadouts, int>? Number { get; private init; }
    /// <summary>A Date readout's value: with a known offset only (<see cref="WithOffset"/>), or local.</summary>
    public Func<SeedReadouts, PublishedDate?>? DateValue { get; private init; }
    public bool WithOffset { get; private init; }
    public Func<SeedReadouts, string>? TagValue { get; private init; }

    /// <summary>The number of items a model has (lists, map, numbers, names), for the count constant and the layout.</summary>
    public int CountIn(SeedReadouts r) => Kind switch
    {
        ReadoutKind.List => Ranges(r).Count,
        ReadoutKind.Names => Strings(r).Count,
        ReadoutKind.Map => r.Metadata.Count,
        ReadoutKind.Numbers => r.Numbers.Count,
        ReadoutKind.Count => Number!(r),
        _ => throw new InvalidOperationException(Name + " has no count"),
    };

    /// <summary>The backing field of a lazily built list on <c>SeedDocument</c> (<c>_alsoRead</c>).</summary>
    public string Field => "_" + char.ToLowerInvariant(Name[0]) + Name.Substring(1);

    public static Readout Text(string name, string summary, string json, bool neverNull = false) =>
        new(name, ReadoutKind.Text, neverNull ? "string" : "string?", summary, json)
        {
            NeverNull = neverNull, InspectLabel = json, Inspect = InspectAs.Value,
        };

    public static Readout List(string name, string summary, string json,
        string countConstant, string noun, string? countSummary = null, InspectAs inspect = InspectAs.None, string? inspectLabel = null) =>
        new(name, ReadoutKind.List, "IReadOnlyList<string>", summary, json)
        {
            CountConstant = countConstant, Noun = noun, CountSummary = countSummary,
            Inspect = inspect, InspectLabel = inspectLabel,
        };

    public static Readout Names(string name, string summary, string json,
        string? countConstant = null, string? noun = null, InspectAs inspect = InspectAs.None) =>
        new(name, ReadoutKind.Names, "IReadOnlyList<string>", summary, json)
        {
            CountConstant = countConstant, Noun = noun, Inspect = inspect, InspectLabel = json,
        };

    public static Readout Map(string name, string summary, string json) =>
        new(name, ReadoutKind.Map, "IReadOnlyDictionary<string, string>", summary, json) { Inspect = InspectAs.Items, InspectLabel = json };

    public static Readout NumberList(string name, string summary, string json, string countConstant, string noun) =>
        new(name, ReadoutKind.Numbers, "IReadOnlyList<SeedNumber>", summary, json) { CountConstant = countConstant, Noun = noun };

    public static Readout Count(string name, string summary, string json, Func<SeedReadouts, int> number, string noun) =>
        new(name, ReadoutKind.Count, "int", summary, json) { Number = number, CountConstant = name, Noun = noun };

    public static Readout Date(string name, string type, string summary, string json, bool withOffset) =>
        new(name, ReadoutKind.Date, type, summary, json)
        {
            Inspect = InspectAs.Value, InspectLabel = json, WithOffset = withOffset,
            DateValue = withOffset ? r => r.Published is { OffsetKnown: true } p ? p : null : r => r.Published,
        };

    public static Readout Tag(string name, string summary, string json, Func<SeedReadouts, string> value) =>
        new(name, ReadoutKind.Tag, "string", summary, json) { TagValue = value };

    internal Readout WithSlot(int slot)
    {
        Slot = slot;
        return this;
    }
}

/// <summary>
/// The readout table: every readout of SPEC section 3, once. The layout (<c>Emitting.Layout</c>)
/// and <c>SeedDocument</c>'s decoder, <c>SeedDocument</c>'s members, each seed's constants, the
/// reserved member names (<c>Naming.SeedNaming</c>), what the analyzer knows about lists and keys
/// (<c>Diagnostics</c>) and the CLI's JSON and <c>inspect</c> rows are all derived from it, so a
/// readout cannot be half wired (<c>ReadoutTableTests</c> walks it through each of those places).
/// </summary>
internal static class Readouts
{
    public static readonly Readout Title =
        Readout.Text("Title", "The headline, or null when the document has none.", "title");

    public static readonly Readout Section =
        Readout.Text("Section", "The organisation line above the headline (a ministry or office), or null.", "section");

    public static readonly Readout Dateline =
        Readout.Text("Dateline", "The place the story is filed from (<c>LONDON (Reuters) -</c>, <c>पटना, 12 मार्च :</c>, or a line of its own), taken off the first paragraph; or null.", "dateline");

    public static readonly Readout Lead =
        Readout.Text("Lead", "The first sentence of the story (after its dateline, byline and standfirst), or an empty string.", "lead", neverNull: true);

    public static readonly Readout Source =
        Readout.Text("Source", "Who published it: the <c>by …</c> of the posting line, or the first agency the story names (dateline, credit line, sign-off); or null.", "source");

    public static readonly Readout Byline =
        Readout.Text("Byline", "Who wrote it: the name(s) of a byline (<c>By Jane Doe</c>, <c>रिपोर्ट: …</c>) without its marker, or null.", "byline");

    public static readonly Readout Paragraphs =
        Readout.List("Paragraphs", "Body paragraphs, without title, metadata, footer and \"Also Read\" links.", "paragraphs",
            "ParagraphCount", "paragraphs", countSummary: "Number of body paragraphs.");

    public static readonly Readout Sentences =
        Readout.List("Sentences", "Sentences of the body paragraphs.", "sentences",
            "SentenceCount", "sentences", countSummary: "Number of sentences.");

    public static readonly Readout WordCount =
        Readout.Count("WordCount", "Words of the body.", "wordCount", r => r.WordCount, "words");

    public static readonly Readout AlsoRead =
        Readout.List("AlsoRead", "Headlines of \"Also Read\" links, in order.", "alsoRead",
            "AlsoReadCount", "also-read links", inspect: InspectAs.Items, inspectLabel: "also read");

    public static readonly Readout Footer =
        Readout.List("Footer", "Trailing initials or code lines.", "footer", "FooterCount", "footer lines");

    public static readonly Readout Quotes =
        Readout.List("Quotes", "Quoted text, in order of the opening mark.", "quotes", "QuoteCount", "quotes");

    public static readonly Readout Credits =
        Readout.List("Credits", "Credit trailers (<c>Reporting by …; Editing by …</c>, <c>With inputs from PTI</c>, <c>इनपुट: भाषा</c>), without their brackets.",
            "credits", "CreditCount", "credits", inspect: InspectAs.Items, inspectLabel: "credit");

    public static readonly Readout Metadata =
        Readout.Map("Metadata", "<c>Key: Value</c> lines and <c>(Key: Value)</c> groups outside the body, in file order.", "metadata");

    public static readonly Readout Numbers =
        Readout.NumberList("Numbers", "Numbers of the body, in order.", "numbers", "NumberCount", "numbers");

    public static readonly Readout Published =
        Readout.Date("Published", "DateTimeOffset?",
            "When it was published, with its UTC offset: from a <c>Posted On</c>, date or RFC 822 line, a zone written in the text (IST, GMT, EST, +05:30) or implied by a known source (PIB: +05:30). Null when no date is stated or its offset is unknown (then see <see cref=\"PublishedLocal\"/>).",
            "published", withOffset: true);

    public static readonly Readout PublishedLocal =
        Readout.Date("PublishedLocal", "DateTime?",
            "When it was published, as the local date and time the text states (<see cref=\"System.DateTimeKind.Unspecified\"/>), whether or not its offset is known; null when no date is stated.",
            "publishedLocal", withOffset: false);

    public static readonly Readout Weekdays =
        Readout.Names("Weekdays", "Weekdays named in the body, in English, in order of first mention.", "weekdays");

    public static readonly Readout Months =
        Readout.Names("Months", "Months named in the body, in English, in order of first mention.", "months");

    public static readonly Readout Keywords =
        Readout.Names("Keywords", "Top terms and two-word phrases of the body.", "keywords",
            "KeywordCount", "keywords", inspect: InspectAs.Joined);

    public static readonly Readout Script =
        Readout.Tag("Script", "The dominant script by letter count (Unicode script name, e.g. Devanagari), or empty.", "script", r => r.Script);

    public static readonly Readout Language =
        Readout.Tag("Language", "Language tag (e.g. hi), from the script and function words or SeedLanguage; empty when unknown.", "language", r => r.Language);

    /// <summary>Every readout, in table order (the order inside each kind is the order everywhere).</summary>
    public static IReadOnlyList<Readout> All { get; } = Slotted(new[]
    {
        Title, Section, Dateline, Lead, Source, Byline, Paragraphs, Sentences, WordCount, AlsoRead, Footer, Quotes, Credits, Metadata, Numbers, Published, PublishedLocal, Weekdays, Months, Keywords, Script, Language,
    });

    /// <summary>The readouts of one kind, in table order (their slots 0, 1, …).</summary>
    public static Readout[] Of(ReadoutKind kind) => ByKind[(int)kind];

    // Made once: the emitter walks these for every seed, without allocating.
    private static readonly Readout[][] ByKind = Group();
    private static readonly Readout[] CountedReadouts = Filter(r => r.CountConstant is not null);
    private static readonly Readout[] IndexedReadouts =
        Filter(r => r.CountConstant is not null && r.Kind is ReadoutKind.List or ReadoutKind.Numbers or ReadoutKind.Names);

    private static Readout[][] Group()
    {
        var kinds = (ReadoutKind[])Enum.GetValues(typeof(ReadoutKind));
        var result = new Readout[kinds.Length][];
        foreach (var kind in kinds) result[(int)kind] = Filter(r => r.Kind == kind);
        return result;
    }

    private static Readout[] Filter(Func<Readout, bool> keep)
    {
        var result = new List<Readout>();
        foreach (var r in All) if (keep(r)) result.Add(r);
        return result.ToArray();
    }

    /// <summary>The one readout of a kind that has exactly one (Map, Numbers, Date).</summary>
    public static Readout Single(ReadoutKind kind)
    {
        var all = Of(kind);
        if (all.Length != 1) throw new InvalidOperationException("The readout table has " + all.Length + " readouts of kind " + kind + ".");
        return all[0];
    }

    /// <summary>The per-seed count constants, in table order (<c>ParagraphCount</c>, …, <c>WordCount</c>, …).</summary>
    public static Readout[] Counted() => CountedReadouts;

    /// <summary>The readouts whose items the analyzer checks a constant index against (SEED003).</summary>
    public static Readout[] Indexed() => IndexedReadouts;

    /// <summary>The per-seed constant that lists the metadata keys, one per line.</summary>
    public const string MetadataKeysConstant = "MetadataKeys";

    /// <summary>Every member name a seed's class declares for its readouts (what no seed class may be named).</summary>
    public static IEnumerable<string> ConstantNames()
    {
        foreach (var r in Counted()) yield return r.CountConstant!;
        yield return MetadataKeysConstant;
        foreach (var r in All)
            if (r.Kind is ReadoutKind.Text or ReadoutKind.Tag) yield return r.Name;
    }

    private static IReadOnlyList<Readout> Slotted(Readout[] table)
    {
        var perKind = new Dictionary<ReadoutKind, int>();
        foreach (var r in table)
        {
            perKind.TryGetValue(r.Kind, out int slot);
            r.WithSlot(slot);
            perKind[r.Kind] = slot + 1;
        }
        return table;
    }
}

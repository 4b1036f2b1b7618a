using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// Each rule at its edge: the limit and one past it, the straight quote beside the curly one, the
/// duplicate key, and every entry of the reading lists.
/// </summary>
public class BoundaryRuleTests
{
    private static SeedReadouts Read(string text) => Readable.Read(text);

    private static string[] Sentences(string text) => Readable.Sentences(text);

    private static string[] Quotes(string text) => Readable.Quotes(text);

    private static string? Dateline(string text) => Read("Headline of the story\n\n" + text + "\n\nA second paragraph follows here.") is var r ? r.Get(r.Dateline) : null;

    // Datelines: a place is a few words (four at most).

    [Theory]
    [InlineData("SAN JOSE", true)]
    [InlineData("SAN JOSE DEL MONTE", true)]
    [InlineData("SAN JOSE DEL MONTE NORTE", false)]
    public void A_dateline_place_has_at_most_four_words(string place, bool isDateline)
    {
        Assert.Equal(isDateline ? place : null, Dateline(place + ": The council met on Monday. It agreed."));
    }

    [Theory]
    [InlineData("पूर्वी चंपारण जिला मोतिहारी", true)]
    [InlineData("पूर्वी चंपारण जिला मुख्यालय मोतिहारी", false)]
    public void A_Devanagari_dateline_place_has_at_most_four_words(string place, bool isDateline)
    {
        // Without capitals, an unknown place needs the date beside it.
        Assert.Equal(isDateline ? place : null, Dateline(place + ", 12 मार्च : राज्य में बारिश हुई। फसलें बचीं।"));
    }

    [Theory]
    [InlineData("पूर्वी चंपारण, 12 मार्च", true)]
    [InlineData("पूर्वी चंपारण जिला, 12 मार्च", false)]
    public void A_dateline_alone_on_its_line_has_at_most_four_words(string line, bool isDateline)
    {
        var r = Read("Headline of the story\n\n" + line + "\nThe first sentence of the story. The second one.\n\nAnother paragraph.");
        Assert.Equal(isDateline ? line.Substring(0, line.IndexOf(',')) : null, r.Get(r.Dateline));
    }

    // Sentences: a '.' after an abbreviation.

    public static IEnumerable<object[]> EveryAbbreviation() => Lexicon.Abbreviations.OrderBy(a => a, System.StringComparer.Ordinal).Select(a => new object[] { a });

    [Theory]
    [MemberData(nameof(EveryAbbreviation))]
    public void No_abbreviation_ends_a_sentence_before_a_number(string abbreviation)
    {
        string sentence = "They counted " + abbreviation + ". 5 more at the gate.";
        Assert.Equal(new[] { sentence, "Then they left." }, Sentences(sentence + " Then they left."));
    }

    [Fact]
    public void A_dot_after_a_Devanagari_abbreviation_ends_no_sentence_in_text_written_with_dots()
    {
        // No danda anywhere: the dots are the full stops, and "डॉ." is a title before a name.
        Assert.Equal(new[] { "डॉ. हर्षवर्धन ने कहा कि टीका सुरक्षित है.", "श्री. मोदी ने भी यही कहा.", "सब सहमत थे." },
            Sentences("डॉ. हर्षवर्धन ने कहा कि टीका सुरक्षित है. श्री. मोदी ने भी यही कहा. सब सहमत थे."));
        // The same words without the abbreviation dot are ordinary words: the stop after a whole word ends.
        Assert.Equal(new[] { "हर्षवर्धन ने कहा.", "टीका सुरक्षित है." }, Sentences("हर्षवर्धन ने कहा. टीका सुरक्षित है."));
    }

    [Theory]
    [InlineData("Mr")]
    [InlineData("Dr")]
    [InlineData("Prof")]
    [InlineData("Gen")]
    [InlineData("Shri")]
    public void A_title_before_a_name_never_ends_a_sentence(string title)
    {
        Assert.Equal(new[] { "They met " + title + ". The Rao family.", "Then they left." }, Sentences("They met " + title + ". The Rao family. Then they left."));
    }

    [Theory]
    [InlineData("etc")]
    [InlineData("Inc")]
    [InlineData("Co")]
    public void Another_abbreviation_ends_a_sentence_before_a_sentence_starter(string abbreviation)
    {
        Assert.Equal(new[] { "They sold cars, bikes " + abbreviation + ".", "The rest stayed." }, Sentences("They sold cars, bikes " + abbreviation + ". The rest stayed."));
        Assert.Equal(new[] { "They sold cars, bikes " + abbreviation + ". Rao stayed." }, Sentences("They sold cars, bikes " + abbreviation + ". Rao stayed."));
    }

    // Quotes: an opening mark starts a word, a closing mark ends one, straight or curly.

    [Theory]
    [InlineData("He said 'go now' to them.", "go now")]
    [InlineData("He said ‘go now’ to them.", "go now")]
    [InlineData("He said \"go now\" to them.", "go now")]
    [InlineData("He said “go now” to them.", "go now")]
    [InlineData("Er sagte „jetzt gehen“ zu ihnen.", "jetzt gehen")]
    [InlineData("Er sagte „jetzt gehen” zu ihnen.", "jetzt gehen")]
    [InlineData("Il a dit «partez maintenant» à eux.", "partez maintenant")]
    [InlineData("'go now' he said.", "go now")]
    [InlineData("\"go now\" he said.", "go now")]
    [InlineData("«partez» a-t-il dit.", "partez")]
    [InlineData("First paragraph here.\n\n“go now” he said.", "go now")]
    [InlineData("He said 'go now'", "go now")]
    public void Each_kind_of_quotation_mark_quotes(string text, string quote)
    {
        Assert.Equal(new[] { quote }, Quotes(text));
    }

    [Theory]
    [InlineData("It's Rao's plan and the boys' room, isn't it?")]
    [InlineData("It’s Rao’s plan and the boys’ room, isn’t it?")]
    [InlineData("The rock'n'roll band played.")]
    [InlineData("A 5\" pipe and a 7\" one.")]
    [InlineData("He said ' go now' to them.")]
    [InlineData("He said 'go now ' to them.")]
    [InlineData("He said x'go now' to them.")]
    [InlineData("He said 'go now'x to them.")]
    [InlineData("He said \"go now\"x to them.")]
    [InlineData("Marks only: \"...\" and '--' here.")]
    public void A_mark_inside_a_word_or_beside_a_space_is_no_quote(string text)
    {
        Assert.Empty(Quotes(text));
    }

    [Fact]
    public void Straight_apostrophes_inside_a_straight_quote_do_not_close_it()
    {
        Assert.Equal(new[] { "Rao's plan isn't bad" }, Quotes("He said 'Rao's plan isn't bad' and left."));
    }

    [Fact]
    public void Quotes_are_listed_in_the_order_their_opening_marks_appear()
    {
        Assert.Equal(new[] { "one 'two' three", "two", "four" }, Quotes("He said \"one 'two' three\" and 'four' too."));
        Assert.Equal(new[] { "one", "two", "three" }, Quotes("First 'one', then \"two\", then 'three'."));
    }

    [Theory]
    [InlineData("He said \"\" and \"yes\" then.", "yes")]
    [InlineData("He said '' and 'yes' then.", "yes")]
    [InlineData("Marks \u201C\u201D and \u201Cyes\u201D then.", "yes")]
    [InlineData("Marks \u201E\u201C and \u201Eja\u201C then.", "ja")]
    [InlineData("He wrote \"?!\" and \"yes\" then.", "yes")] // marks around no word: no quote
    public void An_empty_pair_of_marks_is_no_quote_and_opens_none(string text, string quote) =>
        Assert.Equal(new[] { quote }, Quotes(text));

    [Fact]
    public void Finding_quotes_stops_when_the_build_is_cancelled()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        // The scan polls at every 65,536th character it stands on: the first here, and one far in.
        foreach (var text in new[] { "\"a\"", "'a'", " " + string.Concat(System.Linq.Enumerable.Repeat("\"a\" ", 20_000)) })
            Assert.Throws<System.OperationCanceledException>(() =>
                SeedGen.Reading.Quotes.Find(text, new SeedGen.Reading.TextRange(0, text.Length), new System.Collections.Generic.List<SeedGen.Reading.TextRange>(), cancelled.Token));
    }

    // Metadata: the first entry of a key wins.

    [Fact]
    public void A_repeated_metadata_key_keeps_its_first_value()
    {
        var r = Read("Prime Minister's Office\nPM addresses the Science Congress\nPosted On: 03 JAN 2020 12:34PM by PIB Delhi\nFriends, I wish you all a happy 2020. Thank you.\n*****\nDS/SH\n(Release ID: 1598380) (Release ID: 999) Visitor Counter : 1024\nVisitor Counter : 7\n");
        Assert.Equal(new[] { ("Posted On", "03 JAN 2020 12:34PM by PIB Delhi"), ("Release ID", "1598380"), ("Visitor Counter", "1024") },
            r.Metadata.Select(m => (r.Get(m.Key), r.Get(m.Value))).ToArray());
    }

    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Of_any_number_of_entries_each_key_keeps_its_first_value(int keys)
    {
        // "k0=0;k1=1;…" then every key again with another value, and a key differing only in case.
        var text = new System.Text.StringBuilder();
        var entries = new List<MetadataEntry>();
        void Add(string key, string value)
        {
            int k = text.Length;
            text.Append(key).Append('=');
            int v = text.Length;
            text.Append(value).Append(';');
            entries.Add(new MetadataEntry(new TextRange(k, key.Length), new TextRange(v, value.Length)));
        }
        for (int i = 0; i < keys; i++) Add("k" + i, "first" + i);
        for (int i = keys - 1; i >= 0; i--) Add("k" + i, "again" + i);
        Add("K0", "upper");
        string s = text.ToString();
        var kept = HeaderFields.Deduplicate(s, entries).Select(e => s.Substring(e.Key.Start, e.Key.Length) + "=" + s.Substring(e.Value.Start, e.Value.Length));
        Assert.Equal(Enumerable.Range(0, keys).Select(i => "k" + i + "=first" + i).Append("K0=upper"), kept);
    }
}

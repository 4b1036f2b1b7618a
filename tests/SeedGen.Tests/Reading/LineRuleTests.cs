using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// What a line is, judged on the line alone: each rule of <see cref="Lines"/> on both sides of its limit. Each line is
/// read in the middle of a text (a line above it and one below), so a rule that looked past the line's ends would show.
/// </summary>
public class LineRuleTests
{
    private static Line Classify(string line) => Classified(line).Line;

    private static (string Text, Line Line) Classified(string line)
    {
        string text = "#\n" + line + "\n#";
        var l = new Line(2, 2 + line.Length);
        Lines.Classify(text, l, new List<TextRange>());
        return (text, l);
    }

    private static string? Entry(string line)
    {
        var (text, l) = Classified(line);
        if (l.Kind != LineKind.KeyValue) return null;
        var e = l.Metadata![0];
        return text.Substring(e.Key.Start, e.Key.Length) + "=" + text.Substring(e.Value.Start, e.Value.Length);
    }

    [Theory]
    // A key is at most 40 characters and 5 words, opens with a letter, and has no sentence punctuation.
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: v", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=v")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: v", null)]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa  : v", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=v")] // the colon looked for up to 42 characters in
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa   : v", null)]
    [InlineData("One two three four five: value", "One two three four five=value")]
    [InlineData("One two three four five six: value", null)]
    [InlineData("One two three four five : value", "One two three four five=value")] // a space before the colon is not a sixth word
    [InlineData("2021: a good year", null)]
    [InlineData("Dr. Rao: value", null)]
    [InlineData("Key", null)]
    [InlineData("Foo:", null)]                 // no value
    // Not a key: a link, a clock time, a ratio; but a number before the colon alone is part of a key.
    [InlineData("http://example.org", null)]
    [InlineData("Score 3:2", null)]
    [InlineData("Item 3: flooding", "Item 3=flooding")]
    [InlineData("Item 3:flooding", "Item 3=flooding")]
    [InlineData("Row A:12", "Row A=12")]
    [InlineData("Time: 10:30", "Time=10:30")]
    [InlineData(":30 minutes", null)]
    // A value that ends a sentence is prose, unless it ends with a short ASCII abbreviation or the key is a title's.
    [InlineData("Source: who?", null)]
    [InlineData("Source: PTI.", "Source=PTI.")]
    [InlineData("Source:PTI.", "Source=PTI.")]
    [InlineData("Posted: 7:51 P.M.", "Posted=7:51 P.M.")]
    [InlineData("Source: agencies.", null)]    // five letters before the stop: a word, not an abbreviation
    [InlineData("Note: ते आहे.", null)]         // a short word, but not ASCII: Marathi ends a sentence so
    [InlineData("Headline: Rail line approved.", "Headline=Rail line approved.")]
    [InlineData("Title: Rail line approved.", "Title=Rail line approved.")]
    // Someone speaking is not a key: a pronoun first (up to four letters) or a verb of saying last.
    [InlineData("She: we will build it", null)]
    [InlineData("They: we will build it", null)]
    [InlineData("Here: we will build it", "Here=we will build it")]
    [InlineData("The minister said: we will build it", null)]
    [InlineData("The minister: we will build it", "The minister=we will build it")]
    public void Key_and_value(string line, string? entry) => Assert.Equal(entry, Entry(line));

    [Theory]
    [InlineData("(Release ID: 1714793) Visitor Counter : 312", "MetaGroups")]
    [InlineData("(Release ID: 1714793) and the rest of a sentence, as prose goes on.", "Body")]
    [InlineData("(Release ID: 1714793", "Short")]
    // An agency alone, bracketed or after dashes, with a trailing stop.
    [InlineData("(PTI)", "Agency")]
    [InlineData("- PTI", "Agency")]
    [InlineData("– IANS", "Agency")]
    [InlineData("— Reuters.", "Agency")]
    [InlineData("PTI", "Agency")]
    [InlineData("(Staff)", "Short")]
    // A label with no value: a known key only, else a line like any other.
    [InlineData("Source:", "Blank")]
    [InlineData("Titles", "Short")]
    // A date alone: at most 7 words and 60 characters, three in five of them date words.
    [InlineData("12 March 2021", "DateOnly")]
    [InlineData("Friday, 12 March 2021, 10:30 AM", "DateOnly")]
    [InlineData("Friday, 12 March 2021, 10:30 AM IST today", "Short")]
    [InlineData("12 March 2021 new building", "DateOnly")]
    [InlineData("12 March 2021 the new building", "Short")]
    // Footers: officers' initials or codes joined by slashes, at most 80 characters and 12 words, parts of 1 to 24
    // characters with at most two spaces each, and no terminator.
    [InlineData("DS/SH", "Footer")]
    [InlineData("एसजी/एएम/एएस", "Footer")]
    [InlineData("DS/SH.", "Body")]
    [InlineData("AB//CD", "Short")]
    [InlineData("a b c/DS", "Footer")]
    [InlineData("a b c d/DS", "Short")]
    [InlineData("DS/a b c", "Footer")]
    [InlineData("DS/a b c d", "Short")]
    [InlineData("AB/xxxxxxxxxxxxxxxxxxxxxxxx", "Footer")]  // a last part of 24
    [InlineData("AB/xxxxxxxxxxxxxxxxxxxxxxxxx", "Short")]  // of 25
    [InlineData("a b / c d / e f / g h / i j / k l", "Footer")]     // 12 words
    [InlineData("a b / c d / e f / g h / i j / k l / m", "Short")] // 13
    [InlineData("xxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxx", "Footer")]  // 80 characters
    [InlineData("xxxxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxx/xxxxxxxxxxxxxxxxxxx", "Short")]  // 81
    public void Kinds_of_lines(string line, string kind) => Assert.Equal(kind, Classify(line).Kind.ToString());

    [Fact]
    public void A_value_is_at_most_200_characters()
    {
        string value = new('x', 200);
        Assert.Equal("Note=" + value, Entry("Note: " + value));
        Assert.Null(Entry("Note: " + value + "x"));
    }

    [Fact]
    public void A_headline_is_at_most_300_characters()
    {
        string Of(int length) => "Rail " + new string('x', length - 5);
        Assert.Equal(LineKind.Short, Classify(Of(300)).Kind);
        Assert.Equal(LineKind.Body, Classify(Of(301)).Kind);
    }

    [Theory]
    [InlineData("AK", true)]
    [InlineData("AZ", true)]
    [InlineData("MJPSAB", true)]
    [InlineData("A", false)]
    [InlineData("MJPSABC", false)]
    [InlineData("Ab", false)]
    [InlineData("ab", false)]
    [InlineData("A1", false)]
    [InlineData("PTI", false)]   // an agency
    [InlineData("DELHI", false)] // a place: a dateline
    public void Initials_are_two_to_six_capitals_that_are_no_agency_or_place(string word, bool initials)
    {
        string text = "x " + word + " y";
        Assert.Equal(initials, Lines.IsInitials(text, 2, 2 + word.Length));
    }

    [Theory]
    [InlineData("He left.", true)]
    [InlineData("He left.\u201D", true)]   // closing quotes aside
    [InlineData("He left.\")", true)]
    [InlineData(".", true)]
    [InlineData("\")", false)]
    [InlineData("He left", false)]
    public void A_line_ends_a_sentence_with_its_terminator_closing_quotes_aside(string line, bool ends)
    {
        string text = "\"x\n" + line + "\n\"";
        Assert.Equal(ends, Lines.EndsSentence(text, 3, 3 + line.Length));
    }

    [Fact]
    public void Splitting_keeps_every_line_and_reuses_the_pool()
    {
        var pool = new List<Line>();
        var lines = new List<Line>();
        Lines.Split("\n a \n\nb\n", lines, pool);
        Assert.Equal(new[] { (0, 0), (2, 3), (5, 5), (6, 7), (8, 8) }, lines.Select(l => (l.Start, l.End)));
        Assert.Equal(lines, pool);

        var first = lines.ToArray();
        lines.Clear();
        Lines.Split("c\nd", lines, pool);
        Assert.Equal(new[] { (0, 1), (2, 3) }, lines.Select(l => (l.Start, l.End)));
        Assert.Same(first[0], lines[0]);
        Assert.Same(first[1], lines[1]);
        Assert.Equal(5, pool.Count);

        lines.Clear();
        Lines.Split("", lines);
        Assert.Equal(new[] { (0, 0) }, lines.Select(l => (l.Start, l.End)));
    }
}

using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>Header, title, section and trailer: each rule of <see cref="Zones"/> on both sides of its limit.</summary>
public class ZoneRuleTests
{
    private const string Body = "The cabinet approved the line on Monday. Work starts soon.";

    // "title | section | first line of the body | first line of the trailer", lines by their text.
    private static string Zoned(string text)
    {
        var buffers = ReaderScratch.Rent();
        try
        {
            var zones = Zones.Find(text, buffers, default);
            var lines = buffers.Lines;
            string Text(int? line) => line is { } l && l < lines.Count ? text.Substring(lines[l].Start, lines[l].End - lines[l].Start) : "-";
            return $"{Text(zones.TitleLine)} | {Text(zones.SectionLine)} | {zones.HeaderEnd} | {zones.BodyEnd}";
        }
        finally { ReaderScratch.Return(buffers); }
    }

    [Theory]
    // A first line "Kicker : headline" straight above the prose (blank lines between or not) is a headline, not metadata...
    [InlineData("Ministry : Year-end review\n" + Body, "Ministry : Year-end review | - | 1 | 2")]
    [InlineData("Ministry : Year-end review\n\n" + Body, "Ministry : Year-end review | - | 2 | 3")]
    [InlineData("\n\nMinistry : Year-end review\n" + Body, "Ministry : Year-end review | - | 3 | 4")]
    // ...unless its key is one SeedGen reads.
    [InlineData("Source: Press Information Bureau\n" + Body, "- | - | 1 | 2")]
    // Above a date line, four words of value or more make it a headline; three do not.
    [InlineData("Markets today: stocks rose sharply again\n12 March 2021\n\n" + Body, "Markets today: stocks rose sharply again | - | 3 | 4")]
    [InlineData("Markets today: stocks rose again\n12 March 2021\n\n" + Body, "- | - | 3 | 4")]
    [InlineData("Ministry : Year-end review\n", "- | - | 0 | 0")] // nothing below it: metadata
    public void A_first_line_with_a_colon(string text, string zones) => Assert.Equal(zones, Zoned(text));

    [Fact]
    public void A_long_first_line_is_a_headline_when_it_stands_alone_above_the_prose()
    {
        string headline = string.Join(" ", Enumerable.Range(0, 50).Select(i => "word" + i)); // past the 45 words of a short line
        Assert.Equal($"{headline} | - | 2 | 3", Zoned(headline + "\n\n" + Body));
        // Not with a sentence end inside it, not without the blank line, not above a line that is not prose.
        Assert.Equal("- | - | 0 | 3", Zoned("First part. " + headline + "\n\n" + Body));
        Assert.Equal("- | - | 0 | 2", Zoned(headline + "\n" + Body));
        Assert.Equal("- | - | 0 | 5", Zoned(headline + "\n\nNew Delhi\n\n" + Body));
    }

    [Fact]
    public void A_posting_line_among_the_first_six_closes_the_header()
    {
        const string lines = "Rail line approved today.\n\nA\n\nB\n\nC\n\nD\n\n";
        // The posting line is the sixth line that is not blank: the terminated line above it is still the title.
        Assert.Equal("Rail line approved today. | - | 12 | 13", Zoned(lines + "Posted On: 28 APR 2021\n\n" + Body));
        // The seventh: no posting line; the first line is prose, and there is no header.
        Assert.Equal("- | - | 0 | 15", Zoned(lines + "E\n\nPosted On: 28 APR 2021\n\n" + Body));
        // A document that is only a header ends after its posting line.
        Assert.Equal("Rail line approved | - | 2 | 2", Zoned("Rail line approved\nPosted On: 28 APR 2021"));
    }

    [Fact]
    public void A_section_is_a_short_organisation_line_above_the_title()
    {
        Assert.Equal("Budget highlights | Ministry of Road Transport and Highways | 3 | 4",
            Zoned("Ministry of Road Transport and Highways\nBudget highlights\n\n" + Body));
        // Seven words: too long for a section; it is the title.
        Assert.Equal("Ministry of Road Transport and National Highways | - | 3 | 4",
            Zoned("Ministry of Road Transport and National Highways\nBudget highlights\n\n" + Body));
        // Only the line itself is looked at, wherever it stands in the text.
        Assert.Equal("Budget notes | - | 15 | 16", Zoned(new string('\n', 12) + "Budget notes\nMinistry of Finance\n\n" + Body));
    }

    [Fact]
    public void A_cancelled_reading_of_even_one_line_throws()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var buffers = ReaderScratch.Rent();
        try { Assert.Throws<System.OperationCanceledException>(() => Zones.Find("x", buffers, cancelled.Token)); }
        finally { ReaderScratch.Return(buffers); }
    }
}

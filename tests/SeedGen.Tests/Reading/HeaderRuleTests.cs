using System.Collections.Generic;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>Source and published date: where each is looked for, in which order, and what is not one.</summary>
public class HeaderRuleTests
{
    private static SeedReadouts Read(string text) => Readable.Read(text);

    private const string Body = "The cabinet approved the line. Work starts soon.";

    [Theory]
    [InlineData("Rail line approved\nSource: Press Information Bureau\n\n" + Body, "Press Information Bureau")]
    [InlineData("Rail line approved\nस्रोत: पत्र सूचना कार्यालय\n\n" + Body, "पत्र सूचना कार्यालय")]
    // The "by" of a posting line comes before a Source label, whatever their order.
    [InlineData("Rail line approved\nPublished: 12 March 2021 by Staff Desk\nSource: Press Information Bureau\n\n" + Body, "Staff Desk")]
    [InlineData("Rail line approved\nSource: Press Information Bureau\nPublished: 12 March 2021 by Staff Desk\n\n" + Body, "Press Information Bureau")]
    // An agency in brackets opening the first paragraph, closing the last one, or on a line of its own.
    [InlineData("Rail line approved\n\n(PTI) " + Body + "\n\nMore details came later.", "PTI")]
    [InlineData("Rail line approved\n\n" + Body + "\n\nMore details came later. (Reuters)", "Reuters")]
    [InlineData("Rail line approved\n\n" + Body + "\n\nMore details came later.\n\nReuters", "Reuters")]
    // Not a known agency, or too far into the paragraph: no source.
    [InlineData("Rail line approved\n\n(Staff) " + Body + "\n\nMore details came later.", null)]
    [InlineData("Rail line approved\n\nThe cabinet approved the new line between the two coastal cities (PTI) on Monday after a debate. Work starts soon.\n\nMore details came later.", null)]
    [InlineData("Rail line approved\n\n" + Body + "\n\nMore details came later (Reuters) and the rest of this paragraph is long enough to leave it behind.", null)]
    // An agency line before the body beats a sign-off after it; a sign-off alone is the source.
    [InlineData("Rail line approved\n\nIANS\n\n" + Body + "\n\nMore came later.\n\n— PTI", "IANS")]
    [InlineData("Rail line approved\n\n" + Body + "\n\nMore came later.\n\n— PTI", "PTI")]
    // A long last paragraph: its agency is looked for in its last 40 characters, whatever its length.
    [InlineData("Rail line approved\n\n" + Body + "\n\nMore details of the plan came later in the day from the ministry. (Reuters)", "Reuters")]
    // A date key's value too short to hold " by " names no one.
    [InlineData("Rail line approved\nPublished: 12\n\n" + Body, null)]
    [InlineData("Rail line approved\n\n" + Body, null)]
    public void The_source_is_the_first_found_of_label_posting_line_and_agency(string text, string? source)
    {
        var r = Read(text);
        Assert.Equal(source, r.Get(r.Source));
    }

    [Theory]
    // The first date key whose value is a date; a written offset is kept, none is invented.
    [InlineData("Rail line approved\nUpdated: 12 March 2021\nPublished: 11 March 2021\n\n" + Body, "2021-03-12T00:00:00", null)]
    [InlineData("Rail line approved\nPublished: soon\nUpdated: 11 March 2021\n\n" + Body, "2021-03-11T00:00:00", null)]
    [InlineData("Rail line approved\nPublished: 2021-03-12 10:00 +0100\n\n" + Body, "2021-03-12T10:00:00", "2021-03-12T10:00:00+01:00")]
    [InlineData("Rail line approved\nPublished: 12 March 2021 10:00 by Staff Desk\n\n" + Body, "2021-03-12T10:00:00", null)]
    // A known Indian source implies +05:30; a written offset beats it.
    [InlineData("Rail line approved\nPosted On: 12 MAR 2021 10:00AM by PIB Delhi\n\n" + Body, "2021-03-12T10:00:00", "2021-03-12T10:00:00+05:30")]
    [InlineData("Rail line approved\nPosted On: 2021-03-12 10:00 +0100 by PIB Delhi\n\n" + Body, "2021-03-12T10:00:00", "2021-03-12T10:00:00+01:00")]
    // Only a date key is read for a date.
    [InlineData("Rail line approved\nSource: 12 March 2021\n\n" + Body, null, null)]
    [InlineData("Rail line approved\n\n" + Body, null, null)]
    public void The_published_date_is_the_first_date_key_that_holds_a_date(string text, string? local, string? withOffset)
    {
        var r = Read(text);
        Assert.Equal(local, r.Published?.ToLocalDateTime().ToString("s", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(withOffset, r.Published is { OffsetKnown: true } p ? p.ToDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    // FindSource's last steps, given the story's edges directly: an agency line before the body, the last
    // paragraph's closing agency, and a sign-off after it.
    [Theory]
    [InlineData(true, false, false, "IANS")]   // an agency line alone
    [InlineData(false, false, true, "PTI")]    // a sign-off alone
    [InlineData(true, false, true, "IANS")]    // an agency line before the sign-off beats it
    [InlineData(false, true, true, "Reuters")] // the last paragraph's agency beats a sign-off
    [InlineData(true, true, false, "IANS")]    // and comes after an agency line
    public void The_source_from_the_edges_is_the_topmost_agency(bool agencyLine, bool lastParagraph, bool signOff, string source)
    {
        const string text = "IANS\nThe work starts soon.\nMore came later. (Reuters)\n— PTI";
        TextRange Of(string s) => new(text.IndexOf(s, System.StringComparison.Ordinal), s.Length);
        var paragraphs = new List<TextRange> { Of("The work starts soon."), lastParagraph ? Of("More came later. (Reuters)") : Of("More came later.") };
        var found = HeaderFields.FindSource(text, new List<MetadataEntry>(), paragraphs, new Opening(),
            agencyLine ? Of("IANS") : null, signOff ? Of("PTI") : null);
        Assert.Equal(source, found is { } r ? text.Substring(r.Start, r.Length) : null);
    }

    [Theory]
    // A posting line that ends the text (no line break after it): its "by" still names the source.
    [InlineData("Rail line approved\nPublished: 12 March 2021 by Staff Desk", "Staff Desk")]
    [InlineData("Published: 12 March 2021 by PIB", "PIB")]
    public void A_posting_line_at_the_very_end_names_its_source(string text, string source)
    {
        var metadata = new List<MetadataEntry>();
        int key = text.IndexOf("Published", System.StringComparison.Ordinal), value = text.IndexOf("12 March", System.StringComparison.Ordinal);
        metadata.Add(new MetadataEntry(new TextRange(key, "Published".Length), new TextRange(value, text.Length - value)));
        var found = HeaderFields.FindSource(text, metadata, new List<TextRange>(), new Opening(), null, null);
        Assert.Equal(source, found is { } r ? text.Substring(r.Start, r.Length) : null);
    }

    [Fact]
    public void A_title_key_with_no_value_gives_way_to_the_next_title_key()
    {
        const string text = "Title:\nHeadline: Rail line approved";
        var metadata = new List<MetadataEntry>
        {
            new(new TextRange(0, 5), new TextRange(6, 0)),
            new(new TextRange(7, 8), new TextRange(17, text.Length - 17)),
        };
        Assert.Equal("Rail line approved", HeaderFields.ValueOf(text, metadata, Lexicon.TitleKeys) is { } r ? text.Substring(r.Start, r.Length) : null);
    }
}

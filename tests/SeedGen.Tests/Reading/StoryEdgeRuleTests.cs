using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The rules of a story's edges one by one, on both sides of each limit: a byline's marker, names, 14 words and
/// 160 characters; a credit's markers, 30 words and 400 characters; the order of byline, standfirst and dateline at
/// the top; credits, sign-offs and a contact section at the bottom. Each rule is called on its own text, which
/// ends where the paragraph ends (nothing after it to read by mistake).
/// </summary>
public class StoryEdgeRuleTests
{
    /// <summary>The blocks of <paramref name="text"/> between blank lines, as the reader's paragraphs.</summary>
    private static List<TextRange> Blocks(string text)
    {
        var blocks = new List<TextRange>();
        for (int start = 0; start <= text.Length;)
        {
            int end = text.IndexOf("\n\n", start, System.StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            blocks.Add(new TextRange(start, end - start));
            start = end + 2;
        }
        return blocks;
    }

    private static string? Slice(string text, TextRange? r) => r is { } x ? text.Substring(x.Start, x.Length) : null;

    private static (string? Byline, string? Agency) Byline(string line) =>
        StoryEdges.TryByline(line, new TextRange(0, line.Length), out var byline, out var agency)
            ? (Slice(line, byline), Slice(line, agency)) : (null, null);

    private static string? Credit(string line) =>
        StoryEdges.TryCredit(line, new TextRange(0, line.Length), out var credit) ? Slice(line, credit) : null;

    private static (Opening Opening, string[] Left) Open(params string[] blocks)
    {
        string text = string.Join("\n\n", blocks);
        var paragraphs = Blocks(text);
        var opening = StoryEdges.TakeOpening(text, paragraphs);
        return (opening, paragraphs.Select(p => Slice(text, p)!).ToArray());
    }

    private static string? Of(string[] blocks, TextRange? r) => Slice(string.Join("\n\n", blocks), r);

    // ----- bylines -----

    [Theory]
    [InlineData("By Jane", "Jane", null)]
    [InlineData("By Anne Roe", "Anne Roe", null)]
    [InlineData("By Zoe Ball", "Zoe Ball", null)]
    [InlineData("By  Jane Doe", "Jane Doe", null)]
    [InlineData("By Jane Doe.", "Jane Doe", null)]
    [InlineData("By Jane Doe,", "Jane Doe", null)]
    [InlineData("By Jane Doe;", "Jane Doe", null)]
    [InlineData("By Jane Doe:", "Jane Doe", null)]
    [InlineData("By Jane Doe |", "Jane Doe", null)]
    [InlineData("By Jane Doe, PTI", "Jane Doe, PTI", "PTI")]
    [InlineData("By Jane Doe, Mumbai", "Jane Doe, Mumbai", null)]
    [InlineData("Written by Jane Doe", "Jane Doe", null)]
    [InlineData("Reported by Jane Doe", "Jane Doe", null)]
    [InlineData("Words by Jane Doe", "Jane Doe", null)]
    [InlineData("Story by Jane Doe and John Roe in Mumbai", "Jane Doe and John Roe in Mumbai", null)]
    [InlineData("By José de la Cruz", "José de la Cruz", null)]
    [InlineData("By Éric Dupont", "Éric Dupont", null)]
    [InlineData("By Łukasz Nowak", "Łukasz Nowak", null)]
    [InlineData("By Νίκος Παππάς", "Νίκος Παππάς", null)]
    [InlineData("By A B C D E F G H I J K L M", "A B C D E F G H I J K L M", null)] // 14 words with the marker
    [InlineData("रिपोर्ट: राम कुमार", "राम कुमार", null)]
    [InlineData("Reporter: Jane Doe", "Jane Doe", null)]
    public void A_byline_is_its_names_without_the_marker(string line, string byline, string? agency) =>
        Assert.Equal((byline, agency), Byline(line));

    [Theory]
    [InlineData("")]
    [InlineData("By")]
    [InlineData("Written by")] // the marker and nothing after it, at the end of the text
    [InlineData("By Jane Doe?")]
    [InlineData("By Jane Doe!")]
    [InlineData("By A B C D E F G H I J K L M N")] // 15 words
    [InlineData("By-Election Results Announced")]
    [InlineData("Bypass Road Opens")]
    [InlineData("By january Smith")]
    [InlineData("By élan Vital")]
    [InlineData("By иван Petrov")]
    [InlineData("By ḍavid Roe")] // Latin Extended Additional, lower case
    [InlineData("By ἀλέξανδρος Roe")] // Greek Extended, lower case
    [InlineData("By 2024 Staff")]
    [InlineData("Reported by: ---")]
    [InlineData("By January 2024")]
    [InlineData("By Friday Noon")]
    [InlineData("By Ann Lee across Town")]
    [InlineData("By Ann Lee zoned Out")]
    [InlineData("By Jane? Doe")]
    [InlineData("By Jane! Doe")]
    [InlineData("By राम। श्याम")]
    [InlineData("By احمد۔ علی")]
    public void What_is_not_a_byline(string line) => Assert.Equal((null, null), Byline(line));

    [Fact]
    public void A_byline_has_at_most_160_characters()
    {
        string names = string.Join(" ", Enumerable.Repeat("Abcdefghijk", 13)); // 155 characters, 13 names
        string at160 = "By " + names + "Ab";
        Assert.Equal(160, at160.Length);
        Assert.Equal(names + "Ab", Byline(at160).Byline);
        Assert.Null(Byline(at160 + "c").Byline);
    }

    // ----- credits -----

    [Theory]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)", "Reporting by Jane Doe; Editing by John Roe")]
    [InlineData("Reporting by Jane Doe; editing by John Roe (Reuters)", "Reporting by Jane Doe; editing by John Roe (Reuters)")]
    [InlineData("With inputs from PTI", "With inputs from PTI")]
    [InlineData("(इनपुट: भाषा)", "इनपुट: भाषा")]
    [InlineData("Photo and text: inputs: PTI", "Photo and text: inputs: PTI")]
    public void A_credit_is_read_without_its_brackets(string line, string credit) => Assert.Equal(credit, Credit(line));

    [Theory]
    [InlineData("")]
    [InlineData("Yes")]
    [InlineData("Thanks for the input")] // "input:" without its colon, at the end of the text
    [InlineData("Inputs from farmers were sought before the policy was finalised.")]
    [InlineData("(Photo: Jane Doe)")]
    public void What_is_not_a_credit(string line) => Assert.Null(Credit(line));

    [Fact]
    public void A_marker_after_other_words_opens_a_credit_within_its_first_60_characters()
    {
        string at59 = new string('x', 58) + " inputs: PTI";
        string at60 = new string('x', 59) + " inputs: PTI";
        Assert.Equal(at59, Credit(at59));
        Assert.Null(Credit(at60));
    }

    [Fact]
    public void A_credit_has_at_most_30_words_and_400_characters()
    {
        string words30 = "(Reporting by " + string.Join(" ", Enumerable.Range(0, 28).Select(i => "N" + i)) + ")";
        Assert.NotNull(Credit(words30));
        Assert.Null(Credit(words30.Replace("N0 ", "N0 X ")));

        string long400 = "(Reporting by " + string.Join(" ", Enumerable.Repeat(new string('n', 24), 15));
        long400 += new string('n', 400 - 1 - long400.Length) + ")";
        Assert.Equal(400, long400.Length);
        Assert.NotNull(Credit(long400));
        Assert.Null(Credit(long400.Insert(20, "n")));
    }

    // ----- the top of a story -----

    [Fact]
    public void A_byline_under_a_dateline_line_is_the_byline()
    {
        string[] blocks = { "LONDON", "By Jane Doe", "The body sentence." };
        var (opening, rest) = Open(blocks);
        Assert.Equal("LONDON", Of(blocks, opening.Dateline));
        Assert.Equal("Jane Doe", Of(blocks, opening.Byline));
        Assert.Equal(new[] { "The body sentence." }, rest);
    }

    [Fact]
    public void Under_a_dateline_line_the_dateline_s_agency_is_named_first()
    {
        string[] blocks = { "LONDON (Reuters) -", "By Jane Doe, AFP", "The body sentence." };
        var (opening, rest) = Open(blocks);
        Assert.Equal("Reuters", Of(blocks, opening.Source));
        Assert.Equal("Jane Doe, AFP", Of(blocks, opening.Byline));
        Assert.Equal(new[] { "The body sentence." }, rest);
    }

    [Fact]
    public void A_byline_with_no_story_after_it_stays_a_paragraph()
    {
        var (opening, rest) = Open("LONDON", "By Jane Doe");
        Assert.NotNull(opening.Dateline);
        Assert.Null(opening.Byline);
        Assert.Equal(new[] { "By Jane Doe" }, rest);

        (opening, rest) = Open("By Jane Doe");
        Assert.Null(opening.Byline);
        Assert.Equal(new[] { "By Jane Doe" }, rest);
    }

    [Fact]
    public void A_place_that_is_the_whole_story_is_no_dateline()
    {
        var (opening, rest) = Open("LONDON");
        Assert.Null(opening.Dateline);
        Assert.Equal(new[] { "LONDON" }, rest);
    }

    [Fact]
    public void A_byline_is_read_only_above_the_story_and_only_once()
    {
        string[] below = { "LONDON (Reuters) - The bank said so.", "By Jane Doe", "More." };
        var (opening, rest) = Open(below);
        Assert.Equal("LONDON", Of(below, opening.Dateline));
        Assert.Null(opening.Byline);
        Assert.Equal(new[] { "The bank said so.", "By Jane Doe", "More." }, rest);

        string[] twice = { "By Jane Doe", "LONDON", "By John Roe", "Body." };
        (opening, rest) = Open(twice);
        Assert.Equal("Jane Doe", Of(twice, opening.Byline));
        Assert.Equal("LONDON", Of(twice, opening.Dateline));
        Assert.Equal(new[] { "By John Roe", "Body." }, rest);
    }

    [Fact]
    public void The_first_agency_named_at_the_top_is_the_source()
    {
        string[] blocks = { "By Jane Doe, AFP", "LONDON (Reuters) - The bank said so.", "More." };
        var (opening, _) = Open(blocks);
        Assert.Equal("AFP", Of(blocks, opening.Source));
        Assert.Equal("Jane Doe, AFP", Of(blocks, opening.Byline));
        Assert.Equal("LONDON", Of(blocks, opening.Dateline));

        string[] standfirst = { "A standfirst sentence.", "LONDON (Reuters) -", "By Jane Doe, AFP", "Body." };
        (opening, var rest) = Open(standfirst);
        Assert.Equal("LONDON", Of(standfirst, opening.Dateline));
        Assert.Equal("Reuters", Of(standfirst, opening.Source));
        Assert.Equal("Jane Doe, AFP", Of(standfirst, opening.Byline));
        Assert.Equal(new[] { "Body." }, rest);
    }

    [Fact]
    public void A_standfirst_needs_a_dateline_line_and_a_story_after_it()
    {
        // The place ends the text: no story after it.
        var (opening, rest) = Open("A standfirst sentence.", "NEW DELHI");
        Assert.Null(opening.Dateline);
        Assert.Equal(2, rest.Length);

        // The dateline opens the story's first paragraph: the first block is the story, not a standfirst.
        (opening, rest) = Open("A standfirst sentence.", "NEW DELHI: The minister spoke today.", "More.");
        Assert.Null(opening.Dateline);
        Assert.Equal(3, rest.Length);

        // One dateline per story: a second standfirst and place line stay.
        string[] twice = { "First standfirst.", "NEW DELHI", "Second standfirst.", "MUMBAI", "Body." };
        (opening, rest) = Open(twice);
        Assert.Equal("NEW DELHI", Of(twice, opening.Dateline));
        Assert.Equal(new[] { "Second standfirst.", "MUMBAI", "Body." }, rest);
    }

    // ----- the bottom of a story -----

    private static (Closing Closing, string[] Left, string[] Metadata) Close(string[] blocks, params (string Key, string Value)[] metadata)
    {
        string text = string.Join("\n\n", blocks);
        var paragraphs = Blocks(text);
        var entries = new List<MetadataEntry>();
        foreach (var (key, value) in metadata)
        {
            int k = text.Length + 2;
            text += "\n\n" + key + ": " + value;
            entries.Add(new MetadataEntry(new TextRange(k, key.Length), new TextRange(k + key.Length + 2, value.Length)));
        }
        var closing = StoryEdges.TakeClosing(text, paragraphs, entries);
        return (closing, paragraphs.Select(p => Slice(text, p)!).ToArray(), entries.Select(e => Slice(text, e.Key)!).ToArray());
    }

    [Fact]
    public void At_most_four_trailers_are_taken_and_never_the_last_paragraph()
    {
        string[] blocks = { "Body.", "(Reporting by A)", "(Reporting by B)", "(Reporting by C)", "(Reporting by D)", "(Reporting by E)" };
        var (closing, rest, _) = Close(blocks);
        Assert.Equal(4, closing.Credits.Count);
        Assert.Equal(new[] { "Body.", "(Reporting by A)" }, rest);

        (closing, rest, _) = Close(new[] { "(Reporting by A)" });
        Assert.Empty(closing.Credits);
        Assert.Equal(new[] { "(Reporting by A)" }, rest);
    }

    [Fact]
    public void One_sign_off_is_taken()
    {
        string[] blocks = { "Body.", "AFP", "Reuters" };
        var (closing, rest, _) = Close(blocks);
        Assert.Equal("Reuters", Of(blocks, closing.SignOff));
        Assert.Equal(new[] { "Body.", "AFP" }, rest);
    }

    [Fact]
    public void A_contact_section_or_end_mark_among_the_last_six_paragraphs_ends_the_story_at_the_first()
    {
        Assert.Equal(new[] { "Body." }, Close(new[] { "Body.", "ENDS" }).Left);
        Assert.Equal(new[] { "Body." }, Close(new[] { "Body.", "ENDS", "Media contact:", "Jane Doe, 555 0100" }).Left);
        Assert.Equal(new[] { "Body." }, Close(new[] { "Body.", "Contact", "p1.", "p2.", "p3.", "p4.", "p5." }).Left);
        Assert.Equal(8, Close(new[] { "Body.", "Contact", "p1.", "p2.", "p3.", "p4.", "p5.", "p6." }).Left.Length);
        Assert.Equal(new[] { "Contact", "p1." }, Close(new[] { "Contact", "p1." }).Left); // never the first paragraph
    }

    [Fact]
    public void A_metadata_group_keyed_by_a_credit_marker_is_a_credit()
    {
        var (closing, _, metadata) = Close(new[] { "Body.", "More." }, ("इनपुट", "भाषा"), ("Contact person for the media", "Jane Doe"), ("Inputs", "PTI"));
        Assert.Equal(2, closing.Credits.Count);
        Assert.Equal(new[] { "Contact person for the media" }, metadata);
    }
}

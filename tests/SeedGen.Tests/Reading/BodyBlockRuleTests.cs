using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// How lines become paragraphs, each rule on both sides of its limit: when a wrapped line runs on (half the wrap
/// width, a lower-case end), when a numbered line starts a list item, which lines are boilerplate (a Markdown link
/// alone, a bracketed shortcode, a release note of up to 60 characters), when text is hard-wrapped (half its lines
/// inside blocks unterminated) or indented wire copy (two indented lines and one flush); and the reader's own
/// rules over them: the lead past a crosshead of up to ten words, a byline from the opening before one from
/// metadata, the language given, the words of the corpus signature.
/// </summary>
public class BodyBlockRuleTests
{
    private static string[] Paragraphs(string text) => Readable.Read(text) is var r ? r.Paragraphs.Select(r.Get).ToArray() : [];

    /// <summary>A wrapped story: <paramref name="first"/> and <paramref name="second"/> as one block, then a block of two wrapped lines.</summary>
    private static string[] Wrapped(string first, string second) =>
        Paragraphs("Headline of the story\n\n" + first + "\n" + second
            + "\n\nA closing paragraph that is wrapped at about the same width\nas the lines of the block above it.");

    [Theory]
    [InlineData("The number of schools in the district rose last year to", "12. Officials said the rise was welcome news.", true)]
    [InlineData("The number of schools in the district rose last year to", "9. Officials said the rise was welcome news.", true)]
    [InlineData("The number of schools in the district rose last year to", "0. Officials said the rise was welcome news.", true)]
    [InlineData("The committee agreed on these points after a long debate:", "12. Officials will report back by the spring.", false)]
    [InlineData("The committee agreed on these points after a long debate:", "1. Officials will report back by the spring.", false)]
    [InlineData("The committee agreed on these points after a long debate:", "10. Officials will report back by the spring.", false)]
    [InlineData("The committee agreed on these points after a long debate:", "19. Officials will report back by the spring.", false)]
    [InlineData("The committee agreed on these points after a long debate;", "123) Officials will report back by the spring.", false)]
    [InlineData("The committee agreed on these points after a long debate:", "1234. Officials will report back by the spring.", true)]
    [InlineData("The committee agreed on these points after a long debate:", "12.Officials will report back by the spring.", true)]
    [InlineData("The committee agreed on these points after a long debate:", ". Officials will report back by the spring.", true)]
    [InlineData("The number of schools in the district rose last year to", "- a figure the officials said was welcome news.", false)]
    public void A_numbered_line_starts_a_list_item_only_after_a_line_that_does_not_run_on(string first, string second, bool joined)
    {
        var paragraphs = Wrapped(first, second);
        if (joined) Assert.Equal(first + " " + second, paragraphs[0]);
        else Assert.Equal(new[] { first, second }, paragraphs.Take(2));
    }

    [Theory]
    [InlineData("It rained in Goa", true)] // a short line that ends in a lower-case letter runs on
    [InlineData("The band played jazz", true)]
    [InlineData("The rains came early,", true)]
    [InlineData("Report by the UN", false)] // a short line that ends otherwise is a heading
    public void A_short_line_runs_on_only_when_it_ends_in_lower_case_or_a_comma(string first, bool joined)
    {
        const string second = "and the roads were closed for the day.";
        var paragraphs = Wrapped(first, second);
        if (joined) Assert.Equal(first + " " + second, paragraphs[0]);
        else Assert.Equal(new[] { first, second }, paragraphs.Take(2));
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(29, false)]
    public void A_line_runs_on_when_it_is_at_least_half_the_wrap_width(int length, bool joined)
    {
        string first = "Funds" + new string('s', length - 15) + " by the UN"; // ends in a capital: runs on only by its length
        Assert.Equal(length, first.Length);
        string widest = "The widest line of the story is sixty characters long, right"; // 60
        Assert.Equal(60, widest.Length);
        var paragraphs = Paragraphs("Headline of the story\n\n" + first + "\nand the roads were closed for the day.\n\n" + widest + "\nhere.");
        if (joined) Assert.Equal(first + " and the roads were closed for the day.", paragraphs[0]);
        else Assert.Equal(first, paragraphs[0]);
    }

    [Fact]
    public void A_wrapped_block_ends_at_a_blank_line_even_without_a_full_stop()
    {
        var paragraphs = Paragraphs("Headline of the story\n\nThe first line of a wrapped block runs on and on here\n"
            + "and its last line has no full stop at all in the end\n\nThe second block is wrapped in the same way as the\nfirst one and it ends with a full stop.");
        Assert.Equal(2, paragraphs.Length);
    }

    [Theory]
    [InlineData("", true)]      // inside lines: the first (unterminated) and the third: half unterminated is wrapped text
    [InlineData("\nA third line here.", false)] // one of three unterminated is one line per paragraph
    public void Text_is_hard_wrapped_when_half_the_lines_inside_blocks_are_unterminated(string more, bool wrapped)
    {
        string text = "Headline of the story\n\nThe first line has no full stop and is long enough to wrap\nso the second line ends it here.\n\n"
            + "The third line ends with a full stop right here.\nThe fourth line ends the same way as the third." + more;
        var paragraphs = Paragraphs(text);
        Assert.Equal(wrapped ? "The first line has no full stop and is long enough to wrap so the second line ends it here."
            : "The first line has no full stop and is long enough to wrap", paragraphs[0]);
    }

    [Fact]
    public void Wire_copy_is_indented_with_two_indented_lines_and_one_flush()
    {
        const string text = "GRAIN EXPORTS RISE\n\n    WASHINGTON, Feb 26 - Grain exports rose sharply last\nweek, the Agriculture Department said.\n    Corn fell.";
        var r = Readable.Read(text);
        Assert.Equal(new[] { "Grain exports rose sharply last week, the Agriculture Department said.", "Corn fell." }, r.Paragraphs.Select(r.Get));
    }

    [Theory]
    [InlineData("[Media Conference](/speeches/2024/x)", false)]
    [InlineData("- [Media Conference](/speeches/2024/x)", false)]
    [InlineData("* [Media Conference](/speeches/2024/x)", false)]
    [InlineData("-[Media Conference](/speeches/2024/x)", true)]
    [InlineData("[One](/a) and [two](/b)", true)]
    [InlineData("[Media Conference] (/speeches/2024/x)", true)]
    [InlineData("[ad]", false)]
    [InlineData("[1] and [2] are the sources", true)]
    [InlineData("Figures are in crore [1]", true)]
    public void A_Markdown_link_or_a_shortcode_alone_on_its_line_is_no_paragraph(string line, bool paragraph)
    {
        var paragraphs = Paragraphs("Headline of the story\n\nThe first sentence of the story.\n\n" + line + "\n\nThe last paragraph.");
        Assert.Equal(paragraph, paragraphs.Contains(line));
        Assert.Equal(paragraph ? 3 : 2, paragraphs.Length);
    }

    [Fact]
    public void A_release_note_of_up_to_60_characters_is_no_paragraph()
    {
        string note60 = "For release at 7:00 a.m. EDT on Monday, March 3, 2025 at the";
        Assert.Equal(60, note60.Length);
        Assert.DoesNotContain(note60, Paragraphs("Headline of the story\n\nThe first sentence.\n\n" + note60 + "\n\nThe last paragraph."));
        Assert.Contains(note60 + "m", Paragraphs("Headline of the story\n\nThe first sentence.\n\n" + note60 + "m\n\nThe last paragraph."));
    }

    [Fact]
    public void An_also_read_line_is_an_also_read_link_not_a_paragraph()
    {
        var r = Readable.Read("Headline of the story\n\nThe first sentence.\n\nAlso Read: Ten things to know about the budget\n\nThe last paragraph.");
        Assert.Equal(new[] { "Ten things to know about the budget" }, r.AlsoRead.Select(r.Get));
        Assert.Equal(new[] { "The first sentence.", "The last paragraph." }, r.Paragraphs.Select(r.Get));
    }

    [Theory]
    [InlineData("ABCD", false)] // a photo credit of up to four letters between paragraphs
    [InlineData("ABCDE", true)]
    [InlineData("* * *", false)] // no word character
    public void A_short_line_between_paragraphs(string line, bool paragraph)
    {
        var paragraphs = Paragraphs("Headline of the story\n\nThe first sentence.\n\n" + line + "\n\nThe second sentence.\n\nThe last paragraph.");
        Assert.Equal(paragraph, paragraphs.Contains(line));
    }

    // ----- the reader's own rules -----

    [Theory]
    [InlineData("Farmers in the north of the state wait for rain", false)] // ten words, unterminated: a crosshead
    [InlineData("Farmers in the north of the state wait for the rain", true)]
    public void The_lead_passes_over_a_crosshead_of_up_to_ten_words(string first, bool lead)
    {
        var r = Readable.Read("Headline of the story\n\n" + first + "\n\nThe real lead sentence is here.\n\nMore text follows here.");
        Assert.Equal(lead ? first : "The real lead sentence is here.", r.Get(r.Lead));
    }

    [Fact]
    public void The_opening_s_byline_comes_before_one_from_metadata()
    {
        var r = Readable.Read("Headline of the story\nAuthor: Jane Doe\n\nBy John Roe\n\nThe body sentence.\n\nMore text follows here.");
        Assert.Equal("John Roe", r.Get(Readouts.Byline.Range(r)));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData(" hi ", "hi")]
    public void The_language_given_wins_trimmed_and_an_empty_one_is_detected(string? language, string expected)
    {
        string text = SeedText.Normalize("Headline of the story\n\nThe minister said that the plan was ready and that it is good for the people.");
        Assert.Equal(expected, DocumentReader.Read(text, language).Language);
    }

    [Fact]
    public void A_two_word_phrase_is_a_keyword_when_it_is_in_two_sentences()
    {
        var r = Readable.Read("Headline of the story\n\nSolar power is cheap. Solar power is clean.");
        Assert.Contains("solar power", r.Keywords);
        Assert.DoesNotContain("cheap solar", r.Keywords);
    }

    [Fact]
    public void A_two_letter_word_is_a_keyword_and_a_one_letter_word_is_not()
    {
        var r = Readable.Read("Headline of the story\n\nAI rules x. AI chips x. AI labs x.");
        Assert.Equal("ai", r.Keywords[0]);
        Assert.DoesNotContain("x", r.Keywords);
    }

    [Fact]
    public void The_corpus_signature_gets_the_hashes_of_the_distinct_content_words()
    {
        var hashes = new List<ulong>();
        DocumentReader.Read(SeedText.Normalize("Headline\n\nSolar power is cheap. Solar power is 42 percent cheaper."), null, hashes, default);
        var expected = new[] { "solar", "power", "cheap", "percent", "cheaper" }.Select(w => CharHash.Fnv64(w.AsSpan())).OrderBy(h => h);
        Assert.Equal(expected, hashes.OrderBy(h => h));
    }
}

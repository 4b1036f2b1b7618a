using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>Each readout rule on small English, Hindi and Urdu inputs.</summary>
public class RuleTests
{
    private static SeedReadouts Read(string text) => DocumentReader.Read(SeedText.Normalize(text));

    private static string[] Sentences(string text)
    {
        var r = Read(text);
        return r.Sentences.Select(r.Get).ToArray();
    }

    [Fact]
    public void English_sentences_keep_abbreviations_initials_and_decimals_together()
    {
        Assert.Equal(
            new[] { "Dr. Rao met Mr. S. Jaishankar at 7.30 p.m. on Monday.", "Growth was 7.5 per cent, e.g. in Q3.", "Is it over?", "Yes!" },
            Sentences("Dr. Rao met Mr. S. Jaishankar at 7.30 p.m. on Monday. Growth was 7.5 per cent, e.g. in Q3. Is it over? Yes!"));
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        Assert.Equal(
            new[] { "He said, \"We will go.\"", "Then he left." },
            Sentences("He said, \"We will go.\" Then he left."));
    }

    [Fact]
    public void Danda_always_ends_a_sentence_and_a_dot_after_a_Devanagari_abbreviation_does_not()
    {
        Assert.Equal(
            new[] { "डॉ. हर्षवर्धन ने कहा कि टीका सुरक्षित है।", "नहीं।", "ये सपना जुड़ा है।" },
            Sentences("डॉ. हर्षवर्धन ने कहा कि टीका सुरक्षित है। नहीं।ये सपना जुड़ा है।"));
    }

    [Fact]
    public void Urdu_full_stop_and_question_mark_end_sentences()
    {
        Assert.Equal(
            new[] { "یہ سال آپ کی زندگیوں میں خوشحالی لائے۔", "کیا یہ ممکن ہے؟", "ہاں۔" },
            Sentences("یہ سال آپ کی زندگیوں میں خوشحالی لائے۔ کیا یہ ممکن ہے؟ ہاں۔"));
        var r = Read("یہ سال آپ کی زندگیوں میں خوشحالی لائے۔ یہ پروگرام بنگلورو میں منعقد کیا جارہا ہے۔");
        Assert.Equal("Arabic", r.Script);
        Assert.Equal("ur", r.Language);
    }

    [Fact]
    public void Nested_quotes_are_found_in_order_and_apostrophes_are_not_quotes()
    {
        var r = Read("He said, “India’s plan is ‘bold’ and clear.” The boys' room was ‘quiet’.");
        Assert.Equal(new[] { "India’s plan is ‘bold’ and clear.", "bold", "quiet" }, r.Quotes.Select(r.Get).ToArray());
    }

    [Fact]
    public void The_same_curly_mark_may_open_and_close_a_quote()
    {
        var r = Read("मंत्रालय ने कहा, ”दोनों देश साथ हैं.” फिर बैठक हुई.");
        Assert.Equal(new[] { "दोनों देश साथ हैं." }, r.Quotes.Select(r.Get).ToArray());
    }

    [Fact]
    public void Numbers_take_digits_of_both_scripts_grouping_and_ordinals_but_not_names_or_times()
    {
        var r = Read("कोविड-19 के बीच 1,00,000 लोग और २०२१ में 17th बैठक, 70वें जन्मदिन पर 7.5 प्रतिशत, G20 और 4G, सुबह 7:51PM पर।");
        Assert.Equal(
            new[] { ("1,00,000", 100000m), ("२०२१", 2021m), ("17th", 17m), ("70वें", 70m), ("7.5", 7.5m) },
            r.Numbers.Select(n => (r.Get(n.Text), n.Value)).ToArray());
    }

    [Fact]
    public void Weekdays_and_months_in_Hindi_and_English_are_normalised_to_English()
    {
        var r = Read("सोमवार को और Friday को, सितम्बर और March में, but we may march in may.");
        Assert.Equal(new[] { "Monday", "Friday" }, r.Weekdays.ToArray());
        Assert.Equal(new[] { "September", "March" }, r.Months.ToArray());
    }

    [Fact]
    public void Press_release_header_and_trailer()
    {
        var r = Read("Prime Minister's Office\nPM addresses the Science Congress\nPosted On: 03 JAN 2020 12:34PM by PIB Delhi\nFriends, I wish you all a happy 2020. Thank you.\n*****\nDS/SH\n(Release ID: 1598380) Visitor Counter : 1024\n");
        Assert.Equal("Prime Minister's Office", r.Get(r.Section));
        Assert.Equal("PM addresses the Science Congress", r.Get(r.Title));
        Assert.Equal("PIB Delhi", r.Get(r.Source));
        Assert.Equal(new System.DateTimeOffset(2020, 1, 3, 12, 34, 0, System.TimeSpan.FromHours(5.5)), r.Published!.Value.ToDateTimeOffset());
        Assert.Equal(new[] { "Friends, I wish you all a happy 2020. Thank you." }, r.Paragraphs.Select(r.Get).ToArray());
        Assert.Equal(new[] { "DS/SH" }, r.Footer.Select(r.Get).ToArray());
        Assert.Equal(new[] { "Posted On", "Release ID", "Visitor Counter" }, r.Metadata.Select(m => r.Get(m.Key)).ToArray());
        Assert.Equal("en", r.Language);
    }

    [Fact]
    public void Times_and_dates_in_several_forms()
    {
        Assert.Equal(new PublishedDate(2021, 4, 28, 19, 51, 330), Dates.Parse("28 APR 2021 7:51PM", 330));
        Assert.Equal(new PublishedDate(2021, 4, 28, 0, 0, 330), Dates.Parse("28 अप्रैल 2021", 330));
        Assert.Equal(PublishedDate.Local(2021, 4, 28, 19, 51), Dates.Parse("April 28, 2021 7:51 PM", null));
        Assert.Equal(new PublishedDate(2021, 4, 28, 19, 51, 330), Dates.Parse("2021-04-28 19:51 IST", null));
        Assert.Equal(new PublishedDate(2021, 4, 28, 19, 51, -300), Dates.Parse("2021-04-28 19:51-05:00", null));
        Assert.Equal(new PublishedDate(2021, 4, 28, 0, 0, 330), Dates.Parse("28/04/2021", 330));
        Assert.Null(Dates.Parse("31 FEB 2021", null));
        Assert.Null(Dates.Parse("no date here", null));
        // Month names in capitals fold to the English names; dots as separators; a time with seconds;
        // a two-digit year is no year; mixed separators are no date.
        Assert.Equal(PublishedDate.Local(2020, 9, 5, 0, 0), Dates.Parse("SEPTEMBER 5, 2020", null));
        Assert.Equal(PublishedDate.Local(2020, 9, 5, 0, 0), Dates.Parse("5 Sept 2020", null));
        Assert.Equal(new PublishedDate(2021, 4, 28, 0, 0, 330), Dates.Parse("28.04.2021", 330));
        Assert.Equal(new PublishedDate(2021, 4, 28, 7, 5, 0), Dates.Parse("2021-04-28 07:05:59 am UTC", 330));
        Assert.Null(Dates.Parse("28 APR 21", null));
        Assert.Null(Dates.Parse("28/04.2021", null));
    }

    [Fact]
    public void A_time_without_a_zone_has_no_offset_unless_the_source_implies_one()
    {
        // Never invented: no zone and no known source is a local time, whatever the script.
        Assert.False(Dates.Parse("28 अप्रैल 2021 7:51PM", null)!.Value.OffsetKnown);
        Assert.True(Dates.Parse("28 अप्रैल 2021 7:51PM", 330)!.Value.OffsetKnown);
        // RFC 822 / 1123, numeric zones without a colon, zone names; a written zone beats the source's.
        Assert.Equal(new PublishedDate(2023, 3, 14, 9, 5, 330), Dates.Parse("Tue, 14 Mar 2023 09:05:00 +0530", null));
        Assert.Equal(new PublishedDate(2023, 3, 14, 9, 5, -240), Dates.Parse("Tue, 14 Mar 2023 09:05:00 -0400", 330));
        Assert.Equal(new PublishedDate(2023, 3, 14, 9, 5, -300), Dates.Parse("March 14, 2023 9:05 a.m. EST", null));
        Assert.Equal(new PublishedDate(2023, 3, 14, 21, 5, 60), Dates.Parse("14.03.2023 21:05 CET", null));
        Assert.Equal(new PublishedDate(2023, 3, 14, 9, 5, -420), Dates.Parse("Mar 14, 2023 9:05 AM PDT", null));
        // Offsets past ±14:00 or with 60 minutes or more are no date at all, never a wrong one.
        Assert.Null(Dates.Parse("2021-04-28T19:51+14:01", null));
        Assert.Null(Dates.Parse("2021-04-28T19:51+05:61", null));
        Assert.Equal(new PublishedDate(2021, 4, 28, 19, 51, 840), Dates.Parse("2021-04-28T19:51+14:00", null));
        // A zone word with no time before it is not a zone ("est" is also a word).
        Assert.False(Dates.Parse("EST 2021-04-28", null)!.Value.OffsetKnown);
    }

    [Fact]
    public void Markdown_title_and_wrapped_paragraphs()
    {
        var r = Read("# Release notes\n\nThis release adds a\nparser and a faster\nemitter.\n\n- one item\n- two items\n");
        Assert.Equal("Release notes", r.Get(r.Title));
        Assert.Equal(new[] { "This release adds a parser and a faster emitter.", "- one item", "- two items" }, r.Paragraphs.Select(r.Get).ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \u00A0 \n")]
    [InlineData("*****\n---\n")]
    public void Empty_or_blank_text_has_empty_readouts(string text)
    {
        var r = Read(text);
        Assert.Null(r.Title);
        Assert.Null(r.Lead);
        Assert.Empty(r.Paragraphs);
        Assert.Empty(r.Sentences);
        Assert.Equal(0, r.WordCount);
        Assert.Equal("", r.Script);
        Assert.Equal("", r.Language);
    }

    [Fact]
    public void A_single_short_line_is_body_not_a_title()
    {
        var r = Read("Hello world");
        Assert.Null(r.Title);
        Assert.Equal(new[] { "Hello world" }, r.Paragraphs.Select(r.Get).ToArray());
        Assert.Equal("Hello world", r.Get(r.Lead));
    }

    [Fact]
    public void Dateline_needs_a_short_place_before_a_colon()
    {
        Assert.Equal("Mumbai", Read("Mumbai: Markets fell today. Traders were worried.").Get(Read("Mumbai: Markets fell today. Traders were worried.").Dateline));
        Assert.Null(Read("Note: this is not a dateline. It is a note.").Dateline);
        Assert.Null(Read("The time was 7: it was late. Everyone left.").Dateline);
    }

    [Fact]
    public void Text_normalisation_makes_lf_and_replaces_lone_surrogates_and_keeps_a_second_bom()
    {
        Assert.Equal("a\nb\nc\n\uFFFDd", SeedText.Normalize("a\r\nb\rc\n\uD800d"));
        // The decoder drops the BOM; a U+FEFF left at the start is a second one, and text.
        Assert.Equal("\uFEFFa\n", SeedText.Normalize("\uFEFFa\r\n"));
        Assert.Equal("a", SeedText.Decode(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, out _));
        Assert.Equal("\uFEFFa", SeedText.Decode(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x61 }, out _));
        Assert.Equal("x \u2028 y", SeedText.Normalize("x \u2028 y"));
    }

    [Fact]
    public void Invalid_utf8_is_decoded_with_replacement_and_its_first_bad_byte_is_found()
    {
        var bytes = new byte[] { 0x61, 0x62, 0xED, 0xA0, 0x80, 0x63, 0xC0, 0xAF };
        string text = SeedText.Decode(bytes, out int bad);
        Assert.Equal(2, bad);
        Assert.StartsWith("ab\uFFFD", text);
        Assert.Equal(-1, SeedText.FindInvalidUtf8(System.Text.Encoding.UTF8.GetBytes("नमस्ते 😀"), 0));
        Assert.Equal(1, SeedText.FindInvalidUtf8(new byte[] { 0x61, 0xE0, 0xA4 }, 0));
    }
}

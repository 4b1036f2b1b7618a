using System;
using System.Linq;
using System.Threading;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The content readouts' rules on both sides: the dominant script (ties by name, letters beyond the BMP, letters of
/// no block), names in capitals and before an apostrophe, each name once, ten keywords at most and none repeating
/// the words of one before it; and the readout model's own guards.
/// </summary>
public class ContentReadoutRuleTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("123 …", "")]
    [InlineData("abαβ", "Greek")] // a tie goes to the first name in ordinal order
    [InlineData("abcαβ", "Latin")]
    [InlineData("𠀀𠀁a", "Han")] // two letters beyond the BMP outnumber one Latin letter
    [InlineData("\u1820\u1821a", "Other")] // two Mongolian letters (a block of no script of ours) outnumber one Latin letter
    [InlineData("\u1820a", "Latin")] // a tie: "Latin" before "Other"
    public void The_dominant_script_has_the_most_letters(string text, string script) =>
        Assert.Equal(script, ContentReadouts.DominantScript(text, default));

    [Fact]
    public void A_cancelled_read_of_the_script_stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ContentReadouts.DominantScript("abc", cts.Token));
    }

    [Fact]
    public void The_title_and_section_lines_count_for_the_language()
    {
        Assert.Equal("en", Readable.Read("The plan and the people\n\nPlan ready.").Language);
        Assert.Equal("", Readable.Read("Plan ready\n\nPlan ready.").Language);
    }

    [Theory]
    [InlineData("The meeting is on Monday's agenda.", "Monday")]
    [InlineData("The meeting is on Monday\u2019s agenda.", "Monday")]
    [InlineData("The meeting is on MONDAY and again on Monday.", "Monday")]
    [InlineData("The meeting is on MONDAY and again on MONDAY.", "Monday")]
    public void A_name_is_read_before_an_apostrophe_and_in_capitals_and_listed_once(string body, string weekday) =>
        Assert.Equal(new[] { weekday }, Readable.Read("Headline of the story\n\n" + body).Weekdays);

    [Fact]
    public void Names_are_listed_in_order_of_first_mention()
    {
        var r = Readable.Read("Headline of the story\n\nOn Friday, in MARCH, and on Monday in May, and again in March and on Friday.");
        Assert.Equal(new[] { "Friday", "Monday" }, r.Weekdays);
        Assert.Equal(new[] { "March", "May" }, r.Months);
    }

    [Fact]
    public void There_are_at_most_ten_keywords()
    {
        string words = string.Join(" ", Enumerable.Range(0, 12).Select(i => "word" + (char)('a' + i)));
        var r = Readable.Read("Headline of the story\n\n" + words + ".");
        Assert.Equal(10, r.Keywords.Count);
        Assert.Equal("worda", r.Keywords[0]);
    }

    [Fact]
    public void A_phrase_scores_twice_its_count_and_a_keyword_is_left_out_when_those_before_it_hold_its_words()
    {
        // "bye" (4) ties with "bye bye" (2, twice) and comes first; "solar power" (2, twice) outranks its words (2 each).
        var r = Readable.Read("Headline of the story\n\nBye bye now. Bye bye then. Solar power grows. Solar power stays.");
        Assert.Equal(new[] { "bye", "solar power", "grows", "stays" }, r.Keywords);
    }

    [Fact]
    public void A_readout_is_set_only_as_its_kind()
    {
        var values = new ReadoutValues();
        Assert.Throws<ArgumentException>(() => values.Set(Readouts.Paragraphs, (TextRange?)null));
        Assert.Throws<ArgumentException>(() => values.Set(Readouts.Title, new System.Collections.Generic.List<TextRange>()));
        Assert.Throws<ArgumentException>(() => values.Set(Readouts.Title, new System.Collections.Generic.List<string>()));
    }

    [Fact]
    public void A_text_only_document_has_no_readouts()
    {
        var r = SeedReadouts.TextOnly("Some text.");
        Assert.Equal("Some text.", r.Text);
        Assert.All(Readouts.Of(ReadoutKind.Text), t => Assert.Null(t.Range(r)));
        Assert.All(Readouts.Of(ReadoutKind.List), l => Assert.Empty(l.Ranges(r)));
        Assert.All(Readouts.Of(ReadoutKind.Names), n => Assert.Empty(n.Strings(r)));
        Assert.Equal((0, 0, 0, "", "", (PublishedDate?)null), (r.Metadata.Count, r.Numbers.Count, r.WordCount, r.Script, r.Language, r.Published));
        Assert.Null(r.Get((TextRange?)null));
    }

    [Theory]
    [InlineData(12345L, 2, "123.45")]
    [InlineData(123456789012345678L, 0, "123456789012345678")]
    [InlineData(5000000000L, 3, "5000000.000")]
    public void A_number_s_value_is_its_mantissa_over_ten_to_its_scale(long mantissa, int scale, string value) =>
        Assert.Equal(value, new NumberReadout(new TextRange(0, 1), mantissa, scale).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_published_date_keeps_its_offset_and_a_local_one_has_none()
    {
        var known = new PublishedDate(2021, 4, 28, 19, 51, 330);
        Assert.Equal(new DateTimeOffset(2021, 4, 28, 19, 51, 0, TimeSpan.FromMinutes(330)), known.ToDateTimeOffset());
        var local = PublishedDate.Local(2021, 4, 28, 19, 51);
        Assert.False(local.OffsetKnown);
        Assert.Equal(new DateTime(2021, 4, 28, 19, 51, 0, DateTimeKind.Unspecified), local.ToLocalDateTime());
        Assert.Equal(DateTimeKind.Unspecified, local.ToLocalDateTime().Kind);
    }
}

using System.Linq;
using SeedGen.Reading;
using Xunit;

namespace SeedGen.Tests.Reading;

/// <summary>
/// List markers inside a paragraph, each rule with an example on both sides: the marker's forms, where an
/// item may open, runs in order (numbers, letters from "a", Roman numerals) and the strong forms that open
/// a paragraph alone.
/// </summary>
public class ListMarkerRuleTests
{
    /// <summary>The markers of <paramref name="paragraph"/>, joined by "|", or "none".</summary>
    private static string Markers(string paragraph, int start = 0)
    {
        var found = ListMarkers.Find(paragraph, new TextRange(start, paragraph.Length - start));
        return found is null ? "none" : string.Join("|", found.Select(r => paragraph.Substring(r.Start, r.Length)));
    }

    [Theory]
    [InlineData("1. First item 2. second item 3. third", "1.|2.|3.")]
    [InlineData("1) mix 2) bake 3) serve", "1)|2)|3)")]
    [InlineData("1.) mix 2.) bake", "1.)|2.)")]
    [InlineData("(1) mix; (2) bake", "(1)|(2)")]
    [InlineData("Steps: a. mix b. bake c. serve", "a.|b.|c.")]
    [InlineData("Steps: (a) mix; (b) bake", "(a)|(b)")]
    [InlineData("i) one; ii) two; iii) three", "i)|ii)|iii)")]
    [InlineData("Parts: viii) eight; ix) nine; x) ten; xi) eleven", "viii)|ix)|x)|xi)")]
    [InlineData("I. Intro. II. Body. III. End.", "I.|II.|III.")]
    [InlineData("* 1. one * 2. two", "* 1.|* 2.")]
    [InlineData("\u2022 9. nine \u2022 10. ten", "\u2022 9.|\u2022 10.")]
    [InlineData("- 1. one - 2. two", "- 1.|- 2.")]
    [InlineData("\u2013 1. one \u2013 2. two", "\u2013 1.|\u2013 2.")]
    [InlineData("\u2043 1. one \u2043 2. two", "\u2043 1.|\u2043 2.")]
    [InlineData("*   1. one *   2. two", "*   1.|*   2.")]
    [InlineData("Do this: 1. mix. 2. Bake it.", "1.|2.")]                // after a sentence's end, a capital may follow
    public void Markers_in_order_make_a_list(string paragraph, string expected)
    {
        Assert.Equal(expected, Markers(paragraph));
    }

    [Theory]
    [InlineData("1. Only one item here.", "1.")]          // a number opens a paragraph alone
    [InlineData("100. Hundredth entry.", "100.")]
    [InlineData("999. Last entry.", "999.")]            // three digits at most
    [InlineData("1000. Entry.", "none")]
    [InlineData("(a) Only one item here.", "(a)")]        // a bracketed letter too
    [InlineData("iv) Only one item here.", "iv)")]
    [InlineData("\u2022 9. Only one item here.", "\u2022 9.")]
    [InlineData("a. Only one item here.", "none")]        // a bare letter does not: "a. m." or an initial
    [InlineData("(1) mix (2) bake", "(1)")]               // a bracketed number after prose is a reference: "sections (1) and (2)"
    public void A_strong_marker_opens_a_paragraph_alone(string paragraph, string expected)
    {
        Assert.Equal(expected, Markers(paragraph));
    }

    [Theory]
    [InlineData("He was born in 2. Then he left.")]                    // one number after prose
    [InlineData("Counting began on May 1. Counting ended on May 2. It was over.")] // after a capitalised word
    [InlineData("World War I. It ended. World War II. It ended too.")]
    [InlineData("See part b. then c. for details")]                    // letters not from "a"
    [InlineData("Dates 1999. and 2000. were years")]                   // four digits are a year
    [InlineData("It grew 1.5 per cent and 2.5 per cent")]             // no space after the stop
    [InlineData("Then 1)mix and 2)bake")]
    [InlineData("Then 1, mix and 2, bake")]
    [InlineData("Then 1: mix and 2: bake")]
    [InlineData("Items: - one - two")]                                  // a bullet alone is no marker
    [InlineData("Roman xviii) and xix) are too long")]
    [InlineData("Then a.")]
    [InlineData("Then 1.")]
    [InlineData("Then (1")]
    [InlineData("Then (1.")]
    [InlineData("A. b. c. are capitals and then letters")]
    public void Other_numbers_and_letters_are_no_markers(string paragraph)
    {
        Assert.Equal("none", Markers(paragraph));
    }

    [Fact]
    public void The_paragraph_s_start_is_where_its_range_starts()
    {
        // A marker right after the range's start opens the paragraph whatever stands before it in the text.
        Assert.Equal("1.", Markers("x1. Only one item here.", 1));
        Assert.Equal("none", Markers("x1. Only one item here."));
        Assert.Equal("1.|2.", Markers("Text.\n1. mix 2. bake", 6));
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using SeedGen.Reading;
using Xunit;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The number rule on both sides of each limit: grouping (two or three digits after a comma), the decimal
/// point, ordinal suffixes, digits that belong to a name, clock times, the 18 significant digits and 28
/// decimals a readout can hold, and the paragraph's own ends.
/// </summary>
public class NumberRuleTests
{
    /// <summary>The numbers of [start, end) of <paramref name="text"/> as "text=value", joined by "|", or "none".</summary>
    private static string Numbers(string text, int start = 0, int end = -1)
    {
        var into = new List<NumberReadout>();
        SeedGen.Reading.Numbers.Find(text, new TextRange(start, (end < 0 ? text.Length : end) - start), into);
        return into.Count == 0 ? "none"
            : string.Join("|", into.Select(n => text.Substring(n.Text.Start, n.Text.Length) + "=" + n.Value.ToString(CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1,000 लोग", "1,000=1000")]
    [InlineData("1,00,000 लोग", "1,00,000=100000")]
    [InlineData("1,00 लोग", "1,00=100")]                  // two digits after the comma group too (lakh style)
    [InlineData("1,0 और 1,0000", "1=1|0=0|1=1|0000=0")]   // one or four digits do not: a list, not a group
    [InlineData("7.5 प्रतिशत", "7.5=7.5")]
    [InlineData("1,000.25 रुपये", "1,000.25=1000.25")]
    [InlineData("Version 7. Then", "7=7")]                // a full stop with no digit after it
    [InlineData("7.5.3 release", "7.5=7.5|3=3")]          // one decimal point
    [InlineData("2.5,000", "2.5=2.5|000=0")]              // no grouping after the point
    [InlineData("२०२१ में ১২ और ٣٤", "२०२१=2021|১২=12|٣٤=34")]
    [InlineData("\U0001D7CF\U0001D7D0 items", "\U0001D7CF\U0001D7D0=12")] // digits outside the BMP
    public void Digits_groups_and_a_decimal_point_make_a_number(string text, string expected)
    {
        Assert.Equal(expected, Numbers(text));
    }

    [Theory]
    [InlineData("70वें जन्मदिन", "70वें=70")]
    [InlineData("21वीं सदी", "21वीं=21")]
    [InlineData("2वां और 3वाँ", "2वां=2|3वाँ=3")]
    [InlineData("5वे 6वी 7वा", "5वे=5|6वी=6|7वा=7")]
    [InlineData("1st 2nd 3rd 4th", "1st=1|2nd=2|3rd=3|4th=4")]
    [InlineData("21ST and 22ND", "21ST=21|22ND=22")]
    [InlineData("17thx", "none")]                          // the suffix must end the word, else letters make it a name
    [InlineData("70वेंकट", "70=70")]                         // a longer Devanagari word: the digits alone
    [InlineData("5t", "none")]
    public void Ordinals_keep_their_suffix_and_read_as_the_number(string text, string expected)
    {
        Assert.Equal(expected, Numbers(text));
    }

    [Theory]
    [InlineData("G20 बैठक", "none")]
    [InlineData("कोविड-19 महामारी", "none")]
    [InlineData("COVID\u201019 and COVID\u201119", "none")]  // hyphen and non-breaking hyphen
    [InlineData("Su-30MKI", "none")]
    [InlineData("4G नेटवर्क", "none")]
    [InlineData("की3", "none")]                              // after a vowel sign
    [InlineData("\U0001D400" + "1", "none")]                 // after a letter outside the BMP
    [InlineData("Temperature -19 today", "19=19")]           // a hyphen after a space is a sign, not a name
    [InlineData("Pages 10-19 here", "10=10|19=19")]
    [InlineData("19 लोग", "19=19")]
    public void Digits_in_a_name_are_no_number(string text, string expected)
    {
        Assert.Equal(expected, Numbers(text));
    }

    [Theory]
    [InlineData("सुबह 7:51PM पर 8 लोग", "8=8")]
    [InlineData("10:30 बजे", "none")]
    [InlineData("At 7: 5 people", "7=7|5=5")]
    [InlineData("Ends at 7:", "7=7")]
    public void A_clock_time_is_no_number(string text, string expected)
    {
        Assert.Equal(expected, Numbers(text));
    }

    [Theory]
    [InlineData("123456789012345678", "123456789012345678=123456789012345678")] // 18 significant digits
    [InlineData("1234567890123456789 and 5", "5=5")]                            // 19 do not fit
    [InlineData("0000000000000000000001", "0000000000000000000001=1")]            // leading zeros are not significant
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001=0.0000000000000000000000000001")] // 28 decimals
    [InlineData("0.00000000000000000000000000001 and 5", "5=5")]                 // 29 do not
    public void A_number_a_decimal_cannot_hold_is_left_out(string text, string expected)
    {
        Assert.Equal(expected, Numbers(text));
    }

    [Fact]
    public void The_paragraph_s_ends_are_its_range_s_ends()
    {
        Assert.Equal("20=20", Numbers("G20 summit", 1));          // what stands before the range is not looked at
        Assert.Equal("20=20", Numbers("x-20 summit", 1));
        Assert.Equal("20=20", Numbers("20G network", 0, 2));      // nor what stands after it
        Assert.Equal("20th=20", Numbers("20thx year", 0, 4));  // the suffix ends the range's last word
        Assert.Equal("none", Numbers("20th year", 0, 3));
        Assert.Equal("7=7", Numbers("7:51 PM", 0, 2));
        Assert.Equal("1=1|0=0", Numbers("1,000", 0, 3));
        Assert.Equal("1=1", Numbers("1.5", 0, 2));
        Assert.Equal("none", Numbers("12", 1, 1));
    }

    [Fact]
    public void Finding_numbers_stops_when_the_build_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        string longText = string.Concat(Enumerable.Repeat("शब्द ", 20000)) + "5"; // 100,000 characters, past the poll interval
        var into = new List<NumberReadout>();
        Assert.Throws<OperationCanceledException>(() => SeedGen.Reading.Numbers.Find(longText, new TextRange(0, longText.Length), into, cancelled.Token));
        SeedGen.Reading.Numbers.Find("5 लोग", new TextRange(0, 5), into, cancelled.Token); // a short paragraph is not polled
        Assert.Single(into);
    }
}

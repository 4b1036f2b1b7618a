using SeedGen.Reading;
using Xunit;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The date rule on both sides of each limit: the days of each month and of February in leap years, the
/// years of four digits, the hours and minutes of a clock, 12 a.m. and 12 p.m., written offsets up to ±14:00,
/// zone names and which of two zones wins, and the last instant a <see cref="System.DateTimeOffset"/> holds.
/// </summary>
public class DateRuleTests
{
    /// <summary>"yyyy-mm-dd hh:mm" and the offset ("+330", "local"), or "none".</summary>
    private static string Parse(string text, int? knownOffset = null)
    {
        var d = Dates.Parse(text, knownOffset);
        if (d is not { } x) return "none";
        string offset = x.OffsetKnown ? (x.OffsetMinutes >= 0 ? "+" : "") + x.OffsetMinutes : "local";
        return $"{x.Year:D4}-{x.Month:D2}-{x.Day:D2} {x.Hour:D2}:{x.Minute:D2} {offset}";
    }

    [Theory]
    [InlineData("29 FEB 2024", "2024-02-29 00:00 local")]
    [InlineData("29 FEB 2000", "2000-02-29 00:00 local")]   // a century divisible by 400 is a leap year
    [InlineData("29 FEB 2023", "none")]
    [InlineData("29 FEB 1900", "none")]                     // another century is not
    [InlineData("28 FEB 1900", "1900-02-28 00:00 local")]
    [InlineData("30 APR 2021", "2021-04-30 00:00 local")]
    [InlineData("31 APR 2021", "none")]
    [InlineData("31 JUN 2021", "none")]
    [InlineData("31 SEP 2021", "none")]
    [InlineData("31 NOV 2021", "none")]
    [InlineData("31 DEC 2021", "2021-12-31 00:00 local")]
    [InlineData("31 JAN 2021", "2021-01-31 00:00 local")]
    [InlineData("0 JAN 2021", "none")]
    [InlineData("32 JAN 2021", "none")]
    [InlineData("2021-13-01", "none")]
    [InlineData("2021-00-01", "none")]
    [InlineData("2021-12-01", "2021-12-01 00:00 local")]
    [InlineData("1 JAN 1000", "1000-01-01 00:00 local")]
    [InlineData("1 JAN 0999", "none")]                      // four digits, but no year of four
    [InlineData("31 DEC 9999", "9999-12-31 00:00 local")]
    public void A_day_must_exist_in_its_month_and_year(string text, string expected)
    {
        Assert.Equal(expected, Parse(text));
    }

    [Theory]
    [InlineData("2021/04/28", "2021-04-28 00:00 local")]
    [InlineData("28-04-2021", "2021-04-28 00:00 local")]
    [InlineData("28.04.21", "none")]                        // no four-digit year either side
    [InlineData("28/04-2021", "none")]                      // one separator throughout
    [InlineData("April May 2021 5", "2021-04-05 00:00 local")] // the first month named wins
    [InlineData("5 2021 6 April", "2021-04-05 00:00 local")]   // and the first day
    [InlineData("2021 2022 April 5", "2021-04-05 00:00 local")] // and the first year
    [InlineData("28 April 2021 1234567890", "2021-04-28 00:00 local")] // a long number is none of them
    public void Numbers_and_names_fill_each_field_once(string text, string expected)
    {
        Assert.Equal(expected, Parse(text));
    }

    [Theory]
    [InlineData("28 APR 2021 23:59", "2021-04-28 23:59 local")]
    [InlineData("28 APR 2021 24:00", "none")]
    [InlineData("28 APR 2021 7:60", "none")]
    [InlineData("28 APR 2021 25:00", "2021-04-28 00:00 local")] // no hour: 25 is no clock
    [InlineData("28 APR 2021 12:05 PM", "2021-04-28 12:05 local")]
    [InlineData("28 APR 2021 12:05 AM", "2021-04-28 00:05 local")]
    [InlineData("28 APR 2021 11:05 PM", "2021-04-28 23:05 local")]
    [InlineData("28 APR 2021 11:05 am", "2021-04-28 11:05 local")]
    [InlineData("28 APR 2021 9:05 p.m.", "2021-04-28 21:05 local")]
    [InlineData("28 APR 2021 9:05 a.m.", "2021-04-28 09:05 local")]
    [InlineData("28 APR 2021 21:05:59", "2021-04-28 21:05 local")]     // seconds are dropped
    [InlineData("28 APR 2021 7:05 later 8:10", "2021-04-28 07:05 local")] // the first time wins
    public void A_time_is_a_clock_s_hours_and_minutes(string text, string expected)
    {
        Assert.Equal(expected, Parse(text));
    }

    [Theory]
    [InlineData("2021-04-28 19:51 +14:00", "2021-04-28 19:51 +840")]
    [InlineData("2021-04-28 19:51 -14:00", "2021-04-28 19:51 -840")]
    [InlineData("2021-04-28 19:51 -14:01", "none")]
    [InlineData("2021-04-28 19:51 +05:59", "2021-04-28 19:51 +359")]
    [InlineData("2021-04-28 19:51 +05:60", "none")]
    [InlineData("2021-04-28 19:51 +5:30", "2021-04-28 19:51 +330")]
    [InlineData("2021-04-28 19:51 +005:30", "none")]          // three digits of hours
    [InlineData("2021-04-28 19:51 +1400", "2021-04-28 19:51 +840")]
    [InlineData("2021-04-28 19:51 +1401", "none")]
    [InlineData("2021-04-28 19:51 -0560", "none")]
    [InlineData("2021-04-28 19:51 +530", "2021-04-28 19:51 local")] // three digits are no offset
    [InlineData("2021-04-28 19:51 GMT+5:30", "2021-04-28 19:51 +330")]
    [InlineData("2021-04-28 19:51 GMT-0400", "2021-04-28 19:51 -240")]
    public void A_written_offset_has_two_digits_of_hours_minutes_below_60_and_at_most_14_hours(string text, string expected)
    {
        Assert.Equal(expected, Parse(text));
    }

    [Theory]
    [InlineData("2021-04-28 19:51 IST", null, "2021-04-28 19:51 +330")]
    [InlineData("2021-04-28 19:51 NPT", null, "2021-04-28 19:51 +345")]
    [InlineData("2021-04-28 19:51 AEDT", null, "2021-04-28 19:51 +660")]
    [InlineData("2021-04-28T19:51Z", 330, "2021-04-28 19:51 +0")]           // a written zone beats the source's
    [InlineData("2021-04-28 19:51 UTC", 330, "2021-04-28 19:51 +0")]
    [InlineData("2021-04-28 19:51 +05:30 GMT", null, "2021-04-28 19:51 +330")] // a zero zone does not undo a written offset
    [InlineData("2021-04-28 19:51 GMT EST", null, "2021-04-28 19:51 -300")]    // a later zone that is not zero does
    [InlineData("2021-04-28 19:51 XYZ", null, "2021-04-28 19:51 local")]
    [InlineData("2021-04-28 19:51", 330, "2021-04-28 19:51 +330")]
    [InlineData("2021-04-28 19:51", null, "2021-04-28 19:51 local")]
    [InlineData("+05:30 28 APR 2021 7:51PM", null, "2021-04-28 19:51 local")]  // an offset before the date is no time, nor a day
    [InlineData("UTC+05:30 | 28 Apr 2021", null, "2021-04-28 00:00 local")]
    public void The_offset_is_the_written_zone_else_the_source_s_else_unknown(string text, int? known, string expected)
    {
        Assert.Equal(expected, Parse(text, known));
    }

    [Theory]
    [InlineData("31 DEC 9999 6:59 PM EST", "9999-12-31 18:59 -300")] // 23:59 UTC
    [InlineData("31 DEC 9999 7:00 PM EST", "none")]                  // the next minute is past year 9999 in UTC
    [InlineData("31 DEC 9999 11:59 PM IST", "9999-12-31 23:59 +330")]
    [InlineData("30 DEC 9999 11:59 PM EST", "9999-12-30 23:59 -300")]
    [InlineData("31 NOV 9999 11:59 PM EST", "none")]
    [InlineData("1 JAN 1000 0:00 IST", "1000-01-01 00:00 +330")]
    public void The_last_instant_is_the_last_a_DateTimeOffset_holds(string text, string expected)
    {
        Assert.Equal(expected, Parse(text));
    }
}

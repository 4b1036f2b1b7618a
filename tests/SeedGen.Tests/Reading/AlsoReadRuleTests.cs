using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SeedGen.Reading;
using Xunit;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The "Also Read" rule on both sides of each limit: every marker of the list, a marker that must end a
/// word and start one, the range it is looked for in, and the headlines that run from one marker to the next.
/// </summary>
public class AlsoReadRuleTests
{
    public static IEnumerable<object[]> EveryMarker() => Lexicon.AlsoReadMarkers.Select(m => new object[] { m });

    [Theory]
    [MemberData(nameof(EveryMarker))]
    public void Every_marker_opens_a_link_before_a_space_a_colon_or_the_end_and_not_inside_a_word(string marker)
    {
        const string before = "खबर। ";
        foreach (string after in new[] { "", " खबर", ": खबर", " - News" })
        {
            string text = before + marker + after;
            Assert.True(AlsoRead.StartsWithMarker(text, before.Length, text.Length, out int end), text);
            Assert.Equal(before.Length + marker.Length, end);
            Assert.Equal(before.Length, AlsoRead.Find(text, 0, text.Length));
        }
        // Followed by a letter (Latin or Devanagari) or a combining mark, the marker is part of a longer word.
        foreach (string after in new[] { "ing", "खबर", "\u093E" })
        {
            string text = before + marker + after;
            Assert.False(AlsoRead.StartsWithMarker(text, before.Length, text.Length, out int end), text);
            Assert.Equal(before.Length, end);
            Assert.Equal(-1, AlsoRead.Find(text, 0, text.Length));
        }
    }

    [Theory]
    [MemberData(nameof(EveryMarker))]
    public void A_marker_cut_by_the_end_of_the_range_is_none(string marker)
    {
        string text = marker + " खबर";
        Assert.False(AlsoRead.StartsWithMarker(text, 0, marker.Length - 1, out int end));
        Assert.Equal(0, end);
        Assert.Equal(-1, AlsoRead.Find(text, 0, marker.Length - 1));
        Assert.True(AlsoRead.StartsWithMarker(text, 0, marker.Length, out end)); // the range's end ends the word
        Assert.Equal(marker.Length, end);
    }

    [Fact]
    public void An_empty_range_or_another_first_character_is_no_marker()
    {
        Assert.False(AlsoRead.StartsWithMarker("Also Read", 0, 0, out int end));
        Assert.Equal(0, end);
        Assert.False(AlsoRead.StartsWithMarker("Also Read", 9, 9, out end));
        Assert.False(AlsoRead.StartsWithMarker("also read: x", 0, 12, out end)); // the list is case-sensitive
        Assert.False(AlsoRead.StartsWithMarker("पढ़ें यह", 0, 8, out end));       // the bare verb is prose
    }

    [Theory]
    [InlineData("Details. Also Read: Next", 9)]
    [InlineData("Also Read: Next", 0)]
    [InlineData("NotAlso Read: x. Also Read: y", 17)]    // a marker must start a word
    [InlineData("Details.Also Read: Next", 8)]            // after punctuation it does
    [InlineData("वह आया।यह भी पढ़ें: अगली", 7)]
    [InlineData("Read Also Read also", 0)]
    [InlineData("No link here at all.", -1)]
    [InlineData("Also Reading list. Also Reader", -1)]
    public void Find_returns_the_first_marker_that_starts_a_word(string text, int expected)
    {
        Assert.Equal(expected, AlsoRead.Find(text, 0, text.Length));
    }

    [Fact]
    public void Find_looks_only_inside_its_range_and_the_start_of_the_range_starts_a_word()
    {
        const string text = "XAlso Read: a. Also Read: b";
        Assert.Equal(15, AlsoRead.Find(text, 0, text.Length));
        Assert.Equal(1, AlsoRead.Find(text, 1, text.Length));  // what stands before the range is not looked at
        Assert.Equal(15, AlsoRead.Find(text, 2, text.Length));
        Assert.Equal(-1, AlsoRead.Find(text, 2, 15));
        Assert.Equal(-1, AlsoRead.Find(text, 2, 23));           // cut inside the second marker
        Assert.Equal(-1, AlsoRead.Find(text, 16, text.Length));
        Assert.Equal(-1, AlsoRead.Find(text, 5, 5));
    }

    [Fact]
    public void Find_stops_when_the_build_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => AlsoRead.Find("Some text. Also Read: x", 0, 23, cancelled.Token));
        Assert.Equal(-1, AlsoRead.Find("No marker's first letter here", 0, 10, cancelled.Token)); // no candidate, no poll
    }

    [Theory]
    [InlineData("Also Read - First headline", "First headline")]
    [InlineData("Also Read: First headline Also Read: Second headline", "First headline|Second headline")]
    [InlineData("Also Read | First – Also Read — Second", "First|Second")]  // separators on both sides of a headline
    [InlineData("Also Read: COVID-19 - | Also Read: Next", "COVID-19|Next")]
    [InlineData("Also Read:\u00A0\t First headline ", "First headline")]
    [InlineData("यह भी पढ़ें: पहली खबर ये भी पढ़ें- दूसरी खबर", "पहली खबर|दूसरी खबर")]
    [InlineData("Also Read: Also Read: Only one", "Only one")]                // an empty headline is none
    [InlineData("Also Read -", "")]
    [InlineData("Also Read: Building Also Reading rooms", "Building Also Reading rooms")] // "Also Reading" is no marker
    public void Extract_takes_each_headline_up_to_the_next_marker(string text, string expected)
    {
        var into = new List<TextRange>();
        AlsoRead.Extract(text, 0, text.Length, into);
        Assert.Equal(expected, string.Join("|", into.Select(r => text.Substring(r.Start, r.Length))));
    }

    [Fact]
    public void Extract_stops_at_the_end_of_its_range_and_adds_to_what_is_there()
    {
        const string text = "Lead. Also Read: First Also Read: Second";
        var into = new List<TextRange> { new(0, 4) };
        AlsoRead.Extract(text, 6, 29, into);  // ends inside the second marker
        Assert.Equal(new[] { "Lead", "First Also R" }, into.Select(r => text.Substring(r.Start, r.Length)));
    }
}

using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;
using Xunit;

namespace SeedGen.Tests.Reading;

public class LineTests
{
    private static Line Classify(string text)
    {
        var line = new Line(0, text.Length);
        Lines.Classify(text, line, new List<TextRange>());
        return line;
    }

    [Fact]
    public void Words_are_counted_only_as_far_as_the_rules_look_and_the_headline_limit_still_holds_at_its_edge()
    {
        static string Words(int n) => string.Join(" ", Enumerable.Range(0, n).Select(i => "शब्द" + (i % 10)));

        var fortyFive = Classify(Words(45));
        Assert.Equal(LineKind.Short, fortyFive.Kind); // at most 45 words and 300 characters, no terminator: a headline
        Assert.Equal(45, fortyFive.WordCount);

        var fortySix = Classify(Words(46));
        Assert.Equal(LineKind.Body, fortySix.Kind);
        Assert.Equal(46, fortySix.WordCount);

        var prose = Classify(Words(2000) + "।");
        Assert.Equal(LineKind.Body, prose.Kind);
        Assert.Equal(46, prose.WordCount); // counted up to one past the largest limit, not to 2,000
    }

    [Fact]
    public void A_line_opening_with_an_also_read_marker_is_found_and_one_that_cannot_is_rejected_by_its_first_character()
    {
        Assert.Equal(LineKind.AlsoRead, Classify("यह भी पढ़ें: कुछ और").Kind);
        Assert.Equal(LineKind.AlsoRead, Classify("Also Read - Something else").Kind);
        Assert.True(AlsoRead.StartsWithMarker("Read also: x", 0, 12, out int end));
        Assert.Equal(9, end);
        Assert.False(AlsoRead.StartsWithMarker("Also Reading", 0, 12, out end)); // the marker must end a word
        Assert.False(AlsoRead.StartsWithMarker("Zlso Read", 0, 9, out end));
        Assert.Equal(0, end);
    }
}

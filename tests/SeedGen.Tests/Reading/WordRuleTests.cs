using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>What a word is, how it folds, and the character tests the line rules use, at their edges.</summary>
public class WordRuleTests
{
    private static string[] Scan(string text) => Readable.WordRanges(text).Select(w => text.Substring(w.Start, w.Length)).ToArray();

    [Theory]
    [InlineData("भारत-रूस वार्ता", new[] { "भारत-रूस", "वार्ता" })]
    [InlineData("a- b", new[] { "a", "b" })]                      // a joiner before a space is not the word's
    [InlineData("a -b", new[] { "a", "b" })]
    [InlineData("a--b", new[] { "a", "b" })]
    [InlineData("India’s", new[] { "India’s" })]
    [InlineData("it's", new[] { "it's" })]
    [InlineData("एसजी/एएम", new[] { "एसजी/एएम" })]
    [InlineData("क्\u200Dष x", new[] { "क्\u200Dष", "x" })]       // ZWJ inside a word
    [InlineData("\u200Dक", new[] { "क" })]                        // but no word starts with it
    [InlineData("\U00020000\U00020001 ab", new[] { "\U00020000\U00020001", "ab" })] // letters beyond the BMP
    [InlineData("a-\U00020000", new[] { "a-\U00020000" })]        // joined to one
    [InlineData("\U0001F600a\U0001F600", new[] { "a" })]          // an emoji is no letter
    [InlineData("a-", new[] { "a" })]
    public void Words_and_what_joins_them(string text, string[] words) => Assert.Equal(words, Scan(text));

    [Fact]
    public void A_limit_stops_the_scan_and_counts_from_what_the_list_already_holds()
    {
        const string text = "one two three four";
        var words = new List<TextRange> { new(0, 3) };
        Words.Scan(text, new TextRange(4, text.Length - 4), words, default, limit: 2);
        Assert.Equal(new[] { new TextRange(0, 3), new TextRange(4, 3), new TextRange(8, 5) }, words);
    }

    [Theory]
    [InlineData("ÀÉÞ×ß", "àéþ×ß")] // Latin-1 capitals À to Þ fold, the multiplication sign does not
    [InlineData("AZ@[", "az@[")]
    [InlineData("\u00BF\u00DF", "\u00BF\u00DF")]
    [InlineData("India’s", "india's")]
    [InlineData("ŒΩЖ", "ŒΩЖ")] // beyond Latin-1: a fixed rule, not the host's casing
    public void Folding(string word, string folded) => Assert.Equal(folded, Words.Fold(word));

    [Theory]
    [InlineData("2021", true)]
    [InlineData("12/03/2021", true)]
    [InlineData("१२-०३", true)]
    [InlineData("\U0001D7CE\U0001D7CF", true)] // mathematical digits, beyond the BMP
    [InlineData("\U0001D7CEab", false)]
    [InlineData("12a", false)]
    public void All_digits(string word, bool digits) => Assert.Equal(digits, Words.IsAllDigits(word, new TextRange(0, word.Length)));

    [Theory]
    [InlineData("\U0001F600a", true)]
    [InlineData("\U0001F600\U0001F600", false)]
    [InlineData("\U00020000", true)]
    [InlineData("-- ...", false)]
    [InlineData("", false)]
    public void Has_a_word_character(string text, bool has) => Assert.Equal(has, Words.HasWordCharacter(text, 0, text.Length));

    [Fact]
    public void A_cancelled_scan_of_a_long_text_throws()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        string text = string.Concat(Enumerable.Repeat("शब्द ", 40_000)); // 200,000 characters: past the poll interval
        Assert.Throws<System.OperationCanceledException>(() => Words.Scan(text, new TextRange(0, text.Length), new List<TextRange>(), cancelled.Token));
    }
}

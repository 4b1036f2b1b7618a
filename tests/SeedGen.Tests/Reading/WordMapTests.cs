using System.Collections.Generic;
using System.Linq;
using SeedGen.Corpus;
using SeedGen.Reading;
using Xunit;

namespace SeedGen.Tests.Reading;

public class WordMapTests
{
    [Fact]
    public void Looks_words_up_by_a_range_of_a_string_or_of_a_char_buffer_ordinally()
    {
        var map = WordMap.Of(new Dictionary<string, string> { ["जनवरी"] = "January", ["May"] = "May", ["a"] = "A" });
        const string text = "in जनवरी and May, maybe";
        Assert.True(map.TryGet(text, 3, 5, out var month));
        Assert.Equal("January", month);
        Assert.True(map.TryGet(text, 13, 3, out month));
        Assert.Equal("May", month);
        Assert.False(map.TryGet(text, 18, 3, out _)); // "may" of "maybe": ordinal, case matters
        Assert.False(map.TryGet(text, 13, 4, out _)); // "May," is not "May"
        Assert.False(map.TryGet(text, 0, 0, out _));
        var buffer = "xxMayxx".ToCharArray();
        Assert.True(map.Contains(buffer, 2, 3));
        Assert.False(map.Contains(buffer, 1, 3));
        Assert.Equal(5, map.MaxLength);
    }

    [Fact]
    public void Every_stop_word_and_marker_word_is_found_by_range_and_nothing_else_is()
    {
        var all = Lexicon.StopWords;
        Assert.NotNull(all);
        foreach (var w in all!)
        {
            var padded = ("  " + w + "  ").ToCharArray();
            Assert.True(Lexicon.StopWordMap.Contains(padded, 2, w.Length), w);
            Assert.Contains(w, Lexicon.StopWords);
        }
        foreach (var w in Lexicon.MarkerWords.Keys)
            Assert.True(Lexicon.MarkerWordMap.TryGet(w, out var marks) && marks.SequenceEqual(Lexicon.MarkerWords[w]), w);
        foreach (var w in new[] { "भारत", "india", "theory", "है।" })
            Assert.False(Lexicon.StopWordMap.Contains(w.ToCharArray(), 0, w.Length), w);
    }

    [Fact]
    public void A_word_hashed_from_a_buffer_hashes_as_its_string()
    {
        foreach (var w in new[] { "", "a", "भारत", "it's", "\U0001F600" })
        {
            var buffer = ("[" + w + "]").ToCharArray();
            Assert.Equal(MinHash.HashWord(w), MinHash.HashWord(buffer, 1, w.Length));
        }
        Assert.Equal(MinHash.OfWords(new[] { "a", "b" }), MinHash.OfWordHashes(new List<ulong> { MinHash.HashWord("b"), MinHash.HashWord("a"), MinHash.HashWord("a") }));
    }
}

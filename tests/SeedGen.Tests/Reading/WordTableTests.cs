using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;
using Xunit;

namespace SeedGen.Tests.Reading;

public class WordTableTests
{
    [Fact]
    public void Each_spelling_gets_one_id_in_order_of_first_occurrence_and_spellings_share_folded_ids()
    {
        const string text = "India भारत INDIA india भारत Delhi";
        var words = new List<TextRange>();
        Words.Scan(text, new TextRange(0, text.Length), words);
        var table = new WordTable(text, 1);
        var ids = words.Select(table.Intern).ToArray();

        Assert.Equal(new[] { 0, 1, 2, 3, 1, 4 }, ids);
        Assert.Equal(5, table.Count);
        Assert.Equal(new TextRange(6, 4), table.First(1));

        var spellings = new List<string>();
        var folded = new List<string>();
        var foldedIds = table.Fold(spellings, folded);
        Assert.Equal(new[] { "India", "भारत", "INDIA", "india", "Delhi" }, spellings);
        Assert.Equal(new[] { "india", "भारत", "delhi" }, folded);
        Assert.Equal(new[] { 0, 1, 0, 0, 2 }, foldedIds.Take(table.Count));
    }

    [Fact]
    public void Many_distinct_words_survive_growth()
    {
        var text = string.Join(" ", Enumerable.Range(0, 5000).Select(i => "w" + i));
        var words = new List<TextRange>();
        Words.Scan(text, new TextRange(0, text.Length), words);
        var table = new WordTable(text, 4);
        var ids = words.Select(table.Intern).ToArray();
        Assert.Equal(Enumerable.Range(0, 5000), ids);
        Assert.Equal(ids, words.Select(table.Intern));
    }
}

public class ReaderScratchTests
{
    [Fact]
    public void Reading_reuses_its_buffers_without_carrying_anything_from_one_document_to_the_next()
    {
        string a = SeedText.Normalize(GeneratorHarness.Seed000Text), b = SeedText.Normalize(GeneratorHarness.Seed001Text);
        string big = string.Join("\n", Enumerable.Repeat(b, 40));
        SeedReadouts? first = null;
        var fresh = new System.Threading.Thread(() => first = DocumentReader.Read(a)); // a thread with no buffers yet
        fresh.Start();
        fresh.Join();

        DocumentReader.Read(big);
        var afterBig = DocumentReader.Read(a);
        DocumentReader.Read(b);
        var afterOther = DocumentReader.Read(a);

        Assert.Equal(first, afterBig);
        Assert.Equal(first, afterOther);
        Assert.Equal(10, first!.Keywords.Count);
    }
}

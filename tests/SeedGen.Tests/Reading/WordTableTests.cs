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
        var words = Readable.WordRanges(text);
        var table = new WordTable(text, 1);
        var ids = words.Select(table.Intern).ToArray();

        Assert.Equal(new[] { 0, 1, 2, 3, 1, 4 }, ids);
        Assert.Equal(5, table.Count);
        Assert.Equal(new TextRange(6, 4), table.First(1));

        var foldedIds = table.Fold();
        Assert.Equal(new[] { 0, 1, 0, 0, 2 }, foldedIds.Take(table.Count));
        Assert.Equal(3, table.FoldedCount);
        Assert.Equal(new[] { "india", "भारत", "delhi" }, Enumerable.Range(0, table.FoldedCount).Select(table.FoldedString));
        // Each folded form is written once into the shared buffer, back to back.
        Assert.Equal("indiaभारतdelhi", new string(table.FoldedChars, 0, table.FoldedStart(2) + table.FoldedLength(2)));
    }

    [Fact]
    public void Folding_a_range_agrees_with_folding_its_string_and_a_table_reused_for_another_document_keeps_nothing()
    {
        const string first = "ÉCOLE École école it’s IT'S";
        var table = new WordTable(first, 1);
        var words = new List<TextRange>();
        Words.Scan(first, new TextRange(0, first.Length), words);
        foreach (var w in words) table.Intern(w);
        var foldedIds = table.Fold();
        for (int id = 0; id < table.Count; id++)
        {
            var r = table.First(id);
            Assert.Equal(Words.Fold(first.Substring(r.Start, r.Length)), table.FoldedString(foldedIds[id]));
        }
        Assert.Equal(new[] { "école", "it's" }, Enumerable.Range(0, table.FoldedCount).Select(table.FoldedString));

        const string second = "Delhi";
        table.Reset(second, 1);
        table.Intern(new TextRange(0, 5));
        table.Fold();
        Assert.Equal(1, table.FoldedCount);
        Assert.Equal("delhi", table.FoldedString(0));
    }

    [Fact]
    public void Many_distinct_words_survive_growth()
    {
        var text = string.Join(" ", Enumerable.Range(0, 5000).Select(i => "w" + i));
        var words = Readable.WordRanges(text);
        var table = new WordTable(text, 4);
        var ids = words.Select(table.Intern).ToArray();
        Assert.Equal(Enumerable.Range(0, 5000), ids);
        Assert.Equal(ids, words.Select(table.Intern));
    }
}

public class WordTableEdgeTests
{
    [Fact]
    public void Words_whose_hashes_collide_stay_apart_as_spellings_and_as_folded_forms()
    {
        // "declinate" and "macallums" have one FNV-1a hash: only their text tells them apart.
        const string text = "declinate macallums DECLINATE macallums";
        var words = Readable.WordRanges(text);
        var table = new WordTable(text, 4);
        Assert.Equal(new[] { 0, 1, 2, 1 }, words.Select(table.Intern));
        var folded = table.Fold();
        Assert.Equal(new[] { 0, 1, 0 }, folded.Take(table.Count));
        Assert.Equal(new[] { "declinate", "macallums" }, Enumerable.Range(0, table.FoldedCount).Select(table.FoldedString));
        Assert.Same(table.FoldedString(1), table.FoldedString(1)); // made once
    }

    [Fact]
    public void A_table_is_sized_for_its_document_and_grows_past_half_full()
    {
        Assert.Equal(16, new WordTable("", 16).Capacity);
        Assert.Equal(32, new WordTable("", 17).Capacity);
        var text = string.Join(" ", Enumerable.Range(0, 9).Select(i => "w" + i));
        var words = Readable.WordRanges(text);
        var table = new WordTable(text, 1);
        foreach (var w in words.Take(8)) table.Intern(w);
        Assert.Equal(16, table.Capacity); // 8 of 16 slots: half full
        table.Intern(words[8]);
        Assert.Equal(32, table.Capacity);
    }

    [Fact]
    public void A_word_longer_than_the_folding_buffer_is_folded_whole()
    {
        string text = "Short " + new string('X', 1000) + " " + new string('Y', 700);
        var words = Readable.WordRanges(text);
        var table = new WordTable(text, 3);
        foreach (var w in words) table.Intern(w);
        table.Fold();
        Assert.Equal(new[] { "short", new string('x', 1000), new string('y', 700) }, Enumerable.Range(0, table.FoldedCount).Select(table.FoldedString));
    }

    [Fact]
    public void A_cancelled_fold_throws()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var table = new WordTable("a", 1);
        table.Intern(new TextRange(0, 1));
        Assert.Throws<System.OperationCanceledException>(() => table.Fold(cancelled.Token));
    }

    [Fact]
    public void A_word_map_refuses_a_duplicate_key_and_holds_an_empty_one()
    {
        var e = Assert.Throws<System.ArgumentException>(() => WordMap.Of(new[] { "a", "b", "a" }));
        Assert.Contains("Duplicate key a", e.Message);
        var map = WordMap.Of(new[] { "", "x" });
        Assert.True(map.TryGet("", out bool found) && found);
        Assert.True(map.TryGet("x", out found) && found);
        Assert.False(map.TryGet("y", out _));
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

public class ReaderScratchRetentionTests
{
    [Fact]
    public void A_returned_scratch_is_rented_again_emptied_and_a_second_rent_gets_its_own()
    {
        var a = ReaderScratch.Rent();
        var b = ReaderScratch.Rent(); // nothing free on this thread: a new one
        Assert.NotSame(a, b);
        a.Words.Add(new TextRange(0, 1));
        a.WordSentence.Add(1);
        a.LineWords.Add(new TextRange(0, 1));
        a.Lines.Add(new Line(0, 1));
        a.Paragraphs.Add(new TextRange(0, 1));
        a.Sentences.Add(new TextRange(0, 1));
        a.Quotes.Add(new TextRange(0, 1));
        a.Numbers.Add(default);
        a.Phrases.Add(1, 0);
        a.Table.Reset("ab", 4);
        a.Table.Intern(new TextRange(0, 2));

        ReaderScratch.Return(a);
        Assert.Empty(a.Lines); // the last document's lines are not kept alive
        Assert.Equal(0, a.Table.Count);
        var again = ReaderScratch.Rent();
        Assert.Same(a, again);
        Assert.Empty(again.Words);
        Assert.Empty(again.WordSentence);
        Assert.Empty(again.LineWords);
        Assert.Empty(again.Paragraphs);
        Assert.Empty(again.Sentences);
        Assert.Empty(again.Quotes);
        Assert.Empty(again.Numbers);
        Assert.Equal(0, again.Phrases.Count);
        ReaderScratch.Return(again);
        ReaderScratch.Return(b);
    }

    // Whether a scratch grown by `grow` is kept for the next read on this thread.
    private static bool Kept(System.Action<ReaderScratch> grow)
    {
        var scratch = ReaderScratch.Rent();
        grow(scratch);
        ReaderScratch.Return(scratch);
        var next = ReaderScratch.Rent();
        ReaderScratch.Return(ReaderScratch.Rent()); // leave a small one free for the tests after
        return ReferenceEquals(scratch, next);
    }

    [Fact]
    public void A_scratch_is_kept_up_to_each_limit_and_let_go_past_it()
    {
        const int max = ReaderScratch.MaxRetained;
        Assert.True(Kept(s => s.Words.Capacity = max));
        Assert.False(Kept(s => s.Words.Capacity = max + 1));
        Assert.True(Kept(s => s.Table.Reset("", 2 * max)));      // slots: the next power of two, 2 * max
        Assert.False(Kept(s => s.Table.Reset("", 2 * max + 1))); // 4 * max
        Assert.True(Kept(s => { for (int i = 0; i < max; i++) s.Phrases.Add(i, i); }));      // 2 * max slots
        Assert.False(Kept(s => { for (int i = 0; i <= max; i++) s.Phrases.Add(i, i); }));    // one more doubles them
        Assert.True(Kept(s => s.RankBuffers(max)));
        Assert.False(Kept(s => s.RankBuffers(max + 1)));
        Assert.True(Kept(s => { for (int i = 0; i < max / 16; i++) s.LinePool.Add(new Line(0, 0)); }));
        Assert.False(Kept(s => { for (int i = 0; i <= max / 16; i++) s.LinePool.Add(new Line(0, 0)); }));
    }

    [Fact]
    public void Buffers_are_reused_cleared_as_far_as_asked_and_grow_at_least_twofold()
    {
        var s = new ReaderScratch();
        var ints = s.Ints(0, 64);
        Assert.Equal(64, ints.Length);
        ints[0] = 5;
        ints[63] = 7;
        Assert.Same(ints, s.Ints(0, 64));
        Assert.Equal(0, ints[0] + ints[63]);
        ints[10] = 3;
        s.Ints(0, 10);
        Assert.Equal(3, ints[10]); // only the first `length` are cleared
        Assert.NotSame(ints, s.Ints(1, 64));
        Assert.Equal(128, s.Ints(0, 65).Length);
        Assert.Equal(1000, s.Ints(0, 1000).Length);

        var flags = s.Flags(64);
        Assert.Equal(64, flags.Length);
        flags[0] = flags[63] = true;
        Assert.Same(flags, s.Flags(64));
        Assert.False(flags[0] || flags[63]);
        Assert.Equal(128, s.Flags(65).Length);
        Assert.Equal(1000, s.Flags(1000).Length);

        var (keys, items) = s.RankBuffers(64);
        Assert.Equal((64, 64), (keys.Length, items.Length));
        Assert.Same(keys, s.RankBuffers(64).Keys);
        var (moreKeys, moreItems) = s.RankBuffers(65);
        Assert.Equal((128, 128), (moreKeys.Length, moreItems.Length));
        Assert.Equal(1000, s.RankBuffers(1000).Keys.Length);
    }
}

public class PhraseTableTests
{
    // The table's own view of its entries, in entry order: (key, count, first occurrence).
    private static (long Key, int Count, int First)[] Entries(PhraseTable table) =>
        Enumerable.Range(0, table.Count).Select(e => (table.Key(e), table.CountOf(e), table.First(e))).ToArray();

    // What a dictionary says the same adds give, in order of first occurrence.
    private static (long Key, int Count, int First)[] Expected(IReadOnlyList<long> keys)
    {
        var order = new List<long>();
        var seen = new Dictionary<long, (int Count, int First)>();
        for (int i = 0; i < keys.Count; i++)
        {
            if (seen.TryGetValue(keys[i], out var p)) seen[keys[i]] = (p.Count + 1, p.First);
            else { seen[keys[i]] = (1, i); order.Add(keys[i]); }
        }
        return order.Select(k => (k, seen[k].Count, seen[k].First)).ToArray();
    }

    [Fact]
    public void Counts_each_phrase_keeps_its_first_occurrence_and_entry_order_and_survives_growth_and_reuse()
    {
        // Word pairs that repeat unevenly (squares mod 1009: 505 distinct pairs, seen 3 to 6 times each), so the
        // table grows several times with phrases already counted and probes past collisions in every size.
        var keys = Enumerable.Range(0, 3000).Select(i => { long j = (long)i * i % 1009; return (j << 32) | (uint)(j % 7); }).ToArray();
        var table = new PhraseTable();
        for (int round = 0; round < 2; round++) // the second round reuses the grown table
        {
            table.Clear();
            for (int i = 0; i < keys.Length; i++) table.Add(keys[i], i);
            var expected = Expected(keys);
            Assert.Equal(505, expected.Length);
            Assert.Contains(expected, e => e.Count > 2);
            Assert.Equal(expected, Entries(table));
        }
    }

    [Fact]
    public void A_table_grows_only_past_half_full_and_the_phrase_of_word_zero_twice_is_counted_like_any_other()
    {
        var table = new PhraseTable();
        Assert.Equal(64, table.Capacity);
        // 32 phrases fill half of 64 slots: no growth yet; the 33rd grows it to 128.
        for (int i = 1; i <= 32; i++) table.Add(i, i);
        Assert.Equal(64, table.Capacity);
        table.Add(33, 33);
        Assert.Equal(128, table.Capacity);
        // Key 0 (word 0 followed by word 0) right after a growth, then again: one entry, counted twice.
        table.Add(0, 34);
        table.Add(0, 35);
        table.Add(1, 36);
        var expected = Enumerable.Range(1, 33).Select(i => ((long)i, i == 1 ? 2 : 1, i)).Append((0L, 2, 34)).ToArray();
        Assert.Equal(expected, Entries(table));

        // A cleared table keeps its slots and forgets its phrases, however many it had.
        table.Clear();
        Assert.Equal(128, table.Capacity);
        Assert.Equal(0, table.Count);
        table.Add(5, 0);
        Assert.Equal(new[] { (5L, 1, 0) }, Entries(table));
    }
}

using System;
using System.Linq;
using SeedGen.Corpus;
using SeedGen.Naming;

namespace SeedGen.Tests.Corpus;

/// <summary>
/// The related-documents rules on signatures made by hand, so that two documents agree in exactly
/// as many of the 128 positions as a case needs: related from an estimated similarity of 0.1,
/// near-duplicates from 0.9, the five best kept, best first and ties by id.
/// </summary>
public class RelatedRuleTests
{
    /// <summary>The base signature: 128 distinct values.</summary>
    private static ulong[] Base() => Enumerable.Range(1, MinHash.Size).Select(i => (ulong)i).ToArray();

    /// <summary>A signature agreeing with <see cref="Base"/> in its first <paramref name="agreeing"/> positions only (so in a band of two, a candidate).</summary>
    private static ulong[] Agreeing(int agreeing, int variant) =>
        Base().Select((v, i) => i < agreeing ? v : v + 1000UL * (ulong)(variant + 1)).ToArray();

    private static SeedSignature Sig(string id, ulong[] values) => new("/p/seeds/" + id + ".txt", id, "seeds/" + id + ".txt", new EquatableArray<ulong>(values));

    private static RelatedTable Find(params SeedSignature[] signatures) =>
        RelatedFinder.Find(signatures, SeedNaming.Assign(signatures.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds"));

    private static int AtLeast(double similarity) => (int)Math.Ceiling(similarity * MinHash.Size);

    [Fact]
    public void Two_documents_are_related_from_an_estimated_similarity_of_one_tenth()
    {
        Assert.Equal(13, AtLeast(0.1));
        var at = Find(Sig("a", Base()), Sig("b", Agreeing(13, 0)));
        Assert.Equal(new[] { "a:b:13:1", "b:a:13:0" }, at.Entries.Select(e => $"{e.Id}:{e.Related.Single().Id}:{e.Related.Single().Agreement}:{e.Related.Single().Ordinal}"));
        Assert.Equal(13 / 128.0, at.Entries[0].Related[0].Score);

        var below = Find(Sig("a", Base()), Sig("b", Agreeing(12, 0)));
        Assert.Empty(below.Entries);
        Assert.Empty(below.NearDuplicates);
    }

    [Fact]
    public void A_near_duplicate_is_from_an_estimated_similarity_of_nine_tenths_and_names_the_earlier_path()
    {
        Assert.Equal(116, AtLeast(0.9));
        var at = Find(Sig("b", Agreeing(116, 0)), Sig("a", Base()));
        var near = Assert.Single(at.NearDuplicates);
        Assert.Equal(new NearDuplicate("seeds/b.txt", "seeds/a.txt", 116), near);
        Assert.Equal("seeds/b.txt\tseeds/a.txt\t116\n", at.NearDuplicateLines());

        var below = Find(Sig("b", Agreeing(115, 0)), Sig("a", Base()));
        Assert.Empty(below.NearDuplicates);
        Assert.Equal(2, below.Entries.Count); // still related
        Assert.Equal("", below.NearDuplicateLines());
    }

    [Fact]
    public void A_later_copy_of_several_names_the_earliest_path()
    {
        var table = Find(Sig("c", Base()), Sig("b", Base()), Sig("a", Base()));
        Assert.Equal(new[] { "seeds/b.txt<seeds/a.txt", "seeds/c.txt<seeds/a.txt" }, table.NearDuplicates.Select(n => n.Path + "<" + n.Other));
        Assert.All(table.NearDuplicates, n => Assert.Equal(MinHash.Size, n.Agreement));
    }

    [Fact]
    public void The_five_best_are_kept_best_first_and_ties_by_id()
    {
        // "a" agrees with each of the others in a number of positions; they agree with each other in fewer.
        var others = new[] { ("g", 14), ("f", 60), ("e", 40), ("d", 40), ("c", 20), ("b", 13), ("h", 90) };
        var table = Find(others.Select((o, i) => Sig(o.Item1, Agreeing(o.Item2, i))).Append(Sig("a", Base())).ToArray());
        var a = table.Entries.Single(e => e.Id == "a");
        Assert.Equal(new[] { "h:90", "f:60", "d:40", "e:40", "c:20" }, a.Related.Select(r => r.Id + ":" + r.Agreement));
        Assert.Equal(0, a.Ordinal);
        // Ordinals are positions in id order: a, b, c, …
        Assert.Equal(new[] { 7, 5, 3, 4, 2 }, a.Related.Select(r => r.Ordinal));
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f", "g", "h" }, table.Entries.Select(e => e.Id));
    }

    [Fact]
    public void A_signature_of_another_length_and_a_seed_that_is_not_generated_have_no_relations()
    {
        var shortSig = Sig("short", Base().Take(64).ToArray());
        var table = Find(Sig("a", Base()), Sig("b", Base()), shortSig);
        Assert.Equal(new[] { "a", "b" }, table.Entries.Select(e => e.Id));

        // Two seeds with one class name (a-b and a_b) are not generated (SEED012): they relate to nothing.
        var sigs = new[] { Sig("a-b", Base()), Sig("a_b", Base()), Sig("c", Base()) };
        var clashing = RelatedFinder.Find(sigs, SeedNaming.Assign(sigs.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds"));
        Assert.Empty(clashing.Entries);
    }

    [Fact]
    public void A_band_shared_by_more_than_256_documents_makes_no_candidates()
    {
        // 258 documents that agree in the first band only and nowhere else: that bucket is skipped.
        var sigs = Enumerable.Range(0, RelatedFinder.MaxBucket + 2)
            .Select(d => Sig("d" + d.ToString("D3"), Base().Select((v, i) => i < 2 ? v : v + 1000UL * (ulong)(d + 1)).ToArray())).ToArray();
        RelatedFinder.Find(sigs, SeedNaming.Assign(sigs.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds"), out int comparisons);
        Assert.Equal(0, comparisons);
        // 256 of them are one bucket: every pair is compared once.
        var fewer = sigs.Take(RelatedFinder.MaxBucket).ToArray();
        RelatedFinder.Find(fewer, SeedNaming.Assign(fewer.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds"), out comparisons);
        Assert.Equal(256 * 255 / 2, comparisons);
    }

    [Fact]
    public void A_pair_meeting_in_several_bands_is_compared_once()
    {
        RelatedFinder.Find(new[] { Sig("a", Base()), Sig("b", Base()) }, SeedNaming.Assign(new[] { new NameRequest("/p/seeds/a.txt", "a", "seeds/a.txt", null), new NameRequest("/p/seeds/b.txt", "b", "seeds/b.txt", null) }, "Seeds"), out int comparisons);
        Assert.Equal(1, comparisons);
    }

    [Fact]
    public void Agreeing_in_any_one_band_makes_two_documents_candidates()
    {
        Assert.Equal(2, RelatedFinder.Rows);
        for (int band = 0; band < RelatedFinder.Bands; band++)
        {
            // Both positions of this band agree; 11 more positions agree alone (the first row of other bands), so no other band matches.
            var other = Base().Select(v => v + 1000UL).ToArray();
            other[band * 2] = Base()[band * 2];
            other[band * 2 + 1] = Base()[band * 2 + 1];
            for (int k = 0, b = 0; k < 11; b++)
                if (b != band) { other[b * 2] = Base()[b * 2]; k++; }
            var table = Find(Sig("a", Base()), Sig("b", other));
            Assert.Equal(13, Assert.Single(table.Entries[0].Related).Agreement);
        }
    }

    [Fact]
    public void A_single_word_fills_every_position_with_its_value_and_two_words_fill_them_with_theirs()
    {
        var one = MinHash.OfWords(new[] { "समाचार" });
        Assert.Equal(MinHash.Size, one.Count);
        Assert.Single(one.Distinct());
        Assert.True(one[0] < 1UL << 57);
        Assert.Equal(MinHash.Size, MinHash.Agreement(one, MinHash.OfWords(new[] { "समाचार", "समाचार" })));

        var two = MinHash.OfWords(new[] { "समाचार", "मंत्रालय" });
        var values = two.Distinct().ToList();
        Assert.Equal(2, values.Count);
        Assert.Contains(one[0], values);
        Assert.Equal(0, MinHash.Agreement(one, MinHash.OfWords(new[] { "मंत्रालय" })));
    }
}

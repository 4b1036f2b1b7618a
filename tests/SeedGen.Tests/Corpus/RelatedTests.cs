using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Corpus;
using SeedGen.Naming;
using SeedGen.Reading;
using SeedGen.Wiring;
using System.Collections.Generic;

namespace SeedGen.Tests.Corpus;

/// <summary>Related documents and near-duplicates, from MinHash signatures with LSH banding.</summary>
public class RelatedTests : IClassFixture<SkipReasons>
{
    private readonly SkipReasons _skip;

    public RelatedTests(SkipReasons skip) => _skip = skip;

    private const string Paragraph = "The committee approved the new railway line between the two coastal cities after a long debate about costs, land and the environment. Work will begin next spring and finish within four years, officials said.";

    private const string Second = "Engineers surveyed forty bridges, seven tunnels and several marshes along the proposed route. Farmers demanded fair compensation; ministers promised hearings in every affected village before construction starts. Critics questioned ridership forecasts, ticket prices, freight capacity and maintenance budgets.";

    [Fact]
    public void The_two_reference_seeds_list_each_other()
    {
        string output = GeneratorHarness.WithTwoSeeds().Probe("""
            var a = Seeds._000_29994c0a40c8d7d7.Document.Related;
            var b = Seeds.Related("001_d4a7fedfcebcdffb");
            return a.Count + ":" + a[0].Id + ":" + a[0].Score.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + b.Count + ":" + b[0].Id + ":" + (a[0].Score == b[0].Score) + ":" + a[0].Document.Id;
            """);
        // Estimated Jaccard similarity of their content words: 28 of 128 signature positions agree
        // (the exact similarity is 40 shared words of 181: 0.221).
        Assert.Equal("1:001_d4a7fedfcebcdffb:0.21875|1:000_29994c0a40c8d7d7:True:001_d4a7fedfcebcdffb", output);
    }

    [Fact]
    public void A_hand_made_near_duplicate_is_related_and_reported_as_SEED014()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/original.txt", "Railway line approved\n\n" + Paragraph + "\n\n" + Second);
        h.AddSeed("seeds/reposted.txt", "Railway line approved\n\n" + Paragraph.Replace("next spring", "next summer") + "\n\n" + Second);
        h.AddSeed("seeds/unrelated.txt", "Monsoon arrives early\n\nHeavy rain lashed the northern districts on Tuesday, flooding low-lying roads and delaying flights at the airport.");
        Assert.Equal("reposted:1|original:1|unrelated:0", h.Probe("""
            return string.Join("|", new[] { "original", "reposted", "unrelated" }.Select(id => { var r = Seeds.Related(id); return (r.Count > 0 ? r[0].Id : id) + ":" + r.Count; }));
            """));
        var score = double.Parse(h.Probe("return Seeds.Related(\"original\")[0].Score.ToString(System.Globalization.CultureInfo.InvariantCulture);"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(score, 0.9, 1.0);
        var diagnostics = h.Analyze().Where(d => d.Id == "SEED014").Select(GeneratorHarness.Describe).ToArray();
        var single = Assert.Single(diagnostics);
        Assert.StartsWith(GeneratorHarness.ProjectDir + "/seeds/reposted.txt(1,1)-(1,1): info SEED014: Seed file 'seeds/reposted.txt' has nearly the same content as 'seeds/original.txt' (estimated similarity 0.", single);
    }

    [SkippableFact]
    public void A_translated_release_is_not_related_to_its_original()
    {
        _skip.UnlessCorpus();
        var h = new GeneratorHarness();
        h.AddSeed("seeds/en.txt", File.ReadAllText(Path.Combine(Repo.Corpus!, "multilingual", "en_0001.txt")));
        h.AddSeed("seeds/ur.txt", File.ReadAllText(Path.Combine(Repo.Corpus!, "multilingual", "ur_0001.txt")));
        h.AddSeed("seeds/bn.txt", File.ReadAllText(Path.Combine(Repo.Corpus!, "multilingual", "bn_0001.txt")));
        Assert.Equal("0:0:0", h.Probe("return Seeds.Related(\"en\").Count + \":\" + Seeds.Related(\"ur\").Count + \":\" + Seeds.Related(\"bn\").Count;"));
    }

    [SkippableFact]
    public void On_the_real_corpus_the_reposted_cabinet_release_is_a_near_duplicate_and_comparisons_stay_few()
    {
        _skip.UnlessCorpus();
        var files = Directory.GetFiles(Path.Combine(Repo.Corpus!, "hindi-news"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var signatures = files.Select(f =>
        {
            string id = Path.GetFileNameWithoutExtension(f);
            return Signature(id, SeedText.Decode(File.ReadAllBytes(f), out _));
        }).ToList();
        var names = SeedNaming.Assign(signatures.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds");
        var table = RelatedFinder.Find(signatures, names);
        // 0093 and 0094 are the same Cabinet decision posted twice with different spacing.
        var entry = table.Entries.Single(e => e.Id == "0093");
        Assert.Equal("0094", entry.Related[0].Id);
        Assert.True(entry.Related[0].Score >= 0.9);
        Assert.Contains(table.NearDuplicates, n => n.Path == "seeds/0094.txt" && n.Other == "seeds/0093.txt");
        Assert.All(table.Entries, e => Assert.InRange(e.Related.Count, 1, RelatedFinder.MaxRelated));
        Assert.All(table.Entries, e => Assert.True(e.Related.Select(x => x.Agreement).SequenceEqual(e.Related.Select(x => x.Agreement).OrderByDescending(x => x))));
    }

    /// <summary>A seed's signature exactly as the generator computes it.</summary>
    private static SeedSignature Signature(string id, string text)
    {
        var model = SeedGen.Model.SeedModelFactory.Create("/p/seeds/" + id + ".txt", id, "seeds/" + id + ".txt", null, null, text, long.MaxValue, default);
        return new SeedSignature(model.Key, model.Id, model.Path, model.Signature);
    }

    [Fact]
    public void Related_lists_do_not_depend_on_input_order()
    {
        var sigs = Enumerable.Range(0, 40)
            .Select(i => Signature("d" + i, Paragraph.Replace("four", "w" + (i % 8)).Replace("spring", "s" + (i % 5)))).ToList();
        var names = SeedNaming.Assign(sigs.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds");
        var forward = RelatedFinder.Find(sigs, names);
        var backward = RelatedFinder.Find(Enumerable.Reverse(sigs), names);
        Assert.Equal(forward, backward);
        Assert.All(forward.Entries, e => Assert.Equal(RelatedFinder.MaxRelated, e.Related.Count));
    }

    [Fact]
    public void Editing_one_seed_reruns_its_steps_and_the_related_step_only()
    {
        var h = new GeneratorHarness();
        for (int i = 0; i < 5; i++) h.AddSeed($"seeds/doc{i}.txt", $"Headline {i}\n\n{Paragraph} Number {i}.");
        var compilation = h.CreateCompilation();
        var driver = h.CreateDriver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        driver = driver.ReplaceAdditionalText(h.Files[3], new MemoryAdditionalText(h.Files[3].Path, "Completely different\n\nMonsoon rain floods the northern districts.")).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        var placed = result.TrackedSteps[Steps.FilesWithOptions].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, placed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, placed.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(result.TrackedSteps[Steps.Related].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        // Only the edited seed's file and the related lists change; no other document's file.
        var changed = after.Keys.Where(k => before[k] != after[k]).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Seeds.Related.g.cs", "Seeds.doc3.g.cs" }, changed);
    }
}

public class RelatedScaleTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public RelatedScaleTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    [Fact]
    public void Ten_thousand_documents_need_far_fewer_than_fifty_million_comparisons()
    {
        // 10,000 documents of 60 words each from a 20,000-word vocabulary with a Zipf-like skew,
        // plus 500 near-copies: like a news corpus, most pairs share a few common words.
        var rng = new Random(42);
        string Word() => "w" + (int)Math.Pow(20_000, rng.NextDouble());
        var sets = Enumerable.Range(0, 10_000).Select(_ => Enumerable.Range(0, 60).Select(_ => Word()).ToList()).ToList();
        for (int i = 0; i < 500; i++)
        {
            var copy = sets[i].ToList();
            copy[0] = "edited" + i;
            sets.Add(copy);
        }
        var signatures = sets.Select((words, i) => new SeedSignature("/p/seeds/d" + i + ".txt", "d" + i, "seeds/d" + i + ".txt", MinHash.OfWords(words))).ToList();
        var names = SeedNaming.Assign(signatures.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds");
        var table = RelatedFinder.Find(signatures, names, out int comparisons);
        _output.WriteLine($"{comparisons} comparisons");
        // All pairs would be 55 million; this skewed vocabulary makes many true candidates (about 4.4 million).
        Assert.True(comparisons < 10_000_000, $"{comparisons} comparisons");
        // Every near-copy is found.
        Assert.Equal(500, table.NearDuplicates.Count);
    }
}

public class NearDuplicateListTests
{
    [Fact]
    public void Fifty_copies_of_one_document_make_one_line_each_naming_the_first_not_a_line_per_pair()
    {
        // 1,225 near-duplicate pairs; SEED014 reports each later copy once, naming the earliest.
        var words = Enumerable.Range(0, 200).Select(i => "word" + i).ToList();
        var signatures = Enumerable.Range(0, 50).Select(i => new SeedSignature($"/p/seeds/d{i:D2}.txt", $"d{i:D2}", $"seeds/d{i:D2}.txt",
            MinHash.OfWords(words.Concat(new[] { "copy" + i })))).ToList();
        var names = SeedNaming.Assign(signatures.Select(s => new NameRequest(s.Key, s.Id, s.Path, null)), "Seeds");
        var table = RelatedFinder.Find(signatures, names);
        Assert.Equal(49, table.NearDuplicates.Count);
        Assert.Equal(Enumerable.Range(1, 49).Select(i => $"seeds/d{i:D2}.txt"), table.NearDuplicates.Select(n => n.Path));
        Assert.All(table.NearDuplicates, n => Assert.Equal("seeds/d00.txt", n.Other));
        Assert.Equal(49, table.NearDuplicateLines().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}

public class AgreementTests
{
    [Fact]
    public void Agreement_counts_equal_positions_as_a_plain_loop_does()
    {
        var rng = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var a = new ulong[MinHash.Size];
            var b = new ulong[MinHash.Size];
            int expected = 0;
            for (int i = 0; i < MinHash.Size; i++)
            {
                a[i] = (ulong)rng.NextInt64();
                // Equal in a random share of positions, from none to all; unequal ones differ in one bit only sometimes.
                b[i] = rng.Next(MinHash.Size) < round % (MinHash.Size + 1) ? a[i] : a[i] ^ (1UL << rng.Next(64));
                if (a[i] == b[i]) expected++;
            }
            Assert.Equal(expected, MinHash.Agreement(new EquatableArray<ulong>(a), new EquatableArray<ulong>(b)));
        }
        Assert.Equal(0, MinHash.Agreement(EquatableArray<ulong>.Empty, new EquatableArray<ulong>(new ulong[MinHash.Size])));
        Assert.Equal(MinHash.Size, MinHash.Agreement(new EquatableArray<ulong>(new ulong[MinHash.Size]), new EquatableArray<ulong>(new ulong[MinHash.Size])));
    }
}

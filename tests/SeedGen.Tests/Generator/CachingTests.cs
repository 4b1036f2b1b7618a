using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Wiring;

namespace SeedGen.Tests.Generator;

/// <summary>
/// The pipeline is incremental by construction: IncrementalStepRunReason after edits proves that
/// a code edit re-runs nothing of ours and a seed edit re-runs only that seed.
/// </summary>
public class CachingTests
{
    private static readonly string[] PerSeedSteps = { Steps.Read, Steps.Documents, Steps.NameRequests, Steps.Placed, Steps.FilesWithOptions };

    private static GeneratorHarness Harness(int seeds)
    {
        var h = new GeneratorHarness();
        h.Sources.Add("namespace Demo { public static class Code { public static int X = 1; } }");
        for (int i = 0; i < seeds; i++)
            h.AddSeed($"seeds/doc{i:D2}.txt", $"Headline {i}\n\nदोनों नेताओं ने चर्चा की। Paragraph {i} has words.\n");
        return h;
    }

    private static IEnumerable<IncrementalGeneratorRunStep> Steps_(GeneratorDriver driver, string name) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(name, out var steps) ? steps : Enumerable.Empty<IncrementalGeneratorRunStep>();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string name) =>
        Steps_(driver, name).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void A_code_edit_leaves_every_SeedGen_step_cached_or_unchanged()
    {
        var h = Harness(5);
        var compilation = h.CreateCompilation();
        var driver = h.CreateDriver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace Demo { public static class Code { public static int X = 2; } }", h.ParseOptions));
        driver = driver.RunGenerators(edited);

        foreach (var step in PerSeedSteps.Concat(new[] { Steps.Settings, Steps.Names, Steps.EmitOptions, Steps.ReferenceFeatures, Steps.LanguageFeatures,
            Steps.Features, Steps.FileOptions, Steps.AllNameRequests, Steps.Signatures, Steps.AllSignatures, Steps.Related }))
        {
            var reasons = Reasons(driver, step).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }
        // The compilation changed, so the reference probe ran, but its value did not.
        Assert.All(Reasons(driver, Steps.ReferenceFeatures), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void Editing_one_seed_reruns_only_that_seed_and_changes_its_output()
    {
        var h = Harness(5);
        var compilation = h.CreateCompilation();
        var driver = h.CreateDriver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Seeds.doc02.g.cs").SourceText.ToString();

        var old = h.Files[2];
        var replacement = new MemoryAdditionalText(old.Path, "Headline 2 edited\n\nA new paragraph.\n");
        driver = driver.ReplaceAdditionalText(old, replacement).RunGenerators(compilation);

        var read = Steps_(driver, Steps.Read).ToList();
        Assert.Equal(5, read.Count);
        Assert.Equal(1, read.Count(s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)));
        Assert.Equal(4, read.Count(s => s.Outputs.All(o => o.Reason == IncrementalStepRunReason.Cached)));

        // Names depend on ids only: a content edit leaves them alone, and so the catalog.
        Assert.All(Reasons(driver, Steps.NameRequests), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(driver, Steps.Names), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var placed = Reasons(driver, Steps.FilesWithOptions).ToList();
        Assert.Equal(1, placed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, placed.Count(r => r == IncrementalStepRunReason.Cached));

        var after = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Seeds.doc02.g.cs").SourceText.ToString();
        Assert.NotEqual(before, after);
        Assert.Contains("Headline 2 edited", after);
    }

    [Fact]
    public void Adding_a_seed_touches_only_that_seed_and_the_catalog()
    {
        var h = Harness(4);
        var compilation = h.CreateCompilation();
        var driver = h.CreateDriver().RunGenerators(compilation);

        driver = driver.AddAdditionalTexts(new[] { (AdditionalText)new MemoryAdditionalText(GeneratorHarness.ProjectDir + "/seeds/doc99.txt", "New one.\n") }.ToImmutableArray())
            .RunGenerators(compilation);

        var read = Steps_(driver, Steps.Read).ToList();
        Assert.Equal(5, read.Count);
        Assert.Equal(1, read.Count(s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.New)));
        Assert.Equal(4, read.Count(s => s.Outputs.All(o => o.Reason == IncrementalStepRunReason.Cached)));
        Assert.All(Reasons(driver, Steps.Names), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        // The other documents are looked up again in the new table, but their placement is the same.
        var placed = Reasons(driver, Steps.Placed).ToList();
        Assert.Equal(1, placed.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(4, placed.Count(r => r == IncrementalStepRunReason.Unchanged));
        var sources = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("Seeds.doc99.g.cs", sources);
        Assert.Contains("public const int Count = 5;", driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Seeds.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Removing_a_seed_removes_its_source_and_reads_no_other_seed_again()
    {
        var h = Harness(4);
        var compilation = h.CreateCompilation();
        var driver = h.CreateDriver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        driver = driver.RemoveAdditionalTexts(new[] { h.Files[1] }.ToImmutableArray()).RunGenerators(compilation);

        var read = Steps_(driver, Steps.Read).ToList();
        Assert.Equal(3, read.Count(s => s.Outputs.All(o => o.Reason == IncrementalStepRunReason.Cached)));
        var sources = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.DoesNotContain("Seeds.doc01.g.cs", sources);
        Assert.Contains("Seeds.doc00.g.cs", sources);
        // The seeds before it in hint-name order keep their place and are not emitted again; those after it
        // move up one place (the order of the generated trees is fixed) and are emitted again, unchanged.
        var placed = Reasons(driver, Steps.FilesWithOptions).ToList();
        Assert.Equal(IncrementalStepRunReason.Cached, placed[0]);
        foreach (var s in driver.GetRunResult().Results.Single().GeneratedSources.Where(s => s.HintName.StartsWith("Seeds.doc", System.StringComparison.Ordinal)))
            Assert.Equal(before[s.HintName], s.SourceText.ToString());
    }

    // Same content, new object: for every input kind, a replaced input that is equal in value must
    // leave every SeedGen step Cached or Unchanged and the output byte-identical. A model that lost
    // its value equality (a list instead of an EquatableArray, a class instead of a record) shows
    // here as Modified.

    private static GeneratorHarness HarnessWithOptions()
    {
        var h = Harness(3);
        h.Global["build_property.SeedGenClassName"] = "Articles";
        h.Global["build_property.SeedGenNamespace"] = "Demo.Data";
        h.AddSeed("seeds/named.txt", "Named headline\n\nA seed with a SeedName and a language.\n",
            new Dictionary<string, string> { ["SeedName"] = "Chosen", ["SeedLanguage"] = "hi" });
        h.AddSeed("other/listed.txt", "Listed headline\n\nA seed outside seeds/ listed by metadata.\n",
            new Dictionary<string, string> { ["SeedGenSeed"] = "true" });
        return h;
    }

    private static string[] Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();

    /// <summary>Every tracked step's outputs (but those named in <paramref name="byReference"/>) are Cached or Unchanged.</summary>
    private static void AssertNothingRecomputed(GeneratorDriver driver, params string[] byReference)
    {
        var tracked = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.Contains(Steps.Read, tracked.Keys);
        Assert.Contains(Steps.Related, tracked.Keys);
        foreach (var (name, steps) in tracked)
        {
            if (!name.StartsWith("SeedGen.", System.StringComparison.Ordinal) || System.Array.IndexOf(byReference, name) >= 0) continue; // the driver's own input nodes are new objects
            foreach (var output in steps.SelectMany(s => s.Outputs))
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + output.Reason);
        }
    }

    /// <summary>
    /// Runs the generator, replaces an input with <paramref name="replace"/> (given the driver, returning it and the
    /// compilation to run next), runs again and checks that no step recomputed and the output is the same bytes.
    /// </summary>
    private static GeneratorDriver RunReplaced(GeneratorHarness h, System.Func<GeneratorDriver, (GeneratorDriver, Compilation)> replace, params string[] byReference)
    {
        var driver = h.CreateDriver().RunGenerators(h.CreateCompilation());
        var before = Sources(driver);
        var (replaced, compilation) = replace(driver);
        driver = replaced.RunGenerators(compilation);
        AssertNothingRecomputed(driver, byReference);
        Assert.Equal(before, Sources(driver));
        return driver;
    }

    [Fact]
    public void A_seed_replaced_by_one_with_the_same_path_and_text_changes_nothing()
    {
        var h = HarnessWithOptions();
        var driver = RunReplaced(h, d =>
        {
            foreach (var old in h.Files.ToList())
                d = d.ReplaceAdditionalText(old, new MemoryAdditionalText(old.Path, old.GetText()!.ToString()));
            return (d, h.CreateCompilation());
        });
        // Each seed was read again (its AdditionalText is new) and read to an equal model.
        var read = Reasons(driver, Steps.Read).ToList();
        Assert.Equal(h.Files.Count, read.Count);
        Assert.All(read, r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void New_options_with_the_same_global_properties_and_item_metadata_change_nothing()
    {
        var h = HarnessWithOptions();
        var global = new Dictionary<string, string>(h.Global);
        var perFile = h.PerFile.ToDictionary(kv => kv.Key, kv => new Dictionary<string, string>(kv.Value));
        // FileOptions holds the provider itself (a new object, so Modified), and each seed is read
        // again with its metadata: every model read is equal to the one before.
        var driver = RunReplaced(h, d => (d.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(global, perFile)), h.CreateCompilation()), Steps.FileOptions);
        Assert.All(Reasons(driver, Steps.Settings), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(driver, Steps.Read), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_new_compilation_of_the_same_code_and_references_changes_nothing(bool projectDeclaresTheRootClass)
    {
        var h = HarnessWithOptions();
        // The project's own class of the root class's name (SEED020, nothing emitted) is read from the compilation.
        if (projectDeclaresTheRootClass) h.Sources.Add("namespace Demo.Data { public class Articles { } }");
        var driver = RunReplaced(h, d => (d, h.CreateCompilation()));
        Assert.Equal(projectDeclaresTheRootClass, driver.GetRunResult().Diagnostics.Any(d => d.Id == "SEED020"));
        Assert.All(Reasons(driver, Steps.ReferenceFeatures), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(driver, Steps.ConsumerTypes), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void New_parse_options_of_the_same_language_version_change_nothing()
    {
        var h = HarnessWithOptions();
        RunReplaced(h, d => (d.WithUpdatedParseOptions(new CSharpParseOptions(h.LanguageVersion)), h.CreateCompilation()));
    }
}

internal static class ImmutableExtensions
{
    public static System.Collections.Immutable.ImmutableArray<T> ToImmutableArray<T>(this T[] items) => System.Collections.Immutable.ImmutableArray.Create(items);
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Naming;
using SeedGen.Wiring;

namespace SeedGen.Tests.Generator;

/// <summary>
/// More than <see cref="SeedNaming.MaxFilesOfTheirOwn"/> seeds share <see cref="SeedNaming.SharedFileCount"/>
/// source files (each declares the root class once, however many seeds): the code is the same API, an edit
/// re-emits one file, and the seeds of a folder may sit in several files.
/// </summary>
public class SharedFilesTests
{
    private static GeneratorHarness Harness(int count)
    {
        var h = new GeneratorHarness { TextPack = true, TrackSteps = false };
        for (int i = 0; i < count; i++)
            h.AddSeed($"seeds/{(i % 3 == 0 ? "news/" : i % 3 == 1 ? "news/2024/" : "")}doc{i:D4}.txt", Text(i));
        return h;
    }

    [Fact]
    public void A_thousand_seeds_have_a_file_each_and_one_more_share_the_fixed_files()
    {
        var own = Harness(SeedNaming.MaxFilesOfTheirOwn).Run();
        Assert.Equal(SeedNaming.MaxFilesOfTheirOwn + 3, own.GeneratedSources.Count());

        var h = Harness(SeedNaming.MaxFilesOfTheirOwn + 1);
        h.Sources.Add("""
            namespace Demo { public static class Probe { public static string Run() {
                return Seeds.Count + "|" + Seeds.news.doc0000.Document.Lead + "|" + Seeds.news._2024.doc1000.Document.Lead + "|"
                    + Seeds.doc0002.Document.Lead + "|" + System.Text.Encoding.UTF8.GetString(Seeds.news.doc0999.Utf8) + "|" + Seeds.Get("news/2024/doc0001").Id;
            } } }
            """);
        var result = h.Run();
        Assert.Empty(result.Diagnostics);
        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        var shared = hints.Where(n => n.StartsWith("Seeds.Documents", System.StringComparison.Ordinal)).ToList();
        Assert.True(shared.Count > 100 && shared.Count <= SeedNaming.SharedFileCount, shared.Count + " shared files");
        Assert.Equal(shared.Count + 3, hints.Count);
        // One declaration of the root class per file, however many seeds it holds.
        foreach (var (_, text) in result.GeneratedSources.Where(s => s.HintName.StartsWith("Seeds.Documents", System.StringComparison.Ordinal)))
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "static partial class Seeds\\b"));

        var assembly = GeneratorHarness.Load(result.Output, h.Pack());
        var run = (string)assembly.GetType("Demo.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("1001|" + Lead(0) + "|" + Lead(1000) + "|" + Lead(2) + "|" + Text(999) + "|news/2024/doc0001", run);
    }

    private static string Text(int i) => $"Headline {i}\n\nMumbai: Story {i} begins. It ends.\n";

    /// <summary>The lead the reader finds in seed <paramref name="i"/> (what the generated code must return).</summary>
    private static string Lead(int i)
    {
        var r = SeedGen.Model.SeedModelFactory.Create("/p/seeds/x.txt", "x", "seeds/x.txt", null, null, Text(i), long.MaxValue, default).Readouts;
        return r.Lead is { } range ? r.Get(range) : "";
    }

    [Fact]
    public void An_edit_among_shared_files_emits_one_file_again()
    {
        var h = Harness(SeedNaming.MaxFilesOfTheirOwn + 1);
        var compilation = h.CreateCompilation();
        var driver = h.CreateDriver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var old = h.Files[500];
        driver = driver.ReplaceAdditionalText(old, new MemoryAdditionalText(old.Path, "Edited headline\n\nA new story.\n")).RunGenerators(compilation);
        var files = driver.GetRunResult().Results.Single().TrackedSteps[Steps.FilesWithOptions].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(SeedNaming.SharedFileCount, files.Count);
        Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Modified));
        var after = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();
        Assert.Single(changed);
        Assert.Contains("Edited headline", after[changed[0]]);
    }
}

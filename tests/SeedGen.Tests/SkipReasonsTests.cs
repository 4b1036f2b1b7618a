using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using SeedGen.Testing;

namespace SeedGen.Tests;

/// <summary>A skipped test says why on the console of <c>dotnet test</c>, at its default verbosity.</summary>
public class SkipReasonsTests
{
    [Fact]
    public void Every_class_with_tests_that_can_skip_skips_through_SkipReasons()
    {
        var skippable = typeof(SkipReasons).Assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttributes().Any(a => a.GetType().Name is "SkippableFactAttribute" or "SkippableTheoryAttribute")))
            .ToList();
        Assert.NotEmpty(skippable);
        Assert.All(skippable, t => Assert.True(typeof(IClassFixture<SkipReasons>).IsAssignableFrom(t), t.Name + " does not take SkipReasons"));

        // Nothing skips around it (a bare Skip.If is silent below normal verbosity).
        var direct = Directory.GetFiles(Path.Combine(Repo.Root, "tests", "SeedGen.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) is not ("SkipReasons.cs" or "SkipReasonsTests.cs"))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("Skip.If", StringComparison.Ordinal) || text.Contains("SkipException", StringComparison.Ordinal)))
            .Select(Path.GetFileName);
        Assert.Empty(direct);
    }

    [Fact]
    public void Diagnostic_messages_are_on()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "xunit.runner.json")));
        Assert.True(json.RootElement.GetProperty("diagnosticMessages").GetBoolean());
    }

    /// <summary>The real console: <c>dotnet test</c> on this assembly, with the corpus pointed at a folder that does not exist.</summary>
    [Fact]
    [Trait("Category", "EndToEnd")]
    public void Dotnet_test_prints_why_a_corpus_test_skips()
    {
        string missing = Path.Combine(Path.GetTempPath(), "seedgen-no-corpus-" + Guid.NewGuid().ToString("N"));
        string test = "SeedGen.Tests.Corpus.RelatedTests.A_translated_release_is_not_related_to_its_original";
        var result = DotNetCli.Run(AppContext.BaseDirectory, $"test \"{typeof(SkipReasons).Assembly.Location}\" --filter \"FullyQualifiedName={test}\"",
            environment: new Dictionary<string, string> { ["SEEDGEN_CORPUS"] = missing });
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"RelatedTests.A_translated_release_is_not_related_to_its_original skipped: SEEDGEN_CORPUS is '{missing}', which is not a folder", result.Output);
        Assert.Contains($"Skipped {test}", result.Output);
    }
}

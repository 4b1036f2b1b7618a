using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedGen.Tests.Analyzers;

/// <summary>
/// A library with public seeds, and an app that references it (with the SeedGen package for its
/// analyzer, and no seeds of its own): the app's calls are checked against the library's ids, keys
/// and counts, read from the library's metadata.
/// </summary>
public class ReferencedSeedsTests
{
    private static ImmutableArray<Diagnostic> AppDiagnostics(string appCode)
    {
        var lib = GeneratorHarness.WithTwoSeeds();
        lib.Global["build_property.SeedGenVisibility"] = "public";
        lib.Global["build_property.RootNamespace"] = "Lib";
        var libCompilation = lib.Run().Output;
        using var image = new MemoryStream();
        var emitted = libCompilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var app = CSharpCompilation.Create("App",
            new[] { CSharpSyntaxTree.ParseText(appCode, path: "Program.cs") },
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromImage(image.ToArray())),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(app.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string> { ["build_property.RootNamespace"] = "App" }, new()));
        return app.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SeedGen.Diagnostics.SeedUsageAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    [Fact]
    public void An_app_gets_SEED001_002_003_on_its_calls_into_a_librarys_seeds()
    {
        var diagnostics = AppDiagnostics("""
            namespace App
            {
                public static class Use
                {
                    public static object[] All() => new object[]
                    {
                        Lib.Seeds.Get("001_d4a7fedfcebcdffc"),
                        Lib.Seeds.Contains("000_29994c0a40c8d7d7"),
                        Lib.Seeds._001_d4a7fedfcebcdffb.Document.Metadata["Release Id"],
                        Lib.Seeds._000_29994c0a40c8d7d7.Document.Paragraphs[8],
                        Lib.Seeds.Get("001_d4a7fedfcebcdffb").Sentences[14],
                    };
                }
            }
            """);
        Assert.Equal(new[]
        {
            "Program.cs(7,27)-(7,49): error SEED001: Seed '001_d4a7fedfcebcdffc' does not exist. Nearest: '001_d4a7fedfcebcdffb', '000_29994c0a40c8d7d7'",
            "Program.cs(9,63)-(9,75): warning SEED002: Seed '001_d4a7fedfcebcdffb' has no metadata key 'Release Id'. Nearest: 'Release ID', 'Posted On', 'Visitor Counter'",
            "Program.cs(10,65)-(10,66): warning SEED003: Index 8 is out of range: seed '000_29994c0a40c8d7d7' has 8 paragraphs",
        }, diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden).Select(GeneratorHarness.Describe));
    }

    [Fact]
    public void A_class_of_the_same_shape_that_SeedGen_did_not_generate_is_left_alone()
    {
        var diagnostics = AppDiagnostics("""
            namespace App
            {
                public sealed class SeedDocument { }
                public static class Seeds { public const int Count = 0; public static SeedDocument Get(string id) => new SeedDocument(); }
                public static class Use { public static object M() => Seeds.Get("nothing"); }
            }
            """);
        Assert.Empty(diagnostics);
    }
}

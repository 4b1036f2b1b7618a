using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedGen.Tests.Analyzers;

/// <summary>SEED001–SEED004 and SEED016 on the real generated code, with exact ids, severities, messages and spans.</summary>
public class UsageAnalyzerTests
{
    private const string Header = "using System.Linq;\nnamespace Demo\n{\n    public static class Code\n    {\n        public static object Run()\n        {\n";

    /// <summary>"Source0.cs(line,col)-(line,col)" of the first occurrence of <paramref name="snippet"/> in the test source.</summary>
    private static string At(string body, string snippet, int occurrence = 1, string? within = null)
    {
        string source = Header + body;
        int index = -1;
        for (int i = 0; i < occurrence; i++) index = source.IndexOf(within ?? snippet, index + 1, System.StringComparison.Ordinal);
        Assert.True(index >= 0, snippet);
        if (within is not null) index += within.IndexOf(snippet, System.StringComparison.Ordinal);
        (int Line, int Col) Pos(int at)
        {
            int line = source.Take(at).Count(c => c == '\n') + 1;
            int col = at - source.LastIndexOf('\n', System.Math.Max(at - 1, 0)) ;
            return (line, col);
        }
        var (l1, c1) = Pos(index);
        var (l2, c2) = Pos(index + snippet.Length);
        return $"Source0.cs({l1},{c1})-({l2},{c2})";
    }

    private static string[] Diagnostics(string body, GeneratorHarness? h = null, bool includeHidden = false)
    {
        h ??= GeneratorHarness.WithTwoSeeds();
        h.Sources.Add(Header + body + "\n        }\n    }\n}\n");
        return h.Analyze().Where(d => includeHidden || d.Severity != DiagnosticSeverity.Hidden).Select(GeneratorHarness.Describe).ToArray();
    }

    [Fact]
    public void SEED001_fires_for_a_literal_id_that_names_no_seed()
    {
        const string body = "return Seeds.Get(\"000_29994c0a40c8d7d8\");";
        Assert.Equal("Source0.cs(8,18)-(8,40)", At(body, "\"000_29994c0a40c8d7d8\""));
        Assert.Equal(
            new[] { "Source0.cs(8,18)-(8,40): error SEED001: Seed '000_29994c0a40c8d7d8' does not exist. Nearest: '000_29994c0a40c8d7d7', '001_d4a7fedfcebcdffb'" },
            Diagnostics(body));
    }

    [Fact]
    public void SEED001_sees_constants_however_they_are_written()
    {
        string body = """
            const string prefix = "001_";
            const string typo = prefix + "d4a7fedfcebcdffc";
            const string interpolated = $"{prefix}x";
            bool a = Seeds.Contains(typo);
            bool b = Seeds.TryGet(interpolated, out var d);
            return a && b;
            """;
        var diagnostics = Diagnostics(body);
        Assert.Equal(2, diagnostics.Length);
        Assert.Contains(At(body, "typo", 2) + ": error SEED001: Seed '001_d4a7fedfcebcdffc' does not exist. Nearest: '001_d4a7fedfcebcdffb', '000_29994c0a40c8d7d7'", diagnostics);
        Assert.Contains(At(body, "interpolated", 2) + ": error SEED001: Seed '001_x' does not exist. Nearest: '001_d4a7fedfcebcdffb', '000_29994c0a40c8d7d7'", diagnostics);
    }

    [Fact]
    public void Correct_ids_non_constant_ids_and_null_produce_nothing()
    {
        string body = """
            string dynamicId = System.Environment.GetEnvironmentVariable("X") ?? "";
            return Seeds.Get("000_29994c0a40c8d7d7").Title ?? Seeds.Get(dynamicId).Lead + Seeds.Contains(Seeds._001_d4a7fedfcebcdffb.Id);
            """;
        Assert.Empty(Diagnostics(body));
    }

    [Fact]
    public void SEED002_fires_for_a_metadata_key_the_document_lacks()
    {
        string body = """
            var m = Seeds._001_d4a7fedfcebcdffb.Document.Metadata;
            string a = Seeds._001_d4a7fedfcebcdffb.Document.Metadata["Release Id"];
            bool b = Seeds.Get("001_d4a7fedfcebcdffb").Metadata.ContainsKey("Posted on");
                // Edit distance 8 to both "Posted On" and "Visitor Counter": the tie goes ordinally.
            bool c = Seeds._001_d4a7fedfcebcdffb.Document.Metadata.TryGetValue("Visitors", out var v);
            bool d = Seeds._000_29994c0a40c8d7d7.Document.Metadata.ContainsKey("Release ID");
            return a + b + c + d + m["anything: not statically known"];
            """;
        Assert.Equal(new[]
        {
            At(body, "\"Release Id\"") + ": warning SEED002: Seed '001_d4a7fedfcebcdffb' has no metadata key 'Release Id'. Nearest: 'Release ID', 'Posted On', 'Visitor Counter'",
            At(body, "\"Posted on\"") + ": warning SEED002: Seed '001_d4a7fedfcebcdffb' has no metadata key 'Posted on'. Nearest: 'Posted On', 'Release ID', 'Visitor Counter'",
            At(body, "\"Visitors\"") + ": warning SEED002: Seed '001_d4a7fedfcebcdffb' has no metadata key 'Visitors'. Nearest: 'Posted On', 'Visitor Counter', 'Release ID'",
            At(body, "\"Release ID\"") + ": warning SEED002: Seed '000_29994c0a40c8d7d7' has no metadata key 'Release ID'. It has no metadata",
        }, Diagnostics(body));
    }

    [Fact]
    public void Existing_metadata_keys_produce_nothing() =>
        Assert.Empty(Diagnostics("return Seeds._001_d4a7fedfcebcdffb.Document.Metadata[\"Release ID\"] + Seeds.Get(\"001_d4a7fedfcebcdffb\").Metadata.ContainsKey(\"Posted On\");"));

    [Fact]
    public void SEED003_fires_for_an_index_out_of_range()
    {
        string body = """
            var a = Seeds._000_29994c0a40c8d7d7.Document.Paragraphs[8];
            var b = Seeds.Get("001_d4a7fedfcebcdffb").Sentences[15];
            var c = Seeds._000_29994c0a40c8d7d7.Document.AlsoRead[-1];
            var d = Seeds._001_d4a7fedfcebcdffb.Document.Quotes[0];
            return a + b + c + d;
            """;
        Assert.Equal(new[]
        {
            At(body, "8", within: "Paragraphs[8]") + ": warning SEED003: Index 8 is out of range: seed '000_29994c0a40c8d7d7' has 8 paragraphs",
            At(body, "15", within: "Sentences[15]") + ": warning SEED003: Index 15 is out of range: seed '001_d4a7fedfcebcdffb' has 15 sentences",
            At(body, "-1", within: "AlsoRead[-1]") + ": warning SEED003: Index -1 is out of range: seed '000_29994c0a40c8d7d7' has 3 also-read links",
            At(body, "0", within: "Quotes[0]") + ": warning SEED003: Index 0 is out of range: seed '001_d4a7fedfcebcdffb' has 0 quotes",
        }, Diagnostics(body));
    }

    [Fact]
    public void Indexes_in_range_produce_nothing() =>
        Assert.Empty(Diagnostics("return Seeds._000_29994c0a40c8d7d7.Document.Paragraphs[7] + Seeds.Get(\"001_d4a7fedfcebcdffb\").Sentences[14] + Seeds._000_29994c0a40c8d7d7.Document.Numbers[0].Text;"));

    [Fact]
    public void SEED004_offers_typed_access_for_a_literal_id_as_a_hidden_diagnostic()
    {
        const string body = "return Seeds.Get(\"000_29994c0a40c8d7d7\");";
        Assert.Equal(
            new[] { At(body, "Seeds.Get(\"000_29994c0a40c8d7d7\")") + ": hidden SEED004: Use 'Seeds._000_29994c0a40c8d7d7.Document' instead of looking up '000_29994c0a40c8d7d7' by string" },
            Diagnostics(body, includeHidden: true));
    }

    [Fact]
    public void Typed_access_and_dynamic_ids_get_no_SEED004() =>
        Assert.Empty(Diagnostics("string id = System.Environment.MachineName; return Seeds._000_29994c0a40c8d7d7.Document.Lead + Seeds.Get(id).Lead;", includeHidden: true));

    [Fact]
    public void SEED016_is_off_by_default_and_reports_unused_seeds_when_enabled()
    {
        Assert.DoesNotContain(Diagnostics("return Seeds._000_29994c0a40c8d7d7.Id;", includeHidden: true), d => d.Contains("SEED016"));

        var h = GeneratorHarness.WithTwoSeeds();
        h.DiagnosticOptions["SEED016"] = ReportDiagnostic.Warn;
        Assert.Equal(
            new[] { "/build/Demo/seeds/001_d4a7fedfcebcdffb.txt(1,1)-(1,1): warning SEED016: Seed '001_d4a7fedfcebcdffb' is not referenced by any code" },
            Diagnostics("return Seeds._000_29994c0a40c8d7d7.Id;", h));

        var used = GeneratorHarness.WithTwoSeeds();
        used.DiagnosticOptions["SEED016"] = ReportDiagnostic.Warn;
        Assert.Empty(Diagnostics("return Seeds._000_29994c0a40c8d7d7.Document.Title + Seeds.Get(\"001_d4a7fedfcebcdffb\").Lead;", used));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_project_without_seeds_gets_no_diagnostics_and_no_actions()
    {
        var h = new GeneratorHarness();
        h.AddSeed("docs/not-a-seed.txt", "x");
        Assert.Empty(Diagnostics("return Demo.Code.Run();", h, includeHidden: true));

        // Without the generated catalog the analyzers register nothing past compilation start.
        var compilation = h.CreateCompilation();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new SeedGen.Diagnostics.SeedUsageAnalyzer(), new SeedGen.Diagnostics.SeedFileAnalyzer());
        var options = new AnalyzerOptions(ImmutableArray.CreateRange(h.Files), new TestOptionsProvider(h.Global));
        var withAnalyzers = new CompilationWithAnalyzers(compilation, analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var result = await withAnalyzers.GetAnalysisResultAsync(default);
        foreach (var analyzer in analyzers)
        {
            var info = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
            Assert.Equal(1, info.CompilationStartActionsCount);
            Assert.Equal(0, info.OperationActionsCount);
            Assert.Equal(0, info.AdditionalFileActionsCount);
            Assert.Equal(0, info.CompilationEndActionsCount);
        }
        Assert.Empty(result.GetAllDiagnostics());
    }
}

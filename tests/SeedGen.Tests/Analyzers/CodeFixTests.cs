using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SeedGen.Tests.Analyzers;

/// <summary>Before/after source for each fix, and fix-all in document, project and solution scope.</summary>
public class CodeFixTests
{
    private const string Before = """
        namespace Demo
        {
            public static class Code
            {
                public static object A() => Seeds.Get("000_29994c0a40c8d7d8");
                public static object B() => Seeds._001_d4a7fedfcebcdffb.Document.Metadata["Release Id"];
                public static bool C() => Seeds.Contains("001_d4a7fedfcebcdffc");
            }
        }
        """;

    private const string Other = """
        namespace Demo
        {
            public static class Other
            {
                public static object D() => Seeds.TryGet("001_d4a7fedfcebcdffc", out var d) ? d : null;
            }
        }
        """;

    [Fact]
    public async Task SEED001_offers_one_fix_per_nearest_id()
    {
        var h = new CodeFixHarness(("Code.cs", Before));
        var fixes = await h.FixesAsync("SEED001");
        Assert.Equal(new[] { "Use '000_29994c0a40c8d7d7'", "Use '001_d4a7fedfcebcdffb'" }, fixes.Select(f => f.Title));
        string after = await h.ApplyAsync(fixes[0], "Code.cs");
        Assert.Equal(Before.Replace("Seeds.Get(\"000_29994c0a40c8d7d8\")", "Seeds.Get(\"000_29994c0a40c8d7d7\")"), after);
    }

    [Fact]
    public async Task SEED002_offers_the_nearest_keys()
    {
        var h = new CodeFixHarness(("Code.cs", Before));
        var fixes = await h.FixesAsync("SEED002");
        Assert.Equal(new[] { "Use 'Release ID'", "Use 'Posted On'", "Use 'Visitor Counter'" }, fixes.Select(f => f.Title));
        Assert.Equal(Before.Replace("[\"Release Id\"]", "[\"Release ID\"]"), await h.ApplyAsync(fixes[0], "Code.cs"));
    }

    [Fact]
    public async Task SEED004_replaces_a_string_lookup_with_typed_access()
    {
        const string source = """
            namespace Demo
            {
                public static class Code
                {
                    public static string A() => Seeds.Get("001_d4a7fedfcebcdffb").Lead + Demo.Seeds.Get("000_29994c0a40c8d7d7").Lead;
                }
            }
            """;
        var h = new CodeFixHarness(("Code.cs", source));
        var fixes = await h.FixesAsync("SEED004");
        Assert.Equal("Use Seeds._001_d4a7fedfcebcdffb.Document", Assert.Single(fixes).Title);
        Assert.Equal(source.Replace("Seeds.Get(\"001_d4a7fedfcebcdffb\")", "Seeds._001_d4a7fedfcebcdffb.Document"), await h.ApplyAsync(fixes[0], "Code.cs"));

        var all = await h.FixAllAsync("SEED004", "SEED004.Suggestion0", FixAllScope.Document);
        Assert.Equal(source
            .Replace("Demo.Seeds.Get(\"000_29994c0a40c8d7d7\")", "Demo.Seeds._000_29994c0a40c8d7d7.Document")
            .Replace("Seeds.Get(\"001_d4a7fedfcebcdffb\")", "Seeds._001_d4a7fedfcebcdffb.Document"), all["Code.cs"]);
    }

    [Theory]
    [InlineData(FixAllScope.Document, false)]
    [InlineData(FixAllScope.Project, true)]
    [InlineData(FixAllScope.Solution, true)]
    public async Task Fix_all_applies_each_diagnostics_nearest_id(FixAllScope scope, bool otherDocumentToo)
    {
        var h = new CodeFixHarness(("Code.cs", Before), ("Other.cs", Other));
        var result = await h.FixAllAsync("SEED001", "SEED001.Suggestion0", scope);
        Assert.Equal(Before
            .Replace("\"000_29994c0a40c8d7d8\"", "\"000_29994c0a40c8d7d7\"")
            .Replace("\"001_d4a7fedfcebcdffc\"", "\"001_d4a7fedfcebcdffb\""), result["Code.cs"]);
        Assert.Equal(otherDocumentToo ? Other.Replace("\"001_d4a7fedfcebcdffc\"", "\"001_d4a7fedfcebcdffb\"") : Other, result["Other.cs"]);
        // After the fix there is nothing left to report.
        var fixedProject = h.Project;
        foreach (var doc in fixedProject.Documents.ToList())
            fixedProject = fixedProject.GetDocument(doc.Id)!.WithText(Microsoft.CodeAnalysis.Text.SourceText.From(result[doc.Name])).Project;
        var remaining = await h.DiagnosticsAsync(fixedProject, "SEED001");
        Assert.Equal(otherDocumentToo ? 0 : 1, remaining.Length);
    }
}

using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SeedGen.Tests.Analyzers;

/// <summary>
/// Before/after source for each fix, and fix-all in document, project and solution scope; an id or key
/// given by a constant is fixed where the constant is declared.
/// </summary>
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

    [Fact]
    public async Task SEED001_on_a_local_const_edits_its_declaration()
    {
        const string source = """
            namespace Demo
            {
                public static class Code
                {
                    public static object A()
                    {
                        const string id = "000_29994c0a40c8d7d8";
                        return Seeds.Get(id);
                    }
                }
            }
            """;
        var h = new CodeFixHarness(("Code.cs", source));
        var fixes = await h.FixesAsync("SEED001");
        Assert.Equal(new[] { "Use '000_29994c0a40c8d7d7' in constant 'id'", "Use '001_d4a7fedfcebcdffb' in constant 'id'" },
            fixes.Select(f => f.Title));
        string after = await h.ApplyAsync(fixes[0], "Code.cs");
        Assert.Equal(source.Replace("const string id = \"000_29994c0a40c8d7d8\";", "const string id = \"000_29994c0a40c8d7d7\";"), after);
        Assert.Contains("Seeds.Get(id)", after);
        Assert.Empty(await h.DiagnosticsAsync(With(h, ("Code.cs", after)), "SEED001"));
    }

    private const string Ids = """
        namespace Demo
        {
            public static class Ids
            {
                public const string Release = "001_d4a7fedfcebcdffc";
                public const string News = Start;
                private const string Start = @"000_29994c0a40c8d7d8"; // the first seed
            }
        }
        """;

    [Fact]
    public async Task SEED001_on_a_const_field_of_another_document_edits_that_document()
    {
        const string source = """
            namespace Demo
            {
                public static class Code
                {
                    public static bool A() => Seeds.Contains(Ids.Release);
                }
            }
            """;
        var h = new CodeFixHarness(("Code.cs", source), ("Ids.cs", Ids));
        var fixes = await h.FixesAsync("SEED001");
        Assert.Equal("Use '001_d4a7fedfcebcdffb' in constant 'Release'", fixes[0].Title);
        Assert.Equal(source, await h.ApplyAsync(fixes[0], "Code.cs"));
        string ids = await h.ApplyAsync(fixes[0], "Ids.cs");
        Assert.Equal(Ids.Replace("Release = \"001_d4a7fedfcebcdffc\"", "Release = \"001_d4a7fedfcebcdffb\""), ids);
        Assert.Empty(await h.DiagnosticsAsync(With(h, ("Ids.cs", ids)), "SEED001"));
    }

    [Fact]
    public async Task SEED001_on_a_const_set_from_a_const_edits_the_one_that_holds_the_text()
    {
        const string source = """
            namespace Demo
            {
                public static class Code
                {
                    public static object A() => Seeds.Get((Demo.Ids.News));
                }
            }
            """;
        var h = new CodeFixHarness(("Code.cs", source), ("Ids.cs", Ids));
        var fixes = await h.FixesAsync("SEED001");
        Assert.Equal("Use '000_29994c0a40c8d7d7' in constant 'Start'", fixes[0].Title);
        Assert.Equal(source, await h.ApplyAsync(fixes[0], "Code.cs"));
        // The verbatim literal becomes a regular one; the comment after it stays.
        Assert.Equal(Ids.Replace("Start = @\"000_29994c0a40c8d7d8\"; //", "Start = \"000_29994c0a40c8d7d7\"; //"),
            await h.ApplyAsync(fixes[0], "Ids.cs"));
    }

    [Fact]
    public async Task SEED001_on_a_const_computed_from_parts_replaces_its_initializer()
    {
        const string source = """
            namespace Demo
            {
                public static class Code
                {
                    private const string Prefix = "000_";
                    private const string Id = Prefix + "29994c0a40c8d7d8";
                    public static object A() => Seeds.Get(Id);
                }
            }
            """;
        var h = new CodeFixHarness(("Code.cs", source));
        var fixes = await h.FixesAsync("SEED001");
        Assert.Equal(source.Replace("Id = Prefix + \"29994c0a40c8d7d8\";", "Id = \"000_29994c0a40c8d7d7\";"), await h.ApplyAsync(fixes[0], "Code.cs"));
    }

    [Fact]
    public async Task SEED002_on_a_const_key_edits_its_declaration()
    {
        const string source = """
            namespace Demo
            {
                public static class Code
                {
                    private const string Key = "Release Id";
                    public static object B() => Seeds._001_d4a7fedfcebcdffb.Document.Metadata[Key];
                }
            }
            """;
        var h = new CodeFixHarness(("Code.cs", source));
        var fixes = await h.FixesAsync("SEED002");
        Assert.Equal("Use 'Release ID' in constant 'Key'", fixes[0].Title);
        Assert.Equal(source.Replace("Key = \"Release Id\"", "Key = \"Release ID\""), await h.ApplyAsync(fixes[0], "Code.cs"));
    }

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Solution)]
    public async Task Fix_all_changes_a_shared_constant_once_and_the_literals_beside_it(FixAllScope scope)
    {
        const string source = """
            namespace Demo
            {
                public static class Code
                {
                    public static object A() => Seeds.Get(Ids.Release);
                    public static bool B() => Seeds.Contains(Ids.Release) || Seeds.Contains("000_29994c0a40c8d7d8");
                }
            }
            """;
        var h = new CodeFixHarness(("Code.cs", source), ("Ids.cs", Ids));
        var result = await h.FixAllAsync("SEED001", "SEED001.Suggestion0", scope);
        Assert.Equal(source.Replace("\"000_29994c0a40c8d7d8\"", "\"000_29994c0a40c8d7d7\""), result["Code.cs"]);
        Assert.Equal(Ids.Replace("Release = \"001_d4a7fedfcebcdffc\"", "Release = \"001_d4a7fedfcebcdffb\""), result["Ids.cs"]);
        Assert.Empty(await h.DiagnosticsAsync(With(h, ("Code.cs", result["Code.cs"]), ("Ids.cs", result["Ids.cs"])), "SEED001"));
    }

    /// <summary>The harness's project with some documents' text replaced.</summary>
    private static Microsoft.CodeAnalysis.Project With(CodeFixHarness h, params (string Name, string Text)[] documents)
    {
        var project = h.Project;
        foreach (var (name, text) in documents)
            project = project.Documents.Single(d => d.Name == name).WithText(Microsoft.CodeAnalysis.Text.SourceText.From(text)).Project;
        return project;
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedGen.Tests.Generator;

/// <summary>Whatever the seeds are called and contain, the generated code compiles and loses nothing.</summary>
public class HostileNamesTests
{
    private static readonly string[] HostileNames =
    {
        "seeds/class.txt", "seeds/Count.txt", "seeds/Get.txt", "seeds/Seeds.txt", "seeds/SeedDocument.txt", "seeds/Id.txt",
        "seeds/Path.txt", "seeds/Document.txt", "seeds/Utf8.txt", "seeds/123.txt", "seeds/०१२.txt", "seeds/my file.v2.txt",
        "seeds/a-b.txt", "seeds/समाचार.txt", "seeds/क्\u200Dष.txt", "seeds/خبر.txt",
        "seeds/\u0301accent.txt", "seeds/abc.txt", "seeds/ABC.txt", "seeds/News/News.txt", "seeds/News/2020/x.txt",
        "seeds/news.txt", "seeds/record.txt", "seeds/_.txt", "seeds/var.txt", "seeds/a\u202Eb.txt", "seeds/Create.txt",
        "seeds/__Find.txt", "seeds/deep/er/and/deeper/still.txt", "seeds/related.txt", "seeds/RELATED.txt", "seeds/seeds.txt",
        "seeds/𝐀.txt", "seeds/x𝟙.txt", "seeds/__arglist.txt", "seeds/__makeref.txt", "seeds/__reftype.txt", "seeds/__refvalue.txt",
        "seeds/extension.txt", "seeds/scoped.txt", "seeds/file.txt", "seeds/required.txt", "seeds/Equals.txt", "seeds/ToString.txt",
        "seeds/GetHashCode.txt", "seeds/seeddocument.txt", "seeds/SeedRelation.txt", "seeds/count.txt",
        "seeds/" + new string('n', 250) + ".txt", "seeds/" + string.Concat(System.Linq.Enumerable.Repeat("समाचार", 13)) + ".txt",
        "seeds/" + string.Join("/", System.Linq.Enumerable.Repeat("गहरा", 40)) + "/x.txt",
    };

    private const string HostileText = "Title \"with\" \\ quotes */ </summary> \u2028 #error\n\nBody\u0000 text\u202E with bidi \uD800 and \u2029 more. {{ }} \"\"\" end.\n";

    [Fact]
    public void Hostile_names_and_text_compile_and_every_text_round_trips()
    {
        var h = new GeneratorHarness();
        foreach (var name in HostileNames) h.AddSeed(name, HostileText + name);
        string output = h.Probe("""
            var sb = new System.Text.StringBuilder();
            foreach (var d in Seeds.All) sb.Append(d.Id).Append('\u0001').Append(d.Text).Append('\u0002');
            return Seeds.Count + "\u0003" + sb;
            """);
        var parts = output.Split('\u0003');
        Assert.Equal(HostileNames.Length.ToString(), parts[0]);
        var texts = parts[1].Split('\u0002', System.StringSplitOptions.RemoveEmptyEntries)
            .Select(x => x.Split('\u0001')).ToDictionary(x => x[0], x => x[1]);
        foreach (var name in HostileNames)
        {
            string id = name.Substring("seeds/".Length, name.Length - "seeds/".Length - ".txt".Length);
            Assert.Equal(SeedGen.Reading.SeedText.Normalize(HostileText + name), texts[id]);
        }
    }

    [Fact]
    public void No_raw_bidi_control_or_line_separator_reaches_the_generated_source()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/x\u202Ey.txt", "Head\u202Eline \u2028 \u2066x\u2069\n\nBody \u200D\u0085 text.");
        var result = h.Run();
        foreach (var (_, text) in result.GeneratedSources)
            Assert.DoesNotContain(text, c => c is '\u202E' or '\u2066' or '\u2069' or '\u2028' or '\u2029' or '\u0085' or '\u200D' or '\0');
    }

    [Fact]
    public void CSharp_7_3_without_span_compiles_with_the_fallback()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.LanguageVersion = LanguageVersion.CSharp7_3;
        h.Sources.Add("namespace Demo { public static class Probe { public static string Run() { return Seeds.Get(\"001_d4a7fedfcebcdffb\").Title + Seeds._000_29994c0a40c8d7d7.Utf8.Count + Seeds.All[0].Paragraphs.Count + Seeds.All[1].Metadata[\"Release ID\"]; } } }");
        var refs = Basic.Reference.Assemblies.NetStandard20.References.All;
        var result = h.Run(refs);
        Assert.Empty(result.Diagnostics);
        var emitted = result.Output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).ToList();
        Assert.Empty(emitted);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Seeds_named_after_the_members_of_a_document_without_spans_compile(bool textPack)
    {
        var h = new GeneratorHarness { LanguageVersion = LanguageVersion.CSharp7_3, TextPack = textPack };
        foreach (var name in new[] { "__Bytes", "s_layout", "LayoutData", "s_utf8", "__Utf8" })
            h.AddSeed("seeds/" + name + ".txt", GeneratorHarness.Seed000Text);
        var result = h.Run(Basic.Reference.Assemblies.NetStandard20.References.All);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Empty(result.Output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Seeds.__Bytes_.g.cs");
    }

    [Fact]
    public void CSharp_10_with_span_uses_a_byte_array_for_the_text_and_still_runs()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.LanguageVersion = LanguageVersion.CSharp10;
        string output = h.Probe("return Seeds._001_d4a7fedfcebcdffb.Document.Footer[0] + \":\" + Seeds._000_29994c0a40c8d7d7.Document.Text.Length;");
        Assert.Equal("एसजी/एएम/एएस:" + GeneratorHarness.Seed000Text.Length, output);
        Assert.DoesNotContain("u8;", h.Run().Source("Seeds._000_29994c0a40c8d7d7.g.cs"));
    }

    [Fact]
    public void Public_visibility_custom_namespace_and_class_name()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Global["build_property.SeedGenNamespace"] = "My.Data";
        h.Global["build_property.SeedGenClassName"] = "Corpus";
        h.Global["build_property.SeedGenVisibility"] = "public";
        var result = h.Run();
        var assembly = GeneratorHarness.Load(result.Output);
        var type = assembly.GetType("My.Data.Corpus")!;
        Assert.True(type.IsPublic);
        Assert.Equal(2, (int)type.GetField("Count")!.GetValue(null)!);
        Assert.True(assembly.GetType("My.Data.SeedDocument")!.IsPublic);
    }

    [Fact]
    public void SeedName_metadata_overrides_the_class_name()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/000_29994c0a40c8d7d7.txt", GeneratorHarness.Seed000Text, new Dictionary<string, string> { ["SeedName"] = "ModiPutinCall" });
        Assert.Equal("000_29994c0a40c8d7d7", h.Probe("return Seeds.ModiPutinCall.Id;"));
    }

    [Fact]
    public void Only_seeds_are_touched()
    {
        var h = new GeneratorHarness();
        h.AddSeed("PublicAPI.Shipped.txt", "#nullable enable");
        h.AddSeed("docs/readme.txt", "not a seed");
        h.AddSeed("docs/extra.txt", "a seed by metadata", new Dictionary<string, string> { ["SeedGenSeed"] = "true" });
        h.AddSeed("seeds/opted-out.txt", "not a seed by metadata", new Dictionary<string, string> { ["SeedGenSeed"] = "false" });
        h.AddSeed("seeds/notes.md", "not a .txt");
        Assert.Equal("1:docs/extra", h.Probe("return Seeds.Count + \":\" + Seeds.All[0].Id;"));
    }

    [Fact]
    public void Empty_and_invalid_utf8_seeds_still_generate()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/empty.txt", "");
        h.AddSeedBytes("seeds/bad.txt", new byte[] { 0x61, 0xFF, 0x62, 0xED, 0xA0, 0x80 });
        h.AddSeedBytes("seeds/utf16.txt", new byte[] { 0xFF, 0xFE, 0x3F, 0x09, 0x0A, 0x00 });
        string output = h.Probe("return string.Join(\"|\", Seeds.All.Select(d => d.Id + \"=\" + d.Text + \"/\" + d.ParagraphCount));");
        Assert.Equal("bad=a\uFFFDb\uFFFD\uFFFD\uFFFD/1|empty=/0|utf16=\u093F\n/1", output);
    }
}

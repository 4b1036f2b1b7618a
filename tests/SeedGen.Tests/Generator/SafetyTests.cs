using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedGen.Reading;

namespace SeedGen.Tests.Generator;

/// <summary>
/// What no seed, file name or setting may do: break the build with a compiler error in generated
/// code, or build and then throw at run time. Each class of input has its rule and its diagnostic.
/// </summary>
public class SafetyTests
{
    private const string Dir = "/build/Demo/seeds/";

    private static string[] Diagnostics(GeneratorHarness h) =>
        h.Analyze().Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(GeneratorHarness.Describe).ToArray();

    [Theory]
    [InlineData("public class Seeds { }", "Demo.Seeds", "SeedGenClassName")]
    [InlineData("static class Seeds { }", "Demo.Seeds", "SeedGenClassName")]                  // not partial: CS0260
    [InlineData("public static partial class Seeds { }", "Demo.Seeds", "SeedGenClassName")]   // other visibility: CS0262
    [InlineData("public sealed class SeedDocument { }", "Demo.SeedDocument", "SeedGenNamespace")]
    [InlineData("struct SeedNumber { }", "Demo.SeedNumber", "SeedGenNamespace")]
    [InlineData("enum SeedRelation { }", "Demo.SeedRelation", "SeedGenNamespace")]
    public void A_type_of_the_project_with_a_generated_types_name_gets_SEED020_and_nothing_is_generated(string declaration, string type, string fix)
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Sources.Add("namespace Demo { " + declaration + " }");
        var result = h.Run();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("SEED020", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("'" + type + "'", d.GetMessage());
        Assert.Contains(fix, d.GetMessage());
        Assert.Equal("Source" + (h.Sources.Count - 1) + ".cs", d.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
        // No wall of CS errors in generated code: the project's own compile errors only.
        Assert.DoesNotContain(result.Output.GetDiagnostics(), x => x.Location.SourceTree?.FilePath.Contains("SeedGen") == true);
    }

    [Fact]
    public void A_static_partial_Seeds_of_the_project_extends_the_generated_one()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Sources.Add("namespace Demo { internal static partial class Seeds { public static int Twice => Count * 2; } }");
        Assert.Equal("4", h.Probe("return Seeds.Twice.ToString();"));
    }

    [Fact]
    public void The_same_type_name_in_another_namespace_is_no_clash()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Sources.Add("namespace Other { public class Seeds { } public class SeedDocument { } }");
        Assert.Equal("2", h.Probe("return Seeds.Count.ToString();"));
    }

    [Theory]
    [InlineData("class")]
    [InlineData("@Seeds")]
    [InlineData("SeedDocument")]
    [InlineData("seeddocument")]   // hint names compare without case: SeedDocument.g.cs
    [InlineData("SeedNumber")]
    [InlineData("extension")]
    [InlineData("scoped")]
    [InlineData("__arglist")]
    [InlineData("Count")]          // a member of the root class: CS0542
    [InlineData("My Seeds")]
    [InlineData("𝐀")]
    public void An_unusable_class_name_gets_SEED017_and_the_default(string name)
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Global["build_property.SeedGenClassName"] = name;
        var result = h.Run();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("SEED017", d.Id);
        Assert.Contains("using 'Seeds'", d.GetMessage());
        var type = GeneratorHarness.Load(result.Output).GetType("Demo.Seeds")!;
        Assert.Equal(2, (int)type.GetField("Count")!.GetValue(null)!);
    }

    [Theory]
    [InlineData("SeedGenNamespace", "My App.Data", "My_App.Data")]
    [InlineData("RootNamespace", "2048-game", "_2048_game")]
    [InlineData("RootNamespace", "My.𝐀", "My.U1D400")]
    public void An_unusable_namespace_gets_SEED017_and_a_sanitised_one(string property, string value, string used)
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Global.Remove("build_property.RootNamespace");
        h.Global["build_property." + property] = value;
        var d = Assert.Single(h.Run().Diagnostics);
        Assert.Equal("SEED017", d.Id);
        Assert.Contains(property, d.GetMessage());
        Assert.Contains("using '" + used + "'", d.GetMessage());
        Assert.Empty(h.Run().Output.GetDiagnostics().Where(x => x.Severity == DiagnosticSeverity.Error && x.Location.SourceTree?.FilePath.Contains("SeedGen") == true));
    }

    [Fact]
    public void A_keyword_namespace_written_with_at_is_accepted_as_it_is()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Global["build_property.SeedGenNamespace"] = "My.@class";
        Assert.Empty(h.Run().Diagnostics);
    }

    [Theory]
    [InlineData("UTF-16 LE", false)]
    [InlineData("UTF-16 BE", false)]
    [InlineData("UTF-32 LE", false)]
    [InlineData("UTF-32 BE", false)]
    [InlineData("UTF-32 LE", true)]
    [InlineData("UTF-16 LE", true)]   // Hindi: the only zero bytes are those of spaces, digits and line ends
    public void Text_in_UTF16_or_UTF32_without_a_BOM_gets_SEED021_and_is_not_generated(string encoding, bool hindi)
    {
        string text = hindi ? "नई दिल्ली: प्रधानमंत्री ने आज कहा कि देश आगे बढ़ रहा है।\nदूसरी पंक्ति 2021 में।\n" : "Plain English text, read in the wrong encoding.\nSecond line.\n";
        Encoding e = encoding switch
        {
            "UTF-16 LE" => new UnicodeEncoding(false, false),
            "UTF-16 BE" => new UnicodeEncoding(true, false),
            "UTF-32 BE" => new UTF32Encoding(true, false),
            _ => new UTF32Encoding(false, false),
        };
        var h = GeneratorHarness.WithTwoSeeds();
        h.AddSeedBytes("seeds/wide.txt", e.GetBytes(text));
        var all = Diagnostics(h);
        var d = Assert.Single(all);
        Assert.StartsWith(Dir + "wide.txt(1,1)-(1,1): warning SEED021: Seed file 'seeds/wide.txt' looks like " + encoding + " without a byte order mark", d);
        Assert.Equal("2 False", h.Probe("return Seeds.Count + \" \" + Seeds.Contains(\"wide\");"));
    }

    [Theory]
    [InlineData("nul\u0000 and ctrl\u0001 in a text.")]
    [InlineData("a\u0000b\u0000c\u0000d\u0000e\u0000f\u0000g\u0000 is short: seven NULs are not enough")]
    public void A_few_NULs_in_UTF8_text_are_text(string text)
    {
        Assert.Null(SeedText.WideEncoding(text, out _, out _));
        var h = new GeneratorHarness();
        h.AddSeed("seeds/x.txt", text);
        Assert.Equal(SeedText.Normalize(text), h.Probe("return Seeds.Get(\"x\").Text;"));
    }

    [Fact]
    public void A_second_BOM_is_kept_and_reported()
    {
        var h = new GeneratorHarness();
        var bom = Encoding.UTF8.GetPreamble();
        h.AddSeedBytes("seeds/x.txt", bom.Concat(bom).Concat(Encoding.UTF8.GetBytes("Text.")).ToArray());
        Assert.Equal(new[] { Dir + "x.txt(1,1)-(1,2): warning SEED015: Seed file 'seeds/x.txt' contains the invisible format character U+FEFF (ZERO WIDTH NO-BREAK SPACE) at line 1, column 1; it is kept in the data and escaped in the code" },
            Diagnostics(h));
        Assert.Equal("\uFEFFText.", h.Probe("return Seeds.Get(\"x\").Text;"));
    }

    [Theory]
    [InlineData("Rate 0.0000000000000000000000000001 exactly.", 1)]    // 28 decimals: a decimal holds it
    [InlineData("Rate 0.00000000000000000000000000001 exactly.", 0)]   // 29: not a number SeedGen can give back
    [InlineData("Big 1234567890123456789 is too long.", 0)]
    public void Numbers_that_a_decimal_cannot_hold_are_not_read(string text, int count)
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/x.txt", text);
        string expected = count == 0 ? "0" : "1 0.0000000000000000000000000001";
        Assert.Equal(expected, h.Probe("var n = Seeds.Get(\"x\").Numbers; return n.Count == 0 ? \"0\" : n.Count + \" \" + n[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture);"));
    }

    [Theory]
    [InlineData("Posted On: 28 APR 2021 7:51PM +14:01", null)]          // past ±14:00
    [InlineData("Posted On: 28 APR 2021 7:51PM +05:61", null)]          // minutes over 59: not +06:01
    [InlineData("Posted On: 31 DEC 9999 11:00 PM -05:00", null)]        // UTC would be year 10000
    [InlineData("Posted On: 31 DEC 9999 11:00 PM +05:00", "9999-12-31T23:00:00+05:00")]
    [InlineData("Posted On: 28 APR 2021 7:51PM +14:00", "2021-04-28T19:51:00+14:00")]
    public void Dates_are_read_only_when_a_DateTimeOffset_can_hold_them(string line, string? published)
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/x.txt", "Title\n\n" + line + "\n\nBody text here. More body.");
        Assert.Equal(published ?? "none", h.Probe("var p = Seeds.Get(\"x\").Published; return p is null ? \"none\" : p.Value.ToString(\"yyyy-MM-ddTHH:mm:sszzz\", System.Globalization.CultureInfo.InvariantCulture);"));
    }

    [Fact]
    public void A_huge_unknown_id_gets_a_short_SEED001_without_a_search()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Sources.Add("namespace Demo { static class Use { static bool M() => Seeds.Contains(\"" + new string('x', 200_000) + "\"); } }");
        var d = Assert.Single(h.Analyze(), x => x.Id == "SEED001");
        Assert.Equal("Seed '" + new string('x', 80) + "…' does not exist", d.GetMessage());
    }

    [Fact]
    public void The_bounded_nearest_search_finds_what_a_full_search_finds()
    {
        var rng = new System.Random(7);
        string Word() => new string(Enumerable.Range(0, rng.Next(0, 12)).Select(_ => "abcde_"[rng.Next(6)]).ToArray());
        for (int round = 0; round < 300; round++)
        {
            var candidates = Enumerable.Range(0, rng.Next(0, 40)).Select(_ => Word()).Distinct().ToList();
            string target = Word();
            var full = candidates.OrderBy(c => Nearest.Distance(target, c)).ThenBy(c => c, System.StringComparer.Ordinal).Take(3).ToList();
            Assert.Equal(full, Nearest.Find(target, candidates));
        }
        Assert.Empty(Nearest.Find(new string('a', Nearest.MaxLength + 1), new[] { "a" }));
    }
}

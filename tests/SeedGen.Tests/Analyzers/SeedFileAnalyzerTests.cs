using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SeedGen.Tests.Analyzers;

/// <summary>SEED010–SEED015, SEED017, SEED018: located inside the seed file (path, line, column), exact messages.</summary>
public class SeedFileAnalyzerTests
{
    private const string Dir = GeneratorHarness.ProjectDir + "/seeds/";

    private static string[] Diagnostics(GeneratorHarness h) =>
        h.Analyze().Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(GeneratorHarness.Describe).ToArray();

    [Fact]
    public void The_reference_seeds_are_clean()
    {
        Assert.Empty(Diagnostics(GeneratorHarness.WithTwoSeeds()));
    }

    [Fact]
    public void SEED010_points_at_the_first_invalid_byte()
    {
        var h = new GeneratorHarness();
        h.AddSeedBytes("seeds/bad.txt", System.Text.Encoding.UTF8.GetBytes("पहली पंक्ति\nab").Concat(new byte[] { 0xC0, 0xAF, 0x63 }).ToArray());
        Assert.Equal(
            new[] { Dir + "bad.txt(2,3)-(2,4): warning SEED010: Seed file 'seeds/bad.txt' is not valid UTF-8 (first invalid byte at line 2, column 3); its text is read with U+FFFD" },
            Diagnostics(h));
    }

    [Fact]
    public void SEED011_fires_for_empty_and_blank_seeds()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/empty.txt", "");
        h.AddSeed("seeds/blank.txt", " \n\u00A0\t\n");
        Assert.Equal(new[]
        {
            Dir + "blank.txt(1,1)-(1,1): warning SEED011: Seed file 'seeds/blank.txt' is empty or only white space; it generates a document with empty readouts",
            Dir + "empty.txt(1,1)-(1,1): warning SEED011: Seed file 'seeds/empty.txt' is empty or only white space; it generates a document with empty readouts",
        }, Diagnostics(h));
    }

    [Fact]
    public void SEED012_names_both_files_for_a_class_name_clash_and_for_the_same_id()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/a-b.txt", "one");
        h.AddSeed("seeds/a_b.txt", "two");
        h.AddSeed("seeds/Count.txt", "three");
        h.AddSeed("other/seeds/a-b.txt", "four", new Dictionary<string, string> { ["SeedGenSeed"] = "true" });
        const string Fix = "Give one of them another name: <Seed Update=\"{0}\" SeedName=\"…\" />";
        Assert.Equal(new[]
        {
            // Neither of two seeds with one id, nor of two seeds with one class name, is generated: adding one never re-points the other.
            "/build/Demo/other/seeds/a-b.txt(1,1)-(1,1): error SEED012: Seeds 'seeds/a-b.txt' and 'other/seeds/a-b.txt' have the same id 'a-b'; neither is generated. Remove one (<Seed Remove=\"other/seeds/a-b.txt\" />) or set SeedGenSeedsRoot so their ids differ",
            Dir + "a-b.txt(1,1)-(1,1): error SEED012: Seeds 'other/seeds/a-b.txt' and 'seeds/a-b.txt' have the same id 'a-b'; neither is generated. Remove one (<Seed Remove=\"seeds/a-b.txt\" />) or set SeedGenSeedsRoot so their ids differ",
            Dir + "a_b.txt(1,1)-(1,1): error SEED012: Seeds 'other/seeds/a-b.txt' and 'seeds/a_b.txt' map to the same class name 'Seeds.a_b'; neither is generated. " + string.Format(Fix, "seeds/a_b.txt"),
            Dir + "Count.txt(1,1)-(1,1): warning SEED012: Seed 'seeds/Count.txt' maps to 'Count', a name the generated code reserves there; it is generated as 'Count_' (set SeedName to choose another)",
        }.OrderBy(x => x, System.StringComparer.Ordinal), Diagnostics(h).OrderBy(x => x, System.StringComparer.Ordinal));
        // The rest still generate and compile.
        Assert.Equal("1 three", h.Probe("return Seeds.Count + \" \" + Seeds.Count_.Document.Text;"));
    }

    [Fact]
    public void SEED012_agrees_with_the_generator_about_seeds_it_skips()
    {
        // a-b.txt is over the size limit and a_b.txt is UTF-16 without a BOM: neither is generated, so a b.txt
        // clashes with nothing, and the analyzer must not say it does.
        var h = new GeneratorHarness();
        h.Global["build_property.SeedGenMaxFileBytes"] = "100";
        h.AddSeed("seeds/a-b.txt", new string('x', 200));
        h.AddSeedBytes("seeds/a_b.txt", System.Text.Encoding.Unicode.GetBytes("UTF-16 text without a byte order mark, in English."));
        h.AddSeed("seeds/a b.txt", "small");
        Assert.DoesNotContain(Diagnostics(h), d => d.Contains("SEED012"));
        Assert.Equal("1 small", h.Probe("return Seeds.Count + \" \" + Seeds.a_b.Document.Text;"));
    }

    [Fact]
    public void SEED013_skips_a_seed_over_the_size_limit()
    {
        var h = new GeneratorHarness();
        h.Global["build_property.SeedGenMaxFileBytes"] = "10";
        h.AddSeed("seeds/big.txt", "नमस्ते दुनिया"); // 13 characters, 37 bytes
        h.AddSeed("seeds/small.txt", "ok");
        Assert.Equal(
            new[] { Dir + "big.txt(1,1)-(1,1): warning SEED013: Seed file 'seeds/big.txt' is 37 bytes, over SeedGenMaxFileBytes (10); it is skipped" },
            Diagnostics(h));
        Assert.Equal("1:small", h.Probe("return Seeds.Count + \":\" + Seeds.All[0].Id;"));
    }

    [Fact]
    public void SEED014_names_the_earlier_seed_with_the_same_content()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/one.txt", "Same text.\n");
        h.AddSeed("seeds/two.txt", "Same text.\r\n"); // line ends do not count
        h.AddSeed("seeds/three.txt", "Completely unrelated words here.\n");
        var diagnostic = Assert.Single(Diagnostics(h));
        Assert.Matches(@"^/build/Demo/seeds/two\.txt\(1,1\)-\(1,1\): info SEED014: Seed file 'seeds/two\.txt' has the same content as 'seeds/one\.txt' \(SHA-256 [0-9a-f]{64}\)$", diagnostic);
    }

    [Fact]
    public void SEED014_hashes_what_the_generator_hashes_and_only_the_seeds_it_generates()
    {
        // The analyzer hashes the texts itself (binding every generated Sha256 constant cost more); it must
        // agree with the generated constants, and leave out what is not generated.
        var h = new GeneratorHarness();
        h.Global["build_property.SeedGenMaxFileBytes"] = "40";
        h.AddSeedBytes("seeds/b.txt", System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes("Same text.\r\n")).ToArray()); // BOM and CRLF: the same content as c.txt
        h.AddSeed("seeds/a-b.txt", "Same text.\n");
        h.AddSeed("other/seeds/a-b.txt", "Same text.\n", new Dictionary<string, string> { ["SeedGenSeed"] = "true" });
        h.AddSeed("seeds/c.txt", "Same text.\n");
        // 42 characters with CRLF: the generator skips it by its length before normalising (SEED013), so the
        // same text with LF (28 bytes, generated) repeats no generated seed.
        h.AddSeed("seeds/h.txt", string.Concat(Enumerable.Repeat("a\r\n", 14)));
        h.AddSeed("seeds/i.txt", string.Concat(Enumerable.Repeat("a\n", 14)));
        var diagnostics = Diagnostics(h).Where(d => d.Contains("SEED014")).ToArray();
        // Neither a-b.txt is generated (one id for two seeds): only c.txt repeats b.txt.
        string sha = h.Probe("return Seeds.c.Sha256;");
        Assert.Equal(new[]
        {
            Dir + $"c.txt(1,1)-(1,1): info SEED014: Seed file 'seeds/c.txt' has the same content as 'seeds/b.txt' (SHA-256 {sha})",
        }, diagnostics);
    }

    [Fact]
    public void SEED014_follows_an_edit_of_either_copy()
    {
        // The analyzer keeps each text's hash while the text lives (an IDE re-analyses unchanged texts);
        // an edited seed is a new text, hashed again.
        var h = new GeneratorHarness();
        h.AddSeed("seeds/one.txt", "Same text.\n");
        h.AddSeed("seeds/two.txt", "Same text.\n");
        Assert.Single(Diagnostics(h), d => d.Contains("SEED014"));
        h.Files.RemoveAll(f => f.Path.EndsWith("/two.txt", System.StringComparison.Ordinal));
        h.AddSeed("seeds/two.txt", "Other text entirely, and longer.\n");
        Assert.DoesNotContain(Diagnostics(h), d => d.Contains("SEED014"));
    }

    [Fact]
    public void SEED015_reports_a_bidi_control_but_not_ZWJ_in_Hindi()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/bidi.txt", "Title\n\nabc \u202Edef\u202C ghi");
        h.AddSeed("seeds/zwj.txt", "उन्\u200dहें श्रद्धांजलि अर्पित की है।");
        Assert.Equal(
            new[] { Dir + "bidi.txt(3,5)-(3,6): warning SEED015: Seed file 'seeds/bidi.txt' contains the invisible format character U+202E (RIGHT-TO-LEFT OVERRIDE) at line 3, column 5; it is kept in the data and escaped in the code" },
            Diagnostics(h));
    }

    [Fact]
    public void SEED017_names_the_property_and_the_accepted_values()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Global["build_property.SeedGenVisibility"] = "protected";
        h.Global["build_property.SeedGenMaxFileBytes"] = "lots";
        h.Global["build_property.SeedGenClassName"] = "My Seeds";
        Assert.Equal(new[]
        {
            "warning SEED017: Invalid value 'My Seeds' for MSBuild property SeedGenClassName: expected a C# identifier that is no keyword and no name the generated code uses; using 'Seeds'",
            "warning SEED017: Invalid value 'protected' for MSBuild property SeedGenVisibility: expected 'internal' or 'public'; using 'internal'",
            "warning SEED017: Invalid value 'lots' for MSBuild property SeedGenMaxFileBytes: expected a positive whole number of bytes; using 67108864",
        }.OrderBy(x => x), Diagnostics(h).OrderBy(x => x));
        var type = GeneratorHarness.Load(h.Run().Output).GetType("Demo.Seeds")!;
        Assert.False(type.IsPublic);
        Assert.Equal(2, (int)type.GetField("Count")!.GetValue(null)!);
    }

    [Fact]
    public void SEED018_reports_a_seed_that_cannot_be_read()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.Files.Add(new MemoryAdditionalText(Dir + "gone.txt", text: null));
        Assert.Equal(new[] { Dir + "gone.txt(1,1)-(1,1): warning SEED018: Seed file 'seeds/gone.txt' could not be read; it is skipped" }, Diagnostics(h));
        Assert.Equal("2", h.Probe("return Seeds.Count.ToString();"));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SeedGen.Cli;

namespace SeedGen.Tests.Cli;

/// <summary><c>seedgen inspect / emit / check</c>, run in-process on the two seeds and on a hostile folder.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "seedgen-cli-" + Guid.NewGuid().ToString("N").Substring(0, 12));

    public CliTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "seeds"));
        File.Copy(Repo.Seed000, Path.Combine(_dir, "seeds", "000_29994c0a40c8d7d7.txt"));
        File.Copy(Repo.Seed001, Path.Combine(_dir, "seeds", "001_d4a7fedfcebcdffb.txt"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = SeedGenCli.Run(args, output, error, _dir);
        return (exit, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }

    private string Hostile()
    {
        string h = Path.Combine(_dir, "hostile", "seeds");
        Directory.CreateDirectory(h);
        File.WriteAllBytes(Path.Combine(h, "bad.txt"), new byte[] { 0x61, 0x0A, 0x62, 0xED, 0xA0, 0x80, 0x63 });
        File.WriteAllText(Path.Combine(h, "empty.txt"), "");
        File.WriteAllText(Path.Combine(h, "bidi.txt"), "abc \u202Edef");
        File.WriteAllText(Path.Combine(h, "a-b.txt"), "one");
        File.WriteAllText(Path.Combine(h, "a_b.txt"), "one");
        File.WriteAllText(Path.Combine(h, "class.txt"), "\"quotes\" \\ */ </summary> \u2028 #error");
        return "hostile/seeds";
    }

    [Fact]
    public void Inspect_prints_an_aligned_table_per_seed()
    {
        var (exit, output, _) = Run("inspect");
        Assert.Equal(0, exit);
        Assert.Contains("│ dateline         │ नई दिल्ली ", output);
        Assert.Contains("│ section          │ प्रधानमंत्री कार्यालय ", output);
        Assert.Contains("│ metadata         │ Release ID = 1714793 ", output);
        Assert.EndsWith("2 seed documents\n", output);
        // Every line of a table takes the same number of terminal columns, Devanagari or not.
        var widths = output.Split('\n').Where(l => l.StartsWith("│") || l.StartsWith("╭") || l.StartsWith("╰")).Select(TerminalWidth.Of).Distinct().ToList();
        Assert.Single(widths);
    }

    [Theory]
    [InlineData("नई दिल्ली", 8)]        // न ई ␠ द ि ल ् ल ी: the virama (Mn) takes no column, the vowel signs (Mc) one each
    [InlineData("abc", 3)]
    [InlineData("日本", 4)]
    [InlineData("a\u200Db\u202E", 2)]
    public void Terminal_width_counts_columns_not_chars(string text, int columns) => Assert.Equal(columns, TerminalWidth.Of(text));

    [Fact]
    public void Inspect_json_has_a_stable_schema()
    {
        var (exit, output, _) = Run("inspect", "seeds", "--json");
        Assert.Equal(0, exit);
        Snapshot.Verify("inspect.seeds", output, "json");
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var docs = json.RootElement.GetProperty("documents");
        Assert.Equal("seedgen.readouts/2", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(2, docs.GetArrayLength());
        Assert.Equal("2021-04-28T19:51:00+05:30", docs[1].GetProperty("published").GetString());
        Assert.Equal("1714793", docs[1].GetProperty("metadata").GetProperty("Release ID").GetString());
        Assert.Equal(70m, docs[0].GetProperty("numbers")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public void Emit_writes_exactly_what_the_generator_emits()
    {
        Hostile();
        var (exit, _, err) = Run("emit", "seeds", "hostile/seeds", "-o", "out", "--namespace", "Demo");
        Assert.Equal(0, exit);
        Assert.Contains("wrote 11 files", err);

        var h = new GeneratorHarness();
        h.Global["build_property.MSBuildProjectDirectory"] = _dir;
        foreach (var file in Directory.GetFiles(_dir, "*.txt", SearchOption.AllDirectories).Where(f => !f.Contains("/out/")))
            h.AddSeedBytes(Path.GetRelativePath(GeneratorHarness.ProjectDir, file), File.ReadAllBytes(file));
        var generated = h.Run().GeneratedSources.ToDictionary(s => s.HintName, s => s.Text);
        var emitted = Directory.GetFiles(Path.Combine(_dir, "out")).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f, Encoding.UTF8));
        Assert.Equal(generated.Keys.OrderBy(k => k, StringComparer.Ordinal), emitted.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in generated) Assert.Equal(text, emitted[hint]);
    }

    [Fact]
    public void Emit_needs_an_output_folder() => Assert.NotEqual(0, Run("emit", "seeds").Exit);

    [Fact]
    public void Check_is_clean_on_the_reference_seeds()
    {
        var (exit, output, err) = Run("check", "--strict");
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Contains("2 seeds, 0 errors, 0 warnings", err);
    }

    [Fact]
    public void Check_reports_hostile_seeds_in_msbuild_form_with_exit_codes()
    {
        string folder = Hostile();
        var (exit, output, _) = Run("check", folder);
        Assert.Equal(0, exit);
        Assert.Equal(new[]
        {
            "hostile/seeds/a_b.txt(1,1): info SEED014: Seed file 'hostile/seeds/a_b.txt' has the same content as 'hostile/seeds/a-b.txt' (SHA-256 7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed)",
            "hostile/seeds/a_b.txt(1,1): warning SEED012: Seeds 'hostile/seeds/a-b.txt' and 'hostile/seeds/a_b.txt' map to the same class name 'a_b'; 'hostile/seeds/a_b.txt' is generated as 'a_b_2'",
            "hostile/seeds/bad.txt(2,2): warning SEED010: Seed file 'hostile/seeds/bad.txt' is not valid UTF-8 (first invalid byte at line 2, column 2); its text is read with U+FFFD",
            "hostile/seeds/bidi.txt(1,5): warning SEED015: Seed file 'hostile/seeds/bidi.txt' contains the invisible format character U+202E (RIGHT-TO-LEFT OVERRIDE) at line 1, column 5; it is kept in the data and escaped in the code",
            "hostile/seeds/empty.txt(1,1): warning SEED011: Seed file 'hostile/seeds/empty.txt' is empty or only white space; it generates a document with empty readouts",
        }, output.TrimEnd('\n').Split('\n').OrderBy(l => l, StringComparer.Ordinal));
        Assert.Equal(1, Run("check", folder, "--strict").Exit);
    }

    [Fact]
    public void Check_exits_2_on_a_duplicate_id_and_on_a_missing_path()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "other", "seeds"));
        File.WriteAllText(Path.Combine(_dir, "other", "seeds", "000_29994c0a40c8d7d7.txt"), "Another text.");
        var (exit, output, _) = Run("check", "seeds", "other/seeds");
        Assert.Equal(2, exit);
        Assert.Contains("seeds/000_29994c0a40c8d7d7.txt(1,1): error SEED012: Seeds 'other/seeds/000_29994c0a40c8d7d7.txt' and 'seeds/000_29994c0a40c8d7d7.txt' have the same id '000_29994c0a40c8d7d7'", output);

        var missing = Run("check", "nowhere");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("seedgen: error: 'nowhere' does not exist", missing.Err);
        Assert.Equal(2, Run("inspect", "nowhere").Exit);
        Assert.Equal(2, Run("emit", "nowhere", "-o", "x").Exit);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("emit")]
    [InlineData("check")]
    public void Every_command_has_help(string command)
    {
        var (exit, output, _) = Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("USAGE:", output);
        Assert.Contains("seedgen " + command, output);
    }
}

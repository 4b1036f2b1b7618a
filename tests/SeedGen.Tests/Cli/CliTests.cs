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
    private readonly CliFolder _folder = new("seedgen-cli-");

    private readonly string _dir;

    public CliTests() => _dir = _folder.Dir;

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => _folder.Run(args);

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
        Assert.Contains("wrote 9 files", err); // a-b and a_b clash: neither is generated

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
        Assert.Equal(1, exit); // errors
        Assert.Equal(new[]
        {
            "hostile/seeds/a-b.txt(1,1): error SEED012: Seeds 'hostile/seeds/a_b.txt' and 'hostile/seeds/a-b.txt' map to the same class name 'Seeds.a_b'; neither is generated. Give one of them another name: <Seed Update=\"hostile/seeds/a-b.txt\" SeedName=\"…\" />",
            "hostile/seeds/a_b.txt(1,1): error SEED012: Seeds 'hostile/seeds/a-b.txt' and 'hostile/seeds/a_b.txt' map to the same class name 'Seeds.a_b'; neither is generated. Give one of them another name: <Seed Update=\"hostile/seeds/a_b.txt\" SeedName=\"…\" />",
            "hostile/seeds/bad.txt(2,2): warning SEED010: Seed file 'hostile/seeds/bad.txt' is not valid UTF-8 (first invalid byte at line 2, column 2); its text is read with U+FFFD",
            "hostile/seeds/bidi.txt(1,5): warning SEED015: Seed file 'hostile/seeds/bidi.txt' contains the invisible format character U+202E (RIGHT-TO-LEFT OVERRIDE) at line 1, column 5; it is kept in the data and escaped in the code",
            "hostile/seeds/empty.txt(1,1): warning SEED011: Seed file 'hostile/seeds/empty.txt' is empty or only white space; it generates a document with empty readouts",
        }, output.TrimEnd('\n').Split('\n').OrderBy(l => l, StringComparer.Ordinal));
        File.Delete(Path.Combine(_dir, "hostile", "seeds", "a_b.txt"));
        Assert.Equal(0, Run("check", folder).Exit);
        Assert.Equal(1, Run("check", folder, "--strict").Exit); // warnings
    }

    [Fact]
    public void Usage_errors_exit_2_and_failures_never_exit_255()
    {
        var bogus = Run("check", "--bogus");
        Assert.Equal(2, bogus.Exit);
        Assert.Contains("seedgen: error: ", bogus.Err);
        Assert.Contains("bogus", bogus.Err);
        Assert.Equal(2, Run("frobnicate").Exit);
        Assert.Equal(2, Run("check", "--max-bytes").Exit);
        Assert.Equal(2, Run("check", "--max-bytes", "lots").Exit);
        Assert.Equal(2, Run("emit", "seeds", "-o", "out", "--class", "class").Exit);
        Assert.Equal(2, Run("emit", "seeds").Exit);
        // A command that fails inside (the output folder is a file): SEED019 and exit 3, no stack trace.
        File.WriteAllText(Path.Combine(_dir, "taken"), "a file");
        var failed = Run("emit", "seeds", "-o", "taken/sub");
        Assert.Equal(3, failed.Exit);
        Assert.StartsWith("seedgen: error SEED019: seedgen failed (", failed.Err);
        Assert.DoesNotContain("   at ", failed.Err);
    }

    [Fact]
    public void Emit_replaces_its_folder_only_when_everything_is_written()
    {
        Assert.Equal(0, Run("emit", "seeds", "-o", "out").Exit);
        File.WriteAllText(Path.Combine(_dir, "out", "stale.g.cs"), "// from an earlier run");
        Assert.Equal(0, Run("emit", "seeds", "-o", "out").Exit);
        Assert.False(File.Exists(Path.Combine(_dir, "out", "stale.g.cs")));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(_dir, "out")).Length);
        Assert.Single(Directory.GetDirectories(_dir), d => Path.GetFileName(d).StartsWith("out", StringComparison.Ordinal));
    }

    [Fact]
    public void The_CLI_selects_the_files_the_build_selects()
    {
        string seeds = Path.Combine(_dir, "seeds");
        Directory.CreateDirectory(Path.Combine(seeds, ".hidden"));
        File.WriteAllText(Path.Combine(seeds, ".hidden", "x.txt"), "in a hidden folder");
        File.WriteAllText(Path.Combine(seeds, ".dot.txt"), "a hidden file: MSBuild's glob takes it");
        Directory.CreateDirectory(Path.Combine(seeds, "loop"));
        Directory.CreateSymbolicLink(Path.Combine(seeds, "loop", "up"), seeds);          // a link loop
        Directory.CreateSymbolicLink(Path.Combine(seeds, "link"), Path.Combine(seeds, "loop"));
        File.WriteAllText(Path.Combine(seeds, "semi;colon.txt"), "MSBuild cannot pass this name on");
        File.WriteAllText(Path.Combine(seeds, "tab\tname.txt"), "nor this one");
        var (exit, output, err) = Run("check");
        Assert.Equal(0, exit);
        Assert.Contains("seedgen: 3 seeds", err);
        Assert.Equal(new[]
        {
            "seeds/semi;colon.txt(1,1): warning SEED022: Seed file 'seeds/semi;colon.txt' has ';' in its name, which MSBuild or the compiler cannot pass on; it is skipped. Rename the file",
            "seeds/tab\tname.txt(1,1): warning SEED022: Seed file 'seeds/tab\tname.txt' has a TAB in its name, which MSBuild or the compiler cannot pass on; it is skipped. Rename the file",
        }, output.TrimEnd('\n').Split('\n').OrderBy(l => l, StringComparer.Ordinal));
    }

    [Fact]
    public void Check_exits_1_on_a_duplicate_id_and_2_on_a_missing_path()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "other", "seeds"));
        File.WriteAllText(Path.Combine(_dir, "other", "seeds", "000_29994c0a40c8d7d7.txt"), "Another text.");
        var (exit, output, _) = Run("check", "seeds", "other/seeds");
        Assert.Equal(1, exit);
        Assert.Contains("seeds/000_29994c0a40c8d7d7.txt(1,1): error SEED012: Seeds 'other/seeds/000_29994c0a40c8d7d7.txt' and 'seeds/000_29994c0a40c8d7d7.txt' have the same id '000_29994c0a40c8d7d7'; neither is generated", output);

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
    [InlineData("report")]
    public void Every_command_has_help(string command)
    {
        var (exit, output, _) = Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("USAGE:", output);
        Assert.Contains("seedgen " + command, output);
    }
}

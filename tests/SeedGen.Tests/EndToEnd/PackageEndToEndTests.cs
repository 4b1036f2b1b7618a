using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SeedGen.Tests.EndToEnd;

/// <summary>
/// The package from the outside, the way a stranger uses it: dotnet pack, dotnet new,
/// dotnet add package, dotnet run/build. Slow (the real CLI), so all in this one class; each test
/// works in its own folder, and restores into the fixture's packages folder, never the user's.
/// </summary>
[Trait("Category", "EndToEnd")]
public partial class PackageEndToEndTests : IClassFixture<PackageFixture>, IClassFixture<SkipReasons>
{
    private readonly PackageFixture _package;

    private readonly SkipReasons _skip;

    public PackageEndToEndTests(PackageFixture package, SkipReasons skip)
    {
        _package = package;
        _skip = skip;
    }

    [Fact]
    public void The_package_holds_analyzers_and_build_logic_only()
    {
        using var zip = ZipFile.OpenRead(_package.Package);
        var entries = zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("_rels/") && !n.StartsWith("package/") && n != "[Content_Types].xml")
            .OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[]
        {
            "README.md", "SeedGen.nuspec",
            "analyzers/dotnet/cs/SeedGen.CodeFixes.dll", "analyzers/dotnet/cs/SeedGen.dll",
            "build/SeedGen.props", "build/SeedGen.targets", "buildTransitive/SeedGen.props", "buildTransitive/SeedGen.targets",
            "tasks/netstandard2.0/SeedGen.Tasks.dll",
        }, entries);
        using var nuspec = new StreamReader(zip.GetEntry("SeedGen.nuspec")!.Open());
        string xml = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", xml);
        Assert.Contains("<license type=\"expression\">MIT</license>", xml);
        Assert.Contains("<readme>README.md</readme>", xml);
        Assert.Contains("<repository type=\"git\"", xml);
        Assert.DoesNotContain("<dependencies", xml);
    }

    [Fact]
    public void The_tool_package_packs_without_a_warning_and_carries_its_readme()
    {
        // README's Command-line tool steps start with dotnet pack src/SeedGen.Cli; nuget.org shows the package's own readme.
        string feed = Path.Combine(_package.Root, "tool-feed");
        string project = Path.Combine(Repo.Root, "src", "SeedGen.Cli", "SeedGen.Cli.csproj");
        string output = DotNet.Ok(_package.Root, $"pack \"{project}\" -c Release -o \"{feed}\" -p:Version={_package.Version} -nodeReuse:false", 300);
        Assert.DoesNotContain("missing a readme", output);
        Assert.DoesNotMatch(new Regex(@": warning [A-Z]+\d+"), output);

        using var zip = ZipFile.OpenRead(Path.Combine(feed, $"SeedGen.Cli.{_package.Version}.nupkg"));
        using (var readme = new StreamReader(zip.GetEntry("README.md")!.Open()))
            Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "src", "SeedGen.Cli", "README.md")), readme.ReadToEnd());
        using var nuspec = new StreamReader(zip.GetEntry("SeedGen.Cli.nuspec")!.Open());
        string xml = nuspec.ReadToEnd();
        Assert.Contains("<readme>README.md</readme>", xml);
        Assert.Contains("<packageType name=\"DotnetTool\" />", xml);
    }

    [Fact]
    public void The_quick_start_line_works_verbatim_in_a_new_console_app()
    {
        // README's Quick start: top-level statements are in the global namespace, Seeds in the project's;
        // the package adds the project's namespace to the implicit usings.
        string app = _package.NewProject("quick");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(Seeds._001_d4a7fedfcebcdffb.Document.Title);\n");
        _package.Ok(app, "build -nodeReuse:false");
        Assert.Contains("प्रधानमंत्री श्री नरेन्द्र मोदी", _package.Ok(app, "run --no-build"));

        // Restored into the fixture's own packages folder, with the user's as a read-only fallback; nothing installed for the user.
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "obj", "project.assets.json")));
        var folders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name.TrimEnd('/', '\\')).ToArray();
        Assert.Equal(_package.Packages, folders[0]);
        if (Directory.Exists(_package.UserPackages)) Assert.Contains(_package.UserPackages.TrimEnd('/', '\\'), folders);
        _package.AssertInstalledPrivately();
    }

    [Fact]
    public void A_console_app_prints_readouts_through_the_generated_API_and_rebuilds_incrementally()
    {
        string app = _package.NewProject("app");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using app;
            var d = Seeds._001_d4a7fedfcebcdffb.Document;
            System.Console.OutputEncoding = System.Text.Encoding.UTF8;
            System.Console.WriteLine($"count={Seeds.Count}");
            System.Console.WriteLine($"title={d.Title}");
            System.Console.WriteLine($"counts={Seeds.Get("000_29994c0a40c8d7d7").ParagraphCount}/{d.SentenceCount}");
            System.Console.WriteLine($"release={d.Metadata["Release ID"]}");
            """);
        _package.Ok(app, "build -nodeReuse:false -p:EmitCompilerGeneratedFiles=true");
        string output = _package.Ok(app, "run --no-build");
        Assert.Contains("count=2", output);
        Assert.Contains("title=प्रधानमंत्री श्री नरेन्द्र मोदी ने रूस के राष्ट्रपति पुतिन के साथ टेलीफोन पर बातचीत की", output);
        Assert.Contains("counts=8/15", output);
        Assert.Contains("release=1714793", output);

        // Readable generated files with stable names.
        string generatedDir = Path.Combine(app, "obj", "Debug", "net10.0", "generated", "SeedGen", "SeedGen.Wiring.SeedGenerator");
        var generated = Directory.GetFiles(generatedDir).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "SeedDocument.g.cs", "Seeds.Related.g.cs", "Seeds._000_29994c0a40c8d7d7.g.cs", "Seeds._001_d4a7fedfcebcdffb.g.cs", "Seeds.g.cs" }, generated);

        // No change: neither the text pack nor the compiler runs again.
        string again = _package.Ok(app, "build -nodeReuse:false -p:EmitCompilerGeneratedFiles=true -v:n");
        Assert.Contains("Skipping target \"SeedGenTextPack\" because all output files are up-to-date", again);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", again);
        // Program.cs edited: the compiler runs, the pack is not written again.
        File.AppendAllText(Path.Combine(app, "Program.cs"), "\n// edited\n");
        string codeEdit = _package.Ok(app, "build -nodeReuse:false -p:EmitCompilerGeneratedFiles=true -v:n");
        Assert.Contains("Skipping target \"SeedGenTextPack\" because all output files are up-to-date", codeEdit);
        Assert.DoesNotContain("Skipping target \"CoreCompile\"", codeEdit);

        // A seed edit: the compiler runs and the output changes.
        string seed = Path.Combine(app, "seeds", "001_d4a7fedfcebcdffb.txt");
        File.WriteAllText(seed, File.ReadAllText(seed).Replace("(Release ID: 1714793)", "(Release ID: 999)"), new UTF8Encoding(false));
        string edited = _package.Ok(app, "build -nodeReuse:false -p:EmitCompilerGeneratedFiles=true -v:n");
        Assert.DoesNotContain("Skipping target \"SeedGenTextPack\"", edited);
        Assert.DoesNotContain("Skipping target \"CoreCompile\"", edited);
        Assert.Contains("release=999", _package.Ok(app, "run --no-build"));
    }

    [Fact]
    public void A_typo_in_an_id_fails_the_build_with_SEED001_at_the_argument()
    {
        string app = _package.NewProject("typo");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "using typo;\nSystem.Console.WriteLine(Seeds.Get(\"000_29994c0a40c8d7d8\").Lead);\n");
        var result = _package.Run(app, "build -nodeReuse:false -p:ErrorLog=typo.sarif%2Cversion=2.1");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Matches(new Regex(@"Program\.cs\(2,36\): error SEED001: Seed '000_29994c0a40c8d7d8' does not exist\. Nearest: '000_29994c0a40c8d7d7', '001_d4a7fedfcebcdffb'"), result.Output);

        // README's SARIF line: the rule carries its description and a help link at the package's version.
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "typo.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "SEED001");
        Assert.StartsWith("A constant id passed to Seeds.Get", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal($"https://github.com/seedgen/SeedGen/blob/v{_package.Version}/README.md#seed001", rule.GetProperty("helpUri").GetString());
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "SEED001");
    }

    [Fact]
    public void An_invalid_utf8_seed_builds_with_SEED010_pointing_into_the_seed_and_a_globalconfig_sets_severities()
    {
        string app = _package.NewProject("badutf8");
        File.WriteAllBytes(Path.Combine(app, "seeds", "bad.txt"), new byte[] { 0x61, 0x62, 0x63, 0xC0, 0xAF, 0x64, 0x0A });
        File.WriteAllText(Path.Combine(app, "seeds", "empty.txt"), "");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(badutf8.Seeds.bad.Document.Text.Length);\n");
        File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.SEED011.severity = none\n");
        string output = _package.Ok(app, "build -nodeReuse:false");
        Assert.Matches(new Regex(@"seeds[/\\]bad\.txt\(1,4\): warning SEED010: Seed file 'seeds/bad\.txt' is not valid UTF-8 \(first invalid byte at line 1, column 4\)"), output);
        Assert.DoesNotContain("SEED011", output);
    }

    [Fact]
    public void A_netstandard20_library_with_its_default_CSharp_and_a_net80_app_build()
    {
        string lib = _package.NewProject("lib", "classlib -f netstandard2.0");
        File.WriteAllText(Path.Combine(lib, "Class1.cs"), """
            namespace lib
            {
                public static class Uses
                {
                    public static string Title() { return Seeds._001_d4a7fedfcebcdffb.Title + Seeds.Get("000_29994c0a40c8d7d7").Paragraphs[0] + Seeds._000_29994c0a40c8d7d7.Utf8.Count; }
                }
            }
            """);
        string libOutput = _package.Ok(lib, "build -nodeReuse:false");
        Assert.Contains("0 Warning(s)", libOutput);

        // The console template offers net10.0 only: retarget it, as a user would.
        string app8 = _package.NewProject("app8", targetFramework: "net8.0");
        File.WriteAllText(Path.Combine(app8, "Program.cs"), "System.Console.WriteLine(app8.Seeds._000_29994c0a40c8d7d7.Document.Dateline);\n");
        string appOutput = _package.Ok(app8, "build -nodeReuse:false");
        Assert.Contains("0 Warning(s)", appOutput);
    }

    [Fact]
    public void Seed_files_whose_names_the_build_cannot_pass_on_are_skipped_with_SEED022()
    {
        // Each of these stops a build with CS2001/CS2021 (every seed lost) if it reaches the compiler.
        string app = _package.NewProject("names");
        string seeds = Path.Combine(app, "seeds");
        string[] names = { "semi;colon.txt", "tab\tname.txt", "new\nline.txt", "pct%41.txt", "at@x.txt", "q'uote.txt", "dollar$(x).txt", "back\\slash.txt" };
        foreach (var name in names) File.WriteAllText(Path.Combine(seeds, name), "Text.");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine(\"count=\" + Seeds.Count);\n");
        string output = _package.Ok(app, "build -nodeReuse:false");
        var warnings = output.Split('\n').Where(l => l.Contains("warning SEED022: Seed file")).Select(l => l.Trim()).Distinct().ToList(); // a name with a line feed takes two lines
        Assert.True(names.Length == warnings.Count, string.Join("\n", warnings));
        Assert.Contains(warnings, w => w.Contains("Seed file 'seeds/semi;colon.txt' has a character in its name"));
        Assert.Contains("count=2", _package.Ok(app, "run --no-build"));
    }

    [Fact]
    public void Seed_Update_Remove_and_Include_work_as_README_shows()
    {
        // README, Configuration: rename a default item, exclude one, rename one by including it again, add seeds from elsewhere.
        string app = _package.NewProject("items");
        Directory.CreateDirectory(Path.Combine(app, "docs"));
        File.WriteAllText(Path.Combine(app, "seeds", "drop-me.txt"), "Removed.");
        File.WriteAllText(Path.Combine(app, "seeds", "fed-holds-rates.txt"), "Renamed by Update.");
        File.WriteAllText(Path.Combine(app, "seeds", "second.txt"), "Renamed by Include.");
        File.WriteAllText(Path.Combine(app, "docs", "extra.txt"), "From elsewhere.");
        string csproj = Path.Combine(app, "items.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</Project>", """
              <ItemGroup>
                <Seed Update="seeds/fed-holds-rates.txt" SeedName="Fed" />
                <Seed Remove="seeds/drop-me.txt" />
                <Seed Include="seeds/second.txt" SeedName="Second" />
                <Seed Include="docs/**/*.txt" />
              </ItemGroup>
            </Project>
            """));
        File.WriteAllText(Path.Combine(app, "Program.cs"),
            "Console.WriteLine($\"{Seeds.Count}|{Seeds.Fed.Document.Text}|{Seeds.Second.Document.Text}|{Seeds.Ids.Contains(\"drop-me\")}|{Seeds.docs.extra.Document.Text}\");\n");
        string build = _package.Ok(app, "build -nodeReuse:false");
        Assert.Contains("0 Warning(s)", build);
        Assert.Contains("5|Renamed by Update.|Renamed by Include.|False|From elsewhere.", _package.Ok(app, "run --no-build"));
    }

    [Fact]
    public void An_app_gets_SEED001_on_its_calls_into_a_referenced_librarys_seeds()
    {
        string lib = _package.NewProject("seedlib", "classlib");
        string libProj = Path.Combine(lib, "seedlib.csproj");
        File.WriteAllText(libProj, File.ReadAllText(libProj).Replace("</PropertyGroup>", "  <SeedGenVisibility>public</SeedGenVisibility>\n  </PropertyGroup>"));
        string app = _package.NewProject("seedapp", copySeeds: false);
        _package.Ok(app, "add reference ../seedlib/seedlib.csproj");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(seedlib.Seeds.Get(\"001_d4a7fedfcebcdffc\").Title);\n");
        var r = _package.Run(app, "build -nodeReuse:false");
        Assert.NotEqual(0, r.ExitCode);
        Assert.Matches(new Regex(@"Program\.cs\(1,37\): error SEED001: Seed '001_d4a7fedfcebcdffc' does not exist\. Nearest: '001_d4a7fedfcebcdffb'"), r.Output);
    }

    [Fact]
    public void The_quick_start_line_compiles_verbatim_in_a_net80_console_app()
    {
        // Only the .NET 10 runtime is installed here: the net8.0 app is built, not run.
        string app = _package.NewProject("quick8", targetFramework: "net8.0");
        File.WriteAllText(Path.Combine(app, "Program.cs"), "Console.WriteLine(Seeds._001_d4a7fedfcebcdffb.Document.Title);\n");
        Assert.Contains("0 Warning(s)", _package.Ok(app, "build -nodeReuse:false"));
    }
}

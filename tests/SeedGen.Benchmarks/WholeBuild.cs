using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace SeedGen.Benchmarks;

/// <summary>
/// <c>--whole-build [server rounds] [one-shot rounds]</c>: <c>dotnet build -c Release</c> of consumer projects
/// holding the real corpus, in a temporary folder, alternating between them in each round:
/// <list type="bullet">
/// <item><c>embedded</c>: the seeds as <c>EmbeddedResource</c> (the baseline, no generator);</item>
/// <item><c>floor-as-source</c>: the floor generator's output (one <c>u8</c> constant per seed) as plain source;</item>
/// <item><c>bare-surface-as-source</c>: SeedGen's output as plain source, each seed's class cut down to SPEC
/// section 2's constants and <c>Utf8</c>, its <c>Document</c> <c>null!</c> (no layout, no factory, no doc comments):
/// the surface with none of the readouts' data;</item>
/// <item><c>spec-surface-as-source</c>: SeedGen's output as plain source without the per-seed constants
/// beyond SPEC section 2 (<c>Id</c>, <c>Path</c>, <c>Sha256</c>, <c>ParagraphCount</c>, <c>SentenceCount</c>,
/// <c>WordCount</c>, <c>Dateline</c> are kept): what compiling the surface the SPEC requires costs, with no generator
/// or analyzer of ours running;</item>
/// <item><c>seedgen-as-source</c>: SeedGen's output as plain source;</item>
/// <item><c>seedgen-package</c>: the package itself (packed from this repository with a version unique to the run), its
/// generator and analyzers running.</item>
/// </list>
/// Each build follows a touch of one seed (or of <c>Program.cs</c>), so <c>CoreCompile</c> runs; warm-up builds are
/// dropped (one one-shot and two with the compiler server per project). Prints the medians, ranges and ratios to
/// the <c>EmbeddedResource</c> build, with the compiler server (<c>UseSharedCompilation=true</c>) and without.
/// </summary>
internal static class WholeBuild
{
    private static readonly HashSet<string> SpecConstants = new(StringComparer.Ordinal)
    { "Id", "Path", "Sha256", "ParagraphCount", "SentenceCount", "WordCount", "Dateline" };

    private sealed record Project(string Name, string Dir, string Touch);

    public static void Run(int serverRounds, int oneShotRounds)
    {
        var docs = Workloads.Real();
        string root = Path.Combine(Path.GetTempPath(), "seedgen-wholebuild-" + Guid.NewGuid().ToString("N").Substring(0, 10));
        Directory.CreateDirectory(root);
        Console.WriteLine($"whole build of {docs.Count} documents ({docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)):N0} bytes of UTF-8) in {root}");
        try
        {
            var projects = Create(root, docs);
            foreach (var p in projects) DotNet(p.Dir, "restore");
            foreach (var p in projects)
            {
                Build(p, shared: false);
                Build(p, shared: true);
                Build(p, shared: true);
            }
            var results = new Dictionary<(string, bool), List<(double Wall, double CoreCompile)>>();
            foreach (var (shared, rounds) in new[] { (true, serverRounds), (false, oneShotRounds) })
                for (int r = 0; r < rounds; r++)
                    foreach (var p in projects)
                    {
                        var m = Build(p, shared);
                        if (!results.TryGetValue((p.Name, shared), out var list)) results[(p.Name, shared)] = list = new();
                        list.Add(m);
                        Console.WriteLine($"  round {r + 1} {(shared ? "server" : "one-shot")} {p.Name}: {m.Wall:F2} s (CoreCompile {m.CoreCompile:F2} s)");
                    }
            Print(projects, results, serverRounds, oneShotRounds);
        }
        finally
        {
            DotNet(root, "build-server shutdown", check: false);
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static List<Project> Create(string root, List<(string Name, string Text)> docs)
    {
        // The package, packed from this repository.
        string feed = Path.Combine(root, "feed");
        string version = "0.1.0-wholebuild." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        DotNet(root, $"pack \"{Path.Combine(Workloads.Root, "src", "SeedGen", "SeedGen.csproj")}\" -c Release -o \"{feed}\" -p:Version={version}");
        File.WriteAllText(Path.Combine(root, "nuget.config"), SeedGen.Testing.LocalFeed.NuGetConfig(feed));

        var seedGenSources = Generated(new Wiring.SeedGenerator(), docs);
        var projects = new List<Project>
        {
            WithSeeds(root, "embedded", docs, "<ItemGroup><EmbeddedResource Include=\"seeds/*.txt\" /></ItemGroup>"),
            WithSources(root, "floor-as-source", Generated(new FloorGenerator(), docs)),
            WithSources(root, "bare-surface-as-source", seedGenSources.Select(s => (s.Name, BareSurface(SpecSurface(s.Text)))).ToList()),
            WithSources(root, "spec-surface-as-source", seedGenSources.Select(s => (s.Name, SpecSurface(s.Text))).ToList()),
            WithSources(root, "seedgen-as-source", seedGenSources),
            WithSeeds(root, "seedgen-package", docs, $"<ItemGroup><PackageReference Include=\"SeedGen\" Version=\"{version}\" PrivateAssets=\"all\" /></ItemGroup>"),
        };
        return projects;
    }

    internal static string Csproj(string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><RootNamespace>Demo</RootNamespace></PropertyGroup>
          {items}
        </Project>
        """;

    private static Project WithSeeds(string root, string name, List<(string Name, string Text)> docs, string items)
    {
        string dir = Path.Combine(root, name);
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), Csproj(items));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(\"ok\");\n");
        foreach (var (doc, text) in docs) File.WriteAllText(Path.Combine(dir, "seeds", doc + ".txt"), text, new UTF8Encoding(false));
        return new Project(name, dir, Path.Combine(dir, "seeds", docs[0].Name + ".txt"));
    }

    private static Project WithSources(string root, string name, List<(string Name, string Text)> sources)
    {
        string dir = Path.Combine(root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), Csproj(""));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(\"ok\");\n");
        foreach (var (file, text) in sources) File.WriteAllText(Path.Combine(dir, file), text, new UTF8Encoding(false));
        return new Project(name, dir, Path.Combine(dir, "Program.cs"));
    }

    /// <summary>What a generator adds for the documents, as (file name, text), the way a build would run it.</summary>
    private static List<(string Name, string Text)> Generated(IIncrementalGenerator generator, List<(string Name, string Text)> docs)
    {
        var result = Workloads.Driver(generator.AsSourceGenerator(), Workloads.SeedTexts(docs)).RunGenerators(Workloads.Compilation()).GetRunResult();
        return result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }

    /// <summary>A per-seed source without the constants beyond SPEC section 2 (the factory gets their values inline).</summary>
    internal static string SpecSurface(string source)
    {
        if (!source.Contains("s_document ??", StringComparison.Ordinal)) return source; // the catalog and the shared types
        var constant = new Regex(@"^\s*public const (?:string\??|int) (\w+) = (.*);\s*$");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new StringBuilder();
        foreach (var line in source.Split('\n'))
        {
            var m = constant.Match(line);
            if (m.Success) values[m.Groups[1].Value] = m.Groups[2].Value;
            if (m.Success && !SpecConstants.Contains(m.Groups[1].Value)) continue;
            kept.Append(line).Append('\n');
        }
        string text = kept.ToString(0, Math.Max(0, kept.Length - 1));
        foreach (var name in new[] { "Script", "Language" })
            if (values.TryGetValue(name, out var value)) text = text.Replace($", {name}, ", $", {value}, ");
        return text;
    }

    /// <summary>A per-seed source reduced to SPEC section 2's constants and <c>Utf8</c>, its <c>Document</c> <c>null!</c>.</summary>
    internal static string BareSurface(string source)
    {
        if (!source.Contains("s_document ??", StringComparison.Ordinal)) return source;
        var kept = new StringBuilder();
        foreach (var line in source.Split('\n'))
        {
            string t = line.TrimStart();
            if (t.StartsWith("///", StringComparison.Ordinal) || t.Contains(" LayoutData =>", StringComparison.Ordinal)
                || t.Contains(" __Utf8() =>", StringComparison.Ordinal) || t.Contains(" s_document;", StringComparison.Ordinal))
                continue;
            int document = line.IndexOf(" Document => ", StringComparison.Ordinal);
            kept.Append(document >= 0 ? line.Substring(0, document) + " Document => null!;" : line).Append('\n');
        }
        return kept.ToString(0, Math.Max(0, kept.Length - 1));
    }

    private static (double Wall, double CoreCompile) Build(Project p, bool shared)
    {
        File.SetLastWriteTimeUtc(p.Touch, DateTime.UtcNow);
        var watch = Stopwatch.StartNew();
        string output = DotNet(p.Dir, $"build -c Release --no-restore -p:UseSharedCompilation={(shared ? "true" : "false")} -clp:PerformanceSummary");
        double wall = watch.Elapsed.TotalSeconds;
        var m = Regex.Match(output, @"^\s*(\d+) ms\s+CoreCompile\s", RegexOptions.Multiline);
        if (!m.Success) throw new InvalidOperationException($"{p.Name}: CoreCompile did not run:\n{output}");
        return (wall, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) / 1000.0);
    }

    private static void Print(List<Project> projects, Dictionary<(string, bool), List<(double Wall, double CoreCompile)>> results, int serverRounds, int oneShotRounds)
    {
        string Cell(string name, bool shared, bool coreCompile)
        {
            var xs = results[(name, shared)].Select(m => coreCompile ? m.CoreCompile : m.Wall).ToList();
            double baseline = Median(results[(projects[0].Name, shared)].Select(m => coreCompile ? m.CoreCompile : m.Wall));
            double median = Median(xs);
            return string.Create(CultureInfo.InvariantCulture, $"{median:F2} s ({xs.Min():F2}–{xs.Max():F2}): {median / baseline:F2}×");
        }
        Console.WriteLine();
        Console.WriteLine($"| build, {Workloads.Real().Count} documents | server, wall ({serverRounds} rounds) | server, `CoreCompile` | one-shot, wall ({oneShotRounds} rounds) | one-shot, `CoreCompile` |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var p in projects)
            Console.WriteLine($"| {p.Name} | {Cell(p.Name, true, false)} | {Cell(p.Name, true, true)} | {Cell(p.Name, false, false)} | {Cell(p.Name, false, true)} |");
    }

    internal static double Median(IEnumerable<double> xs)
    {
        var s = xs.OrderBy(x => x).ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }

    /// <summary>The CLI as the tests run it, but with MSBuild's default node reuse, as a user's build has it.</summary>
    private static string DotNet(string dir, string arguments, bool check = true)
    {
        var result = SeedGen.Testing.DotNetCli.Run(dir, arguments, timeoutSeconds: 900, disableNodeReuse: false);
        if (check && result.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {arguments} in {dir} exited {result.ExitCode}:\n{result.Output}");
        return result.Output;
    }
}

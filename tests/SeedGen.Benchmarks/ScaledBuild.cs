using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace SeedGen.Benchmarks;

/// <summary>
/// <c>--scaled-build [rounds]</c>: one-shot <c>dotnet build -c Release</c> (no compiler server, no node reuse) of two
/// consoles holding the scaled workload (10,000 documents, about 100 MB, <see cref="Workloads.Scaled100MB"/>): the
/// files as <c>EmbeddedResource</c>, and the package (packed from this repository). For each: the first build after
/// restore, a build after a <c>Program.cs</c> edit and one after a seed edit, with the compiler's peak memory (the
/// largest <c>VmHWM</c> of a <c>csc</c> process seen while it runs); then the package's generated source, written
/// out by one more build. A third project is the floor of SPEC section 2's surface: SeedGen's generated source cut
/// down to the section's constants and <c>Utf8</c> (<c>Document => null!</c>, no layout), compiled as plain source
/// beside the files as <c>EmbeddedResource</c>, no generator or analyzer of ours running. Prints a table of medians
/// and ratios to the <c>EmbeddedResource</c> build.
/// </summary>
internal static class ScaledBuild
{
    private sealed record Project(string Name, string Dir);

    public static void Run(int rounds)
    {
        var docs = Workloads.Scaled100MB();
        string root = Path.Combine(Path.GetTempPath(), "seedgen-scaledbuild-" + Guid.NewGuid().ToString("N").Substring(0, 10));
        Directory.CreateDirectory(root);
        long bytes = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        Console.WriteLine($"scaled build of {docs.Count:N0} documents ({bytes:N0} bytes of UTF-8) in {root}, {Environment.ProcessorCount} cores");
        try
        {
            string feed = Path.Combine(root, "feed");
            string version = "0.1.0-scaledbuild." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            DotNet(root, $"pack \"{Path.Combine(Workloads.Root, "src", "SeedGen", "SeedGen.csproj")}\" -c Release -o \"{feed}\" -p:Version={version}");
            File.WriteAllText(Path.Combine(root, "nuget.config"), SeedGen.Testing.LocalFeed.NuGetConfig(feed));
            var projects = new[]
            {
                Create(root, "embedded", docs, "<ItemGroup><EmbeddedResource Include=\"seeds/*.txt\" /></ItemGroup>"),
                Create(root, "seedgen-package", docs, $"<ItemGroup><PackageReference Include=\"SeedGen\" Version=\"{version}\" PrivateAssets=\"all\" /></ItemGroup>"),
                Create(root, "bare-surface", docs, "<ItemGroup><EmbeddedResource Include=\"seeds/*.txt\" /></ItemGroup>"),
            };
            var run = Workloads.Driver(Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new Wiring.SeedGenerator()), Workloads.SeedTexts(docs))
                .RunGenerators(Workloads.Compilation()).GetRunResult();
            foreach (var source in run.Results.SelectMany(r => r.GeneratedSources))
                File.WriteAllText(Path.Combine(projects[2].Dir, source.HintName), WholeBuild.BareSurface(WholeBuild.SpecSurface(source.SourceText.ToString())), new UTF8Encoding(false));
            foreach (var p in projects) DotNet(p.Dir, "restore");

            var results = new Dictionary<(string Project, string Build), List<(double Wall, double PeakGb)>>();
            void Add(Project p, string build, (double, double) m)
            {
                if (!results.TryGetValue((p.Name, build), out var list)) results[(p.Name, build)] = list = new();
                list.Add(m);
                Console.WriteLine($"  {p.Name} {build}: {m.Item1:F1} s, peak compiler memory {m.Item2:F2} GB");
            }
            for (int r = 0; r < rounds; r++)
                foreach (var p in projects)
                {
                    foreach (var dir in new[] { "bin", "obj/Release" }.Select(d => Path.Combine(p.Dir, d)).Where(Directory.Exists))
                        Directory.Delete(dir, recursive: true);
                    Add(p, "first build", Build(p));
                    File.AppendAllText(Path.Combine(p.Dir, "Program.cs"), "// edit\n");
                    Add(p, "Program.cs edited", Build(p));
                    File.AppendAllText(Path.Combine(p.Dir, "seeds", docs[docs.Count / 2].Name + ".txt"), " edit");
                    Add(p, "one seed edited", Build(p));
                }

            // The generated source, as a build writes it out.
            var package = projects[1];
            File.AppendAllText(Path.Combine(package.Dir, "Program.cs"), "// edit\n"); // else the compiler does not run
            DotNet(package.Dir, "build -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath=generated");
            var files = Directory.GetFiles(Path.Combine(package.Dir, "generated"), "*.cs", SearchOption.AllDirectories);
            long generated = files.Sum(f => new FileInfo(f).Length);
            string dll = Path.Combine(package.Dir, "bin", "Release", "net10.0", package.Name + ".dll");
            string baseline = Path.Combine(projects[0].Dir, "bin", "Release", "net10.0", projects[0].Name + ".dll");
            Console.WriteLine();
            Console.WriteLine($"| {docs.Count:N0} documents, {bytes / 1e6:F1} MB, one-shot | `EmbeddedResource` | SeedGen package | ratio |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var build in new[] { "first build", "Program.cs edited", "one seed edited" })
            {
                double e = WholeBuild.Median(results[("embedded", build)].Select(m => m.Wall)), s = WholeBuild.Median(results[("seedgen-package", build)].Select(m => m.Wall));
                double f = WholeBuild.Median(results[("bare-surface", build)].Select(m => m.Wall));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `dotnet build`, {build} | {e:F1} s | {s:F1} s | **{s / e:F2}×** | floor: SPEC section 2's surface as source {f:F1} s, {f / e:F2}× |"));
            }
            double em = results.Where(kv => kv.Key.Project == "embedded").SelectMany(kv => kv.Value).Max(m => m.PeakGb);
            double sm = results.Where(kv => kv.Key.Project == "seedgen-package").SelectMany(kv => kv.Value).Max(m => m.PeakGb);
            double fm = results.Where(kv => kv.Key.Project == "bare-surface").SelectMany(kv => kv.Value).Max(m => m.PeakGb);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| peak compiler memory (largest) | {em:F2} GB | {sm:F2} GB | {sm / em:F2}× | floor {fm:F2} GB |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| generated source | — | {generated / 1e6:F2} MB in {files.Length} files | |"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| assembly | {new FileInfo(baseline).Length / 1e6:F1} MB | {new FileInfo(dll).Length / 1e6:F1} MB | |"));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static Project Create(string root, string name, List<(string Name, string Text)> docs, string items)
    {
        string dir = Path.Combine(root, name);
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), WholeBuild.Csproj(items));
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(\"ok\");\n");
        foreach (var (doc, text) in docs) File.WriteAllText(Path.Combine(dir, "seeds", doc + ".txt"), text, new UTF8Encoding(false));
        return new Project(name, dir);
    }

    /// <summary>A one-shot build: wall time, and the largest peak resident memory of a compiler process, in GB.</summary>
    private static (double Wall, double PeakGb) Build(Project p)
    {
        long peakKb = 0;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(50)) peakKb = Math.Max(peakKb, CompilerPeakKb());
        }) { IsBackground = true };
        sampler.Start();
        var watch = Stopwatch.StartNew();
        DotNet(p.Dir, "build -c Release --no-restore -nodeReuse:false -p:UseSharedCompilation=false");
        double wall = watch.Elapsed.TotalSeconds;
        done.Set();
        sampler.Join();
        return (wall, peakKb / 1024.0 / 1024.0);
    }

    /// <summary>The largest VmHWM (peak resident set) among running <c>csc</c> processes (Linux /proc), in KB.</summary>
    private static long CompilerPeakKb()
    {
        long peak = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                string cmdline = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (!cmdline.Contains("csc", StringComparison.Ordinal) || cmdline.Contains("MSBuild.dll", StringComparison.Ordinal)) continue;
                foreach (var line in File.ReadLines(Path.Combine(dir, "status")))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        peak = Math.Max(peak, long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return peak;
    }

    private static string DotNet(string dir, string arguments)
    {
        var result = SeedGen.Testing.DotNetCli.Run(dir, arguments, timeoutSeconds: 3600);
        if (result.ExitCode != 0) throw new InvalidOperationException($"dotnet {arguments} in {dir} exited {result.ExitCode}:\n{result.Output}");
        return result.Output;
    }
}

using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace SeedGen.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/SeedGen.Benchmarks -- --short</c> runs everything in a few minutes
    /// (3 warm-ups, 5 iterations); without <c>--short</c>, BenchmarkDotNet's defaults. Other arguments go to
    /// BenchmarkDotNet (e.g. <c>--filter *Lookups*</c>). <c>--phases</c>, <c>--allocations</c>, <c>--first-run</c>,
    /// <c>--profile</c> and <c>--whole-build</c> are diagnostic modes, <c>--mutation-table</c> sums Stryker's reports (see <see cref="Phases"/>, <see cref="Allocations"/>,
    /// <see cref="FirstRun"/>, <see cref="Profile"/> and <see cref="WholeBuild"/>), not benchmarks.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length >= 1 && args[0] == "--profile")
        {
            Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, args.Length > 2 ? args[2] : "cold");
            return;
        }
        if (args.Length >= 2 && args[0] == "--allocations")
        {
            Allocations(args[1]);
            return;
        }
        if (args.Length >= 2 && args[0] == "--minhash-study")
        {
            MinHashStudy.Run(args[1]);
            return;
        }
        if (args.Length >= 2 && args[0] == "--write-scaled")
        {
            System.IO.Directory.CreateDirectory(args[1]);
            foreach (var (name, text) in Workloads.Scaled100MB())
                System.IO.File.WriteAllText(System.IO.Path.Combine(args[1], name + ".txt"), text);
            return;
        }
        if (args.Length >= 2 && args[0] == "--first-run")
        {
            FirstRun(args[1]);
            return;
        }
        if (args.Length >= 1 && args[0] == "--analyzers")
        {
            AnalyzerShare.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }
        if (args.Length >= 1 && args[0] == "--whole-build")
        {
            WholeBuild.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
            return;
        }
        if (args.Length >= 1 && args[0] == "--generated-size")
        {
            // The generated source for the real corpus or the scaled workload, as the package generates it (text in the pack).
            var docs = args.Length > 1 && args[1] == "scaled" ? Workloads.Scaled100MB() : Workloads.Real();
            var run = Workloads.Driver(Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new Wiring.SeedGenerator()), Workloads.SeedTexts(docs)).RunGenerators(Workloads.Compilation()).GetRunResult();
            var sources = run.Results.SelectMany(r => r.GeneratedSources).ToList();
            long utf8 = sources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            long text = docs.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
            System.Console.WriteLine($"{docs.Count:N0} documents, {text:N0} bytes of text: {sources.Count:N0} sources, {utf8:N0} bytes of UTF-8 ({sources.Sum(s => (long)s.SourceText.Length):N0} chars)");
            if (args.Length > 2) System.IO.File.WriteAllText(args[2], sources[sources.Count / 2].SourceText.ToString());
            return;
        }
        if (args.Length >= 1 && args[0] == "--scaled-build")
        {
            ScaledBuild.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }
        if (args.Length >= 2 && args[0] == "--mutation-table")
        {
            MutationTable.Run(args.Skip(1).ToList());
            return;
        }
        if (args.Length >= 1 && args[0] == "--phases")
        {
            Phases.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20,
                args.Length > 2 && args[2] != "all" ? args[2] : null, args.Length > 3 && args[3] == "scaled");
            return;
        }
        bool isShort = args.Contains("--short");
        args = args.Where(a => a != "--short").ToArray();
        var config = DefaultConfig.Instance;
        if (isShort)
            config = config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1).WithId("Short"));
        if (args.Length == 0) args = new[] { "--filter", "*" };
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    /// <summary>
    /// <c>--allocations folder|scaled</c>: one cold SeedGen run over every <c>*.txt</c> of a folder, or over the
    /// scaled workload of about 100 MB (<see cref="Workloads.Scaled100MB"/>; <c>--write-scaled folder</c> writes it out) (after a
    /// warm-up run over the real corpus), the floor's and SeedGen's, with the bytes allocated on all threads against the UTF-8 bytes of the seeds.
    /// </summary>
    private static void Allocations(string folder)
    {
        var docs = folder == "scaled"
            ? Workloads.Scaled100MB()
            : System.IO.Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (System.IO.Path.GetFileNameWithoutExtension(f), System.IO.File.ReadAllText(f))).ToList();
        var seeds = Workloads.SeedTexts(docs);
        long bytes = docs.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Item2));
        var files = docs;
        var compilation = Workloads.Compilation();
        foreach (var (name, create) in new (string, Func<Microsoft.CodeAnalysis.ISourceGenerator>)[]
        {
            ("Floor", () => Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new FloorGenerator())),
            ("SeedGen", () => Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new SeedGen.Wiring.SeedGenerator())),
        })
        {
            Workloads.Driver(create(), Workloads.SeedTexts(Workloads.Real())).RunGenerators(compilation); // warm-up
            GC.Collect();
            long before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (Environment.GetEnvironmentVariable("SEEDGEN_ALLOC_TYPES") == name)
                AllocTypes.Run(() => Workloads.Driver(create(), seeds).RunGenerators(compilation));
            else
                Workloads.Driver(create(), seeds).RunGenerators(compilation);
            watch.Stop();
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine($"{name}: {files.Count} seeds, {bytes / 1e6:F1} MB: {watch.Elapsed.TotalSeconds:F2} s, {allocated / 1e6:F1} MB allocated ({(double)allocated / bytes:F2}x the seeds' bytes)");
        }
    }

    /// <summary>
    /// <c>--first-run Floor|SeedGen|Peer</c>: the first run of one generator in this process, as a one-shot
    /// <c>csc</c> (no compiler server) sees it: the generator's code is not yet compiled by the JIT. The
    /// driver and the compiler are warmed first with a generator that does nothing, so only the
    /// generator's own cold start and work are timed. Run each generator in its own process.
    /// </summary>
    private static void FirstRun(string which)
    {
        var docs = Workloads.Real();
        var seeds = Workloads.SeedTexts(docs);
        var compilation = Workloads.Compilation();
        for (int i = 0; i < 3; i++)
            Workloads.Driver(Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new NothingGenerator()), seeds).RunGenerators(compilation);
        Microsoft.CodeAnalysis.GeneratorDriver driver = which switch
        {
            "Floor" => Workloads.Driver(Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new FloorGenerator()), seeds),
            "SeedGen" => Workloads.Driver(Microsoft.CodeAnalysis.GeneratorExtensions.AsSourceGenerator(new SeedGen.Wiring.SeedGenerator()), seeds),
            "Peer" => PeerDriver(docs),
            _ => throw new ArgumentException("--first-run Floor|SeedGen|Peer"),
        };
        _ = compilation.Assembly; // the compiler binds the references in every build, whoever asks first
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        MarkBegin();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        watch.Stop();
        MarkEnd();
        Console.WriteLine($"{which}: first run {watch.Elapsed.TotalMilliseconds:F0} ms, of which the JIT {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms " +
            $"({System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods} methods); {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F1} MB allocated; {driver.GetRunResult().GeneratedTrees.Length} files");
    }

    // Markers for DOTNET_JitStdOutFile + DOTNET_JitDisasmSummary=1: the methods compiled between them are the first run's.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] private static void MarkBegin() { }
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)] private static void MarkEnd() { }

    private static Microsoft.CodeAnalysis.GeneratorDriver PeerDriver(System.Collections.Generic.List<(string Name, string Text)> docs)
    {
        var (resx, options) = Workloads.Resx(docs);
        return Workloads.Driver(Workloads.ResxGenerator(), System.Collections.Immutable.ImmutableArray.Create(resx), options);
    }

    /// <summary>
    /// <c>--profile [seconds] [cold|seed-edit]</c>: cold SeedGen generation of the real corpus (or the re-run after one seed of 1,000 is edited) in a loop, for a profiler
    /// (<c>dotnet-trace collect -- dotnet SeedGen.Benchmarks.dll --profile</c>); prints the mean per run.
    /// </summary>
    private static void Profile(int seconds, string what)
    {
        Action run;
        if (what == "seed-edit")
        {
            var incremental = new IncrementalGeneration();
            incremental.Setup();
            run = () => incremental.SeedGenSeedEdit();
        }
        else
        {
            var cold = new ColdGeneration();
            cold.Setup();
            run = () => cold.SeedGen();
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        int runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            run();
            runs++;
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine($"{runs} runs, {watch.Elapsed.TotalMilliseconds / runs:F2} ms and {allocated / runs / 1e6:F2} MB (this thread) per run");
    }
}

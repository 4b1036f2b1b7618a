using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedGen.Benchmarks;

/// <summary>
/// <c>--analyzers [documents] [rounds]</c>: SeedGen's two analyzers against the compilation they run in, in-process:
/// the scaled workload (1,000 documents by default; 381: the real corpus) is generated once, then each round takes a
/// fresh compilation of the generated code and of code that uses it (<see cref="Usage"/>) and times (1) the compiler's own work, <c>Emit</c> to memory (binding, lowering, writing), and
/// (2) both analyzers over another fresh compilation and new seed texts (as a build reads them), one at a time (no
/// concurrency), with the driver's execution time per analyzer, and (3) the seed-file analyzer again over a new
/// compilation with the same texts, what an IDE analyses after an edit. Prints the fastest and the median round.
/// </summary>
internal static class AnalyzerShare
{
    public static void Run(int documents, int rounds)
    {
        var docs = documents == 381 ? Workloads.Real() : Workloads.Scaled(documents);
        var seeds = Workloads.SeedTexts(docs);
        var options = new OptionsProvider(Workloads.Global);
        var driver = Workloads.Driver(new Wiring.SeedGenerator().AsSourceGenerator(), seeds, options);
        var generated = driver.RunGenerators(Workloads.Compilation()).GetRunResult().GeneratedTrees;
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new Diagnostics.SeedFileAnalyzer(), new Diagnostics.SeedUsageAnalyzer());
        Console.WriteLine($"{docs.Count} documents, {generated.Length} generated files; {rounds} rounds");

        var emit = new double[rounds];
        var perAnalyzer = new double[analyzers.Length, rounds];
        var again = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            // New texts each round, as a build reads them; the IDE case (the same texts again) is timed after.
            var analyzerOptions = new AnalyzerOptions(Workloads.SeedTexts(docs), options);
            var watch = Stopwatch.StartNew();
            var result = Fresh(generated, docs[0].Name).Emit(new MemoryStream());
            emit[r] = watch.Elapsed.TotalMilliseconds;
            if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));

            var withAnalyzers = new CompilationWithAnalyzers(Fresh(generated, docs[0].Name), analyzers,
                new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            for (int a = 0; a < analyzers.Length; a++)
                perAnalyzer[a, r] = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzers[a], default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
            if (r == 0) Console.WriteLine($"  analyzer diagnostics: {diagnostics.Length}");

            var edited = new CompilationWithAnalyzers(Fresh(generated, docs[0].Name), ImmutableArray.Create(analyzers[0]),
                new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            edited.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            again[r] = edited.GetAnalyzerTelemetryInfoAsync(analyzers[0], default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
        }

        static string Stats(double[] xs)
        {
            var s = xs.OrderBy(x => x).ToArray();
            return FormattableString.Invariant($"min {s[0],8:F1} ms  median {s[s.Length / 2],8:F1} ms");
        }
        Console.WriteLine($"compiler: Emit           {Stats(emit)}");
        for (int a = 0; a < analyzers.Length; a++)
        {
            var xs = Enumerable.Range(0, rounds).Select(r => perAnalyzer[a, r]).ToArray();
            Console.WriteLine($"analyzer: {analyzers[a].GetType().Name,-16} {Stats(xs)}");
        }
        Console.WriteLine($"analyzer: SeedFileAnalyzer, the next compilation with the same texts (an IDE after an edit) {Stats(again)}");
    }

    /// <summary>
    /// Code that uses the seeds the ways the usage analyzer checks: typed access, a lookup by a known id
    /// (SEED004), an unknown id (SEED001, which lists the nearest of every id) and a metadata key.
    /// </summary>
    private static string Usage(string firstId) => $$"""
        namespace Demo
        {
            public static class Code
            {
                public static object[] Use() => new object[]
                {
                    Seeds.Get("{{firstId}}").Paragraphs[0],
                    Seeds.Contains("no-such-seed"),
                    Seeds.Get("{{firstId}}").Metadata.ContainsKey("Posted On"),
                };
            }
        }
        """;

    private static Compilation Fresh(ImmutableArray<SyntaxTree> generated, string firstId) =>
        Workloads.Compilation(Usage(firstId)).AddSyntaxTrees(generated);
}

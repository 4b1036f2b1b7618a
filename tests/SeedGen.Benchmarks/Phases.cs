using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using SeedGen.Emitting;
using SeedGen.Model;
using SeedGen.Naming;
using SeedGen.Reading;

namespace SeedGen.Benchmarks;

/// <summary>
/// <c>--phases [rounds] [phase|all] [scaled]</c>: time and allocations of each step of reading and emitting the real corpus
/// (or, with <c>scaled</c>, the first 1,000 documents of the scaled workload), one document at a time.
/// </summary>
internal static class Phases
{
    public static void Run(int rounds, string? only = null, bool scaled = false)
    {
        var docs = scaled ? Workloads.Scaled100MB().Take(Environment.GetEnvironmentVariable("SEEDGEN_PHASES_DOCS") is { } n ? int.Parse(n) : 1000).ToList() : Workloads.Real();
        if (Environment.GetEnvironmentVariable("SEEDGEN_PHASES_ONLY") is { Length: > 0 } only1) docs = docs.Where(d => d.Name == only1).ToList();
        long utf8Bytes = docs.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var options = new EmitOptions("Demo", "Seeds", false, true, true, true, true, true);
        var names = SeedNaming.Assign(docs.Select(d => new NameRequest(d.Name, d.Name, "seeds/" + d.Name + ".txt", null)), "Seeds");
        var phases = new (string Name, Func<string, string, object?> Step)[]
        {
            ("normalize", (_, t) => SeedText.Normalize(t)),
            ("utf8", (_, t) => Encoding.UTF8.GetBytes(t)),
            ("sha256", (_, t) => SeedModelFactory.Sha256(t)),
            ("read", (_, t) => DocumentReader.Read(t, null, null, default)),
            ("read+words", (_, t) => { var w = new List<ulong>(); DocumentReader.Read(t, null, w, default); return w; }),
            ("minhash", (_, t) => { var w = new List<ulong>(); DocumentReader.Read(t, null, w, default); return SeedGen.Corpus.MinHash.OfWordHashes(w); }),
            ("model", (n, t) => SeedModelFactory.Create(n, n, "seeds/" + n + ".txt", null, null, t, long.MaxValue, default)),
        };
        var models = docs.Select(d => SeedModelFactory.Create(d.Name, d.Name, "seeds/" + d.Name + ".txt", null, null, d.Text, long.MaxValue, default)).ToList();
        Console.WriteLine($"{docs.Count} documents, {utf8Bytes / 1e6:F2} MB UTF-8, {docs.Sum(d => (long)d.Text.Length) / 1e6:F2} M chars");
        foreach (var (name, step) in phases.Where(p => only is null || p.Name == only))
            Measure(name, rounds, utf8Bytes, () => { foreach (var d in docs) step(d.Name, d.Text); });
        if (only is null || only == "emit") Measure("emit", rounds, utf8Bytes, () =>
        {
            for (int i = 0; i < models.Count; i++) DocumentEmitter.Emit(models[i], names.Find(models[i].Key)!, options);
        });
        var signatures = models.Select(m => new SeedGen.Corpus.SeedSignature(m.Key, m.Id, m.Path, m.Signature)).ToList();
        var requests = models.Select(m => new NameRequest(m.Key, m.Id, m.Path, m.SeedName)).ToList();
        var table = SeedGen.Corpus.RelatedFinder.Find(signatures, names, default);
        foreach (var (name, step) in new (string, Action)[]
        {
            ("names", () => SeedNaming.Assign(requests, "Seeds")),
            ("related", () => SeedGen.Corpus.RelatedFinder.Find(signatures, names, default)),
            ("catalog", () => CatalogEmitter.Emit(names, options)),
            ("relatedemit", () => RelatedEmitter.Emit(table, options)),
        })
            if (only is null || only == name) Measure(name, rounds, utf8Bytes, step);
    }

    /// <summary>Prints the fastest and the median round (this machine's neighbours make the mean noisy) and the allocations per round.</summary>
    private static void Measure(string name, int rounds, long bytes, Action run)
    {
        run();
        if (Environment.GetEnvironmentVariable("SEEDGEN_ALLOC_TYPES") == name) AllocTypes.Run(run);
        GC.Collect();
        long before = GC.GetAllocatedBytesForCurrentThread();
        int gcs = GC.CollectionCount(0);
        var times = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            long start = Stopwatch.GetTimestamp();
            run();
            times[r] = (Stopwatch.GetTimestamp() - start) * 1000.0 / Stopwatch.Frequency;
        }
        Array.Sort(times);
        long allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / rounds;
        Console.WriteLine($"{name,-12} min {times[0],7:F2} ms  median {times[rounds / 2],7:F2} ms  {allocated / 1e6,6:F2} MB ({(double)allocated / bytes:F1}x)  gen0 {(GC.CollectionCount(0) - gcs) / (double)rounds:F1}/round");
    }
}

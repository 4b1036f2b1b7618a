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
    /// BenchmarkDotNet (e.g. <c>--filter *Lookups*</c>).
    /// </summary>
    public static void Main(string[] args)
    {
        bool isShort = args.Contains("--short");
        args = args.Where(a => a != "--short").ToArray();
        var config = DefaultConfig.Instance;
        if (isShort)
            config = config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1).WithId("Short"));
        if (args.Length == 0) args = new[] { "--filter", "*" };
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}

using BenchmarkDotNet.Attributes;

namespace SeedGen.Benchmarks;

/// <summary>The generated lookups, on this project's own generated code for the two seeds.</summary>
[MemoryDiagnoser]
public class Lookups
{
    private string _id = "";

    [GlobalSetup]
    public void Setup()
    {
        _id = new string("001_d4a7fedfcebcdffb".ToCharArray()); // not the interned literal
        _ = Seeds.Get(_id).Text; // first access decodes once
    }

    [Benchmark(Baseline = true)]
    public object Get() => Seeds.Get(_id);

    [Benchmark]
    public bool TryGet() => Seeds.TryGet(_id, out _);

    [Benchmark]
    public bool Contains() => Seeds.Contains(_id);

    [Benchmark(Description = "Document.Text after first access")]
    public int Text() => Seeds._001_d4a7fedfcebcdffb.Document.Text.Length;
}

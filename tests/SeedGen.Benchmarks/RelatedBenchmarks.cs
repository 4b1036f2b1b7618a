using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SeedGen.Corpus;
using SeedGen.Naming;
using SeedGen.Reading;

namespace SeedGen.Benchmarks;

/// <summary>The related-documents catalog step, from signatures only: the real corpus and 10,000 documents.</summary>
[MemoryDiagnoser]
public class RelatedStep
{
    private List<SeedSignature> _real = null!, _scaled = null!;
    private NameTable _realNames = null!, _scaledNames = null!;

    [GlobalSetup]
    public void Setup()
    {
        var real = Workloads.Real().Select((d, i) => Signature(d.Name, d.Text)).ToList();
        _real = real;
        _realNames = Names(real);
        // 10,000: the real signatures repeated with the per-copy edit of the scaled workload (a new word each copy).
        _scaled = Workloads.Scaled(10_000).Select(d => Signature(d.Name, d.Text)).ToList();
        _scaledNames = Names(_scaled);
    }

    private static SeedSignature Signature(string name, string text)
    {
        var model = Model.SeedModelFactory.Create("/p/seeds/" + name + ".txt", name, "seeds/" + name + ".txt", null, null, text, long.MaxValue, default);
        return new SeedSignature(model.Key, model.Id, model.Path, model.Signature);
    }

    private static NameTable Names(List<SeedSignature> s) => SeedNaming.Assign(s.Select(x => new NameRequest(x.Key, x.Id, x.Path, null)), "Seeds");

    [Benchmark(Baseline = true, Description = "Related: real corpus (381)")]
    public object Real() => RelatedFinder.Find(_real, _realNames);

    [Benchmark(Description = "Related: 10,000 documents")]
    public object TenThousand() => RelatedFinder.Find(_scaled, _scaledNames);
}

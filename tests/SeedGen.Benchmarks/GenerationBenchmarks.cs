using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Wiring;

namespace SeedGen.Benchmarks;

/// <summary>Cold generation of the real corpus (381 documents, 1.6 MB): SeedGen against the floor and the ResX peer.</summary>
[MemoryDiagnoser]
public class ColdGeneration
{
    private ImmutableArray<AdditionalText> _seeds;
    private AdditionalText _resx = null!;
    private Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider _resxOptions = null!;
    private CSharpCompilation _compilation = null!;
    private ISourceGenerator _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var docs = Workloads.Real();
        _seeds = Workloads.SeedTexts(docs);
        (_resx, _resxOptions) = Workloads.Resx(docs);
        _compilation = Workloads.Compilation();
        _peer = Workloads.ResxGenerator();
    }

    [Benchmark(Baseline = true, Description = "Floor: GetText + one u8 constant per file")]
    public GeneratorDriver Floor() => Workloads.Driver(new FloorGenerator().AsSourceGenerator(), _seeds).RunGenerators(_compilation);

    [Benchmark(Description = "Floor + SHA-256 constant (SPEC section 2 without readouts)")]
    public GeneratorDriver ShaFloor() => Workloads.Driver(new ShaFloorGenerator().AsSourceGenerator(), _seeds).RunGenerators(_compilation);

    [Benchmark(Description = "SeedGen: all readouts, names, catalog, related")]
    public GeneratorDriver SeedGen() => Workloads.Driver(new SeedGenerator().AsSourceGenerator(), _seeds).RunGenerators(_compilation);

    [Benchmark(Description = "Peer: ResxSourceGenerator over one .resx of the same texts")]
    public GeneratorDriver Resx() => Workloads.Driver(_peer, ImmutableArray.Create(_resx), _resxOptions).RunGenerators(_compilation);
}

/// <summary>Re-runs after an edit, on 1,000 documents: one seed edited, or a .cs file edited.</summary>
[MemoryDiagnoser]
public class IncrementalGeneration
{
    private ImmutableArray<AdditionalText> _seeds;
    private CSharpCompilation _compilation = null!, _edited = null!;
    private GeneratorDriver _floor = null!, _seedGen = null!;
    private AdditionalText _a = null!, _b = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Workloads.SeedTexts(Workloads.Scaled(1000));
        _compilation = Workloads.Compilation();
        _edited = Workloads.Compilation("namespace Demo { public static class Code { public static int X = 2; } }");
        _floor = Workloads.Driver(new FloorGenerator().AsSourceGenerator(), _seeds).RunGenerators(_compilation);
        _seedGen = Workloads.Driver(new SeedGenerator().AsSourceGenerator(), _seeds).RunGenerators(_compilation);
        _a = _seeds[500];
        _b = new MemoryText(_a.Path, _a.GetText()!.ToString() + "\nएक और पंक्ति।");
    }

    private (AdditionalText From, AdditionalText To) Next()
    {
        _flip = !_flip;
        return _flip ? (_a, _b) : (_b, _a);
    }

    [Benchmark(Baseline = true, Description = "Floor: one seed of 1,000 edited")]
    public GeneratorDriver FloorSeedEdit()
    {
        var (from, to) = Next();
        return _floor = _floor.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
    }

    [Benchmark(Description = "SeedGen: one seed of 1,000 edited")]
    public GeneratorDriver SeedGenSeedEdit()
    {
        var (from, to) = Next();
        return _seedGen = _seedGen.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
    }

    [Benchmark(Description = "Floor: a .cs file edited")]
    public GeneratorDriver FloorCodeEdit() => _floor.RunGenerators((_flip = !_flip) ? _edited : _compilation);

    [Benchmark(Description = "SeedGen: a .cs file edited")]
    public GeneratorDriver SeedGenCodeEdit() => _seedGen.RunGenerators((_flip = !_flip) ? _edited : _compilation);
}

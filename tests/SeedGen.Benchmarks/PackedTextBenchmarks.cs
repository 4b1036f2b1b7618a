using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedGen.Benchmarks;

/// <summary>
/// The first <c>Utf8</c> access of every document of the real corpus, with the text in the
/// <c>SeedGen.Text.pack</c> resource (the package's way), against copying the same bytes into new
/// arrays. A first access is <c>SeedDocument.__LoadUtf8</c> into the seed's empty field (what the
/// generated <c>Utf8</c> calls): each call here gives it a fresh field, in an assembly whose pack is
/// open (as it is after a program's first document). Then <c>Utf8</c> once loaded (no allocation).
/// </summary>
[MemoryDiagnoser]
public class PackedText
{
    private byte[] _image = Array.Empty<byte>();
    private byte[][] _texts = Array.Empty<byte[]>();
    private Func<long> _loaded = null!;
    private Func<string[], int[], long> _load = null!;
    private string[] _hashes = Array.Empty<string>();
    private int[] _lengths = Array.Empty<int>();

    [GlobalSetup]
    public void Setup()
    {
        var docs = Workloads.Real();
        _texts = docs.Select(d => Encoding.UTF8.GetBytes(d.Text)).ToArray();
        var texts = Workloads.SeedTexts(docs);
        var driver = Workloads.Driver(GeneratorExtensions.AsSourceGenerator(new Wiring.SeedGenerator()), texts);
        // A probe that touches every seed class's Utf8 directly (not through Document, which builds the readouts).
        var names = docs.Select(d => Naming.Identifiers.Escape(Naming.Identifiers.From(d.Name))).ToList();
        string probe = "namespace Demo { public static class Probe { public static long Touch() { long n = 0; "
            + string.Concat(names.Select(n => $"n += Seeds.{n}.Utf8.Length; ")) + "return n; } "
            + "public static long Load(string[] hashes, int[] lengths) { long n = 0; for (int i = 0; i < hashes.Length; i++) { byte[]? field = null; "
            + "n += SeedDocument.__LoadUtf8(ref field, hashes[i], lengths[i]).Length; } return n; } } }";
        var compilation = Workloads.Compilation(probe);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var pack = new MemoryStream();
        Packing.TextPack.Write(pack, _texts);
        var packed = pack.ToArray();
        using var pe = new MemoryStream();
        var emit = output.Emit(pe, manifestResources: new[] { new ResourceDescription(Packing.TextPack.ResourceName, () => new MemoryStream(packed), true) });
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        _image = pe.ToArray();
        _hashes = _texts.Select(t => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(t)).ToLowerInvariant()).ToArray();
        _lengths = _texts.Select(t => t.Length).ToArray();
        var probeType = Load();
        _loaded = probeType.GetMethod("Touch")!.CreateDelegate<Func<long>>();
        _load = probeType.GetMethod("Load")!.CreateDelegate<Func<string[], int[], long>>();
        if (_loaded() != _texts.Sum(t => (long)t.Length)) throw new InvalidOperationException("the generated Utf8 differs from the texts");
    }

    private Type Load() =>
        new AssemblyLoadContext("packed", isCollectible: true).LoadFromStream(new MemoryStream(_image)).GetType("Demo.Probe")!;

    [Benchmark(Baseline = true, Description = "Copy each document's bytes into a new array (381 documents)")]
    public long Copy()
    {
        long n = 0;
        foreach (var t in _texts)
        {
            var copy = new byte[t.Length];
            t.AsSpan().CopyTo(copy);
            n += copy.Length;
        }
        return n;
    }

    [Benchmark(Description = "First Utf8 access of each document, text pack (381 documents)")]
    public long FirstAccess() => _load(_hashes, _lengths);

    [Benchmark(Description = "Utf8 after first access (381 documents)")]
    public long Loaded() => _loaded();
}

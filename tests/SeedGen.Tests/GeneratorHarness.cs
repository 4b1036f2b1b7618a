using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Wiring;

namespace SeedGen.Tests;

/// <summary>An AdditionalText held in memory (text, or raw bytes decoded the way the compiler would).</summary>
internal sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public MemoryAdditionalText(string path, string? text)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text, Encoding.UTF8);
        Bytes = text is null ? null : Encoding.UTF8.GetBytes(text);
    }

    public MemoryAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        using var stream = new MemoryStream(bytes);
        // As the compiler reads AdditionalFiles: BOM detection, else UTF-8 with U+FFFD for bad bytes.
        _text = SourceText.From(stream, new UTF8Encoding(false, false), SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: false);
    }

    public override string Path { get; }

    /// <summary>The file's bytes, as the package's task reads them for the text pack.</summary>
    public byte[]? Bytes { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class DictionaryOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> _values;

    public DictionaryOptions(IReadOnlyDictionary<string, string>? values) =>
        _values = (values ?? new Dictionary<string, string>()).ToImmutableDictionary(KeyComparer);

    public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
}

internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, AnalyzerConfigOptions> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? global, Dictionary<string, Dictionary<string, string>>? perFile = null)
    {
        GlobalOptions = new DictionaryOptions(global);
        _perFile = (perFile ?? new()).ToDictionary(kv => kv.Key, kv => (AnalyzerConfigOptions)new DictionaryOptions(kv.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(null);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var o) ? o : new DictionaryOptions(null);
}

/// <summary>
/// Runs SeedGen the way the compiler does (CSharpGeneratorDriver over a compilation with
/// .NET 10 reference assemblies), compiles the result and can load and call it.
/// </summary>
internal sealed class GeneratorHarness
{
    public const string ProjectDir = "/build/Demo";

    public static readonly string Seed000Text = File.ReadAllText(Repo.Seed000);
    public static readonly string Seed001Text = File.ReadAllText(Repo.Seed001);

    public List<AdditionalText> Files { get; } = new();
    public Dictionary<string, string> Global { get; } = new()
    {
        ["build_property.RootNamespace"] = "Demo",
        ["build_property.MSBuildProjectDirectory"] = ProjectDir,
    };
    public Dictionary<string, Dictionary<string, string>> PerFile { get; } = new();
    public List<string> Sources { get; } = new();
    public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;
    /// <summary>Whether <see cref="Run"/> records the pipeline's steps (the caching tests read them; with many seeds the driver's recording costs minutes).</summary>
    public bool TrackSteps { get; set; } = true;
    public Dictionary<string, ReportDiagnostic> DiagnosticOptions { get; } = new();

    public static GeneratorHarness WithTwoSeeds()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/000_29994c0a40c8d7d7.txt", Seed000Text);
        h.AddSeed("seeds/001_d4a7fedfcebcdffb.txt", Seed001Text);
        return h;
    }

    public GeneratorHarness AddSeed(string relativePath, string text, Dictionary<string, string>? metadata = null)
    {
        var full = ProjectDir + "/" + relativePath;
        Files.Add(new MemoryAdditionalText(full, text));
        if (metadata is not null) PerFile[full] = metadata.ToDictionary(kv => "build_metadata.AdditionalFiles." + kv.Key, kv => kv.Value);
        return this;
    }

    public GeneratorHarness AddSeedBytes(string relativePath, byte[] bytes)
    {
        Files.Add(new MemoryAdditionalText(ProjectDir + "/" + relativePath, bytes));
        return this;
    }

    public CSharpParseOptions ParseOptions => CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion);

    public CSharpCompilation CreateCompilation(IEnumerable<MetadataReference>? references = null) => CSharpCompilation.Create(
        "Demo",
        Sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
        references ?? Basic.Reference.Assemblies.Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, specificDiagnosticOptions: DiagnosticOptions, nullableContextOptions: LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            deterministic: true));

    public GeneratorDriver CreateDriver(bool trackSteps = true) => CSharpGeneratorDriver.Create(
        new[] { new SeedGenerator().AsSourceGenerator() },
        Files,
        ParseOptions,
        new TestOptionsProvider(Global, TextPack ? Files.Select(f => f.Path).Distinct().ToDictionary(p => p, p => WithSeedMark(PerFile.GetValueOrDefault(p))) : PerFile),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>
    /// As a build with the package's targets: the seeds are marked <c>SeedGenSeed=true</c>, their text is
    /// packed by <see cref="SeedGen.Packing.TextPack"/> as the package's task packs it, and
    /// <see cref="Load(Compilation, byte[])"/> embeds the pack as the <c>SeedGen.Text.pack</c> resource.
    /// </summary>
    public bool TextPack
    {
        get => Global.TryGetValue("build_property." + SeedGen.Inputs.SeedSettings.TextPackProperty, out var v) && v == "true";
        set
        {
            if (value) Global["build_property." + SeedGen.Inputs.SeedSettings.TextPackProperty] = "true";
            else Global.Remove("build_property." + SeedGen.Inputs.SeedSettings.TextPackProperty);
        }
    }

    private static Dictionary<string, string> WithSeedMark(Dictionary<string, string>? metadata) =>
        new(metadata ?? new Dictionary<string, string>()) { ["build_metadata.AdditionalFiles.SeedGenSeed"] = "true" };

    /// <summary>The text pack of the seeds, as the package's task writes it.</summary>
    public byte[] Pack()
    {
        using var pack = new MemoryStream();
        SeedGen.Packing.TextPack.Write(pack, Files.OfType<MemoryAdditionalText>()
            .Select(f => f.Bytes is { } b ? SeedGen.Packing.TextPack.Normalize(b) : null).Where(b => b is not null)!);
        return pack.ToArray();
    }

    public sealed record Result(GeneratorDriverRunResult Run, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
    {
        public IEnumerable<(string HintName, string Text)> GeneratedSources =>
            Run.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString()));

        public string Source(string hintName) => GeneratedSources.Single(s => s.HintName == hintName).Text;
    }

    public Result Run(IEnumerable<MetadataReference>? references = null)
    {
        var compilation = CreateCompilation(references);
        var driver = CreateDriver(TrackSteps).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new Result(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Runs the generator, compiles, fails on any error or warning, and loads the assembly.</summary>
    public Assembly RunAndLoad()
    {
        var result = Run();
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        return TextPack ? Load(result.Output, Pack()) : Load(result.Output);
    }

    /// <summary>
    /// Runs the generator, then SeedGen's analyzers over the generated compilation (the real
    /// generated code), as the build does. Returns analyzer and generator diagnostics, sorted.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(params DiagnosticAnalyzer[] analyzers)
    {
        var result = Run();
        Assert.All(result.Run.Results, r => Assert.Null(r.Exception));
        if (analyzers.Length == 0)
            analyzers = new DiagnosticAnalyzer[] { new SeedGen.Diagnostics.SeedUsageAnalyzer(), new SeedGen.Diagnostics.SeedFileAnalyzer() };
        var options = new AnalyzerOptions(Files.ToImmutableArray(), new TestOptionsProvider(Global, PerFile));
        var withAnalyzers = result.Output.WithAnalyzers(analyzers.ToImmutableArray(), options);
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id.StartsWith("SEED", StringComparison.Ordinal) || d.Severity == DiagnosticSeverity.Error)
            .Concat(result.Diagnostics);
        return diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>"id severity path(line,col): message" — what the build prints, for exact assertions.</summary>
    public static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        string where = d.Location == Location.None ? "" : $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}): ";
        return $"{where}{d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Compiles and loads; with <paramref name="textPack"/>, embedded as the <c>SeedGen.Text.pack</c> resource.</summary>
    public static Assembly Load(Compilation compilation, byte[]? textPack = null)
    {
        using var pe = new MemoryStream();
        var resources = textPack is null ? null
            : new[] { new ResourceDescription(SeedGen.Packing.TextPack.ResourceName, () => new MemoryStream(textPack), isPublic: true) };
        var emit = compilation.Emit(pe, manifestResources: resources);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emit.Success && problems.Count == 0, string.Join("\n", problems));
        pe.Position = 0;
        var context = new AssemblyLoadContext("seedgen-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(pe);
    }

    /// <summary>Adds a probe class with a static method returning a string, runs the pipeline, and calls it.</summary>
    public string Probe(string body)
    {
        Sources.Add("using System.Linq; namespace Demo { public static class Probe { public static string Run() { " + body + " } } }");
        var assembly = RunAndLoad();
        Sources.RemoveAt(Sources.Count - 1);
        return (string)assembly.GetType("Demo.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
    }
}

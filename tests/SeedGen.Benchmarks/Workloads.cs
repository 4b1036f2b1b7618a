using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SeedGen.Benchmarks;

internal sealed class MemoryText : AdditionalText
{
    private readonly SourceText _text;
    public MemoryText(string path, string text) { Path = path; _text = SourceText.From(text, Encoding.UTF8); }
    public override string Path { get; }
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class Options : AnalyzerConfigOptions
{
    private readonly Dictionary<string, string> _values;
    public Options(Dictionary<string, string> values) => _values = values;
    public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
}

internal sealed class OptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _file;
    public OptionsProvider(Dictionary<string, string> global, Dictionary<string, string>? file = null)
    {
        GlobalOptions = new Options(global);
        // As the package's targets mark seeds (and pack their text: Global's SeedGenTextPackBuilt).
        _file = new Options(file ?? new Dictionary<string, string> { ["build_metadata.AdditionalFiles.SeedGenSeed"] = "true" });
    }
    public override AnalyzerConfigOptions GlobalOptions { get; }
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;
}

/// <summary>The real corpus (../shared/corpus/hindi-news plus the two seeds) and scaled copies of it.</summary>
internal static class Workloads
{
    public const string ProjectDir = "/bench/Demo";

    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SeedGen.sln not found");
    }

    public static string Corpus
    {
        get
        {
            if (Environment.GetEnvironmentVariable("SEEDGEN_CORPUS") is { Length: > 0 } env) return env;
            for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "shared", "corpus", "hindi-news"))) return Path.Combine(dir.FullName, "shared", "corpus");
            throw new InvalidOperationException("../shared/corpus not found; set SEEDGEN_CORPUS");
        }
    }

    /// <summary>(name, text) of every real document: the hindi-news corpus and the two seeds.</summary>
    public static List<(string Name, string Text)> Real() =>
        Directory.GetFiles(Path.Combine(Corpus, "hindi-news"), "*.txt").Concat(Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToList();

    /// <summary>The real corpus repeated with a per-copy edit up to <paramref name="count"/> documents.</summary>
    public static List<(string Name, string Text)> Scaled(int count)
    {
        var real = Real();
        return Enumerable.Range(0, count).Select(i =>
        {
            var (name, text) = real[i % real.Count];
            return ($"c{i / real.Count:D3}_{name}", $"प्रति {i}\n\n" + text);
        }).ToList();
    }

    /// <summary>
    /// The scaled workload of about 100 MB: 10,000 documents of about 10 KB of UTF-8, each the per-copy
    /// edit followed by real documents in turn (from a different one each copy) until it reaches 5,600 bytes.
    /// </summary>
    public static List<(string Name, string Text)> Scaled100MB()
    {
        var real = Real();
        var docs = new List<(string Name, string Text)>(10_000);
        var sb = new StringBuilder();
        int next = 0;
        for (int i = 0; i < 10_000; i++)
        {
            sb.Clear().Append("प्रति ").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\n\n");
            string first = real[next % real.Count].Name;
            while (Encoding.UTF8.GetByteCount(sb.ToString()) < 5_600)
            {
                sb.Append(real[next % real.Count].Text.TrimEnd()).Append("\n\n");
                next++;
            }
            docs.Add(($"c{i:D5}_{first}", sb.ToString()));
        }
        return docs;
    }

    public static ImmutableArray<AdditionalText> SeedTexts(IEnumerable<(string Name, string Text)> docs) =>
        docs.Select(d => (AdditionalText)new MemoryText($"{ProjectDir}/seeds/{d.Name}.txt", d.Text)).ToImmutableArray();

    public static Dictionary<string, string> Global => new()
    {
        ["build_property.RootNamespace"] = "Demo",
        ["build_property.MSBuildProjectDirectory"] = ProjectDir,
        ["build_property.ProjectDir"] = ProjectDir + "/",
        ["build_property." + SeedGen.Inputs.SeedSettings.TextPackProperty] = "true",
    };

    public static CSharpCompilation Compilation(string code = "namespace Demo { public static class Code { public static int X = 1; } }") =>
        CSharpCompilation.Create("Demo", new[] { CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest)) },
            Basic.Reference.Assemblies.Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver Driver(ISourceGenerator generator, ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(new[] { generator }, texts, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest),
            options ?? new OptionsProvider(Global), new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The peer, Microsoft.CodeAnalysis.ResxSourceGenerator, loaded from its package's analyzer assemblies.</summary>
    public static ISourceGenerator ResxGenerator()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "peer");
        var reference = new AnalyzerFileReference(Path.Combine(dir, "Microsoft.CodeAnalysis.ResxSourceGenerator.CSharp.dll"), new Loader());
        return reference.GetGenerators(LanguageNames.CSharp).Single();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath) { }
        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    /// <summary>One .resx holding the same texts, as the peer's input.</summary>
    public static (AdditionalText Resx, AnalyzerConfigOptionsProvider Options) Resx(IEnumerable<(string Name, string Text)> docs)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n");
        sb.Append("  <resheader name=\"resmimetype\"><value>text/microsoft-resx</value></resheader>\n");
        sb.Append("  <resheader name=\"version\"><value>2.0</value></resheader>\n");
        foreach (var (name, text) in docs)
            sb.Append("  <data name=\"S").Append(name.Replace('-', '_')).Append("\" xml:space=\"preserve\"><value>")
              .Append(System.Security.SecurityElement.Escape(new string(text.Where(c => c >= ' ' || c == '\n' || c == '\t').ToArray())))
              .Append("</value></data>\n");
        sb.Append("</root>\n");
        var file = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.RelativeDir"] = "",
            ["build_metadata.AdditionalFiles.GenerateSource"] = "true",
        };
        return (new MemoryText(ProjectDir + "/Texts.resx", sb.ToString()), new OptionsProvider(Global, file));
    }
}

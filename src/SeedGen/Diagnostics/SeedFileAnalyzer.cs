using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Inputs;
using SeedGen.Model;
using SeedGen.Naming;
using SeedGen.Reading;

namespace SeedGen.Diagnostics;

/// <summary>
/// Diagnostics about the seed files themselves (SEED010–015, SEED018), reported by an analyzer
/// on each seed as an additional file, at a line and column inside it, so that .editorconfig
/// severities and suppressions apply to them like to any analyzer diagnostic (a generator's
/// diagnostics do not go through that table). The checks are <see cref="SeedFileChecks"/>,
/// which <c>seedgen check</c> runs too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SeedFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidUtf8, Descriptors.EmptySeed, Descriptors.NameClash, Descriptors.TooLarge, Descriptors.SameContent,
        Descriptors.InvisibleCharacter, Descriptors.Unreadable, Descriptors.NotUtf8Text);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var seeds = new HashSet<string>(System.StringComparer.Ordinal);
        var settings = SeedSettings.Read(provider, context.CancellationToken);
        var requests = new List<NameRequest>();
        var generated = new Dictionary<string, string>(System.StringComparer.Ordinal); // path → SHA-256 of what the generator generates
        foreach (var file in context.Options.AdditionalFiles)
        {
            var options = provider.GetOptions(file);
            if (!SeedFiles.IsSeed(file.Path, options)) continue;
            if (seeds.Add(file.Path) && Generated(file, settings, context.CancellationToken) is { } sha256) generated[file.Path] = sha256;
            // Named like the generator names them: only the seeds it generates take part, so that clashes agree.
            if (generated.ContainsKey(file.Path))
                requests.Add(new NameRequest(file.Path, SeedPaths.IdOf(file.Path, settings.ProjectDir, settings.SeedsRoot),
                    SeedPaths.RelativePath(file.Path, settings.ProjectDir), SeedFiles.Metadata(options, "SeedName")));
        }
        if (seeds.Count == 0) return; // no seeds: nothing registered

        var names = SeedNaming.Assign(requests, settings.ClassName);
        var hashes = new List<(string Path, string Sha256)>(generated.Count);
        foreach (var g in generated)
            if (names.Find(g.Key) is { IsGenerated: true }) hashes.Add((SeedPaths.RelativePath(g.Key, settings.ProjectDir), g.Value));
        var sameContent = SeedFileChecks.SameContent(hashes, SeedCatalog.NearDuplicates(context.Compilation, settings));
        context.RegisterAdditionalFileAction(c =>
        {
            if (seeds.Contains(c.AdditionalFile.Path))
                Analyze(c, settings, names.Find(c.AdditionalFile.Path), sameContent);
        });
    }

    /// <summary>
    /// The SHA-256 of a seed the generator generates with its text — what its <c>Sha256</c> constant
    /// says, computed the same way (<see cref="SeedModelFactory"/>) from the text the compiler has
    /// already read — or null for the seeds it skips: unreadable (SEED018), too large before or after
    /// normalising (SEED013), UTF-16/32 without a BOM (SEED021). Hashing is a few milliseconds per
    /// thousand seeds, where binding the constants of every generated class took a tenth of a second.
    /// </summary>
    private static string? Generated(AdditionalText file, SeedSettings settings, System.Threading.CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null || text.Length > settings.MaxFileBytes) return null;
        var hash = s_hashes.GetValue(text, t =>
        {
            string raw = t.ToString();
            if (SeedText.WideEncoding(raw, out _, out _) is not null) return new Hash("", -1);
            var (_, sha256, utf8Length) = SeedModelFactory.Normalized(raw, cancellationToken);
            return new Hash(sha256, utf8Length);
        });
        return hash.Utf8Length < 0 || hash.Utf8Length > settings.MaxFileBytes ? null : hash.Sha256;
    }

    /// <summary>
    /// Each text's hash, for as long as the text lives: an IDE analyses a new compilation at every edit
    /// with the same <see cref="SourceText"/> for every seed that did not change, so only an edited seed
    /// is hashed again.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SourceText, Hash> s_hashes = new();

    private sealed record Hash(string Sha256, long Utf8Length);

    private static void Analyze(AdditionalFileAnalysisContext context, SeedSettings settings, NameAssignment? name,
        Dictionary<string, SimilarSeed> sameContent)
    {
        var file = context.AdditionalFile;
        string path = SeedPaths.RelativePath(file.Path, settings.ProjectDir);
        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Unreadable, Location.Create(file.Path, default, default), path));
            return;
        }

        string content = text.ToString();
        var findings = SeedFileChecks.Check(path, content, Encoding.UTF8.GetByteCount(content), settings.MaxFileBytes, name,
            sameContent.TryGetValue(path, out var same) ? same : null,
            i => { var p = text.Lines.GetLinePosition(i); return (p.Line + 1, p.Character + 1); });
        foreach (var f in findings)
        {
            var span = new TextSpan(f.Start, System.Math.Min(f.Length, text.Length - f.Start));
            var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(f.Descriptor, location, f.Severity, additionalLocations: null, properties: null, f.Arguments));
        }
    }
}

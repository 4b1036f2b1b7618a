using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Model;
using SeedGen.Naming;
using SeedGen.Reading;
using SeedGen.Wiring;

namespace SeedGen.Diagnostics;

/// <summary>
/// Diagnostics about the seed files themselves (SEED010–015, SEED018), reported by an analyzer
/// on each seed as an additional file, at a line and column inside it, so that .editorconfig
/// severities and suppressions apply to them like to any analyzer diagnostic (a generator's
/// diagnostics do not go through that table).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SeedFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidUtf8, Descriptors.EmptySeed, Descriptors.NameClash, Descriptors.TooLarge, Descriptors.SameContent,
        Descriptors.InvisibleCharacter, Descriptors.Unreadable);

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
        var requests = new List<NameRequest>();
        var settings = SeedSettings.Read(provider, context.CancellationToken);
        foreach (var file in context.Options.AdditionalFiles)
        {
            var options = provider.GetOptions(file);
            if (!SeedFiles.IsSeed(file.Path, options)) continue;
            seeds.Add(file.Path);
            options.TryGetValue("build_metadata.AdditionalFiles.SeedName", out var seedName);
            requests.Add(new NameRequest(file.Path, SeedPaths.IdOf(file.Path, settings.ProjectDir, settings.SeedsRoot),
                SeedPaths.RelativePath(file.Path, settings.ProjectDir), string.IsNullOrWhiteSpace(seedName) ? null : seedName!.Trim()));
        }
        if (seeds.Count == 0) return; // no seeds: nothing registered

        var names = SeedNaming.Assign(requests, settings.ClassName);
        var sameContent = SameContent(SeedCatalog.Find(context.Compilation, settings));
        context.RegisterAdditionalFileAction(c =>
        {
            if (seeds.Contains(c.AdditionalFile.Path))
                Analyze(c, settings, names.Find(c.AdditionalFile.Path), sameContent);
        });
    }

    /// <summary>For each seed path whose content an earlier seed (ordinal path) already has: that seed's path and the hash.</summary>
    private static Dictionary<string, (string First, string Sha)> SameContent(SeedCatalog? catalog)
    {
        var result = new Dictionary<string, (string, string)>(System.StringComparer.Ordinal);
        if (catalog is null) return result;
        var bySha = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var seeds = new List<SeedInfo>(catalog.ById.Values);
        seeds.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var s in seeds)
        {
            if (s.Sha256.Length == 0) continue;
            if (bySha.TryGetValue(s.Sha256, out var first)) result[s.Path] = (first, s.Sha256);
            else bySha[s.Sha256] = s.Path;
        }
        return result;
    }

    private static void Analyze(AdditionalFileAnalysisContext context, SeedSettings settings, NameAssignment? name,
        Dictionary<string, (string First, string Sha)> sameContent)
    {
        var file = context.AdditionalFile;
        string path = SeedPaths.RelativePath(file.Path, settings.ProjectDir);
        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Unreadable, At(file, null, 0, 0), path));
            return;
        }

        long size = Utf8Length(text);
        if (size > settings.MaxFileBytes)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.TooLarge, At(file, text, 0, 0), path,
                size.ToString(CultureInfo.InvariantCulture), settings.MaxFileBytes.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        int bad = -1, format = -1;
        bool blank = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (blank && !(Sentences.IsSpace(c) || c == '\r')) blank = false;
            if (bad < 0 && c == '\uFFFD') bad = i;
            if (format < 0 && IsReportedFormat(c, i)) format = i;
            if (!blank && bad >= 0 && format >= 0) break;
        }

        if (bad >= 0)
        {
            var at = text.Lines.GetLinePosition(bad);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidUtf8, At(file, text, bad, 1), path, at.Line + 1, at.Character + 1));
        }
        if (blank)
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.EmptySeed, At(file, text, 0, 0), path));
        if (format >= 0)
        {
            var at = text.Lines.GetLinePosition(format);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvisibleCharacter, At(file, text, format, 1), path,
                ((int)text[format]).ToString("X4", CultureInfo.InvariantCulture), FormatName(text[format]), at.Line + 1, at.Character + 1));
        }

        if (name is { DuplicateOf: { } first })
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NameClash, At(file, text, 0, 0), DiagnosticSeverity.Error,
                additionalLocations: null, properties: null,
                $"Seeds '{first}' and '{path}' have the same id '{name.Id}'; '{path}' is not generated"));
        }
        else if (name is { RenamedFrom: { } wanted })
        {
            string final = name.ClassPath[name.ClassPath.Count - 1];
            string message = name.ClashesWith is { } other && other != "a generated member"
                ? $"Seeds '{other}' and '{path}' map to the same class name '{wanted}'; '{path}' is generated as '{final}'"
                : $"Seed '{path}' maps to '{wanted}', a name the generated code already uses; it is generated as '{final}'";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NameClash, At(file, text, 0, 0), message));
        }

        if (sameContent.TryGetValue(path, out var same))
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SameContent, At(file, text, 0, 0), path, same.First, same.Sha));
    }

    /// <summary>Bidi controls and other invisible format characters; ZWJ and ZWNJ are orthography in Indic scripts and emoji, and a leading BOM is dropped.</summary>
    private static bool IsReportedFormat(char c, int index) =>
        c != '\u200C' && c != '\u200D' && !(c == '\uFEFF' && index == 0) && c >= '\u00AD' && UnicodeData.IsFormat(c);

    private static string FormatName(char c) => c switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        '\u200E' => "LEFT-TO-RIGHT MARK",
        '\u200F' => "RIGHT-TO-LEFT MARK",
        '\u061C' => "ARABIC LETTER MARK",
        '\u200B' => "ZERO WIDTH SPACE",
        '\u2060' => "WORD JOINER",
        '\uFEFF' => "ZERO WIDTH NO-BREAK SPACE",
        '\u00AD' => "SOFT HYPHEN",
        _ => "format character",
    };

    private static long Utf8Length(SourceText text)
    {
        long total = 0;
        var buffer = new char[8192];
        for (int start = 0; start < text.Length; start += buffer.Length)
        {
            int n = System.Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, n);
            if (n == buffer.Length && char.IsHighSurrogate(buffer[n - 1])) { n--; start--; } // keep a pair together
            total += Encoding.UTF8.GetByteCount(buffer, 0, n);
        }
        return total;
    }

    private static Location At(AdditionalText file, SourceText? text, int start, int length)
    {
        if (text is null) return Location.Create(file.Path, default, default);
        var span = new TextSpan(start, System.Math.Min(length, text.Length - start));
        return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
    }
}

using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedGen.Model;

namespace SeedGen.Inputs;

/// <summary>From an AdditionalText to a <see cref="SeedModel"/>: is it a seed, what is it called, what does it say.</summary>
internal static class SeedFiles
{
    public static SeedModel? Read(AdditionalText file, AnalyzerConfigOptions options, SeedSettings settings, CancellationToken cancellationToken)
    {
        if (!IsSeed(file.Path, options)) return null;
        // A file that disappeared or cannot be read is skipped; the analyzer reports it (SEED018).
        var source = file.GetText(cancellationToken);
        if (source is null) return null;
        string id = SeedPaths.IdOf(file.Path, settings.ProjectDir, settings.SeedsRoot);
        string path = SeedPaths.RelativePath(file.Path, settings.ProjectDir);
        string? seedName = Metadata(options, "SeedName");
        // Over the limit by its length alone (a character is at least one UTF-8 byte): skip it without copying it out.
        if (source.Length > settings.MaxFileBytes)
            return SeedModelFactory.Skipped(file.Path, id, path, seedName, source.Length);
        // In the text pack: what the package's targets packed (seeds they marked), decoded as UTF-8 (not UTF-16, nor
        // the compiler's fallback code page for bytes that are not UTF-8).
        bool packable = settings.TextPack && string.Equals(Metadata(options, "SeedGenSeed"), "true", StringComparison.OrdinalIgnoreCase)
            && source.Encoding?.CodePage == 65001;
        return SeedModelFactory.Create(file.Path, id, path, seedName, Metadata(options, "SeedLanguage"), source.ToString(),
            settings.MaxFileBytes, cancellationToken, packable);
    }

    /// <summary>SPEC section 1: <c>SeedGenSeed</c> metadata decides; without it, a .txt under a "seeds" folder.</summary>
    public static bool IsSeed(string path, AnalyzerConfigOptions options)
    {
        string? flag = Metadata(options, "SeedGenSeed");
        if (flag is not null) return string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        return SeedPaths.IsUnderSeedsFolder(path);
    }

    public static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

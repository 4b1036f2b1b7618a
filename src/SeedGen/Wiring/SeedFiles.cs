using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedGen.Model;
using SeedGen.Reading;

namespace SeedGen.Wiring;

/// <summary>From an AdditionalText to a <see cref="SeedModel"/>: is it a seed, what is it called, what does it say.</summary>
internal static class SeedFiles
{
    public static SeedModel? Read(AdditionalText file, AnalyzerConfigOptions options, SeedSettings settings, CancellationToken cancellationToken)
    {
        if (!IsSeed(file.Path, options)) return null;

        string key = file.Path;
        string id = SeedPaths.IdOf(file.Path, settings.ProjectDir, settings.SeedsRoot);
        string path = SeedPaths.RelativePath(file.Path, settings.ProjectDir);
        string? seedName = Metadata(options, "SeedName");
        string? language = Metadata(options, "SeedLanguage");

        // A file that disappeared or cannot be read is skipped; the analyzer reports it (SEED018).
        var source = file.GetText(cancellationToken);
        if (source is null) return null;
        string raw = source.ToString();
        if (raw.Length > settings.MaxFileBytes)
            return Skipped(key, id, path, seedName, raw.Length);
        string text = SeedText.Normalize(raw);
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (utf8.Length > settings.MaxFileBytes)
            return Skipped(key, id, path, seedName, utf8.Length);

        string sha = Sha256(utf8);
        SeedReadouts readouts;
        string? error = null;
        try
        {
            readouts = DocumentReader.Read(text, language, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never throw into the compiler: keep the text, drop the readouts, say why.
            readouts = SeedReadouts.TextOnly(text);
            error = e.GetType().Name + ": " + e.Message;
        }
        return new SeedModel(key, id, path, seedName, sha, readouts, 0, error);
    }

    /// <summary>SPEC section 1: <c>SeedGenSeed</c> metadata decides; without it, a .txt under a "seeds" folder.</summary>
    public static bool IsSeed(string path, AnalyzerConfigOptions options)
    {
        string? flag = Metadata(options, "SeedGenSeed");
        if (flag is not null) return string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        return SeedPaths.IsUnderSeedsFolder(path);
    }

    private static SeedModel Skipped(string key, string id, string path, string? seedName, long bytes) =>
        new(key, id, path, seedName, "", SeedReadouts.TextOnly(""), bytes, null);

    private static string? Metadata(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(bytes);
        var sb = new StringBuilder(64);
        foreach (var b in hash) sb.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 15]);
        return sb.ToString();
    }
}

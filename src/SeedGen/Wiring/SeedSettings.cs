using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedGen.Naming;

namespace SeedGen.Wiring;

/// <summary>The project-wide MSBuild options (SPEC section 6), read once per options change.</summary>
internal sealed record SeedSettings(
    string? Namespace,
    string ClassName,
    bool Public,
    long MaxFileBytes,
    string? SeedsRoot,
    string? ProjectDir)
{
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    public static SeedSettings Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken _)
    {
        var g = provider.GlobalOptions;
        string? ns = Get(g, "SeedGenNamespace") ?? Get(g, "RootNamespace");
        string className = Get(g, "SeedGenClassName") ?? "Seeds";
        bool isPublic = string.Equals(Get(g, "SeedGenVisibility"), "public", StringComparison.OrdinalIgnoreCase);
        long max = long.TryParse(Get(g, "SeedGenMaxFileBytes"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0
            ? m
            : DefaultMaxFileBytes;
        return new SeedSettings(
            ns is null ? null : SanitizeNamespace(ns),
            Identifiers.Escape(Identifiers.From(className)),
            isPublic,
            max,
            Get(g, "SeedGenSeedsRoot"),
            Get(g, "MSBuildProjectDirectory") ?? Get(g, "ProjectDir"));
    }

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string SanitizeNamespace(string ns)
    {
        var parts = ns.Split('.');
        for (int i = 0; i < parts.Length; i++)
            parts[i] = Identifiers.Escape(Identifiers.From(parts[i].Trim()));
        return string.Join(".", parts);
    }
}

using System;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using SeedGen.Naming;

namespace SeedGen.Inputs;

/// <summary>An MSBuild option whose value was not accepted (SEED017).</summary>
internal readonly record struct OptionProblem(string Property, string Value, string Expected, string Using);

/// <summary>The project-wide MSBuild options (SPEC section 6), read once per options change.</summary>
internal sealed record SeedSettings(
    string? Namespace,
    string ClassName,
    bool Public,
    long MaxFileBytes,
    string? SeedsRoot,
    string? ProjectDir,
    EquatableArray<OptionProblem> Problems)
{
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    public static SeedSettings Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken _)
    {
        var g = provider.GlobalOptions;
        var problems = new System.Collections.Generic.List<OptionProblem>();

        string? ns = Get(g, "SeedGenNamespace") ?? Get(g, "RootNamespace");
        string? sanitizedNs = ns is null ? null : SanitizeNamespace(ns);
        if (ns is not null && Get(g, "SeedGenNamespace") is { } explicitNs && sanitizedNs != explicitNs)
            problems.Add(new OptionProblem("SeedGenNamespace", explicitNs, "a C# namespace name", "'" + sanitizedNs + "'"));

        string className = Get(g, "SeedGenClassName") ?? "Seeds";
        string sanitizedClass = Identifiers.Escape(Identifiers.From(className));
        if (sanitizedClass != className)
            problems.Add(new OptionProblem("SeedGenClassName", className, "a C# identifier", "'" + sanitizedClass + "'"));

        string? visibility = Get(g, "SeedGenVisibility");
        bool isPublic = string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase);
        if (visibility is not null && !isPublic && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
            problems.Add(new OptionProblem("SeedGenVisibility", visibility, "'internal' or 'public'", "'internal'"));

        long max = DefaultMaxFileBytes;
        if (Get(g, "SeedGenMaxFileBytes") is { } maxText)
        {
            if (long.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0) max = m;
            else problems.Add(new OptionProblem("SeedGenMaxFileBytes", maxText, "a positive whole number of bytes",
                DefaultMaxFileBytes.ToString(CultureInfo.InvariantCulture)));
        }

        return new SeedSettings(
            sanitizedNs,
            sanitizedClass,
            isPublic,
            max,
            Get(g, "SeedGenSeedsRoot"),
            Get(g, "MSBuildProjectDirectory") ?? Get(g, "ProjectDir"),
            new EquatableArray<OptionProblem>(problems));
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

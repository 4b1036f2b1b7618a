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
    EquatableArray<OptionProblem> Problems,
    bool TextPack = false)
{
    /// <summary>
    /// The MSBuild property the package's targets set to <c>true</c> when they pack the seeds' text
    /// into the <c>SeedGen.Text.pack</c> resource (<see cref="Packing.TextPack"/>).
    /// </summary>
    public const string TextPackProperty = "SeedGenTextPackBuilt";

    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    public const string DefaultClassName = "Seeds";

    /// <summary>The metadata name of a generated type (<c>Namespace.TypeName</c>, without the '@' of escaped keywords).</summary>
    public string MetadataName(string typeName) => (Namespace is null ? "" : Namespace.Replace("@", "") + ".") + typeName;

    public static SeedSettings Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken _)
    {
        var g = provider.GlobalOptions;
        var problems = new System.Collections.Generic.List<OptionProblem>();

        string? explicitNs = Get(g, "SeedGenNamespace");
        string? rootNs = Get(g, "RootNamespace");
        string? ns = explicitNs ?? rootNs;
        string? sanitizedNs = ns is null ? null : SanitizeNamespace(ns);
        if (ns is not null && sanitizedNs != ns && sanitizedNs != EscapeNamespace(ns))
            problems.Add(new OptionProblem(explicitNs is null ? "RootNamespace" : "SeedGenNamespace", ns, "a C# namespace name", "'" + sanitizedNs + "'"));

        string className = Get(g, "SeedGenClassName") ?? DefaultClassName;
        if (!IsValidClassName(className))
        {
            problems.Add(new OptionProblem("SeedGenClassName", className,
                "a C# identifier that is no keyword and no name the generated code uses", "'" + DefaultClassName + "'"));
            className = DefaultClassName;
        }

        string? visibility = Get(g, "SeedGenVisibility");
        bool isPublic = string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase);
        if (visibility is not null && !isPublic && !string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase))
            problems.Add(new OptionProblem("SeedGenVisibility", visibility, "'internal' or 'public'", "'internal'"));

        long max = DefaultMaxFileBytes;
        if (Get(g, "SeedGenMaxFileBytes") is { } maxText)
        {
            if (Packing.TextPack.TryParseMaxFileBytes(maxText, out var m)) max = m;
            else problems.Add(new OptionProblem("SeedGenMaxFileBytes", maxText, "a positive whole number of bytes",
                DefaultMaxFileBytes.ToString(CultureInfo.InvariantCulture)));
        }

        return new SeedSettings(
            sanitizedNs,
            className,
            isPublic,
            max,
            Get(g, "SeedGenSeedsRoot"),
            Get(g, "MSBuildProjectDirectory") ?? Get(g, "ProjectDir"),
            new EquatableArray<OptionProblem>(problems),
            string.Equals(Get(g, TextPackProperty), "true", StringComparison.OrdinalIgnoreCase));
    }

    private static string? Get(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>
    /// A root class name must be an identifier as written (no '@', no keyword, no reserved type name),
    /// and none of the names beside it or inside it: the generated types (compared without regard to
    /// case, as their hint names are) and the root class's own members.
    /// </summary>
    public static bool IsValidClassName(string name)
    {
        if (Identifiers.From(name) != name || Identifiers.Escape(name) != name) return false;
        foreach (var t in SeedNaming.GeneratedTypes)
            if (string.Equals(t, name, StringComparison.OrdinalIgnoreCase)) return false;
        return Array.IndexOf(SeedNaming.RootMembers, name) < 0;
    }

    /// <summary>The namespace as written with keyword segments escaped ('@'), which is no problem to report.</summary>
    private static string EscapeNamespace(string ns)
    {
        var parts = ns.Split('.');
        for (int i = 0; i < parts.Length; i++)
            parts[i] = parts[i].Length > 0 && parts[i][0] == '@' ? parts[i] : Identifiers.Escape(parts[i]);
        return string.Join(".", parts);
    }

    private static string SanitizeNamespace(string ns)
    {
        var parts = ns.Split('.');
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            parts[i] = Identifiers.Escape(Identifiers.From(part.Length > 1 && part[0] == '@' ? part.Substring(1) : part));
        }
        return string.Join(".", parts);
    }
}

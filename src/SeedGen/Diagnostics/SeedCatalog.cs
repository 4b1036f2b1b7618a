using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SeedGen.Reading;
using SeedGen.Inputs;
using SeedGen.Model;

namespace SeedGen.Diagnostics;

/// <summary>What the generated code says about one seed, read from its constants when first asked.</summary>
internal sealed class SeedInfo
{
    /// <summary>The count constants of the indexed readouts (<see cref="Readouts.Indexed"/>).</summary>
    private static readonly string[] CountNames = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(Readouts.Indexed(), r => r.CountConstant!));
    private readonly Lazy<(Dictionary<string, int> Counts, string[] MetadataKeys)> _details;

    public SeedInfo(INamedTypeSymbol type, string id, string path)
    {
        Type = type; Id = id; Path = path;
        _details = new(() =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in CountNames)
                if (SeedCatalog.Const<object>(type, name) is int n) counts[name] = n;
            string keys = SeedCatalog.Const<string>(type, Readouts.MetadataKeysConstant) ?? "";
            return (counts, keys.Length == 0 ? Array.Empty<string>() : keys.Split('\n'));
        });
    }

    public INamedTypeSymbol Type { get; }
    public string Id { get; }
    public string Path { get; }
    /// <summary>The count constants of the indexed readouts, by name.</summary>
    public Dictionary<string, int> Counts => _details.Value.Counts;
    public string[] MetadataKeys => _details.Value.MetadataKeys;
}

/// <summary>
/// The generated catalog as the analyzers see it, from the symbols the generator emitted (the root
/// class and the constants of each document class), never by reading the seed files again. Found once
/// per compilation, and lazily: a seed class's constants are bound when code uses that class, the list
/// of every id only when code looks an id up by string (or SEED016 is on). Binding every constant of
/// every seed class up front cost more than the rest of the analyzers together (0.13 s of a build with
/// 1,000 seeds).
/// </summary>
internal sealed class SeedCatalog
{
    private readonly Lazy<Dictionary<string, SeedInfo>> _byId;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SeedInfo?> _byType = new(SymbolEqualityComparer.Default);

    private SeedCatalog(INamedTypeSymbol root, INamedTypeSymbol? documentType)
    {
        Root = root;
        DocumentType = documentType;
        _byId = new(() =>
        {
            var byId = new Dictionary<string, SeedInfo>(StringComparer.Ordinal);
            Walk(root, byId);
            return byId;
        });
    }

    public INamedTypeSymbol Root { get; }
    public INamedTypeSymbol? DocumentType { get; }

    /// <summary>Every seed class by id (walks all of them the first time).</summary>
    public Dictionary<string, SeedInfo> ById => _byId.Value;

    public static SeedCatalog? Find(Compilation compilation, SeedSettings settings)
    {
        if (RootOf(compilation, settings) is not { } root) return null;
        var document = compilation.GetTypeByMetadataName(settings.MetadataName("SeedDocument"));
        var catalog = new SeedCatalog(root, document is not null && IsDocumentType(document) ? document : null);
        // Without the generated SeedDocument this is somebody else's class of the same name, unless it holds seed classes.
        return catalog.DocumentType is null && catalog.ById.Count == 0 ? null : catalog;
    }

    /// <summary>
    /// The catalog of a root class SeedGen generated in a referenced assembly (a library built with
    /// <c>SeedGenVisibility=public</c>), recognised by its shape: a static class with a constant
    /// <c>Count</c> and a <c>Get(string)</c> that returns the <c>SeedDocument</c> of its namespace, which has
    /// the generated <c>Utf8Source</c> delegate. Its ids and constants come from the assembly's metadata.
    /// </summary>
    public static SeedCatalog? ForReferencedRoot(INamedTypeSymbol type)
    {
        if (!type.IsStatic || type.TypeKind != TypeKind.Class || type.ContainingType is not null) return null;
        var count = type.GetMembers("Count");
        if (count.Length != 1 || count[0] is not IFieldSymbol { IsConst: true, ConstantValue: int }) return null;
        foreach (var member in type.GetMembers("Get"))
        {
            if (member is IMethodSymbol { Parameters.Length: 1, ReturnType: INamedTypeSymbol document } get
                && get.Parameters[0].Type.SpecialType == SpecialType.System_String && IsDocumentType(document) && SymbolEqualityComparer.Default.Equals(document.ContainingNamespace, type.ContainingNamespace))
                return new SeedCatalog(type, document);
        }
        return null;
    }

    /// <summary>A generated <c>SeedDocument</c>: the name and the nested <c>Utf8Source</c> delegate only SeedGen's has.</summary>
    public static bool IsDocumentType(INamedTypeSymbol type) =>
        type.Name == "SeedDocument" && type.TypeKind == TypeKind.Class && type.GetTypeMembers("Utf8Source").Length == 1;

    /// <summary>The generator's near-duplicate list ("path\tother\tagreement" lines), or "".</summary>
    public static string NearDuplicates(Compilation compilation, SeedSettings settings) =>
        RootOf(compilation, settings) is { } root ? Const<string>(root, "NearDuplicates") ?? "" : "";

    /// <summary>The seed class <paramref name="type"/> is, or null when it is none (one walk up the containing types for any other type).</summary>
    public SeedInfo? Info(INamedTypeSymbol type)
    {
        if (!IsInside(type, Root)) return null;
        return _byType.GetOrAdd(type, static t =>
            Const<string>(t, "Id") is { } id && Const<string>(t, "Path") is { } path && t.GetMembers("Document").Length > 0
                ? new SeedInfo(t, id, path)
                : null);
    }

    private void Walk(INamedTypeSymbol container, Dictionary<string, SeedInfo> byId)
    {
        foreach (var type in container.GetTypeMembers())
        {
            if (Info(type) is { } info) byId[info.Id] = info;
            else Walk(type, byId);
        }
    }

    private static bool IsInside(INamedTypeSymbol type, INamedTypeSymbol root)
    {
        for (var t = type.ContainingType; t is not null; t = t.ContainingType)
            if (SymbolEqualityComparer.Default.Equals(t, root)) return true;
        return false;
    }

    private static INamedTypeSymbol? RootOf(Compilation compilation, SeedSettings settings) =>
        compilation.GetTypeByMetadataName(settings.MetadataName(settings.ClassName));


    internal static T? Const<T>(INamedTypeSymbol type, string name) where T : class
    {
        foreach (var member in type.GetMembers(name))
            if (member is IFieldSymbol { IsConst: true, ConstantValue: T value }) return value;
        return null;
    }
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SeedGen.Wiring;

namespace SeedGen.Diagnostics;

/// <summary>What the generated code says about one seed, read from its constants.</summary>
internal sealed class SeedInfo
{
    public SeedInfo(INamedTypeSymbol type, string id, string path, string sha256, Dictionary<string, int> counts, string[] metadataKeys)
    {
        Type = type; Id = id; Path = path; Sha256 = sha256; Counts = counts; MetadataKeys = metadataKeys;
    }

    public INamedTypeSymbol Type { get; }
    public string Id { get; }
    public string Path { get; }
    public string Sha256 { get; }
    /// <summary>ParagraphCount, SentenceCount, AlsoReadCount, FooterCount, QuoteCount, NumberCount, KeywordCount.</summary>
    public Dictionary<string, int> Counts { get; }
    public string[] MetadataKeys { get; }
}

/// <summary>
/// The generated catalog as the analyzers see it: found once per compilation from the symbols
/// the generator emitted (the root class and the constants of each document class), never by
/// reading the seed files again.
/// </summary>
internal sealed class SeedCatalog
{
    private SeedCatalog(INamedTypeSymbol root, INamedTypeSymbol? documentType)
    {
        Root = root;
        DocumentType = documentType;
    }

    public INamedTypeSymbol Root { get; }
    public INamedTypeSymbol? DocumentType { get; }
    public Dictionary<string, SeedInfo> ById { get; } = new(System.StringComparer.Ordinal);
    public Dictionary<INamedTypeSymbol, SeedInfo> ByType { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The generator's near-duplicate pairs ("path\tother\tagreement" lines).</summary>
    public string NearDuplicates { get; private set; } = "";

    public static SeedCatalog? Find(Compilation compilation, SeedSettings settings)
    {
        string prefix = settings.Namespace is null ? "" : Unescape(settings.Namespace) + ".";
        var root = compilation.GetTypeByMetadataName(prefix + Unescape(settings.ClassName));
        if (root is null) return null;
        var catalog = new SeedCatalog(root, compilation.GetTypeByMetadataName(prefix + "SeedDocument"));
        catalog.Walk(root);
        catalog.NearDuplicates = Const<string>(root, "NearDuplicates") ?? "";
        return catalog.ById.Count == 0 && catalog.DocumentType is null ? null : catalog;
    }

    private void Walk(INamedTypeSymbol container)
    {
        foreach (var type in container.GetTypeMembers())
        {
            if (Const<string>(type, "Id") is { } id && Const<string>(type, "Path") is { } path && type.GetMembers("Document").Length > 0)
            {
                var counts = new Dictionary<string, int>(System.StringComparer.Ordinal);
                foreach (var name in new[] { "ParagraphCount", "SentenceCount", "AlsoReadCount", "FooterCount", "QuoteCount", "NumberCount", "KeywordCount" })
                    if (IntConst(type, name) is int n) counts[name] = n;
                string keys = Const<string>(type, "MetadataKeys") ?? "";
                var info = new SeedInfo(type, id, path, Const<string>(type, "Sha256") ?? "", counts,
                    keys.Length == 0 ? System.Array.Empty<string>() : keys.Split('\n'));
                ById[id] = info;
                ByType[type] = info;
            }
            else
            {
                Walk(type);
            }
        }
    }

    private static T? Const<T>(INamedTypeSymbol type, string name) where T : class
    {
        foreach (var member in type.GetMembers(name))
            if (member is IFieldSymbol { IsConst: true, ConstantValue: T value }) return value;
        return null;
    }

    private static int? IntConst(INamedTypeSymbol type, string name)
    {
        foreach (var member in type.GetMembers(name))
            if (member is IFieldSymbol { IsConst: true, ConstantValue: int value }) return value;
        return null;
    }

    private static string Unescape(string name) => name.Replace("@", "");
}

using System;
using System.Collections.Generic;

using SeedGen.Reading;

namespace SeedGen.Naming;

/// <summary>What naming needs to know of one seed: small, so the naming step stays cached while content changes.</summary>
internal sealed record NameRequest(string Key, string Id, string Path, string? SeedName) : IComparable<NameRequest>
{
    public int CompareTo(NameRequest? other)
    {
        if (other is null) return 1;
        int c = string.CompareOrdinal(Path, other.Path);
        return c != 0 ? c : string.CompareOrdinal(Key, other.Key);
    }
}

/// <summary>
/// Where one seed lands in the generated code. <see cref="ClassPath"/> is the chain of nested
/// class identifiers under the root class (folders, then the document); <see cref="Renamed"/>
/// is set when a clash forced a suffix; <see cref="DuplicateOf"/> names the path of the seed
/// that already has this id (the document is then not generated).
/// </summary>
internal sealed record NameAssignment(
    string Key,
    string Id,
    string Path,
    EquatableArray<string> ClassPath,
    string HintName,
    string? RenamedFrom,
    string? ClashesWith,
    string? DuplicateOf)
{
    public bool IsGenerated => DuplicateOf is null;
}

/// <summary>Every seed's assignment, sorted by <see cref="NameAssignment.Key"/> for lookup.</summary>
internal sealed record NameTable(string RootClass, EquatableArray<NameAssignment> Assignments)
{
    public NameAssignment? Find(string key)
    {
        int lo = 0, hi = Assignments.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = string.CompareOrdinal(Assignments[mid].Key, key);
            if (c == 0) return Assignments[mid];
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }
}

/// <summary>
/// Decides every class name at once, deterministically: seeds are taken in ordinal order of
/// their path; a folder becomes a nested class; a name that clashes with a sibling, a folder,
/// a generated member or its enclosing class gets the first free <c>_2</c>, <c>_3</c> … suffix
/// (SEED012); a second seed with an id already taken is not generated.
/// </summary>
internal static class SeedNaming
{
    /// <summary>What <see cref="NameAssignment.ClashesWith"/> says when the clash is with a generated member.</summary>
    public const string GeneratedMember = "a generated member";

    /// <summary>Members of the root class that no nested class may be named.</summary>
    public static readonly string[] RootMembers =
    {
        "Count", "All", "Ids", "Get", "TryGet", "Contains", "SeedDocument", "SeedNumber",
        "__all", "__ids", "__idTable", "__Slots", "__IndexOf", "__Find", "__Document", "__Missing", "__Distance",
        "Related", "SeedRelation", "__related", "__none", "__RelatedData", "__DecodeRelated", "NearDuplicates",
    };

    /// <summary>Members of a document class, which the class itself may not be named (CS0542).</summary>
    public static readonly string[] DocumentMembers = DocumentMemberNames();

    /// <summary>The fixed members of a document class and every readout constant of the readout table.</summary>
    private static string[] DocumentMemberNames()
    {
        var names = new List<string> { "Id", "Path", "Sha256" };
        names.AddRange(Reading.Readouts.ConstantNames());
        names.AddRange(new[] { "Utf8", "__Utf8", "Document", "Create", "s_document", "s_utf8", "LayoutData", "s_layout" });
        return names.ToArray();
    }

    private sealed class Container
    {
        public Container(string name) => Name = name;
        public string Name { get; }
        public HashSet<string> Taken { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Container> Folders { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> FolderIdentifiers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Container> FoldersByIdentifier { get; } = new(StringComparer.Ordinal);
    }

    public static NameTable Assign(IEnumerable<NameRequest> requests, string rootClass)
    {
        var sorted = new List<NameRequest>(requests);
        sorted.Sort();

        var root = new Container(rootClass);
        foreach (var m in RootMembers) root.Taken.Add(m);
        root.Taken.Add(rootClass);

        var byId = new Dictionary<string, NameRequest>(StringComparer.Ordinal);
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var takenBy = new Dictionary<(Container, string), string>();
        var result = new List<NameAssignment>(sorted.Count);
        string? previousKey = null;

        // Folders first, so that a folder keeps its name and a document beside it gives way.
        foreach (var r in sorted)
        {
            var segments = r.Id.Split('/');
            var container = root;
            for (int s = 0; s < segments.Length - 1; s++)
                container = Folder(container, segments[s]);
        }

        foreach (var r in sorted)
        {
            if (r.Key == previousKey) continue; // the same file listed twice
            previousKey = r.Key;
            if (byId.TryGetValue(r.Id, out var first))
            {
                result.Add(new NameAssignment(r.Key, r.Id, r.Path, EquatableArray<string>.Empty, "", null, null, first.Path));
                continue;
            }
            byId.Add(r.Id, r);

            var segments = r.Id.Split('/');
            var container = root;
            var classPath = new List<string>();
            for (int s = 0; s < segments.Length - 1; s++)
            {
                classPath.Add(container.FolderIdentifiers[segments[s]]);
                container = container.Folders[segments[s]];
            }

            string wanted = Identifiers.From(r.SeedName is { Length: > 0 } ? r.SeedName : segments[segments.Length - 1]);
            string name = wanted;
            for (int n = 2; !IsFree(container, name); n++)
                name = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            container.Taken.Add(name);
            takenBy.TryGetValue((container, wanted), out var clashesWith);
            if (!takenBy.ContainsKey((container, wanted))) takenBy[(container, wanted)] = r.Path;
            classPath.Add(name);

            string hint = rootClass + "." + string.Join(".", classPath);
            string uniqueHint = hint;
            for (int n = 2; !hintNames.Add(uniqueHint); n++)
                uniqueHint = hint + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

            result.Add(new NameAssignment(r.Key, r.Id, r.Path, new EquatableArray<string>(classPath.ToArray()),
                uniqueHint + ".g.cs", name == wanted ? null : wanted, name == wanted ? null : clashesWith ?? GeneratedMember, null));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new NameTable(rootClass, new EquatableArray<NameAssignment>(result.ToArray()));
    }

    private static bool IsFree(Container container, string name)
    {
        if (container.Taken.Contains(name) || name == container.Name) return false;
        foreach (var m in DocumentMembers)
            if (m == name) return false;
        return true;
    }

    private static Container Folder(Container parent, string segment)
    {
        if (parent.Folders.TryGetValue(segment, out var existing)) return existing;
        string wanted = Identifiers.From(segment);
        string name = wanted;
        // Folders with different names but one identifier (a-b, a_b) share a class.
        if (parent.FoldersByIdentifier.TryGetValue(wanted, out var shared))
        {
            parent.Folders[segment] = shared;
            parent.FolderIdentifiers[segment] = shared.Name;
            return shared;
        }
        for (int n = 2; parent.Taken.Contains(name) || name == parent.Name; n++)
            name = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parent.Taken.Add(name);
        var folder = new Container(name);
        parent.Folders[segment] = folder;
        parent.FolderIdentifiers[segment] = name;
        parent.FoldersByIdentifier[wanted] = folder;
        return folder;
    }
}

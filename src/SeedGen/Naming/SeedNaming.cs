using System;
using System.Collections.Generic;
using System.Text;

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

/// <summary>Why a seed is not generated: the other seed it clashes with, and the name both want.</summary>
internal enum ClashKind
{
    /// <summary>Two seeds with one id (the same path under two seeds roots, or listed twice under two names).</summary>
    SameId,
    /// <summary>Two seeds whose class names are one C# name in one class (<c>a-b</c> and <c>a_b</c>).</summary>
    SameClassName,
    /// <summary>A seed whose class name is the class of a folder beside it (<c>news.txt</c> and <c>news/</c>).</summary>
    FolderClassName,
}

/// <summary>A seed left out because it clashes: with which file (the first other one, ordinal by path), over what name.</summary>
internal sealed record NameClash(ClashKind Kind, string OtherPath, string Name);

/// <summary>
/// Where one seed lands in the generated code. <see cref="ClassPath"/> is the chain of nested
/// class identifiers under the root class (folders, then the document); <see cref="RenamedFrom"/>
/// is set when the name was one the generated code reserves and took a <c>_</c> suffix;
/// <see cref="Clash"/> is set when the seed is not generated because another seed wants its id or
/// its name.
/// </summary>
internal sealed record NameAssignment(
    string Key,
    string Id,
    string Path,
    EquatableArray<string> ClassPath,
    string HintName,
    string? RenamedFrom,
    NameClash? Clash)
{
    public bool IsGenerated => Clash is null;
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
/// Class names, decided so that a seed's name depends on that seed alone (its path and its
/// <c>SeedName</c>), never on which other seeds exist or how paths sort:
/// <list type="number">
/// <item>each folder of the id is a nested class, the file (or its <c>SeedName</c>) the innermost
/// one, each name made an identifier by <see cref="Identifiers.From"/>;</item>
/// <item>a name the generated code reserves in that place (a member of the root class directly
/// under it, a member of a document class for a document, a member of <c>object</c>, the name of
/// the enclosing class) takes a <c>_</c> suffix until it is free (<c>Count</c> → <c>Count_</c>,
/// SEED012 warning);</item>
/// <item>two seeds with one id, two seeds with one class, or a seed whose class is a folder's:
/// neither is generated and each gets SEED012 as an error naming the other, so adding a file can
/// fail the build but never re-points a name that compiled before.</item>
/// </list>
/// Hint names are the class path, made unique without regard to case (as the compiler compares
/// them) and capped at <see cref="MaxHintBytes"/> UTF-8 bytes, with a hash of the class path where
/// either rule applies.
/// </summary>
internal static class SeedNaming
{
    /// <summary>Members of the root class that no nested class may be named.</summary>
    public static readonly string[] RootMembers =
    {
        "Count", "All", "Ids", "Get", "TryGet", "Contains", "SeedDocument", "SeedNumber",
        "__all", "__ids", "__idTable", "__Slots", "__IndexOf", "__Find", "__Document", "__Missing", "__Distance",
        "Related", "SeedRelation", "__related", "__none", "__RelatedData", "__DecodeRelated", "NearDuplicates",
    };

    /// <summary>Members of a document class, which the class itself may not be named (CS0542).</summary>
    public static readonly string[] DocumentMembers = DocumentMemberNames();

    /// <summary>Members every class inherits from <c>object</c>: a nested class named so hides one (CS0108).</summary>
    public static readonly string[] ObjectMembers =
        { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" };

    /// <summary>The types the generator declares beside the root class.</summary>
    public static readonly string[] GeneratedTypes = { "SeedDocument", "SeedNumber", "SeedRelation" };

    /// <summary>The longest hint name, in UTF-8 bytes: well below the 255 bytes of a file name, with room for a suffix.</summary>
    public const int MaxHintBytes = 160;

    /// <summary>The fixed members of a document class and every readout constant of the readout table.</summary>
    private static string[] DocumentMemberNames()
    {
        var names = new List<string> { "Id", "Path", "Sha256" };
        names.AddRange(Reading.Readouts.ConstantNames());
        names.AddRange(new[] { "Utf8", "__Utf8", "__Bytes", "Document", "s_document", "s_utf8", "LayoutData", "s_layout" });
        names.Add("Create"); // no longer declared; still reserved, so that no seed's class name changes
        return names.ToArray();
    }

    private static readonly HashSet<string> RootMemberSet = new(RootMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> DocumentMemberSet = new(DocumentMembers, StringComparer.Ordinal);
    private static readonly HashSet<string> ObjectMemberSet = new(ObjectMembers, StringComparer.Ordinal);

    /// <summary>
    /// The class name for the identifier <paramref name="id"/> in a class named <paramref name="enclosing"/>:
    /// <c>_</c> appended while it is a name reserved there. Depends on its arguments only.
    /// </summary>
    public static string ClassName(string id, string enclosing, bool underRoot, bool isDocument)
    {
        while (id == enclosing || ObjectMemberSet.Contains(id) || (underRoot && RootMemberSet.Contains(id))
               || (isDocument && DocumentMemberSet.Contains(id)))
            id += "_";
        return id;
    }

    /// <summary>The catalog's hint name.</summary>
    public static string CatalogHintName(string rootClass) => rootClass + ".g.cs";

    /// <summary>The related lists' hint name.</summary>
    public static string RelatedHintName(string rootClass) => rootClass + ".Related.g.cs";

    /// <summary>The shared types' hint name.</summary>
    public const string TypesHintName = "SeedDocument.g.cs";

    /// <summary>
    /// Up to this many seeds, each has a source file of its own (its <see cref="NameAssignment.HintName"/>);
    /// more are spread over <see cref="SharedFileCount"/> files. Every file that holds a seed declares the
    /// partial root class once, and the compiler's analyzer driver pairs each declaration of a type with
    /// all the others (10,000 declarations of <c>Seeds</c>: 10⁸ steps, minutes of a build).
    /// </summary>
    public const int MaxFilesOfTheirOwn = 1000;

    /// <summary>How many files hold the seeds when there are more than <see cref="MaxFilesOfTheirOwn"/>.</summary>
    public const int SharedFileCount = 128;

    /// <summary>
    /// The shared file of a seed: by a hash of its hint name, so that adding or removing a seed changes one
    /// file, and an edit one file.
    /// </summary>
    public static int SharedFileOf(string hintName) => (int)((uint)CharHash.Fnv32(hintName.AsSpan()) % SharedFileCount);

    /// <summary>The hint name of shared file <paramref name="index"/>.</summary>
    public static string SharedHintName(string rootClass, int index) =>
        rootClass + ".Documents" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The hint names SeedGen adds beside the documents' (catalog, related lists, shared types).</summary>
    public static string[] FixedHintNames(string rootClass) =>
        new[] { CatalogHintName(rootClass), RelatedHintName(rootClass), TypesHintName };

    public static NameTable Assign(IEnumerable<NameRequest> requests, string rootClass)
    {
        // One request per file: a file listed twice keeps the SeedName it was given (the ordinal first, if two).
        var byKey = new Dictionary<string, NameRequest>(StringComparer.Ordinal);
        foreach (var r in requests)
        {
            if (!byKey.TryGetValue(r.Key, out var seen) || Prefer(r, seen)) byKey[r.Key] = r;
        }
        var sorted = new List<NameRequest>(byKey.Values);
        sorted.Sort();

        // 1. Every seed's class path, from its own id and SeedName.
        var paths = new string[sorted.Count][];
        var folders = new Dictionary<string, string>(StringComparer.Ordinal); // folder class path → first seed under it
        var renamed = new string?[sorted.Count];
        for (int i = 0; i < sorted.Count; i++)
        {
            var r = sorted[i];
            var segments = r.Id.Split('/');
            var path = new string[segments.Length];
            string enclosing = rootClass;
            for (int s = 0; s < segments.Length; s++)
            {
                bool isDocument = s == segments.Length - 1;
                string id = Identifiers.From(isDocument && r.SeedName is { Length: > 0 } ? r.SeedName : segments[s]);
                path[s] = ClassName(id, enclosing, underRoot: s == 0, isDocument);
                if (isDocument && path[s] != id) renamed[i] = id;
                enclosing = path[s];
                if (!isDocument)
                {
                    string folder = Join(path, s + 1);
                    if (!folders.ContainsKey(folder)) folders[folder] = r.Path;
                }
            }
            paths[i] = path;
        }

        // 2. Clashes: one id, one class, or a folder's class.
        var byId = Group(sorted.Count, i => sorted[i].Id);
        var byClass = Group(sorted.Count, i => Join(paths[i], paths[i].Length));
        var clashes = new NameClash?[sorted.Count];
        for (int i = 0; i < sorted.Count; i++)
        {
            var sameId = byId[sorted[i].Id];
            string classPath = Join(paths[i], paths[i].Length);
            var sameClass = byClass[classPath];
            if (sameId.Count > 1)
                clashes[i] = new NameClash(ClashKind.SameId, sorted[Other(sameId, i)].Path, sorted[i].Id);
            else if (sameClass.Count > 1)
                clashes[i] = new NameClash(ClashKind.SameClassName, sorted[Other(sameClass, i)].Path, rootClass + "." + classPath);
            else if (folders.TryGetValue(classPath, out var under))
                clashes[i] = new NameClash(ClashKind.FolderClassName, under, rootClass + "." + classPath);
        }

        // 3. Hint names: unique whatever the case, and short enough for a file name.
        var readable = new string[sorted.Count];
        var hintCount = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var fixedHint in FixedHintNames(rootClass)) hintCount[fixedHint.Substring(0, fixedHint.Length - ".g.cs".Length)] = 1;
        for (int i = 0; i < sorted.Count; i++)
        {
            if (clashes[i] is not null) continue;
            string hint = readable[i] = rootClass + "." + Join(paths[i], paths[i].Length);
            hintCount[hint] = hintCount.TryGetValue(hint, out int n) ? n + 1 : 1;
        }

        var result = new List<NameAssignment>(sorted.Count);
        for (int i = 0; i < sorted.Count; i++)
        {
            var r = sorted[i];
            if (clashes[i] is { } clash)
            {
                result.Add(new NameAssignment(r.Key, r.Id, r.Path, EquatableArray<string>.Empty, "", null, clash));
                continue;
            }
            result.Add(new NameAssignment(r.Key, r.Id, r.Path, new EquatableArray<string>(paths[i]),
                HintName(readable[i], string.Join("/", paths[i]), hintCount[readable[i]] > 1), renamed[i], null));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new NameTable(rootClass, new EquatableArray<NameAssignment>(result.ToArray()));
    }

    /// <summary>
    /// <paramref name="readable"/>.g.cs, or, when it shares its name with another one but for case or is too
    /// long, its first bytes, <c>-</c> and a hash of the class path (which no other seed has).
    /// </summary>
    private static string HintName(string readable, string classPath, bool shared)
    {
        const int Budget = MaxHintBytes - 5 - 11; // ".g.cs" and "-" + 10 hex digits (the compiler allows identifier characters and .,-_ ()[]{} in hint names)
        if (!shared && Encoding.UTF8.GetByteCount(readable) <= MaxHintBytes - 5) return readable + ".g.cs";
        // Identifiers are BMP characters (see Identifiers.From): 1, 2 or 3 UTF-8 bytes each.
        int length = 0;
        for (int bytes = 0; length < readable.Length; length++)
        {
            char c = readable[length];
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (bytes > Budget) break;
        }
        return readable.Substring(0, length) + "-" + Hash(classPath) + ".g.cs";
    }

    private static string Hash(string s)
    {
        using var sha = System.Security.Cryptography.SHA256.Create();
        var h = sha.ComputeHash(Encoding.UTF8.GetBytes(s));
        var sb = new StringBuilder(10);
        for (int i = 0; i < 5; i++) sb.Append(h[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static bool Prefer(NameRequest candidate, NameRequest current) =>
        candidate.SeedName is { Length: > 0 } name
        && (current.SeedName is not { Length: > 0 } other || string.CompareOrdinal(name, other) < 0);

    private static string Join(string[] path, int count) => string.Join(".", path, 0, count);

    private static Dictionary<string, List<int>> Group(int count, Func<int, string> key)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string k = key(i);
            if (!groups.TryGetValue(k, out var list)) groups[k] = list = new List<int>(1);
            list.Add(i);
        }
        return groups;
    }

    /// <summary>The first member of a group (they are in ordinal path order) that is not <paramref name="self"/>.</summary>
    private static int Other(List<int> group, int self) => group[0] != self ? group[0] : group[1];
}

using System;

namespace SeedGen.Inputs;

/// <summary>
/// Ids and project-relative paths of seed files (SPEC sections 1–2), from the path the compiler
/// gives, without touching the file system.
/// </summary>
internal static class SeedPaths
{
    /// <summary>'/'-separated, with "." segments removed and ".." resolved where possible.</summary>
    public static string Normalize(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        var kept = new System.Collections.Generic.List<string>(parts.Length);
        for (int i = 0; i < parts.Length; i++)
        {
            string p = parts[i];
            if (p == "." || (p.Length == 0 && i > 0 && i < parts.Length - 1)) continue;
            if (p == ".." && kept.Count > 0 && kept[kept.Count - 1] != ".." && kept[kept.Count - 1].Length > 0) { kept.RemoveAt(kept.Count - 1); continue; }
            kept.Add(p);
        }
        return string.Join("/", kept);
    }

    /// <summary>
    /// A .txt file counts as a seed without metadata when a folder of its path is named "seeds".
    /// </summary>
    public static bool IsUnderSeedsFolder(string fullPath)
    {
        string p = Normalize(fullPath);
        if (!p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return false;
        return FindSeedsFolder(p) >= 0;
    }

    /// <summary>The index just after the last "seeds/" folder of the path, or -1.</summary>
    private static int FindSeedsFolder(string p)
    {
        int slash = p.LastIndexOf('/');
        int i = slash;
        while (i > 0)
        {
            int prev = p.LastIndexOf('/', i - 1);
            string segment = p.Substring(prev + 1, i - prev - 1);
            if (string.Equals(segment, "seeds", StringComparison.OrdinalIgnoreCase)) return i + 1;
            i = prev;
        }
        return string.Equals(p.Substring(0, Math.Max(slash, 0)), "seeds", StringComparison.OrdinalIgnoreCase) ? slash + 1 : -1;
    }

    /// <summary>
    /// The id: the path under the seeds root (<paramref name="seedsRoot"/> when the file is under it,
    /// else the nearest folder named "seeds", else the project folder, else the file name), without
    /// its extension.
    /// </summary>
    public static string IdOf(string fullPath, string? projectDir, string? seedsRoot)
    {
        string p = Normalize(fullPath);
        string? relative = null;
        if (seedsRoot is { Length: > 0 })
        {
            string root = Normalize(IsRooted(seedsRoot) || projectDir is null ? seedsRoot : projectDir + "/" + seedsRoot).TrimEnd('/');
            relative = Under(p, root);
        }
        if (relative is null)
        {
            int at = FindSeedsFolder(p);
            if (at >= 0) relative = p.Substring(at);
        }
        if (relative is null && projectDir is { Length: > 0 })
            relative = Under(p, Normalize(projectDir).TrimEnd('/'));
        relative ??= p.Substring(p.LastIndexOf('/') + 1);
        int dot = relative.LastIndexOf('.');
        int lastSlash = relative.LastIndexOf('/');
        return dot > lastSlash + 1 ? relative.Substring(0, dot) : relative;
    }

    /// <summary>The path relative to the project folder, '/'-separated; "seeds/…" when the project folder is unknown.</summary>
    public static string RelativePath(string fullPath, string? projectDir)
    {
        string p = Normalize(fullPath);
        if (projectDir is { Length: > 0 })
        {
            string dir = Normalize(projectDir).TrimEnd('/');
            if (Under(p, dir) is { } under) return under;
            // Outside the project folder: walk up with "..".
            var a = dir.Split('/');
            var b = p.Split('/');
            int common = 0;
            while (common < a.Length && common < b.Length - 1 && string.Equals(a[common], b[common], StringComparison.Ordinal)) common++;
            if (common > 0)
            {
                var sb = new System.Text.StringBuilder();
                for (int i = common; i < a.Length; i++) sb.Append("../");
                sb.Append(string.Join("/", b, common, b.Length - common));
                return sb.ToString();
            }
        }
        int at = FindSeedsFolder(p);
        return at >= 0 ? p.Substring(p.LastIndexOf('/', Math.Max(at - 2, 0)) + 1) : p.Substring(p.LastIndexOf('/') + 1);
    }

    /// <summary>
    /// Characters a seed's file name may not have (SEED022): line ends and TAB break the compiler's
    /// command line, '\' is a folder separator to MSBuild, and % ; $ @ ' * ? are MSBuild's own
    /// (escapes, item lists, properties, transforms, wildcards). The package's targets skip the same set.
    /// </summary>
    public const string UnusableCharacters = "\t\n\r\\%;$@'*?";

    /// <summary>The first character of <paramref name="fileName"/> MSBuild or the compiler cannot pass on, or null.</summary>
    public static char? UnusableCharacter(string fileName)
    {
        int i = fileName.IndexOfAny(UnusableCharacters.ToCharArray());
        return i < 0 ? null : fileName[i];
    }

    /// <summary>A character as SEED022 names it: "'%'", or "a TAB".</summary>
    public static string Describe(char c) => c switch
    {
        '\t' => "a TAB",
        '\n' => "a line feed",
        '\r' => "a carriage return",
        _ => "'" + c + "'",
    };

    private static string? Under(string path, string dir) =>
        dir.Length > 0 && path.Length > dir.Length + 1 && path[dir.Length] == '/'
        && string.Compare(path, 0, dir, 0, dir.Length, StringComparison.Ordinal) == 0
            ? path.Substring(dir.Length + 1)
            : null;

    private static bool IsRooted(string p) => p.StartsWith("/", StringComparison.Ordinal) || (p.Length > 1 && p[1] == ':');
}

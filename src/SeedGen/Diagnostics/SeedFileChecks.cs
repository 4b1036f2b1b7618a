using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SeedGen.Naming;
using SeedGen.Reading;

namespace SeedGen.Diagnostics;

/// <summary>An earlier seed with the same (<see cref="Exact"/>) or nearly the same content.</summary>
internal readonly record struct SimilarSeed(string Other, bool Exact, string Detail);

/// <summary>A finding about a seed file: what, where in its decoded text, and the message arguments.</summary>
internal readonly record struct SeedFinding(DiagnosticDescriptor Descriptor, int Start, int Length, object[] Arguments, bool AsError = false)
{
    public DiagnosticSeverity Severity => AsError ? DiagnosticSeverity.Error : Descriptor.DefaultSeverity;

    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments);
}

/// <summary>
/// The seed-file checks (SEED010–015), shared by the analyzer (in the build and the IDE) and the
/// <c>seedgen check</c> command, so both report the same things at the same places.
/// </summary>
internal static class SeedFileChecks
{
    /// <param name="path">The seed's path as messages name it (relative to the project).</param>
    /// <param name="text">The text as the compiler decoded it (BOM dropped, line ends as in the file).</param>
    /// <param name="lineColumn">Maps an index of <paramref name="text"/> to a 1-based line and column.</param>
    /// <param name="sameContentAs">An earlier seed (ordinal path) with the same content or nearly: its path, and "SHA-256 …" or "estimated similarity …".</param>
    public static List<SeedFinding> Check(string path, string text, long utf8Bytes, long maxFileBytes, NameAssignment? name,
        SimilarSeed? sameContentAs, System.Func<int, (int Line, int Column)> lineColumn)
    {
        var findings = new List<SeedFinding>();
        if (utf8Bytes > maxFileBytes)
        {
            findings.Add(new SeedFinding(Descriptors.TooLarge, 0, 0, new object[]
            {
                path, utf8Bytes.ToString(CultureInfo.InvariantCulture), maxFileBytes.ToString(CultureInfo.InvariantCulture),
            }));
            return findings;
        }

        if (SeedText.WideEncoding(text, out int nuls, out int sampled) is { } encoding)
        {
            findings.Add(new SeedFinding(Descriptors.NotUtf8Text, 0, 0, new object[]
            {
                path, encoding, nuls.ToString(CultureInfo.InvariantCulture), sampled.ToString(CultureInfo.InvariantCulture),
            }));
            return findings;
        }

        int bad = -1, format = -1;
        bool blank = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (blank && !(Sentences.IsSpace(c) || c == '\r')) blank = false;
            if (bad < 0 && c == '\uFFFD') bad = i;
            if (format < 0 && IsReportedFormat(c)) format = i;
            if (!blank && bad >= 0 && format >= 0) break;
        }

        if (bad >= 0)
        {
            var (line, column) = lineColumn(bad);
            findings.Add(new SeedFinding(Descriptors.InvalidUtf8, bad, 1, new object[] { path, line, column }));
        }
        if (blank)
            findings.Add(new SeedFinding(Descriptors.EmptySeed, 0, 0, new object[] { path }));
        if (format >= 0)
        {
            var (line, column) = lineColumn(format);
            findings.Add(new SeedFinding(Descriptors.InvisibleCharacter, format, 1, new object[]
            {
                path, ((int)text[format]).ToString("X4", CultureInfo.InvariantCulture), FormatName(text[format]), line, column,
            }));
        }

        if (name is { Clash: { } clash })
            findings.Add(new SeedFinding(Descriptors.NameClash, 0, 0, new object[] { ClashMessage(path, clash) }, AsError: true));
        else if (name is { RenamedFrom: { } wanted })
        {
            string final = name.ClassPath[name.ClassPath.Count - 1];
            findings.Add(new SeedFinding(Descriptors.NameClash, 0, 0, new object[]
            {
                $"Seed '{path}' maps to '{wanted}', a name the generated code reserves there; it is generated as '{final}' (set SeedName to choose another)",
            }));
        }

        if (sameContentAs is { } same)
            findings.Add(new SeedFinding(Descriptors.SameContent, 0, 0,
                new object[] { path, same.Exact ? "the same content" : "nearly the same content", same.Other, same.Detail }));
        return findings;
    }

    /// <summary>What SEED012 says of a seed left out because another wants its id or its name: both files, and the fix.</summary>
    public static string ClashMessage(string path, NameClash clash)
    {
        string rename = $"another name: <Seed Update=\"{path}\" SeedName=\"…\" />";
        return clash.Kind switch
        {
            ClashKind.SameId => $"Seeds '{clash.OtherPath}' and '{path}' have the same id '{clash.Name}'; neither is generated. "
                + $"Remove one (<Seed Remove=\"{path}\" />) or set SeedGenSeedsRoot so their ids differ",
            ClashKind.FolderClassName => $"Seed '{path}' maps to '{clash.Name}', the class of the folder of '{clash.OtherPath}'; it is not generated. "
                + "Give it " + rename,
            _ => $"Seeds '{clash.OtherPath}' and '{path}' map to the same class name '{clash.Name}'; neither is generated. "
                + "Give one of them " + rename,
        };
    }

    /// <summary>
    /// Bidi controls and other invisible format characters; ZWJ and ZWNJ are orthography in Indic scripts
    /// and emoji. A U+FEFF at the start is reported too: the decoder has already dropped the BOM, so it is a second one.
    /// </summary>
    private static bool IsReportedFormat(char c) =>
        c != '\u200C' && c != '\u200D' && c >= '\u00AD' && UnicodeData.IsFormat(c);

    private static string FormatName(char c) => c switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        '\u200E' => "LEFT-TO-RIGHT MARK",
        '\u200F' => "RIGHT-TO-LEFT MARK",
        '\u061C' => "ARABIC LETTER MARK",
        '\u200B' => "ZERO WIDTH SPACE",
        '\u2060' => "WORD JOINER",
        '\uFEFF' => "ZERO WIDTH NO-BREAK SPACE",
        '\u00AD' => "SOFT HYPHEN",
        _ => "format character",
    };

    /// <summary>
    /// For each seed path whose content an earlier seed (ordinal path) already has — exactly (same
    /// SHA-256) or nearly (a near-duplicate pair the generator found, "path\tother\tagreement" lines) —
    /// that seed.
    /// </summary>
    public static Dictionary<string, SimilarSeed> SameContent(IEnumerable<(string Path, string Sha256)> seeds, string nearDuplicates = "")
    {
        var result = new Dictionary<string, SimilarSeed>(System.StringComparer.Ordinal);
        foreach (var line in nearDuplicates.Split('\n'))
        {
            var parts = line.Split('\t');
            // The list is sorted by path, then by the other path: the first (ordinal) other path wins.
            if (parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int agreement)
                && !result.ContainsKey(parts[0]))
                result[parts[0]] = new SimilarSeed(parts[1], false,
                    "estimated similarity " + (agreement / (double)Corpus.MinHash.Size).ToString("0.00", CultureInfo.InvariantCulture));
        }
        var sorted = new List<(string Path, string Sha256)>(seeds);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var bySha = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var (path, sha) in sorted)
        {
            if (sha.Length == 0) continue;
            if (bySha.TryGetValue(sha, out var first)) result[path] = new SimilarSeed(first, true, "SHA-256 " + sha);
            else bySha[sha] = path;
        }
        return result;
    }
}

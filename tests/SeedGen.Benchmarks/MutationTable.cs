using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace SeedGen.Benchmarks;

/// <summary>
/// <c>--mutation-table folder-or-report...</c>: the README's mutation table from Stryker's JSON reports
/// (<c>mutation-report.json</c>, found below each argument). Where two reports hold one source file, the newer report's
/// results stand, so a folder re-run after new tests replaces the older run. Prints one row per folder of
/// <c>src/SeedGen</c> (Emitting's two escaping files as "Emitting (escaping)"), one per file with <c>--files</c>,
/// and every survivor with <c>--survivors</c>.
/// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts it; compile errors and
/// ignored mutants are not scored.
/// </summary>
internal static class MutationTable
{
    private sealed record Mutant(string File, int Line, string Mutator, string Replacement, string Status);

    private static readonly string[] Statuses = { "Killed", "Timeout", "Survived", "NoCoverage", "CompileError" };

    public static void Run(IReadOnlyList<string> args)
    {
        bool files = args.Contains("--files"), survivors = args.Contains("--survivors");
        var reports = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))
            .SelectMany(a => File.Exists(a) ? new[] { a } : Directory.GetFiles(a, "mutation-report.json", SearchOption.AllDirectories))
            .Select(p => new FileInfo(p)).OrderBy(f => f.LastWriteTimeUtc).ToList();
        if (reports.Count == 0) throw new ArgumentException("--mutation-table: no mutation-report.json below " + string.Join(", ", args));

        var byFile = new SortedDictionary<string, List<Mutant>>(StringComparer.Ordinal);
        foreach (var report in reports) // oldest first: a newer report replaces a file's mutants
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(report.FullName));
            foreach (var file in json.RootElement.GetProperty("files").EnumerateObject())
            {
                string path = Relative(file.Name);
                var mutants = file.Value.GetProperty("mutants").EnumerateArray()
                    .Select(m => new Mutant(path, m.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32(),
                        m.GetProperty("mutatorName").GetString() ?? "", m.TryGetProperty("replacement", out var r) ? r.GetString() ?? "" : "",
                        m.GetProperty("status").GetString() ?? ""))
                    .Where(m => m.Status != "Ignored").ToList();
                if (mutants.Count > 0) byFile[path] = mutants;
            }
        }

        var text = new StringBuilder();
        text.AppendLine("| scope | mutants | killed | timeout | survived | no coverage | score | compile errors (not scored) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var folder in byFile.GroupBy(f => Folder(f.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
            Row(text, folder.Key, folder.SelectMany(f => f.Value));
        Row(text, "**all**", byFile.SelectMany(f => f.Value));
        if (files)
        {
            text.AppendLine().AppendLine("| file | mutants | killed | timeout | survived | no coverage | score | compile errors (not scored) |");
            text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var file in byFile) Row(text, "`" + file.Key + "`", file.Value);
        }
        if (survivors)
        {
            text.AppendLine();
            foreach (var m in byFile.SelectMany(f => f.Value).Where(m => m.Status is "Survived" or "NoCoverage"))
                text.AppendLine(FormattableString.Invariant($"- `{m.File}:{m.Line}` {m.Mutator} → `{OneLine(m.Replacement)}` ({m.Status})"));
        }
        Console.Write(text.ToString());
    }

    private static void Row(StringBuilder text, string scope, IEnumerable<Mutant> mutants)
    {
        var count = Statuses.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        foreach (var m in mutants) count[m.Status] = count.TryGetValue(m.Status, out int n) ? n + 1 : 1;
        int detected = count["Killed"] + count["Timeout"], scored = detected + count["Survived"] + count["NoCoverage"];
        string score = scored == 0 ? "—" : (100.0 * detected / scored).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        text.AppendLine(FormattableString.Invariant(
            $"| {scope} | {scored} | {count["Killed"]} | {count["Timeout"]} | {count["Survived"]} | {count["NoCoverage"]} | {score} | {count["CompileError"]} |"));
    }

    /// <summary>The path below <c>src/SeedGen/</c>, with <c>/</c> separators, whatever machine wrote the report.</summary>
    private static string Relative(string path)
    {
        path = path.Replace('\\', '/');
        int at = path.LastIndexOf("src/SeedGen/", StringComparison.Ordinal);
        return at < 0 ? path : path.Substring(at + "src/SeedGen/".Length);
    }

    private static string Folder(string file) =>
        file.StartsWith("Emitting/", StringComparison.Ordinal) ? "Emitting (escaping)"
        : file.IndexOf('/') is int slash and > 0 ? file.Substring(0, slash) : file;

    private static string OneLine(string s)
    {
        s = s.Replace("\r", "").Replace('\n', ' ');
        return s.Length > 80 ? s.Substring(0, 77) + "..." : s;
    }
}

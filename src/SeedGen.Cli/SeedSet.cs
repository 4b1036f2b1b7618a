using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SeedGen.Inputs;
using SeedGen.Model;
using SeedGen.Naming;
using SeedGen.Reading;
using Spectre.Console;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Diagnostics;

namespace SeedGen.Cli;

/// <summary>One seed file as the CLI read it: what the compiler would have decoded, and the model the generator would build.</summary>
internal sealed record SeedFile(string FullPath, string RelativePath, string? DecodedText, SeedModel? Model);

/// <summary>
/// The seeds named on the command line, read the way <c>dotnet build</c> hands them to the
/// generator (BOM detection, UTF-8 with U+FFFD) and modelled by the generator's own code, with the
/// working directory in the role of the project folder.
/// </summary>
internal sealed class SeedSet
{
    private SeedSet(List<SeedFile> files, NameTable names, List<string> missing, List<(string, char)> unusable)
    {
        Files = files;
        Names = names;
        Missing = missing;
        Unusable = unusable;
    }

    /// <summary>Files skipped for a character in their name that the build cannot pass on (SEED022): relative path, character.</summary>
    public List<(string RelativePath, char Character)> Unusable { get; }

    public List<SeedFile> Files { get; }
    public NameTable Names { get; }
    public List<string> Missing { get; }

    public IEnumerable<SeedModel> Models => Files.Where(f => f.Model is { IsGenerated: true }).Select(f => f.Model!);

    public static SeedSet Load(IReadOnlyList<string> paths, string className = "Seeds", long maxFileBytes = Inputs.SeedSettings.DefaultMaxFileBytes)
    {
        string baseDir = SeedGenCli.Io.WorkingDirectory;
        var missing = new List<string>();
        var unusable = new List<(string, char)>();
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal); // relative path -> full path
        void Add(string full)
        {
            string relative = SeedPaths.RelativePath(full, baseDir);
            if (SeedPaths.UnusableCharacter(Path.GetFileName(full)) is { } c) unusable.Add((relative, c));
            else found[relative] = full;
        }
        foreach (var p in paths.Count == 0 ? new[] { "seeds" } : paths)
        {
            string full = Path.GetFullPath(Path.Combine(baseDir, p));
            if (Directory.Exists(full)) foreach (var f in Enumerate(full)) Add(f);
            else if (File.Exists(full)) Add(full);
            else missing.Add(p);
        }

        var files = new List<SeedFile>(found.Count);
        CliProgress.Run("Reading seeds", found.Count, step =>
        {
            foreach (var (relative, full) in found)
            {
                files.Add(Read(full, relative, baseDir, maxFileBytes));
                step?.Invoke();
            }
        });

        var names = SeedNaming.Assign(files.Where(f => f.Model is { IsGenerated: true })
            .Select(f => new NameRequest(f.FullPath, f.Model!.Id, f.Model.Path, null)), className);
        return new SeedSet(files, names, missing, unusable);
    }

    /// <summary>
    /// The *.txt files under a folder as the build's <c>seeds/**/*.txt</c> glob finds them: hidden
    /// folders (a name starting with '.') are left out, and a folder that is a symbolic link is not
    /// entered (MSBuild does not follow them, so a link loop is no endless tree either).
    /// </summary>
    private static IEnumerable<string> Enumerate(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string dir = pending.Pop();
            foreach (var f in Directory.EnumerateFiles(dir, "*.txt"))
                if (f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) yield return f;
            foreach (var d in Directory.EnumerateDirectories(dir))
            {
                var info = new DirectoryInfo(d);
                if (info.Name.StartsWith(".", StringComparison.Ordinal) || info.LinkTarget is not null) continue;
                pending.Push(d);
            }
        }
    }

    private static SeedFile Read(string full, string relative, string baseDir, long maxFileBytes)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SeedFile(full, relative, null, null);
        }
        string decoded = SeedText.Decode(bytes, out _);
        var model = SeedModelFactory.Create(full, SeedPaths.IdOf(full, baseDir, null), SeedPaths.RelativePath(full, baseDir),
            null, null, decoded, maxFileBytes, default);
        return new SeedFile(full, relative, decoded, model);
    }

    /// <summary>Says which paths do not exist, on stderr; true when there were any.</summary>
    public bool ReportMissing()
    {
        foreach (var m in Missing)
            SeedGenCli.Io.Err.WriteLine($"seedgen: error: '{m}' does not exist");
        return Missing.Count > 0;
    }

    public static long Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>The related documents and near-duplicates, as the generator's related step finds them.</summary>
    public Corpus.RelatedTable Related() =>
        Corpus.RelatedFinder.Find(Models.Select(m => new Corpus.SeedSignature(m.Key, m.Id, m.Path, m.Signature)), Names);

    /// <summary>
    /// What the build reports of these seed files (SEED010–SEED015, SEED018, SEED021, SEED022, SEED012),
    /// with the build's own checks, in file order: unusable names first, then each file's findings.
    /// </summary>
    public List<CliFinding> Findings(long maxFileBytes, Corpus.RelatedTable? related = null)
    {
        var result = new List<CliFinding>();
        var sameContent = SeedFileChecks.SameContent(Models.Where(m => Names.Find(m.Key) is { IsGenerated: true }).Select(m => (m.Path, m.Sha256)),
            (related ?? Related()).NearDuplicateLines());
        foreach (var (relative, character) in Unusable)
            result.Add(CliFinding.From(relative, 1, 1, new SeedFinding(Descriptors.UnusableFileName, 0, 0, new object[] { relative, SeedPaths.Describe(character) })));
        foreach (var file in Files)
        {
            if (file.DecodedText is not { } text)
            {
                result.Add(CliFinding.From(file.RelativePath, 1, 1, new SeedFinding(Descriptors.Unreadable, 0, 0, new object[] { file.RelativePath })));
                continue;
            }
            var lines = SourceText.From(text).Lines;
            var findings = SeedFileChecks.Check(file.RelativePath, text, Utf8Length(text), maxFileBytes,
                Names.Find(file.FullPath), sameContent.TryGetValue(file.RelativePath, out var same) ? same : null,
                i => { var p = lines.GetLinePosition(i); return (p.Line + 1, p.Character + 1); });
            foreach (var f in findings)
            {
                var at = lines.GetLinePosition(f.Start);
                result.Add(CliFinding.From(file.RelativePath, at.Line + 1, at.Character + 1, f));
            }
        }
        return result;
    }
}

/// <summary>A seed-file finding where it is: <c>file(line,col): warning SEEDxxx: message</c>, as MSBuild writes it.</summary>
internal sealed record CliFinding(string Path, int Line, int Column, DiagnosticSeverity Severity, string Id, string Message)
{
    public static CliFinding From(string path, int line, int column, SeedFinding finding) =>
        new(path, line, column, finding.Severity, finding.Descriptor.Id, finding.Message);

    public string SeverityWord => Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };

    public override string ToString() => $"{Path}({Line},{Column}): {SeverityWord} {Id}: {Message}";
}

/// <summary>The CLI's progress bar: on stderr, for more than <see cref="Threshold"/> items, when stderr is a terminal; else quiet.</summary>
internal static class CliProgress
{
    public const int Threshold = 200;

    /// <summary>Runs <paramref name="work"/>, which calls the step it is given (null when no bar shows) once per item.</summary>
    public static void Run(string label, int count, Action<Action?> work)
    {
        var io = SeedGenCli.Io;
        if (io.ErrorIsTerminal && count > Threshold)
            io.ErrConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask(label, maxValue: count);
                work(() => task.Increment(1));
            });
        else
            work(null);
    }
}

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
    private SeedSet(List<SeedFile> files, NameTable names, List<string> missing)
    {
        Files = files;
        Names = names;
        Missing = missing;
    }

    public List<SeedFile> Files { get; }
    public NameTable Names { get; }
    public List<string> Missing { get; }

    public IEnumerable<SeedModel> Models => Files.Where(f => f.Model is { IsGenerated: true }).Select(f => f.Model!);

    public static SeedSet Load(IReadOnlyList<string> paths, string className = "Seeds", long maxFileBytes = Inputs.SeedSettings.DefaultMaxFileBytes)
    {
        var io = SeedGenCli.Io;
        string baseDir = io.WorkingDirectory;
        var missing = new List<string>();
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal); // relative path -> full path
        foreach (var p in paths.Count == 0 ? new[] { "seeds" } : paths)
        {
            string full = Path.GetFullPath(Path.Combine(baseDir, p));
            if (Directory.Exists(full))
            {
                foreach (var f in Directory.EnumerateFiles(full, "*.txt", SearchOption.AllDirectories))
                    found[SeedPaths.RelativePath(f, baseDir)] = f;
            }
            else if (File.Exists(full)) found[SeedPaths.RelativePath(full, baseDir)] = full;
            else missing.Add(p);
        }

        var files = new List<SeedFile>(found.Count);
        void ReadAll(Action? step)
        {
            foreach (var (relative, full) in found)
            {
                files.Add(Read(full, relative, baseDir, maxFileBytes));
                step?.Invoke();
            }
        }

        if (io.ErrorIsTerminal && found.Count > 200)
            io.ErrConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Reading seeds", maxValue: found.Count);
                ReadAll(() => task.Increment(1));
            });
        else
            ReadAll(null);

        var names = SeedNaming.Assign(files.Where(f => f.Model is { IsGenerated: true })
            .Select(f => new NameRequest(f.FullPath, f.Model!.Id, f.Model.Path, null)), className);
        return new SeedSet(files, names, missing);
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
}

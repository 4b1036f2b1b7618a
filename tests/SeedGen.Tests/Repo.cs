using System;
using System.IO;

namespace SeedGen.Tests;

/// <summary>Paths of the repository and of the shared corpus, found from the test's output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>
    /// The shared corpus: <c>$SEEDGEN_CORPUS</c>, else <c>shared/corpus</c> beside the repository
    /// or beside one of its parent folders (../shared/corpus in the usual layout); null where absent.
    /// </summary>
    public static string? Corpus { get; } = FindCorpus();

    /// <summary>Why <see cref="Corpus"/> is null: what was looked for and where, and how to point the tests at the corpus.</summary>
    public static string CorpusMissing =>
        Environment.GetEnvironmentVariable("SEEDGEN_CORPUS") is { Length: > 0 } env
            ? $"SEEDGEN_CORPUS is '{env}', which is not a folder"
            : "shared/corpus/hindi-news not found beside the repository or a folder above it (set SEEDGEN_CORPUS to the corpus folder)";

    private static string? FindCorpus()
    {
        if (Environment.GetEnvironmentVariable("SEEDGEN_CORPUS") is { Length: > 0 } env)
            return Directory.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(Path.Combine(candidate, "hindi-news"))) return candidate;
        }
        return null;
    }

    public static string Seed000 => Path.Combine(Seeds, "000_29994c0a40c8d7d7.txt");

    public static string Seed001 => Path.Combine(Seeds, "001_d4a7fedfcebcdffb.txt");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SeedGen.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SeedGen.sln not found above " + AppContext.BaseDirectory);
    }
}

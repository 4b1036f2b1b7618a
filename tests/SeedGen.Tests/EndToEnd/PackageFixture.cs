using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SeedGen.Tests.EndToEnd;

/// <summary>
/// Packs SeedGen once into a local folder feed, with a version unique to this run (so a package
/// cached by an earlier run can never be picked), and writes a nuget.config for the temp folder.
/// Nothing is installed globally: the projects made here restore into a packages folder of their
/// own under the temp folder (deleted with it), and read every other package from the user's
/// global packages folder as a fallback folder, which restore never writes to, so restores stay as
/// fast as before. Commands in those projects go through <see cref="Ok"/> and <see cref="Run"/>.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "seedgen-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        UserPackages = SeedGen.Testing.LocalFeed.UserGlobalPackagesFolder();
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        // The repository's own project restores as it always does (its obj/ must not point into a folder deleted afterwards).
        var project = Path.Combine(Repo.Root, "src", "SeedGen", "SeedGen.csproj");
        PackOutput = DotNet.Ok(Root, $"pack \"{project}\" -c Release -o \"{Feed}\" -p:Version={Version} -nodeReuse:false", 300);
        Package = Path.Combine(Feed, $"SeedGen.{Version}.nupkg");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), SeedGen.Testing.LocalFeed.NuGetConfig(Feed,
            globalPackagesFolder: Packages, fallbackFolder: Directory.Exists(UserPackages) ? UserPackages : null));
        // NUGET_PACKAGES overrides a nuget.config's globalPackagesFolder: one inherited from the caller must not win.
        _environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Packages };
    }

    private readonly Dictionary<string, string> _environment;

    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }
    public string Package { get; }
    public string PackOutput { get; }

    /// <summary>The packages folder of the projects made here: restore extracts SeedGen (and anything the fallback lacks) into it.</summary>
    public string Packages { get; }

    /// <summary>The user's global packages folder, which these tests must leave as they found it.</summary>
    public string UserPackages { get; }

    /// <summary>Runs <c>dotnet</c> in a project of this fixture, restoring into <see cref="Packages"/>.</summary>
    internal SeedGen.Testing.DotNetCli.Result Run(string directory, string arguments, int timeoutSeconds = 180) =>
        DotNet.Run(directory, arguments, timeoutSeconds, _environment);

    /// <summary><see cref="Run"/>, failing the test with the whole output unless the command succeeds.</summary>
    internal string Ok(string directory, string arguments, int timeoutSeconds = 180, IReadOnlyDictionary<string, string>? environment = null) =>
        DotNet.Ok(directory, arguments, timeoutSeconds, environment is null ? _environment
            : _environment.Concat(environment).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    /// <summary>A new project folder made by <c>dotnet new</c>, with SeedGen added from the feed and the repository's seeds copied in.</summary>
    public string NewProject(string name, string template = "console", string? targetFramework = null, bool copySeeds = true)
    {
        Ok(Root, $"new {template} -o {name} --no-restore");
        string dir = Path.Combine(Root, name);
        Assert.DoesNotContain("<Nullable>", template.Contains("netstandard2.0") ? File.ReadAllText(Path.Combine(dir, name + ".csproj")) : "");
        if (targetFramework is not null)
        {
            string csproj = Path.Combine(dir, name + ".csproj");
            string text = File.ReadAllText(csproj);
            int start = text.IndexOf("<TargetFramework>", StringComparison.Ordinal) + "<TargetFramework>".Length;
            int end = text.IndexOf("</TargetFramework>", StringComparison.Ordinal);
            File.WriteAllText(csproj, text.Substring(0, start) + targetFramework + text.Substring(end));
        }
        Ok(dir, $"add package SeedGen --version {Version}");
        AssertInstalledPrivately();
        if (copySeeds)
        {
            Directory.CreateDirectory(Path.Combine(dir, "seeds"));
            foreach (var seed in Directory.GetFiles(Repo.Seeds, "*.txt"))
                File.Copy(seed, Path.Combine(dir, "seeds", Path.GetFileName(seed)));
        }
        return dir;
    }

    /// <summary>
    /// This run's package is in <see cref="Packages"/> and not in the user's global packages folder.
    /// (Only this run's version is looked for there: folders of other runs, of older checkouts or of
    /// another clone's tests running at the same time, are not this run's doing.)
    /// </summary>
    public void AssertInstalledPrivately()
    {
        Assert.True(Directory.Exists(Path.Combine(Packages, "seedgen", Version)), $"seedgen/{Version} is not in {Packages}");
        Assert.False(GloballyInstalled(), $"seedgen/{Version} was installed into {UserPackages}");
    }

    private bool GloballyInstalled() => Directory.Exists(Path.Combine(UserPackages, "seedgen", Version));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        // After every test of the class (builds restore too): a failure here fails the run as a class cleanup failure.
        if (GloballyInstalled())
            throw new InvalidOperationException($"The end-to-end tests installed seedgen/{Version} into {UserPackages}");
    }
}

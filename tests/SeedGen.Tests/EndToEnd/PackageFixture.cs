using System;
using System.Globalization;
using System.IO;

namespace SeedGen.Tests.EndToEnd;

/// <summary>
/// Packs SeedGen once into a local folder feed, with a version unique to this run (so a package
/// cached by an earlier run can never be picked), and writes a nuget.config for the temp folder.
/// Nothing is installed globally.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "seedgen-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        var project = Path.Combine(Repo.Root, "src", "SeedGen", "SeedGen.csproj");
        PackOutput = DotNet.Ok(Root, $"pack \"{project}\" -c Release -o \"{Feed}\" -p:Version={Version} -nodeReuse:false", 300);
        Package = Path.Combine(Feed, $"SeedGen.{Version}.nupkg");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), SeedGen.Testing.LocalFeed.NuGetConfig(Feed));
    }

    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }
    public string Package { get; }
    public string PackOutput { get; }

    /// <summary>A new project folder made by <c>dotnet new</c>, with SeedGen added from the feed and the repository's seeds copied in.</summary>
    public string NewProject(string name, string template = "console", string? targetFramework = null, bool copySeeds = true)
    {
        DotNet.Ok(Root, $"new {template} -o {name} --no-restore");
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
        DotNet.Ok(dir, $"add package SeedGen --version {Version}");
        if (copySeeds)
        {
            Directory.CreateDirectory(Path.Combine(dir, "seeds"));
            foreach (var seed in Directory.GetFiles(Repo.Seeds, "*.txt"))
                File.Copy(seed, Path.Combine(dir, "seeds", Path.GetFileName(seed)));
        }
        return dir;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

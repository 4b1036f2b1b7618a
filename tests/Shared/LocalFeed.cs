using System;
using System.IO;

namespace SeedGen.Testing;

/// <summary>
/// A folder feed for a package packed from this repository: the nuget.config that takes SeedGen from the
/// folder only and everything else from nuget.org. Linked into the tests (end-to-end) and the benchmarks
/// (whole builds).
/// </summary>
internal static class LocalFeed
{
    /// <param name="feed">The folder the package was packed into.</param>
    /// <param name="globalPackagesFolder">
    /// Where restore extracts packages, instead of the user's global packages folder: a folder of the
    /// caller's, deleted with it, so that a package packed for one run is never installed for the user.
    /// </param>
    /// <param name="fallbackFolder">
    /// A packages folder restore reads and never writes (the user's global packages folder): packages
    /// already there are used in place instead of being downloaded again into <paramref name="globalPackagesFolder"/>.
    /// </param>
    public static string NuGetConfig(string feed, string? globalPackagesFolder = null, string? fallbackFolder = null)
    {
        string folders = "";
        if (globalPackagesFolder is not null)
            folders += $"""

              <config>
                <add key="globalPackagesFolder" value="{globalPackagesFolder}" />
              </config>
            """;
        if (fallbackFolder is not null)
            folders += $"""

              <fallbackPackageFolders>
                <clear />
                <add key="shared" value="{fallbackFolder}" />
              </fallbackPackageFolders>
            """;
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="SeedGen" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>{folders}
            </configuration>
            """;
    }

    /// <summary>
    /// The user's global packages folder as NuGet finds it without a nuget.config of ours:
    /// <c>$NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.
    /// </summary>
    public static string UserGlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}

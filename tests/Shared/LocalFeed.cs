namespace SeedGen.Testing;

/// <summary>
/// A folder feed for a package packed from this repository: the nuget.config that takes SeedGen from the
/// folder only and everything else from nuget.org. Linked into the tests (end-to-end) and the benchmarks
/// (whole builds).
/// </summary>
internal static class LocalFeed
{
    public static string NuGetConfig(string feed) => $"""
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
          </packageSourceMapping>
        </configuration>
        """;
}

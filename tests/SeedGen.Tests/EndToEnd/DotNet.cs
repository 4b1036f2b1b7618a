using System.Collections.Generic;
using SeedGen.Testing;

namespace SeedGen.Tests.EndToEnd;

/// <summary>Runs the real <c>dotnet</c> CLI in a folder, as a user would (<see cref="DotNetCli"/>), and returns its output.</summary>
internal static class DotNet
{
    public static DotNetCli.Result Run(string workingDirectory, string arguments, int timeoutSeconds = 180,
        IReadOnlyDictionary<string, string>? environment = null) =>
        DotNetCli.Run(workingDirectory, arguments, timeoutSeconds, environment: environment);

    /// <summary>Runs and fails the test, with the whole output, unless the command succeeds.</summary>
    public static string Ok(string workingDirectory, string arguments, int timeoutSeconds = 180,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var r = Run(workingDirectory, arguments, timeoutSeconds, environment);
        Assert.True(r.ExitCode == 0, $"dotnet {arguments} exited {r.ExitCode}:\n{r.Output}");
        return r.Output;
    }
}

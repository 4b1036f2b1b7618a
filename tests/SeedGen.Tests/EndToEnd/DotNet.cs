using SeedGen.Testing;

namespace SeedGen.Tests.EndToEnd;

/// <summary>Runs the real <c>dotnet</c> CLI in a folder, as a user would (<see cref="DotNetCli"/>), and returns its output.</summary>
internal static class DotNet
{
    public static DotNetCli.Result Run(string workingDirectory, string arguments, int timeoutSeconds = 180) =>
        DotNetCli.Run(workingDirectory, arguments, timeoutSeconds);

    /// <summary>Runs and fails the test, with the whole output, unless the command succeeds.</summary>
    public static string Ok(string workingDirectory, string arguments, int timeoutSeconds = 180)
    {
        var r = Run(workingDirectory, arguments, timeoutSeconds);
        Assert.True(r.ExitCode == 0, $"dotnet {arguments} exited {r.ExitCode}:\n{r.Output}");
        return r.Output;
    }
}

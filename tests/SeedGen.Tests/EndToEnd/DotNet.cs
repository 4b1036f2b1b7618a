using System;
using System.Diagnostics;
using System.Text;

namespace SeedGen.Tests.EndToEnd;

/// <summary>Runs the real <c>dotnet</c> CLI in a folder, as a user would, and returns its output.</summary>
internal static class DotNet
{
    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

    public static Result Run(string workingDirectory, string arguments, int timeoutSeconds = 180)
    {
        var psi = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // The test host's own MSBuild settings must not leak into the user's build.
        foreach (var key in new System.Collections.Generic.List<string>(psi.Environment.Keys))
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key is "DOTNET_HOST_PATH")
                psi.Environment.Remove(key);
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"dotnet {arguments} took more than {timeoutSeconds} s in {workingDirectory}:\n{output}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), watch.Elapsed);
    }

    /// <summary>Runs and fails the test, with the whole output, unless the command succeeds.</summary>
    public static string Ok(string workingDirectory, string arguments, int timeoutSeconds = 180)
    {
        var r = Run(workingDirectory, arguments, timeoutSeconds);
        Assert.True(r.ExitCode == 0, $"dotnet {arguments} exited {r.ExitCode}:\n{r.Output}");
        return r.Output;
    }
}

using System;
using System.Diagnostics;
using System.Text;

namespace SeedGen.Testing;

/// <summary>
/// Runs the real <c>dotnet</c> CLI in a folder, as a user would, and returns its output. The calling
/// process's own MSBuild and test-host settings are removed so that they cannot leak into the build.
/// Linked into the tests (end-to-end) and the benchmarks (whole builds).
/// </summary>
internal static class DotNetCli
{
    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

    /// <param name="disableNodeReuse">Start no MSBuild node that outlives the command (a test leaves no process behind; a timed build keeps the default).</param>
    /// <param name="environment">Variables set for the command (after the calling process's own are removed), e.g. NUGET_PACKAGES.</param>
    public static Result Run(string workingDirectory, string arguments, int timeoutSeconds = 180, bool disableNodeReuse = true,
        System.Collections.Generic.IReadOnlyDictionary<string, string>? environment = null)
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
        foreach (var key in new System.Collections.Generic.List<string>(psi.Environment.Keys))
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || key is "DOTNET_HOST_PATH")
                psi.Environment.Remove(key);
        if (disableNodeReuse) psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (environment is not null)
            foreach (var variable in environment) psi.Environment[variable.Key] = variable.Value;

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
}

using System;
using System.IO;
using SeedGen.Cli;

namespace SeedGen.Tests.Cli;

/// <summary>A temp folder holding the two reference seeds under <c>seeds/</c>, where the CLI runs in-process; deleted on dispose.</summary>
internal sealed class CliFolder : IDisposable
{
    public CliFolder(string prefix)
    {
        Dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(Path.Combine(Dir, "seeds"));
        File.Copy(Repo.Seed000, Path.Combine(Dir, "seeds", "000_29994c0a40c8d7d7.txt"));
        File.Copy(Repo.Seed001, Path.Combine(Dir, "seeds", "001_d4a7fedfcebcdffb.txt"));
    }

    public string Dir { get; }

    /// <summary>The exit code, stdout (LF line ends) and stderr of <c>seedgen</c> with <paramref name="args"/>, run in <see cref="Dir"/>.</summary>
    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = SeedGenCli.Run(args, output, error, Dir);
        return (exit, output.ToString().Replace("\r\n", "\n"), error.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}

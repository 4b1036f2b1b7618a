using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace SeedGen.Tests;

/// <summary>
/// Snapshot files in Verify's convention (Verify itself is not available here): the accepted
/// text is <c>Name.verified.cs</c> beside the test; on a mismatch the new text is written to
/// <c>Name.received.cs</c> and the test fails. Set <c>SEEDGEN_ACCEPT_SNAPSHOTS=1</c> to accept
/// (overwrite the verified file) after reviewing the difference.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "SEEDGEN_ACCEPT_SNAPSHOTS";

    public static void Verify(string name, string actual, string extension = "cs", [CallerFilePath] string testFile = "")
    {
        string dir = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        Directory.CreateDirectory(dir);
        string verified = Path.Combine(dir, name + ".verified." + extension);
        string received = Path.Combine(dir, name + ".received." + extension);
        actual = actual.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        string? expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; wrote {received}. Review it and rerun with {AcceptVariable}=1."
            : $"Snapshot differs: compare {received} with {verified}; rerun with {AcceptVariable}=1 to accept.");
    }
}

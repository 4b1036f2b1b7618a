using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SeedGen.Tests.EndToEnd;

/// <summary>
/// The text in the <c>SeedGen.Text.pack</c> resource, from the outside: a build, a trimmed and a
/// NativeAOT-published app read every seed's bytes back exactly, and the assembly does not depend
/// on the order of the items, the line ends of the checkout or the culture.
/// </summary>
public partial class PackageEndToEndTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    /// <summary>Every seed's Utf8 against its Sha256 and Text, and what the assembly holds.</summary>
    private const string CheckEveryText = """
        using System.Security.Cryptography;
        System.Console.OutputEncoding = System.Text.Encoding.UTF8;
        int ok = 0;
        foreach (var d in Seeds.All)
        {
            var bytes = d.Utf8;
            string hash = System.Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
            if (hash == d.Sha256 && d.Text == System.Text.Encoding.UTF8.GetString(bytes)) ok++;
            else System.Console.WriteLine("MISMATCH " + d.Id);
        }
        System.Console.WriteLine($"texts={ok}/{Seeds.Count}");
        System.Console.WriteLine("resources=" + string.Join(",", typeof(Seeds).Assembly.GetManifestResourceNames()));
        System.Console.WriteLine("title=" + Seeds.crlf_hi.Document.Title + "|" + Seeds.crlf_hi.Document.Sentences[1]);
        """;

    private void WriteTextSeeds(string app)
    {
        string seeds = Path.Combine(app, "seeds");
        // A BOM and CR LF, in a file whose name looks like a culture (x.hi.txt: not a satellite resource).
        File.WriteAllBytes(Path.Combine(seeds, "crlf.hi.txt"), Bom.Concat(Encoding.UTF8.GetBytes("शीर्षक पंक्ति\r\n\r\nमुंबई: पहला वाक्य। दूसरा वाक्य।\r\n")).ToArray());
        // Not UTF-8: its text stays in the source.
        File.WriteAllBytes(Path.Combine(seeds, "latin1.txt"), new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n' });
        File.WriteAllText(Path.Combine(app, "Program.cs"), CheckEveryText);
    }

    [Fact]
    public void The_text_is_one_resource_that_builds_trimmed_and_native_apps_read_back()
    {
        string app = _package.NewProject("pack");
        WriteTextSeeds(app);
        File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.SEED010.severity = none\n");
        _package.Ok(app, "build -nodeReuse:false -p:EmitCompilerGeneratedFiles=true");
        string output = _package.Ok(app, "run --no-build");
        Assert.Contains("texts=4/4", output);
        Assert.Contains("resources=SeedGen.Text.pack", output);
        Assert.Contains("title=शीर्षक पंक्ति|दूसरा वाक्य।", output);
        string generated = Path.Combine(app, "obj", "Debug", "net10.0", "generated", "SeedGen", "SeedGen.Wiring.SeedGenerator");
        Assert.Contains("__LoadUtf8(ref s_utf8, Sha256, ", File.ReadAllText(Path.Combine(generated, "Seeds._001_d4a7fedfcebcdffb.g.cs")));
        Assert.Contains("u8;", File.ReadAllText(Path.Combine(generated, "Seeds.latin1.g.cs")));
        Assert.False(File.Exists(Path.Combine(app, "bin", "Debug", "net10.0", "hi", "pack.resources.dll")), "no satellite assembly");

        string trimmed = Path.Combine(app, "trimmed");
        _package.Ok(app, $"publish -nodeReuse:false -r linux-x64 --self-contained -p:PublishTrimmed=true -o \"{trimmed}\"", timeoutSeconds: 600);
        string trimmedOutput = RunProgram(Path.Combine(trimmed, "pack"));
        Assert.Contains("texts=4/4", trimmedOutput);
        Assert.Contains("title=शीर्षक पंक्ति|दूसरा वाक्य।", trimmedOutput);
    }

    [SkippableFact]
    public void A_NativeAOT_app_reads_every_text_back()
    {
        // The native toolchain: .ci/run installs clang and zlib from apt; CI fails without it.
        bool toolchain = File.Exists("/usr/bin/clang") && File.Exists("/usr/include/zlib.h");
        Assert.True(toolchain || Environment.GetEnvironmentVariable("CI") is null, "NativeAOT needs clang and zlib1g-dev: apt-get install clang zlib1g-dev");
        _skip.If(!toolchain, "NativeAOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev)");
        string app = _package.NewProject("aot");
        WriteTextSeeds(app);
        File.WriteAllText(Path.Combine(app, ".globalconfig"), "is_global = true\ndotnet_diagnostic.SEED010.severity = none\n");
        string native = Path.Combine(app, "native");
        _package.Ok(app, $"publish -nodeReuse:false -r linux-x64 -p:PublishAot=true -o \"{native}\"", timeoutSeconds: 900);
        string output = RunProgram(Path.Combine(native, "aot"));
        Assert.Contains("texts=4/4", output);
        Assert.Contains("resources=SeedGen.Text.pack", output);
        Assert.Contains("title=शीर्षक पंक्ति|दूसरा वाक्य।", output);
    }

    [Fact]
    public void Shuffled_items_CRLF_seeds_and_another_culture_build_a_byte_identical_assembly()
    {
        string app = _package.NewProject("determinism");
        string seeds = Path.Combine(app, "seeds");
        File.WriteAllText(Path.Combine(seeds, "news.txt"), "Headline\n\nMumbai: First sentence. Second one.\n", new UTF8Encoding(false));
        var names = Directory.GetFiles(seeds).Select(f => Path.GetFileName(f)!).OrderBy(n => n, StringComparer.Ordinal).ToList();
        string csproj = Path.Combine(app, "determinism.csproj");
        string original = File.ReadAllText(csproj);
        string dll = Path.Combine(app, "bin", "Release", "net10.0", "determinism.dll");

        byte[] Build(IEnumerable<string> order, IReadOnlyDictionary<string, string>? environment)
        {
            File.WriteAllText(csproj, original.Replace("</Project>",
                "<PropertyGroup><EnableDefaultSeedItems>false</EnableDefaultSeedItems></PropertyGroup><ItemGroup>"
                + string.Concat(order.Select(n => $"<Seed Include=\"seeds/{n}\" />")) + "</ItemGroup></Project>"));
            foreach (var dir in new[] { "bin", "obj" }.Select(d => Path.Combine(app, d)).Where(Directory.Exists)) Directory.Delete(dir, recursive: true);
            _package.Ok(app, "build -nodeReuse:false -c Release", environment: environment);
            return File.ReadAllBytes(dll);
        }

        var reference = Build(names, null);
        foreach (var name in names)
        {
            string path = Path.Combine(seeds, name);
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(File.ReadAllText(path).Replace("\r\n", "\n").Replace("\n", "\r\n")));
        }
        var shuffled = Build(Enumerable.Reverse(names), new Dictionary<string, string> { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" });
        Assert.True(reference.SequenceEqual(shuffled), "the assembly built from reversed items, CR LF seeds and tr-TR differs");
    }

    /// <summary>Runs a published app and returns its output, failing the test unless it exits 0.</summary>
    private static string RunProgram(string path)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        using var process = System.Diagnostics.Process.Start(psi)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), path + " did not finish");
        Assert.True(process.ExitCode == 0, path + " exited " + process.ExitCode + ":\n" + output);
        return output;
    }
}

using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using SeedGen.Cli.Report;

namespace SeedGen.Cli.Commands;

/// <summary><c>seedgen report</c>: how SeedGen reads a corpus, as one self-contained HTML page.</summary>
internal sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public const string DefaultOutput = "report.html";

    public sealed class Settings : SeedPathsSettings
    {
        [CommandOption("-o|--output <FILE>")]
        [Description("The HTML file to write (its folder is created if needed). Default: report.html in the current folder")]
        public string Output { get; init; } = DefaultOutput;

        [CommandOption("--class <NAME>")]
        [Description("Name of the root class the member names start with, as SeedGenClassName. Default: Seeds")]
        public string ClassName { get; init; } = "Seeds";

        [CommandOption("--text-limit <MB>")]
        [Description("Megabytes of document text the page carries at most (documents past it are listed and counted, their text not shown). Default: no limit")]
        public double? TextLimit { get; init; }

        [CommandOption("--max-bytes <BYTES>")]
        [Description("Size limit, as SeedGenMaxFileBytes. Default: 67108864")]
        public long MaxBytes { get; init; } = Inputs.SeedSettings.DefaultMaxFileBytes;

        // Spectre.Console.Cli 0.57 gives a trailing "-o" with no value the name of its default command as the value.
        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Output) || Output == "__default_command" ? Spectre.Console.ValidationResult.Error("report needs a file name: -o FILE")
            : TextLimit is < 0 ? Spectre.Console.ValidationResult.Error("--text-limit must be 0 or more")
            : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var io = SeedGenCli.Io;
        if (!Inputs.SeedSettings.IsValidClassName(settings.ClassName))
        {
            io.Err.WriteLine($"seedgen: error: --class '{settings.ClassName}' is no C# identifier SeedGen can use (a keyword, or a name the generated code uses)");
            return ExitCodes.Usage;
        }
        var clock = Stopwatch.StartNew();
        var seeds = SeedSet.Load(settings.Paths, settings.ClassName, settings.MaxBytes);
        if (seeds.ReportMissing()) return ExitCodes.Usage;

        string label = settings.Paths.Length == 0 ? "seeds" : string.Join(" ", settings.Paths);
        var model = ReportBuilder.Build(seeds, label, settings.MaxBytes);

        // Written beside the target, then moved into place: a failure leaves an older report as it was.
        string file = Path.GetFullPath(Path.Combine(io.WorkingDirectory, settings.Output));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        string staging = file + ".seedgen-" + System.Guid.NewGuid().ToString("N").Substring(0, 8);
        try
        {
            using (var stream = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
                CliProgress.Run("Writing report", model.Documents.Count,
                    step => ReportHtml.Write(model, writer, settings.TextLimit is { } mb ? (long)(mb * 1024 * 1024) : long.MaxValue, step));
            File.Move(staging, file, overwrite: true);
        }
        finally
        {
            if (File.Exists(staging)) File.Delete(staging);
        }
        long size = new FileInfo(file).Length;
        io.Err.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"seedgen: wrote {file} ({model.Documents.Count} documents, {model.Documents.Sum(d => d.Findings.Count)} findings, {size / 1048576.0:0.0} MB) in {clock.Elapsed.TotalSeconds:0.0} s"));
        return ExitCodes.Ok;
    }
}

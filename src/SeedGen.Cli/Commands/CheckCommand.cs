using System.ComponentModel;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Spectre.Console.Cli;
using SeedGen.Inputs;
using SeedGen.Diagnostics;

namespace SeedGen.Cli.Commands;

/// <summary>
/// <c>seedgen check</c>: the seed-file diagnostics of the build (SEED010–SEED015, SEED018, SEED021, SEED022), in
/// MSBuild's <c>file(line,col): warning ID: message</c> form so that editors link them.
/// </summary>
internal sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[paths]")]
        [Description("Seed files or folders (searched for *.txt). Default: seeds/")]
        public string[] Paths { get; init; } = System.Array.Empty<string>();

        [CommandOption("--strict")]
        [Description("Exit 1 when there are warnings")]
        public bool Strict { get; init; }

        [CommandOption("--max-bytes <BYTES>")]
        [Description("Size limit, as SeedGenMaxFileBytes. Default: 67108864")]
        public long MaxBytes { get; init; } = Inputs.SeedSettings.DefaultMaxFileBytes;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var io = SeedGenCli.Io;
        var seeds = SeedSet.Load(settings.Paths, maxFileBytes: settings.MaxBytes);
        if (seeds.ReportMissing()) return ExitCodes.Usage;

        var sameContent = SeedFileChecks.SameContent(seeds.Models.Where(m => seeds.Names.Find(m.Key) is { IsGenerated: true }).Select(m => (m.Path, m.Sha256)),
            seeds.Related().NearDuplicateLines());
        int errors = 0, warnings = 0;
        foreach (var (relative, character) in seeds.Unusable)
        {
            var unusable = new SeedFinding(Descriptors.UnusableFileName, 0, 0, new object[] { relative, SeedPaths.Describe(character) });
            Report(relative, 1, 1, unusable.Severity, unusable.Descriptor.Id, unusable.Message);
        }
        foreach (var file in seeds.Files)
        {
            if (file.DecodedText is not { } text)
            {
                var unreadable = new SeedFinding(Descriptors.Unreadable, 0, 0, new object[] { file.RelativePath });
                Report(file.RelativePath, 1, 1, unreadable.Severity, unreadable.Descriptor.Id, unreadable.Message);
                continue;
            }
            var lines = SourceText.From(text).Lines;
            var findings = SeedFileChecks.Check(file.RelativePath, text, SeedSet.Utf8Length(text), settings.MaxBytes,
                seeds.Names.Find(file.FullPath), sameContent.TryGetValue(file.RelativePath, out var same) ? same : null,
                i => { var p = lines.GetLinePosition(i); return (p.Line + 1, p.Character + 1); });
            foreach (var f in findings)
            {
                var at = lines.GetLinePosition(f.Start);
                Report(file.RelativePath, at.Line + 1, at.Character + 1, f.Severity, f.Descriptor.Id, f.Message);
            }
        }

        void Report(string path, int line, int column, DiagnosticSeverity severity, string id, string message)
        {
            string word = severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "info" };
            if (severity == DiagnosticSeverity.Error) errors++;
            if (severity == DiagnosticSeverity.Warning) warnings++;
            io.Out.WriteLine($"{path}({line},{column}): {word} {id}: {message}");
        }

        io.Err.WriteLine($"seedgen: {seeds.Files.Count} seeds, {errors} errors, {warnings} warnings");
        return errors > 0 || (warnings > 0 && settings.Strict) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

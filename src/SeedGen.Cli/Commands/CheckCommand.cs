using System.ComponentModel;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Spectre.Console.Cli;

namespace SeedGen.Cli.Commands;

/// <summary>
/// <c>seedgen check</c>: the seed-file diagnostics of the build (SEED010–SEED015, SEED018, SEED021, SEED022), in
/// MSBuild's <c>file(line,col): warning ID: message</c> form so that editors link them.
/// </summary>
internal sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : SeedPathsSettings
    {
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

        int errors = 0, warnings = 0;
        foreach (var finding in seeds.Findings(settings.MaxBytes))
        {
            if (finding.Severity == DiagnosticSeverity.Error) errors++;
            if (finding.Severity == DiagnosticSeverity.Warning) warnings++;
            io.Out.WriteLine(finding.ToString());
        }

        io.Err.WriteLine($"seedgen: {seeds.Files.Count} seeds, {errors} errors, {warnings} warnings");
        return errors > 0 || (warnings > 0 && settings.Strict) ? ExitCodes.Findings : ExitCodes.Ok;
    }
}

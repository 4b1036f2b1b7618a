using System.IO;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;
using SeedGen.Cli.Commands;

namespace SeedGen.Cli;

/// <summary>Where a command writes and which folder it works in; set per run, so tests can run the CLI in-process.</summary>
internal sealed class CliIo
{
    public CliIo(TextWriter output, TextWriter error, string workingDirectory, bool errorIsTerminal)
    {
        Out = output;
        Err = error;
        WorkingDirectory = workingDirectory;
        ErrorIsTerminal = errorIsTerminal;
        OutConsole = Create(output, interactive: false);
        ErrConsole = Create(error, interactive: errorIsTerminal);
    }

    public TextWriter Out { get; }
    public TextWriter Err { get; }
    public IAnsiConsole OutConsole { get; }
    public IAnsiConsole ErrConsole { get; }
    public string WorkingDirectory { get; }
    public bool ErrorIsTerminal { get; }

    private static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = 120;
        return console;
    }
}

/// <summary>The CLI's exit codes: never 255, whatever happens.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary><c>check</c> found errors, or warnings with <c>--strict</c>.</summary>
    public const int Findings = 1;
    /// <summary>Unknown command or option, missing value, a path that does not exist.</summary>
    public const int Usage = 2;
    /// <summary>SeedGen itself failed (reported as SEED019).</summary>
    public const int Failure = 3;
}

/// <summary><c>seedgen</c>: inspect, emit and check seed documents without a build.</summary>
public static class SeedGenCli
{
    private static readonly AsyncLocal<CliIo?> Current = new();

    internal static CliIo Io => Current.Value ?? throw new System.InvalidOperationException("SeedGenCli.Run sets the I/O.");

    public static int Run(string[] args, TextWriter output, TextWriter error, string workingDirectory, bool errorIsRedirected = true)
    {
        var io = new CliIo(output, error, workingDirectory, errorIsTerminal: !errorIsRedirected);
        Current.Value = io;
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("seedgen");
            config.UseStrictParsing();
            config.PropagateExceptions();
            config.ConfigureConsole(io.OutConsole);
            config.AddCommand<InspectCommand>("inspect")
                .WithDescription("Show the readouts of seed documents as tables, or as JSON with --json.")
                .WithExample("inspect").WithExample("inspect", "seeds/", "--json");
            config.AddCommand<EmitCommand>("emit")
                .WithDescription("Write exactly the C# the generator would emit for these seeds.")
                .WithExample("emit", "seeds/", "-o", "generated");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Report what the build would report of these seeds, as file(line,col): warning SEEDxxx: ... Exit 0 clean, 1 errors (or warnings with --strict).")
                .WithExample("check", "seeds/", "--strict");
            config.AddCommand<ReportCommand>("report")
                .WithDescription("Write one self-contained HTML page (no network) that shows how SeedGen reads these seeds: readout counts, a sortable table of every document, each document's text with its zones marked beside the member names, and related documents.")
                .WithExample("report").WithExample("report", "seeds/", "-o", "report.html").WithExample("report", "corpus/", "-o", "out/report.html", "--text-limit", "64");
        });
        try
        {
            return app.Run(args);
        }
        catch (CommandAppException e)
        {
            // Unknown commands and options, missing or invalid values: a usage error.
            io.Err.WriteLine("seedgen: error: " + e.Message + " (seedgen --help lists the commands and options)");
            return ExitCodes.Usage;
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // A bug of ours: say so like the build would, never a stack trace or exit 255.
            io.Err.WriteLine($"seedgen: error SEED019: seedgen failed ({e.GetType().Name}: {e.Message}). Please report this with the files");
            return ExitCodes.Failure;
        }
        finally
        {
            Current.Value = null;
        }
    }
}

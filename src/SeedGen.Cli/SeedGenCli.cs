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
            config.ConfigureConsole(io.OutConsole);
            config.AddCommand<InspectCommand>("inspect")
                .WithDescription("Show the readouts of seed documents as tables, or as JSON with --json.")
                .WithExample("inspect").WithExample("inspect", "seeds/", "--json");
            config.AddCommand<EmitCommand>("emit")
                .WithDescription("Write exactly the C# the generator would emit for these seeds.")
                .WithExample("emit", "seeds/", "-o", "generated");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Report SEED010-SEED015 as file(line,col): warning SEEDxxx: ... Exit 0 clean, 1 warnings with --strict, 2 errors.")
                .WithExample("check", "seeds/", "--strict");
        });
        try
        {
            return app.Run(args);
        }
        finally
        {
            Current.Value = null;
        }
    }
}

using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using SeedGen.Model;

namespace SeedGen.Cli.Commands;

/// <summary><c>seedgen inspect</c>: what SeedGen makes of each document, as a table or as JSON.</summary>
internal sealed class InspectCommand : Command<InspectCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[paths]")]
        [Description("Seed files or folders (searched for *.txt). Default: seeds/")]
        public string[] Paths { get; init; } = System.Array.Empty<string>();

        [CommandOption("--json")]
        [Description("Write every readout as JSON (stable property order) instead of tables")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var io = SeedGenCli.Io;
        var seeds = SeedSet.Load(settings.Paths);
        if (seeds.ReportMissing()) return 2;
        var models = seeds.Models.OrderBy(m => m.Id, System.StringComparer.Ordinal).ToList();

        if (settings.Json)
        {
            io.Out.Write(JsonReadouts.Write(models));
            return 0;
        }
        int width = io.ErrorIsTerminal && !System.Console.IsOutputRedirected ? System.Math.Max(60, System.Console.WindowWidth) : 120;
        foreach (var model in models) Table(model).Render(io.Out, width);
        io.Out.WriteLine($"{models.Count} seed documents");
        return 0;
    }

    private static TextTable Table(SeedModel m)
    {
        var r = m.Readouts;
        var table = new TextTable(m.Id);
        void Row(string name, string? value) => table.Add(name, value);
        Row("path", m.Path);
        Row("title", r.Get(r.Title));
        Row("section", r.Get(r.Section));
        Row("dateline", r.Get(r.Dateline));
        Row("published", r.Published?.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        Row("source", r.Get(r.Source));
        Row("script, language", r.Script.Length == 0 ? null : r.Script + ", " + (r.Language.Length == 0 ? "?" : r.Language));
        Row("counts", $"{r.Paragraphs.Count} paragraphs, {r.Sentences.Count} sentences, {r.WordCount} words");
        foreach (var e in r.Metadata) Row("metadata", r.Get(e.Key) + " = " + r.Get(e.Value));
        foreach (var a in r.AlsoRead) Row("also read", r.Get(a));
        Row("keywords", r.Keywords.Count == 0 ? null : string.Join(", ", r.Keywords));
        return table;
    }
}

using System.ComponentModel;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using SeedGen.Reading;
using SeedGen.Model;

namespace SeedGen.Cli.Commands;

/// <summary><c>seedgen inspect</c>: what SeedGen makes of each document, as a table or as JSON.</summary>
internal sealed class InspectCommand : Command<InspectCommand.Settings>
{
    public sealed class Settings : SeedPathsSettings
    {
        [CommandOption("--json")]
        [Description("Write every readout as JSON (stable property order) instead of tables")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var io = SeedGenCli.Io;
        var seeds = SeedSet.Load(settings.Paths);
        if (seeds.ReportMissing()) return ExitCodes.Usage;
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
        foreach (var readout in Readouts.All)
        {
            switch (readout.Kind)
            {
                case ReadoutKind.Text:
                    Row(readout.InspectLabel!, r.Get(readout.Range(r)));
                    break;
                case ReadoutKind.Date when readout.WithOffset:
                    Row(readout.InspectLabel!, r.Published is { } p ? JsonReadouts.Display(p) : null);
                    break;
            }
        }
        Row("script, language", r.Script.Length == 0 ? null : r.Script + ", " + (r.Language.Length == 0 ? "?" : r.Language));
        Row("counts", Counts(r));
        foreach (var readout in Readouts.All)
        {
            switch (readout.Inspect)
            {
                case InspectAs.Items when readout.Kind == ReadoutKind.Map:
                    foreach (var e in r.Metadata) Row(readout.InspectLabel!, r.Get(e.Key) + " = " + r.Get(e.Value));
                    break;
                case InspectAs.Items when readout.Kind == ReadoutKind.List:
                    foreach (var a in readout.Ranges(r)) Row(readout.InspectLabel!, r.Get(a));
                    break;
                case InspectAs.Joined when readout.Kind == ReadoutKind.Names:
                    var names = readout.Strings(r);
                    Row(readout.InspectLabel!, names.Count == 0 ? null : string.Join(", ", names));
                    break;
            }
        }
        return table;
    }

    /// <summary>"8 paragraphs, 12 sentences, 250 words": the lists the document repeats as counts, and the word count.</summary>
    private static string Counts(Reading.SeedReadouts r)
    {
        var parts = new System.Collections.Generic.List<string>();
        foreach (var readout in Readouts.All)
        {
            if (readout.CountSummary is not null || readout.Kind == ReadoutKind.Count) parts.Add(readout.CountIn(r) + " " + readout.Noun);
        }
        return string.Join(", ", parts);
    }
}

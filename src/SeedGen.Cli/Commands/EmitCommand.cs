using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using SeedGen.Emitting;

namespace SeedGen.Cli.Commands;

/// <summary><c>seedgen emit</c>: the generator's output for these seeds, written to a folder.</summary>
internal sealed class EmitCommand : Command<EmitCommand.Settings>
{
    public sealed class Settings : SeedPathsSettings
    {
        [CommandOption("-o|--output <DIR>")]
        [Description("Folder to write the .g.cs files to (created if needed)")]
        public string? Output { get; init; }

        [CommandOption("--namespace <NAMESPACE>")]
        [Description("Namespace of the generated types, as SeedGenNamespace. Default: none (global)")]
        public string? Namespace { get; init; }

        [CommandOption("--class <NAME>")]
        [Description("Name of the root class, as SeedGenClassName. Default: Seeds")]
        public string ClassName { get; init; } = "Seeds";

        [CommandOption("--public")]
        [Description("Make the generated types public, as SeedGenVisibility=public")]
        public bool Public { get; init; }

        [CommandOption("--lang-version <VERSION>")]
        [Description("C# version of the consumer: 7.3 (no u8 literals, no nullable annotations) to latest. Default: latest")]
        public string LangVersion { get; init; } = "latest";

        public override Spectre.Console.ValidationResult Validate() =>
            Output is null ? Spectre.Console.ValidationResult.Error("emit needs an output folder: -o DIR") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var io = SeedGenCli.Io;
        if (!Inputs.SeedSettings.IsValidClassName(settings.ClassName))
        {
            io.Err.WriteLine($"seedgen: error: --class '{settings.ClassName}' is no C# identifier SeedGen can use (a keyword, or a name the generated code uses)");
            return ExitCodes.Usage;
        }
        string className = settings.ClassName;
        var seeds = SeedSet.Load(settings.Paths, className);
        if (seeds.ReportMissing()) return ExitCodes.Usage;

        double version = settings.LangVersion is "latest" or "preview" or "default"
            ? 99
            : double.TryParse(settings.LangVersion, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 99;
        var options = new EmitOptions(
            settings.Namespace is { Length: > 0 } ns ? string.Join(".", System.Array.ConvertAll(ns.Split('.'), p => Naming.Identifiers.Escape(Naming.Identifiers.From(p.Trim())))) : null,
            className, settings.Public, Utf8Literals: version >= 11, NullableAnnotations: version >= 8,
            HasSpan: true, HasSpanGetString: true, HasNotNullWhen: true);

        // Written to a new folder beside the target, then moved into place: a failure leaves the target as it was.
        string dir = Path.GetFullPath(Path.Combine(io.WorkingDirectory, settings.Output!)).TrimEnd(Path.DirectorySeparatorChar);
        string staging = dir + ".seedgen-" + System.Guid.NewGuid().ToString("N").Substring(0, 8);
        Directory.CreateDirectory(staging);
        int written = 0;
        void Write(string hintName, string source)
        {
            File.WriteAllText(Path.Combine(staging, hintName), source, new System.Text.UTF8Encoding(false));
            written++;
        }

        try
        {
            Write(TypesEmitter.HintName, TypesEmitter.Emit(options));
            Write(CatalogEmitter.HintName(options), CatalogEmitter.Emit(seeds.Names, options));
            Write(RelatedEmitter.HintName(options), RelatedEmitter.Emit(seeds.Related(), options));
            // The documents in the files the generator puts them in (a file each, or shared files for many seeds).
            var placed = System.Collections.Immutable.ImmutableArray.CreateRange(seeds.Models.Select(m => new Wiring.SeedGenerator.PlacedSeed(m, seeds.Names.Find(m.Key))));
            foreach (var file in Wiring.SeedGenerator.SeedFile.Arrange(placed, seeds.Names.RootClass))
                if (file.Seeds.Count > 0)
                    Write(file.HintName, DocumentEmitter.Emit(file.Documents(), options));
            string? old = null;
            if (Directory.Exists(dir))
            {
                old = dir + ".seedgen-old-" + System.Guid.NewGuid().ToString("N").Substring(0, 8);
                Directory.Move(dir, old);
            }
            Directory.Move(staging, dir);
            if (old is not null) Directory.Delete(old, recursive: true);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
        io.Err.WriteLine($"seedgen: wrote {written} files to {dir}");
        return 0;
    }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace SeedGen.Cli.Commands;

/// <summary>What every command takes first: the seed files and folders to read.</summary>
internal abstract class SeedPathsSettings : CommandSettings
{
    [CommandArgument(0, "[paths]")]
    [Description("Seed files or folders (searched for *.txt). Default: seeds/")]
    public string[] Paths { get; init; } = System.Array.Empty<string>();
}

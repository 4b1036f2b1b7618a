using Microsoft.CodeAnalysis;

namespace SeedGen.Diagnostics;

/// <summary>
/// Every SeedGen diagnostic (SPEC section 4), in one place. Ids, titles, messages and categories
/// are stable; each help link points to the diagnostic's section of README.md.
/// </summary>
public static class Descriptors
{
    /// <summary>Where README.md's diagnostics sections live; each id is an anchor below it.</summary>
    public const string HelpBase = "https://github.com/seedgen/SeedGen/blob/main/README.md#";

    private const string Usage = "SeedGen.Usage";
    private const string Seeds = "SeedGen.Seeds";
    private const string Configuration = "SeedGen.Configuration";

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity,
        bool enabled = true, params string[] tags) =>
        new(id, title, message, category, severity, enabled, description: null, helpLinkUri: HelpBase + id.ToLowerInvariant(), customTags: tags);

    public static readonly DiagnosticDescriptor UnknownSeed = Create("SEED001", "Unknown seed id",
        "Seed '{0}' does not exist{1}", Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownMetadataKey = Create("SEED002", "Unknown metadata key",
        "Seed '{0}' has no metadata key '{1}'{2}", Usage, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IndexOutOfRange = Create("SEED003", "Readout index out of range",
        "Index {0} is out of range: seed '{1}' has {2} {3}", Usage, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UseTypedAccess = Create("SEED004", "Use typed access",
        "Use '{0}' instead of looking up '{1}' by string", Usage, DiagnosticSeverity.Hidden);

    public static readonly DiagnosticDescriptor InvalidUtf8 = Create("SEED010", "Seed file is not valid UTF-8",
        "Seed file '{0}' is not valid UTF-8 (first invalid byte at line {1}, column {2}); its text is read with U+FFFD", Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EmptySeed = Create("SEED011", "Seed file is empty",
        "Seed file '{0}' is empty or only white space; it generates a document with empty readouts", Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameClash = Create("SEED012", "Seed name clash",
        "{0}", Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TooLarge = Create("SEED013", "Seed file too large",
        "Seed file '{0}' is {1} bytes, over SeedGenMaxFileBytes ({2}); it is skipped", Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SameContent = Create("SEED014", "Seeds with the same content",
        "Seed file '{0}' has {1} as '{2}' ({3})", Seeds, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvisibleCharacter = Create("SEED015", "Invisible format character in a seed",
        "Seed file '{0}' contains the invisible format character U+{1} ({2}) at line {3}, column {4}; it is kept in the data and escaped in the code",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusedSeed = Create("SEED016", "Seed is not used",
        "Seed '{0}' is not referenced by any code", Seeds, DiagnosticSeverity.Hidden, enabled: false, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Unreadable = Create("SEED018", "Seed file cannot be read",
        "Seed file '{0}' could not be read; it is skipped", Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotAnalysed = Create("SEED019", "Seed could not be analysed",
        "Seed file '{0}' could not be analysed ({1}); its text is generated without readouts. Please report this with the file", Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TypeClash = Create("SEED020", "Generated type clashes with a type of the project",
        "The project declares '{0}', a type SeedGen generates, so SeedGen generates nothing: {1}", Configuration, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotUtf8Text = Create("SEED021", "Seed file is UTF-16 or UTF-32 without a byte order mark",
        "Seed file '{0}' looks like {1} without a byte order mark ({2} of its first {3} characters are NUL); it is skipped. Save it as UTF-8",
        Seeds, DiagnosticSeverity.Warning);

    /// <summary>Reported by the package's MSBuild targets and by <c>seedgen check</c>: such a file never reaches the compiler.</summary>
    public static readonly DiagnosticDescriptor UnusableFileName = Create("SEED022", "Seed file name cannot be passed to the compiler",
        "Seed file '{0}' has {1} in its name, which MSBuild or the compiler cannot pass on; it is skipped. Rename the file",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create("SEED017", "Invalid SeedGen option",
        "Invalid value '{0}' for MSBuild property {1}: expected {2}; using {3}", Configuration, DiagnosticSeverity.Warning);
}

using Microsoft.CodeAnalysis;

namespace SeedGen.Diagnostics;

/// <summary>
/// Every SeedGen diagnostic (SPEC section 4), in one place. Ids, titles, messages and categories
/// are stable; each has a description (when it fires and what to do: SARIF's full description, the
/// IDE's tooltip) and a help link to the diagnostic's section of README.md as this version of the
/// package has it.
/// </summary>
public static class Descriptors
{
    /// <summary>
    /// Where README.md's diagnostics sections live, at the tag of this package's version
    /// (<see cref="ThisPackage.Version"/>, compiled from the project's <c>Version</c>); each id is an anchor below it.
    /// </summary>
    public const string HelpBase = "https://github.com/seedgen/SeedGen/blob/v" + ThisPackage.Version + "/README.md#";

    private const string Usage = "SeedGen.Usage";
    private const string Seeds = "SeedGen.Seeds";
    private const string Configuration = "SeedGen.Configuration";

    private static DiagnosticDescriptor Create(string id, string title, string message, string description, string category,
        DiagnosticSeverity severity, bool enabled = true, params string[] tags) =>
        new(id, title, message, category, severity, enabled, description, helpLinkUri: HelpBase + id.ToLowerInvariant(), customTags: tags);

    public static readonly DiagnosticDescriptor UnknownSeed = Create("SEED001", "Unknown seed id",
        "Seed '{0}' does not exist{1}",
        "A constant id passed to Seeds.Get, TryGet or Contains names no seed, so the lookup would fail at run time. Use one of the nearest ids the message names (the code fix offers each and, for an id given by a const, changes the constant's declaration) or add the seed file.",
        Usage, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnknownMetadataKey = Create("SEED002", "Unknown metadata key",
        "Seed '{0}' has no metadata key '{1}'{2}",
        "A constant key into the Metadata of a document known at compile time is a key that document does not have. Use one of the nearest keys the message names (the code fix offers each).",
        Usage, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IndexOutOfRange = Create("SEED003", "Readout index out of range",
        "Index {0} is out of range: seed '{1}' has {2} {3}",
        "A constant index into a readout list (Paragraphs, Sentences, AlsoRead, Footer, Quotes, Credits, Numbers, Keywords) of a document known at compile time is out of range. Use an index below the count the message gives (the seed class's count constant).",
        Usage, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UseTypedAccess = Create("SEED004", "Use typed access",
        "Use '{0}' instead of looking up '{1}' by string",
        "Seeds.Get with the constant id of an existing seed can be typed access to the seed's class, which the compiler checks without an analyzer. The code fix rewrites the call, keeping the way the root class is named.",
        Usage, DiagnosticSeverity.Hidden);

    public static readonly DiagnosticDescriptor InvalidUtf8 = Create("SEED010", "Seed file is not valid UTF-8",
        "Seed file '{0}' is not valid UTF-8 (first invalid byte at line {1}, column {2}); its text is read with U+FFFD",
        "The seed file is not valid UTF-8, so its text is read with U+FFFD in place of each invalid sequence; the location is the first one. Save the file as UTF-8 (a UTF-16 file with a byte order mark is read correctly too).",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EmptySeed = Create("SEED011", "Seed file is empty",
        "Seed file '{0}' is empty or only white space; it generates a document with empty readouts",
        "The seed file is empty or holds only white space; it still generates a document, with empty readouts. Add its text, or remove the file.",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NameClash = Create("SEED012", "Seed name clash",
        "{0}",
        "A seed named like a name the generated code reserves where it stands takes a _ suffix (a warning); two seeds that want one id or one class name, or a seed named like a folder beside it, are an error and neither is generated, so adding a file never re-points a name code uses. Rename a file or give one a SeedName.",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TooLarge = Create("SEED013", "Seed file too large",
        "Seed file '{0}' is {1} bytes, over SeedGenMaxFileBytes ({2}); it is skipped",
        "The seed file is larger than SeedGenMaxFileBytes (default 64 MB) and is skipped: no class is generated for it. Split the file, or raise SeedGenMaxFileBytes.",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SameContent = Create("SEED014", "Seeds with the same content",
        "Seed file '{0}' has {1} as '{2}' ({3})",
        "Two seeds have the same content (line ends and byte order mark aside) or nearly the same content words; it is reported on the later one by ordinal path, naming the earlier. Remove the copy unless both are meant to be there.",
        Seeds, DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvisibleCharacter = Create("SEED015", "Invisible format character in a seed",
        "Seed file '{0}' contains the invisible format character U+{1} ({2}) at line {3}, column {4}; it is kept in the data and escaped in the code",
        "The seed contains a bidirectional control or another invisible format character; it is kept in the data and written as an escape in the generated code, so it cannot reorder what a reviewer sees. Remove it unless the text needs it (ZWJ and ZWNJ are not reported).",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusedSeed = Create("SEED016", "Seed is not used",
        "Seed '{0}' is not referenced by any code",
        "No code refers to the seed, by typed access or by a constant id (off by default: turn it on with dotnet_diagnostic.SEED016.severity in a .globalconfig). Remove the seed, or use it.",
        Seeds, DiagnosticSeverity.Hidden, enabled: false, WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor Unreadable = Create("SEED018", "Seed file cannot be read",
        "Seed file '{0}' could not be read; it is skipped",
        "The seed file disappeared or could not be read between discovery and reading, and is skipped. Make sure the file exists and is readable, then build again.",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotAnalysed = Create("SEED019", "Seed could not be analysed",
        "Seed file '{0}' could not be analysed ({1}); its text is generated without readouts. Please report this with the file",
        "Reading the seed threw, which is a bug in SeedGen: the build goes on and the seed's text is generated without readouts. Please report it with the file.",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TypeClash = Create("SEED020", "Generated type clashes with a type of the project",
        "The project declares '{0}', a type SeedGen generates, so SeedGen generates nothing: {1}",
        "The project declares, in the generated namespace, a type named like one SeedGen generates (the root class unless it is static partial with the same visibility, SeedDocument, SeedNumber, SeedRelation), so nothing is generated. Set SeedGenClassName or SeedGenNamespace, or rename the type.",
        Configuration, DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotUtf8Text = Create("SEED021", "Seed file is UTF-16 or UTF-32 without a byte order mark",
        "Seed file '{0}' looks like {1} without a byte order mark ({2} of its first {3} characters are NUL); it is skipped. Save it as UTF-8",
        "The seed file's zero bytes show UTF-16 or UTF-32 text without a byte order mark, which would be read as NUL-interleaved garbage, so it is skipped. Save it as UTF-8 (or with a byte order mark).",
        Seeds, DiagnosticSeverity.Warning);

    /// <summary>Reported by the package's MSBuild targets and by <c>seedgen check</c>: such a file never reaches the compiler.</summary>
    public static readonly DiagnosticDescriptor UnusableFileName = Create("SEED022", "Seed file name cannot be passed to the compiler",
        "Seed file '{0}' has {1} in its name, which MSBuild or the compiler cannot pass on; it is skipped. Rename the file",
        "The seed file's path has a line end, a TAB, a backslash or one of MSBuild's % ; $ @ ' * ?, which would stop the build with CS2001, so the package's targets leave it out. Rename the file.",
        Seeds, DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidOption = Create("SEED017", "Invalid SeedGen option",
        "Invalid value '{0}' for MSBuild property {1}: expected {2}; using {3}",
        "An MSBuild property of SeedGen has a value it does not accept; the message names the property, the accepted values and the value used instead. Correct the property in the project file.",
        Configuration, DiagnosticSeverity.Warning);
}

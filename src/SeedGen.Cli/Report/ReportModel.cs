using System.Collections.Generic;

namespace SeedGen.Cli.Report;

/// <summary>
/// What a zone of a document's text is. The order is the nesting order: where two zones cover the
/// same characters, the earlier kind is the outer one (a lead is inside its sentence, a number
/// inside its quote).
/// </summary>
internal enum ZoneKind
{
    Paragraph,
    Metadata,
    Section,
    Title,
    Dateline,
    Byline,
    Sentence,
    Lead,
    Quote,
    Source,
    Published,
    Number,
    Weekday,
    Month,
    AlsoRead,
    Credit,
    Footer,
}

/// <summary>A zone: <c>Text.Substring(Start, Length)</c> (UTF-16 units of the normalised text) is the readout <see cref="Kind"/>, item <see cref="Index"/> of its list.</summary>
/// <param name="Note">What the member is called beyond its list index (a metadata key as a C# literal) or what it reads as (a number's value, a weekday's English name); or null.</param>
internal readonly record struct ReportZone(ZoneKind Kind, int Start, int Length, int Index, string? Note)
{
    public int End => Start + Length;
}

/// <summary>A generated member and what it holds for one document (<c>Seeds.X.Title</c> = "…").</summary>
internal readonly record struct ReportMember(string Name, string? Value);

/// <summary>One seed file as the report shows it.</summary>
/// <param name="ClassPath">The class the generated code names the seed by (<c>Seeds._000_29994c0a40c8d7d7</c>), or null when it is not generated.</param>
/// <param name="NotGenerated">Why there is no class (a name clash, the size limit, an unreadable file), or null.</param>
internal sealed record ReportDocument(
    string Id,
    string Path,
    string? ClassPath,
    string? NotGenerated,
    string? Title,
    string? Dateline,
    string? Source,
    string? Byline,
    string? Lead,
    string? Published,
    int Paragraphs,
    int Sentences,
    int Words,
    long Bytes,
    string Script,
    string Language,
    bool ShortLead,
    string? Text,
    IReadOnlyList<ReportZone> Zones,
    IReadOnlyList<ReportMember> Members,
    IReadOnlyList<CliFinding> Findings);

/// <summary>Two related documents (ordinals into <see cref="ReportModel.Documents"/>, <see cref="A"/> &lt; <see cref="B"/>) and how many of the 128 signature positions agree.</summary>
internal readonly record struct ReportPair(int A, int B, int Agreement);

/// <summary>How many documents have a readout (a text, a date, at least one item).</summary>
internal readonly record struct ReadoutCoverage(string Readout, int Documents);

/// <summary>How many findings of one diagnostic id, in how many documents.</summary>
internal readonly record struct DiagnosticCount(string Id, string Severity, int Documents, int Findings);

/// <summary>
/// The report of a set of seeds as plain data: no HTML here, so the writer (<see cref="ReportHtml"/>)
/// only lays it out and escapes it. Everything is in a fixed order (documents by path, ordinal;
/// counts by number, then name), so the same seeds give the same report.
/// </summary>
internal sealed record ReportModel(
    string Label,
    string RootClass,
    IReadOnlyList<ReportDocument> Documents,
    IReadOnlyList<ReadoutCoverage> Coverage,
    IReadOnlyList<KeyValuePair<string, int>> Scripts,
    IReadOnlyList<KeyValuePair<string, int>> Languages,
    IReadOnlyList<DiagnosticCount> Diagnostics,
    IReadOnlyList<CliFinding> OtherFindings,
    IReadOnlyList<ReportPair> Pairs);

using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>What the lines outside the body paragraphs hold, gathered by <see cref="BodyBlocks"/>.</summary>
internal sealed class OutsideLines
{
    public List<MetadataEntry> Metadata { get; } = new();
    public List<TextRange> Footer { get; } = new();
    public List<TextRange> AlsoRead { get; } = new();
    /// <summary>The dates of lines that are only a date, parsed once when the line was classified.</summary>
    public List<PublishedDate> DateLines { get; } = new();
    public TextRange? Agency { get; set; }
}

/// <summary>
/// Stage 2 of <see cref="DocumentReader"/>: body blocks. Every body line becomes a paragraph (the
/// lines of a hard-wrapped block joined; a list item starts its own), with "Also Read" links cut
/// off; metadata, footer, date and agency lines outside the body are gathered for the header fields.
/// </summary>
internal static class BodyBlocks
{
    /// <summary>The longest boilerplate line or release note looked up (longer than every line of <see cref="Lexicon.BoilerplateLines"/>).</summary>
    internal const int MaxBoilerplateLength = 60;

    public static OutsideLines Read(string text, List<Line> lines, DocumentZones zones, List<TextRange> paragraphs, CancellationToken cancellationToken)
    {
        var outside = new OutsideLines();
        int headerEnd = zones.HeaderEnd, bodyEnd = zones.BodyEnd;
        // Wrapped text has no terminated line near the top, so its header zone may run into the story: look from the title on.
        int storyStart = Math.Min(headerEnd, Math.Max(zones.TitleLine ?? -1, zones.SectionLine ?? -1) + 1);
        bool joinWrapped = UsesBlankLineBlocks(text, lines, storyStart, bodyEnd);
        bool indented = !joinWrapped && UsesIndentedParagraphs(text, lines, storyStart, bodyEnd);
        int width = joinWrapped ? WrapWidth(lines, storyStart, bodyEnd) : 0;

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            bool inBody = i >= headerEnd && i < bodyEnd;
            if (i == zones.TitleLine || i == zones.SectionLine) continue;
            switch (line.Kind)
            {
                case LineKind.Blank:
                    continue;
                case LineKind.AlsoRead:
                    AlsoRead.Extract(text, line.Start, line.End, outside.AlsoRead);
                    continue;
                case LineKind.KeyValue or LineKind.MetaGroups when !inBody:
                    outside.Metadata.AddRange(line.Metadata!);
                    continue;
                case LineKind.Footer when !inBody:
                    outside.Footer.Add(line.Range);
                    continue;
                case LineKind.DateOnly when !inBody:
                    if (line.Date is { } date) outside.DateLines.Add(date);
                    continue;
                case LineKind.Agency when !inBody:
                    outside.Agency ??= Lines.AgencyName(text, line.Start, line.End);
                    continue;
                case LineKind.Short when !inBody && i >= bodyEnd && Lines.IsInitials(text, line.Start, line.End):
                    outside.Footer.Add(line.Range); // "AKS" at the end
                    continue;
                case LineKind.Short when inBody && line.End - line.Start <= 4 && Lines.IsInitials(text, line.Start, line.End):
                    continue; // a photo credit ("NBT") between paragraphs
            }
            if (IsBoilerplate(text, line)) continue;

            // A paragraph: this line, joined with the following lines of a wrapped block.
            int start = line.Start, end = line.End;
            while (i + 1 < bodyEnd && lines[i + 1].Kind is not (LineKind.Blank or LineKind.AlsoRead) && !IsTableRow(text, line)
                   && (i + 1 >= headerEnd || lines[i + 1].Kind is LineKind.Short or LineKind.Body) // a header's label or date line is no continuation
                   && !IsTableRow(text, lines[i + 1]) && !(StartsListItem(text, lines[i + 1]) && (text[lines[i + 1].Start] is < '0' or > '9' || EndsItem(text, start, end))) && !IsBoilerplate(text, lines[i + 1])
                   && (joinWrapped && !Lines.EndsSentence(text, start, end) && (IsWrapped(lines[i], width) || HasLowerCaseEnd(text, start, end)) || indented && Indent(text, lines[i + 1]) == 0))
            {
                i++;
                end = lines[i].End;
            }
            int cut = AlsoRead.Find(text, start, end, cancellationToken);
            if (cut >= 0)
            {
                AlsoRead.Extract(text, cut, end, outside.AlsoRead);
                end = cut;
            }
            var paragraph = Sentences.Trim(text, start, end);
            if (paragraph.Length > 0 && Words.HasWordCharacter(text, paragraph.Start, paragraph.End))
                paragraphs.Add(paragraph);
        }
        return outside;
    }

    /// <summary>
    /// Hard-wrapped text (Markdown, e-mail, plain English prose) separates paragraphs by blank
    /// lines and breaks lines inside them; one-line-per-paragraph text (news, press releases)
    /// ends nearly every line with a terminator.
    /// </summary>
    private static bool UsesBlankLineBlocks(string text, List<Line> lines, int start, int end)
    {
        int unterminatedInside = 0, insideLines = 0;
        bool sawBlank = false;
        while (start < end && lines[start].Kind == LineKind.Blank) start++; // blank lines between blocks count, not those above the first
        for (int i = start; i + 1 < end; i++)
        {
            if (lines[i].Kind == LineKind.Blank) { sawBlank = true; continue; }
            if (lines[i + 1].Kind == LineKind.Blank) continue;
            insideLines++;
            if (!Lines.EndsSentence(text, lines[i].Start, lines[i].End)) unterminatedInside++;
        }
        return sawBlank && insideLines > 0 && unterminatedInside * 2 >= insideLines;
    }

    /// <summary>
    /// Wire copy without blank lines: each paragraph's first line indented, the lines it wraps
    /// onto not (<c>    LONDON, Feb 26 - …</c>).
    /// </summary>
    private static bool UsesIndentedParagraphs(string text, List<Line> lines, int start, int end)
    {
        int indentedLines = 0, flushLines = 0, blanksInside = 0, first = -1, last = -1;
        for (int i = start; i < end; i++)
        {
            if (lines[i].Kind == LineKind.Blank) continue;
            if (first < 0) first = i;
            last = i;
        }
        for (int i = first; first >= 0 && i <= last; i++)
        {
            if (lines[i].Kind == LineKind.Blank) { blanksInside++; continue; }
            if (Indent(text, lines[i]) > 0) indentedLines++;
            else flushLines++;
        }
        return blanksInside == 0 && indentedLines >= 2 && flushLines >= 1;
    }

    /// <summary>The width hard-wrapped lines are cut at: the longest body line.</summary>
    private static int WrapWidth(List<Line> lines, int start, int end)
    {
        int width = 0;
        for (int i = start; i < end; i++) width = Math.Max(width, lines[i].End - lines[i].Start);
        return width;
    }

    /// <summary>A line that runs on: at least half the wrap width (a short unterminated line is a heading, a dateline or a list entry, unless it stops on a lower-case word or a comma).</summary>
    private static bool IsWrapped(Line line, int width) => 2 * (line.End - line.Start) >= width;

    /// <summary>Spaces and tabs before the line's first character.</summary>
    private static int Indent(string text, Line line)
    {
        int i = line.Start;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\u00A0') i--;
        return i == 0 || text[i - 1] == '\n' ? line.Start - i : 0;
    }

    /// <summary>Whether a list item may start after this text: it does not run on ("Key points:", "…in 2024.", "…by the UN"); "…rose to" runs on into "12. Officials said".</summary>
    private static bool EndsItem(string text, int start, int end) => !HasLowerCaseEnd(text, start, end);

    /// <summary>A line that ends in a lower-case Latin letter, a comma or a hyphen runs on.</summary>
    private static bool HasLowerCaseEnd(string text, int start, int end)
    {
        char c = text[end - 1];
        return (c >= 'a' && c <= 'z') || c is ',' or '-';
    }

    /// <summary>A row of a table flattened to text: cells separated by tabs.</summary>
    private static bool IsTableRow(string text, Line line) => text.IndexOf('\t', line.Start, line.End - line.Start) >= 0;

    /// <summary>A line that is only a Markdown link, <c>[Media Conference](/speeches/…)</c>: a scraped page's navigation, not prose.</summary>
    private static bool IsMarkdownLinkLine(string text, Line line)
    {
        int i = line.Start;
        if (text[i] is '*' or '-' && i + 1 < line.End && text[i + 1] == ' ') i += 2; // a bulleted link
        if (i >= line.End || text[i] != '[' || text[line.End - 1] != ')') return false;
        int close = text.IndexOf("](", i, line.End - i, StringComparison.Ordinal);
        return close > i && text.IndexOf(')', close + 2, line.End - close - 2) == line.End - 1;
    }

    /// <summary>A line that is neither title nor body: an ad slot, a share prompt, a shortcode placeholder (<c>[ad]</c>, <c>[caption …]</c>).</summary>
    private static bool IsBoilerplate(string text, Line line)
    {
        int length = line.End - line.Start;
        if (length > 0 && IsMarkdownLinkLine(text, line)) return true;
        if (length == 0 || length > MaxBoilerplateLength) return false;
        if (text[line.Start] == '[' && text[line.End - 1] == ']' && text.IndexOf(']', line.Start, length) == line.End - 1) return true;
        // Looked up only when a boilerplate line could start with this letter: most lines are not cut into a string.
        if (Lexicon.BoilerplateFirstLetters.IndexOf(Words.FoldChar(text[line.Start])) < 0) return false;
        string folded = Words.Fold(text.Substring(line.Start, length));
        if (Lexicon.BoilerplateLines.Contains(folded)) return true;
        foreach (var prefix in Lexicon.BoilerplatePrefixes)
            if (folded.StartsWith(prefix, StringComparison.Ordinal)) return true; // "For release at 7:00 a.m. EDT"
        return false;
    }

    private static bool StartsListItem(string text, Line line)
    {
        char c = text[line.Start];
        if (c is '-' or '*' or '+' or '\u2022' or '#' or '>' or '|') return true;
        // "1. …", "12) …": a short number and a space after its mark ("1986." alone ends a wrapped sentence).
        int i = line.Start;
        while (i < line.End && text[i] >= '0' && text[i] <= '9') i++;
        return i > line.Start && i - line.Start <= 3 && i + 1 < line.End && text[i] is '.' or ')' && text[i + 1] == ' ';
    }

    /// <summary>A Markdown heading's text without its <c>#</c> marks.</summary>
    internal static TextRange StripMarkdownHeading(string text, TextRange r)
    {
        int i = r.Start;
        while (i < r.End && text[i] == '#') i++;
        return i == r.Start ? r : Sentences.Trim(text, i, r.End);
    }
}

using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>Which lines are the header (section, title), the body and the trailer.</summary>
/// <param name="HeaderEnd">The first line of the body.</param>
/// <param name="BodyEnd">The first line of the trailer.</param>
internal readonly record struct DocumentZones(int? TitleLine, int? SectionLine, int HeaderEnd, int BodyEnd);

/// <summary>
/// Stage 1 of <see cref="DocumentReader"/>: lines and zones. Splits the text into classified
/// lines, then finds the header (from the top, while lines are headline-like or metadata, up to
/// the first prose), the trailer (from the bottom, while lines are metadata, footers or
/// separators), and the title and section lines among the header's short lines.
/// </summary>
internal static class Zones
{
    public static DocumentZones Find(string text, ReaderScratch buffers, CancellationToken cancellationToken)
    {
        var scratch = buffers.LineWords;
        var lines = buffers.Lines;
        Lines.Split(text, lines, buffers.LinePool);
        for (int i = 0; i < lines.Count; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            Lines.Classify(text, lines[i], scratch, cancellationToken);
        }

        // "Ministry : Year-end review" on the first line, straight above the prose, is a headline
        // with a colon, not metadata.
        int firstLine = FirstNonBlank(lines);
        // So is "FOMC statement: The Federal Reserve is providing liquidity …" above a date line.
        if (firstLine + 1 < lines.Count && lines[firstLine].Kind == LineKind.KeyValue && !IsKnownKey(text, lines[firstLine].Metadata![0])
            && (NextNonBlankIsBody(lines, firstLine) || ValueWords(text, lines[firstLine].Metadata![0]) >= 4
                && !Lines.EndsSentence(text, lines[firstLine].Metadata![0].Value.Start, lines[firstLine].Metadata![0].Value.End)))
            lines[firstLine].Kind = LineKind.Short;

        // A long headline (past the word limit of a short line) is still one when it stands first, unterminated, above a blank line.
        if (firstLine + 2 < lines.Count && lines[firstLine].Kind == LineKind.Body && lines[firstLine + 1].Kind == LineKind.Blank
            && !Lines.EndsSentence(text, lines[firstLine].Start, lines[firstLine].End) && NextNonBlankIsBody(lines, firstLine + 1)
            && !HasSentenceEnd(text, lines[firstLine]) && AlsoRead.Find(text, lines[firstLine].Start, lines[firstLine].End, cancellationToken) < 0)
            lines[firstLine].Kind = LineKind.Short;

        // Header: from the top, while lines are headline-like or metadata, up to the first prose.
        // A posting line near the top ("Posted On: …") closes the header whatever is above it:
        // press-release headlines can run to several hundred characters.
        var candidates = new List<int>();
        int posting = FindPostingLine(text, lines);
        int bodyStart = 0;
        if (posting >= 0)
        {
            for (int i = 0; i < posting; i++)
                if (lines[i].Kind is LineKind.Short or LineKind.Body) candidates.Add(i);
            bodyStart = posting;
        }
        while (bodyStart < lines.Count && lines[bodyStart].Kind is not LineKind.Body)
        {
            if (posting < 0 && lines[bodyStart].Kind == LineKind.Short) candidates.Add(bodyStart);
            bodyStart++;
        }
        bool headerOnly = bodyStart == lines.Count;

        // Trailer: from the bottom, while lines are metadata, footers or separators.
        int bodyEnd = lines.Count;
        while (bodyEnd > 0 && (lines[bodyEnd - 1].Kind is LineKind.Blank or LineKind.KeyValue or LineKind.MetaGroups
                   or LineKind.Footer or LineKind.DateOnly or LineKind.Agency or LineKind.AlsoRead
                   || lines[bodyEnd - 1].Kind == LineKind.Short && Lines.IsInitials(text, lines[bodyEnd - 1].Start, lines[bodyEnd - 1].End)))
            bodyEnd--;

        // Title and Section come from the header's short lines; a short line that is all the
        // document has is its body, not a title.
        int? sectionLine = null, titleLine = null;
        if (candidates.Count > 0 && !(headerOnly && candidates.Count == 1 && posting < 0))
        {
            int c = 0;
            if (candidates.Count >= 2 && IsOrganisation(text, lines[candidates[0]]))
                sectionLine = candidates[c++];
            titleLine = candidates[c];
        }
        int headerEnd = headerOnly ? (titleLine is { } t ? Math.Max(t + 1, posting + 1) : 0) : bodyStart;
        if (bodyEnd < headerEnd) bodyEnd = headerEnd;
        return new DocumentZones(titleLine, sectionLine, headerEnd, bodyEnd);
    }

    /// <summary>A <c>Posted On:</c>-style line among the first lines, or -1.</summary>
    private static int FindPostingLine(string text, List<Line> lines)
    {
        int seen = 0;
        for (int i = 0; i < lines.Count && seen < 6; i++)
        {
            if (lines[i].Kind == LineKind.Blank) continue;
            seen++;
            if (lines[i].Kind == LineKind.KeyValue
                && Lexicon.DateKeys.Contains(Words.Fold(text.Substring(lines[i].Metadata![0].Key.Start, lines[i].Metadata![0].Key.Length))))
                return i;
        }
        return -1;
    }
    /// <summary>A sentence terminator followed by a space inside the line: prose, not a headline.</summary>
    private static bool HasSentenceEnd(string text, Line line)
    {
        for (int i = line.Start; i + 1 < line.End; i++)
            if (text[i + 1] == ' ' && Lines.EndsSentence(text, line.Start, i + 1)) return true;
        return false;
    }

    private static int ValueWords(string text, MetadataEntry e) => Lines.CountSpaces(text, e.Value) + 1;

    private static int FirstNonBlank(List<Line> lines)
    {
        int i = 0;
        while (i < lines.Count && lines[i].Kind == LineKind.Blank) i++;
        return i;
    }
    private static bool NextNonBlankIsBody(List<Line> lines, int i)
    {
        i++;
        while (i < lines.Count && lines[i].Kind == LineKind.Blank) i++;
        return i < lines.Count && lines[i].Kind == LineKind.Body;
    }
    internal static bool IsKnownKey(string text, MetadataEntry e) => Lines.IsKnownKey(text, e.Key);
    private static bool IsOrganisation(string text, Line line)
    {
        if (line.WordCount > 6) return false;
        foreach (var word in Lexicon.OrganisationWords)
            if (text.IndexOf(word, line.Start, line.End - line.Start, StringComparison.Ordinal) >= 0) return true;
        return false;
    }
}

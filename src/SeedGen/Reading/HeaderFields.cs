using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Stage 3 of <see cref="DocumentReader"/>: header fields — metadata (first key wins), the source
/// and the published date; the story's edges (dateline, byline, credits) are <see cref="StoryEdges"/>.
/// </summary>
internal static class HeaderFields
{
    /// <summary>The entries whose key no earlier entry has (ordinal): the first value wins.</summary>
    internal static List<MetadataEntry> Deduplicate(string text, List<MetadataEntry> entries)
    {
        var result = new List<MetadataEntry>(entries.Count);
        // A document has a handful of entries: compared pairwise, with no string per key; a set past that.
        HashSet<string>? seen = entries.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var e in entries)
        {
            bool first;
            if (seen is not null) first = seen.Add(text.Substring(e.Key.Start, e.Key.Length));
            else
            {
                first = true;
                foreach (var kept in result)
                    if (text.AsSpan(kept.Key.Start, kept.Key.Length).SequenceEqual(text.AsSpan(e.Key.Start, e.Key.Length))) { first = false; break; }
            }
            if (first) result.Add(e);
        }
        return result;
    }
    /// <summary>
    /// Who published it: the <c>by …</c> of a posting line or a <c>Source:</c> label; else the first
    /// agency the story names, top before bottom — in its opening (dateline, byline), in brackets
    /// at the start of the first paragraph, on an agency line, at the end of the last paragraph,
    /// or as a sign-off.
    /// </summary>
    internal static TextRange? FindSource(string text, List<MetadataEntry> metadata, List<TextRange> paragraphs, Opening opening,
        TextRange? agencyLine, TextRange? signOff)
    {
        foreach (var e in metadata)
        {
            string key = Words.Fold(text.Substring(e.Key.Start, e.Key.Length));
            if (Lexicon.DateKeys.Contains(key))
            {
                int by = LastIndexOfWord(text, e.Value, " by ");
                if (by >= 0) return Sentences.Trim(text, by + 4, e.Value.End);
            }
            if (Lexicon.SourceKeys.Contains(key)) return e.Value;
        }
        if (opening.Source is not null) return opening.Source;
        if (paragraphs.Count > 0 && FindAgency(text, paragraphs[0], fromStart: true) is { } first) return first;
        if (agencyLine is not null && (signOff is null || agencyLine.Value.Start < signOff.Value.Start)) return agencyLine;
        if (paragraphs.Count > 0 && FindAgency(text, paragraphs[paragraphs.Count - 1], fromStart: false) is { } last) return last;
        return signOff ?? agencyLine;
    }

    /// <summary>The value of the first metadata entry whose key is in <paramref name="keys"/> (folded), if it has one.</summary>
    internal static TextRange? ValueOf(string text, List<MetadataEntry> metadata, HashSet<string> keys)
    {
        foreach (var e in metadata)
            if (e.Value.Length > 0 && keys.Contains(Words.Fold(text.Substring(e.Key.Start, e.Key.Length)))) return e.Value;
        return null;
    }

    private static int LastIndexOfWord(string text, TextRange r, string word)
    {
        if (r.Length < word.Length) return -1;
        return text.LastIndexOf(word, r.End - 1, r.Length, StringComparison.Ordinal);
    }
    private static TextRange? FindAgency(string text, TextRange p, bool fromStart)
    {
        int from = fromStart ? p.Start : Math.Max(p.Start, p.End - 40);
        int to = fromStart ? Math.Min(p.End, p.Start + 60) : p.End;
        for (int i = from; i < to; i++)
        {
            if (text[i] != '(') continue;
            int close = text.IndexOf(')', i + 1, to - i - 1);
            if (close < 0) break;
            var name = Sentences.Trim(text, i + 1, close);
            if (Lexicon.Agencies.Contains(text.Substring(name.Start, name.Length))) return name;
        }
        return null;
    }
    /// <summary>
    /// The published date: a date key's value, else a line that is only a date, else a date with a
    /// year in the dateline. Each is parsed once, with no offset unless one is written; the offset a
    /// known source implies (<paramref name="offset"/>) is applied after.
    /// </summary>
    internal static PublishedDate? FindPublished(string text, List<MetadataEntry> metadata, List<PublishedDate> dateLines, TextRange? datelineDate, int? offset)
    {
        foreach (var e in metadata)
        {
            if (!Lexicon.DateKeys.Contains(Words.Fold(text.Substring(e.Key.Start, e.Key.Length)))) continue;
            var value = text.Substring(e.Value.Start, e.Value.Length);
            int by = value.LastIndexOf(" by ", StringComparison.Ordinal);
            if (Dates.Parse(by >= 0 ? value.Substring(0, by) : value, null) is { } d) return WithSourceOffset(d, offset);
        }
        if (dateLines.Count > 0) return WithSourceOffset(dateLines[0], offset);
        // "Chennai, March 14, 2021:": a date with its year inside the dateline.
        if (datelineDate is { } dd && Dates.Parse(text.Substring(dd.Start, dd.Length), null) is { } inDateline) return WithSourceOffset(inDateline, offset);
        return null;
    }

    private static PublishedDate WithSourceOffset(PublishedDate d, int? offset) =>
        d.OffsetKnown || offset is not { } known ? d : d with { OffsetMinutes = known, OffsetKnown = true };
}

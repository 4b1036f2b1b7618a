using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Stage 3 of <see cref="DocumentReader"/>: header fields — the dateline (taken off the first
/// paragraph), metadata (first key wins), the source and the published date.
/// </summary>
internal static class HeaderFields
{
    /// <summary>"Place:" opening the first paragraph: returned, and removed from the paragraph.</summary>
    public static TextRange? TakeDateline(string text, List<TextRange> paragraphs)
    {
        if (paragraphs.Count == 0 || !TryDateline(text, paragraphs[0], out var place, out int rest)) return null;
        paragraphs[0] = Sentences.Trim(text, rest, paragraphs[0].End);
        if (paragraphs[0].Length == 0) paragraphs.RemoveAt(0);
        return place;
    }

    private static bool TryDateline(string text, TextRange paragraph, out TextRange place, out int rest)
    {
        place = default;
        rest = paragraph.Start;
        int limit = Math.Min(paragraph.End, paragraph.Start + 40);
        int colon = -1;
        for (int i = paragraph.Start; i < limit; i++)
        {
            char c = text[i];
            if (c == ':') { colon = i; break; }
            int cp = UnicodeData.CodePointAt(text, i, out int len);
            if (!(UnicodeData.IsLetter(cp) || UnicodeData.IsMark(cp) || c == ' ' || c == '-' || c == 0x200C || c == 0x200D)) return false;
            i += len - 1;
        }
        if (colon < 0 || colon + 1 >= paragraph.End || !Sentences.IsSpace(text[colon + 1])) return false;
        var p = Sentences.Trim(text, paragraph.Start, colon);
        if (p.Length == 0) return false;
        int words = 1;
        for (int i = p.Start; i < p.End; i++) if (text[i] == ' ') words++;
        if (words > 4 || Lexicon.NotPlaces.Contains(Words.Fold(text.Substring(p.Start, p.Length)))) return false;
        // A Latin place name is capitalised.
        if (text[p.Start] >= 'a' && text[p.Start] <= 'z') return false;
        place = p;
        rest = colon + 1;
        return true;
    }
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
    internal static TextRange? FindSource(string text, List<MetadataEntry> metadata, List<TextRange> paragraphs, TextRange? agency)
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
        if (agency is not null) return agency;
        if (paragraphs.Count == 0) return null;
        return FindAgency(text, paragraphs[0], fromStart: true) ?? FindAgency(text, paragraphs[paragraphs.Count - 1], fromStart: false);
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
            string name = text.Substring(i + 1, close - i - 1).Trim();
            if (Lexicon.Agencies.Contains(name)) return Sentences.Trim(text, i + 1, close);
        }
        return null;
    }
    internal static PublishedDate? FindPublished(string text, List<MetadataEntry> metadata, List<TextRange> dateLines, int offset)
    {
        foreach (var e in metadata)
        {
            if (!Lexicon.DateKeys.Contains(Words.Fold(text.Substring(e.Key.Start, e.Key.Length)))) continue;
            var value = text.Substring(e.Value.Start, e.Value.Length);
            int by = value.LastIndexOf(" by ", StringComparison.Ordinal);
            if (Dates.Parse(by >= 0 ? value.Substring(0, by) : value, offset) is { } d) return d;
        }
        foreach (var r in dateLines)
            if (Dates.Parse(text.Substring(r.Start, r.Length), offset) is { } d) return d;
        return null;
    }
}

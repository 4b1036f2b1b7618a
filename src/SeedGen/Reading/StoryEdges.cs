using System;
using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>What comes before a story's first sentence: a byline, a dateline and what it names.</summary>
internal sealed class Opening
{
    public TextRange? Dateline { get; set; }
    public TextRange? Byline { get; set; }
    /// <summary>The agency the opening names (in the dateline or after the byline), and where.</summary>
    public TextRange? Source { get; set; }
    /// <summary>A date inside the dateline ("Chennai, March 14, 2021:").</summary>
    public TextRange? Date { get; set; }
}

/// <summary>What comes after a story's last sentence: credit trailers and an agency's sign-off.</summary>
internal sealed class Closing
{
    public List<TextRange> Credits { get; } = new();
    public TextRange? SignOff { get; set; }
}

/// <summary>
/// Part of stage 3 (header fields): the edges of the story. At the top, byline lines
/// (<c>By Jane Doe</c>, <c>रिपोर्ट: …</c>), a dateline alone on its line or opening the first
/// paragraph (<see cref="Datelines"/>), and a standfirst between the headline and a dateline line;
/// at the bottom, credit trailers and a sign-off (<c>Reuter</c>, <c>— IANS</c>). Each is taken out
/// of the paragraphs, so it is in no sentence, lead or keyword.
/// </summary>
internal static class StoryEdges
{
    private const int MaxBylineWords = 14;
    private const int MaxCreditWords = 30;
    private const int MaxBylineChars = 160;
    private const int MaxCreditChars = 400;

    [ThreadStatic] private static List<TextRange>? t_words;

    /// <summary>The words of a range, counted up to <paramref name="limit"/>, in a reused list.</summary>
    internal static int CountWords(string text, TextRange r, int limit)
    {
        var words = t_words ??= new List<TextRange>();
        words.Clear();
        Words.Scan(text, r, words, default, limit);
        return words.Count;
    }

    public static Opening TakeOpening(string text, List<TextRange> paragraphs)
    {
        var opening = new Opening();
        for (int guard = 0; guard < 3 && paragraphs.Count > 1; guard++)
        {
            if (opening.Byline is null && TryByline(text, paragraphs[0], out var byline, out var agency))
            {
                opening.Byline = byline;
                opening.Source ??= agency;
                paragraphs.RemoveAt(0);
                continue;
            }
            // A standfirst (one or two sentences) between the headline and a dateline on its own line.
            if (opening.Dateline is null && paragraphs.Count > 2 && IsOwnLineDateline(text, paragraphs[1], out var own)
                && Lexicon.KnownPlaces.Contains(Words.Fold(text.Substring(own.Place.Start, own.Place.Length)))
                && !IsOwnLineDateline(text, paragraphs[0], out _))
            {
                Apply(opening, own);
                paragraphs.RemoveRange(0, 2);
                continue;
            }
            break;
        }
        if (opening.Dateline is null && paragraphs.Count > 0 && Datelines.TryRead(text, paragraphs[0], out var d))
        {
            bool ownLine = d.Rest >= paragraphs[0].End;
            if (!ownLine || paragraphs.Count > 1)
            {
                Apply(opening, d);
                paragraphs[0] = Sentences.Trim(text, d.Rest, paragraphs[0].End);
                if (!Words.HasWordCharacter(text, paragraphs[0].Start, paragraphs[0].End)) paragraphs.RemoveAt(0); // "NEW DELHI: —"
                // "By Jane Doe" right under a dateline line.
                if (ownLine && opening.Byline is null && paragraphs.Count > 1 && TryByline(text, paragraphs[0], out var b, out var a))
                {
                    opening.Byline = b;
                    opening.Source ??= a;
                    paragraphs.RemoveAt(0);
                }
            }
        }
        return opening;
    }

    private static bool IsOwnLineDateline(string text, TextRange p, out Dateline d) =>
        Datelines.TryRead(text, p, out d) && d.Rest >= p.End;

    private static void Apply(Opening opening, Dateline d)
    {
        opening.Dateline = d.Place;
        opening.Byline ??= d.Byline;
        opening.Source ??= d.Source;
        opening.Date ??= d.Date;
    }

    /// <summary><c>By Jane Doe and John Roe in Mumbai</c>, <c>रिपोर्ट: नाम</c>: the name part, and an agency after a comma.</summary>
    public static bool TryByline(string text, TextRange p, out TextRange byline, out TextRange? agency)
    {
        byline = default;
        agency = null;
        if (p.Length == 0 || p.Length > MaxBylineChars || Lines.EndsSentence(text, p.Start, p.End) && text[p.End - 1] != '.') return false;
        int wordCount = CountWords(text, p, MaxBylineWords + 1);
        if (wordCount < 2 || wordCount > MaxBylineWords) return false;

        int nameStart = -1;
        foreach (var marker in Lexicon.BylineMarkers)
        {
            if (p.Length <= marker.Length + 1 || text[p.Start + marker.Length] != ' ') continue;
            if (!string.Equals(Words.Fold(text.Substring(p.Start, marker.Length)), marker, StringComparison.Ordinal)) continue;
            int next = p.Start + marker.Length + 1;
            while (next < p.End && text[next] == ' ') next++;
            if (next < p.End && StartsName(text[next])) nameStart = next;
        }
        if (nameStart < 0 && Lines.TryKeyValue(text, p.Start, p.End, out var entry)
            && Lexicon.BylineKeys.Contains(Words.Fold(text.Substring(entry.Key.Start, entry.Key.Length))))
            nameStart = entry.Value.Start;
        if (nameStart < 0) return false;

        int end = p.End;
        while (end > nameStart && text[end - 1] is '.' or ',' or ';' or ':' or '|' or ' ') end--;
        if (end <= nameStart || !LooksLikeNames(text, nameStart, end)) return false;
        byline = new TextRange(nameStart, end - nameStart);
        int comma = text.LastIndexOf(',', end - 1, end - nameStart);
        if (comma > nameStart)
        {
            var last = Sentences.Trim(text, comma + 1, end);
            if (Lexicon.Agencies.Contains(text.Substring(last.Start, last.Length))) agency = last;
        }
        return true;
    }

    /// <summary>
    /// A byline's names: "By Tuesday, the toll had risen" is a sentence (a weekday or month first, or
    /// lower-case words other than joiners such as "and", "in", "de la"); in other scripts, no sentence end inside.
    /// </summary>
    private static bool LooksLikeNames(string text, int start, int end)
    {
        var words = t_names ??= new List<TextRange>();
        words.Clear();
        Words.Scan(text, new TextRange(start, end - start), words);
        if (words.Count == 0) return false;
        string first = text.Substring(words[0].Start, words[0].Length);
        if (Lexicon.Weekdays.ContainsKey(first) || Lexicon.Months.ContainsKey(first)) return false;
        foreach (var w in words)
        {
            if (IsLowerCase(text[w.Start]) && !Lexicon.BylineJoiners.Contains(text.Substring(w.Start, w.Length))) return false;
        }
        for (int i = start; i < end; i++)
            if (text[i] is '\u0964' or '\u06D4' or '?' or '!') return false;
        return true;
    }

    [ThreadStatic] private static List<TextRange>? t_names;

    /// <summary>A letter a name starts with: a capital (<c>J</c>, <c>É</c>, <c>Ł</c>, <c>Ν</c>), or a letter of a script without case (Devanagari, Arabic).</summary>
    private static bool StartsName(char c) => UnicodeData.IsLetter(c) && !IsLowerCase(c);

    /// <summary>A lower-case letter of a script with case: Latin, Greek, Cyrillic, Armenian (Georgian's letters are lower case to Unicode but caseless in use).</summary>
    private static bool IsLowerCase(char c) =>
        UnicodeData.GetCategory(c) == System.Globalization.UnicodeCategory.LowercaseLetter && (c < '\u10A0' || c >= '\u1E00' && c < '\u2000');

    public static Closing TakeClosing(string text, List<TextRange> paragraphs, List<MetadataEntry> metadata)
    {
        var closing = new Closing();
        DropContactSection(text, paragraphs);
        for (int guard = 0; guard < 4 && paragraphs.Count > 1; guard++)
        {
            var last = paragraphs[paragraphs.Count - 1];
            if (TryCredit(text, last, out var credit)) closing.Credits.Insert(0, credit);
            else if (closing.SignOff is null && TrySignOff(text, last, out var agency)) closing.SignOff = agency;
            else break;
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        // "(इनपुट: भाषा)" reads as a metadata group: it is a credit.
        for (int i = metadata.Count - 1; i >= 0; i--)
        {
            var e = metadata[i];
            if (!IsCreditKey(text, e.Key)) continue;
            closing.Credits.Add(new TextRange(e.Key.Start, e.Value.End - e.Key.Start));
            metadata.RemoveAt(i);
        }
        return closing;
    }

    /// <summary>
    /// A press release's end: an end mark (<c>ENDS</c>, <c>-30-</c>) or a contact section
    /// (<c>Enquiries</c>, <c>Media contact:</c>) among the last paragraphs ends the story; what
    /// follows is the page's, not the story's (it stays in the text).
    /// </summary>
    private static readonly string StoryEndLetters = Lexicon.FirstLetters(Lexicon.StoryEnds);

    private static void DropContactSection(string text, List<TextRange> paragraphs)
    {
        const int Lookback = 6;
        for (int k = Math.Max(1, paragraphs.Count - Lookback); k < paragraphs.Count; k++) // the first of them ends it ("ENDS", then "Media contact:")
        {
            var p = paragraphs[k];
            if (p.Length > 40 || StoryEndLetters.IndexOf(Words.FoldChar(text[p.Start])) < 0) continue;
            int end = p.End;
            while (end > p.Start && text[end - 1] is ':' or ' ') end--;
            if (!Lexicon.StoryEnds.Contains(Words.Fold(text.Substring(p.Start, end - p.Start)))) continue;
            paragraphs.RemoveRange(k, paragraphs.Count - k);
            return;
        }
    }

    /// <summary>The credit markers as metadata keys ("इनपुट", "inputs").</summary>
    private static readonly HashSet<string> CreditKeys = CreditKeySet();

    private static HashSet<string> CreditKeySet()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var marker in Lexicon.CreditMarkers) keys.Add(marker.TrimEnd(':'));
        return keys;
    }

    private static bool IsCreditKey(string text, TextRange key)
    {
        if (key.Length > 24) return false;
        foreach (var k in CreditKeys)
            if (k.Length == key.Length && StartsWithFolded(text, key.Start, key.End, k)) return true;
        return false;
    }

    /// <summary>A trailer that credits reporting or inputs, without its outer brackets.</summary>
    public static bool TryCredit(string text, TextRange p, out TextRange credit)
    {
        credit = p;
        if (p.Length < 4) return false;
        if (p.Length > MaxCreditChars) return false;
        var inner = p;
        bool bracketed = text[p.Start] == '(' && text[p.End - 1] == ')';
        if (bracketed) inner = Sentences.Trim(text, p.Start + 1, p.End - 1);
        // Unbracketed, a credit is no sentence: "Inputs from farmers were sought before the policy was finalised." is body.
        if (!bracketed && Lines.EndsSentence(text, p.Start, p.End)) return false;
        int wordCount = CountWords(text, inner, MaxCreditWords + 1);
        if (wordCount == 0 || wordCount > MaxCreditWords) return false;
        int headEnd = Math.Min(inner.End, inner.Start + 60);
        foreach (var marker in Lexicon.CreditMarkers)
        {
            // At the start, or (a translator's or inputs credit) after a date: "நவம்பர் 20, 2024 தமிழில்: …".
            bool found = StartsWithFolded(text, inner.Start, inner.End, marker);
            for (int at = inner.Start + 1; !found && at < headEnd && marker[marker.Length - 1] == ':'; at++)
                found = text[at - 1] == ' ' && StartsWithFolded(text, at, inner.End, marker);
            if (found)
            {
                credit = inner;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the text at <paramref name="start"/> reads <paramref name="folded"/> once folded (no string made).</summary>
    private static bool StartsWithFolded(string text, int start, int end, string folded)
    {
        if (end - start < folded.Length) return false;
        for (int i = 0; i < folded.Length; i++)
            if (Words.FoldChar(text[start + i]) != folded[i]) return false;
        return true;
    }

    /// <summary>An agency's name alone as the last line: <c>Reuter</c>, <c>— IANS</c>, <c>(PTI)</c>, <c>-- AFP</c>.</summary>
    public static bool TrySignOff(string text, TextRange p, out TextRange agency)
    {
        agency = default;
        if (Lines.AgencyName(text, p.Start, p.End) is not { } name) return false;
        agency = name;
        return true;
    }
}

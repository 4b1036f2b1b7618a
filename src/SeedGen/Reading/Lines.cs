using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>What a line of a seed is, judged on the line alone.</summary>
internal enum LineKind
{
    /// <summary>Empty, white space, or only punctuation such as <c>*****</c>.</summary>
    Blank,
    /// <summary><c>Key: Value</c> with a short key and a short value that is not prose.</summary>
    KeyValue,
    /// <summary><c>(Key: Value)</c> groups, optionally followed by <c>Key: Value</c>.</summary>
    MetaGroups,
    /// <summary>Dealing officers' initials or codes: <c>एसजी/एएम/एएस</c>, <c>DS/SH</c>.</summary>
    Footer,
    /// <summary>A line that is only a date.</summary>
    DateOnly,
    /// <summary>An agency in parentheses: <c>(भाषा)</c>, <c>(PTI)</c>.</summary>
    Agency,
    /// <summary>A line that opens with "Also Read".</summary>
    AlsoRead,
    /// <summary>Short and unterminated: a headline, sub-headline, organisation line or label.</summary>
    Short,
    /// <summary>Prose.</summary>
    Body,
}

internal sealed class Line
{
    public Line(int start, int end) { Start = start; End = end; }

    /// <summary>Trimmed bounds in the text.</summary>
    public int Start { get; private set; }
    public int End { get; private set; }

    /// <summary>This object as a new, unclassified line (lines are reused from one document to the next).</summary>
    public Line Reuse(int start, int end)
    {
        Start = start;
        End = end;
        Kind = default;
        WordCount = 0;
        Metadata = null;
        Date = null;
        return this;
    }

    /// <summary>The date of a <see cref="LineKind.DateOnly"/> line, as parsed when the line was classified (offset only if written).</summary>
    public PublishedDate? Date { get; set; }
    public LineKind Kind { get; set; }
    /// <summary>Words on the line, counted up to 46 (one more than the most any rule allows).</summary>
    public int WordCount { get; set; }
    public List<MetadataEntry>? Metadata { get; set; }
    public TextRange Range => new(Start, End - Start);
}

/// <summary>Splits the text into lines and tells each line's kind.</summary>
internal static class Lines
{
    private const int MaxKeyLength = 40;
    private const int MaxAgencyLength = 24;
    private const int MaxKeyWords = 5;
    private const int MaxValueLength = 200;
    private const int MaxHeadlineLength = 300;
    private const int MaxHeadlineWords = 45;

    /// <summary>
    /// Adds the text's lines to <paramref name="lines"/> (which the caller has emptied), reusing the
    /// objects of <paramref name="pool"/> first and adding any new one to it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static void Split(string text, List<Line> lines, List<Line>? pool = null)
    {
        int i = 0;
        while (i <= text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl;
            var r = Sentences.Trim(text, i, end);
            Line line;
            if (pool is not null && lines.Count < pool.Count) line = pool[lines.Count].Reuse(r.Start, r.End);
            else
            {
                line = new Line(r.Start, r.End);
                pool?.Add(line);
            }
            lines.Add(line);
            if (nl < 0) break;
            i = nl + 1;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static void Classify(string text, Line line, List<TextRange> scratch, System.Threading.CancellationToken cancellationToken = default)
    {
        if (!Words.HasWordCharacter(text, line.Start, line.End) || IsEmptyLabel(text, line))
        {
            line.Kind = LineKind.Blank;
            return;
        }
        scratch.Clear();
        // Every rule below compares the count with at most MaxHeadlineWords: a prose line of a
        // thousand words needs only its first few scanned.
        Words.Scan(text, line.Range, scratch, cancellationToken, limit: MaxHeadlineWords + 1);
        line.WordCount = scratch.Count;

        if (AlsoRead.StartsWithMarker(text, line.Start, line.End, out _))
            line.Kind = LineKind.AlsoRead;
        else if (TryMetaGroups(text, line.Start, line.End, out var groups))
        {
            line.Kind = LineKind.MetaGroups;
            line.Metadata = groups;
        }
        else if (IsAgency(text, line.Start, line.End))
            line.Kind = LineKind.Agency;
        else if (TryKeyValue(text, line.Start, line.End, out var entry))
        {
            line.Kind = LineKind.KeyValue;
            line.Metadata = new List<MetadataEntry> { entry };
        }
        else if (IsDateOnly(text, line, scratch))
            line.Kind = LineKind.DateOnly;
        else if (IsFooter(text, line))
            line.Kind = LineKind.Footer;
        else if (line.End - line.Start <= MaxHeadlineLength && line.WordCount <= MaxHeadlineWords && !EndsSentence(text, line.Start, line.End))
            line.Kind = LineKind.Short;
        else
            line.Kind = LineKind.Body;
    }

    /// <summary>Whether the line ends with a sentence terminator (closing quotes aside).</summary>
    public static bool EndsSentence(string text, int start, int end)
    {
        int i = end - 1;
        while (i >= start && Sentences.IsCloser(text[i])) i--;
        return i >= start && Sentences.IsTerminator(text[i]);
    }

    public static bool TryKeyValue(string text, int start, int end, out MetadataEntry entry)
    {
        entry = default;
        int colon = -1;
        for (int i = start; i < end && i - start <= MaxKeyLength + 2; i++)
        {
            if (text[i] == ':' || text[i] == '\uFF1A') { colon = i; break; }
        }
        if (colon < 0) return false;
        // "http://…" and "7:51" are not keys; nor is "At 10:30 the minister arrived" ("At 10" before a clock time).
        if (colon + 1 < end && text[colon + 1] == '/') return false;
        if (colon > start && colon + 1 < end && UnicodeData.IsDecimalDigit(text[colon - 1]) && UnicodeData.IsDecimalDigit(text[colon + 1])) return false;
        var key = Sentences.Trim(text, start, colon);
        var value = Sentences.Trim(text, colon + 1, end);
        if (!IsKey(text, key) || value.Length == 0 || value.Length > MaxValueLength || IsSpeech(text, key))
            return false;
        // "பெர்த் டெஸ்ட் : வலுவான நிலையில் இந்தியா": a kicker and its headline (a space before the colon, a phrase after it),
        // not a label, unless the key is one SeedGen knows ("Visitor Counter : 312" has a one-word value).
        if (colon > start && text[colon - 1] == ' ' && CountSpaces(text, value) >= 2 && !IsKnownKey(text, key)) return false;
        if (EndsSentence(text, value.Start, value.End) && !EndsWithAbbreviation(text, value)
            && !(key.Length <= Lexicon.MaxTitleKeyLength && Lexicon.TitleKeys.Contains(Words.Fold(text.Substring(key.Start, key.Length)))))
            return false;
        entry = new MetadataEntry(key, value);
        return true;
    }

    private static bool EndsWithAbbreviation(string text, TextRange value)
    {
        // "by PIB Delhi." is rare; "Posted On: … 7:51 P.M." and "Source: PTI." are common enough.
        int i = value.End - 1;
        if (text[i] != '.') return false;
        int w = i;
        while (w > value.Start && text[w - 1] != ' ') w--;
        if (i - w > 4) return false;
        for (int k = w; k < i; k++) if (text[k] > 0x7F) return false; // "आहे." ends a Marathi sentence
        return true;
    }

    /// <summary>The spaces in a range: its words, less one, for text that separates words by one space.</summary>
    internal static int CountSpaces(string text, TextRange r)
    {
        int spaces = 0;
        for (int i = r.Start; i < r.End; i++) if (text[i] == ' ') spaces++;
        return spaces;
    }

    /// <summary>A key SeedGen reads a readout from (a date, a source, a title, a byline).</summary>
    internal static bool IsKnownKey(string text, TextRange key)
    {
        if (key.Length > 40) return false;
        string folded = Words.Fold(text.Substring(key.Start, key.Length));
        return Lexicon.DateKeys.Contains(folded) || Lexicon.SourceKeys.Contains(folded) || Lexicon.TitleKeys.Contains(folded)
               || Lexicon.BylineKeys.Contains(folded);
    }

    /// <summary>"She said: …", "मंत्री ने कहा: …": a sentence that quotes someone, not a label.</summary>
    private static bool IsSpeech(string text, TextRange key)
    {
        int firstEnd = key.Start;
        while (firstEnd < key.End && text[firstEnd] != ' ') firstEnd++;
        int lastStart = key.End;
        while (lastStart > key.Start && text[lastStart - 1] != ' ') lastStart--;
        return firstEnd - key.Start <= 4 && Lexicon.PronounsOpeningSpeech.Contains(text.Substring(key.Start, firstEnd - key.Start))
               || key.End - lastStart <= 8 && Lexicon.SpeechVerbs.Contains(Words.Fold(text.Substring(lastStart, key.End - lastStart)));
    }

    private static bool IsKey(string text, TextRange key)
    {
        if (key.Length == 0 || key.Length > MaxKeyLength) return false;
        int cp = UnicodeData.CodePointAt(text, key.Start, out _);
        if (!UnicodeData.IsLetter(cp)) return false;
        int words = 1;
        for (int i = key.Start; i < key.End; i++)
        {
            char c = text[i];
            if (c == ' ') words++;
            if (c is '.' or ',' or '।' or '?' or '!' or '"' or '(' or ')' or '\u201C' or '\u201D' or ';' or '/' or '\u2018' or '\u2019')
                return false;
        }
        return words <= MaxKeyWords;
    }

    /// <summary>
    /// Initials alone on a line: <c>AKS</c>, <c>MJPS</c>. Judged by position, not here: in the trailer
    /// a footer, between paragraphs (up to four letters) a photo credit such as <c>NBT</c>, at the top
    /// a headline ("UPDATE").
    /// </summary>
    public static bool IsInitials(string text, int start, int end)
    {
        if (end - start < 2 || end - start > 6) return false;
        for (int i = start; i < end; i++) if (text[i] < 'A' || text[i] > 'Z') return false;
        string word = text.Substring(start, end - start);
        return !Lexicon.Agencies.Contains(word) && !Lexicon.KnownPlaces.Contains(Words.Fold(word)); // "DELHI" is a dateline
    }

    /// <summary>A label with nothing after its colon (<c>கட்டுரையாளர்:</c>, <c>Author:</c>): a known key, no value.</summary>
    private static bool IsEmptyLabel(string text, Line line)
    {
        if (line.End - line.Start < 2 || text[line.End - 1] is not (':' or '\uFF1A')) return false;
        return IsKnownKey(text, Sentences.Trim(text, line.Start, line.End - 1));
    }

    /// <summary><c>(Release ID: 1714793) Visitor Counter : 312</c>.</summary>
    public static bool TryMetaGroups(string text, int start, int end, out List<MetadataEntry> entries)
    {
        entries = null!;
        if (start >= end || text[start] != '(') return false;
        entries = new List<MetadataEntry>();
        int i = start;
        while (i < end && text[i] == '(')
        {
            int close = text.IndexOf(')', i + 1, end - i - 1);
            if (close < 0 || !TryKeyValue(text, i + 1, close, out var entry)) return false;
            entries.Add(entry);
            i = close + 1;
            while (i < end && Sentences.IsSpace(text[i])) i++;
        }
        if (entries.Count == 0) return false;
        if (i < end)
        {
            if (!TryKeyValue(text, i, end, out var rest)) return false;
            entries.Add(rest);
        }
        return true;
    }

    /// <summary>An agency's name alone on the line: <c>(PTI)</c>, <c>Reuter</c>, <c>— IANS</c>.</summary>
    private static bool IsAgency(string text, int start, int end) => AgencyName(text, start, end) is not null;

    /// <summary>The agency's name of an agency line, without its brackets or dashes.</summary>
    public static TextRange? AgencyName(string text, int start, int end)
    {
        int s = start, e = end;
        bool bracketed = e - s > 2 && text[s] == '(' && text[e - 1] == ')';
        if (bracketed) { s++; e--; }
        else
        {
            while (s < e && text[s] is '-' or '\u2013' or '\u2014' or ' ') s++;
            while (e > s && text[e - 1] is '.' or ' ') e--;
        }
        var name = Sentences.Trim(text, s, e);
        // No agency's name is longer than a few words: a prose line is not cut into a string to look it up.
        return name.Length > 0 && name.Length <= MaxAgencyLength && Lexicon.Agencies.Contains(text.Substring(name.Start, name.Length)) ? name : null;
    }

    private static bool IsDateOnly(string text, Line line, List<TextRange> words)
    {
        if (line.WordCount == 0 || line.WordCount > 7 || line.End - line.Start > 60 || !HasDigit(text, line)) return false;
        if (Dates.Parse(text.Substring(line.Start, line.End - line.Start), null) is not { } date) return false;
        int dateWords = 0;
        foreach (var w in words)
        {
            string word = text.Substring(w.Start, w.Length);
            if (Words.IsAllDigits(text, w) || Lexicon.Months.ContainsKey(word)
                || Lexicon.MonthAbbreviations.ContainsKey(Words.Fold(word)) || Lexicon.Weekdays.ContainsKey(word)
                || Lexicon.DateLineWords.Contains(Words.Fold(word)))
                dateWords++;
        }
        if (dateWords * 5 < line.WordCount * 3) return false;
        line.Date = date;
        return true;
    }

    private static bool HasDigit(string text, Line line)
    {
        for (int i = line.Start; i < line.End; i++)
            if (UnicodeData.IsDecimalDigit(text[i])) return true;
        return false;
    }

    private static bool IsFooter(string text, Line line)
    {
        int length = line.End - line.Start;
        if (length > 80 || line.WordCount > 12 || EndsSentence(text, line.Start, line.End)) return false;
        int slash = text.IndexOf('/', line.Start, length);
        if (slash < 0) return false;
        int partStart = line.Start;
        for (int i = line.Start; i <= line.End; i++)
        {
            if (i < line.End && text[i] != '/') continue;
            var part = Sentences.Trim(text, partStart, i);
            if (part.Length == 0 || part.Length > 24) return false;
            int spaces = 0;
            for (int k = part.Start; k < part.End; k++) if (text[k] == ' ') spaces++;
            if (spaces > 2) return false;
            partStart = i + 1;
        }
        return true;
    }
}

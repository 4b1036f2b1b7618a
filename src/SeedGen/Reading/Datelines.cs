using System;
using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>
/// What opens a story before its first sentence: the place, and with it the agency, the reporter
/// or a date. <see cref="Rest"/> is where the story's own text starts.
/// </summary>
internal readonly record struct Dateline(TextRange Place, TextRange? Source, TextRange? Byline, TextRange? Date, int Rest);

/// <summary>
/// Datelines in the forms news copy uses: <c>LONDON (Reuters) -</c>, <c>NEW DELHI (AP) —</c>,
/// <c>SPRINGFIELD, Ill., March 3 (Reuters) -</c>, <c>Chennai, March 14, 2021:</c>, <c>पटना, 12 मार्च :</c>
/// (or a visarga <c>ः</c>), <c>लखनऊ, जागरण संवाददाता ।</c>, <c>जयपुर (एजेंसी)।</c>, <c>धनबाद, [name] ।</c>,
/// <c>ڈھاکہ ۔ یکم دسمبر (اے پی پی)</c>, places joined by <c>/</c>, and a place alone on its line.
/// The opening is split at commas into parts: bracketed agencies and reporters, dates, credit
/// words (an agency or desk), and places, which must look like names (capitalised in Latin script,
/// a few words, no digits). Anything else and it is no dateline.
/// </summary>
internal static class Datelines
{
    private const int MaxOpening = 110;
    private const int MaxPlaceWords = 4;
    private const int MaxOwnLineWords = 4;

    /// <summary>Reads a dateline that opens <paramref name="paragraph"/>, or a whole short paragraph that is one.</summary>
    public static bool TryRead(string text, TextRange paragraph, out Dateline dateline)
    {
        dateline = default;
        int end = FindSeparator(text, paragraph, out int rest);
        if (end < 0) return false;
        return TryParts(text, paragraph.Start, end, Sentences.Trim(text, rest, paragraph.End).Start, paragraph.End, out dateline);
    }

    /// <summary>
    /// The end of the opening: a separator (<c>-</c>, <c>–</c>, <c>—</c> after a space or a bracket,
    /// <c>:</c>, a visarga, a danda or the Urdu full stop), a bracketed agency followed by the story,
    /// or the end of a short paragraph; -1 when a sentence ends first.
    /// </summary>
    private static int FindSeparator(string text, TextRange p, out int rest)
    {
        rest = -1;
        int limit = Math.Min(p.End, p.Start + MaxOpening);
        int words = 0;
        bool inWord = false;
        for (int i = p.Start; i < limit; i++)
        {
            char c = text[i];
            bool letter = UnicodeData.IsLetter(c) || UnicodeData.IsMark(c) || UnicodeData.IsDecimalDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
            switch (c)
            {
                case '-' or '\u2013' or '\u2014' when i > p.Start && (text[i - 1] == ' ' || text[i - 1] == ')' || text[i - 1] == ']')
                                                    && (i + 1 >= p.End || text[i + 1] == ' ' || text[i + 1] == '-'):
                    rest = i + 1;
                    while (rest < p.End && text[rest] == '-') rest++;
                    return Sentences.Trim(text, p.Start, i).End;
                case ':' or '\uFF1A' or '\u0903' when (i + 1 >= p.End || text[i + 1] == ' ') && (c != '\u0903' || IsVisargaSeparator(text, p.Start, i)):
                case '\u0964' or '\u06D4':
                    rest = i + 1;
                    return Sentences.Trim(text, p.Start, i).End;
                case '.' when i + 1 < p.End && text[i + 1] is ',' or '\'' || (i + 1 < p.End && UnicodeData.IsLetter(text[i + 1])):
                    continue; // "Ill.," "N.Y.,"
                case '.' when IsAbbreviationInOpening(text, p.Start, i, p.End):
                    continue; // "ALBANY, N.Y. (AP) —", "WASHINGTON, D.C. —", "ST. LOUIS (AP) —"
                case '.' or '?' or '!' or '\u0965' or '\u061F':
                    return -1;
                case ')' when i + 1 < p.End && text[i + 1] == ' ' && i + 2 < p.End && !IsSeparatorAhead(text, i + 1, p.End) && words <= 5:
                    // "میر پور(وقت نیوز) بنگلہ …": a bracketed agency followed by the story (an agency or a desk: "भारतीय
                    // विज्ञान कांग्रेस (आईएससी) के …" is an organisation and its abbreviation).
                    if (!IsAgencyInBrackets(text, p.Start, i)) continue;
                    rest = i + 1;
                    return i + 1;
            }
        }
        // A short paragraph with no terminator may be the dateline itself ("नई दिल्ली").
        if (limit == p.End && words <= MaxOwnLineWords && !Lines.EndsSentence(text, p.Start, p.End) && !HasLowerLatin(text, p))
        {
            rest = p.End;
            return p.End;
        }
        return -1;
    }

    /// <summary>
    /// A full stop that ends an abbreviation inside the opening, which goes on: a short capitalised one ("N.Y.", "Calif.")
    /// before a bracket or a separating dash, or one that opens a place's name ("ST. LOUIS", "Ft. Worth") before a
    /// capital. A sentence's full stop ends a lower-case word or a longer one, or comes before the next sentence.
    /// </summary>
    private static bool IsAbbreviationInOpening(string text, int start, int i, int end)
    {
        int next = i + 1;
        if (next >= end || text[next] != ' ') return false;
        while (next < end && text[next] == ' ') next++;
        int w = i;
        while (w > start && text[w - 1] != ' ' && text[w - 1] != ',') w--;
        int letters = 0;
        for (int k = w; k < i; k++)
            if (UnicodeData.IsLetter(text[k])) letters++;
            else if (text[k] != '.') return false;
        if (letters == 0 || text[w] is < 'A' or > 'Z') return false;
        if (text[next] is '(' or '-' or '\u2013' or '\u2014') return letters <= 5;
        return text[next] is >= 'A' and <= 'Z' && Lexicon.PlaceAbbreviations.Contains(Words.Fold(text.Substring(w, i - w)));
    }

    private static bool IsKnownPlace(string text, TextRange place) =>
        place.Length <= 40 && Lexicon.KnownPlaces.Contains(Words.Fold(text.Substring(place.Start, place.Length)));

    /// <summary>A Latin dateline alone on its line is in capitals ("WASHINGTON"); "Background" is a crosshead.</summary>
    private static bool HasLowerLatin(string text, TextRange p)
    {
        for (int i = p.Start; i < p.End; i++)
            if (text[i] >= 'a' && text[i] <= 'z') return true;
        return false;
    }

    /// <summary>A visarga as a colon: after a space, a digit or a month name ("पटना, 12 मार्चः"), not ending a word ("प्रमुखतः").</summary>
    private static bool IsVisargaSeparator(string text, int start, int i)
    {
        if (i == start) return false;
        if (text[i - 1] == ' ' || UnicodeData.IsDecimalDigit(text[i - 1])) return true;
        int w = i;
        while (w > start && text[w - 1] != ' ') w--;
        return Lexicon.Months.ContainsKey(text.Substring(w, i - w));
    }

    /// <summary>Whether the bracket that closes at <paramref name="close"/> holds a known agency or a credit word.</summary>
    private static bool IsAgencyInBrackets(string text, int start, int close)
    {
        int open = text.LastIndexOf('(', close, close - start + 1);
        if (open < 0) return false;
        var inside = Sentences.Trim(text, open + 1, close);
        if (inside.Length == 0 || inside.Length > 30) return false;
        string name = text.Substring(inside.Start, inside.Length);
        if (Lexicon.Agencies.Contains(name) || Lexicon.MultiWordAgencies.Contains(name)) return true;
        foreach (var w in WordsOf(text, inside))
            if (Lexicon.CreditWords.Contains(text.Substring(w.Start, w.Length))) return true;
        return false;
    }

    private static bool IsSeparatorAhead(string text, int i, int end)
    {
        while (i < end && text[i] == ' ') i++;
        return i < end && text[i] is '-' or '\u2013' or '\u2014' or ':' or '\u0964' or '\u06D4';
    }

    private enum PartKind { Place, Date, Credit, Person, Invalid }

    /// <summary>Splits the opening [start, end) at commas and brackets and tells each part's kind.</summary>
    private static bool TryParts(string text, int start, int end, int rest, int paragraphEnd, out Dateline dateline)
    {
        dateline = default;
        var places = new List<TextRange>();
        TextRange? source = null, byline = null, date = null;
        bool named = false; // an agency or desk the lexicon knows, in brackets or as a part
        int partStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && text[i] is '(' or '[')
            {
                char close = text[i] == '(' ? ')' : ']';
                int j = text.IndexOf(close, i + 1, end - i - 1);
                if (j < 0) return false;
                if (!Classify(text, partStart, i, places, ref source, ref byline, ref date, ref named)) return false;
                var inside = Sentences.Trim(text, i + 1, j);
                if (inside.Length == 0 || WordCount(text, inside) > 4) return false;
                if (close == ']') byline ??= inside;
                else if (IsDate(text, inside)) date ??= inside;
                else if (text[inside.Start] is >= 'a' and <= 'z') return false; // "(coronavirus in delhi)" is a gloss, not an agency
                else
                {
                    named |= IsAgencyInBrackets(text, i, j);
                    source ??= inside;
                }
                partStart = j + 1;
                i = j;
                continue;
            }
            if (i == end || text[i] == ',')
            {
                if (!Classify(text, partStart, i, places, ref source, ref byline, ref date, ref named)) return false;
                partStart = i + 1;
            }
        }
        if (places.Count == 0) return false;

        // Without capitals to tell a name from a place, "reporter, place ।" is the Hindi papers' order.
        int first = 0;
        if (!IsLatin(text, places[0]) && places.Count >= 2 && byline is null && date is null) // "पटना, बिहार, 12 मार्च :" is a place and its state
        {
            byline = new TextRange(places[0].Start, places[places.Count - 2].End - places[0].Start);
            first = places.Count - 1;
        }
        var place = new TextRange(places[first].Start, places[places.Count - 1].End - places[first].Start);
        int placeWords = 0;
        for (int k = first; k < places.Count; k++) placeWords += WordCount(text, places[k]);
        if (placeWords > MaxPlaceWords + 1) return false;

        // "ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ …": a date and a bracketed agency right after the separator belong to the dateline.
        if (rest < paragraphEnd) rest = AbsorbTrailingAgency(text, rest, paragraphEnd, ref source, ref date, ref named);
        // Without capitals, a name is a place only when it is a known one or the dateline says more: a date, a
        // known agency or desk, a bracketed reporter.
        bool bracketedByline = byline is { } by && by.Start > start && text[by.Start - 1] == '[';
        if (!IsLatin(text, place) && !named && date is null && !bracketedByline
            && !IsKnownPlace(text, place))
            return false;
        // In Latin script a place is in capitals (LONDON -, NEW DELHI:) or a known one (Chennai:), or the dateline says more
        // (a date or an agency): "Apple — the company said …" and "Watch: The minister …" are prose. Alone on its line it must
        // also be a known place or carry a date or agency: "HIGHLIGHTS" is a crosshead.
        if (IsLatin(text, place) && date is null && source is null)
        {
            bool known = IsKnownPlace(text, place);
            if (!known && (rest >= paragraphEnd || HasLowerLatin(text, place))) return false;
        }
        dateline = new Dateline(place, source, byline, date, rest);
        return true;
    }

    private static int AbsorbTrailingAgency(string text, int rest, int end, ref TextRange? source, ref TextRange? date, ref bool named)
    {
        int open = text.IndexOf('(', rest, Math.Min(end, rest + 30) - rest);
        if (open < 0) return rest;
        int close = text.IndexOf(')', open + 1, Math.Min(end, open + 40) - open - 1);
        if (close < 0) return rest;
        var before = Sentences.Trim(text, rest, open);
        var inside = Sentences.Trim(text, open + 1, close);
        if (inside.Length == 0 || WordCount(text, inside) > 4 || WordCount(text, before) > 3) return rest;
        // Only a known agency or desk: "উত্তর – পূর্বাঞ্চল উন্নয়ন (স্বাধীন দায়িত্বপ্রাপ্ত)" is a ministry's name, not a dateline.
        if (!IsAgencyInBrackets(text, open, close)) return rest;
        if (before.Length > 0 && IsDate(text, before)) date ??= before;
        source ??= inside;
        named = true;
        int after = close + 1;
        while (after < end && (Sentences.IsSpace(text[after]) || text[after] is ':' or '-' or '\u2013' or '\u2014' or '\u0964' or '\u06D4')) after++;
        return after;
    }

    private static bool Classify(string text, int start, int end, List<TextRange> places, ref TextRange? source, ref TextRange? byline,
        ref TextRange? date, ref bool named)
    {
        var part = Sentences.Trim(text, start, end);
        if (part.Length == 0) return true;
        switch (KindOf(text, part))
        {
            case PartKind.Place: places.Add(part); return true;
            case PartKind.Date: date = date is { } d ? new TextRange(d.Start, part.End - d.Start) : part; return true; // "March 14", "2021"
            case PartKind.Credit: source ??= part; named = true; return true;
            default: return false;
        }
    }

    private static PartKind KindOf(string text, TextRange part)
    {
        // No part of a dateline is longer than a few words: prose is rejected before any word is looked up.
        if (WordCount(text, part) > MaxPlaceWords) return PartKind.Invalid;
        if (IsDate(text, part)) return PartKind.Date;
        var words = WordsOf(text, part);
        if (words.Count == 0) return PartKind.Invalid;
        foreach (var w in words)
            if (Lexicon.CreditWords.Contains(text.Substring(w.Start, w.Length))) return words.Count <= 4 ? PartKind.Credit : PartKind.Invalid;
        if (words.Count > MaxPlaceWords || Lexicon.NotPlaces.Contains(Words.Fold(text.Substring(part.Start, part.Length)))
            || Lexicon.NotPlaces.Contains(Words.Fold(text.Substring(words[0].Start, words[0].Length)))) return PartKind.Invalid;
        // A function word makes it a phrase ("दिल्ली में कोरोना"), not a name; in Latin script capitals decide below.
        foreach (var w in words)
            if (text[w.Start] > 0x024F && Lexicon.StopWords.Contains(Words.Fold(text.Substring(w.Start, w.Length)))) return PartKind.Invalid;
        for (int i = part.Start; i < part.End; i++)
        {
            char c = text[i];
            if (UnicodeData.IsDecimalDigit(c)) return PartKind.Invalid;
            if (!(UnicodeData.IsLetter(c) || UnicodeData.IsMark(c) || c is ' ' or '/' or '.' or '-' or '\'' or '\u2019' or '\u200C' or '\u200D'
                  || char.IsSurrogate(c)))
                return PartKind.Invalid;
        }
        // A Latin place name is capitalised, word by word (small joining words aside: "Port of Spain").
        foreach (var w in words)
        {
            char c = text[w.Start];
            if (c >= 'a' && c <= 'z' && !Lexicon.PlaceJoiners.Contains(text.Substring(w.Start, w.Length))) return PartKind.Invalid;
        }
        return PartKind.Place;
    }

    private static bool IsDate(string text, TextRange part)
    {
        bool digit = false, month = false;
        foreach (var w in WordsOf(text, part))
        {
            string word = text.Substring(w.Start, w.Length);
            if (Words.IsAllDigits(text, w)) digit = true;
            else if (Lexicon.Months.ContainsKey(word) || Lexicon.FoldedMonthNames.ContainsKey(Words.Fold(word))
                     || Lexicon.MonthAbbreviations.ContainsKey(Words.Fold(word))) month = true; // March, MARCH, Mar
            else if (Lexicon.Weekdays.ContainsKey(word)) month = true;
            else return false;
        }
        return digit || month;
    }

    private static bool IsLatin(string text, TextRange r)
    {
        for (int i = r.Start; i < r.End; i++)
            if (UnicodeData.IsLetter(text[i])) return text[i] < 0x0250;
        return false;
    }

    private static List<TextRange> WordsOf(string text, TextRange r)
    {
        var words = new List<TextRange>();
        Words.Scan(text, r, words);
        return words;
    }

    private static int WordCount(string text, TextRange r) => StoryEdges.CountWords(text, r, 64);
}

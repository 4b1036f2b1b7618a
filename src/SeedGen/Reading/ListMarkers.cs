using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>
/// List markers inside a paragraph (<c>1.</c>, <c>2.)</c>, <c>(a)</c>, <c>iv)</c>, <c>• 9.</c>): a
/// marker's stop ends no sentence, and each item after the first starts one. A marker counts when
/// it opens the paragraph (a number, a numeral, or a bracketed form), or when markers follow each
/// other in order (1, 2, 3 or a, b, c); "in 2. Then" alone is no list.
/// </summary>
internal static class ListMarkers
{
    private const int MaxDigits = 3;

    /// <summary>The markers as ranges (bullet and marker, not the space after), or null when there are none.</summary>
    public static List<TextRange>? Find(string text, TextRange paragraph)
    {
        List<(TextRange Range, int Value, bool Letter, bool Strong)>? found = null;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            if (i > paragraph.Start && !Sentences.IsSpace(text[i - 1])) continue;
            if (TryMarker(text, i, paragraph.End, out var m) && CanOpenItem(text, paragraph.Start, m)) (found ??= new()).Add(m);
        }
        if (found is null) return null;

        var result = new List<TextRange>();
        for (int k = 0; k < found.Count; k++)
        {
            var m = found[k];
            // A run of letters is a list only from "a": "Daniel K. Tarullo; and Janet L. Yellen" are initials.
            bool inRun = ((k > 0 && Follows(found[k - 1], m)) || (k + 1 < found.Count && Follows(m, found[k + 1])))
                         && (!m.Letter || RunStartsAtA(found, k));
            bool opens = m.Range.Start == paragraph.Start && m.Strong;
            if (inRun || opens) result.Add(m.Range);
        }
        return result.Count == 0 ? null : result;
    }

    /// <summary>
    /// Inside a paragraph a marker follows a sentence end, a colon or a semicolon, or (a plain number
    /// or letter) a lower-case word: "on May 1. Counting … May 2." and "World War I. … World War II."
    /// follow a capitalised word, and "sections (1) and (2)" a bracketed number after prose.
    /// </summary>
    private static bool CanOpenItem(string text, int paragraphStart, (TextRange Range, int Value, bool Letter, bool Strong) m)
    {
        int i = m.Range.Start;
        if (i == paragraphStart || text[i] is '\u2022' or '\u2043' or '*' or '-' or '\u2013') return true;
        int p = i;
        while (p > paragraphStart && Sentences.IsSpace(text[p - 1])) p--;
        if (p == paragraphStart) return true;
        char before = text[p - 1];
        if (before is ':' or ';' || Lines.EndsSentence(text, paragraphStart, p)) return true;
        if (text[i] == '(' || !m.Letter && text[i] is < '0' or > '9') return false; // bracketed or Roman: only after an end
        int w = p;
        while (w > paragraphStart && !Sentences.IsSpace(text[w - 1])) w--;
        return text[w] >= 'a' && text[w] <= 'z'; // "item 2." yes, "May 2." no
    }

    private static bool RunStartsAtA(List<(TextRange Range, int Value, bool Letter, bool Strong)> found, int k)
    {
        while (k > 0 && Follows(found[k - 1], found[k])) k--;
        return found[k].Value == 1;
    }

    private static bool Follows((TextRange Range, int Value, bool Letter, bool Strong) a, (TextRange Range, int Value, bool Letter, bool Strong) b) =>
        a.Letter == b.Letter && b.Value == a.Value + 1;

    private static bool TryMarker(string text, int start, int end, out (TextRange Range, int Value, bool Letter, bool Strong) marker)
    {
        marker = default;
        int i = start;
        if (text[i] is '\u2022' or '\u2043' or '*' or '-' or '\u2013')
        {
            i++;
            while (i < end && text[i] == ' ') i++;
        }
        bool bracketed = i < end && text[i] == '(';
        if (bracketed) i++;
        int coreStart = i;
        int value = 0;
        bool letter = false;
        while (i < end && i - coreStart < MaxDigits && text[i] >= '0' && text[i] <= '9') value = value * 10 + (text[i++] - '0');
        if (i == coreStart)
        {
            // A single letter (a, b, c) or a Roman numeral (i, ii, iv).
            while (i < end && i - coreStart < 4 && text[i] is 'i' or 'v' or 'x' or 'I' or 'V' or 'X') i++;
            if (i > coreStart)
                value = Roman(text, coreStart, i); // "i" alone reads as a numeral, not the ninth letter
            else if (coreStart < end && text[coreStart] >= 'a' && text[coreStart] <= 'z')
            {
                i = coreStart + 1;
                value = char.ToLowerInvariant(text[coreStart]) - 'a' + 1;
                letter = true;
            }
            else return false;
        }
        else if (i < end && text[i] >= '0' && text[i] <= '9') return false; // a number of four digits or more
        if (i >= end) return false;
        // The marker's end: ")", ".", ".)"; a bracketed one closes with ")".
        if (bracketed)
        {
            if (text[i] != ')') return false;
            i++;
        }
        else if (text[i] == '.') { i++; if (i < end && text[i] == ')') i++; }
        else if (text[i] == ')') i++;
        else return false;
        if (i >= end || text[i] != ' ') return false;
        marker = (new TextRange(start, i - start), value, letter, !letter || bracketed);
        return true;
    }

    private static int Roman(string text, int start, int end)
    {
        int total = 0, previous = 0;
        for (int k = end - 1; k >= start; k--)
        {
            int v = char.ToLowerInvariant(text[k]) switch { 'i' => 1, 'v' => 5, _ => 10 };
            total += v < previous ? -v : v;
            previous = v;
        }
        return total;
    }
}

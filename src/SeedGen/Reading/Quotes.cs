using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Quoted text: between <c>“…”</c>, <c>”…”</c> (the same mark opening and closing, as Hindi
/// news sites write), <c>"…"</c>, <c>„…“</c>, <c>«…»</c>, and single <c>‘…’</c> / <c>'…'</c>.
/// An opening mark must start a word and a closing mark must end one, so apostrophes
/// (<c>India’s</c>) are not quotes. Single quotes inside double ones are found too; the result
/// is in order of the opening mark.
/// </summary>
internal static class Quotes
{
    private static readonly char[] DoubleOpeners = { '\u201C', '\u201D', '"', '\u201E', '\u00AB' };
    private static readonly char[] SingleOpeners = { '\u2018', '\'' };

    public static void Find(string text, TextRange paragraph, List<TextRange> into, CancellationToken cancellationToken = default)
    {
        int first = into.Count;
        // Most paragraphs have no quotation mark at all: one vectorised search finds where a scan must start.
        int from = text.IndexOfAny(DoubleOpeners, paragraph.Start, paragraph.Length);
        if (from >= 0) Scan(text, paragraph, from, single: false, into, cancellationToken);
        from = text.IndexOfAny(SingleOpeners, paragraph.Start, paragraph.Length);
        if (from >= 0) Scan(text, paragraph, from, single: true, into, cancellationToken);
        if (into.Count - first > 1)
            into.Sort(first, into.Count - first, Comparer<TextRange>.Create((a, b) => a.Start.CompareTo(b.Start)));
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static void Scan(string text, TextRange paragraph, int from, bool single, List<TextRange> into, CancellationToken cancellationToken)
    {
        int end = paragraph.End;
        // Where a search for a closing mark found none to the end: no later opening mark of that
        // kind can find one either, so unclosed marks cost one scan, not one each (no O(n²)).
        Dictionary<char, int>? noCloserFrom = null;
        for (int i = from; i < end; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char close = CloserFor(text[i], single);
            if (close == '\0' || !OpensAt(text, paragraph.Start, i, end))
                continue;
            char opener = text[i];
            if (IsCloser(opener, close, text[i + 1]))
            {
                i++; // an empty pair ("" or ''): no quote, and neither mark opens one
                continue;
            }
            if (noCloserFrom is not null && noCloserFrom.TryGetValue(opener, out int failed) && i >= failed)
                continue;
            bool found = false;
            for (int k = i + 1; k < end; k++)
            {
                char c = text[k];
                bool isClose = IsCloser(opener, close, c);
                if (!isClose || !ClosesAt(text, i + 1, k, end))
                    continue;
                var q = Sentences.Trim(text, i + 1, k);
                if (q.Length > 0 && Words.HasWordCharacter(text, q.Start, q.End))
                    into.Add(q);
                i = k;
                found = true;
                break;
            }
            if (!found) (noCloserFrom ??= new Dictionary<char, int>())[opener] = i;
        }
    }

    private static char CloserFor(char c, bool single) => single
        ? c switch { '\u2018' => '\u2019', '\'' => '\'', _ => '\0' }
        : c switch { '\u201C' => '\u201D', '\u201D' => '\u201D', '"' => '"', '\u201E' => '\u201C', '\u00AB' => '\u00BB', _ => '\0' };

    /// <summary>Whether <paramref name="c"/> closes a quote opened by <paramref name="opener"/> (German „ closes with “ or ”).</summary>
    private static bool IsCloser(char opener, char close, char c) => c == close || (opener == '\u201E' && c == '\u201D');

    private static bool OpensAt(string text, int start, int i, int end)
    {
        if (i + 1 >= end || Sentences.IsSpace(text[i + 1])) return false;
        return i == start || !IsWordChar(text, i - 1);
    }

    private static bool ClosesAt(string text, int contentStart, int k, int end)
    {
        if (k == contentStart || Sentences.IsSpace(text[k - 1])) return false;
        return k + 1 >= end || !IsWordChar(text, k + 1);
    }

    private static bool IsWordChar(string text, int i) => UnicodeData.IsWordCharacter(UnicodeData.CodePointAt(text, i, out _));
}

using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Stage 5 of <see cref="DocumentReader"/>: content readouts over the body's words — keywords,
/// weekday and month names, the dominant script and the language.
/// </summary>
internal static class ContentReadouts
{
    private const int MaxKeywords = 10;

    [ThreadStatic] private static int[]? t_perScript;
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    internal static string DominantScript(string text, CancellationToken cancellationToken)
    {
        // Letters and marks counted per script (marks count with their script: Indic vowel signs
        // carry much of the writing), one table lookup and one increment per character, no branch
        // but the surrogate test: slot 0 counts what is not counted, slot 1 letters of no block.
        var tally = t_perScript ??= new int[Scripts.ScriptCount + 2];
        Array.Clear(tally, 0, tally.Length);
        var bmp = Scripts.BmpTallies;
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                int cp = UnicodeData.CodePointAt(text, i, out int len);
                i += len - 1;
                tally[Scripts.TallyOf(cp) - Scripts.NotCounted]++;
            }
            else
            {
                tally[bmp[c] - Scripts.NotCounted]++;
            }
        }
        int other = tally[Scripts.OtherScript - Scripts.NotCounted];
        var perScript = new ReadOnlySpan<int>(tally, -Scripts.NotCounted, Scripts.ScriptCount);
        // The most letters win, ties by name.
        string best = other > 0 ? "Other" : "";
        int bestCount = other;
        for (int k = 0; k < perScript.Length; k++)
        {
            string name = Scripts.NameOfScript(k);
            if (perScript[k] > bestCount || (perScript[k] > 0 && perScript[k] == bestCount && string.CompareOrdinal(name, best) < 0))
            {
                best = name;
                bestCount = perScript[k];
            }
        }
        return best;
    }
    private static readonly char[] Kana = { '\u3042', '\u3044', '\u306E', '\u306B', '\u3092', '\u306F' };
    /// <summary>
    /// The language by function words of the body (each distinct word looked up once, counted as
    /// often as it occurs) and of the headline lines (each word once per occurrence).
    /// </summary>
    internal static string DetectLanguage(string text, string script, WordTable body, int[] bodyCounts, Line? title, Line? section,
        List<TextRange> scratch)
    {
        if (Lexicon.SingleLanguageScripts.TryGetValue(script, out var single)) return single;
        if (script == "Han") return text.IndexOfAny(Kana) >= 0 ? "ja" : "zh";
        var markers = Lexicon.LanguageMarkers;
        Span<int> hits = stackalloc int[markers.Length]; // per marker language
        for (int f = 0; f < body.FoldedCount; f++)
            if (body.FoldedLength(f) <= 8 && Lexicon.MarkerWordMap.TryGet(body.FoldedChars, body.FoldedStart(f), body.FoldedLength(f), out var marks))
                Count(hits, script, marks, bodyCounts[f]);
        if (title is not null) CountLine(hits, script, text, title, scratch);
        if (section is not null) CountLine(hits, script, text, section, scratch);
        string best = "";
        int bestHits = 0;
        for (int m = 0; m < markers.Length; m++)
            if (markers[m].Script == script && hits[m] > bestHits) { best = markers[m].Language; bestHits = hits[m]; }
        return best;
    }
    private static void CountLine(Span<int> hits, string script, string text, Line line, List<TextRange> scratch)
    {
        Span<char> folded = stackalloc char[8];
        scratch.Clear();
        Words.Scan(text, line.Range, scratch);
        foreach (var r in scratch)
        {
            if (r.Length > folded.Length) continue; // no marker word is longer (folding keeps the length)
            for (int i = 0; i < r.Length; i++) folded[i] = Words.FoldChar(text[r.Start + i]);
            if (Lexicon.MarkerWordMap.TryGet(folded.Slice(0, r.Length), out var marks)) Count(hits, script, marks, 1);
        }
    }
    private static void Count(Span<int> hits, string script, int[] markers, int count)
    {
        foreach (int m in markers)
            if (Lexicon.LanguageMarkers[m].Script == script) hits[m] += count;
    }
    /// <summary>The weekday and month names the document's words spell, each list in order of first occurrence (one pass over the distinct words for both).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    internal static (List<string> Weekdays, List<string> Months) FindNames(string text, WordTable words, WordMap<string> weekdayNames, WordMap<string> monthNames)
    {
        var weekdays = new List<string>();
        var months = new List<string>();
        for (int id = 0; id < words.Count; id++)
        {
            var r = words.First(id);
            int length = r.Length;
            for (int i = 1; i < r.Length; i++) // "India's" reads as "India"
                if (text[r.Start + i] is '\'' or '\u2019') { length = i; break; }
            string? capitalised = null;
            AddName(text, r.Start, length, weekdayNames, weekdays, ref capitalised);
            AddName(text, r.Start, length, monthNames, months, ref capitalised);
        }
        return (weekdays, months);
    }
    /// <summary>Adds the name the word spells, once; "MONDAY" reads as "Monday" (<paramref name="capitalised"/>, made once per word).</summary>
    private static void AddName(string text, int start, int length, WordMap<string> names, List<string> found, ref string? capitalised)
    {
        if (names.TryGet(text, start, length, out var english))
        {
            if (!found.Contains(english)) found.Add(english);
        }
        else if (length > 2 && IsAllCaps(text, start, length)
                 && names.TryGet(capitalised ??= text.Substring(start, 1) + Words.Fold(text.Substring(start + 1, length - 1)), out english)
                 && !found.Contains(english))
        {
            found.Add(english);
        }
    }
    private static bool IsAllCaps(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++) if (text[i] < 'A' || text[i] > 'Z') return false;
        return true;
    }
    /// <summary>
    /// The document's top terms: words and two-word phrases by frequency (a phrase counts twice),
    /// stop words and bare numbers removed, ties broken by first occurrence (a word before the
    /// phrase it opens). Per document only. Words are folded ids, phrases pairs of them.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    internal static List<string> Keywords(string text, List<TextRange> words, int[] foldedOf, WordTable table, bool[] useful,
        List<int> sentenceOf, ReaderScratch buffers, CancellationToken cancellationToken)
    {
        int distinct = table.FoldedCount;
        var count = buffers.Ints(1, distinct);
        var first = buffers.Ints(2, distinct);
        var phrases = buffers.Phrases;
        int previous = -1, previousIndex = -1;
        for (int i = 0; i < words.Count; i++)
        {
            if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            int f = foldedOf[i];
            if (!useful[f])
            {
                previous = -1;
                continue;
            }
            if (count[f]++ == 0) first[f] = i;
            if (previous >= 0 && sentenceOf[previousIndex] == sentenceOf[i] && OnlySpaceBetween(text, words[previousIndex], words[i]))
            {
                long key = ((long)previous << 32) | (uint)f;
                phrases.Add(key, previousIndex);
            }
            previous = f;
            previousIndex = i;
        }

        // Ranked by score (descending), first occurrence, then a word before the phrase it opens:
        // one packed key per candidate, sorted as numbers.
        int candidates = 0;
        for (int f = 0; f < distinct; f++) if (count[f] > 0) candidates++;
        for (int p = 0; p < phrases.Count; p++) if (phrases.CountOf(p) >= 2) candidates++;
        var (keys, items) = buffers.RankBuffers(candidates);
        int c = 0;
        for (int f = 0; f < distinct; f++)
            if (count[f] > 0)
            {
                keys[c] = RankKey(count[f], first[f], 0);
                items[c++] = (f, -1);
            }
        for (int p = 0; p < phrases.Count; p++)
            if (phrases.CountOf(p) >= 2)
            {
                keys[c] = RankKey(phrases.CountOf(p) * 2, phrases.First(p), 1);
                items[c++] = ((int)(phrases.Key(p) >> 32), (int)(phrases.Key(p) & 0xFFFFFFFF));
            }
        Array.Sort(keys, items, 0, candidates);

        var result = new List<string>(MaxKeywords);
        Span<int> covered = stackalloc int[2 * MaxKeywords]; // the words the keywords so far contain
        int coveredCount = 0;
        for (int i = 0; i < candidates; i++)
        {
            var k = items[i];
            if (result.Count == MaxKeywords) break;
            bool hasA = covered.Slice(0, coveredCount).IndexOf(k.A) >= 0;
            bool hasB = k.B < 0 || covered.Slice(0, coveredCount).IndexOf(k.B) >= 0;
            if (hasA && hasB) continue;
            result.Add(k.B < 0 ? table.FoldedString(k.A) : table.FoldedString(k.A) + " " + table.FoldedString(k.B));
            if (!hasA) covered[coveredCount++] = k.A;
            if (!hasB && k.B != k.A) covered[coveredCount++] = k.B;
        }
        return result;
    }
    /// <summary>Ascending order = higher score, then earlier, then word before phrase (score and position are below 2^30).</summary>
    private static long RankKey(int score, int first, int phrase) =>
        ((long)(0x3FFFFFFF - Math.Min(score, 0x3FFFFFFF)) << 32) | ((long)first << 1) | (long)phrase;
    private static bool OnlySpaceBetween(string text, TextRange a, TextRange b)
    {
        for (int i = a.End; i < b.Start; i++) if (!Sentences.IsSpace(text[i])) return false;
        return true;
    }
}

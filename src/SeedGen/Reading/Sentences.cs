using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Sentence boundaries (SPEC section 3, after UAX #29 SB9-11): after the danda and double danda
/// (always), the Arabic-script and CJK terminators, <c>?</c> and <c>!</c>, and after <c>.</c>
/// followed by space, a closing quote or the end, unless it closes a known abbreviation or an
/// initial. In danda-using text a <c>.</c> after a Devanagari word is an abbreviation mark
/// (<c>डॉ.</c>, <c>श्री.</c>) unless it ends the paragraph. Closing quotes and brackets after a
/// terminator stay with their sentence.
/// </summary>
internal static class Sentences
{
    /// <summary>Whether the document ends its sentences with dandas rather than full stops.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static bool UsesDanda(string text, CancellationToken cancellationToken = default)
    {
        int dandas = 0, devanagariStops = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[i];
            if (c == '\u0964' || c == '\u0965') dandas++;
            else if (c == '.' && i > 0 && IsDevanagari(text[i - 1])) devanagariStops++;
        }
        return dandas > 0 && dandas >= devanagariStops;
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static void Split(string text, TextRange paragraph, bool dandaMode, List<TextRange> into, CancellationToken cancellationToken = default)
    {
        int end = paragraph.End;
        int first = into.Count;
        int sentenceStart = paragraph.Start;
        var kinds = Kinds.Table;
        for (int i = paragraph.Start; i < end; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[i];
            byte kind = kinds[c];
            if (kind == NotTerminator)
                continue;
            bool always = kind == AlwaysEnds;

            int j = i + 1;
            while (j < end && (IsTerminator(text[j]) || IsCloser(text[j]))) j++;

            bool ends;
            if (always)
                ends = true;
            else if (c == '.')
                ends = PeriodEnds(text, paragraph.Start, i, j, end, dandaMode);
            else
                ends = j >= end || IsSpace(text[j]) || !IsAsciiLetterOrDigit(text[j]);

            if (!ends)
            {
                i = j - 1;
                continue;
            }
            Add(text, sentenceStart, j, into);
            sentenceStart = j;
            i = j - 1;
        }

        if (sentenceStart < end)
        {
            var rest = Trim(text, sentenceStart, end);
            if (rest.Length > 0 && Words.HasWordCharacter(text, rest.Start, rest.End))
                into.Add(rest);
            else if (rest.Length > 0 && into.Count > first)
            {
                var last = into[into.Count - 1];
                into[into.Count - 1] = new TextRange(last.Start, rest.End - last.Start);
            }
        }
    }

    // What a character is to the sentence splitter, one table lookup per character: most are no terminator.
    private const byte NotTerminator = 0, AlwaysEnds = 1, MayEnd = 2;

    private static class Kinds
    {
        public static readonly byte[] Table = Build();

        private static byte[] Build()
        {
            var table = new byte[0x10000];
            foreach (char c in "\u0964\u0965\u06D4\u061F\u3002\uFF01\uFF1F") table[c] = AlwaysEnds;
            foreach (char c in "?!.") table[c] = MayEnd;
            return table;
        }
    }

    private static void Add(string text, int start, int end, List<TextRange> into)
    {
        var r = Trim(text, start, end);
        if (r.Length > 0) into.Add(r);
    }

    private static bool PeriodEnds(string text, int paragraphStart, int dot, int after, int end, bool dandaMode)
    {
        // Only a full stop followed by space, a closer or the end can end a sentence (so 7.5 and www.x.in never do).
        if (after < end && !IsSpace(text[after])) return false;
        bool atEnd = true;
        int next = after;
        while (next < end && IsSpace(text[next])) next++;
        if (next < end) atEnd = false;
        if (atEnd) return true;

        // "approx. three": the next word is lower-case Latin.
        if (text[next] >= 'a' && text[next] <= 'z') return false;

        // The word before the dot.
        int w = dot;
        while (w > paragraphStart && (UnicodeData.IsWordCharacter(UnicodeData.CodePointAt(text, w - 1, out _)) || text[w - 1] == '.' || char.IsLowSurrogate(text[w - 1])))
            w--;
        if (w == dot) return true;
        string word = Words.Fold(text.Substring(w, dot - w));
        if (Lexicon.Abbreviations.Contains(word)) return false;
        if (word.Length == 1 && text[w] >= 'A' && text[w] <= 'Z') return false; // an initial: "S. Jaishankar"

        if (dandaMode && IsDevanagari(text[dot - 1])) return false;
        return true;
    }

    internal static TextRange Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return new TextRange(start, end - start);
    }

    internal static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F' || c == '\u205F' || c == '\uFEFF';

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '\u0964' or '\u0965' or '\u06D4' or '\u061F' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>Closing quotes and brackets that stay with the sentence they close.</summary>
    internal static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}' or '\u300D' or '\u300F';

    private static bool IsDevanagari(char c) => c >= '\u0900' && c <= '\u097F' && c != '\u0964' && c != '\u0965';

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

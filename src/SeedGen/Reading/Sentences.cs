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
            else if (c == '.' && i > 0 && IsDevanagari(text[i - 1]) && !IsDevanagariInitialBefore(text, i)) devanagariStops++;
        }
        return dandas > 0 && dandas >= devanagariStops;
    }

    /// <summary>Whether the word before the stop at <paramref name="dot"/> is an initial or an abbreviation ("एस.", "डॉ.").</summary>
    private static bool IsDevanagariInitialBefore(string text, int dot)
    {
        int w = dot;
        while (w > 0 && IsDevanagari(text[w - 1])) w--;
        if (dot - w > 7) return false;
        string word = text.Substring(w, dot - w);
        return Lexicon.DevanagariInitials.Contains(word) || Lexicon.Abbreviations.Contains(word);
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static void Split(string text, TextRange paragraph, bool dandaMode, List<TextRange> into, CancellationToken cancellationToken = default)
    {
        int end = paragraph.End;
        int first = into.Count;
        int sentenceStart = paragraph.Start;
        var kinds = Kinds.Table;
        var markers = ListMarkers.Find(text, paragraph);
        int nextMarker = 0;
        for (int i = paragraph.Start; i < end; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            // A list item starts a sentence ("1) The first item 2) The second item"), and its marker's stop ends none.
            while (markers is not null && nextMarker < markers.Count && markers[nextMarker].Start < i) nextMarker++; // passed inside a run of terminators
            if (markers is not null && nextMarker < markers.Count && i == markers[nextMarker].Start)
            {
                if (TrimmedHasWord(text, sentenceStart, i)) { Add(text, sentenceStart, i, into, first); sentenceStart = i; }
                i = markers[nextMarker++].End - 1;
                continue;
            }
            char c = text[i];
            byte kind = kinds[c];
            if (kind == NotTerminator)
                continue;
            bool always = kind == AlwaysEnds;

            int j = i + 1;
            while (j < end && (IsTerminator(text[j]) || IsCloser(text[j]) || IsSpacedDot(text, j, end))) j++;

            bool ends;
            if (always)
                ends = true;
            else if (c == '.')
                ends = PeriodEnds(text, paragraph.Start, i, j, end, dandaMode);
            else
                ends = j >= end || (IsSpace(text[j]) ? !NextIsLowerLatin(text, j, end) : !IsAsciiLetterOrDigit(text[j])); // "Yahoo! in"

            if (!ends)
            {
                i = j - 1;
                continue;
            }
            Add(text, sentenceStart, j, into, first);
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

    /// <summary>Adds a sentence; a fragment without a letter or digit (". . .", "—") joins the sentence before it in the paragraph.</summary>
    private static void Add(string text, int start, int end, List<TextRange> into, int first)
    {
        var r = Trim(text, start, end);
        if (r.Length == 0) return;
        if (!Words.HasWordCharacter(text, r.Start, r.End) && into.Count > first)
        {
            var last = into[into.Count - 1];
            into[into.Count - 1] = new TextRange(last.Start, r.End - last.Start);
            return;
        }
        into.Add(r);
    }

    private static bool TrimmedHasWord(string text, int start, int end)
    {
        var r = Trim(text, start, end);
        return r.Length > 0 && Words.HasWordCharacter(text, r.Start, r.End);
    }

    /// <summary>A dot of a spaced ellipsis (". . ."): a space followed by a dot.</summary>
    private static bool IsSpacedDot(string text, int j, int end) => text[j] == ' ' && j + 1 < end && text[j + 1] == '.' && j > 0 && text[j - 1] == '.';

    private static bool NextIsLowerLatin(string text, int j, int end)
    {
        while (j < end && IsSpace(text[j])) j++;
        return j < end && text[j] >= 'a' && text[j] <= 'z';
    }

    private static bool PeriodEnds(string text, int paragraphStart, int dot, int after, int end, bool dandaMode)
    {
        // An ellipsis: three dots ("...", ". . .") leave words out inside a sentence and end none; a
        // fourth is the sentence's own full stop ("… period . . . . Next"). "[...]" is never an end.
        int dots = 0;
        for (int k = dot; k < after; k++) if (text[k] == '.') dots++;
        if (dot > paragraphStart && text[dot - 1] == '[') return false;
        if (dots == 2 || dots == 3) return after >= end || !HasMoreAfter(text, after, end);

        bool atEnd = true;
        int next = after;
        while (next < end && IsSpace(text[next])) next++;
        if (next < end) atEnd = false;
        if (atEnd) return true;

        // The word before the dot.
        int w = dot;
        while (w > paragraphStart && (UnicodeData.IsWordCharacter(UnicodeData.CodePointAt(text, w - 1, out _)) || text[w - 1] == '.' || char.IsLowSurrogate(text[w - 1])))
            w--;

        // "world.Today": a full stop between a word and a capitalised word with no space is still one ("Mr.Modi" is not).
        if (after < end && !IsSpace(text[after]))
            return dots == 1 && w < dot && dot - w >= 2 && text[after] >= 'A' && text[after] <= 'Z' && IsPlainToken(text, after, end)
                   && IsLatinWordOrNumber(text, w, dot) && !IsAbbreviationBefore(text, w, dot);
        if (dots >= 4) return !(text[next] >= 'a' && text[next] <= 'z');

        // "approx. three": the next word is lower-case Latin.
        if (text[next] >= 'a' && text[next] <= 'z') return false;
        if (w == dot) return true;
        // After a stop with no space ("Tuesday.Mr."), the word is what follows that stop.
        for (int k = dot - 1; k > w; k--) if (text[k] == '.' && k + 1 < dot && !IsInitials(text, w, dot) && dot - k > 2) { w = k + 1; break; }
        string word = Words.Fold(text.Substring(w, dot - w));
        bool nextIsDigit = UnicodeData.IsDecimalDigit(text[next]);
        bool starter = StartsSentence(text, next, end);

        // Abbreviations: before a name or a number never an end; otherwise an end before a sentence starter ("…and Co. It closed").
        // "No. 5", "Art. 21", "p. 55": before a number never an end; before anything else an ordinary word ("he said no.").
        if (Lexicon.NumberAbbreviations.Contains(word)) return !nextIsDigit && text[next] >= 'A' && text[next] <= 'Z'; // "helpline no. : +91…" runs on
        if (Lexicon.Abbreviations.Contains(word))
            return text[w] < 0x80 && !Lexicon.PrepositiveAbbreviations.Contains(word) && !nextIsDigit && starter; // "डॉ.", "திரு." are titles
        // Initials and chained initials: "S. Jaishankar", "J.P. Morgan", "U.S.A." — an end only before a sentence starter ("…you and I. Did…").
        if (IsInitials(text, w, dot)) return starter;

        // Indic initials ("एस. जयशंकर", "ஆர். சிங்காரவேலு") and, in danda text, a stop after a whole word ends the sentence.
        char before = text[dot - 1];
        if (before > 0x0900 && before < 0x0DFF)
        {
            if (IsIndicInitial(text, w, dot)) return false;
            if (dandaMode && IsDevanagari(before)) return dot - w >= 4 || Lexicon.HindiSentenceFinals.Contains(word);
        }
        return true;
    }

    /// <summary>Whether the word before a stop (or its last dotted segment: "Tuesday.Mr") is a known abbreviation.</summary>
    private static bool IsAbbreviationBefore(string text, int w, int dot)
    {
        int k = dot;
        while (k > w && text[k - 1] != '.') k--;
        return dot - k <= 6 && Lexicon.Abbreviations.Contains(Words.Fold(text.Substring(k, dot - k)));
    }

    private static bool HasMoreAfter(string text, int after, int end)
    {
        while (after < end && IsSpace(text[after])) after++;
        return after < end;
    }

    /// <summary>Whether the text at <paramref name="i"/> opens with a word that usually starts a sentence.</summary>
    private static bool StartsSentence(string text, int i, int end)
    {
        while (i < end - 1 && text[i] is '"' or '\u201C' or '\u2018' or '\'' or '(') i++; // "… Ltd. “It is …"
        int w = i;
        while (w < end && ((text[w] >= 'a' && text[w] <= 'z') || (text[w] >= 'A' && text[w] <= 'Z'))) w++;
        if (w == i) return !(text[i] >= 'a' && text[i] <= 'z') && !UnicodeData.IsDecimalDigit(text[i]) && text[i] > 0x024F; // another script
        if (w < end && text[w] == '.') return false; // "Mr." after "P.M."
        return w - i <= 10 && Lexicon.SentenceStarters.Contains(text.Substring(i, w - i));
    }

    /// <summary>Single letters joined by dots: "E", "J.P", "U.S.A".</summary>
    private static bool IsInitials(string text, int w, int dot)
    {
        for (int k = w; k < dot; k += 2)
        {
            char c = text[k];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
            if (k + 1 < dot && text[k + 1] != '.') return false;
        }
        return text[w] >= 'A' && text[w] <= 'Z' || dot - w >= 3;
    }

    /// <summary>A Latin letter's name in Devanagari (<c>एस</c>), or in another Indic script a single letter with its signs (<c>கே</c>, <c>ড</c>); dotted chains count too.</summary>
    private static bool IsIndicInitial(string text, int w, int dot)
    {
        int segmentStart = w;
        for (int k = w; k <= dot; k++)
        {
            if (k < dot && text[k] != '.') continue;
            if (IsDevanagari(text[segmentStart]))
            {
                if (!Lexicon.DevanagariInitials.Contains(text.Substring(segmentStart, k - segmentStart))) return false;
            }
            else
            {
                int letters = 0;
                for (int m = segmentStart; m < k; m++) if (UnicodeData.IsLetter(text[m])) letters++;
                if (letters != 1) return false; // "கே." is an initial; "தேவி." ends a sentence
            }
            segmentStart = k + 1;
        }
        return true;
    }

    private static bool IsLatinWordOrNumber(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',')) return false;
        }
        return true;
    }

    /// <summary>The capitalised word after a stop with no space is a word, not part of an address ("Doe@example.com", "Example.org").</summary>
    private static bool IsPlainToken(string text, int start, int end)
    {
        for (int k = start; k < end && !IsSpace(text[k]); k++)
        {
            char c = text[k];
            if (c is '@' or '/' or ':' or '_') return false;
            if (c == '.' && k + 1 < end && !IsSpace(text[k + 1]) && !(text[k + 1] >= 'A' && text[k + 1] <= 'Z')) return false;
        }
        return true;
    }

    internal static TextRange Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start])) start++;
        while (end > start && IsSpace(text[end - 1])) end--;
        return new TextRange(start, end - start);
    }

    internal static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200B') || c == '\u202F' || c == '\u205F' || c == '\uFEFF';

    /// <summary>The sentence terminators: what <see cref="Kinds"/> marks as ending or maybe ending a sentence.</summary>
    internal static bool IsTerminator(char c) => Kinds.Table[c] != NotTerminator;

    /// <summary>Closing quotes and brackets that stay with the sentence they close.</summary>
    internal static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or ')' or ']' or '}' or '\u300D' or '\u300F';

    private static bool IsDevanagari(char c) => c >= '\u0900' && c <= '\u097F' && c != '\u0964' && c != '\u0965';

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

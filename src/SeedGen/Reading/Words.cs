using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Words: runs of letters, marks and digits (so Devanagari vowel signs, virama and nukta stay
/// inside the word, unlike regex <c>\w</c>), with ZWJ/ZWNJ inside, and hyphen-, slash- or
/// apostrophe-joined runs (<c>भारत-रूस</c>, <c>एसजी/एएम</c>, <c>India’s</c>) read as one word.
/// </summary>
internal static class Words
{
    /// <param name="limit">Stop after this many words (what a caller that only compares counts needs).</param>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static void Scan(string text, TextRange range, List<TextRange> into, CancellationToken cancellationToken = default, int limit = int.MaxValue)
    {
        int i = range.Start;
        int end = range.End;
        int polled = i;
        int stop = limit == int.MaxValue ? int.MaxValue : into.Count + limit;
        var classes = CharClasses.Table;
        while (i < end && into.Count < stop)
        {
            if (i - polled > Poll.Interval) { cancellationToken.ThrowIfCancellationRequested(); polled = i; }
            int len = 1;
            byte kind = classes[text[i]];
            if (kind == Surrogate) kind = ClassOf(UnicodeData.CodePointAt(text, i, out len));
            if (kind != Letter)
            {
                i += len;
                continue;
            }
            int start = i;
            i += len;
            while (i < end)
            {
                len = 1;
                kind = classes[text[i]];
                if (kind == Surrogate) kind = ClassOf(UnicodeData.CodePointAt(text, i, out len));
                if (kind is Letter or Joining)
                {
                    i += len;
                    continue;
                }
                if (kind == Joiner && i + 1 < end)
                {
                    byte next = classes[text[i + 1]];
                    if (next == Surrogate) next = ClassOf(UnicodeData.CodePointAt(text, i + 1, out _));
                    if (next == Letter)
                    {
                        i += len;
                        continue;
                    }
                }
                break;
            }
            into.Add(new TextRange(start, i - start));
        }
    }

    // What a character is to a word: part of it (a letter, mark or digit), inside it (ZWJ, ZWNJ), a
    // joiner between two parts (hyphen, slash, apostrophe), or nothing; one table lookup per BMP character.
    private const byte None = 0, Letter = 1, Joining = 2, Joiner = 3, Surrogate = 4;

    private static byte ClassOf(int cp) =>
        UnicodeData.IsWordCharacter(cp) ? Letter : cp is 0x200C or 0x200D ? Joining : IsJoiner(cp) ? Joiner : None;

    private static class CharClasses
    {
        public static readonly byte[] Table = Build();

        private static byte[] Build()
        {
            var table = new byte[0x10000];
            for (int c = 0; c < table.Length; c++) table[c] = c is >= 0xD800 and <= 0xDFFF ? Surrogate : ClassOf(c);
            return table;
        }
    }

    private static bool IsJoiner(int cp) => cp == '-' || cp == '/' || cp == '\'' || cp == 0x2019 || cp == 0x2010 || cp == 0x2011;

    /// <summary>Case-folds ASCII and Latin-1 capitals only: a fixed rule, the same on every host.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static string Fold(string word)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char f = FoldChar(c);
            if (f != c)
            {
                sb ??= new StringBuilder(word, 0, i, word.Length);
                sb.Append(f);
            }
            else
            {
                sb?.Append(c);
            }
        }
        return sb?.ToString() ?? word;
    }

    /// <summary>The folded form of one character (<see cref="Fold"/>).</summary>
    public static char FoldChar(char c)
    {
        char f = (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7') ? (char)(c + 0x20) : c;
        return f == '\u2019' ? '\'' : f;
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static bool IsAllDigits(string text, TextRange range)
    {
        for (int i = range.Start; i < range.End; i++)
        {
            int cp = UnicodeData.CodePointAt(text, i, out int len);
            if (!UnicodeData.IsDecimalDigit(cp) && cp != '-' && cp != '/') return false;
            i += len - 1;
        }
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static bool HasWordCharacter(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            int cp = UnicodeData.CodePointAt(text, i, out int len);
            if (UnicodeData.IsWordCharacter(cp)) return true;
            i += len - 1;
        }
        return false;
    }
}

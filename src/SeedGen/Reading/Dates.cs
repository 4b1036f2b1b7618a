using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>
/// Publication dates as press releases and news sites write them: <c>28 APR 2021 7:51PM</c>,
/// <c>28 अप्रैल 2021</c>, <c>April 28, 2021 7:51 PM</c>, <c>2021-04-28T19:51+05:30</c>,
/// <c>28/04/2021</c> (day first, as in India). A zone written in the text wins (IST, UTC, GMT,
/// ±hh:mm); otherwise the caller's default offset applies.
/// </summary>
internal static class Dates
{
    private enum Kind { Number, Word, Other }

    /// <summary>A word (its text), a number (its value and how many digits, at most 9) or another character.</summary>
    private readonly record struct Token(Kind Kind, string? Word, int Value, int Digits, char Char)
    {
        public bool Is(char c) => Kind == Kind.Other && Char == c;
    }

    [System.ThreadStatic] private static List<Token>? t_tokens;

    public static PublishedDate? Parse(string s, int defaultOffsetMinutes)
    {
        var tokens = Tokenize(s);
        int year = 0, month = 0, day = 0, hour = 0, minute = 0;
        int? offset = null;
        bool haveTime = false;

        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Kind == Kind.Word)
            {
                int m = MonthOf(tok.Word!);
                if (m > 0 && month == 0) { month = m; continue; }
                string folded = Words.Fold(tok.Word!);
                if (folded is "ist") offset = 330;
                else if (folded is "utc" or "gmt" or "z") offset = offset ?? 0;
                continue;
            }
            if (tok.Kind != Kind.Number) continue;

            // hh:mm[:ss] [am|pm]
            if (!haveTime && t + 2 < tokens.Count && tokens[t + 1].Is(':') && tokens[t + 2].Kind == Kind.Number && tok.Value <= 24)
            {
                if (year == 0 && day == 0 && month == 0 && t > 0 && (tokens[t - 1].Is('+') || tokens[t - 1].Is('-')))
                    continue;
                hour = tok.Value;
                minute = tokens[t + 2].Value;
                haveTime = true;
                t += 2;
                if (t + 2 < tokens.Count && tokens[t + 1].Is(':') && tokens[t + 2].Kind == Kind.Number) t += 2;
                if (t + 1 < tokens.Count && tokens[t + 1].Kind == Kind.Word)
                {
                    string ampm = Words.Fold(tokens[t + 1].Word!);
                    if (ampm is "pm" or "p") { if (hour < 12) hour += 12; t++; }
                    else if (ampm is "am" or "a") { if (hour == 12) hour = 0; t++; }
                }
                // +05:30 right after the time
                if (t + 4 < tokens.Count && (tokens[t + 1].Is('+') || tokens[t + 1].Is('-')) && tokens[t + 2].Kind == Kind.Number
                    && tokens[t + 3].Is(':') && tokens[t + 4].Kind == Kind.Number)
                {
                    int sign = tokens[t + 1].Is('-') ? -1 : 1;
                    offset = sign * (tokens[t + 2].Value * 60 + tokens[t + 4].Value);
                    t += 4;
                }
                continue;
            }

            // yyyy-mm-dd or dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy
            if (t + 4 < tokens.Count && tokens[t + 2].Kind == Kind.Number && tokens[t + 4].Kind == Kind.Number
                && (tokens[t + 1].Is('-') || tokens[t + 1].Is('/') || tokens[t + 1].Is('.')) && tokens[t + 3].Is(tokens[t + 1].Char) && year == 0)
            {
                if (tok.Digits == 4) { year = tok.Value; month = tokens[t + 2].Value; day = tokens[t + 4].Value; }
                else if (tokens[t + 4].Digits == 4) { day = tok.Value; month = tokens[t + 2].Value; year = tokens[t + 4].Value; }
                t += 4;
                continue;
            }

            if (tok.Digits == 4 && year == 0) year = tok.Value;
            else if (tok.Digits <= 2 && day == 0 && tok.Value >= 1 && tok.Value <= 31) day = tok.Value;
        }

        if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysIn(year, month)
            || hour > 23 || minute > 59)
            return null;
        return new PublishedDate(year, month, day, hour, minute, offset ?? defaultOffsetMinutes);
    }

    private static int MonthOf(string word)
    {
        if (Lexicon.Months.TryGetValue(word, out var english))
            return System.Array.IndexOf(Lexicon.EnglishMonthOrder, english) + 1;
        string folded = Words.Fold(word);
        if (Lexicon.MonthAbbreviations.TryGetValue(folded, out int m)) return m;
        return Lexicon.FoldedMonthNames.TryGetValue(folded, out m) ? m : 0;
    }

    private static int DaysIn(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static List<Token> Tokenize(string s)
    {
        var tokens = t_tokens ??= new List<Token>();
        tokens.Clear();
        int i = 0;
        while (i < s.Length)
        {
            int cp = UnicodeData.CodePointAt(s, i, out int len);
            if (UnicodeData.IsDecimalDigit(cp))
            {
                int value = 0, digits = 0;
                while (i < s.Length)
                {
                    int c = UnicodeData.CodePointAt(s, i, out len);
                    int d = UnicodeData.DigitValue(c);
                    if (d < 0) break;
                    if (digits < 9) value = value * 10 + d;
                    digits++;
                    i += len;
                }
                tokens.Add(new Token(Kind.Number, null, value, digits > 9 ? 9 : digits, '\0'));
            }
            else if (UnicodeData.IsLetter(cp) || UnicodeData.IsMark(cp))
            {
                int start = i;
                while (i < s.Length)
                {
                    int c = UnicodeData.CodePointAt(s, i, out len);
                    if (!UnicodeData.IsLetter(c) && !UnicodeData.IsMark(c)) break;
                    i += len;
                }
                tokens.Add(new Token(Kind.Word, s.Substring(start, i - start), 0, 0, '\0'));
            }
            else
            {
                // Another character: compared by its first UTF-16 unit (only ASCII punctuation is ever asked for).
                if (!Sentences.IsSpace(s[i]) && s[i] != ',')
                    tokens.Add(new Token(Kind.Other, null, 0, 0, len == 1 ? s[i] : '\uFFFF'));
                i += len;
            }
        }
        return tokens;
    }
}

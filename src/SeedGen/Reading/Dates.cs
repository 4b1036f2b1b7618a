using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>
/// Publication dates as press releases and news sites write them: <c>28 APR 2021 7:51PM</c>,
/// <c>28 अप्रैल 2021</c>, <c>April 28, 2021 7:51 PM</c>, <c>2021-04-28T19:51+05:30</c>,
/// <c>28/04/2021</c> (day first, as in India), <c>Tue, 14 Mar 2023 09:05:00 +0530</c>. A zone
/// written in the text wins (a name such as IST, GMT, EST or CET, or ±hh:mm / ±hhmm, at most
/// ±14:00); otherwise the offset the caller knows from the source (PIB: +05:30), and when there is
/// none the date is local: its offset is unknown, never invented.
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

    /// <summary>Zone abbreviations and their UTC offsets in minutes.</summary>
    private static readonly Dictionary<string, int> Zones = new(System.StringComparer.Ordinal)
    {
        ["ist"] = 330, ["utc"] = 0, ["gmt"] = 0, ["z"] = 0, ["est"] = -300, ["edt"] = -240, ["cst"] = -360, ["cdt"] = -300,
        ["mst"] = -420, ["mdt"] = -360, ["pst"] = -480, ["pdt"] = -420, ["cet"] = 60, ["cest"] = 120, ["bst"] = 60, ["eet"] = 120, ["eest"] = 180, ["msk"] = 180, ["pkt"] = 300, ["npt"] = 345, ["jst"] = 540, ["kst"] = 540,
        ["sgt"] = 480, ["hkt"] = 480, ["aest"] = 600, ["aedt"] = 660, ["nzst"] = 720, ["nzdt"] = 780,
    };

    /// <summary>The largest UTC offset <see cref="System.DateTimeOffset"/> accepts, in minutes.</summary>
    private const int MaxOffset = 14 * 60;

    public static PublishedDate? Parse(string s, int? knownOffsetMinutes)
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
                if (haveTime && Zones.TryGetValue(Words.Fold(tok.Word!), out int zone) && (offset is null || zone != 0)) offset = zone;
                continue;
            }
            if (tok.Kind != Kind.Number) continue;

            // hh:mm[:ss] [am|pm]
            if (!haveTime && t + 2 < tokens.Count && tokens[t + 1].Is(':') && tokens[t + 2].Kind == Kind.Number && tok.Value <= 24)
            {
                if (year == 0 && day == 0 && month == 0 && t > 0 && (tokens[t - 1].Is('+') || tokens[t - 1].Is('-')))
                {
                    t += 2; // an offset before the date ("UTC+05:30 | 28 Apr 2021"): its minutes are no day either
                    continue;
                }
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
                // +05:30 or +0530 right after the time (or after a zone name: "GMT+5:30")
                int z = t + 1;
                if (z < tokens.Count && tokens[z].Kind == Kind.Word && Zones.ContainsKey(Words.Fold(tokens[z].Word!))) z++;
                if (z + 3 < tokens.Count && (tokens[z].Is('+') || tokens[z].Is('-')) && tokens[z + 1].Kind == Kind.Number
                    && tokens[z + 2].Is(':') && tokens[z + 3].Kind == Kind.Number)
                {
                    if (!TryOffset(tokens[z].Is('-'), tokens[z + 1].Value, tokens[z + 3].Value, tokens[z + 1].Digits, out int o)) return null;
                    offset = o;
                    t = z + 3;
                }
                else if (z + 1 < tokens.Count && (tokens[z].Is('+') || tokens[z].Is('-')) && tokens[z + 1].Kind == Kind.Number
                         && tokens[z + 1].Digits == 4)
                {
                    if (!TryOffset(tokens[z].Is('-'), tokens[z + 1].Value / 100, tokens[z + 1].Value % 100, 2, out int o)) return null;
                    offset = o;
                    t = z + 1;
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
        if ((offset ?? knownOffsetMinutes) is { } known)
        {
            // A DateTimeOffset's UTC time must fall within years 1-9999: "31 DEC 9999 11:00 PM EST" is no date.
            int minutes = hour * 60 + minute - known;
            if (year == 9999 && month == 12 && day == 31 && minutes >= 24 * 60) return null;
            return new PublishedDate(year, month, day, hour, minute, known);
        }
        return PublishedDate.Local(year, month, day, hour, minute);
    }

    /// <summary>A written offset: hours and minutes of two digits, minutes below 60, at most ±14:00.</summary>
    private static bool TryOffset(bool negative, int hours, int minutes, int hourDigits, out int offset)
    {
        offset = (negative ? -1 : 1) * (hours * 60 + minutes);
        return hourDigits <= 2 && minutes < 60 && hours * 60 + minutes <= MaxOffset;
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

using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using SeedGen.Reading;

namespace SeedGen.Cli;

/// <summary>
/// How many terminal columns text takes, as terminals built on the C library's <c>wcwidth</c>
/// count them (xterm, VTE, tmux): combining marks without spacing (Mn, Me), format characters
/// and controls take none, East Asian wide and fullwidth characters two, everything else —
/// including Devanagari spacing vowel signs (Mc) — one. From SeedGen's own Unicode table.
/// </summary>
internal static class TerminalWidth
{
    public static int Of(string s)
    {
        int width = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = UnicodeData.CodePointAt(s, i, out int len);
            i += len - 1;
            width += OfCodePoint(cp);
        }
        return width;
    }

    public static int OfCodePoint(int cp)
    {
        var c = UnicodeData.GetCategory(cp);
        if (c is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
            return 0;
        if (cp >= 0x1160 && cp <= 0x11FF) return 0; // Hangul medial vowels and final consonants join the syllable
        return IsWide(cp) ? 2 : 1;
    }

    private static bool IsWide(int cp) =>
        (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

/// <summary>
/// A two-column table (readout, value) drawn with box characters and padded by terminal columns,
/// not string length, so Devanagari rows line up. Long values wrap at spaces.
/// (Spectre.Console, used for the commands and the progress bar, measures Devanagari vowel signs
/// as zero columns where these terminals draw one, so its tables do not line up there.)
/// </summary>
internal sealed class TextTable
{
    private readonly string _title;
    private readonly List<(string Name, string Value)> _rows = new();

    public TextTable(string title) => _title = title;

    public void Add(string name, string? value) => _rows.Add((name, Clean(value ?? "—")));

    public void Render(TextWriter w, int maxWidth = 120)
    {
        int nameWidth = TerminalWidth.Of("readout");
        int valueWidth = TerminalWidth.Of("value");
        foreach (var (name, value) in _rows)
        {
            nameWidth = System.Math.Max(nameWidth, TerminalWidth.Of(name));
            valueWidth = System.Math.Max(valueWidth, TerminalWidth.Of(value));
        }
        valueWidth = System.Math.Max(10, System.Math.Min(valueWidth, maxWidth - nameWidth - 7));

        string title = " " + _title + " ";
        int top = nameWidth + valueWidth + 5;
        int titleWidth = TerminalWidth.Of(title);
        w.WriteLine("╭─" + (titleWidth <= top - 1 ? title + new string('─', top - 1 - titleWidth) : new string('─', top - 1)) + "╮");
        Row(w, "readout", "value", nameWidth, valueWidth);
        w.WriteLine("├" + new string('─', nameWidth + 2) + "┼" + new string('─', valueWidth + 2) + "┤");
        foreach (var (name, value) in _rows)
        {
            var lines = Wrap(value, valueWidth);
            for (int i = 0; i < lines.Count; i++) Row(w, i == 0 ? name : "", lines[i], nameWidth, valueWidth);
        }
        w.WriteLine("╰" + new string('─', nameWidth + 2) + "┴" + new string('─', valueWidth + 2) + "╯");
    }

    private static void Row(TextWriter w, string name, string value, int nameWidth, int valueWidth) =>
        w.WriteLine("│ " + Pad(name, nameWidth) + " │ " + Pad(value, valueWidth) + " │");

    private static string Pad(string s, int width) => s + new string(' ', System.Math.Max(0, width - TerminalWidth.Of(s)));

    /// <summary>Controls and line breaks would break the table: show them as spaces.</summary>
    private static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            sb.Append(c < ' ' || c is '\u0085' or '\u2028' or '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') ? ' ' : c);
        return sb.ToString();
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        int lineWidth = 0;
        foreach (var word in text.Split(' '))
        {
            int ww = TerminalWidth.Of(word);
            if (lineWidth > 0 && lineWidth + 1 + ww > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }
            string rest = word;
            while (TerminalWidth.Of(rest) > width) // a word longer than the column: cut between code points, never before a mark
            {
                int cut = 0, used = 0;
                while (cut < rest.Length)
                {
                    int cp = UnicodeData.CodePointAt(rest, cut, out int len);
                    int cw = TerminalWidth.OfCodePoint(cp);
                    if (used + cw > width && cut > 0 && cw > 0 && !UnicodeData.IsMark(cp)) break;
                    used += cw;
                    cut += len;
                }
                if (line.Length > 0) { lines.Add(line.ToString()); line.Clear(); lineWidth = 0; }
                lines.Add(rest.Substring(0, cut));
                rest = rest.Substring(cut);
            }
            if (lineWidth > 0) { line.Append(' '); lineWidth++; }
            line.Append(rest);
            lineWidth += TerminalWidth.Of(rest);
        }
        lines.Add(line.ToString());
        return lines;
    }
}

using System.Globalization;
using System.Text;

namespace SeedGen.Emitting;

/// <summary>
/// Seed text is untrusted input to a code generator. These escapers decide with a fixed
/// allow-list, never with the host's Unicode tables (<c>SymbolDisplay.FormatLiteral</c> leaves
/// bidi controls raw and differs between hosts): printable ASCII, the letters of Latin-1, the
/// Indic blocks (U+0900–0DFF), and the visible characters (letters, marks, digits, punctuation,
/// symbols) of the Hebrew and Arabic blocks are written as they are; everything else — controls,
/// format characters (bidi controls, ZWJ, the Arabic number signs and letter mark inside those
/// blocks), line and paragraph separators, NEL, surrogates, unassigned code points, other
/// scripts — is a <c>\uXXXX</c> / <c>\UXXXXXXXX</c> escape in literals and a character reference
/// (or nothing) in XML doc comments.
/// </summary>
internal static class CSharpText
{
    /// <summary>Per BMP character: <see cref="IsRawSafe"/>, decided once.</summary>
    private static class Raw
    {
        /// <summary>
        /// The right-to-left blocks whose visible characters are written raw: Hebrew (U+0590–05FF),
        /// Arabic (U+0600–06FF), Arabic Supplement (U+0750–077F), Arabic Extended-A (U+08A0–08FF),
        /// Arabic Presentation Forms-A (U+FB50–FDFF) and -B (U+FE70–FEFE; U+FEFF, the BOM, is not in it).
        /// Inclusive pairs.
        /// </summary>
        private static readonly char[] RightToLeftBlocks =
        {
            '\u0590', '\u05FF', '\u0600', '\u06FF', '\u0750', '\u077F', '\u08A0', '\u08FF', '\uFB50', '\uFDFF', '\uFE70', '\uFEFE',
        };

        public static readonly bool[] Table = Build();

        private static bool[] Build()
        {
            var table = new bool[0x10000];
            for (int c = 0; c < table.Length; c++) table[c] = Decide((char)c);
            return table;
        }

        private static bool Decide(char c) =>
            (c >= 0x20 && c <= 0x7E) || (c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7') || (c >= '\u0900' && c <= '\u0DFF')
            || (InRightToLeftBlock(c) && IsVisible(Reading.UnicodeData.GetCategory(c)));

        private static bool InRightToLeftBlock(char c)
        {
            for (int i = 0; i < RightToLeftBlocks.Length; i += 2)
                if (c >= RightToLeftBlocks[i] && c <= RightToLeftBlocks[i + 1]) return true;
            return false;
        }

        /// <summary>
        /// Letters, marks, numbers, punctuation and symbols, by SeedGen's own Unicode table: never a format
        /// character (U+0600–0605, U+061C ARABIC LETTER MARK, U+06DD, U+08E2 …), a control, a space, a
        /// private-use or unassigned code point (what a later Unicode version may make a format character).
        /// </summary>
        private static bool IsVisible(UnicodeCategory category) => category switch
        {
            UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }

    /// <summary>Whether a character is written as it is, in a literal (but for '"' and '\\') and in a doc comment.</summary>
    public static bool IsRawSafe(char c) => Raw.Table[c];

    /// <summary>Per BMP character: written as it is inside a string literal (<see cref="IsRawSafe"/>, but not '"' or '\\').</summary>
    private static class RawInLiteral
    {
        public static readonly bool[] Table = Build();

        private static bool[] Build()
        {
            var table = (bool[])Raw.Table.Clone();
            table['"'] = false;
            table['\\'] = false;
            return table;
        }
    }

    public static void AppendLiteral(StringBuilder sb, string s, int start, int length, System.Threading.CancellationToken cancellationToken = default)
    {
        sb.Append('"');
        AppendLiteralContent(sb, s, start, length, cancellationToken);
        sb.Append('"');
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static void AppendLiteralContent(StringBuilder sb, string s, int start, int length, System.Threading.CancellationToken cancellationToken = default)
    {
        int end = start + length;
        int run = start; // characters [run, i) are written as they are, in one append
        var raw = RawInLiteral.Table;
        for (int i = start; i < end; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = s[i];
            if (raw[c])
                continue;
            if (i > run) sb.Append(s, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\0': sb.Append("\\0"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(s[i + 1]))
            {
                AppendHex(sb.Append("\\U"), char.ConvertToUtf32(c, s[i + 1]), 8);
                i++;
                run = i + 1;
            }
            else
            {
                AppendHex(sb.Append("\\u"), c, 4);
            }
        }
        if (end > run) sb.Append(s, run, end - run);
    }

    /// <summary>The decimal digits of <paramref name="value"/>, invariant ('-' for a negative), with no temporary string.</summary>
    public static StringBuilder AppendInt(StringBuilder sb, long value)
    {
        if (value < 0)
        {
            sb.Append('-');
            if (value == long.MinValue) return sb.Append("9223372036854775808");
            value = -value;
        }
        long divisor = 1;
        while (value / divisor >= 10) divisor *= 10;
        for (; divisor > 0; divisor /= 10) sb.Append((char)('0' + value / divisor % 10));
        return sb;
    }

    /// <summary>
    /// Appends a literal's content made of several strings with a line break (<c>\n</c>) between two:
    /// the separator unless <paramref name="first"/>, which it then clears.
    /// </summary>
    public static void AppendLiteralLine(StringBuilder sb, ref bool first, string s, int start, int length)
    {
        if (!first) sb.Append("\\n");
        first = false;
        AppendLiteralContent(sb, s, start, length);
    }

    /// <summary>Upper-case hex digits of <paramref name="value"/>, zero-padded to <paramref name="digits"/> (no temporary string).</summary>
    private static StringBuilder AppendHex(StringBuilder sb, int value, int digits)
    {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
            sb.Append("0123456789ABCDEF"[(value >> shift) & 0xF]);
        return sb;
    }

    /// <summary>
    /// Appends <c>s.Substring(start, length)</c> as text for an XML doc comment on one line: markup
    /// escaped, line breaks and separators made spaces, format characters dropped, characters XML
    /// forbids dropped, the rest outside the allow-list as character references; cut to
    /// <paramref name="max"/> characters.
    /// </summary>
    public static void AppendDocText(StringBuilder sb, string s, int start, int length, int max = 120)
    {
        int end = start + length;
        int taken = 0;
        for (int i = start; i < end && taken < max; i++, taken++)
        {
            char c = s[i];
            if (c == '&') sb.Append("&amp;");
            else if (c == '<') sb.Append("&lt;");
            else if (c == '>') sb.Append("&gt;");
            else if (c is '\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029') sb.Append(' ');
            else if (IsRawSafe(c)) sb.Append(c);
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (!Reading.UnicodeData.IsFormat(cp))
                    sb.Append("&#x").Append(cp.ToString("X", CultureInfo.InvariantCulture)).Append(';');
                i++;
            }
            else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || c >= '\uFFFE' || Reading.UnicodeData.IsFormat(c))
            {
                // Controls, lone surrogates, non-characters and format characters (bidi, ZWJ) are dropped.
            }
            else AppendHex(sb.Append("&#x"), c, 4).Append(';');
        }
        if (taken == max && length > max) sb.Append(" …");
    }
}

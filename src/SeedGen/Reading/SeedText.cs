using System.Text;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// The text of a seed as every readout sees it: LF line ends, no lone surrogates (each becomes
/// U+FFFD, exactly as encoding it to UTF-8 would), so that the UTF-8 bytes the generated code
/// carries decode back to this very string and ranges into it stay valid. The BOM is the
/// decoder's to drop (the compiler's, or <see cref="Decode"/>'s): a U+FEFF still at the start is
/// a second one, and is kept as text (SEED015 reports it).
/// </summary>
internal static class SeedText
{
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static string Normalize(string text, CancellationToken cancellationToken = default)
    {
        const int start = 0;
        // Most texts have nothing to change: find the first CR or surrogate with one test per character.
        int first = start;
        for (; first < text.Length; first++)
        {
            if ((first & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char f = text[first];
            if (f == '\r' || (uint)(f - 0xD800) < 0x800u) break;
        }
        if (first == text.Length) return text;
        StringBuilder? sb = null;
        for (int i = first; i < text.Length; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[i];
            string? replacement = null;
            int skip = 0;
            if (c == '\r')
            {
                replacement = "\n";
                if (i + 1 < text.Length && text[i + 1] == '\n') skip = 1;
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            }
            else if (char.IsLowSurrogate(c))
            {
                replacement = "\uFFFD";
            }

            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text.Length).Append(text, start, i - start);
            sb.Append(replacement);
            i += skip;
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>How many characters from the start <see cref="WideEncoding"/> looks at.</summary>
    public const int WideEncodingSample = 4096;

    /// <summary>
    /// "UTF-16 LE", "UTF-16 BE", "UTF-32 LE" or "UTF-32 BE" when <paramref name="text"/> is UTF-16 or
    /// UTF-32 without a BOM that was decoded as UTF-8, else null. Such text has NULs that text never
    /// has: in its first <see cref="WideEncodingSample"/> characters, at least 8 and one in 20 (the
    /// zero bytes of ASCII characters, spaces and line ends, even in Indic text). UTF-16's are at odd
    /// (LE) or even (BE) positions, 9 in 10 of them at least; UTF-32's come in pairs or triples, at
    /// both, and make a third of the characters at least. A stray NUL or two in a UTF-8 text is none
    /// of these (it stays text, escaped in the code).
    /// </summary>
    public static string? WideEncoding(string text, out int nuls, out int sampled)
    {
        sampled = System.Math.Min(text.Length, WideEncodingSample);
        int odd = 0, even = 0;
        for (int i = 0; i < sampled; i++)
            if (text[i] == '\0') { if ((i & 1) == 0) even++; else odd++; }
        nuls = odd + even;
        if (nuls < 8 || nuls * 20 < sampled) return null;
        if (odd * 10 >= nuls * 9) return "UTF-16 LE";
        if (even * 10 >= nuls * 9) return "UTF-16 BE";
        if (nuls * 3 >= sampled) return text[0] == '\0' ? "UTF-32 BE" : "UTF-32 LE";
        return null;
    }

    /// <summary>
    /// Decodes seed bytes the way the compiler hands AdditionalFiles to a generator: a UTF-16/UTF-8
    /// BOM picks the encoding, anything else is UTF-8 with U+FFFD for each invalid sequence.
    /// <paramref name="firstInvalidByte"/> is the offset of the first byte that was not valid UTF-8, or -1.
    /// </summary>
    public static string Decode(byte[] bytes, out int firstInvalidByte)
    {
        firstInvalidByte = -1;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        int offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        firstInvalidByte = FindInvalidUtf8(bytes, offset);
        return new UTF8Encoding(false, false).GetString(bytes, offset, bytes.Length - offset);
    }

    /// <summary>The offset of the first byte that starts no valid UTF-8 sequence, or -1.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public static int FindInvalidUtf8(byte[] b, int offset)
    {
        int i = offset;
        while (i < b.Length)
        {
            byte c = b[i];
            if (c < 0x80) { i++; continue; }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) { need = 1; min = 0x80; }
            else if (c >= 0xE0 && c <= 0xEF) { need = 2; min = 0x800; }
            else if (c >= 0xF0 && c <= 0xF4) { need = 3; min = 0x10000; }
            else return i;
            if (i + need >= b.Length) return i;
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++)
            {
                byte t = b[i + k];
                if ((t & 0xC0) != 0x80) return i;
                cp = (cp << 6) | (t & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
            i += need + 1;
        }
        return -1;
    }

    /// <summary>
    /// The readout string of a range. A range that spans lines (a paragraph joined from wrapped
    /// lines) reads each line break, with the blanks around it, as one space. The generated
    /// <c>SeedDocument</c> carries the same rule.
    /// </summary>
    public static string Slice(string text, int start, int length)
    {
        if (text.IndexOf('\n', start, length) < 0)
            return text.Substring(start, length);
        var sb = new StringBuilder(length);
        int end = start + length;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c != '\n')
            {
                sb.Append(c);
                continue;
            }
            while (sb.Length > 0 && IsBlank(sb[sb.Length - 1])) sb.Length--;
            while (i + 1 < end && IsBlank(text[i + 1])) i++;
            sb.Append(' ');
        }
        return sb.ToString();
    }

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\u00A0';
}

using System.Collections.Generic;
using System.Text;

namespace SeedGen.Naming;

/// <summary>
/// Canonical composition (NFC) of names, with our own fixed mapping instead of
/// <c>string.Normalize</c>, which does nothing under invariant globalization and depends on
/// the host's Unicode tables. It covers what seed names are written in: the nukta letters
/// and split vowels of the Indic scripts (where NFC decomposes the composition exclusions
/// U+0958–095F, U+09DC–09DF, U+0A33/0A36/0A59–0A5E, U+0B5C/0B5D and composes the rest) and the
/// Latin-1 letters with accents.
/// </summary>
internal static class Compose
{
    // Exclusions: NFC writes these as base + nukta.
    private static readonly Dictionary<char, string> Decompositions = new()
    {
        ['\u0958'] = "\u0915\u093C", ['\u0959'] = "\u0916\u093C", ['\u095A'] = "\u0917\u093C", ['\u095B'] = "\u091C\u093C",
        ['\u095C'] = "\u0921\u093C", ['\u095D'] = "\u0922\u093C", ['\u095E'] = "\u092B\u093C", ['\u095F'] = "\u092F\u093C",
        ['\u09DC'] = "\u09A1\u09BC", ['\u09DD'] = "\u09A2\u09BC", ['\u09DF'] = "\u09AF\u09BC",
        ['\u0A33'] = "\u0A32\u0A3C", ['\u0A36'] = "\u0A38\u0A3C", ['\u0A59'] = "\u0A16\u0A3C", ['\u0A5A'] = "\u0A17\u0A3C",
        ['\u0A5B'] = "\u0A1C\u0A3C", ['\u0A5E'] = "\u0A2B\u0A3C",
        ['\u0B5C'] = "\u0B21\u0B3C", ['\u0B5D'] = "\u0B22\u0B3C",
    };

    // Pairs NFC composes: (first, second) -> composite.
    private static readonly Dictionary<(char, char), char> Compositions = BuildCompositions();

    private static Dictionary<(char, char), char> BuildCompositions()
    {
        var map = new Dictionary<(char, char), char>
        {
            [('\u0928', '\u093C')] = '\u0929', [('\u0930', '\u093C')] = '\u0931', [('\u0933', '\u093C')] = '\u0934',
            [('\u09C7', '\u09BE')] = '\u09CB', [('\u09C7', '\u09D7')] = '\u09CC',
            [('\u0B47', '\u0B56')] = '\u0B48', [('\u0B47', '\u0B3E')] = '\u0B4B', [('\u0B47', '\u0B57')] = '\u0B4C',
            [('\u0B92', '\u0BD7')] = '\u0B94', [('\u0BC6', '\u0BBE')] = '\u0BCA', [('\u0BC7', '\u0BBE')] = '\u0BCB',
            [('\u0BC6', '\u0BD7')] = '\u0BCC',
        };
        // Latin-1: base letter + grave, acute, circumflex, tilde, diaeresis, ring, cedilla.
        const string upper = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ";
        const string bases = "AAAAAACEEEEIIIINOOOOOUUUUY";
        const string marks = "\u0300\u0301\u0302\u0303\u0308\u030A\u0327\u0300\u0301\u0302\u0308\u0300\u0301\u0302\u0308\u0303\u0300\u0301\u0302\u0303\u0308\u0300\u0301\u0302\u0308\u0301";
        for (int i = 0; i < upper.Length; i++)
        {
            map[(bases[i], marks[i])] = upper[i];
            map[((char)(bases[i] + 0x20), marks[i])] = (char)(upper[i] + 0x20);
        }
        map[('y', '\u0308')] = '\u00FF';
        return map;
    }

    public static string Nfc(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            if (Decompositions.TryGetValue(s[i], out var d))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length + 4);
                sb.Append(d);
            }
            else if (i + 1 < s.Length && Compositions.TryGetValue((s[i], s[i + 1]), out char c))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length);
                sb.Append(c);
                i++;
            }
            else
            {
                sb?.Append(s[i]);
            }
        }
        return sb?.ToString() ?? s;
    }
}

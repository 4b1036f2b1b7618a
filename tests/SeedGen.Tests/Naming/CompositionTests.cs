using System.Globalization;
using System.Linq;
using System.Text;
using SeedGen.Naming;

namespace SeedGen.Tests.Naming;

/// <summary>
/// Our NFC against the host's (ICU) over every character of the scripts it covers and every mark
/// after it: Devanagari to Tamil (U+0900–0BFF), and the Latin letters with the accents of Latin-1.
/// </summary>
public class CompositionTests : IClassFixture<SkipReasons>
{
    private readonly SkipReasons _skip;

    public CompositionTests(SkipReasons skip) => _skip = skip;

    private static bool HostHasNfc => "\u0958".Normalize(NormalizationForm.FormC) != "\u0958";

    [SkippableFact]
    public void Every_Indic_character_alone_and_before_every_mark_composes_as_the_host_does()
    {
        _skip.If(!HostHasNfc, "the host has no NFC tables (invariant globalization)");
        var chars = Enumerable.Range(0x0900, 0x0C00 - 0x0900).Select(c => (char)c).ToArray();
        var marks = chars.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark).ToArray();
        int composed = 0, decomposed = 0;
        foreach (char c in chars)
        {
            string alone = "x" + c + "y";
            string host = alone.Normalize(NormalizationForm.FormC);
            if (host != alone) decomposed++;
            Assert.Equal(host, Compose.Nfc(alone));
            foreach (char m in marks)
            {
                string pair = "x" + c + m + "y";
                string expected = pair.Normalize(NormalizationForm.FormC);
                if (expected.Length < pair.Length) composed++;
                else if (expected != pair && host == alone) continue; // canonical reordering of marks (virama, nukta): not composition, out of scope
                if (expected != Compose.Nfc(pair)) Assert.Fail($"U+{(int)c:X4} U+{(int)m:X4}: expected {Hex(expected)}, got {Hex(Compose.Nfc(pair))}");
            }
        }
        // The tables' sizes: 19 composition exclusions, 12 pairs that compose (each a composition, some also after a decomposed letter).
        Assert.Equal(19, decomposed);
        Assert.True(composed >= 12, composed.ToString(CultureInfo.InvariantCulture));
    }

    [SkippableFact]
    public void Every_Latin_letter_before_every_accent_of_Latin_1_composes_as_the_host_does_where_the_result_is_Latin_1()
    {
        _skip.If(!HostHasNfc, "the host has no NFC tables (invariant globalization)");
        string[] accents = { "\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u030A", "\u0327" };
        int composed = 0;
        for (char c = 'A'; c <= 'z'; c++)
        {
            if (!char.IsLetter(c)) continue;
            foreach (var a in accents)
            {
                string pair = "<" + c + a + ">";
                string host = pair.Normalize(NormalizationForm.FormC);
                if (host.Length == pair.Length || host[1] > '\u00FF') { Assert.Equal(pair, Compose.Nfc(pair)); continue; } // beyond Latin-1: left as it is
                composed++;
                Assert.Equal(host, Compose.Nfc(pair));
            }
        }
        Assert.Equal(2 * 26 + 1, composed); // À…Ý, à…ý and ÿ
    }

    [Fact]
    public void Text_with_nothing_to_compose_is_returned_as_it_is()
    {
        const string s = "plain नमस्ते";
        Assert.Same(s, Compose.Nfc(s));
        Assert.Equal("", Compose.Nfc(""));
        Assert.Equal("\u0915\u093C\u0915\u093C", Compose.Nfc("\u0958\u0958"));
        Assert.Equal("\u00E9\u0301", Compose.Nfc("e\u0301\u0301")); // one mark composes, the next stays
        Assert.Equal("e", Compose.Nfc("e"));
        Assert.Equal("\u0301", Compose.Nfc("\u0301"));
    }

    private static string Hex(string s) => string.Join(" ", s.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}

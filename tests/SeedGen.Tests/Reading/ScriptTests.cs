using System.Threading;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>The dominant script: a letter of each block counts for its script, ties go by name, and what counts at all.</summary>
public class ScriptTests
{
    private static string Dominant(string text) => ContentReadouts.DominantScript(text, CancellationToken.None);

    [Theory]
    // One letter (or mark) of each block, by its Unicode name.
    [InlineData(0x0041, "Latin")]      // A
    [InlineData(0x0259, "Latin")]      // ə LATIN SMALL LETTER SCHWA (IPA Extensions)
    [InlineData(0x03A9, "Greek")]      // Ω
    [InlineData(0x0416, "Cyrillic")]   // Ж
    [InlineData(0x0531, "Armenian")]   // Ա
    [InlineData(0x05D0, "Hebrew")]     // א
    [InlineData(0x0628, "Arabic")]     // ب
    [InlineData(0x0710, "Syriac")]     // ܐ
    [InlineData(0x0750, "Arabic")]     // ݐ ARABIC LETTER BEH WITH THREE DOTS HORIZONTALLY BELOW (Arabic Supplement)
    [InlineData(0x0780, "Thaana")]     // ހ
    [InlineData(0x08A0, "Arabic")]     // ࢠ ARABIC LETTER BEH WITH SMALL V BELOW (Arabic Extended-A)
    [InlineData(0x0915, "Devanagari")] // क
    [InlineData(0x0995, "Bengali")]    // ক
    [InlineData(0x0A15, "Gurmukhi")]   // ਕ
    [InlineData(0x0A95, "Gujarati")]   // ક
    [InlineData(0x0B15, "Oriya")]      // କ
    [InlineData(0x0B95, "Tamil")]      // க
    [InlineData(0x0C15, "Telugu")]     // క
    [InlineData(0x0C95, "Kannada")]    // ಕ
    [InlineData(0x0D15, "Malayalam")]  // ക
    [InlineData(0x0D9A, "Sinhala")]    // ක
    [InlineData(0x0E01, "Thai")]       // ก
    [InlineData(0x0E81, "Lao")]        // ກ
    [InlineData(0x0F40, "Tibetan")]    // ཀ
    [InlineData(0x1000, "Myanmar")]    // က
    [InlineData(0x10D0, "Georgian")]   // ა
    [InlineData(0x1100, "Hangul")]     // ᄀ HANGUL CHOSEONG KIYEOK (Jamo)
    [InlineData(0x1200, "Ethiopic")]   // ሀ
    [InlineData(0x1780, "Khmer")]      // ក
    [InlineData(0x1C80, "Cyrillic")]   // ᲀ CYRILLIC SMALL LETTER ROUNDED VE (Cyrillic Extended-C)
    [InlineData(0x1CD0, "Devanagari")] // VEDIC TONE KARSHANA (Vedic Extensions, a mark)
    [InlineData(0x1D00, "Latin")]      // ᴀ LATIN LETTER SMALL CAPITAL A (Phonetic Extensions)
    [InlineData(0x1E00, "Latin")]      // Ḁ
    [InlineData(0x1F00, "Greek")]      // ἀ
    [InlineData(0x2C60, "Latin")]      // Ⱡ LATIN CAPITAL LETTER L WITH DOUBLE BAR (Latin Extended-C)
    [InlineData(0x2D00, "Georgian")]   // ⴀ GEORGIAN SMALL LETTER AN (Georgian Supplement)
    [InlineData(0x2DE0, "Cyrillic")]   // COMBINING CYRILLIC LETTER BE (Cyrillic Extended-A, a mark)
    [InlineData(0x3042, "Hiragana")]   // あ
    [InlineData(0x30A2, "Katakana")]   // ア
    [InlineData(0x3131, "Hangul")]     // ㄱ HANGUL LETTER KIYEOK (Compatibility Jamo)
    [InlineData(0x3400, "Han")]        // 㐀 (Extension A)
    [InlineData(0x4E2D, "Han")]        // 中
    [InlineData(0xA640, "Cyrillic")]   // Ꙁ CYRILLIC CAPITAL LETTER ZEMLYA (Cyrillic Extended-B)
    [InlineData(0xA722, "Latin")]      // Ꜣ LATIN CAPITAL LETTER EGYPTOLOGICAL ALEF (Latin Extended-D)
    [InlineData(0xA8F2, "Devanagari")] // ꣲ DEVANAGARI SIGN SPACING CANDRABINDU (Devanagari Extended)
    [InlineData(0xAB30, "Latin")]      // ꬰ LATIN SMALL LETTER BARRED ALPHA (Latin Extended-E)
    [InlineData(0xD55C, "Hangul")]     // 한
    [InlineData(0xF900, "Han")]        // 豈 (CJK Compatibility Ideographs)
    [InlineData(0xFB01, "Latin")]      // ﬁ
    [InlineData(0xFB1D, "Hebrew")]     // יִ HEBREW LETTER YOD WITH HIRIQ
    [InlineData(0xFB50, "Arabic")]     // ﭐ ARABIC LETTER ALEF WASLA ISOLATED FORM
    [InlineData(0xFE80, "Arabic")]     // ﺀ ARABIC LETTER HAMZA ISOLATED FORM (Presentation Forms-B)
    [InlineData(0xFF21, "Latin")]      // Ａ FULLWIDTH LATIN CAPITAL LETTER A
    [InlineData(0xFF66, "Katakana")]   // ｦ HALFWIDTH KATAKANA LETTER WO
    [InlineData(0xFFA1, "Hangul")]     // ﾡ HALFWIDTH HANGUL LETTER KIYEOK
    [InlineData(0x20000, "Han")]       // 𠀀 (Extension B, beyond the BMP)
    // The last letters of some blocks, and an enclosing mark.
    [InlineData(0x024F, "Latin")]      // ɏ
    [InlineData(0x052F, "Cyrillic")]   // ԯ
    [InlineData(0x0488, "Cyrillic")]   // COMBINING CYRILLIC HUNDRED THOUSANDS SIGN (Me)
    [InlineData(0x9FFF, "Han")]
    [InlineData(0xD7A3, "Hangul")]     // 힣, the last syllable
    [InlineData(0x3134A, "Han")]       // the last ideograph of Extension G
    public void A_letter_of_each_block_counts_for_its_script(int codePoint, string script)
    {
        string letter = char.ConvertFromUtf32(codePoint);
        Assert.Equal(script, Dominant(letter));
        // It outweighs two of anything else's, and loses to three: each letter counts once.
        string other = script == "Latin" ? "ж" : "x";
        Assert.Equal(script, Dominant(letter + letter + letter + other + other));
        Assert.NotEqual(script, Dominant(letter + other + other + other));
    }

    [Theory]
    // Letters of no block are "Other"; digits, punctuation, spaces and symbols count for nothing.
    [InlineData("\u16A0\u16A1", "Other")]        // ᚠᚡ Runic
    [InlineData("\u16A0 abc", "Latin")]
    [InlineData("\u16A0\u16A1\u16A2 abc", "Latin")]  // three to three: "Latin" sorts before "Other"
    [InlineData("\u16A0\u16A1\u16A2\u16A3 abc", "Other")]
    [InlineData("123 456 ... !!! \u20B9 \u0966\u0967", "")] // ASCII and Devanagari digits, the rupee sign
    [InlineData("", "")]
    // Ties go to the name that sorts first, ordinally.
    [InlineData("ab\u0915\u0916", "Devanagari")]
    [InlineData("\u0915\u0916ab", "Devanagari")]
    [InlineData("\u0995\u0915", "Bengali")]
    // A mark counts for its script: a Devanagari consonant with three vowel signs outweighs three Latin letters.
    [InlineData("\u0915\u093E\u093F\u0940 abc", "Devanagari")]
    // A lone surrogate is no letter; a pair is one.
    [InlineData("\U00010000\U00010001", "Other")] // Linear B, the first letters past the BMP
    [InlineData("\U000E0100\U000E0101", "Other")] // variation selectors (marks) past every block
    [InlineData("<D840> a", "Latin")]
    [InlineData("\uD840\uDC00\uD840\uDC01 a", "Han")]
    public void What_counts_and_how_ties_go(string text, string script) => Assert.Equal(script, Dominant(Readable.Halves(text)));

    [Theory]
    [InlineData("Devanagari", true)]
    [InlineData("Bengali", true)]
    [InlineData("Gurmukhi", true)]
    [InlineData("Gujarati", true)]
    [InlineData("Oriya", true)]
    [InlineData("Tamil", true)]
    [InlineData("Telugu", true)]
    [InlineData("Kannada", true)]
    [InlineData("Malayalam", true)]
    [InlineData("Sinhala", false)] // Sri Lanka
    [InlineData("Arabic", false)]  // Urdu is written in it, and so is much that is not from India
    [InlineData("Latin", false)]
    [InlineData("Other", false)]
    [InlineData("", false)]
    public void Indian_scripts_are_those_of_India(string script, bool indic) => Assert.Equal(indic, Scripts.IsIndic(script));
}

using System.Globalization;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>Our frozen Unicode table agrees with the categories of the .NET 10 runtime it was taken from.</summary>
public class UnicodeTableTests
{
    [Fact]
    public void The_table_matches_the_runtime_for_every_code_point()
    {
        Assert.Equal("16.0", UnicodeData.UnicodeVersion);
        // U+1C89 (CYRILLIC CAPITAL LETTER TJE) is new in Unicode 16.0: the host must know it for the comparison to mean anything.
        Assert.Equal(UnicodeCategory.UppercaseLetter, CharUnicodeInfo.GetUnicodeCategory(0x1C89));
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            var expected = cp is >= 0xD800 and <= 0xDFFF ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(cp);
            if (UnicodeData.GetCategory(cp) != expected)
                Assert.Fail($"U+{cp:X4}: table {UnicodeData.GetCategory(cp)}, runtime {expected}");
        }
    }

    [Theory]
    [InlineData(0x093E, true)]  // ा DEVANAGARI VOWEL SIGN AA (Mc) — regex \w misses it
    [InlineData(0x093F, true)]  // ि
    [InlineData(0x094D, true)]  // ् virama (Mn)
    [InlineData(0x093C, true)]  // ़ nukta (Mn)
    [InlineData(0x0903, true)]  // ः visarga (Mc)
    [InlineData(0x0964, false)] // । danda
    [InlineData(0x200D, false)] // ZWJ
    public void Devanagari_marks_are_word_characters(int cp, bool word) => Assert.Equal(word, UnicodeData.IsWordCharacter(cp));

    [Theory]
    [InlineData('७', 7)]
    [InlineData('৩', 3)]
    [InlineData('٩', 9)]
    [InlineData(0x1D7D8, 0)] // MATHEMATICAL DOUBLE-STRUCK DIGIT ZERO, second block of a run of fifty
    [InlineData('a', -1)]
    public void Digit_values_in_any_script(int cp, int value) => Assert.Equal(value, UnicodeData.DigitValue(cp));

    [Fact]
    public void White_space_is_what_the_runtime_calls_white_space()
    {
        for (int cp = 0; cp < 0x10000; cp++)
            if (UnicodeData.IsWhiteSpace(cp) != char.IsWhiteSpace((char)cp))
                Assert.Fail($"U+{cp:X4}: ours {UnicodeData.IsWhiteSpace(cp)}, runtime {char.IsWhiteSpace((char)cp)}");
        Assert.False(UnicodeData.IsWhiteSpace(0x1F600));
    }

    [Theory]
    [InlineData(0x20DD, true)]  // COMBINING ENCLOSING CIRCLE (Me): an enclosing mark is part of a word
    [InlineData(0x0966, true)]  // ० DEVANAGARI DIGIT ZERO (Nd)
    [InlineData(0x2160, false)] // Ⅰ ROMAN NUMERAL ONE (Nl): a number, not a digit
    [InlineData(0x00B2, false)] // ² (No)
    [InlineData(0x1F600, false)]
    [InlineData(0x1D400, true)] // 𝐀 MATHEMATICAL BOLD CAPITAL A, beyond the BMP
    public void Word_characters_are_letters_marks_and_decimal_digits(int cp, bool word) => Assert.Equal(word, UnicodeData.IsWordCharacter(cp));

    [Theory]
    [InlineData(0x200D, true)]  // ZWJ
    [InlineData(0x00AD, true)]  // soft hyphen
    [InlineData(0x202E, true)]  // RIGHT-TO-LEFT OVERRIDE
    [InlineData('a', false)]
    [InlineData(0x2028, false)] // LINE SEPARATOR is Zl, not Cf
    public void Format_characters(int cp, bool format) => Assert.Equal(format, UnicodeData.IsFormat(cp));

    [Theory]
    [InlineData("a<DC00>", 0, 'a', 1)]          // a letter before a lone low surrogate is one character
    [InlineData("<D800>", 0, 0xD800, 1)]        // a high surrogate that ends the string reads as itself
    [InlineData("<D800>a", 0, 0xD800, 1)]
    [InlineData("<D83D><DE00>", 0, 0x1F600, 2)]
    [InlineData("<D83D><DE00>", 1, 0xDE00, 1)] // the second half alone
    public void A_code_point_is_read_from_a_pair_or_as_a_lone_half(string s, int index, int cp, int length)
    {
        Assert.Equal(cp, UnicodeData.CodePointAt(Readable.Halves(s), index, out int read));
        Assert.Equal(length, read);
    }

    [Theory]
    [InlineData(' ', -1)]       // below '0'
    [InlineData('/', -1)]
    [InlineData(':', -1)]       // above '9'
    [InlineData('0', 0)]
    [InlineData('9', 9)]
    [InlineData(0x0966, 0)]     // ०
    [InlineData(0x096F, 9)]     // ९
    [InlineData(0xFF10, 0)]     // ０ FULLWIDTH DIGIT ZERO
    [InlineData(0x1D7CE, 0)]    // 𝟎 MATHEMATICAL BOLD DIGIT ZERO, the first of the run of fifty
    [InlineData(0x1D7FF, 9)]    // its last
    public void Digit_values_at_the_ends_of_their_runs(int cp, int value) => Assert.Equal(value, UnicodeData.DigitValue(cp));
}

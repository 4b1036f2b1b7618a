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
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SeedGen.Emitting;

namespace SeedGen.Tests.Generator;

/// <summary>
/// Urdu, Arabic and Hebrew text reads in the generated code as it reads in the seed (raw in string
/// literals and doc comments, where an escape per letter would make it unreadable), while every
/// character that could hide or reorder code — the format characters inside those blocks, bidi
/// controls, line separators, NUL, lone surrogates — stays escaped.
/// </summary>
public class RightToLeftTextTests : IClassFixture<SkipReasons>
{
    private readonly SkipReasons _skip;

    public RightToLeftTextTests(SkipReasons skip) => _skip = skip;

    /// <summary>Urdu as the PIB writes it: Arabic comma and full stop, Extended Arabic-Indic digits, a percent sign, harakat.</summary>
    private const string Urdu = "107ویں انڈین سائنس کانگریس کے افتتاح کے موقع پر وزیراعظم کے خطاب کا متن\n"
        + "نئی دہلی، 3جنوری 2020/دوستو، سب سے پہلے تو میں آپ کو 2020 کے لئے مبارک باد پیش کرتا ہوں۔ "
        + "یہ سال آپ کی زندگیوں میں خوشحالی لائے؛ کیا ۲۰۲۱ میں ٪۵ اضافہ ہوگا؟ اَمن و سَلامتی۔";

    /// <summary>Hebrew with points (niqqud), sof pasuq, gershayim and maqaf; Arabic with Arabic-Indic digits and presentation forms.</summary>
    private const string HebrewAndArabic = "שָׁלוֹם עוֹלָם׃ ״ציטוט״ בֵּית־סֵפֶר\n\nمرحبا بالعالم، العدد ١٢٣٤٥٦٧٨٩٠ ﷲ ﻻ.";

    /// <summary>Characters in or next to the right-to-left blocks that must never be written raw.</summary>
    public static IEnumerable<object[]> Dangerous() => new[]
    {
        0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, // Arabic number signs (Cf)
        0x061C, // ARABIC LETTER MARK (Cf, a bidi control)
        0x06DD, // ARABIC END OF AYAH (Cf)
        0x08E2, // ARABIC DISPUTED END OF AYAH (Cf)
        0x05FF, 0xFDD0, // unassigned in a Hebrew block; a noncharacter in Presentation Forms-A
        0xFEFF, // ZERO WIDTH NO-BREAK SPACE (Cf), just past Presentation Forms-B
        0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, // bidi controls
        0x2028, 0x2029, 0x0085, 0x0000, // line and paragraph separators, NEL, NUL
        0xD800, 0xDC00, // lone surrogates
    }.Select(cp => new object[] { cp });

    [Theory]
    [InlineData("urdu", Urdu)]
    [InlineData("hebrew", HebrewAndArabic)]
    public void Right_to_left_text_is_raw_in_literals_and_doc_comments_and_reads_back_at_run_time(string name, string text)
    {
        var h = new GeneratorHarness();
        h.AddSeed($"seeds/{name}.txt", text);
        string source = h.Run().Source($"Seeds.{name}.g.cs");

        // The text constant is the seed as it is (only the line breaks escaped), not an escape per letter.
        Assert.Contains("Utf8 => \"" + text.Replace("\n", "\\n") + "\"u8;", source);
        Assert.DoesNotContain("\\u05", source);
        Assert.DoesNotContain("\\u06", source);
        Assert.DoesNotContain("\\uF", source);
        // The class's summary previews the first line as it reads.
        string firstLine = text.Substring(0, text.IndexOf('\n'));
        Assert.Contains("/// <summary>" + firstLine + "</summary>", source);

        // It compiles, and the values at run time are the seed's.
        Assert.Equal(text, h.Probe($"return Seeds.{name}.Document.Text;"));
        Assert.Equal(text, h.Probe($"return System.Text.Encoding.UTF8.GetString(Seeds.{name}.Utf8);"));
        Assert.Equal(firstLine, h.Probe($"return Seeds.{name}.Title;"));
    }

    [Theory]
    [MemberData(nameof(Dangerous))]
    public void A_format_control_or_separator_between_right_to_left_letters_stays_escaped(int codePoint)
    {
        char c = (char)codePoint;
        string text = "سلام" + c + "دنیا";
        Assert.False(CSharpText.IsRawSafe(c));

        var literal = new StringBuilder();
        CSharpText.AppendLiteral(literal, text, 0, text.Length);
        string escape = codePoint == 0 ? "\\0" : "\\u" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        Assert.Equal("\"سلام" + escape + "دنیا\"", literal.ToString());

        // In a doc comment it is a space (line breaks) or nothing (format characters, controls, surrogates), or a character reference.
        var doc = new StringBuilder();
        CSharpText.AppendDocText(doc, text, 0, text.Length);
        Assert.DoesNotContain(c, doc.ToString());
        Assert.StartsWith("سلام", doc.ToString());
        Assert.EndsWith("دنیا", doc.ToString());
    }

    [Fact]
    public void Dangerous_characters_in_right_to_left_text_reach_no_generated_source_raw_and_the_data_keeps_them()
    {
        // Every one of them (but the lone surrogates, which a seed's text never holds: they are read as U+FFFD) in a headline and a body.
        var dangerous = Dangerous().Select(d => (char)(int)d[0]).Where(c => !char.IsSurrogate(c)).ToArray();
        string headline = "عنوان " + string.Join("حرف", dangerous);
        string text = headline + "\nنئی دہلی، " + string.Join("لفظ ", dangerous) + " ختم۔";
        var h = new GeneratorHarness();
        h.AddSeed("seeds/controls.txt", text);
        foreach (var (hint, source) in h.Run().GeneratedSources)
            foreach (char c in dangerous)
                Assert.False(source.Contains(c), $"{hint} holds U+{(int)c:X4} raw");
        Assert.Equal(text, h.Probe("return Seeds.controls.Document.Text;"));
    }

    /// <summary>
    /// The rule, code point by code point: the old allow-list, plus exactly the letters, marks, numbers,
    /// punctuation and symbols of the right-to-left blocks (compared with the .NET 10 runtime's own
    /// categories, which the escaper never consults); no format character anywhere is raw.
    /// </summary>
    [Fact]
    public void The_allow_list_adds_the_visible_characters_of_the_right_to_left_blocks_and_nothing_else()
    {
        var blocks = new (int First, int Last)[] { (0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFE) };
        for (int cp = 0; cp < 0x10000; cp++)
        {
            char c = (char)cp;
            var category = char.IsSurrogate(c) ? UnicodeCategory.Surrogate : CharUnicodeInfo.GetUnicodeCategory(cp);
            bool before = (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xC0 && cp <= 0xFF && cp != 0xD7 && cp != 0xF7) || (cp >= 0x900 && cp <= 0xDFF);
            bool visible = category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
            bool rightToLeft = blocks.Any(b => cp >= b.First && cp <= b.Last) && visible;
            Assert.True(CSharpText.IsRawSafe(c) == (before || rightToLeft), $"U+{cp:X4} ({category})");
            if (category == UnicodeCategory.Format) Assert.False(CSharpText.IsRawSafe(c), $"U+{cp:X4} is a format character");
        }
        // Spot checks: letters, a mark, digits and punctuation Urdu needs are raw.
        Assert.All("بپہےۓ\u064E٠۲،۔؟٪", c => Assert.True(CSharpText.IsRawSafe(c), $"U+{(int)c:X4}"));
    }

    /// <summary>Every Urdu release of the shared corpus: each of its words is in the literal as it is, and its first line in the doc comment.</summary>
    [SkippableFact]
    public void Urdu_releases_of_the_shared_corpus_are_raw_in_literals_and_doc_comments()
    {
        _skip.UnlessCorpus();
        var files = Directory.GetFiles(Path.Combine(Repo.Corpus!, "multilingual"), "ur_*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            string text = File.ReadAllText(file);
            var literal = new StringBuilder();
            CSharpText.AppendLiteral(literal, text, 0, text.Length);
            string firstLine = text.Split('\n')[0];
            var doc = new StringBuilder();
            CSharpText.AppendDocText(doc, firstLine, 0, firstLine.Length, max: int.MaxValue);
            foreach (string word in ArabicWords(text))
                Assert.True(literal.ToString().Contains(word, StringComparison.Ordinal), $"{Path.GetFileName(file)}: '{word}' is not raw in the literal");
            foreach (string word in ArabicWords(firstLine))
                Assert.True(doc.ToString().Contains(word, StringComparison.Ordinal), $"{Path.GetFileName(file)}: '{word}' is not raw in the doc comment");
        }
    }

    /// <summary>Runs of Arabic-block letters, marks, digits and punctuation.</summary>
    private static IEnumerable<string> ArabicWords(string text)
    {
        var word = new StringBuilder();
        foreach (char c in text + " ")
        {
            if (c >= '\u0600' && c <= '\u06FF' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format) { word.Append(c); continue; }
            if (word.Length > 0) yield return word.ToString();
            word.Clear();
        }
    }
}

using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedGen.Emitting;

namespace SeedGen.Tests.Emitting;

/// <summary>
/// The escapers against the compiler and an XML reader as oracles: every UTF-16 code unit and
/// astral characters read back from a literal as themselves, with nothing outside the allow-list
/// written raw; a doc comment is well-formed XML that reads back as the text, with line breaks as
/// spaces and controls and format characters dropped.
/// </summary>
public class EscapingTests
{
    private static string LiteralValue(string literal)
    {
        var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        return expression.Token.ValueText;
    }

    [Fact]
    public void Every_code_unit_reads_back_from_a_literal_and_only_allowed_ones_are_written_raw()
    {
        var all = new string(Enumerable.Range(0, 0x10000).Select(c => (char)c).ToArray());
        var sb = new StringBuilder();
        CSharpText.AppendLiteral(sb, all, 0, all.Length);
        string literal = sb.ToString();
        Assert.Equal(all, LiteralValue(literal));
        // Raw characters in the literal are the allow-list's, and the escapes '\' 'u' hex; no other character appears.
        Assert.All(literal.Distinct(), c => Assert.True(CSharpText.IsRawSafe(c), $"U+{(int)c:X4} written raw"));
        Assert.Contains("\\\"", literal);
        Assert.Contains("\\\\", literal);
        foreach (var (c, escape) in new[] { ('\n', "\\n"), ('\t', "\\t"), ('\r', "\\r"), ('\0', "\\0"), ('\u2028', "\\u2028"), ('\u202E', "\\u202E"), ('\uD800', "\\uD800"), ('\u00D7', "\\u00D7") })
        {
            var one = new StringBuilder();
            CSharpText.AppendLiteral(one, "a" + c + "b", 0, 3);
            Assert.Equal("\"a" + escape + "b\"", one.ToString());
        }
    }

    [Theory]
    [InlineData("😀", "\\U0001F600")]
    [InlineData("a𝐀b", "a\\U0001D400b")]
    [InlineData("\uDBFF\uDFFF", "\\U0010FFFF")]
    [InlineData("नमस्ते \"x\"", "नमस्ते \\\"x\\\"")]
    [InlineData("", "")]
    public void Astral_characters_and_lone_surrogates_are_escaped_whole(string text, string content)
    {
        var sb = new StringBuilder();
        CSharpText.AppendLiteral(sb, text, 0, text.Length);
        Assert.Equal("\"" + content + "\"", sb.ToString());
        Assert.Equal(text, LiteralValue(sb.ToString()));
    }

    [Fact]
    public void Lone_surrogates_are_escaped_in_literals_and_dropped_from_doc_text()
    {
        // Not theory data: xunit's serialisation replaces lone surrogates.
        foreach (var (text, content, doc) in new[] { ("\uD83D", "\\uD83D", ""), ("\uDE00x", "\\uDE00x", "x"), ("a\uD800\uD800b", "a\\uD800\\uD800b", "ab") })
        {
            var sb = new StringBuilder();
            CSharpText.AppendLiteral(sb, text, 0, text.Length);
            Assert.Equal("\"" + content + "\"", sb.ToString());
            Assert.Equal(text, LiteralValue(sb.ToString()));
            sb.Clear();
            CSharpText.AppendDocText(sb, text, 0, text.Length);
            Assert.Equal(doc, sb.ToString());
        }
    }

    [Fact]
    public void A_part_of_a_string_is_written_and_lines_are_joined_with_an_escaped_line_break()
    {
        var sb = new StringBuilder();
        CSharpText.AppendLiteral(sb, "xx\"yy\"zz", 2, 4);
        Assert.Equal("\"\\\"yy\\\"\"", sb.ToString());

        var lines = new StringBuilder();
        bool first = true;
        CSharpText.AppendLiteralLine(lines, ref first, "one", 0, 3);
        Assert.False(first);
        CSharpText.AppendLiteralLine(lines, ref first, "a\ttwo", 1, 4);
        Assert.Equal("one\\n\\ttwo", lines.ToString());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(7L)]
    [InlineData(9L)]
    [InlineData(10L)]
    [InlineData(99L)]
    [InlineData(100L)]
    [InlineData(-1L)]
    [InlineData(-10L)]
    [InlineData(1234567890L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void Integers_are_written_in_invariant_decimal(long value)
    {
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), CSharpText.AppendInt(new StringBuilder("x"), value).ToString().Substring(1));
    }

    [Fact]
    public void Every_code_unit_in_a_doc_comment_is_well_formed_XML_that_reads_back_or_is_dropped()
    {
        for (int c = 0; c < 0x10000; c++)
        {
            char ch = (char)c;
            var sb = new StringBuilder();
            CSharpText.AppendDocText(sb, "a" + ch + "b", 0, 3);
            string text = ReadXml(sb.ToString());
            string expected = ch is '\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029' ? " "
                : c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(ch) || c >= 0xFFFE || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format && SeedGen.Reading.UnicodeData.IsFormat(ch) ? ""
                : ch.ToString();
            if (text != "a" + expected + "b") Assert.Fail($"U+{c:X4}: '{sb}' reads as '{text}'");
        }
    }

    [Theory]
    [InlineData("<b>&</b>", "&lt;b&gt;&amp;&lt;/b&gt;")]
    [InlineData("😀x", "&#x1F600;x")]
    [InlineData("a\u200Db", "ab")]              // ZWJ dropped
    [InlineData("a\U000E0001b", "ab")]          // an astral format character (LANGUAGE TAG) dropped
    [InlineData("x\u3042", "x&#x3042;")]        // outside the allow-list: a character reference
    public void Doc_text_escapes_markup_and_references_or_drops_the_rest(string text, string doc)
    {
        var sb = new StringBuilder();
        CSharpText.AppendDocText(sb, text, 0, text.Length);
        Assert.Equal(doc, sb.ToString());
    }

    [Fact]
    public void Doc_text_is_cut_at_its_limit_with_an_ellipsis()
    {
        var sb = new StringBuilder();
        CSharpText.AppendDocText(sb, "abcdef", 0, 6, max: 4);
        Assert.Equal("abcd …", sb.ToString());
        sb.Clear();
        CSharpText.AppendDocText(sb, "abcd", 0, 4, max: 4);
        Assert.Equal("abcd", sb.ToString());
        sb.Clear();
        CSharpText.AppendDocText(sb, "xxabcdef", 2, 3, max: 4);
        Assert.Equal("abc", sb.ToString());
        sb.Clear();
        CSharpText.AppendDocText(sb, new string('a', 200), 0, 200);
        Assert.Equal(new string('a', 120) + " …", sb.ToString());
    }

    private static string ReadXml(string content)
    {
        using var reader = XmlReader.Create(new System.IO.StringReader("<summary>a" + content.Substring(1) + "</summary>"));
        reader.MoveToContent();
        return reader.ReadElementContentAsString();
    }

    /// <summary>
    /// The allow-list of characters written as they are (so generated code shows the text): printable ASCII, the
    /// Latin-1 letters, Devanagari to Sinhala, and the visible characters of the right-to-left blocks; each range
    /// checked at both ends and one past them. Anything else is escaped (correct either way, but unreadable).
    /// </summary>
    [Theory]
    [InlineData('\u0020', true)] [InlineData('\u007E', true)] [InlineData('\u001F', false)] [InlineData('\u007F', false)]
    [InlineData('\u00C0', true)] [InlineData('\u00FF', true)] [InlineData('\u00BF', false)] [InlineData('\u0100', false)]
    [InlineData('\u00D7', false)] [InlineData('\u00F7', false)] [InlineData('\u00D6', true)] [InlineData('\u00F8', true)]
    [InlineData('\u0900', true)] [InlineData('\u0DFF', true)] [InlineData('\u08FF', true)] [InlineData('\u0E00', false)]
    [InlineData('\u05D0', true)] [InlineData('\u0628', true)] [InlineData('\u0750', true)] [InlineData('\u077F', true)]
    [InlineData('\u08A0', true)] [InlineData('\uFB50', true)] [InlineData('\uFEFC', true)] [InlineData('\u074F', false)]
    [InlineData('\u0600', false)] [InlineData('\u061C', false)] [InlineData('\u06DD', false)] [InlineData('\uFEFF', false)]
    [InlineData('\u0780', false)] [InlineData('\u0A85', true)] [InlineData('\u0B95', true)]
    public void Characters_are_written_as_they_are_exactly_inside_the_allow_list(char c, bool raw)
    {
        Assert.Equal(raw, CSharpText.IsRawSafe(c));
        var sb = new StringBuilder();
        CSharpText.AppendLiteral(sb, c.ToString(), 0, 1);
        Assert.Equal(raw ? "\"" + c + "\"" : $"\"\\u{(int)c:X4}\"", sb.ToString());
    }

    [Fact]
    public void Writing_a_literal_stops_when_the_build_is_cancelled()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        foreach (var text in new[] { "a", "ab", new string('x', 70_000) })
            Assert.Throws<System.OperationCanceledException>(() => CSharpText.AppendLiteral(new StringBuilder(), text, 0, text.Length, cancelled.Token));
    }

    [Fact]
    public void Doc_text_keeps_spaces_and_drops_controls_and_line_ends_become_spaces()
    {
        var sb = new StringBuilder();
        string text = "a b\u0001c\u007Fd\u0085e";
        CSharpText.AppendDocText(sb, text, 0, text.Length);
        Assert.Equal("a bcd e", sb.ToString()); // NEL is a line end: a space
    }
}

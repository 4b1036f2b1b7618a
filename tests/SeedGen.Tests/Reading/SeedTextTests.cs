using System;
using System.Linq;
using System.Text;
using System.Threading;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>The text every readout sees: line ends, lone surrogates, decoding, the wide-encoding check, slices across lines.</summary>
public class SeedTextTests
{
    [Theory]
    [InlineData("a\r\nb\rc\n", "a\nb\nc\n")]
    [InlineData("a\r", "a\n")]                          // a CR that ends the text
    [InlineData("\r\r\n\n", "\n\n\n")]
    [InlineData("x<D800>y", "x\uFFFDy")]                // a lone high surrogate, no CR before it
    [InlineData("x<DC00>", "x\uFFFD")]                  // a lone low surrogate
    [InlineData("\r<D800>", "\n\uFFFD")]                // a high surrogate that ends the text
    [InlineData("\r<DC00>a", "\n\uFFFDa")]
    [InlineData("\r<D83D><DE00>a", "\n\uD83D\uDE00a")]  // a pair stays a pair
    [InlineData("<D83D><DE00>\r", "\uD83D\uDE00\n")]
    [InlineData("<DE00><D83D>", "\uFFFD\uFFFD")]        // the wrong order is two lone halves
    public void Line_ends_become_LF_and_lone_surrogates_U_FFFD(string text, string normalized) =>
        Assert.Equal(normalized, SeedText.Normalize(Readable.Halves(text)));

    [Theory]
    [InlineData("")]
    [InlineData("plain text\nwith LF only, भारत and \uD83D\uDE00")]
    public void A_text_with_nothing_to_change_is_returned_as_it_is(string text) => Assert.Same(text, SeedText.Normalize(text));

    [Theory]
    [InlineData("a")]
    [InlineData("a\r\n")]
    public void A_cancelled_normalization_throws_at_once(string text)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => SeedText.Normalize(text, cancelled.Token));
    }

    // A text as its bytes would read if decoded as UTF-8 (ASCII only here, so one character per byte).
    private static string AsUtf8(Encoding encoding, string text) => new(encoding.GetBytes(text).Select(b => (char)b).ToArray());

    [Fact]
    public void UTF_16_and_UTF_32_without_a_BOM_are_told_by_where_their_NULs_are()
    {
        const string text = "Rail line approved. The work starts soon.\n";
        Assert.Equal("UTF-16 LE", SeedText.WideEncoding(AsUtf8(new UnicodeEncoding(false, false), text), out int nuls, out int sampled));
        Assert.Equal((text.Length, 2 * text.Length), (nuls, sampled));
        Assert.Equal("UTF-16 BE", SeedText.WideEncoding(AsUtf8(new UnicodeEncoding(true, false), text), out _, out _));
        Assert.Equal("UTF-32 LE", SeedText.WideEncoding(AsUtf8(new UTF32Encoding(false, false), text), out nuls, out _));
        Assert.Equal(3 * text.Length, nuls);
        Assert.Equal("UTF-32 BE", SeedText.WideEncoding(AsUtf8(new UTF32Encoding(true, false), text), out _, out _));
        Assert.Null(SeedText.WideEncoding(text, out nuls, out sampled));
        Assert.Equal((0, text.Length), (nuls, sampled));
    }

    [Theory]
    // At least 8 NULs...
    [InlineData(7, 0, 0, null)]
    [InlineData(8, 0, 0, "UTF-16 LE")]
    [InlineData(0, 8, 0, "UTF-16 BE")]
    // ...and one character in 20 (8 NULs in 160 characters, not in 161)...
    [InlineData(8, 0, 144, "UTF-16 LE")]
    [InlineData(8, 0, 145, null)]
    // ...nine in ten of them at odd (LE) or even (BE) positions.
    [InlineData(9, 1, 11, "UTF-16 LE")]
    [InlineData(8, 2, 11, null)]
    [InlineData(1, 9, 11, "UTF-16 BE")]
    [InlineData(2, 8, 11, null)]
    public void The_UTF_16_limits_on_both_sides(int odd, int even, int plain, string? encoding)
    {
        // "x\0" puts a NUL at an odd position, "\0x" at an even one; plain characters dilute them.
        var text = string.Concat(Enumerable.Repeat("x\0", odd)) + string.Concat(Enumerable.Repeat("\0x", even)) + new string('y', plain);
        Assert.Equal(encoding, SeedText.WideEncoding(text, out int nuls, out _));
        Assert.Equal(odd + even, nuls);
    }

    [Theory]
    // UTF-32's NULs at both positions, a third of the characters at least: 20 NULs in 60 characters, not in 61.
    [InlineData("x\0\0", 10, 30, "UTF-32 LE")]
    [InlineData("x\0\0", 10, 31, null)]
    [InlineData("\0\0x", 10, 0, "UTF-32 BE")]
    public void The_UTF_32_limit_on_both_sides(string unit, int units, int plain, string? encoding) =>
        Assert.Equal(encoding, SeedText.WideEncoding(string.Concat(Enumerable.Repeat(unit, units)) + new string('y', plain), out _, out _));

    [Fact]
    public void Only_the_first_4096_characters_are_sampled()
    {
        var late = new string('a', SeedText.WideEncodingSample) + string.Concat(Enumerable.Repeat("x\0", 100));
        Assert.Null(SeedText.WideEncoding(late, out int nuls, out int sampled));
        Assert.Equal((0, 4096), (nuls, sampled));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00, 0x42, 0x09 }, "A\u0942")]          // UTF-16 LE with its BOM
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41, 0x09, 0x42 }, "A\u0942")]          // UTF-16 BE with its BOM
    [InlineData(new byte[] { 0xFF, 0xFE }, "")]                                          // a BOM alone
    [InlineData(new byte[] { 0xFE, 0xFF }, "")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "")]                                    // UTF-8's BOM is dropped
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }, "\uFEFF")]            // a second one is text
    [InlineData(new byte[] { 0x41 }, "A")]
    [InlineData(new byte[] { }, "")]
    public void Decoding_follows_the_BOM(byte[] bytes, string text)
    {
        Assert.Equal(text, SeedText.Decode(bytes, out int invalid));
        Assert.Equal(-1, invalid);
    }

    [Theory]
    // Bytes that only half look like a BOM are UTF-8, each invalid byte a U+FFFD.
    [InlineData(new byte[] { 0xFF }, "\uFFFD", 0)]
    [InlineData(new byte[] { 0x41, 0xFE, 0x41, 0x42 }, "A\uFFFDAB", 1)]
    [InlineData(new byte[] { 0x41, 0xFF, 0x41, 0x42 }, "A\uFFFDAB", 1)]
    [InlineData(new byte[] { 0xFF, 0x41 }, "\uFFFDA", 0)]
    [InlineData(new byte[] { 0xFE, 0x41 }, "\uFFFDA", 0)]
    [InlineData(new byte[] { 0x41, 0xBB, 0xBF }, "A\uFFFD\uFFFD", 1)]
    [InlineData(new byte[] { 0x41, 0x42, 0xBF }, "AB\uFFFD", 2)]
    [InlineData(new byte[] { 0xEF, 0x42, 0xBF }, "\uFFFDB\uFFFD", 0)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0x42 }, "\uFFFDB", 0)]
    public void Bytes_that_only_look_like_a_BOM_are_UTF_8(byte[] bytes, string text, int firstInvalid)
    {
        Assert.Equal(text, SeedText.Decode(bytes, out int invalid));
        Assert.Equal(firstInvalid, invalid);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F }, -1)]
    [InlineData(new byte[] { 0x80 }, 0)]                      // a continuation byte alone
    [InlineData(new byte[] { 0xC1, 0xBF }, 0)]                // an overlong two-byte lead
    [InlineData(new byte[] { 0xC2, 0x80 }, -1)]               // U+0080, the least two-byte character
    [InlineData(new byte[] { 0xDF, 0xBF }, -1)]               // U+07FF
    [InlineData(new byte[] { 0xE0, 0x80, 0x80 }, 0)]          // overlong
    [InlineData(new byte[] { 0xE0, 0xA0, 0x80 }, -1)]         // U+0800
    [InlineData(new byte[] { 0xED, 0x9F, 0xBF }, -1)]         // U+D7FF
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]          // U+D800, a surrogate
    [InlineData(new byte[] { 0xED, 0xBF, 0xBF }, 0)]          // U+DFFF
    [InlineData(new byte[] { 0xEE, 0x80, 0x80 }, -1)]         // U+E000
    [InlineData(new byte[] { 0xEF, 0xBF, 0xBF }, -1)]         // U+FFFF
    [InlineData(new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, 0)]    // overlong
    [InlineData(new byte[] { 0xF0, 0x90, 0x80, 0x80 }, -1)]   // U+10000
    [InlineData(new byte[] { 0xF4, 0x8F, 0xBF, 0xBF }, -1)]   // U+10FFFF, the last
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]    // past it
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 }, 0)]
    [InlineData(new byte[] { 0x88, 0x90, 0x80, 0x80 }, 0)]    // a continuation byte cannot lead, even before a valid-looking tail
    [InlineData(new byte[] { 0x41, 0xE0, 0xA0 }, 1)]          // cut short by the end
    [InlineData(new byte[] { 0x41, 0xE0, 0x41, 0x80 }, 1)]    // a lead byte before a non-continuation
    [InlineData(new byte[] { 0xC2, 0x80, 0x41, 0xC0 }, 3)]    // the offset of the first bad byte, after good ones
    public void The_first_invalid_UTF_8_byte(byte[] bytes, int offset)
    {
        Assert.Equal(offset, SeedText.FindInvalidUtf8(bytes, 0));
        // The host's strict decoder agrees on whether the bytes are valid.
        bool valid;
        try { new UTF8Encoding(false, true).GetString(bytes); valid = true; }
        catch (DecoderFallbackException) { valid = false; }
        Assert.Equal(valid, offset < 0);
    }

    [Theory]
    [InlineData("one line", 0, 8, "one line")]
    [InlineData("a  \n  b", 0, 7, "a b")]           // a line break with the blanks around it is one space
    [InlineData("a\t\u00A0\n\u00A0\tb", 0, 7, "a b")] // tabs and no-break spaces are blanks too
    [InlineData("a\n\nb", 0, 4, "a b")]             // so are two breaks in a row
    [InlineData("\nab", 0, 3, " ab")]               // a break at the very start
    [InlineData(" \n b", 0, 4, " b")]
    [InlineData("ab\n", 0, 3, "ab ")]               // a break at the very end of the text
    [InlineData("ab\n  ", 0, 5, "ab ")]
    [InlineData("x a\n b y", 2, 4, "a b")]          // a range inside a longer text
    [InlineData("a\n x", 0, 2, "a ")]               // the blanks after the range are not the range's
    public void A_slice_reads_each_line_break_as_one_space(string text, int start, int length, string slice) =>
        Assert.Equal(slice, SeedText.Slice(text, start, length));
}

using System;
using System.Collections.Generic;
using System.Linq;
using SeedGen.Diagnostics;
using SeedGen.Naming;

namespace SeedGen.Tests.Analyzers;

/// <summary>
/// The seed-file checks (SEED010–015) one rule at a time, each beside the case just outside it: the size limit at
/// its byte, the first invalid and the first invisible character wherever they stand (the first character too),
/// every named format character, and the same-content list.
/// </summary>
public class SeedFileCheckTests
{
    private static List<SeedFinding> Check(string text, long maxFileBytes = long.MaxValue, NameAssignment? name = null, SimilarSeed? same = null) =>
        SeedFileChecks.Check("seeds/a.txt", text, System.Text.Encoding.UTF8.GetByteCount(text), maxFileBytes, name, same, i => (1, i + 1));

    private static string Ids(IEnumerable<SeedFinding> findings) => string.Join(" ", findings.Select(f => f.Descriptor.Id));

    [Fact]
    public void A_seed_of_exactly_the_limit_is_read_and_one_byte_more_is_only_too_large()
    {
        Assert.Equal("", Ids(Check("abcd", maxFileBytes: 4)));
        var over = Check("abcd\uFFFD\u202E", maxFileBytes: 3);
        Assert.Equal("SEED013", Ids(over));
        Assert.Equal("Seed file 'seeds/a.txt' is 10 bytes, over SeedGenMaxFileBytes (3); it is skipped", over[0].Message);
    }

    [Theory]
    [InlineData("\uFFFDab\uFFFD", 0)]
    [InlineData("a\uFFFDbc\uFFFD", 1)]
    [InlineData("abc\uFFFD", 3)]
    public void The_first_replacement_character_is_reported_where_it_stands(string text, int at)
    {
        var f = Assert.Single(Check(text));
        Assert.Equal(("SEED010", at, 1), (f.Descriptor.Id, f.Start, f.Length));
        Assert.Contains($"line 1, column {at + 1}", f.Message);
    }

    [Theory]
    [InlineData("\u202Eab\u202E", 0)]
    [InlineData("ab\u2066c\u202E", 2)]
    [InlineData("abc\u00AD", 3)]
    public void The_first_invisible_character_is_reported_where_it_stands(string text, int at)
    {
        var f = Assert.Single(Check(text));
        Assert.Equal(("SEED015", at, 1), (f.Descriptor.Id, f.Start, f.Length));
    }

    [Fact]
    public void Every_kind_is_found_together_in_one_text_whatever_comes_first()
    {
        foreach (var text in new[] { "\uFFFD\u202E  ", "\u202E\uFFFD", "  \uFFFD x \u202E", "\u202E \uFFFD" })
        {
            var found = Check(text);
            Assert.Equal("SEED010 SEED015", Ids(found));
            Assert.Equal(text.IndexOf('\uFFFD'), found[0].Start);
            Assert.Equal(text.IndexOf('\u202E'), found[1].Start);
        }
        Assert.Equal("SEED011", Ids(Check(" \r\n\t\u00A0")));
        Assert.Equal("SEED011", Ids(Check("")));
        Assert.Equal("", Ids(Check(" x")));
    }

    [Fact]
    public void ZWJ_and_ZWNJ_are_orthography_and_other_format_characters_are_reported()
    {
        Assert.Equal("", Ids(Check("क्\u200Dष क्\u200Cष")));
        Assert.Equal("", Ids(Check("a\u00ACb"))); // NOT SIGN, just below SOFT HYPHEN: a symbol
        Assert.Equal("SEED015", Ids(Check("a\u2061b")));
    }

    [Theory]
    [InlineData('\u202A', "LEFT-TO-RIGHT EMBEDDING")]
    [InlineData('\u202B', "RIGHT-TO-LEFT EMBEDDING")]
    [InlineData('\u202C', "POP DIRECTIONAL FORMATTING")]
    [InlineData('\u202D', "LEFT-TO-RIGHT OVERRIDE")]
    [InlineData('\u202E', "RIGHT-TO-LEFT OVERRIDE")]
    [InlineData('\u2066', "LEFT-TO-RIGHT ISOLATE")]
    [InlineData('\u2067', "RIGHT-TO-LEFT ISOLATE")]
    [InlineData('\u2068', "FIRST STRONG ISOLATE")]
    [InlineData('\u2069', "POP DIRECTIONAL ISOLATE")]
    [InlineData('\u200E', "LEFT-TO-RIGHT MARK")]
    [InlineData('\u200F', "RIGHT-TO-LEFT MARK")]
    [InlineData('\u061C', "ARABIC LETTER MARK")]
    [InlineData('\u200B', "ZERO WIDTH SPACE")]
    [InlineData('\u2060', "WORD JOINER")]
    [InlineData('\uFEFF', "ZERO WIDTH NO-BREAK SPACE")]
    [InlineData('\u00AD', "SOFT HYPHEN")]
    [InlineData('\u2061', "format character")] // FUNCTION APPLICATION: reported without a name of its own
    public void Each_invisible_character_is_named_as_Unicode_names_it(char c, string unicodeName)
    {
        var f = Assert.Single(Check("ab" + c));
        Assert.Equal($"Seed file 'seeds/a.txt' contains the invisible format character U+{(int)c:X4} ({unicodeName}) at line 1, column 3; it is kept in the data and escaped in the code", f.Message);
    }

    [Fact]
    public void Each_kind_of_clash_names_both_files_and_the_fix()
    {
        NameAssignment Clashing(ClashKind kind, string name) =>
            new("k", "a", "seeds/a.txt", EquatableArray<string>.Empty, "", null, new NameClash(kind, "seeds/b.txt", name));

        var id = Assert.Single(Check("x", name: Clashing(ClashKind.SameId, "a")));
        Assert.True(id.AsError);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, id.Severity);
        Assert.Equal("Seeds 'seeds/b.txt' and 'seeds/a.txt' have the same id 'a'; neither is generated. Remove one (<Seed Remove=\"seeds/a.txt\" />) or set SeedGenSeedsRoot so their ids differ", id.Message);

        var folder = Assert.Single(Check("x", name: Clashing(ClashKind.FolderClassName, "Seeds.news")));
        Assert.Equal("Seed 'seeds/a.txt' maps to 'Seeds.news', the class of the folder of 'seeds/b.txt'; it is not generated. Give it another name: <Seed Update=\"seeds/a.txt\" SeedName=\"…\" />", folder.Message);

        var same = Assert.Single(Check("x", name: Clashing(ClashKind.SameClassName, "Seeds.a_b")));
        Assert.Equal("Seeds 'seeds/b.txt' and 'seeds/a.txt' map to the same class name 'Seeds.a_b'; neither is generated. Give one of them another name: <Seed Update=\"seeds/a.txt\" SeedName=\"…\" />", same.Message);

        var renamed = Assert.Single(Check("x", name: new NameAssignment("k", "Count", "seeds/Count.txt", new EquatableArray<string>(new[] { "Count_" }), "Seeds.Count_.g.cs", "Count", null)));
        Assert.False(renamed.AsError);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, renamed.Severity);
        Assert.Equal("Seed 'seeds/a.txt' maps to 'Count', a name the generated code reserves there; it is generated as 'Count_' (set SeedName to choose another)", renamed.Message);
        Assert.Empty(Check("x", name: new NameAssignment("k", "a", "seeds/a.txt", new EquatableArray<string>(new[] { "a" }), "Seeds.a.g.cs", null, null)));
    }

    [Fact]
    public void Same_content_names_the_first_path_by_hash_and_the_first_other_of_a_near_duplicate_line()
    {
        var same = SeedFileChecks.SameContent(new[] { ("c.txt", "h1"), ("a.txt", "h1"), ("b.txt", "h1"), ("d.txt", "h2"), ("e.txt", "") , ("f.txt", "") },
            "x.txt\tb.txt\t120\nx.txt\ta.txt\t128\nbad line\ny.txt\tz.txt\tnot a number\n");
        Assert.Equal(new SimilarSeed("a.txt", true, "SHA-256 h1"), same["b.txt"]);
        Assert.Equal(new SimilarSeed("a.txt", true, "SHA-256 h1"), same["c.txt"]);
        Assert.Equal(new SimilarSeed("b.txt", false, "estimated similarity 0.94"), same["x.txt"]);
        Assert.Equal(new[] { "b.txt", "c.txt", "x.txt" }, same.Keys.OrderBy(k => k, StringComparer.Ordinal));

        var f = Assert.Single(Check("x", same: same["x.txt"]));
        Assert.Equal("SEED014", f.Descriptor.Id);
        Assert.Contains("nearly the same content", f.Message);
        Assert.Contains("the same content", Assert.Single(Check("x", same: same["b.txt"])).Message);
        Assert.DoesNotContain("nearly", Assert.Single(Check("x", same: same["b.txt"])).Message);
    }
}

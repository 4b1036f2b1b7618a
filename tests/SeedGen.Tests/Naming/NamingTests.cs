using System.Collections.Generic;
using System.Linq;
using SeedGen.Naming;

namespace SeedGen.Tests.Naming;

public class NamingTests
{
    [Theory]
    [InlineData("समाचार", "समाचार")]                       // vowel signs stay
    [InlineData("क्षत्रिय", "क्षत्रिय")]                       // virama stays
    [InlineData("000_29994c0a40c8d7d7", "_000_29994c0a40c8d7d7")]
    [InlineData("my seed-file.v2", "my_seed_file_v2")]
    [InlineData("class", "class")]                         // escaped with @ when written, see below
    [InlineData("क्\u200Dष", "क्ष")]                          // ZWJ dropped, as the compiler drops it
    [InlineData("a\u202Eb", "ab")]                         // bidi control dropped
    [InlineData("\u0958", "\u0915\u093C")]                 // nukta letter: NFC is base + nukta
    [InlineData("\u0928\u093C", "\u0929")]                 // ...and this pair composes
    [InlineData("Cafe\u0301", "Café")]
    [InlineData("", "__")]                                 // "_" alone is reserved (discards), so it gets a prefix too
    [InlineData("record", "_record")]
    [InlineData("١٢٣", "_١٢٣")]                            // digits cannot start an identifier
    [InlineData("😀", "__")]                               // a symbol becomes _, then gets the _ prefix
    public void Identifiers_follow_our_own_tables(string name, string expected) =>
        Assert.Equal(expected, Identifiers.From(name));

    [Fact]
    public void Keywords_are_escaped_with_at() => Assert.Equal("@class", Identifiers.Escape(Identifiers.From("class")));

    [Fact]
    public void Our_composition_agrees_with_the_hosts_NFC_where_the_host_has_one()
    {
        string[] samples = { "\u0958\u0959\u095A\u095B\u095C\u095D\u095E\u095F", "\u0928\u093C\u0930\u093C\u0933\u093C", "\u09DC\u09DD\u09DF\u09C7\u09BE",
            "A\u0300E\u0301I\u0302O\u0303U\u0308a\u030Ac\u0327y\u0308", "\u0B47\u0B3E\u0BC6\u0BBE\u0A33\u0A36\u0B5C" };
        foreach (var s in samples)
        {
            string host = s.Normalize(System.Text.NormalizationForm.FormC);
            if (host == s && s.IsNormalized()) continue; // invariant globalization: the host has no tables
            Assert.Equal(host, Compose.Nfc(s));
        }
    }

    private static NameTable Assign(params (string Id, string? SeedName)[] seeds) =>
        SeedNaming.Assign(seeds.Select(s => new NameRequest("/p/seeds/" + s.Id + ".txt", s.Id, "seeds/" + s.Id + ".txt", s.SeedName)), "Seeds");

    private static Dictionary<string, string> Paths(NameTable t) =>
        t.Assignments.Where(a => a.IsGenerated).ToDictionary(a => a.Id, a => string.Join(".", a.ClassPath));

    [Fact]
    public void Clashing_names_get_a_deterministic_suffix_in_ordinal_path_order()
    {
        var t = Assign(("a-b", null), ("a_b", null), ("a b", null), ("क्\u200Dष", null), ("क्ष", null));
        var p = Paths(t);
        Assert.Equal("a_b", p["a b"]);      // "a b" < "a-b" < "a_b" ordinally
        Assert.Equal("a_b_2", p["a-b"]);
        Assert.Equal("a_b_3", p["a_b"]);
        Assert.Equal("क्ष", p["क्ष"]);        // U+0937 sorts before U+200D, so the plain name comes first
        Assert.Equal("क्ष_2", p["क्\u200Dष"]); // the compiler ignores ZWJ: same name, so a suffix
        var renamed = t.Assignments.Single(a => a.Id == "a_b");
        Assert.Equal("a_b", renamed.RenamedFrom);
        Assert.Equal("seeds/a b.txt", renamed.ClashesWith);
    }

    [Fact]
    public void Generated_members_and_the_enclosing_class_are_never_taken()
    {
        var p = Paths(Assign(("Count", null), ("Get", null), ("Seeds", null), ("Id", null), ("Document", null), ("News/News", null), ("SeedDocument", null)));
        Assert.Equal("Count_2", p["Count"]);
        Assert.Equal("Get_2", p["Get"]);
        Assert.Equal("Seeds_2", p["Seeds"]);
        Assert.Equal("Id_2", p["Id"]);
        Assert.Equal("Document_2", p["Document"]);
        Assert.Equal("News.News_2", p["News/News"]);
        Assert.Equal("SeedDocument_2", p["SeedDocument"]);
    }

    [Fact]
    public void Folders_become_nested_classes_and_keep_their_names_over_documents()
    {
        var t = Assign(("News/2020/abc", null), ("News", null), ("News/xyz", "Custom Name"));
        var p = Paths(t);
        Assert.Equal("News._2020.abc", p["News/2020/abc"]);
        Assert.Equal("News_2", p["News"]);
        Assert.Equal("News.Custom_Name", p["News/xyz"]);
    }

    [Fact]
    public void A_second_seed_with_the_same_id_is_not_generated_and_names_the_first()
    {
        var t = SeedNaming.Assign(new[]
        {
            new NameRequest("/p/b/seeds/x.txt", "x", "b/seeds/x.txt", null),
            new NameRequest("/p/a/seeds/x.txt", "x", "a/seeds/x.txt", null),
        }, "Seeds");
        var dup = t.Find("/p/b/seeds/x.txt")!;
        Assert.False(dup.IsGenerated);
        Assert.Equal("a/seeds/x.txt", dup.DuplicateOf);
        Assert.True(t.Find("/p/a/seeds/x.txt")!.IsGenerated);
    }

    [Fact]
    public void Hint_names_are_unique_even_when_names_differ_only_in_case()
    {
        var t = Assign(("abc", null), ("ABC", null));
        var hints = t.Assignments.Select(a => a.HintName).ToList();
        Assert.Equal(hints.Count, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(new[] { "ABC", "abc" }, t.Assignments.Select(a => string.Join(".", a.ClassPath)).OrderBy(x => x, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Assignment_does_not_depend_on_input_order()
    {
        var seeds = new[] { ("z", (string?)null), ("a-b", null), ("a_b", null), ("News/x", null), ("News", null) };
        var t1 = Assign(seeds);
        var t2 = Assign(seeds.Reverse().ToArray());
        Assert.Equal(t1, t2);
    }
}

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
    [InlineData("a\U000E0001b\U0001BCA0c", "abc")]           // format characters outside the BMP too (a tag, a shorthand format control)
    [InlineData("\u0958", "\u0915\u093C")]                 // nukta letter: NFC is base + nukta
    [InlineData("\u0928\u093C", "\u0929")]                 // ...and this pair composes
    [InlineData("Cafe\u0301", "Café")]
    [InlineData("", "__")]                                 // "_" alone is reserved (discards), so it gets a prefix too
    [InlineData("record", "_record")]
    [InlineData("١٢٣", "_١٢٣")]                            // digits cannot start an identifier
    [InlineData("😀", "__")]                               // a symbol becomes _, then gets the _ prefix
    [InlineData("𝐀b", "U1D400b")]                         // a letter outside the BMP: no identifier character for the compiler
    [InlineData("x𝟙", "xU1D7D9")]                          // ...nor a digit
    [InlineData("extension", "_extension")]                // a reserved type name in C# 14
    [InlineData("scoped", "_scoped")]
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
    public void Seeds_with_one_class_name_are_both_left_out_with_the_other_named()
    {
        var t = Assign(("a-b", null), ("a_b", null), ("a b", null), ("क्\u200Dष", null), ("क्ष", null), ("solo", null));
        Assert.Equal(new[] { "solo" }, Paths(t).Keys);
        var ab = t.Assignments.Single(a => a.Id == "a_b");
        Assert.False(ab.IsGenerated);
        Assert.Equal(new NameClash(ClashKind.SameClassName, "seeds/a b.txt", "Seeds.a_b"), ab.Clash);
        Assert.Equal("seeds/a-b.txt", t.Assignments.Single(a => a.Id == "a b").Clash!.OtherPath);
        // The compiler ignores ZWJ: one name, so a clash too.
        Assert.Equal(ClashKind.SameClassName, t.Assignments.Single(a => a.Id == "क्ष").Clash!.Kind);
    }

    [Fact]
    public void A_SeedName_resolves_a_clash_without_touching_the_other_seed()
    {
        var p = Paths(Assign(("a-b", "Other"), ("a_b", null)));
        Assert.Equal("Other", p["a-b"]);
        Assert.Equal("a_b", p["a_b"]);
    }

    [Fact]
    public void Reserved_names_take_an_underscore_whatever_else_exists()
    {
        var t = Assign(("Count", null), ("Get", null), ("Seeds", null), ("Id", null), ("Document", null), ("News/News", null),
            ("SeedDocument", null), ("Equals", null), ("News/ToString", null), ("News/Count", null), ("News/Id", null), ("Id_", null));
        var p = Paths(t);
        Assert.Equal("Count_", p["Count"]);
        Assert.Equal("Get_", p["Get"]);
        Assert.Equal("Seeds_", p["Seeds"]);
        Assert.Equal("Document_", p["Document"]);
        Assert.Equal("News.News_", p["News/News"]);        // the enclosing class's name
        Assert.Equal("SeedDocument_", p["SeedDocument"]);
        Assert.Equal("Equals_", p["Equals"]);               // a member of object (CS0108)
        Assert.Equal("News.ToString_", p["News/ToString"]);
        Assert.Equal("News.Count", p["News/Count"]);        // root members are reserved under the root only
        Assert.Equal("News.Id_", p["News/Id"]);             // document members are reserved for documents everywhere
        Assert.Equal("Count", t.Assignments.Single(a => a.Id == "Count").RenamedFrom);
        // "Id" becomes "Id_", which a seed named Id_ also wants: neither is generated.
        Assert.False(p.ContainsKey("Id"));
        Assert.False(p.ContainsKey("Id_"));
    }

    [Fact]
    public void Folders_and_reserved_folder_names()
    {
        var p = Paths(Assign(("News/2020/abc", null), ("Count/x", null), ("Seeds/y", null), ("a/a/z", null)));
        Assert.Equal("News._2020.abc", p["News/2020/abc"]);
        Assert.Equal("Count_.x", p["Count/x"]);
        Assert.Equal("Seeds_.y", p["Seeds/y"]);
        Assert.Equal("a.a_.z", p["a/a/z"]);
    }

    [Fact]
    public void A_seed_named_like_a_folder_beside_it_is_left_out()
    {
        var t = Assign(("News/2020/abc", null), ("News", null), ("News/xyz", "Custom Name"), ("news", null));
        var p = Paths(t);
        Assert.Equal("News._2020.abc", p["News/2020/abc"]);
        Assert.Equal("News.Custom_Name", p["News/xyz"]);
        Assert.Equal("news", p["news"]);                     // another C# name: no clash
        Assert.Equal(new NameClash(ClashKind.FolderClassName, "seeds/News/2020/abc.txt", "Seeds.News"), t.Assignments.Single(a => a.Id == "News").Clash);
    }

    [Fact]
    public void Seeds_with_the_same_id_are_both_left_out_and_name_each_other()
    {
        var t = SeedNaming.Assign(new[]
        {
            new NameRequest("/p/b/seeds/x.txt", "x", "b/seeds/x.txt", null),
            new NameRequest("/p/a/seeds/x.txt", "x", "a/seeds/x.txt", null),
        }, "Seeds");
        Assert.Equal(new NameClash(ClashKind.SameId, "a/seeds/x.txt", "x"), t.Find("/p/b/seeds/x.txt")!.Clash);
        Assert.Equal(new NameClash(ClashKind.SameId, "b/seeds/x.txt", "x"), t.Find("/p/a/seeds/x.txt")!.Clash);
    }

    [Fact]
    public void A_file_listed_twice_is_one_seed_and_keeps_its_SeedName()
    {
        var t = SeedNaming.Assign(new[]
        {
            new NameRequest("/p/seeds/x.txt", "x", "seeds/x.txt", null),
            new NameRequest("/p/seeds/x.txt", "x", "seeds/x.txt", "Fed"),
        }, "Seeds");
        var a = Assert.Single(t.Assignments);
        Assert.Equal(new[] { "Fed" }, a.ClassPath);
    }

    [Fact]
    public void Hint_names_are_unique_without_regard_to_case_and_never_the_fixed_ones()
    {
        var t = Assign(("abc", null), ("ABC", null), ("related", null), ("x/y", null));
        var hints = t.Assignments.Select(a => a.HintName).Concat(SeedNaming.FixedHintNames("Seeds")).ToList();
        Assert.Equal(hints.Count, hints.Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(new[] { "ABC", "abc" }, t.Assignments.Where(a => a.Id is "abc" or "ABC").Select(a => string.Join(".", a.ClassPath)).OrderBy(x => x, System.StringComparer.Ordinal));
        Assert.StartsWith("Seeds.related-", t.Assignments.Single(a => a.Id == "related").HintName);
        Assert.Equal("Seeds.x.y.g.cs", t.Assignments.Single(a => a.Id == "x/y").HintName); // no clash: readable
    }

    [Fact]
    public void Hint_names_stay_under_the_cap_with_long_names_and_deep_folders()
    {
        string longName = string.Concat(Enumerable.Repeat("समाचार", 40));
        string deep = string.Join("/", Enumerable.Repeat("folder", 60)) + "/x";
        var t = Assign((longName, null), (deep, null), ("2" + longName, null));
        foreach (var a in t.Assignments)
        {
            Assert.True(a.IsGenerated);
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(a.HintName), 1, SeedNaming.MaxHintBytes);
            Assert.Contains("-", a.HintName);
        }
        Assert.Equal(3, t.Assignments.Select(a => a.HintName).Distinct().Count());
        Assert.Equal(Identifiers.MaxLength, t.Assignments.Single(a => a.Id == longName).ClassPath[0].Length);
    }

    [Fact]
    public void Adding_any_seed_never_changes_the_name_of_another()
    {
        var before = new[] { ("fed-holds-rates", (string?)null), ("news/a", null), ("Count", null), ("x", null) };
        var t1 = Assign(before);
        foreach (var added in new[] { "fed holds rates", "fed_holds_rates", "news", "Count_", "a", "news/b", "X", "x/y" })
        {
            var t2 = Assign(before.Append((added, null)).ToArray());
            foreach (var a in t1.Assignments)
            {
                var b = t2.Find(a.Key)!;
                Assert.True(!b.IsGenerated || b.ClassPath.Equals(a.ClassPath), $"adding '{added}' renamed '{a.Id}'");
            }
        }
    }

    [Fact]
    public void Assignment_does_not_depend_on_input_order()
    {
        var seeds = new[] { ("z", (string?)null), ("a-b", null), ("a_b", null), ("News/x", null), ("News", null), ("abc", null), ("ABC", null) };
        var t1 = Assign(seeds);
        var t2 = Assign(seeds.Reverse().ToArray());
        Assert.Equal(t1, t2);
    }
}

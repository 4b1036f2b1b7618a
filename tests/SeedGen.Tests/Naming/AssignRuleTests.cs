using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedGen.Naming;

namespace SeedGen.Tests.Naming;

/// <summary>
/// Each rule of <see cref="SeedNaming.Assign"/> with the case just inside and just outside it: the reserved names
/// against the names the generated code really declares, the hint-name cap at its exact byte, clashes reported
/// against the ordinal first path, and the other fields of an assignment.
/// </summary>
public class AssignRuleTests
{
    private static NameTable Assign(params (string Key, string Path, string? SeedName)[] seeds) =>
        SeedNaming.Assign(seeds.Select(s => new NameRequest(s.Key, IdOf(s.Path), s.Path, s.SeedName)), "Seeds");

    private static string IdOf(string path) => path.Substring(0, path.Length - ".txt".Length);

    private static NameAssignment Of(NameTable table, string key) => table.Find(key) ?? throw new InvalidOperationException("no " + key);

    // ---- reserved names, against the generated code ----

    /// <summary>The members the generator declares, by the class that declares them: from its output for two seeds, with and without the text pack, with and without spans (C# 7.3 on netstandard2.0).</summary>
    private static readonly Lazy<(HashSet<string> Root, HashSet<string> Document, HashSet<string> Types)> Declared = new(ReadDeclaredNames);

    private static (HashSet<string> Root, HashSet<string> Document, HashSet<string> Types) DeclaredNames() => Declared.Value;

    private static (HashSet<string> Root, HashSet<string> Document, HashSet<string> Types) ReadDeclaredNames()
    {
        var root = new HashSet<string>(StringComparer.Ordinal);
        var document = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (bool pack in new[] { false, true })
        foreach (bool span in new[] { false, true })
        {
            var h = GeneratorHarness.WithTwoSeeds();
            h.TextPack = pack;
            if (!span) h.LanguageVersion = LanguageVersion.CSharp7_3;
            foreach (var (_, text) in h.Run(span ? null : Basic.Reference.Assemblies.NetStandard20.References.All).GeneratedSources)
            {
                var unit = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text).GetRoot();
                foreach (var type in unit.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                {
                    if (type.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
                    {
                        if (type.Identifier.ValueText != "Seeds") { types.Add(type.Identifier.ValueText); continue; }
                        foreach (var member in ((TypeDeclarationSyntax)type).Members.Where(m => m is not BaseTypeDeclarationSyntax))
                            root.UnionWith(Names(member));
                        foreach (var nested in ((TypeDeclarationSyntax)type).Members.OfType<BaseTypeDeclarationSyntax>())
                            root.Add(nested.Identifier.ValueText); // the generated types nested in the root, if any
                    }
                    else if (type is ClassDeclarationSyntax { Parent: ClassDeclarationSyntax { Identifier.ValueText: "Seeds" } } seed
                             && seed.Members.OfType<FieldDeclarationSyntax>().Any(f => Names(f).Contains("Sha256")))
                    {
                        foreach (var member in seed.Members) document.UnionWith(Names(member));
                    }
                }
            }
        }
        root.RemoveWhere(n => n.StartsWith("_000", StringComparison.Ordinal) || n.StartsWith("_001", StringComparison.Ordinal)); // the two seeds
        return (root, document, types);
    }

    private static IEnumerable<string> Names(MemberDeclarationSyntax member) => member switch
    {
        BaseFieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier.ValueText),
        MethodDeclarationSyntax m => new[] { m.Identifier.ValueText },
        PropertyDeclarationSyntax p => new[] { p.Identifier.ValueText },
        EventDeclarationSyntax e => new[] { e.Identifier.ValueText },
        BaseTypeDeclarationSyntax t => new[] { t.Identifier.ValueText },
        DelegateDeclarationSyntax d => new[] { d.Identifier.ValueText },
        _ => Array.Empty<string>(),
    };

    [Fact]
    public void Every_member_the_root_class_declares_is_reserved_directly_under_it_and_nowhere_else()
    {
        var (root, _, _) = DeclaredNames();
        Assert.Contains("Count", root);
        Assert.Contains("TryGet", root);
        Assert.Contains("__Distance", root);
        Assert.Contains("NearDuplicates", root);
        foreach (var name in root)
        {
            Assert.Equal(name + "_", SeedNaming.ClassName(name, "Seeds", underRoot: true, isDocument: false));
            Assert.Equal(name, SeedNaming.ClassName(name, "news", underRoot: false, isDocument: false));
        }
        Assert.Subset(new HashSet<string>(SeedNaming.RootMembers, StringComparer.Ordinal), root);
    }

    [Fact]
    public void Every_member_a_document_class_declares_is_reserved_for_documents_and_not_for_folders()
    {
        var (_, document, _) = DeclaredNames();
        Assert.Contains("Sha256", document);
        Assert.Contains("Title", document);
        Assert.Contains("Utf8", document);
        foreach (var name in document)
        {
            Assert.Equal(name + "_", SeedNaming.ClassName(name, "news", underRoot: false, isDocument: true));
            Assert.Equal(name, SeedNaming.ClassName(name, "news", underRoot: false, isDocument: false));
        }
        Assert.Subset(new HashSet<string>(SeedNaming.DocumentMembers, StringComparer.Ordinal), document);
    }

    [Fact]
    public void A_name_a_document_class_no_longer_declares_stays_reserved_so_no_name_changes() =>
        Assert.Equal("Create_", SeedNaming.ClassName("Create", "news", underRoot: false, isDocument: true));

    [Fact]
    public void The_types_generated_beside_the_root_class_are_the_listed_ones()
    {
        var (_, _, types) = DeclaredNames();
        Assert.Equal(types.OrderBy(n => n, StringComparer.Ordinal), SeedNaming.GeneratedTypes.OrderBy(n => n, StringComparer.Ordinal));
        foreach (var type in types) // a class under the root named like one would hide it from the generated code
            Assert.Equal(type + "_", SeedNaming.ClassName(type, "Seeds", underRoot: true, isDocument: false));
    }

    [Fact]
    public void Every_member_of_object_is_reserved_everywhere()
    {
        var members = typeof(object).GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Select(m => m.Name).Where(n => n != ".ctor").Distinct().ToList();
        Assert.Equal(7, members.Count);
        foreach (var name in members)
        {
            Assert.Equal(name + "_", SeedNaming.ClassName(name, "news", underRoot: false, isDocument: false));
            Assert.Equal(name + "s", SeedNaming.ClassName(name + "s", "news", underRoot: false, isDocument: false));
        }
    }

    [Fact]
    public void A_name_takes_underscores_until_it_is_free()
    {
        Assert.Equal("news_", SeedNaming.ClassName("news", "news", underRoot: false, isDocument: false));
        Assert.Equal("Count__", SeedNaming.ClassName("Count", "Count_", underRoot: true, isDocument: false));
    }

    [Fact]
    public void A_renamed_seed_says_what_it_was_called_and_a_seed_in_a_renamed_folder_does_not()
    {
        var table = Assign(("k1", "Count.txt", null), ("k2", "All/x.txt", null), ("k3", "news/Title.txt", null));
        Assert.Equal("Count", Of(table, "k1").RenamedFrom);
        Assert.Equal(new[] { "Count_" }, Of(table, "k1").ClassPath);
        Assert.Null(Of(table, "k2").RenamedFrom);
        Assert.Equal(new[] { "All_", "x" }, Of(table, "k2").ClassPath);
        Assert.Equal("Title", Of(table, "k3").RenamedFrom);
    }

    // ---- SeedName ----

    [Fact]
    public void An_empty_SeedName_is_no_SeedName()
    {
        var table = Assign(("k1", "news/my seed.txt", ""), ("k2", "other.txt", "Better"));
        Assert.Equal(new[] { "news", "my_seed" }, Of(table, "k1").ClassPath);
        Assert.Equal(new[] { "Better" }, Of(table, "k2").ClassPath);
    }

    [Fact]
    public void A_file_listed_twice_keeps_a_SeedName_it_was_given_the_ordinal_first_of_two()
    {
        foreach (var order in new[] { new[] { 0, 1, 2 }, new[] { 2, 1, 0 }, new[] { 1, 2, 0 } })
        {
            var requests = new (string, string, string?)[] { ("k", "a.txt", null), ("k", "a.txt", "Zeta"), ("k", "a.txt", "Alpha") };
            var table = Assign(order.Select(i => requests[i]).ToArray());
            Assert.Single(table.Assignments);
            Assert.Equal(new[] { "Alpha" }, Of(table, "k").ClassPath);
        }
        Assert.Equal(new[] { "Only" }, Of(Assign(("k", "a.txt", "Only"), ("k", "a.txt", null)), "k").ClassPath);
    }

    // ---- clashes name the ordinal first other path, whatever the keys ----

    [Fact]
    public void A_clash_names_the_first_other_file_in_ordinal_path_order_and_lookup_is_by_key()
    {
        // Key order (k1 < k2 < k3) is not path order ("a b" < "a-b" < "a_b").
        var table = Assign(("k2", "a-b.txt", null), ("k1", "a_b.txt", null), ("k3", "a b.txt", null));
        Assert.Equal(new[] { "k1", "k2", "k3" }, table.Assignments.Select(a => a.Key));
        Assert.Equal("a b.txt", Of(table, "k2").Clash!.OtherPath);
        Assert.Equal("a b.txt", Of(table, "k1").Clash!.OtherPath);
        Assert.Equal("a-b.txt", Of(table, "k3").Clash!.OtherPath);
        Assert.All(table.Assignments, a => Assert.Equal(ClashKind.SameClassName, a.Clash!.Kind));
        Assert.All(table.Assignments, a => Assert.False(a.IsGenerated));
        Assert.All(table.Assignments, a => Assert.Equal("", a.HintName));
        Assert.All(table.Assignments, a => Assert.Empty(a.ClassPath));
        Assert.Null(table.Find("k0"));
        Assert.Null(table.Find("k4"));
    }

    [Fact]
    public void A_left_out_seed_takes_no_hint_name_from_a_seed_that_differs_from_it_in_case_only()
    {
        var table = Assign(("k1", "a-b.txt", null), ("k2", "a_b.txt", null), ("k3", "A_b.txt", null));
        Assert.NotNull(Of(table, "k1").Clash);
        Assert.Equal("Seeds.A_b.g.cs", Of(table, "k3").HintName);
    }

    // ---- hint names: the cap, exactly ----

    private static string Sha10(string classPath) =>
        string.Concat(SHA256.HashData(Encoding.UTF8.GetBytes(classPath)).Take(5).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_hint_name_of_exactly_the_cap_is_kept_and_one_byte_more_takes_a_hash()
    {
        // "Seeds." (6 bytes) + name + ".g.cs" (5): 160 bytes at most.
        string fits = new string('a', SeedNaming.MaxHintBytes - 5 - 6), over = fits + "b";
        var table = Assign(("k1", fits + ".txt", null), ("k2", over + ".txt", null));
        Assert.Equal("Seeds." + fits + ".g.cs", Of(table, "k1").HintName);
        Assert.Equal(SeedNaming.MaxHintBytes, Encoding.UTF8.GetByteCount(Of(table, "k1").HintName));
        string hashed = Of(table, "k2").HintName;
        Assert.Equal(("Seeds." + over).Substring(0, SeedNaming.MaxHintBytes - 5 - 11) + "-" + Sha10(over) + ".g.cs", hashed);
        Assert.Equal(SeedNaming.MaxHintBytes, Encoding.UTF8.GetByteCount(hashed));
    }

    [Theory]
    [InlineData('a', 1)]        // ASCII
    [InlineData('\u03B1', 2)]   // Greek: 2 UTF-8 bytes
    [InlineData('\u07CA', 2)]   // NKo: 2 bytes, the last block before 3
    [InlineData('\u0800', 3)]   // the first 3-byte character (Samaritan)
    [InlineData('\u0915', 3)]   // Devanagari
    public void A_long_hint_name_keeps_as_many_characters_as_fit_in_the_budget(char letter, int bytes)
    {
        string name = new string(letter, 200);
        var a = Of(Assign(("k", name + ".txt", null)), "k");
        int budget = SeedNaming.MaxHintBytes - 5 - 11;
        string prefix = "Seeds." + new string(letter, (budget - 6) / bytes);
        Assert.Equal(prefix + "-" + Sha10(name) + ".g.cs", a.HintName);
        Assert.True(Encoding.UTF8.GetByteCount(a.HintName) <= SeedNaming.MaxHintBytes);
        Assert.True(Encoding.UTF8.GetByteCount(prefix) + bytes > budget); // one character more would not fit
    }

    [Fact]
    public void Hint_names_equal_but_for_case_take_a_hash_of_the_class_path_with_its_folders()
    {
        var table = Assign(("k1", "news/Item.txt", null), ("k2", "news/item.txt", null), ("k3", "NEWS/x.txt", null), ("k4", "news/x.txt", null));
        Assert.Equal("Seeds.news.Item-" + Sha10("news/Item") + ".g.cs", Of(table, "k1").HintName);
        Assert.Equal("Seeds.news.item-" + Sha10("news/item") + ".g.cs", Of(table, "k2").HintName);
        Assert.Equal("Seeds.NEWS.x-" + Sha10("NEWS/x") + ".g.cs", Of(table, "k3").HintName);
    }

    [Fact]
    public void The_fixed_hint_names_are_the_catalog_the_related_lists_and_the_shared_types()
    {
        Assert.Equal(new[] { "Seeds.g.cs", "Seeds.Related.g.cs", "SeedDocument.g.cs" }, SeedNaming.FixedHintNames("Seeds"));
        var hints = GeneratorHarness.WithTwoSeeds().Run().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Subset(new HashSet<string>(hints), new HashSet<string>(SeedNaming.FixedHintNames("Seeds")));
        // A seed named like a fixed file takes a hash instead of replacing it.
        var table = Assign(("k1", "Related.txt", null), ("k2", "related.txt", "RELATED"));
        Assert.All(table.Assignments, a => Assert.DoesNotContain(a.HintName, SeedNaming.FixedHintNames("Seeds"), StringComparer.OrdinalIgnoreCase));
    }

    // ---- more than 1,000 seeds: the shared files ----

    [Fact]
    public void Shared_files_are_numbered_in_range_and_every_one_is_used()
    {
        var used = new int[SeedNaming.SharedFileCount];
        for (int i = 0; i < 10_000; i++)
        {
            int file = SeedNaming.SharedFileOf("Seeds.doc" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(file, 0, SeedNaming.SharedFileCount - 1);
            used[file]++;
        }
        Assert.All(used, n => Assert.InRange(n, 40, 120)); // 78 on average
        Assert.Equal("Seeds.Documents007.g.cs", SeedNaming.SharedHintName("Seeds", 7));
        Assert.Equal("News.Documents127.g.cs", SeedNaming.SharedHintName("News", 127));
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Naming;

namespace SeedGen.Tests.Naming;

/// <summary>
/// The naming lists checked entry by entry against the compiler itself: every keyword is escaped,
/// every contextual keyword the compiler rejects or warns about as a type name is renamed, and
/// every entry of each list changes the name it is about.
/// </summary>
public class ReservedListTests
{
    public static IEnumerable<object[]> EveryKeyword() =>
        SyntaxFacts.GetReservedKeywordKinds().Select(SyntaxFacts.GetText).OrderBy(k => k, System.StringComparer.Ordinal).Select(k => new object[] { k });

    [Theory]
    [MemberData(nameof(EveryKeyword))]
    public void Every_keyword_of_the_compiler_is_escaped_and_a_seed_so_named_still_reads_as_its_name(string keyword)
    {
        Assert.Equal(keyword, Identifiers.From(keyword));
        Assert.Equal("@" + keyword, Identifiers.Escape(keyword));
        Assert.True(SyntaxFacts.IsValidIdentifier(keyword) || SyntaxFacts.GetKeywordKind(keyword) != SyntaxKind.None);
    }

    [Fact]
    public void Nothing_but_a_keyword_is_escaped()
    {
        foreach (var word in new[] { "Class", "classes", "record", "var", "value", "Seeds", "x" })
            Assert.Equal(word, Identifiers.Escape(word));
        Assert.Equal(SyntaxFacts.GetReservedKeywordKinds().Count(), Identifiers.AllKeywords.Count());
    }

    private static string[] ContextualKeywords() =>
        SyntaxFacts.GetContextualKeywordKinds().Select(SyntaxFacts.GetText).Distinct().OrderBy(k => k, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_contextual_keyword_the_compiler_rejects_as_a_type_name_is_renamed_and_every_name_made_compiles()
    {
        var words = ContextualKeywords();
        Assert.Contains("scoped", words);
        var rejected = NamesWithProblems(words);
        Assert.Contains("scoped", rejected); // CS9062
        Assert.Contains("record", rejected);
        Assert.All(rejected, w => Assert.Equal("_" + w, Identifiers.From(w)));
        // Renamed or kept, every identifier made from a contextual keyword is a class name with no error or warning.
        Assert.Empty(NamesWithProblems(words.Select(Identifiers.From).ToArray()));
    }

    /// <summary>
    /// Which of <paramref name="names"/> draw an error or warning as the name of a class nested in a static
    /// class and used as a type, as the generated code does (one compilation, one namespace each).
    /// </summary>
    private static string[] NamesWithProblems(string[] names)
    {
        var sb = new System.Text.StringBuilder("#nullable enable\n");
        for (int i = 0; i < names.Length; i++)
        {
            string escaped = Identifiers.Escape(names[i]);
            sb.Append("namespace N").Append(i).Append(" { public static partial class Seeds { public static partial class ").Append(escaped)
              .Append(" { public const string Id = \"x\"; } public static string Use() => ").Append(escaped).Append(".Id; } }\n");
        }
        var tree = CSharpSyntaxTree.ParseText(sb.ToString(), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview));
        var compilation = CSharpCompilation.Create("Probe", new[] { tree }, Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.Location.GetLineSpan().StartLinePosition.Line - 1).Distinct().Select(line => names[line]).ToArray();
    }

    [Theory]
    [InlineData("var")]
    [InlineData("dynamic")]
    [InlineData("record")]
    [InlineData("_")]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("scoped")]
    [InlineData("extension")]
    [InlineData("field")]
    [InlineData("value")]
    [InlineData("await")]
    [InlineData("nameof")]
    public void Each_reserved_type_name_takes_a_prefix_and_a_name_beside_it_does_not(string name)
    {
        Assert.Equal("_" + name, Identifiers.From(name));
        Assert.Equal(name + "s", Identifiers.From(name + "s"));
        Assert.Equal(name.ToUpperInvariant() == name ? "_" + name : name.ToUpperInvariant(), Identifiers.From(name.ToUpperInvariant()));
        Assert.Contains(name, Identifiers.ReservedTypeNames);
    }

    [Fact]
    public void The_reserved_type_names_are_exactly_those_listed_in_the_rule()
    {
        Assert.Equal(new[] { "_", "await", "dynamic", "extension", "field", "file", "nameof", "record", "required", "scoped", "value", "var" },
            Identifiers.ReservedTypeNames.OrderBy(n => n, System.StringComparer.Ordinal));
    }
}

using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedGen.Naming;

namespace SeedGen.Tests.Generator;

/// <summary>
/// The naming step renames a seed whose class would clash with a generated member, so its lists of
/// reserved names must hold every member the emitters write: checked against the generated code
/// itself, then by naming seeds after every reserved name.
/// </summary>
public class ReservedNamesTests
{
    [Fact]
    public void Every_member_the_generated_classes_declare_is_a_reserved_name()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        var run = h.Run();
        var rootMembers = run.GeneratedSources.Where(s => s.HintName is "Seeds.g.cs" or "Seeds.Related.g.cs")
            .SelectMany(s => MemberNames(s.Text, documentClass: false)).Distinct().ToList();
        var documentMembers = MemberNames(run.Source("Seeds._000_29994c0a40c8d7d7.g.cs"), documentClass: true).Distinct().ToList();

        Assert.Contains("__IndexOf", rootMembers);
        Assert.Contains("Utf8", documentMembers);
        Assert.Empty(rootMembers.Except(SeedNaming.RootMembers));
        Assert.Empty(documentMembers.Except(SeedNaming.DocumentMembers));
    }

    [Fact]
    public void Seeds_named_after_every_reserved_name_compile()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        foreach (var name in SeedNaming.RootMembers.Concat(SeedNaming.DocumentMembers).Distinct())
            h.AddSeed("seeds/" + name + ".txt", "Text of " + name + ".");
        string output = h.Probe("return Seeds.Count + \" \" + Seeds.Get(\"__IndexOf\").Text + \" \" + Seeds.Contains(\"__Document\");");
        int expected = 2 + SeedNaming.RootMembers.Concat(SeedNaming.DocumentMembers).Distinct().Count();
        Assert.Equal(expected + " Text of __IndexOf. True", output);
    }

    /// <summary>Members declared directly in the root class (or, for a document file, in the innermost class), nested seed classes aside.</summary>
    private static string[] MemberNames(string source, bool documentClass)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var seedsClass = root.DescendantNodes().OfType<ClassDeclarationSyntax>().First(c => c.Identifier.Text == "Seeds");
        var container = documentClass ? seedsClass.Members.OfType<ClassDeclarationSyntax>().Single() : seedsClass;
        return container.Members.Where(m => m is not ClassDeclarationSyntax).SelectMany(m => m switch
        {
            MethodDeclarationSyntax x => new[] { x.Identifier.Text },
            PropertyDeclarationSyntax x => new[] { x.Identifier.Text },
            BaseFieldDeclarationSyntax x => x.Declaration.Variables.Select(v => v.Identifier.Text).ToArray(),
            _ => new[] { "?" + m.Kind() },
        }).ToArray();
    }
}

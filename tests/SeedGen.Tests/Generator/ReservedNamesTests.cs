using System.Collections.Generic;
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

    /// <summary>Every name the naming rules single out, as it is, in other cases, and as a folder.</summary>
    public static IEnumerable<string> EveryReservedName() =>
        SeedNaming.RootMembers.Concat(SeedNaming.DocumentMembers).Concat(SeedNaming.ObjectMembers).Concat(SeedNaming.GeneratedTypes)
            .Concat(Identifiers.AllKeywords).Concat(Identifiers.ReservedTypeNames).Append("Seeds")
            .SelectMany(n => new[] { n, n.ToLowerInvariant(), n.ToUpperInvariant() }).Distinct(System.StringComparer.Ordinal);

    [Fact]
    public void Seeds_named_after_every_reserved_name_in_any_case_and_as_folders_compile()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        var names = EveryReservedName().ToList();
        foreach (var name in names)
        {
            h.AddSeed("seeds/" + name + ".txt", "Text of " + name + ".");
            h.AddSeed("seeds/folder/" + name + "/x.txt", "Inside " + name + ".");
        }
        var run = h.Run();
        // Names that differ only by the '_' the rules add to a reserved one clash (SEED012 errors): count what is generated.
        var generated = SeedNaming.Assign(h.Files.Select(f => new NameRequest(f.Path, SeedGen.Inputs.SeedPaths.IdOf(f.Path, GeneratorHarness.ProjectDir, null),
            f.Path, null)), "Seeds").Assignments.Count(a => a.IsGenerated);
        Assert.True(generated > names.Count, $"only {generated} of {2 * names.Count + 2} seeds generated");
        string output = h.Probe("return Seeds.Count + \" \" + Seeds.Get(\"__IndexOf\").Text + \" \" + Seeds.Contains(\"__Document\") + \" \" + Seeds.Get(\"folder/__arglist/x\").Text;");
        Assert.Equal(generated + " Text of __IndexOf. True Inside __arglist.", output);
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

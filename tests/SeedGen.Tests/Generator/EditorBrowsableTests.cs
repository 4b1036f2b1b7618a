using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedGen.Tests.Generator;

/// <summary>
/// The generated members only the generated code calls carry <c>[EditorBrowsable(Never)]</c>, and
/// nothing else the user may reach does: every non-private member of every generated type, walked
/// through the compiled symbols, for C# latest on .NET 10 and C# 7.3 on netstandard2.0.
/// </summary>
public class EditorBrowsableTests
{
    public static IEnumerable<object[]> Targets() => new[]
    {
        new object[] { "latest" },
        new object[] { "7.3" },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void Members_for_the_generated_code_only_are_hidden_from_completion_and_the_API_is_not(string target)
    {
        var compilation = Compile(target);
        var hidden = new List<string>();
        var shown = new List<string>();
        foreach (var member in UserReachableMembers(compilation))
            (IsNeverBrowsable(member) ? hidden : shown).Add(Name(member));
        hidden.Sort(StringComparer.Ordinal);

        // The constructor and __Create build a seed's document; Utf8Source is the constructor's parameter type (where spans exist).
        var expected = new List<string> { "SeedDocument.SeedDocument(…)", "SeedDocument.__Create(…)" };
        if (target == "latest") expected.Add("SeedDocument.Utf8Source");
        expected.Sort(StringComparer.Ordinal);
        Assert.Equal(expected, hidden);

        // Nothing generated for the generated code alone is left visible (the __ prefix is its mark).
        Assert.DoesNotContain(shown, n => n.Split('.').Last().StartsWith("__", StringComparison.Ordinal));
        // The API stays visible.
        foreach (string api in new[]
                 {
                     "Seeds.Get(…)", "Seeds.TryGet(…)", "Seeds.Contains(…)", "Seeds.All", "Seeds.Count", "Seeds.Related(…)",
                     "Seeds._001_d4a7fedfcebcdffb.Document", "Seeds._001_d4a7fedfcebcdffb.Utf8", "Seeds._001_d4a7fedfcebcdffb.Id",
                     "SeedDocument.Text", "SeedDocument.Title", "SeedDocument.Utf8", "SeedNumber.SeedNumber(…)", "SeedRelation.Document",
                 })
            Assert.Contains(api, shown);
    }

    private static Compilation Compile(string target)
    {
        var h = GeneratorHarness.WithTwoSeeds();
        GeneratorHarness.Result result;
        if (target == "7.3")
        {
            h.LanguageVersion = LanguageVersion.CSharp7_3;
            result = h.Run(Basic.Reference.Assemblies.NetStandard20.References.All);
        }
        else
        {
            result = h.Run();
        }
        Assert.Empty(result.Diagnostics);
        var problems = result.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        return result.Output;
    }

    /// <summary>Every member a user's code could name: declared by SeedGen, not private, not compiler-made (accessors, delegate methods).</summary>
    private static IEnumerable<ISymbol> UserReachableMembers(Compilation compilation)
    {
        var pending = new Stack<INamedTypeSymbol>(compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>()
            .Where(t => t.ContainingType is null));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || member.DeclaredAccessibility == Accessibility.Private) continue;
                if (member is IMethodSymbol { MethodKind: not (MethodKind.Ordinary or MethodKind.Constructor) }) continue;
                if (member is INamedTypeSymbol nested) pending.Push(nested);
                yield return member;
            }
        }
    }

    private static bool IsNeverBrowsable(ISymbol symbol) => symbol.GetAttributes().Any(a =>
        a.AttributeClass?.ToDisplayString() == "System.ComponentModel.EditorBrowsableAttribute"
        && a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is int state && state == 1 /* Never */);

    /// <summary>"Type.Nested.Member", a method as "Member(…)", a constructor by its type's name.</summary>
    private static string Name(ISymbol symbol)
    {
        var parts = new List<string>();
        for (var t = symbol.ContainingType; t is not null; t = t.ContainingType) parts.Insert(0, t.Name);
        string name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? symbol.ContainingType.Name : symbol.Name;
        parts.Add(symbol is IMethodSymbol ? name + "(…)" : name);
        return string.Join(".", parts);
    }
}

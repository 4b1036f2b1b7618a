using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedGen.Diagnostics;

namespace SeedGen.CodeFixes;

/// <summary>
/// "Did you mean": one fix per nearest id (SEED001) or metadata key (SEED002), and typed access
/// instead of a string lookup (SEED004). A literal argument is replaced; an argument that names a
/// <c>const</c> declared in the solution (a local or a field, here or in another document) has the
/// constant's declaration changed instead (<see cref="ConstantDeclaration"/>). Fix-all applies each
/// diagnostic's own suggestion of the same rank (the nearest, the second nearest …).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SeedCodeFixProvider)), Shared]
public sealed class SeedCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Descriptors.UnknownSeed.Id, Descriptors.UnknownMetadataKey.Id, Descriptors.UseTypedAccess.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Id == Descriptors.UseTypedAccess.Id)
            {
                if (diagnostic.Properties.TryGetValue(SeedUsageAnalyzer.AccessProperty, out var access) && access is not null)
                    context.RegisterCodeFix(CodeAction.Create($"Use {access}",
                        ct => UseTypedAccessAsync(context.Document, diagnostic, access, ct), EquivalenceKey(diagnostic.Id, 0)), diagnostic);
                continue;
            }
            if (!diagnostic.Properties.TryGetValue(SeedUsageAnalyzer.NearestProperty, out var nearest) || string.IsNullOrEmpty(nearest))
                continue;
            // A constant's value is fixed where the constant is declared, so that every use of it changes together.
            var constant = await ConstantDeclaration.FindAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false);
            var names = nearest!.Split('\n');
            for (int i = 0; i < names.Length; i++)
            {
                string name = names[i];
                var action = constant is null
                    ? CodeAction.Create($"Use '{name}'",
                        ct => ReplaceWithLiteralAsync(context.Document, diagnostic, name, ct), EquivalenceKey(diagnostic.Id, i))
                    : CodeAction.Create($"Use '{name}' in constant '{constant.Name}'",
                        ct => constant.ReplaceValueAsync(context.Document.Project.Solution, name, ct), EquivalenceKey(diagnostic.Id, i));
                context.RegisterCodeFix(action, diagnostic);
            }
        }
    }

    private static string EquivalenceKey(string id, int rank) => id + ".Suggestion" + rank.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Document> ReplaceWithLiteralAsync(Document document, Diagnostic diagnostic, string value, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument) node = argument.Expression;
        if (root is null || node is not ExpressionSyntax expression)
            return document;
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value))
            .WithTriviaFrom(expression);
        return document.WithSyntaxRoot(root.ReplaceNode(expression, literal));
    }

    private static async Task<Document> UseTypedAccessAsync(Document document, Diagnostic diagnostic, string access, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
            return document;
        // Keep the user's way of naming the root class (Seeds, Demo.Seeds, global::Demo.Seeds).
        string text = access;
        int dot = access.IndexOf('.');
        if (invocation.Expression is MemberAccessExpressionSyntax member && dot > 0)
            text = member.Expression.ToString() + access.Substring(dot);
        var replacement = SyntaxFactory.ParseExpression(text).WithTriviaFrom(invocation);
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement));
    }
}

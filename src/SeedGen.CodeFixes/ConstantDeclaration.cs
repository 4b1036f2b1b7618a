using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace SeedGen.CodeFixes;

/// <summary>
/// The declaration that gives a constant argument its value: for <c>Seeds.Get(Ids.Home)</c> with
/// <c>const string Home = "…";</c>, the initializer of <c>Home</c>, wherever in the solution it is
/// declared (a local const or a const field, this document or another). A constant set from another
/// constant (<c>const string Home = Start;</c>) is followed to the one that holds the text. A
/// constant whose declaration is not source of the solution (metadata, generated code) has none.
/// </summary>
internal sealed class ConstantDeclaration
{
    /// <summary>A chain of constants longer than this is not followed further (a cycle does not compile anyway).</summary>
    private const int MaxSteps = 8;

    private readonly DocumentId _document;
    private readonly TextSpan _value;

    private ConstantDeclaration(DocumentId document, TextSpan value, string name)
    {
        _document = document;
        _value = value;
        Name = name;
    }

    /// <summary>The constant's name, as the fix's title shows it.</summary>
    public string Name { get; }

    /// <summary>The declaration of the constant the expression at <paramref name="span"/> names, or null when it names none in source.</summary>
    public static async Task<ConstantDeclaration?> FindAsync(Document document, TextSpan span, CancellationToken ct)
    {
        var root = await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        var node = root?.FindNode(span, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument) node = argument.Expression;
        if (node is not ExpressionSyntax expression) return null;

        var solution = document.Project.Solution;
        ConstantDeclaration? found = null;
        for (int step = 0; step < MaxSteps; step++)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized) expression = parenthesized.Expression;
            if (expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or QualifiedNameSyntax or AliasQualifiedNameSyntax))
                break;
            var model = await document.GetSemanticModelAsync(ct).ConfigureAwait(false);
            var symbol = model?.GetSymbolInfo(expression, ct).Symbol;
            if (symbol is not (ILocalSymbol { IsConst: true } or IFieldSymbol { IsConst: true }))
                break;
            // A field of another project of the solution is found in that project's source.
            var source = await SymbolFinder.FindSourceDefinitionAsync(symbol, solution, ct).ConfigureAwait(false) ?? symbol;
            if (source.DeclaringSyntaxReferences.Length != 1) break;
            var reference = source.DeclaringSyntaxReferences[0];
            if (await reference.GetSyntaxAsync(ct).ConfigureAwait(false) is not VariableDeclaratorSyntax { Initializer.Value: { } value })
                break;
            var declaring = solution.GetDocument(reference.SyntaxTree);
            if (declaring is null) break; // generated code: there is nothing to edit
            found = new ConstantDeclaration(declaring.Id, value.Span, symbol.Name);
            document = declaring;
            expression = value;
        }
        return found;
    }

    /// <summary>The solution with the constant's initializer replaced by the string literal <paramref name="value"/>.</summary>
    public async Task<Solution> ReplaceValueAsync(Solution solution, string value, CancellationToken ct)
    {
        var document = solution.GetDocument(_document);
        var root = document is null ? null : await document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
        if (document is null || root?.FindNode(_value, getInnermostNodeForTie: true) is not ExpressionSyntax old || old.Span != _value)
            return solution;
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(old);
        return document.WithSyntaxRoot(root.ReplaceNode(old, literal)).Project.Solution;
    }
}

using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedGen.Inputs;
using SeedGen.Naming;

namespace SeedGen.Wiring;

/// <summary>A type of the project's own code that has a name SeedGen would generate: where it is declared.</summary>
internal readonly record struct ClashingType(string FullName, bool IsRoot, string File, int Line, int Column, int Start, int Length, int EndLine, int EndColumn);

/// <summary>
/// The project's own types that the generated ones would clash with (CS0101, CS0260, CS0262): the
/// root class unless the project declares it <c>static partial</c> with the same visibility (a
/// legitimate extension), and <c>SeedDocument</c>, <c>SeedNumber</c>, <c>SeedRelation</c> in the
/// generated namespace. Positions as plain values, so the step's output stays value-equal.
/// </summary>
internal sealed record ConsumerTypes(EquatableArray<ClashingType> Clashes)
{
    public static readonly ConsumerTypes None = new(EquatableArray<ClashingType>.Empty);

    public static ConsumerTypes Read(Compilation compilation, SeedSettings settings, CancellationToken cancellationToken)
    {
        List<ClashingType>? clashes = null;
        Check(settings.ClassName, isRoot: true);
        foreach (var name in SeedNaming.GeneratedTypes) Check(name, isRoot: false);
        return clashes is null ? None : new ConsumerTypes(new EquatableArray<ClashingType>(clashes.ToArray()));

        void Check(string name, bool isRoot)
        {
            string fullName = settings.MetadataName(name);
            var type = compilation.Assembly.GetTypeByMetadataName(fullName);
            if (type is null || (isRoot && IsCompatibleRoot(type, settings.Public, cancellationToken))) return;
            foreach (var location in type.Locations)
            {
                if (!location.IsInSource) continue;
                var span = location.GetLineSpan();
                (clashes ??= new List<ClashingType>()).Add(new ClashingType(fullName, isRoot, span.Path, span.StartLinePosition.Line,
                    span.StartLinePosition.Character, location.SourceSpan.Start, location.SourceSpan.Length,
                    span.EndLinePosition.Line, span.EndLinePosition.Character));
                break;
            }
        }
    }

    /// <summary>A <c>static partial class</c> in every declaration, with the visibility SeedGen gives the root class.</summary>
    private static bool IsCompatibleRoot(INamedTypeSymbol type, bool isPublic, CancellationToken cancellationToken)
    {
        if (type.TypeKind != TypeKind.Class || !type.IsStatic || type.Arity != 0) return false;
        if (type.DeclaredAccessibility != (isPublic ? Accessibility.Public : Accessibility.Internal)) return false;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not ClassDeclarationSyntax declaration) return false;
            bool partial = false;
            foreach (var modifier in declaration.Modifiers)
                if (modifier.IsKind(SyntaxKind.PartialKeyword)) partial = true;
            if (!partial) return false;
        }
        return true;
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Reading;
using SeedGen.Inputs;
using SeedGen.Model;

namespace SeedGen.Diagnostics;

/// <summary>
/// Code that uses the generated seeds: a constant id that names no seed (SEED001), a metadata key
/// or readout index a statically known document lacks (SEED002, SEED003), a string lookup that
/// could be typed access (SEED004), and seeds nothing uses (SEED016). Everything it knows comes
/// from the generated symbols, resolved when code uses them (<see cref="SeedCatalog"/>); a project
/// without seeds costs one type lookup.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SeedUsageAnalyzer : DiagnosticAnalyzer
{
    public const string NearestProperty = "Nearest";
    public const string AccessProperty = "Access";

    /// <summary>The document lists a constant index is checked against (SEED003): the indexed readouts of the readout table.</summary>
    internal static readonly Dictionary<string, (string Count, string Noun)> Lists = IndexedLists();

    private static Dictionary<string, (string Count, string Noun)> IndexedLists()
    {
        var lists = new Dictionary<string, (string Count, string Noun)>(System.StringComparer.Ordinal);
        foreach (var r in Readouts.Indexed()) lists[r.Name] = (r.CountConstant!, r.Noun!);
        return lists;
    }

    private static readonly string MetadataName = Readouts.Single(ReadoutKind.Map).Name;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownSeed, Descriptors.UnknownMetadataKey, Descriptors.IndexOutOfRange, Descriptors.UseTypedAccess,
        Descriptors.UnusedSeed);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var settings = SeedSettings.Read(context.Options.AnalyzerConfigOptionsProvider, context.CancellationToken);
        // The project's own seeds, if it has any; seeds of referenced libraries are found when code calls into them.
        var catalog = SeedCatalog.Find(context.Compilation, settings);
        if (catalog is null && !ReferencesGeneratedSeeds(context.Compilation)) return; // no seeds anywhere: nothing registered
        var state = new State(catalog);
        context.RegisterOperationAction(state.Invocation, OperationKind.Invocation);
        context.RegisterOperationAction(state.PropertyReference, OperationKind.PropertyReference);
        if (catalog is null) return;
        context.RegisterOperationAction(state.MemberReference, OperationKind.FieldReference, OperationKind.MethodReference);
        if (IsEnabled(context.Compilation, Descriptors.UnusedSeed.Id))
            context.RegisterCompilationEndAction(c => state.ReportUnused(c, settings));
    }

    /// <summary>Whether a referenced assembly declares a type named <c>SeedDocument</c> (the metadata's type names: no symbols are bound).</summary>
    private static bool ReferencesGeneratedSeeds(Compilation compilation)
    {
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            if (assembly.TypeNames.Contains("SeedDocument")) return true;
        return false;
    }

    /// <summary>SEED016 is off by default: track references only when a rule set or .editorconfig turns it on.</summary>
    private static bool IsEnabled(Compilation compilation, string id)
    {
        if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var option))
            return option != ReportDiagnostic.Suppress;
        var provider = compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is null) return false;
        if (provider.TryGetGlobalDiagnosticValue(id, default, out var global) && global != ReportDiagnostic.Suppress) return true;
        foreach (var tree in compilation.SyntaxTrees)
            if (provider.TryGetDiagnosticValue(tree, id, default, out var value) && value != ReportDiagnostic.Suppress) return true;
        return false;
    }

    private sealed class State
    {
        private readonly SeedCatalog? _own;
        private readonly ConcurrentDictionary<INamedTypeSymbol, SeedCatalog?> _referenced = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, bool> _used = new(System.StringComparer.Ordinal);

        public State(SeedCatalog? own) => _own = own;

        /// <summary>The catalog whose root class <paramref name="type"/> is: the project's own, or a referenced library's.</summary>
        private SeedCatalog? CatalogOf(INamedTypeSymbol? type)
        {
            if (type is null) return null;
            if (_own is not null && SymbolEqualityComparer.Default.Equals(type, _own.Root)) return _own;
            if (type.Locations.Length > 0 && type.Locations[0].IsInSource) return null; // a type of this project: generated ones are the own catalog
            return _referenced.GetOrAdd(type, static t => SeedCatalog.ForReferencedRoot(t));
        }

        /// <summary>The seed class <paramref name="type"/> is, in whichever catalog holds it.</summary>
        private SeedInfo? InfoOf(INamedTypeSymbol type)
        {
            var root = type;
            while (root.ContainingType is not null) root = root.ContainingType;
            return ReferenceEquals(root, type) ? null : CatalogOf(root)?.Info(type);
        }

        /// <summary>Marks a seed used (SEED016), for the project's own seeds.</summary>
        private void Use(SeedCatalog catalog, string id)
        {
            if (ReferenceEquals(catalog, _own)) _used[id] = true;
        }

        public void Invocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;

            if (method.Name is "Get" or "TryGet" or "Contains" && invocation.Arguments.Length > 0
                && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string id } && method.IsStatic
                && CatalogOf(method.ContainingType) is { } catalog)
            {
                var argument = invocation.Arguments[0].Value;
                if (catalog.ById.TryGetValue(id, out var seed))
                {
                    Use(catalog, id);
                    if (method.Name == "Get")
                    {
                        string access = TypedAccess(seed) + ".Document";
                        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UseTypedAccess, invocation.Syntax.GetLocation(),
                            ImmutableDictionary<string, string?>.Empty.Add(AccessProperty, access), access, id));
                    }
                    return;
                }
                var nearest = Nearest.Find(id, catalog.ById.Keys);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownSeed, argument.Syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty.Add(NearestProperty, string.Join("\n", nearest)),
                    Nearest.Shorten(id), Nearest.Suffix(nearest, catalog.ById.Count == 0 ? ". There are no seeds" : "")));
                return;
            }

            // doc.Metadata.TryGetValue("key", out …), doc.Metadata.ContainsKey("key")
            if (method.Name is "TryGetValue" or "ContainsKey" && invocation.Arguments.Length > 0
                && KnownMetadata(invocation.Instance) is { } owner)
                CheckKey(context, owner, invocation.Arguments[0].Value);
        }

        public void PropertyReference(OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            var property = reference.Property;
            if (property.IsStatic && property.Name == "Document" && property.ContainingType is { } type && InfoOf(type) is { } seed)
            {
                if (_own?.Info(type) is not null) _used[seed.Id] = true;
                return;
            }
            if (!property.IsIndexer || reference.Arguments.Length != 1) return;

            // doc.Metadata["key"]
            if (KnownMetadata(reference.Instance) is { } owner)
            {
                CheckKey(context, owner, reference.Arguments[0].Value);
                return;
            }

            // doc.Paragraphs[9]
            if (Unwrap(reference.Instance) is IPropertyReferenceOperation list && IsDocumentMember(list.Property)
                && Lists.TryGetValue(list.Property.Name, out var count) && KnownDocument(list.Instance) is { } listOwner
                && listOwner.Counts.TryGetValue(count.Count, out int n)
                && reference.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int index } && (index < 0 || index >= n))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.IndexOutOfRange, reference.Arguments[0].Value.Syntax.GetLocation(),
                    index, listOwner.Id, n, count.Noun));
            }
        }

        public void MemberReference(OperationAnalysisContext context)
        {
            var member = context.Operation switch
            {
                IFieldReferenceOperation f => (ISymbol)f.Field,
                IMethodReferenceOperation m => m.Method,
                _ => null,
            };
            if (member?.ContainingType is { } type && _own!.Info(type) is { } seed)
                _used[seed.Id] = true;
        }

        public void ReportUnused(CompilationAnalysisContext context, SeedSettings settings)
        {
            var files = new Dictionary<string, AdditionalText>(System.StringComparer.Ordinal);
            foreach (var file in context.Options.AdditionalFiles)
                files[SeedPaths.RelativePath(file.Path, settings.ProjectDir)] = file;
            foreach (var seed in _own!.ById.Values)
            {
                if (_used.ContainsKey(seed.Id)) continue;
                var location = files.TryGetValue(seed.Path, out var file)
                    ? Location.Create(file.Path, new TextSpan(0, 0), new LinePositionSpan(default, default))
                    : Location.None;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnusedSeed, location, seed.Id));
            }
        }

        private void CheckKey(OperationAnalysisContext context, SeedInfo owner, IOperation key)
        {
            if (key.ConstantValue is not { HasValue: true, Value: string name }) return;
            if (System.Array.IndexOf(owner.MetadataKeys, name) >= 0) return;
            var nearest = Nearest.Find(name, owner.MetadataKeys);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownMetadataKey, key.Syntax.GetLocation(),
                ImmutableDictionary<string, string?>.Empty.Add(NearestProperty, string.Join("\n", nearest)),
                owner.Id, Nearest.Shorten(name), Nearest.Suffix(nearest, owner.MetadataKeys.Length == 0 ? ". It has no metadata" : "")));
        }

        /// <summary>The document whose <c>Metadata</c> this is, when it is known at compile time.</summary>
        private SeedInfo? KnownMetadata(IOperation? instance) =>
            Unwrap(instance) is IPropertyReferenceOperation metadata && metadata.Property.Name == MetadataName && IsDocumentMember(metadata.Property)
                ? KnownDocument(metadata.Instance)
                : null;

        /// <summary><c>Seeds.X.Document</c> or <c>Seeds.Get("id")</c> with a constant id of a seed.</summary>
        private SeedInfo? KnownDocument(IOperation? operation)
        {
            operation = Unwrap(operation);
            if (operation is IPropertyReferenceOperation { Property: { IsStatic: true, Name: "Document" } property }
                && InfoOf(property.ContainingType) is { } typed)
                return typed;
            if (operation is IInvocationOperation { TargetMethod: { Name: "Get", IsStatic: true } } get
                && get.Arguments.Length == 1 && get.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string id }
                && CatalogOf(get.TargetMethod.ContainingType) is { } catalog && catalog.ById.TryGetValue(id, out var byId))
                return byId;
            return null;
        }

        /// <summary>A member of a generated <c>SeedDocument</c> (the project's own, or a referenced library's).</summary>
        private bool IsDocumentMember(IPropertySymbol property) =>
            (_own?.DocumentType is { } own && SymbolEqualityComparer.Default.Equals(property.ContainingType, own))
            || SeedCatalog.IsDocumentType(property.ContainingType);

        private static IOperation? Unwrap(IOperation? operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation;
        }

        private static string TypedAccess(SeedInfo seed)
        {
            var parts = new List<string>();
            for (var t = seed.Type; t is not null; t = t.ContainingType)
                parts.Insert(0, Naming.Identifiers.Escape(t.Name));
            return string.Join(".", parts);
        }
    }
}

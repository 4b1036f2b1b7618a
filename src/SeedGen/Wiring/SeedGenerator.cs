using System;
using Microsoft.CodeAnalysis;
using SeedGen.Inputs;
using SeedGen.Corpus;
using SeedGen.Emitting;
using SeedGen.Model;
using SeedGen.Naming;

namespace SeedGen.Wiring;

/// <summary>
/// The pipeline, step by step (SPEC section 5). Each step's output is a small value-equal model,
/// never a Compilation, symbol, syntax node or AdditionalText, so an unrelated edit leaves every
/// step Cached and editing one seed re-runs only that seed's steps.
/// <code>
/// AdditionalTexts + options ─► Documents (read one seed) ─► NameRequests ─► Collect ─► Names (all class names)
///                               │                                                     │
///                               └──────────────── Placed (document + its name) ◄──────┘
///                                                   ─► Collect ─► Arranged (files, hint-name order) ─► one source per file
/// Documents ─► Signatures ─► Collect ─► Related (+ Names) ─► Seeds.Related.g.cs
/// Names + EmitOptions ─► catalog source (Seeds.g.cs);  EmitOptions ─► SeedDocument.g.cs
/// Compilation + settings ─► ConsumerTypes (the project's own Seeds/SeedDocument…: SEED020, nothing emitted)
/// </code>
/// Every <c>Combine</c> pairs two classes (collected arrays are wrapped in <see cref="Collected{T}"/>,
/// the options in records): the driver's generic node code is then compiled once for all steps. A
/// nested tuple, an <c>ImmutableArray</c> or a struct in a pair is one more instantiation of that
/// code for the JIT of a one-shot <c>csc</c> (about 300 methods fewer this way).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // 1. Options: MSBuild properties, the language version and what the references offer.
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(SeedSettings.Read)
            .WithTrackingName(Steps.Settings);
        var features = context.ParseOptionsProvider.Select(LanguageFeatures.Read).WithTrackingName(Steps.LanguageFeatures)
            .Combine(context.CompilationProvider.Select(ReferenceFeatures.Read).WithTrackingName(Steps.ReferenceFeatures))
            .Select(static (x, _) => new TargetFeatures(x.Left, x.Right))
            .WithTrackingName(Steps.Features);
        // The project's own types with a generated type's name: then nothing is generated (SEED020), not a wall of CS0101.
        var consumerTypes = context.CompilationProvider
            .Combine(settings)
            .Select(static (x, ct) => ConsumerTypes.Read(x.Left, x.Right, ct))
            .WithTrackingName(Steps.ConsumerTypes);
        var emitOptions = settings
            .Combine(features)
            .Select(static (x, _) => CreateEmitOptions(x.Left, x.Right.Language, x.Right.References))
            .Combine(consumerTypes)
            .Select(static (x, _) => x.Right.Clashes.Count == 0 ? x.Left : null)
            .WithTrackingName(Steps.EmitOptions);

        // 2. Read: one model per seed file (text → readouts), others dropped.
        var fileOptions = context.AnalyzerConfigOptionsProvider
            .Combine(settings)
            .Select(static (x, _) => new FileOptions(x.Left, x.Right))
            .WithTrackingName(Steps.FileOptions);
        var documents = context.AdditionalTextsProvider
            .Combine(fileOptions)
            .Select(static (x, ct) => SeedFiles.Read(x.Left, x.Right.Provider.GetOptions(x.Left), x.Right.Settings, ct))
            .WithTrackingName(Steps.Read)
            .Where(static d => d is not null && d.IsGenerated)
            .Select(static (d, _) => d!)
            .WithTrackingName(Steps.Documents);

        // 3. Name: every class name at once, from ids and paths only.
        var names = documents
            .Select(static (d, _) => new NameRequest(d.Key, d.Id, d.Path, d.SeedName))
            .WithTrackingName(Steps.NameRequests)
            .Collect()
            .Select(static (all, _) => new Collected<NameRequest>(all))
            .WithTrackingName(Steps.AllNameRequests)
            .Combine(settings)
            .Select(static (x, _) => SeedNaming.Assign(x.Left.Items, x.Right.ClassName))
            .WithTrackingName(Steps.Names);

        // 4. Relate documents from their signatures only (a content edit re-runs this and the per-seed steps, nothing else).
        var related = documents
            .Select(static (d, _) => new SeedSignature(d.Key, d.Id, d.Path, d.Signature))
            .WithTrackingName(Steps.Signatures)
            .Collect()
            .Select(static (all, _) => new Collected<SeedSignature>(all))
            .WithTrackingName(Steps.AllSignatures)
            .Combine(names)
            .Select(static (x, ct) => RelatedFinder.Find(x.Left.Items, x.Right, ct))
            .WithTrackingName(Steps.Related);

        // 5. Place each document under its name, and the documents in their source files: a file each, or with more
        //    than SeedNaming.MaxFilesOfTheirOwn seeds, a fixed set of shared files. The files come in hint-name order
        //    whatever the order of the items, so the generated trees, the assembly and its PDB do not depend on how
        //    MSBuild listed the seeds; an edit leaves every other file equal, and only its own is emitted again.
        var files = documents
            .Combine(names)
            .Select(static (x, _) => new PlacedSeed(x.Left, x.Right.Find(x.Left.Key)))
            .WithTrackingName(Steps.Placed)
            .Collect()
            .Combine(names)
            .Select(static (x, _) => SeedFile.Arrange(x.Left, x.Right.RootClass))
            .WithTrackingName(Steps.Arranged)
            .SelectMany(static (all, _) => all)
            .WithTrackingName(Steps.Files)
            .Combine(emitOptions)
            .WithTrackingName(Steps.FilesWithOptions);

        // 6. Emit: one source per file of seeds, the catalog, the related lists, the shared types; and say which options were not accepted.
        //    Emit options are null when the project's own types clash with the generated ones: nothing is emitted then.
        context.RegisterSourceOutput(settings, static (spc, s) => ReportOptionProblems(spc, s));
        context.RegisterSourceOutput(consumerTypes, static (spc, c) => ReportTypeClashes(spc, c));
        context.RegisterSourceOutput(files, static (spc, x) => EmitFile(spc, x.Left, x.Right));
        context.RegisterSourceOutput(names.Combine(emitOptions), static (spc, x) =>
        {
            if (x.Right is { } o) spc.AddSource(CatalogEmitter.HintName(o), CatalogEmitter.Emit(x.Left, o));
        });
        context.RegisterSourceOutput(related.Combine(emitOptions), static (spc, x) =>
        {
            if (x.Right is { } o) spc.AddSource(RelatedEmitter.HintName(o), RelatedEmitter.Emit(x.Left, o));
        });
        context.RegisterSourceOutput(emitOptions, static (spc, o) =>
        {
            if (o is not null) spc.AddSource(TypesEmitter.HintName, TypesEmitter.Emit(o));
        });
    }

    private static void ReportTypeClashes(SourceProductionContext spc, ConsumerTypes types)
    {
        foreach (var t in types.Clashes)
        {
            var span = new Microsoft.CodeAnalysis.Text.TextSpan(t.Start, t.Length);
            var lines = new Microsoft.CodeAnalysis.Text.LinePositionSpan(new(t.Line, t.Column), new(t.EndLine, t.EndColumn));
            spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.Descriptors.TypeClash, Location.Create(t.File, span, lines), t.FullName,
                t.IsRoot ? "set SeedGenClassName to another name (or declare yours 'static partial' with the same visibility to extend it)"
                     : "set SeedGenNamespace to a namespace of its own, or rename your type"));
        }
    }

    private static void ReportOptionProblems(SourceProductionContext spc, SeedSettings settings)
    {
        foreach (var p in settings.Problems)
            spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.Descriptors.InvalidOption, Location.None, p.Value, p.Property, p.Expected, p.Using));
    }

    private static EmitOptions CreateEmitOptions(SeedSettings s, LanguageFeatures language, ReferenceFeatures references) => new(
        s.Namespace, s.ClassName, s.Public, language.Utf8Literals, language.NullableAnnotations,
        references.HasSpan, references.HasSpanGetString, references.HasNotNullWhen, s.TextPack);

    private static void EmitFile(SourceProductionContext spc, SeedFile file, EmitOptions? options)
    {
        if (options is null || file.Seeds.Count == 0) return;
        foreach (var seed in file.Seeds.AsSpan())
            if (seed.Document.ReadError is { } error) // a bug of ours: never lose the text, and say so
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.Descriptors.NotAnalysed,
                    Location.Create(seed.Document.Key, default, default), seed.Document.Path, error));
        spc.AddSource(file.HintName, DocumentEmitter.Emit(file.Documents(), options, spc.CancellationToken));
    }

    /// <summary>A collected step's items as a class with value equality (see the note on Combine above).</summary>
    internal sealed record Collected<T>(EquatableArray<T> Items) where T : IEquatable<T>
    {
        public Collected(System.Collections.Immutable.ImmutableArray<T> items) : this(Copy(items)) { }

        private static EquatableArray<T> Copy(System.Collections.Immutable.ImmutableArray<T> items)
        {
            if (items.IsDefaultOrEmpty) return EquatableArray<T>.Empty;
            var copy = new T[items.Length];
            items.CopyTo(copy);
            return new EquatableArray<T>(copy);
        }
    }

    /// <summary>The options of every file and the project's settings (equal when both are the same instances, as the tuple was).</summary>
    internal sealed record FileOptions(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider Provider, SeedSettings Settings);

    /// <summary>A generated source file of documents: its hint name and its seeds, in order.</summary>
    internal sealed record SeedFile(string HintName, EquatableArray<PlacedSeed> Seeds)
    {
        /// <summary>The seeds with their names, as <see cref="DocumentEmitter.Emit(System.Collections.Generic.IReadOnlyList{ValueTuple{Model.SeedModel, NameAssignment}}, EmitOptions, System.Threading.CancellationToken)"/> takes them.</summary>
        public (Model.SeedModel Seed, NameAssignment Name)[] Documents()
        {
            var documents = new (Model.SeedModel, NameAssignment)[Seeds.Count];
            for (int i = 0; i < documents.Length; i++) documents[i] = (Seeds[i].Document, Seeds[i].Name!);
            return documents;
        }

        /// <summary>
        /// The source files of the generated seeds, in hint-name order; a file listed twice is one seed. Up to
        /// <see cref="SeedNaming.MaxFilesOfTheirOwn"/> seeds, a file each; more, all
        /// <see cref="SeedNaming.SharedFileCount"/> shared files (empty ones too, so that each keeps its place).
        /// </summary>
        public static System.Collections.Immutable.ImmutableArray<SeedFile> Arrange(System.Collections.Immutable.ImmutableArray<PlacedSeed> all, string rootClass)
        {
            var seeds = new System.Collections.Generic.List<PlacedSeed>(all.Length);
            foreach (var seed in all)
                if (seed.Name is { IsGenerated: true }) seeds.Add(seed);
            seeds.Sort(HintNameOrder.Instance);
            for (int i = seeds.Count - 1; i > 0; i--)
                if (seeds[i].Document.Key == seeds[i - 1].Document.Key) seeds.RemoveAt(i);

            var files = System.Collections.Immutable.ImmutableArray.CreateBuilder<SeedFile>();
            if (seeds.Count <= SeedNaming.MaxFilesOfTheirOwn)
            {
                foreach (var seed in seeds) files.Add(new SeedFile(seed.Name!.HintName, new EquatableArray<PlacedSeed>(new[] { seed })));
                return files.ToImmutable();
            }
            var shared = new System.Collections.Generic.List<PlacedSeed>[SeedNaming.SharedFileCount];
            for (int i = 0; i < shared.Length; i++) shared[i] = new();
            foreach (var seed in seeds) shared[SeedNaming.SharedFileOf(seed.Name!.HintName)].Add(seed);
            for (int i = 0; i < shared.Length; i++)
                files.Add(new SeedFile(SeedNaming.SharedHintName(rootClass, i), new EquatableArray<PlacedSeed>(shared[i].ToArray())));
            return files.ToImmutable();
        }

        /// <summary>By hint name (unique), then by file (a file listed twice), ordinal.</summary>
        private sealed class HintNameOrder : System.Collections.Generic.IComparer<PlacedSeed>
        {
            public static readonly HintNameOrder Instance = new();

            public int Compare(PlacedSeed? a, PlacedSeed? b)
            {
                int order = string.CompareOrdinal(a!.Name!.HintName, b!.Name!.HintName);
                return order != 0 ? order : string.CompareOrdinal(a.Document.Key, b.Document.Key);
            }
        }
    }

    /// <summary>A document with the name the naming step gave it (null while it has none).</summary>
    internal sealed record PlacedSeed(SeedModel Document, NameAssignment? Name);
}

/// <summary>Tracking names of the pipeline's steps, for the caching tests.</summary>
internal static class Steps
{
    public const string Settings = "SeedGen.Settings";
    public const string LanguageFeatures = "SeedGen.LanguageFeatures";
    public const string ReferenceFeatures = "SeedGen.ReferenceFeatures";
    public const string Features = "SeedGen.Features";
    public const string EmitOptions = "SeedGen.EmitOptions";
    public const string ConsumerTypes = "SeedGen.ConsumerTypes";
    public const string FileOptions = "SeedGen.FileOptions";
    public const string Read = "SeedGen.Read";
    public const string Documents = "SeedGen.Documents";
    public const string NameRequests = "SeedGen.NameRequests";
    public const string AllNameRequests = "SeedGen.AllNameRequests";
    public const string Names = "SeedGen.Names";
    public const string Signatures = "SeedGen.Signatures";
    public const string AllSignatures = "SeedGen.AllSignatures";
    public const string Related = "SeedGen.Related";
    public const string Placed = "SeedGen.Placed";
    public const string Arranged = "SeedGen.Arranged";
    public const string Files = "SeedGen.Files";
    public const string FilesWithOptions = "SeedGen.FilesWithOptions";
}

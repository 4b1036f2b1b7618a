using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedGen.CodeFixes;
using SeedGen.Diagnostics;
using SeedGen.Wiring;

namespace SeedGen.Tests.Analyzers;

/// <summary>Hands the generator to a workspace project, as the IDE does for a package's analyzers folder.</summary>
internal sealed class GeneratorReference : AnalyzerReference
{
    // The workspace maps generator instances back to their reference: hand out the same ones every time.
    private readonly ImmutableArray<ISourceGenerator> _generators = ImmutableArray.Create(new SeedGenerator().AsSourceGenerator());
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers =
        ImmutableArray.Create<DiagnosticAnalyzer>(new SeedUsageAnalyzer(), new SeedFileAnalyzer());

    public override string FullPath => "SeedGen.dll";
    public override object Id => "SeedGen";
    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => GetAnalyzersForAllLanguages();
    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => _analyzers;
    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) => GetGeneratorsForAllLanguages();
    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => _generators;
}

/// <summary>
/// A workspace project (sources, seeds as additional documents, a global config with the MSBuild
/// properties) with the real generator, analyzers and code fixes; applies one fix or a fix-all.
/// </summary>
internal sealed class CodeFixHarness
{
    private readonly AdhocWorkspace _workspace = new();
    private Project _project;

    public CodeFixHarness(params (string Name, string Source)[] sources)
    {
        var id = ProjectId.CreateNewId();
        var info = ProjectInfo.Create(id, VersionStamp.Default, "Demo", "Demo", LanguageNames.CSharp,
                filePath: GeneratorHarness.ProjectDir + "/Demo.csproj",
                compilationOptions: new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                    nullableContextOptions: NullableContextOptions.Enable),
                metadataReferences: Basic.Reference.Assemblies.Net100.References.All)
            .WithAnalyzerReferences(new[] { new GeneratorReference() });
        var solution = _workspace.CurrentSolution.AddProject(info);
        foreach (var (name, source) in sources)
            solution = solution.AddDocument(DocumentId.CreateNewId(id), name, SourceText.From(source), filePath: GeneratorHarness.ProjectDir + "/" + name);
        solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id), "000_29994c0a40c8d7d7.txt",
            SourceText.From(GeneratorHarness.Seed000Text), filePath: GeneratorHarness.ProjectDir + "/seeds/000_29994c0a40c8d7d7.txt");
        solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id), "001_d4a7fedfcebcdffb.txt",
            SourceText.From(GeneratorHarness.Seed001Text), filePath: GeneratorHarness.ProjectDir + "/seeds/001_d4a7fedfcebcdffb.txt");
        solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".globalconfig",
            SourceText.From("is_global = true\nbuild_property.RootNamespace = Demo\nbuild_property.MSBuildProjectDirectory = " + GeneratorHarness.ProjectDir + "\n"),
            filePath: GeneratorHarness.ProjectDir + "/.globalconfig");
        _project = solution.GetProject(id)!;
    }

    public Project Project => _project;

    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, string id)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var analyzers = new GeneratorReference().GetAnalyzersForAllLanguages();
        var all = await compilation.WithAnalyzers(analyzers, project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
        return all.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>The titles of the fixes offered for the first <paramref name="id"/> diagnostic.</summary>
    public async Task<List<CodeAction>> FixesAsync(string id)
    {
        var diagnostic = (await DiagnosticsAsync(_project, id)).First();
        var document = _project.GetDocument(diagnostic.Location.SourceTree!)!;
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
        await new SeedCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions;
    }

    public async Task<string> ApplyAsync(CodeAction action, string documentName)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var doc = changed.GetProject(_project.Id)!.Documents.Single(d => d.Name == documentName);
        return (await doc.GetTextAsync()).ToString();
    }

    /// <summary>Runs fix-all for <paramref name="equivalenceKey"/> in a scope and returns every document's new text.</summary>
    public async Task<Dictionary<string, string>> FixAllAsync(string id, string equivalenceKey, FixAllScope scope)
    {
        var provider = new SeedCodeFixProvider();
        var first = (await DiagnosticsAsync(_project, id)).First();
        var document = _project.GetDocument(first.Location.SourceTree!)!;
        var context = new FixAllContext(document, provider, scope, equivalenceKey, new[] { id }, new Diagnostics(this, id), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(_project.Id)!;
        var result = new Dictionary<string, string>();
        foreach (var doc in changed.Documents) result[doc.Name] = (await doc.GetTextAsync()).ToString();
        return result;
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly CodeFixHarness _harness;
        private readonly string _id;

        public Diagnostics(CodeFixHarness harness, string id) { _harness = harness; _id = id; }

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken ct) =>
            await _harness.DiagnosticsAsync(project, _id);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken ct)
        {
            var tree = await document.GetSyntaxTreeAsync(ct);
            return (await _harness.DiagnosticsAsync(document.Project, _id)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken ct) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}

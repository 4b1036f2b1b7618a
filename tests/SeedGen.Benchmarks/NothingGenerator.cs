using Microsoft.CodeAnalysis;

namespace SeedGen.Benchmarks;

/// <summary>Reads every additional text and emits nothing: warms the driver and the compiler for <c>--first-run</c>.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class NothingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterSourceOutput(context.AdditionalTextsProvider.Select(static (t, ct) => t.GetText(ct)?.Length ?? 0), static (_, _) => { });
}

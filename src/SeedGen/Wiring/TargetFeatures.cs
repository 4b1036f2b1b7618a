using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedGen.Wiring;

/// <summary>What the consumer's language version allows. A class, not a struct: the driver's generic node tables are then shared code, not compiled again for each step.</summary>
internal sealed record LanguageFeatures(bool Utf8Literals, bool NullableAnnotations)
{
    public static LanguageFeatures Read(ParseOptions options, CancellationToken _)
    {
        var version = options is CSharpParseOptions cs ? cs.LanguageVersion : LanguageVersion.CSharp7_3;
        return new LanguageFeatures(version >= LanguageVersion.CSharp11, version >= LanguageVersion.CSharp8);
    }
}

/// <summary>What the consumer's references provide. Value-equal, so a code edit leaves the emitters Cached.</summary>
internal sealed record ReferenceFeatures(bool HasSpan, bool HasSpanGetString, bool HasNotNullWhen)
{
    public static ReferenceFeatures Read(Compilation compilation, CancellationToken _) => new(
        compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null,
        compilation.GetTypeByMetadataName("System.Text.Unicode.Utf8") is not null,
        compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is not null);
}

/// <summary>What the language version and the references allow, as one value (the emit options are made from it and the settings).</summary>
internal sealed record TargetFeatures(LanguageFeatures Language, ReferenceFeatures References);

using System.Text;
using Microsoft.CodeAnalysis;

namespace SeedGen.Benchmarks;

/// <summary>
/// The floor: the least a generator can do with the same input — read each seed with GetText and
/// emit it as one u8 constant — so SeedGen's cost above it is the cost of the readouts.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var texts = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(".txt", System.StringComparison.Ordinal))
            .Select(static (t, ct) => (Name: System.IO.Path.GetFileNameWithoutExtension(t.Path), Text: t.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName("Floor.Read");
        context.RegisterSourceOutput(texts, static (spc, x) =>
        {
            var sb = new StringBuilder(x.Text.Length + 200);
            string name = "F_" + x.Name.GetHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            sb.Append("internal static class ").Append(name).Append(" { public static System.ReadOnlySpan<byte> Utf8 => \"");
            Emitting.CSharpText.AppendLiteralContent(sb, x.Text, 0, x.Text.Length);
            sb.Append("\"u8; }\n");
            spc.AddSource(name + ".g.cs", sb.ToString());
        });
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SeedGen.Benchmarks;

/// <summary>
/// The floor plus what SPEC section 2 asks of every seed before any readout rule: the floor's u8
/// constant, and the SHA-256 of the UTF-8 text as a constant beside it (the runtime's one-shot
/// <see cref="SHA256.HashData(byte[])"/>, OpenSSL here). A lower bound for any generator of SPEC
/// section 2's surface, whatever its readouts cost.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ShaFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var texts = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(".txt", System.StringComparison.Ordinal))
            .Select(static (t, ct) => (Name: System.IO.Path.GetFileNameWithoutExtension(t.Path), Text: t.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName("ShaFloor.Read");
        context.RegisterSourceOutput(texts, static (spc, x) =>
        {
            var sb = new StringBuilder(x.Text.Length + 300);
            string name = "F_" + x.Name.GetHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            string sha = System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(x.Text)));
            sb.Append("internal static class ").Append(name).Append(" { public const string Sha256 = \"").Append(sha)
              .Append("\"; public static System.ReadOnlySpan<byte> Utf8 => \"");
            Emitting.CSharpText.AppendLiteralContent(sb, x.Text, 0, x.Text.Length);
            sb.Append("\"u8; }\n");
            spc.AddSource(name + ".g.cs", sb.ToString());
        });
    }
}

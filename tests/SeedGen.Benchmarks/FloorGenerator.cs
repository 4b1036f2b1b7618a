using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace SeedGen.Benchmarks;

/// <summary>
/// The floor: the least a generator can do with the same input — read each seed with GetText and
/// emit it as one u8 constant — so SeedGen's cost above it is the cost of the readouts.
/// </summary>
[Generator(LanguageNames.CSharp)]
public class FloorGenerator : IIncrementalGenerator
{
    private readonly bool _withSha256;

    public FloorGenerator() : this(withSha256: false) { }

    /// <param name="withSha256">Also emit the SHA-256 of the UTF-8 text as a constant (<see cref="ShaFloorGenerator"/>).</param>
    protected FloorGenerator(bool withSha256) => _withSha256 = withSha256;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        bool withSha256 = _withSha256;
        var texts = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(".txt", System.StringComparison.Ordinal))
            .Select(static (t, ct) => (Name: System.IO.Path.GetFileNameWithoutExtension(t.Path), Text: t.GetText(ct)?.ToString() ?? ""))
            .WithTrackingName(withSha256 ? "ShaFloor.Read" : "Floor.Read");
        context.RegisterSourceOutput(texts, (spc, x) =>
        {
            var sb = new StringBuilder(x.Text.Length + 300);
            string name = "F_" + x.Name.GetHashCode().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            sb.Append("internal static class ").Append(name).Append(" { ");
            if (withSha256)
                sb.Append("public const string Sha256 = \"")
                  .Append(System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(x.Text)))).Append("\"; ");
            sb.Append("public static System.ReadOnlySpan<byte> Utf8 => \"");
            Emitting.CSharpText.AppendLiteralContent(sb, x.Text, 0, x.Text.Length);
            sb.Append("\"u8; }\n");
            spc.AddSource(name + ".g.cs", sb.ToString());
        });
    }
}

/// <summary>
/// The floor plus what SPEC section 2 asks of every seed before any readout rule: the floor's u8
/// constant, and the SHA-256 of the UTF-8 text as a constant beside it (the runtime's one-shot
/// <see cref="SHA256.HashData(byte[])"/>, OpenSSL here). A lower bound for any generator of SPEC
/// section 2's surface, whatever its readouts cost.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ShaFloorGenerator : FloorGenerator
{
    public ShaFloorGenerator() : base(withSha256: true) { }
}

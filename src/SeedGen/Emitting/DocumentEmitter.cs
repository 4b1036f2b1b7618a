using System.Collections.Generic;
using System.Text;
using SeedGen.Model;
using SeedGen.Naming;
using SeedGen.Reading;

namespace SeedGen.Emitting;

/// <summary>
/// A source file of documents: each one's nested static class with the constants, the text as UTF-8
/// (or its place in the text pack), and the <c>Document</c> object built from the ranges of
/// <see cref="Layout"/>. The members are documented once, on <c>SeedDocument</c> and in README; a
/// document's class carries its title or lead and its path, so that code completion tells seeds apart.
/// </summary>
internal static class DocumentEmitter
{
    /// <summary>
    /// String readouts longer than this are properties over <c>Document</c>, not constants: a long lead as a
    /// constant is the text a second time in the source and in the assembly's metadata.
    /// </summary>
    public const int MaxConstLength = 128;

    public static string Emit(SeedModel seed, NameAssignment name, EmitOptions o, System.Threading.CancellationToken cancellationToken = default) =>
        Emit(new[] { (seed, name) }, o, cancellationToken);

    /// <summary>
    /// One source file holding the classes of <paramref name="seeds"/> (in this order): the root class is
    /// declared once, and a folder's class once for each run of seeds in it.
    /// </summary>
    public static string Emit(IReadOnlyList<(SeedModel Seed, NameAssignment Name)> seeds, EmitOptions o, System.Threading.CancellationToken cancellationToken = default)
    {
        int capacity = 4096;
        foreach (var (seed, _) in seeds) capacity += seed.Readouts.Text.Length / (seed.TextInPack && o.TextPack ? 64 : 1) + 4096;
        // The text once plus its escapes and the members around it; a StringBuilder grows by chunks, without copying.
        var b = new SourceBuilder(capacity);
        b.Header(o).OpenNamespace(o);
        b.Open(o.Visibility + " static partial class " + o.ClassName);
        var open = new List<string>();
        foreach (var (seed, name) in seeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int folders = name.ClassPath.Count - 1, same = 0;
            while (same < open.Count && same < folders && open[same] == name.ClassPath[same]) same++;
            while (open.Count > same) { b.Close(); open.RemoveAt(open.Count - 1); }
            for (int i = same; i < folders; i++)
            {
                b.Open("public static partial class " + Identifiers.Escape(name.ClassPath[i]));
                open.Add(name.ClassPath[i]);
            }
            EmitClass(b, seed, name, o, cancellationToken);
        }
        for (int i = 0; i < open.Count; i++) b.Close();
        b.Close(); // root
        b.CloseNamespace(o);
        return b.ToString();
    }

    /// <summary>A seed's own static class, at the builder's current place.</summary>
    private static void EmitClass(SourceBuilder b, SeedModel seed, NameAssignment name, EmitOptions o, System.Threading.CancellationToken cancellationToken)
    {
        var r = seed.Readouts;
        var text = r.Text;
        bool packed = seed.TextInPack && o.TextPack;
        var (previewText, previewStart, previewLength) = (r.Title ?? r.Lead) is { } preview ? ReadoutText(r, preview) : (seed.Id, 0, seed.Id.Length);
        CSharpText.AppendDocText(b.BeginLine().Append("/// <summary>"), previewText, previewStart, previewLength);
        b.Raw.Append("</summary>");
        b.EndLine();
        CSharpText.AppendDocText(b.BeginLine().Append("/// <remarks>Seed <c>"), seed.Path, 0, seed.Path.Length, 200);
        b.Raw.Append("</c>.</remarks>");
        b.EndLine();
        b.BeginLine().Append("public static partial class ").Append(Identifiers.Escape(name.ClassPath[name.ClassPath.Count - 1]));
        b.EndLine().Open("");

        Const(b, "Id", seed.Id);
        Const(b, "Path", seed.Path);
        Const(b, "Sha256", seed.Sha256);
        foreach (var readout in Readouts.Counted()) IntConst(b, readout.CountConstant!, readout.CountIn(r));
        MetadataKeys(b, r);
        foreach (var readout in Readouts.Of(ReadoutKind.Text))
            StringReadout(b, o, readout.Name, r, readout.NeverNull ? readout.Range(r) ?? new TextRange(0, 0) : readout.Range(r), nullable: !readout.NeverNull);
        foreach (var readout in Readouts.Of(ReadoutKind.Tag)) Const(b, readout.Name, readout.TagValue!(r));
        b.Line();

        if (packed) EmitPackedUtf8(b, o, seed.Utf8Length);
        else EmitUtf8(b, text, o, cancellationToken);
        EmitLayout(b, Layout.Pack(r), o);
        b.Line();

        b.BeginLine().Append("private static ").AppendGlobal(o, "SeedDocument").Append(o.Q).Append(" s_document;");
        b.EndLine();
        // One call: the layout carries the ranges and the date, the weekday, month and keyword strings
        // are one literal, so the compiler (and any analyzer reading operations) sees a handful of
        // arguments per seed, not an array and a date.
        b.BeginLine().Append("public static ").AppendGlobal(o, "SeedDocument").Append(" Document => s_document ?? ")
            .AppendGlobal(o, "SeedDocument").Append(".__Create(ref s_document, Id, Path, Sha256, ")
            .Append(o.HasSpan ? "__Utf8, LayoutData" : packed ? "__Bytes(), s_layout" : "s_utf8, s_layout").Append(", WordCount, Script, Language, ");
        // The weekday, month and keyword strings as one literal, a line break between two (none holds one).
        b.Raw.Append('"');
        bool first = true;
        foreach (var list in Layout.StringLists(r))
            foreach (var value in list.AsSpan())
                CSharpText.AppendLiteralLine(b.Raw, ref first, value, 0, value.Length);
        b.Raw.Append("\");");
        b.EndLine();
        if (o.HasSpan)
        {
            // An explicit delegate over a method: no compiler-synthesized closure class per seed.
            b.Line();
            b.Line("private static global::System.ReadOnlySpan<byte> __Utf8() => Utf8;");
        }

        b.Close(); // document class
    }

    /// <summary>A string readout, a constant written straight from the range of the text (a property over <c>Document</c> when long).</summary>
    private static void StringReadout(SourceBuilder b, EmitOptions o, string member, SeedReadouts r, TextRange? range, bool nullable)
    {
        // A readout this seed has is a plain string constant; only an absent one is "string?" null.
        if (range is not { } at)
        {
            b.BeginLine().Append("public const string").Append(nullable ? o.Q : "").Append(' ').Append(member).Append(" = null;");
            b.EndLine();
            return;
        }
        var (text, start, length) = ReadoutText(r, at);
        if (length > MaxConstLength)
        {
            b.Line("public static string " + member + " => Document." + member + ";");
            return;
        }
        Const(b, member, text, start, length);
    }

    /// <summary>A <c>public const string</c> line whose value is <c>text.Substring(start, length)</c>, escaped straight from <paramref name="text"/>.</summary>
    private static void Const(SourceBuilder b, string member, string text, int start, int length)
    {
        CSharpText.AppendLiteral(b.BeginLine().Append("public const string ").Append(member).Append(" = "), text, start, length);
        b.Raw.Append(';');
        b.EndLine();
    }

    private static void Const(SourceBuilder b, string member, string value) => Const(b, member, value, 0, value.Length);

    /// <summary>
    /// Where the readout string of a range is, without copying it: the range itself, unless it
    /// spans lines (a joined paragraph), whose readout string is made by <see cref="SeedReadouts.Get(TextRange)"/>.
    /// </summary>
    private static (string Text, int Start, int Length) ReadoutText(SeedReadouts r, TextRange range)
    {
        if (range.Length == 0 || r.Text.IndexOf('\n', range.Start, range.Length) < 0)
            return (r.Text, range.Start, range.Length);
        string joined = r.Get(range);
        return (joined, 0, joined.Length);
    }

    private static void EmitUtf8(SourceBuilder b, string text, EmitOptions o, System.Threading.CancellationToken cancellationToken)
    {
        if (o.HasSpan && o.Utf8Literals)
        {
            b.BeginLine().Append("public static global::System.ReadOnlySpan<byte> Utf8 => ");
            CSharpText.AppendLiteral(b.Raw, text, 0, text.Length, cancellationToken);
            b.Raw.Append("u8;");
            b.EndLine();
            return;
        }
        // C# < 11: a constant byte array; for a ReadOnlySpan<byte> property the compiler points
        // into the assembly's data instead of allocating.
        b.ByteData(o, o.HasSpan ? "Utf8" : "s_utf8", Encoding.UTF8.GetBytes(text), access: "public");
        if (!o.HasSpan)
            b.Line("public static global::System.Collections.Generic.IReadOnlyList<byte> Utf8 => global::System.Array.AsReadOnly(s_utf8);");
    }

    /// <summary>
    /// <c>Utf8</c> read from the assembly's <c>SeedGen.Text.pack</c> resource on first use (found by
    /// <c>Sha256</c>, checked against its length) and kept: the source carries no text.
    /// </summary>
    private static void EmitPackedUtf8(SourceBuilder b, EmitOptions o, long length)
    {
        string load = "s_utf8 ?? " + o.Global("SeedDocument") + ".__LoadUtf8(ref s_utf8, Sha256, " + length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        b.Line("private static byte[]" + o.Q + " s_utf8;");
        if (o.HasSpan)
        {
            b.Line("public static global::System.ReadOnlySpan<byte> Utf8 => " + load + ";");
            return;
        }
        b.Line("private static byte[] __Bytes() => " + load + ";");
        b.Line("public static global::System.Collections.Generic.IReadOnlyList<byte> Utf8 => global::System.Array.AsReadOnly(__Bytes());");
    }

    /// <summary>The packed readouts (see <see cref="Layout"/>) as UTF-8: a u8 literal or a byte array.</summary>
    private static void EmitLayout(SourceBuilder b, string packed, EmitOptions o)
    {
        if (o.HasSpan && o.Utf8Literals)
        {
            b.BeginLine().Append("private static global::System.ReadOnlySpan<byte> LayoutData => ");
            CSharpText.AppendLiteral(b.Raw, packed, 0, packed.Length);
            b.Raw.Append("u8;");
            b.EndLine();
            return;
        }
        b.ByteData(o, o.HasSpan ? "LayoutData" : "s_layout", Encoding.UTF8.GetBytes(packed));
    }

    private static void IntConst(SourceBuilder b, string member, int value)
    {
        CSharpText.AppendInt(b.BeginLine().Append("public const int ").Append(member).Append(" = "), value).Append(';');
        b.EndLine();
    }

    /// <summary>The <c>MetadataKeys</c> constant: the keys (as readouts) one per line, escaped straight from the text.</summary>
    private static void MetadataKeys(SourceBuilder b, SeedReadouts r)
    {
        var sb = b.BeginLine().Append("public const string ").Append(Readouts.MetadataKeysConstant).Append(" = \"");
        bool first = true;
        foreach (var m in r.Metadata.AsSpan())
        {
            var (text, start, length) = ReadoutText(r, m.Key);
            CSharpText.AppendLiteralLine(sb, ref first, text, start, length);
        }
        sb.Append("\";");
        b.EndLine();
    }
}

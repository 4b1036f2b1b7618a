using SeedGen.Reading;
using SeedGen.Model;

namespace SeedGen.Emitting;

/// <summary>
/// <c>SeedDocument</c> and <c>SeedNumber</c>: emitted into the consumer (no runtime package),
/// in its namespace and with its visibility. The document decodes its text once and slices
/// every readout out of it from the ranges of <see cref="Layout"/>, lazily.
/// </summary>
internal static class TypesEmitter
{
    public const string HintName = Naming.SeedNaming.TypesHintName;

    /// <summary>
    /// On the members the generated code calls and users do not (the document's constructor, its
    /// <c>Utf8Source</c> delegate, <c>__Create</c>): code completion leaves them out where it honours the
    /// attribute. Fully qualified, so it needs no <c>using</c> and compiles for any target and C# 7.3.
    /// </summary>
    public const string NeverBrowsable = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    public static string Emit(EmitOptions o)
    {
        string q = o.Q;
        string v = o.Visibility;
        var b = new SourceBuilder(16_384);
        b.Header(o).OpenNamespace(o);

        b.Line("/// <summary>A number found in a seed: as written, and its value.</summary>");
        b.Open(v + " readonly struct SeedNumber : global::System.IEquatable<SeedNumber>");
        b.Line("public SeedNumber(string text, decimal value) { Text = text; Value = value; }");
        b.Line("/// <summary>The number as written, e.g. <c>70वें</c> or <c>1,00,000</c>.</summary>");
        b.Line("public string Text { get; }");
        b.Line("/// <summary>Its value, e.g. 70 or 100000.</summary>");
        b.Line("public decimal Value { get; }");
        b.Line("public bool Equals(SeedNumber other) => string.Equals(Text, other.Text) && Value == other.Value;");
        b.Line("public override bool Equals(object" + q + " obj) => obj is SeedNumber other && Equals(other);");
        b.Line("public override int GetHashCode() => (Text == null ? 0 : Text.GetHashCode()) ^ Value.GetHashCode();");
        b.Line("public override string ToString() => Text;");
        b.Close();
        b.Line();

        b.Line("/// <summary>A document related to another, and how alike they are (estimated Jaccard similarity of their content words, 0 to 1).</summary>");
        b.Open(v + " readonly struct SeedRelation : global::System.IEquatable<SeedRelation>");
        b.Line("public SeedRelation(string id, double score) { Id = id; Score = score; }");
        b.Line("/// <summary>The related seed's id.</summary>");
        b.Line("public string Id { get; }");
        b.Line("/// <summary>Estimated similarity, 0 to 1.</summary>");
        b.Line("public double Score { get; }");
        b.Line("/// <summary>The related document.</summary>");
        b.Line("public SeedDocument Document => " + o.Global(o.ClassName) + ".Get(Id);");
        b.Line("public bool Equals(SeedRelation other) => string.Equals(Id, other.Id) && Score.Equals(other.Score);");
        b.Line("public override bool Equals(object" + q + " obj) => obj is SeedRelation other && Equals(other);");
        b.Line("public override int GetHashCode() => (Id == null ? 0 : Id.GetHashCode()) ^ Score.GetHashCode();");
        b.Line("public override string ToString() => Id + \" (\" + Score.ToString(\"0.00\", global::System.Globalization.CultureInfo.InvariantCulture) + \")\";");
        b.Close();
        b.Line();

        b.Line("/// <summary>Every readout of one seed document. Read-only; strings are sliced from the text on first use.</summary>");
        b.Open(v + " sealed class SeedDocument");
        if (o.HasSpan)
        {
            b.Line("/// <summary>Returns a seed's UTF-8 bytes. Used by the generated code only.</summary>");
            b.Line(NeverBrowsable);
            b.Line("public delegate global::System.ReadOnlySpan<byte> Utf8Source();");
            b.Line();
            b.Line("private readonly Utf8Source _utf8;");
        }
        else
        {
            b.Line("private readonly byte[] _utf8;");
        }
        b.Line("private readonly int[] _layout;");
        b.Line("private readonly string[] _strings;");
        b.Line("private readonly int _lists;");
        b.Line("private string" + q + " _text;");
        b.Line("private global::System.Collections.Generic.IReadOnlyList<string>" + q + " " + Fields(ReadoutKind.List, ReadoutKind.Names) + ";");
        b.Line("private global::System.Collections.Generic.IReadOnlyList<SeedNumber>" + q + " " + Fields(ReadoutKind.Numbers) + ";");
        b.Line("private MetadataMap" + q + " " + Fields(ReadoutKind.Map) + ";");
        b.Line();
        b.Line("/// <summary>Called by the generated code only.</summary>");
        b.Line(NeverBrowsable);
        string bytes = o.HasSpan ? "global::System.ReadOnlySpan<byte>" : "byte[]";
        string source = o.HasSpan ? "Utf8Source" : "byte[]";
        b.Open("public SeedDocument(string id, string path, string sha256, " + source + " utf8, " + bytes + " layout, int wordCount, string script, string language, string names)");
        b.Line("global::System.DateTimeOffset? published;");
        b.Line("global::System.DateTime? local;");
        b.Line("Id = id; Path = path; Sha256 = sha256; _utf8 = utf8; _layout = Unpack(layout, names, out _strings, out published, out local);");
        b.Line("WordCount = wordCount; " + Readouts.Published.Name + " = published; " + Readouts.PublishedLocal.Name + " = local; Script = script; Language = language;");
        b.Line("int at = 1;");
        b.Line("for (int i = 0; i < " + Layout.TextReadouts.Length + "; i++) at += _layout[at] == 0 ? 1 : 3;");
        b.Line("_lists = at;");
        b.Close();
        b.Line();
        b.Line("/// <summary>Called by the generated code only: creates a seed's document, stores the first one created and returns the stored one.</summary>");
        b.Line(NeverBrowsable);
        b.Line("internal static SeedDocument __Create(ref SeedDocument" + q + " field, string id, string path, string sha256, " + source + " utf8, " + bytes + " layout, int wordCount, string script, string language, string names)");
        b.Line("    => __Publish(ref field, new SeedDocument(id, path, sha256, utf8, layout, wordCount, script, language, names));");
        b.Line();
        b.Line("private static SeedDocument __Publish(ref SeedDocument" + q + " field, SeedDocument created) => global::System.Threading.Interlocked.CompareExchange(ref field, created, null) ?? created;");
        b.Line();

        b.Line("/// <summary>The seed's id: its path under the seeds folder without extension, '/'-separated.</summary>");
        b.Line("public string Id { get; }");
        b.Line("/// <summary>The seed's path relative to the project, '/'-separated.</summary>");
        b.Line("public string Path { get; }");
        b.Line("/// <summary>SHA-256 of <see cref=\"Utf8\"/>, lower-case hex.</summary>");
        b.Line("public string Sha256 { get; }");
        if (o.HasSpan)
        {
            b.Line("/// <summary>The text as UTF-8 (BOM dropped, LF line ends), straight from the assembly's data.</summary>");
            b.Line("public global::System.ReadOnlySpan<byte> Utf8 => _utf8();");
        }
        else
        {
            b.Line("/// <summary>The text as UTF-8 (BOM dropped, LF line ends).</summary>");
            b.Line("public global::System.Collections.Generic.IReadOnlyList<byte> Utf8 => global::System.Array.AsReadOnly(_utf8);");
        }
        b.Line("/// <summary>The text, decoded once on first use.</summary>");
        string decode = !o.HasSpan ? "global::System.Text.Encoding.UTF8.GetString(_utf8)"
            : o.HasSpanGetString ? "global::System.Text.Encoding.UTF8.GetString(_utf8())"
            : "global::System.Text.Encoding.UTF8.GetString(_utf8().ToArray())";
        b.Line("public string Text => _text ?? (_text = " + decode + ");");
        foreach (var kind in MemberOrder)
            foreach (var readout in Readouts.Of(kind))
                Member(b, o, readout);
        b.Line("/// <summary>Up to five most similar seeds (at least 0.1), best first.</summary>");
        b.Line("public global::System.Collections.Generic.IReadOnlyList<SeedRelation> Related => " + o.Global(o.ClassName) + ".Related(Id);");
        b.Line("public override string ToString() => Id;");
        b.Line();

        Layout.EmitDecoder(b, o, bytes);
        b.Line();
        if (o.TextPack) EmitPackReader(b, o);
        b.Line("/// <summary>A range of the text; a line break inside it (a wrapped paragraph) reads as one space.</summary>");
        b.Open("private string Slice(int start, int length)");
        b.Line("string text = Text;");
        b.Line("if (text.IndexOf('\\n', start, length) < 0) return text.Substring(start, length);");
        b.Line("var sb = new global::System.Text.StringBuilder(length);");
        b.Open("for (int i = start; i < start + length; i++)");
        b.Line("char c = text[i];");
        b.Line("if (c != '\\n') { sb.Append(c); continue; }");
        b.Line("while (sb.Length > 0 && IsBlank(sb[sb.Length - 1])) sb.Length--;");
        b.Line("while (i + 1 < start + length && IsBlank(text[i + 1])) i++;");
        b.Line("sb.Append(' ');");
        b.Close();
        b.Line("return sb.ToString();");
        b.Close();
        b.Line();
        b.Line("private static bool IsBlank(char c) => c == ' ' || c == '\\t' || c == '\\u00A0';");
        b.Line();

        // Ordered, read-only metadata.
        b.Open("private sealed class MetadataMap : global::System.Collections.Generic.IReadOnlyDictionary<string, string>");
        b.Line("private readonly string[] _keys;");
        b.Line("private readonly string[] _values;");
        b.Line("private global::System.Collections.Generic.Dictionary<string, int>" + q + " _index;");
        b.Open("public MetadataMap(SeedDocument document)");
        b.Line("int at = document.MetadataStart;");
        b.Line("int count = document._layout[at];");
        b.Line("_keys = new string[count];");
        b.Line("_values = new string[count];");
        b.Open("for (int i = 0; i < count; i++)");
        b.Line("int p = at + 1 + 4 * i;");
        b.Line("_keys[i] = document.Slice(document._layout[p], document._layout[p + 1]);");
        b.Line("_values[i] = document.Slice(document._layout[p + 2], document._layout[p + 3]);");
        b.Close();
        b.Close();
        b.Open("private int IndexOf(string key)");
        b.Line("if (key == null) throw new global::System.ArgumentNullException(nameof(key));");
        b.Open("if (_index == null)");
        b.Line("var index = new global::System.Collections.Generic.Dictionary<string, int>(_keys.Length, global::System.StringComparer.Ordinal);");
        b.Line("for (int i = 0; i < _keys.Length; i++) index[_keys[i]] = i;");
        b.Line("_index = index;");
        b.Close();
        b.Line("int found;");
        b.Line("return _index.TryGetValue(key, out found) ? found : -1;");
        b.Close();
        b.Line("public int Count => _keys.Length;");
        b.Line("public global::System.Collections.Generic.IEnumerable<string> Keys => global::System.Array.AsReadOnly(_keys);");
        b.Line("public global::System.Collections.Generic.IEnumerable<string> Values => global::System.Array.AsReadOnly(_values);");
        b.Line("public string this[string key] { get { int i = IndexOf(key); if (i < 0) throw new global::System.Collections.Generic.KeyNotFoundException(\"No metadata key '\" + key + \"'.\"); return _values[i]; } }");
        b.Line("public bool ContainsKey(string key) => IndexOf(key) >= 0;");
        string notNullWhen = o.HasNotNullWhen && o.NullableAnnotations ? "[global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] " : "";
        b.Line("public bool TryGetValue(string key, " + notNullWhen + "out string value) { int i = IndexOf(key); value = i < 0 ? null! : _values[i]; return i >= 0; }"
            .Replace("null!", o.NullableAnnotations ? "null!" : "null"));
        b.Open("public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, string>> GetEnumerator()");
        b.Line("for (int i = 0; i < _keys.Length; i++) yield return new global::System.Collections.Generic.KeyValuePair<string, string>(_keys[i], _values[i]);");
        b.Close();
        b.Line("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
        b.Close();

        b.Close();
        b.CloseNamespace(o);
        return b.ToString();
    }

    /// <summary>
    /// <c>__LoadUtf8</c>: a seed's text from the assembly's <see cref="Packing.TextPack"/> resource. The
    /// first call reads the pack's index (44 bytes a text); each text is then found by binary search on
    /// its SHA-256 and copied out once. A missing resource or text is an exception that says why.
    /// </summary>
    private static void EmitPackReader(SourceBuilder b, EmitOptions o)
    {
        string q = o.Q;
        string stream = "global::System.IO.Stream";
        b.Line("private static readonly object s_packLock = new object();");
        b.Line("private static " + stream + q + " s_pack;");
        b.Line("private static byte[]" + q + " s_packIndex;");
        b.Line();
        b.Line("/// <summary>Called by the generated code only: a seed's UTF-8 from the assembly's " + Packing.TextPack.ResourceName + " resource, kept in <paramref name=\"field\"/>.</summary>");
        b.Line(NeverBrowsable);
        b.Open("internal static byte[] __LoadUtf8(ref byte[]" + q + " field, string sha256, int length)");
        b.Line("byte[] bytes = length == 0 ? new byte[0] : ReadPacked(sha256, length);");
        b.Line("return global::System.Threading.Interlocked.CompareExchange(ref field, bytes, null) ?? bytes;");
        b.Close();
        b.Line();
        b.Open("private static byte[] ReadPacked(string sha256, int length)");
        b.Open("lock (s_packLock)");
        b.Line("var pack = s_pack;");
        b.Line("var index = s_packIndex;");
        b.Open("if (pack == null || index == null)");
        b.Line("pack = typeof(SeedDocument).Assembly.GetManifestResourceStream(\"" + Packing.TextPack.ResourceName + "\");");
        b.Line("if (pack == null) throw new global::System.InvalidOperationException(\"The assembly has no " + Packing.TextPack.ResourceName
            + " resource: the SeedGen package's build targets add it. Build with them, or set SeedGenTextPack=false to keep the text in the generated code.\");");
        b.Line("var head = new byte[" + Packing.TextPack.HeaderSize + "];");
        b.Line("ReadAll(pack, head);");
        b.Line("if (head[0] != (byte)'S' || head[1] != (byte)'G' || head[2] != (byte)'T' || head[3] != (byte)'P' || ReadInt(head, 4, 4) != " + Packing.TextPack.Version + ")");
        b.Line("    throw new global::System.InvalidOperationException(\"" + Packing.TextPack.ResourceName + " is not a SeedGen text pack of version " + Packing.TextPack.Version + ".\");");
        b.Line("index = new byte[checked((int)ReadInt(head, 8, 4) * " + Packing.TextPack.EntrySize + ")];");
        b.Line("ReadAll(pack, index);");
        b.Line("s_pack = pack;");
        b.Line("s_packIndex = index;");
        b.Close();
        b.Line("int lo = 0, hi = index.Length / " + Packing.TextPack.EntrySize + " - 1;");
        b.Open("while (lo <= hi)");
        b.Line("int mid = (lo + hi) >> 1;");
        b.Line("int at = mid * " + Packing.TextPack.EntrySize + ";");
        b.Line("int order = CompareHash(index, at, sha256);");
        b.Line("if (order < 0) { lo = mid + 1; continue; }");
        b.Line("if (order > 0) { hi = mid - 1; continue; }");
        b.Line("if (ReadInt(index, at + 40, 4) != length) break;");
        b.Line("var bytes = new byte[length];");
        b.Line("pack.Position = " + Packing.TextPack.HeaderSize + " + index.Length + ReadInt(index, at + 32, 8);");
        b.Line("ReadAll(pack, bytes);");
        b.Line("return bytes;");
        b.Close();
        b.Line("throw new global::System.InvalidOperationException(\"" + Packing.TextPack.ResourceName
            + " holds no text of \" + length + \" bytes with SHA-256 \" + sha256 + \": the resource and the generated code come from different builds.\");");
        b.Close();
        b.Close();
        b.Line();
        b.Open("private static int CompareHash(byte[] index, int at, string sha256)");
        b.Open("for (int i = 0; i < 32; i++)");
        b.Line("int order = index[at + i] - ((HexDigit(sha256[2 * i]) << 4) | HexDigit(sha256[2 * i + 1]));");
        b.Line("if (order != 0) return order;");
        b.Close();
        b.Line("return 0;");
        b.Close();
        b.Line();
        b.Line("private static int HexDigit(char c) => c <= '9' ? c - '0' : c - 'a' + 10;");
        b.Line();
        b.Open("private static long ReadInt(byte[] bytes, int at, int size)");
        b.Line("long value = 0;");
        b.Line("for (int i = size - 1; i >= 0; i--) value = (value << 8) | bytes[at + i];");
        b.Line("return value;");
        b.Close();
        b.Line();
        b.Open("private static void ReadAll(" + stream + " stream, byte[] buffer)");
        b.Open("for (int done = 0; done < buffer.Length;)");
        b.Line("int read = stream.Read(buffer, done, buffer.Length - done);");
        b.Line("if (read <= 0) throw new global::System.IO.EndOfStreamException(\"" + Packing.TextPack.ResourceName + " ends early.\");");
        b.Line("done += read;");
        b.Close();
        b.Close();
        b.Line();
    }

    /// <summary>The order of <c>SeedDocument</c>'s readout members by kind (table order inside a kind).</summary>
    private static readonly ReadoutKind[] MemberOrder =
    {
        ReadoutKind.Text, ReadoutKind.List, ReadoutKind.Map, ReadoutKind.Numbers, ReadoutKind.Count, ReadoutKind.Date,
        ReadoutKind.Names, ReadoutKind.Tag,
    };

    private static string Fields(params ReadoutKind[] kinds)
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (var kind in kinds)
            foreach (var r in Readouts.Of(kind)) names.Add(r.Field);
        return string.Join(", ", names);
    }

    /// <summary>One readout's member of <c>SeedDocument</c>, with its summary; a Count readout is followed by the list counts the document repeats.</summary>
    private static void Member(SourceBuilder b, EmitOptions o, Readout r)
    {
        const string List = "global::System.Collections.Generic.IReadOnlyList";
        b.Line("/// <summary>" + r.Summary + "</summary>");
        switch (r.Kind)
        {
            case ReadoutKind.Text:
                b.Line(r.NeverNull
                    ? "public string " + r.Name + " => " + Layout.ReaderOf(r) + " ?? \"\";"
                    : "public string" + o.Q + " " + r.Name + " => " + Layout.ReaderOf(r) + ";");
                break;
            case ReadoutKind.List or ReadoutKind.Names:
                b.Line("public " + List + "<string> " + r.Name + " => " + r.Field + " ?? (" + r.Field + " = " + Layout.ReaderOf(r) + ");");
                break;
            case ReadoutKind.Numbers:
                b.Line("public " + List + "<SeedNumber> " + r.Name + " => " + r.Field + " ?? (" + r.Field + " = " + Layout.ReaderOf(r) + ");");
                break;
            case ReadoutKind.Map:
                b.Line("public global::System.Collections.Generic.IReadOnlyDictionary<string, string> " + r.Name + " => " + r.Field + " ?? (" + r.Field + " = new MetadataMap(this));");
                break;
            case ReadoutKind.Count:
                b.Line("public int " + r.Name + " { get; }");
                foreach (var list in Readouts.Of(ReadoutKind.List))
                {
                    if (list.CountSummary is null) continue;
                    b.Line("/// <summary>" + list.CountSummary + "</summary>");
                    b.Line("public int " + list.CountConstant + " => " + Layout.CountOf(list) + ";");
                }
                break;
            case ReadoutKind.Date:
                b.Line("public global::System." + r.Type + " " + r.Name + " { get; }");
                break;
            case ReadoutKind.Tag:
                b.Line("public string " + r.Name + " { get; }");
                break;
        }
    }
}

using System.Collections.Generic;
using System.Globalization;
using SeedGen.Corpus;

namespace SeedGen.Emitting;

/// <summary>
/// <c>Seeds.Related(id)</c>: the related documents of each seed, in a file of their own so that
/// a content edit never rewrites another document's file. The lists are data — per document its
/// ordinal, the number of relations, and each related document's ordinal and agreeing signature
/// positions, as varints — decoded into lists once, on first use; ids are found through the
/// catalog's hash table. No <c>switch</c> over ids (see <see cref="CatalogEmitter"/>).
/// Near-duplicates are listed in a constant for SEED014.
/// </summary>
internal static class RelatedEmitter
{
    public static string HintName(EmitOptions o) => Naming.SeedNaming.RelatedHintName(o.ClassName);

    /// <summary>The related lists as bytes: for each document with relations, varint ordinal, count, then per relation varint ordinal and agreement.</summary>
    public static byte[] Data(RelatedTable table)
    {
        var bytes = new List<byte>();
        foreach (var entry in table.Entries)
        {
            Varint(bytes, entry.Ordinal);
            bytes.Add((byte)entry.Related.Count);
            foreach (var r in entry.Related)
            {
                Varint(bytes, r.Ordinal);
                bytes.Add((byte)r.Agreement);
            }
        }
        return bytes.ToArray();
    }

    private static void Varint(List<byte> bytes, int value)
    {
        uint v = (uint)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }
        bytes.Add((byte)v);
    }

    public static string Emit(RelatedTable table, EmitOptions o)
    {
        string relation = o.Global("SeedRelation");
        string list = "global::System.Collections.Generic.IReadOnlyList<" + relation + ">";
        var data = Data(table);
        var b = new SourceBuilder(2048 + data.Length * 4);
        b.Header(o).OpenNamespace(o);
        b.Open(o.Visibility + " static partial class " + o.ClassName);
        b.Line("/// <summary>Seeds with nearly the same content as an earlier one (estimated similarity ≥ 0.9), one line each: path, the earliest such path, agreeing signature positions of 128.</summary>");
        string near = table.NearDuplicateLines();
        CSharpText.AppendLiteral(b.BeginLine().Append("public const string NearDuplicates = "), near, 0, near.Length);
        b.Raw.Append(';');
        b.EndLine();
        b.Line();
        b.Line("private static " + list + "[]" + o.Q + " __related;");
        b.Line("private static readonly " + list + " __none = new " + relation + "[0];");
        b.Line();
        b.Line("/// <summary>Per document with relations: varint ordinal, count, then (varint ordinal, agreeing positions of 128) per relation.</summary>");
        b.ByteData(o, "__RelatedData", data);
        b.Line();
        b.Line("/// <summary>Up to five documents most like this one (MinHash estimate of the Jaccard similarity of their content words, at least 0.1), best first, ties by id.</summary>");
        b.Open("public static " + list + " Related(string id)");
        b.Line("int ordinal = __IndexOf(id);");
        b.Line("if (ordinal < 0) return __none;");
        b.Line("var all = __related ?? __DecodeRelated();");
        b.Line("return all[ordinal] ?? __none;");
        b.Close();
        b.Line();
        b.Open("private static " + list + "[] __DecodeRelated()");
        b.Line("var all = new " + list + "[Count];");
        b.Line("var data = __RelatedData;");
        b.Line("int at = 0;");
        b.Open("while (at < data.Length)");
        b.Line("int ordinal = 0;");
        b.Line("for (int shift = 0; ; shift += 7) { int part = data[at++]; ordinal |= (part & 0x7F) << shift; if (part < 0x80) break; }");
        b.Line("var relations = new " + relation + "[data[at++]];");
        b.Open("for (int k = 0; k < relations.Length; k++)");
        b.Line("int other = 0;");
        b.Line("for (int shift = 0; ; shift += 7) { int part = data[at++]; other |= (part & 0x7F) << shift; if (part < 0x80) break; }");
        b.Line("relations[k] = new " + relation + "(__idTable[other], data[at++] / " + MinHash.Size.ToString(CultureInfo.InvariantCulture) + ".0);");
        b.Close();
        b.Line("all[ordinal] = relations;");
        b.Close();
        b.Line("return global::System.Threading.Interlocked.CompareExchange(ref __related, all, null) ?? all;");
        b.Close();
        b.Close();
        b.CloseNamespace(o);
        return b.ToString();
    }
}

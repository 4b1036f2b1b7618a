using System;
using System.Collections.Generic;
using System.Globalization;
using SeedGen.Naming;

namespace SeedGen.Emitting;

/// <summary>
/// The root class: <c>Count</c>, <c>All</c>, <c>Ids</c>, <c>Get</c>, <c>TryGet</c>,
/// <c>Contains</c>. Built from the name table only (ids and class paths), so editing a seed's
/// content never re-emits it. An id is found through a hash table emitted as data (an FNV-1a hash of
/// the id → slot → ordinal), and an ordinal reaches its class through <c>switch</c>es of at most
/// <see cref="SwitchChunk"/> cases: no dictionary is built at start-up, nothing is allocated, and
/// the compiler never sees one huge <c>switch</c> (its decision-DAG builder is quadratic in the
/// cases: a 10,000-case switch costs 20 s of compile time, 40 chunks of 256 cost 1 s).
/// </summary>
internal static class CatalogEmitter
{
    public static string HintName(EmitOptions o) => SeedNaming.CatalogHintName(o.ClassName);

    /// <summary>Cases per generated <c>switch</c>.</summary>
    public const int SwitchChunk = 256;

    /// <summary>
    /// The hash of an id as the emitted <c>__IndexOf</c> computes it: FNV-1a steps over pairs of
    /// UTF-16 code units in two interleaved lanes (four characters per round, two independent
    /// multiplication chains: about 7 ns for a 20-character id where plain FNV-1a takes 12), the
    /// remaining characters one by one, then mixed.
    /// </summary>
    public static uint Hash(string id)
    {
        unchecked
        {
            uint a = 2166136261, b = 2166136261 ^ (uint)id.Length;
            int i = 0;
            for (; i + 3 < id.Length; i += 4)
            {
                a = (a ^ (id[i] | ((uint)id[i + 1] << 16))) * 16777619;
                b = (b ^ (id[i + 2] | ((uint)id[i + 3] << 16))) * 16777619;
            }
            for (; i < id.Length; i++) a = (a ^ id[i]) * 16777619;
            uint h = a ^ ((b << 13) | (b >> 19));
            return h ^ (h >> 15);
        }
    }

    /// <summary>
    /// The open-addressing slot table for <paramref name="ids"/> (in ordinal order): a power of two
    /// at least twice the count, each slot the ordinal + 1 (0 = empty), <paramref name="width"/>
    /// bytes little-endian.
    /// </summary>
    public static byte[] SlotTable(IReadOnlyList<string> ids, out int slots, out int width)
    {
        slots = 2;
        while (slots < ids.Count * 2) slots <<= 1;
        width = ids.Count < 0xFFFF ? 2 : 4;
        var table = new byte[slots * width];
        for (int ordinal = 0; ordinal < ids.Count; ordinal++)
        {
            int slot = (int)(Hash(ids[ordinal]) & (uint)(slots - 1));
            while (Read(table, slot, width) != 0) slot = (slot + 1) & (slots - 1);
            for (int k = 0; k < width; k++) table[slot * width + k] = (byte)((ordinal + 1) >> (8 * k));
        }
        return table;
    }

    private static int Read(byte[] table, int slot, int width)
    {
        int value = 0;
        for (int k = 0; k < width; k++) value |= table[slot * width + k] << (8 * k);
        return value;
    }

    public static string Emit(NameTable names, EmitOptions o)
    {
        var docs = new List<NameAssignment>();
        foreach (var a in names.Assignments)
            if (a.IsGenerated) docs.Add(a);
        docs.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

        string q = o.Q;
        string doc = o.Global("SeedDocument");
        string list = "global::System.Collections.Generic.IReadOnlyList";
        var b = new SourceBuilder(4096 + docs.Count * 200);
        b.Header(o).OpenNamespace(o);
        b.Line("/// <summary>The seed documents of this project, as compile-time data.</summary>");
        b.Open(o.Visibility + " static partial class " + o.ClassName);
        b.Line("/// <summary>The number of seed documents.</summary>");
        b.Line("public const int Count = " + docs.Count.ToString(CultureInfo.InvariantCulture) + ";");
        b.Line();
        b.Line("private static " + list + "<" + doc + ">" + q + " __all;");
        b.Line("private static " + list + "<string>" + q + " __ids;");
        b.Line();
        b.Line("/// <summary>Every seed document, ordered by id (ordinal).</summary>");
        b.Line("public static " + list + "<" + doc + "> All => __all ?? (__all = global::System.Array.AsReadOnly(new " + doc + "[]");
        b.Line("{");
        foreach (var a in docs) b.Line("    " + TypedAccess(o, a) + ".Document,");
        b.Line("}));");
        b.Line();
        b.Line("/// <summary>Every seed id, ordered (ordinal).</summary>");
        b.Line("public static " + list + "<string> Ids => __ids ?? (__ids = global::System.Array.AsReadOnly(__idTable));");
        b.Line();
        b.Line("private static readonly string[] __idTable = new string[]");
        b.Line("{");
        foreach (var a in docs) b.Line("    " + TypedAccess(o, a) + ".Id,");
        b.Line("};");
        b.Line();
        b.Line("/// <summary>The document with this id.</summary>");
        b.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No seed has this id; the message names the nearest ids.</exception>");
        b.Line("public static " + doc + " Get(string id) => __Find(id) ?? throw new global::System.Collections.Generic.KeyNotFoundException(__Missing(id));");
        b.Line();
        b.Line("/// <summary>Looks a document up by id.</summary>");
        string notNullWhen = o.HasNotNullWhen && o.NullableAnnotations ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : "";
        b.Open("public static bool TryGet(string id, " + notNullWhen + "out " + doc + q + " document)");
        b.Line("document = __Find(id);");
        b.Line("return document != null;");
        b.Close();
        b.Line();
        b.Line("/// <summary>Whether a seed has this id (without loading it).</summary>");
        b.Line("public static bool Contains(string id) => __IndexOf(id) >= 0;");
        b.Line();
        b.Open("private static " + doc + q + " __Find(string id)");
        b.Line("int ordinal = __IndexOf(id);");
        b.Line("return ordinal < 0 ? null : __Document(ordinal);");
        b.Close();
        b.Line();
        EmitIndexOf(b, docs, o);
        EmitDocumentSwitch(b, docs, o, doc + q);
        EmitMissing(b);
        b.Close();
        b.CloseNamespace(o);
        return b.ToString();
    }

    /// <summary><c>__IndexOf(id)</c>: the ordinal of an id through the slot table, or -1.</summary>
    private static void EmitIndexOf(SourceBuilder b, List<NameAssignment> docs, EmitOptions o)
    {
        var ids = docs.ConvertAll(a => a.Id);
        var table = SlotTable(ids, out int slots, out int width);
        string mask = (slots - 1).ToString(CultureInfo.InvariantCulture);
        b.Line("/// <summary>Slot table of the ids (FNV-1a over character pairs in two lanes, open addressing): ordinal + 1 per slot, " + width.ToString(CultureInfo.InvariantCulture) + " bytes little-endian, 0 = empty.</summary>");
        b.ByteData(o, "__Slots", table);
        b.Line();
        b.Line("/// <summary>The ordinal of this id in <see cref=\"Ids\"/>, or -1.</summary>");
        b.Open("private static int __IndexOf(string id)");
        b.Line("if (id == null) return -1;");
        b.Line("uint a = 2166136261, b = 2166136261 ^ (uint)id.Length;");
        b.Line("int i = 0;");
        b.Open("for (; i + 3 < id.Length; i += 4)");
        b.Line("a = unchecked((a ^ (id[i] | ((uint)id[i + 1] << 16))) * 16777619);");
        b.Line("b = unchecked((b ^ (id[i + 2] | ((uint)id[i + 3] << 16))) * 16777619);");
        b.Close();
        b.Line("for (; i < id.Length; i++) a = unchecked((a ^ id[i]) * 16777619);");
        b.Line("uint hash = a ^ ((b << 13) | (b >> 19));");
        b.Line("hash ^= hash >> 15;");
        b.Line("var slots = __Slots;");
        b.Open("for (int slot = (int)(hash & " + mask + "); ; slot = (slot + 1) & " + mask + ")");
        b.Line(width == 2
            ? "int entry = slots[2 * slot] | (slots[2 * slot + 1] << 8);"
            : "int entry = slots[4 * slot] | (slots[4 * slot + 1] << 8) | (slots[4 * slot + 2] << 16) | (slots[4 * slot + 3] << 24);");
        b.Line("if (entry == 0) return -1;");
        b.Line("if (string.Equals(__idTable[entry - 1], id)) return entry - 1;");
        b.Close();
        b.Close();
        b.Line();
    }

    /// <summary>
    /// <c>__Document(ordinal)</c>: one method (no extra member names that a seed could clash
    /// with), a <c>switch</c> on the chunk holding <c>switch</c>es of at most
    /// <see cref="SwitchChunk"/> cases.
    /// </summary>
    private static void EmitDocumentSwitch(SourceBuilder b, List<NameAssignment> docs, EmitOptions o, string type)
    {
        int chunks = (docs.Count + SwitchChunk - 1) / SwitchChunk;
        b.Open("private static " + type + " __Document(int ordinal)");
        if (chunks > 1) b.Open("switch (ordinal / " + SwitchChunk.ToString(CultureInfo.InvariantCulture) + ")");
        for (int c = 0; c < chunks; c++)
        {
            if (chunks > 1) b.Line("case " + c.ToString(CultureInfo.InvariantCulture) + ":").Open("");
            b.Open("switch (ordinal)");
            for (int i = c * SwitchChunk; i < Math.Min(docs.Count, (c + 1) * SwitchChunk); i++)
                b.Line("case " + i.ToString(CultureInfo.InvariantCulture) + ": return " + TypedAccess(o, docs[i]) + ".Document;");
            b.Close();
            if (chunks > 1) b.Line("break;").Close();
        }
        if (chunks > 1) b.Close();
        b.Line("return null;");
        b.Close();
        b.Line();
    }

    /// <summary><c>global::Ns.Seeds.Folder.Doc</c>.</summary>
    public static string TypedAccess(EmitOptions o, NameAssignment a)
    {
        var sb = new System.Text.StringBuilder(o.Global(o.ClassName));
        foreach (var part in a.ClassPath) sb.Append('.').Append(Identifiers.Escape(part));
        return sb.ToString();
    }

    private static void EmitMissing(SourceBuilder b)
    {
        b.Line("/// <summary>\"No seed with id 'x'. Nearest: a, b, c.\" — by edit distance, ties ordinal.</summary>");
        b.Open("private static string __Missing(string id)");
        b.Line("if (id == null) return \"The seed id is null.\";");
        b.Line("var ids = Ids;");
        b.Line("var best = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<int, string>>();");
        b.Line("foreach (var candidate in ids) best.Add(new global::System.Collections.Generic.KeyValuePair<int, string>(__Distance(id, candidate), candidate));");
        b.Line("best.Sort((x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : string.CompareOrdinal(x.Value, y.Value));");
        b.Line("var names = new global::System.Text.StringBuilder();");
        b.Line("for (int i = 0; i < best.Count && i < 3; i++) names.Append(i == 0 ? \"\" : \", \").Append('\\'').Append(best[i].Value).Append('\\'');");
        b.Line("return \"No seed with id '\" + id + \"'.\" + (names.Length > 0 ? \" Nearest: \" + names + \".\" : \" There are no seeds.\");");
        b.Close();
        b.Line();
        b.Open("private static int __Distance(string a, string b)");
        b.Line("var previous = new int[b.Length + 1];");
        b.Line("var current = new int[b.Length + 1];");
        b.Line("for (int j = 0; j <= b.Length; j++) previous[j] = j;");
        b.Open("for (int i = 1; i <= a.Length; i++)");
        b.Line("current[0] = i;");
        b.Line("for (int j = 1; j <= b.Length; j++)");
        b.Line("    current[j] = global::System.Math.Min(global::System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));");
        b.Line("var swap = previous; previous = current; current = swap;");
        b.Close();
        b.Line("return previous[b.Length];");
        b.Close();
    }
}

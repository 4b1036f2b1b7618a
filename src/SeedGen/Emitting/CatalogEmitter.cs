using System.Collections.Generic;
using System.Globalization;
using SeedGen.Naming;

namespace SeedGen.Emitting;

/// <summary>
/// The root class: <c>Count</c>, <c>All</c>, <c>Ids</c>, <c>Get</c>, <c>TryGet</c>,
/// <c>Contains</c>. Built from the name table only (ids and class paths), so editing a seed's
/// content never re-emits it. Lookups are a <c>switch</c> on the id, which the compiler turns
/// into a hash jump: no dictionary is built at start-up and nothing is allocated.
/// </summary>
internal static class CatalogEmitter
{
    public static string HintName(EmitOptions o) => o.ClassName + ".g.cs";

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
        b.Line("public static " + list + "<string> Ids => __ids ?? (__ids = global::System.Array.AsReadOnly(new string[]");
        b.Line("{");
        foreach (var a in docs) b.Line("    " + TypedAccess(o, a) + ".Id,");
        b.Line("}));");
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
        b.Open("public static bool Contains(string id)");
        b.Open("switch (id)");
        foreach (var a in docs) b.Line("case " + CSharpText.Literal(a.Id) + ":");
        if (docs.Count > 0) b.Line("    return true;");
        b.Line("default:");
        b.Line("    return false;");
        b.Close();
        b.Close();
        b.Line();
        b.Open("private static " + doc + q + " __Find(string id)");
        b.Open("switch (id)");
        foreach (var a in docs)
            b.Line("case " + CSharpText.Literal(a.Id) + ": return " + TypedAccess(o, a) + ".Document;");
        b.Line("default: return null;");
        b.Close();
        b.Close();
        b.Line();
        EmitMissing(b);
        b.Close();
        b.CloseNamespace(o);
        return b.ToString();
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

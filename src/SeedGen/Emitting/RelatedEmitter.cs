using System.Globalization;
using System.Text;
using SeedGen.Corpus;

namespace SeedGen.Emitting;

/// <summary>
/// <c>Seeds.Related(id)</c>: the related documents of each seed, in a file of their own so that
/// a content edit never rewrites another document's file. The lookup is a switch on the id; each
/// list is built on first use and cached. Near-duplicates are listed in a constant for SEED014.
/// </summary>
internal static class RelatedEmitter
{
    public static string HintName(EmitOptions o) => o.ClassName + ".Related.g.cs";

    public static string Emit(RelatedTable table, EmitOptions o)
    {
        string list = "global::System.Collections.Generic.IReadOnlyList<" + o.Global("SeedRelation") + ">";
        var b = new SourceBuilder(1024 + table.Entries.Count * 160);
        b.Header(o).OpenNamespace(o);
        b.Open(o.Visibility + " static partial class " + o.ClassName);
        b.Line("/// <summary>Seeds with the same content as another, or nearly (estimated similarity ≥ 0.9): path, other path, agreeing signature positions of 128; one per line.</summary>");
        var near = new StringBuilder();
        foreach (var n in table.NearDuplicates)
            near.Append(n.Path).Append('\t').Append(n.Other).Append('\t').Append(n.Agreement.ToString(CultureInfo.InvariantCulture)).Append('\n');
        b.Line("public const string NearDuplicates = " + CSharpText.Literal(near.ToString()) + ";");
        b.Line();
        b.Line("private static readonly " + list + "[] __related = new " + list + "[" + table.Entries.Count.ToString(CultureInfo.InvariantCulture) + "];");
        b.Line("private static readonly " + list + " __none = new " + o.Global("SeedRelation") + "[0];");
        b.Line();
        b.Line("/// <summary>Up to five documents most like this one (MinHash estimate of the Jaccard similarity of their content words, at least 0.1), best first, ties by id.</summary>");
        b.Open("public static " + list + " Related(string id)");
        b.Line("int ordinal = __Ordinal(id);");
        b.Line("return ordinal < 0 ? __none : __related[ordinal] ?? (__related[ordinal] = __RelatedOf(ordinal));");
        b.Close();
        b.Line();
        b.Open("private static int __Ordinal(string id)");
        b.Open("switch (id)");
        for (int i = 0; i < table.Entries.Count; i++)
            b.Line("case " + CSharpText.Literal(table.Entries[i].Id) + ": return " + i.ToString(CultureInfo.InvariantCulture) + ";");
        b.Line("default: return -1;");
        b.Close();
        b.Close();
        b.Line();
        b.Open("private static " + list + " __RelatedOf(int ordinal)");
        b.Open("switch (ordinal)");
        for (int i = 0; i < table.Entries.Count; i++)
        {
            var sb = b.BeginLine().Append("case ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": return new ").Append(o.Global("SeedRelation")).Append("[] { ");
            var entry = table.Entries[i];
            for (int k = 0; k < entry.Related.Count; k++)
            {
                if (k > 0) sb.Append(", ");
                sb.Append("new ").Append(o.Global("SeedRelation")).Append('(');
                CSharpText.AppendLiteral(sb, entry.Related[k].Id, 0, entry.Related[k].Id.Length);
                sb.Append(", ").Append(entry.Related[k].Score.ToString("R", CultureInfo.InvariantCulture)).Append(')');
            }
            sb.Append(" };");
            b.EndLine();
        }
        b.Line("default: return __none;");
        b.Close();
        b.Close();
        b.Close();
        b.CloseNamespace(o);
        return b.ToString();
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SeedGen.Model;
using SeedGen.Reading;

namespace SeedGen.Tests.Model;

/// <summary>
/// Walks the readout table (<see cref="Readouts.All"/>) through every place derived from it, so a
/// readout cannot be half wired: the generated <c>SeedDocument</c> member (through the layout's
/// encoder and decoder, compiled and run), each seed's constants, the reserved member names, the
/// analyzer's lists and keys, and the CLI's JSON and <c>inspect</c> rows.
/// </summary>
public class ReadoutTableTests
{
    private static readonly string[] SeedIds = { "000_29994c0a40c8d7d7", "001_d4a7fedfcebcdffb" };

    public static IEnumerable<object[]> Names() => Readouts.All.Select(r => new object[] { r.Name });

    private static Readout Find(string name) => Readouts.All.Single(r => r.Name == name);

    private static SeedReadouts Read(string id) =>
        SeedModelFactory.Create("/p/seeds/" + id + ".txt", id, "seeds/" + id + ".txt", null, null,
            File.ReadAllText(Path.Combine(Repo.Seeds, id + ".txt")), long.MaxValue, default).Readouts;

    /// <summary>How a readout is written for comparison, in C# run by the probe and here from the model.</summary>
    private static (string Probe, Func<SeedReadouts, string> Expected) Render(Readout r)
    {
        const string Sep = "\u00A6";
        string member = "d." + r.Name;
        return r.Kind switch
        {
            ReadoutKind.Text => (member + " ?? \"<null>\"", m => m.Get(r.Range(m)) ?? (r.NeverNull ? "" : "<null>")),
            ReadoutKind.List => ("string.Join(\"" + Sep + "\", " + member + ")", m => string.Join(Sep, r.Ranges(m).Select(x => m.Get(x)))),
            ReadoutKind.Names => ("string.Join(\"" + Sep + "\", " + member + ")", m => string.Join(Sep, r.Strings(m))),
            ReadoutKind.Map => ("string.Join(\"" + Sep + "\", " + member + ".Select(kv => kv.Key + \"=\" + kv.Value))",
                m => string.Join(Sep, m.Metadata.Select(e => m.Get(e.Key) + "=" + m.Get(e.Value)))),
            ReadoutKind.Numbers => ("string.Join(\"" + Sep + "\", " + member + ".Select(n => n.Text + \"=\" + n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))",
                m => string.Join(Sep, m.Numbers.Select(n => m.Get(n.Text) + "=" + n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            ReadoutKind.Count => (member + ".ToString()", m => r.Number!(m).ToString()),
            ReadoutKind.Date => ("(" + member + " == null ? \"<null>\" : " + member + ".Value.ToString(\"O\", System.Globalization.CultureInfo.InvariantCulture))",
                m => r.DateValue!(m) is not { } p ? "<null>"
                    : r.WithOffset ? p.ToDateTimeOffset().ToString("O", System.Globalization.CultureInfo.InvariantCulture)
                    : p.ToLocalDateTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
            ReadoutKind.Tag => (member, m => r.TagValue!(m)),
            _ => throw new InvalidOperationException(r.Kind.ToString()),
        };
    }

    [Fact]
    public void Every_readout_reads_back_from_the_generated_document_as_the_reader_found_it()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        var body = new StringBuilder("var lines = new System.Collections.Generic.List<string>();\n");
        foreach (var id in SeedIds)
        {
            body.Append("{ var d = Seeds._").Append(id).Append(".Document;\n");
            foreach (var r in Readouts.All) body.Append("lines.Add(").Append(Render(r).Probe).Append(");\n");
            body.Append("}\n");
        }
        body.Append("return string.Join(\"\\n\", lines);");
        string output = h.Probe(body.ToString());

        var expected = SeedIds.SelectMany(id => { var m = Read(id); return Readouts.All.Select(r => Render(r).Expected(m)); });
        Assert.Equal(string.Join("\n", expected), output);
    }

    [Fact]
    public void Every_count_and_constant_is_a_constant_of_each_seed_with_the_model_s_value()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        var body = new StringBuilder("const string all = \"\"");
        foreach (var id in SeedIds)
        {
            foreach (var r in Readouts.Counted()) body.Append(" + Seeds._").Append(id).Append('.').Append(r.CountConstant).Append(" + \"|\"");
            foreach (var r in Readouts.All.Where(r => r.Kind is ReadoutKind.Text or ReadoutKind.Tag))
                body.Append(" + (Seeds._").Append(id).Append('.').Append(r.Name).Append(" ?? \"<null>\") + \"|\"");
        }
        body.Append(";\nreturn all;");
        // String concatenation of int constants is not constant in C#: the ints go through a const string each.
        string probe = body.ToString();
        foreach (var id in SeedIds)
            foreach (var r in Readouts.Counted())
                probe = probe.Replace("Seeds._" + id + "." + r.CountConstant + " ", "Seeds._" + id + "." + r.CountConstant + ".ToString() ");
        probe = probe.Replace("const string all", "string all");
        string output = h.Probe(probe);

        var expected = new StringBuilder();
        foreach (var id in SeedIds)
        {
            var m = Read(id);
            foreach (var r in Readouts.Counted()) expected.Append(r.CountIn(m)).Append('|');
            foreach (var r in Readouts.All.Where(r => r.Kind is ReadoutKind.Text or ReadoutKind.Tag))
                expected.Append(r.Kind == ReadoutKind.Tag ? r.TagValue!(m) : m.Get(r.Range(m)) ?? (r.NeverNull ? "" : "<null>")).Append('|');
        }
        Assert.Equal(expected.ToString(), output);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_readout_reaches_each_derived_place(string name)
    {
        var r = Find(name);
        var members = SeedGen.Naming.SeedNaming.DocumentMembers;
        // Each seed class's constants are reserved names (a seed named like one would be CS0542).
        if (r.CountConstant is not null) Assert.Contains(r.CountConstant, members);
        if (r.Kind is ReadoutKind.Text or ReadoutKind.Tag) Assert.Contains(r.Name, members);
        if (r.Kind == ReadoutKind.Map) Assert.Contains(Readouts.MetadataKeysConstant, members);

        // The analyzer checks a constant index into every counted list (SEED003).
        bool indexed = r.CountConstant is not null && r.Kind is ReadoutKind.List or ReadoutKind.Numbers or ReadoutKind.Names;
        Assert.Equal(indexed, SeedGen.Diagnostics.SeedUsageAnalyzer.Lists.ContainsKey(r.Name));
        if (indexed) Assert.Equal((r.CountConstant, r.Noun), SeedGen.Diagnostics.SeedUsageAnalyzer.Lists[r.Name]);

        // The generated SeedDocument declares it, with its summary.
        string types = SeedGen.Emitting.TypesEmitter.Emit(new SeedGen.Emitting.EmitOptions("Demo", "Seeds", false, true, true, true, true, true));
        Assert.Contains("/// <summary>" + r.Summary + "</summary>", types);
        Assert.Matches(@"public [\w.:<>?, ]+ " + r.Name + @" (=>|\{)", types);

        // The CLI's JSON has it, under its JSON name.
        string json = SeedGen.Cli.JsonReadouts.Write(SeedIds.Select(id => SeedModelFactory.Create("/p/seeds/" + id + ".txt", id, "seeds/" + id + ".txt",
            null, null, File.ReadAllText(Path.Combine(Repo.Seeds, id + ".txt")), long.MaxValue, default)));
        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("documents")[0].TryGetProperty(r.Json, out _), r.Json);
    }

    [Fact]
    public void Each_kind_s_slots_are_0_to_n_in_table_order_and_the_decoder_loops_over_n()
    {
        string types = SeedGen.Emitting.TypesEmitter.Emit(new SeedGen.Emitting.EmitOptions("Demo", "Seeds", false, true, true, true, true, true));
        foreach (var kind in Enum.GetValues<ReadoutKind>())
        {
            var of = Readouts.Of(kind);
            Assert.Equal(Enumerable.Range(0, of.Length), of.Select(r => r.Slot));
        }
        Assert.Contains("for (int i = 0; i < " + Readouts.Of(ReadoutKind.Text).Length + "; i++)", types);
        Assert.Contains("for (int list = 0; list < " + Readouts.Of(ReadoutKind.List).Length + "; list++)", types);
        Assert.Contains("private int MetadataStart => ListStart(" + Readouts.Of(ReadoutKind.List).Length + ");", types);
        Assert.Contains("for (int i = 0; i < " + Readouts.Of(ReadoutKind.Names).Length + "; i++) { int listLength", types);
        Assert.Equal(Readouts.All.Count, Readouts.All.Select(r => r.Name).Distinct().Count());
        Assert.Equal(Readouts.All.Count, Readouts.All.Select(r => r.Json).Distinct().Count());
    }
}

using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedGen.Tests.Generator;

/// <summary>
/// Ids are found through an emitted hash table and ordinals through switches of at most 256
/// cases: every id must be found, in every chunk, and nothing else.
/// </summary>
public class LookupTests
{
    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void Every_one_of_600_ids_is_found_and_unknown_ids_are_not(LanguageVersion version)
    {
        var h = new GeneratorHarness { LanguageVersion = version };
        for (int i = 0; i < 600; i++)
        {
            // Groups of three seeds share 40 words no other group has: each seed relates to the other two only.
            int group = i / 3;
            string words = string.Join(" ", Enumerable.Range(0, 40).Select(k => "g" + group + "w" + k));
            h.AddSeed($"seeds/{(i % 2 == 0 ? "even" : "odd")}/doc{i:D3}.txt", $"Document {i}. {words} copy{i % 3}.");
        }
        var output = h.Probe("""
            int found = 0, contained = 0, related = 0;
            foreach (var id in Seeds.Ids)
            {
                if (Seeds.Get(id).Id == id) found++;
                if (Seeds.Contains(id)) contained++;
                var r = Seeds.Related(id);
                if (r.Count == 2 && r.All(x => x.Id != id && int.Parse(x.Id.Substring(x.Id.Length - 3)) / 3 == int.Parse(id.Substring(id.Length - 3)) / 3 && x.Document.Id == x.Id)) related++;
            }
            var unknown = new[] { "", "odd", "even/doc600", "odd/doc000", "even/doc0000", "EVEN/doc000", "even/doc000 " };
            int wrong = unknown.Count(u => Seeds.Contains(u) || Seeds.Related(u).Count > 0);
            Seeds.SeedDocument? missing;
            bool tryGet = !Seeds.TryGet("nope", out missing) && Seeds.TryGet("odd/doc599", out missing) && missing!.Id == "odd/doc599";
            var first = Seeds.Related("even/doc000");
            return found + " " + contained + " " + related + " " + wrong + " " + tryGet + " " + Seeds.Contains(null!) + " "
                + Seeds.All[599].Id + " " + string.Join(",", new[] { first[0].Id, first[1].Id }.OrderBy(x => x, System.StringComparer.Ordinal)) + " " + (first[0].Score > 0.5);
            """.Replace("Seeds.SeedDocument?", version == LanguageVersion.CSharp7_3 ? "SeedDocument" : "SeedDocument?").Replace("missing!.Id", version == LanguageVersion.CSharp7_3 ? "missing.Id" : "missing!.Id").Replace("null!", version == LanguageVersion.CSharp7_3 ? "null" : "null!"));
        // doc000's two relations are equally similar (41 of 43 words): their order is the estimate's, so not pinned here.
        Assert.Equal("600 600 600 0 True False odd/doc599 even/doc002,odd/doc001 True", output);
    }

    [Fact]
    public void The_slot_table_finds_each_id_at_its_ordinal()
    {
        var ids = Enumerable.Range(0, 70000).Select(i => "seed/" + i.ToString("x")).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        var table = SeedGen.Emitting.CatalogEmitter.SlotTable(ids, out int slots, out int width);
        Assert.Equal(4, width);
        Assert.Equal(262144, slots);
        for (int ordinal = 0; ordinal < ids.Count; ordinal += 997)
        {
            int slot = (int)(SeedGen.Emitting.CatalogEmitter.Hash(ids[ordinal]) & (uint)(slots - 1));
            while (System.BitConverter.ToInt32(table, slot * 4) != ordinal + 1)
            {
                Assert.NotEqual(0, System.BitConverter.ToInt32(table, slot * 4));
                slot = (slot + 1) & (slots - 1);
            }
        }
    }
}

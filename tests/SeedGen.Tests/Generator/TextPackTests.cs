using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Packing;
using SeedGen.Reading;

namespace SeedGen.Tests.Generator;

/// <summary>
/// The text in the assembly's <c>SeedGen.Text.pack</c> resource instead of the generated source: the
/// pack holds exactly the text the generator read, the generated code finds it and keeps SPEC
/// section 2's promises, and a file the pack cannot hold keeps its text in the source.
/// </summary>
public class TextPackTests
{
    private static readonly byte[] Bom = { 0xEF, 0xBB, 0xBF };

    public static IEnumerable<object[]> RawFiles() => new[]
    {
        new object[] { "plain", Encoding.UTF8.GetBytes("Title\n\nनई दिल्ली: Body text. More.") },
        new object[] { "crlf", Encoding.UTF8.GetBytes("Title\r\n\r\nBody text.\r\nNext line.\r\n") },
        new object[] { "lone cr", Encoding.UTF8.GetBytes("Title\r\rBody text.\rNext\r\n") },
        new object[] { "bom", Bom.Concat(Encoding.UTF8.GetBytes("प्रधानमंत्री कार्यालय\n\nपाठ।")).ToArray() },
        new object[] { "two boms", Bom.Concat(Bom).Concat(Encoding.UTF8.GetBytes("x\r\n")).ToArray() },
        new object[] { "empty", Array.Empty<byte>() },
        new object[] { "only a bom", Bom },
        new object[] { "astral", Encoding.UTF8.GetBytes("𝐀 𐌰𐌱𐌲 \u202E bidi \u2028 sep") },
        new object[] { "cr at end", Encoding.UTF8.GetBytes("end\r") },
    };

    [Theory]
    [MemberData(nameof(RawFiles))]
    public void The_pack_holds_the_bytes_of_the_text_the_generator_reads(string name, byte[] raw)
    {
        // What the generator reads: the compiler's decoding, then SeedText.Normalize; what it promises: its UTF-8.
        string text = SeedText.Normalize(SeedText.Decode(raw, out int invalid));
        Assert.Equal(-1, invalid);
        var packed = TextPack.Normalize(raw);
        Assert.True(packed is not null, name);
        Assert.Equal(Encoding.UTF8.GetBytes(text), packed);
    }

    [Fact]
    public void Bytes_the_generator_would_read_with_replacements_are_left_out()
    {
        Assert.Null(TextPack.Normalize(new byte[] { (byte)'a', 0xFF, (byte)'b' }));                 // invalid UTF-8
        Assert.Null(TextPack.Normalize(new byte[] { (byte)'a', 0xE0, 0xA4 }));                      // cut sequence at the end
        Assert.Null(TextPack.Normalize(new byte[] { 0xED, 0xA0, 0x80 }));                           // an encoded surrogate
        Assert.Null(TextPack.Normalize(new byte[] { 0xFF, 0xFE, (byte)'a', 0 }));                   // UTF-16 LE BOM
        Assert.Null(TextPack.Normalize(new byte[] { 0xFE, 0xFF, 0, (byte)'a' }));                   // UTF-16 BE BOM
        Assert.NotNull(TextPack.Normalize(Encoding.UTF8.GetBytes("\uFFFD as written is text")));   // valid UTF-8
    }

    [Fact]
    public void The_pack_is_the_same_for_any_order_and_stores_a_shared_text_once()
    {
        var texts = new[] { "a", "b\nc", "नई दिल्ली", "a", "" }.Select(Encoding.UTF8.GetBytes).ToList();
        byte[] Write(IEnumerable<byte[]> items)
        {
            using var s = new MemoryStream();
            TextPack.Write(s, items);
            return s.ToArray();
        }
        var forward = Write(texts);
        Assert.Equal(forward, Write(Enumerable.Reverse(texts)));
        Assert.Equal(4, BitConverter.ToInt32(forward, 8)); // "a" once
        Assert.Equal(TextPack.HeaderSize + 4 * TextPack.EntrySize + "a".Length + "b\nc".Length + Encoding.UTF8.GetByteCount("नई दिल्ली"), forward.Length);
        foreach (var t in texts)
            Assert.Equal(t, ReadPack(forward, Hex(SHA256.HashData(t))));
        Assert.Null(ReadPack(forward, Hex(SHA256.HashData(Encoding.UTF8.GetBytes("nope")))));
    }

    [Fact]
    public void With_the_pack_the_source_carries_no_text_and_every_document_reads_its_own_bytes()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.TextPack = true;
        h.AddSeedBytes("seeds/crlf.hi.txt", Bom.Concat(Encoding.UTF8.GetBytes("Title line\r\n\r\nनई दिल्ली: Body text. Second sentence.\r\n")).ToArray());
        h.AddSeedBytes("seeds/bad.txt", new byte[] { (byte)'b', (byte)'a', (byte)'d', (byte)' ', 0xFF, (byte)'\n' });
        h.AddSeedBytes("seeds/wide.txt", new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("UTF-16 text\nwith a BOM")).ToArray());
        h.AddSeed("seeds/empty.txt", "");

        var result = h.Run();
        string Source(string hint) => result.Source(hint);
        // The packed seeds: the text is found by hash; no u8 literal holds it (the layout's own literal stays).
        foreach (var hint in new[] { "Seeds._000_29994c0a40c8d7d7.g.cs", "Seeds._001_d4a7fedfcebcdffb.g.cs", "Seeds.crlf_hi.g.cs" })
        {
            Assert.Contains(".__LoadUtf8(ref s_utf8, Sha256, ", Source(hint));
            Assert.DoesNotContain("Utf8 => \"", Source(hint));
        }
        Assert.True(Encoding.UTF8.GetByteCount(Source("Seeds._000_29994c0a40c8d7d7.g.cs")) < Encoding.UTF8.GetByteCount(GeneratorHarness.Seed000Text),
            "the source of a packed seed is smaller than its text");
        // Text the pack cannot hold (decoded with a replacement, or UTF-16) stays in the source.
        Assert.Contains("Utf8 => \"bad \\uFFFD\\n\"u8;", Source("Seeds.bad.g.cs"));
        Assert.Contains("Utf8 => \"UTF-16 text\\nwith a BOM\"u8;", Source("Seeds.wide.g.cs"));

        var output = h.Probe("""
            var lines = new System.Collections.Generic.List<string>();
            foreach (var d in Seeds.All)
            {
                var bytes = d.Utf8;
                string hash = System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();
                bool same = System.Runtime.CompilerServices.Unsafe.AreSame(
                    ref System.Runtime.InteropServices.MemoryMarshal.GetReference(bytes), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(d.Utf8));
                lines.Add(d.Id + " " + bytes.Length + " " + (hash == d.Sha256) + " " + (d.Text == System.Text.Encoding.UTF8.GetString(bytes)) + " " + same);
            }
            lines.Add(Seeds.crlf_hi.Document.Title + "|" + Seeds.crlf_hi.Document.Dateline + "|" + Seeds.crlf_hi.Document.Sentences[1]);
            lines.Add((Seeds.crlf_hi.Utf8.ToArray()[0] == (byte)'T').ToString());
            return string.Join("\n", lines);
            """);
        int Utf8(string text) => Encoding.UTF8.GetByteCount(text);
        Assert.Equal(new[]
        {
            $"000_29994c0a40c8d7d7 {Utf8(GeneratorHarness.Seed000Text)} True True True",
            $"001_d4a7fedfcebcdffb {Utf8(GeneratorHarness.Seed001Text)} True True True",
            $"bad {Utf8("bad \uFFFD\n")} True True True",
            $"crlf.hi {Utf8("Title line\n\nनई दिल्ली: Body text. Second sentence.\n")} True True True",
            "empty 0 True True True",
            $"wide {Utf8("UTF-16 text\nwith a BOM")} True True True",
            "Title line|नई दिल्ली|Second sentence.",
            "True",
        }, output.Split('\n'));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp10)]
    public void Older_language_versions_and_netstandard20_read_the_pack_too(LanguageVersion version)
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.TextPack = true;
        h.LanguageVersion = version;
        IEnumerable<MetadataReference>? refs = version == LanguageVersion.CSharp7_3 ? Basic.Reference.Assemblies.NetStandard20.References.All : null;
        h.Sources.Add("namespace Demo { public static class Probe { public static string Run() { return Seeds.Get(\"001_d4a7fedfcebcdffb\").Text.Length + \":\" + Seeds._000_29994c0a40c8d7d7.Utf8." + (version == LanguageVersion.CSharp7_3 ? "Count" : "Length") + " + \":\" + Seeds.All[1].Title; } } }");
        var result = h.Run(refs);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("__LoadUtf8", result.Source("Seeds._000_29994c0a40c8d7d7.g.cs"));
        var assembly = GeneratorHarness.Load(result.Output, h.Pack());
        if (version == LanguageVersion.CSharp7_3) return; // netstandard2.0 reference assemblies: compiled and emitted cleanly, not loadable here
        var run = (string)assembly.GetType("Demo.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal(GeneratorHarness.Seed001Text.Length + ":" + Encoding.UTF8.GetByteCount(GeneratorHarness.Seed000Text)
            + ":प्रधानमंत्री श्री नरेन्द्र मोदी ने रूस के राष्ट्रपति पुतिन के साथ टेलीफोन पर बातचीत की", run);
    }

    [Fact]
    public void Without_the_resource_the_first_access_says_what_is_missing()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.TextPack = true;
        h.Sources.Add("namespace Demo { public static class Probe { public static string Run() { try { return Seeds._000_29994c0a40c8d7d7.Utf8.Length.ToString(); } catch (System.InvalidOperationException e) { return e.Message; } } } }");
        var assembly = GeneratorHarness.Load(h.Run().Output); // no resource
        var message = (string)assembly.GetType("Demo.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.StartsWith("The assembly has no SeedGen.Text.pack resource", message);

        // A pack from another build: the text is not found by its hash.
        var other = new GeneratorHarness();
        other.AddSeed("seeds/x.txt", "another text");
        var stale = GeneratorHarness.Load(h.Run().Output, other.Pack());
        message = (string)stale.GetType("Demo.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.StartsWith("SeedGen.Text.pack holds no text of " + Encoding.UTF8.GetByteCount(GeneratorHarness.Seed000Text) + " bytes with SHA-256 ", message);
    }

    [Fact]
    public void Shuffled_seeds_line_ends_and_culture_give_a_byte_identical_assembly()
    {
        static byte[] Build(bool shuffled, bool crlf, string culture)
        {
            var previous = System.Globalization.CultureInfo.CurrentCulture;
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            try
            {
                var seeds = new List<(string Path, string Text)>
                {
                    ("seeds/000_29994c0a40c8d7d7.txt", GeneratorHarness.Seed000Text),
                    ("seeds/001_d4a7fedfcebcdffb.txt", GeneratorHarness.Seed001Text),
                    ("seeds/news/इ.txt", "शीर्षक\n\nमुंबई: पाठ। दूसरा वाक्य।\n"),
                };
                if (shuffled) seeds.Reverse();
                var h = new GeneratorHarness { TextPack = true };
                foreach (var (path, text) in seeds)
                    h.AddSeedBytes(path, Encoding.UTF8.GetBytes(crlf ? text.Replace("\n", "\r\n") : text));
                var result = h.Run();
                Assert.Empty(result.Diagnostics);
                using var pe = new MemoryStream();
                var pack = h.Pack();
                var emit = result.Output.Emit(pe, manifestResources: new[] { new ResourceDescription(TextPack.ResourceName, () => new MemoryStream(pack), true) });
                Assert.True(emit.Success);
                return pe.ToArray();
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = previous;
            }
        }
        var reference = Build(false, false, "en-US");
        Assert.Equal(reference, Build(true, true, "tr-TR"));
        Assert.Equal(reference, Build(true, false, "hi-IN"));
        Assert.Equal(reference, Build(false, true, "ar-SA"));
    }

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();

    /// <summary>The text a pack stores under a hash, read by its documented layout (the generated reader's job), or null.</summary>
    private static byte[]? ReadPack(byte[] pack, string sha256Hex)
    {
        Assert.Equal(TextPack.Magic, pack.Take(4));
        int count = BitConverter.ToInt32(pack, 8);
        long data = TextPack.HeaderSize + (long)TextPack.EntrySize * count;
        for (int i = 0; i < count; i++)
        {
            int at = TextPack.HeaderSize + TextPack.EntrySize * i;
            if (Hex(pack[at..(at + 32)]) != sha256Hex) continue;
            long offset = BitConverter.ToInt64(pack, at + 32);
            int length = BitConverter.ToInt32(pack, at + 40);
            return pack[(int)(data + offset)..(int)(data + offset + length)];
        }
        return null;
    }
}

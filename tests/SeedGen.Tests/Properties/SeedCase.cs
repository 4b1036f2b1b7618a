using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace SeedGen.Tests.Properties;

/// <summary>One generated input: seed files (project-relative path, raw bytes), a shuffle and a culture.</summary>
public sealed record SeedCase(IReadOnlyList<(string Path, byte[] Bytes)> Files, int ShuffleSeed, string Culture)
{
    /// <summary>Replayable description: paths and contents (bytes as hex where not printable).</summary>
    public override string ToString()
    {
        var sb = new StringBuilder($"culture={Culture} shuffle={ShuffleSeed} files={Files.Count}\n");
        foreach (var (path, bytes) in Files)
            sb.Append("  ").Append(Escape(path)).Append(" [").Append(bytes.Length).Append(" bytes] ")
              .Append(bytes.Length > 120 ? Convert.ToHexString(bytes, 0, 120) + "…" : Convert.ToHexString(bytes)).Append('\n');
        return sb.ToString();
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}

/// <summary>Generators aimed at the edges: hostile names and hostile contents.</summary>
internal static class SeedGens
{
    private static readonly string[] Names =
    {
        "class", "int", "namespace", "record", "var", "_", "__", "Count", "All", "Get", "TryGet", "Contains", "Document", "Seeds",
        "SeedDocument", "SeedNumber", "Id", "Path", "Utf8", "Create", "s_document", "__Find", "MetadataKeys", "0abc", "123",
        "०१२", "٣ab", "a b", "a.b.c", "a-b", "a_b", "समाचार", "क्\u200Dष", "क्ष", "क्\u200Cष", "خبر", "\u05E9\u05DC\u05D5\u05DD",
        "\u0301accent", "\u093Fmatra-first", "abc", "ABC", "Abc", "x\u202Ey", "x\u2066y\u2069", "emoji\U0001F600", "\u200D",
        "\u0958", "\u0915\u093C", "Cafe\u0301", "Café", "日本", "a\u00A0b", "tab\there", "semi;colon", "quote\"d", "back\\slash",
        "new\u2028line", "nul\u0000", "{brace}", "<angle>", "&amp", "*/", "#error", "..", ".hidden", "trailing.",
        "𝐀", "x𝟙", "𝐀b", "U1D400b", "__arglist", "__makeref", "__reftype", "__refvalue", "extension", "scoped", "file", "required",
        "field", "value", "nameof", "Equals", "ToString", "GetHashCode", "GetType", "Finalize", "MemberwiseClone", "ReferenceEquals",
        "related", "RELATED", "Related", "seeds", "seeddocument", "SEEDNUMBER", "SeedRelation", "count", "Count_", "Id_", "id",
        "seeds.g", "Seeds.Related", "g.cs",
    };

    /// <summary>Every name the naming rules single out (keywords, reserved type names, members, generated types), in any case.</summary>
    private static readonly string[] Reserved = SeedGen.Naming.SeedNaming.RootMembers.Concat(SeedGen.Naming.SeedNaming.DocumentMembers)
        .Concat(SeedGen.Naming.SeedNaming.ObjectMembers).Concat(SeedGen.Naming.SeedNaming.GeneratedTypes)
        .Concat(SeedGen.Naming.Identifiers.AllKeywords).Concat(SeedGen.Naming.Identifiers.ReservedTypeNames).ToArray();

    public static readonly Gen<string> Name = Gen.Frequency(
        (20, Gen.OneOf(Names)),
        (6, Gen.Select(Gen.OneOf(Reserved), Gen.Int[0, 3], (n, c) => c switch { 0 => n.ToLowerInvariant(), 1 => n.ToUpperInvariant(), 2 => n + "_", _ => n })),
        (5, Gen.String[Gen.Char["abcXYZ09_- .\u0915\u093F\u094D"], 1, 12]),
        (1, Gen.Const(new string('n', 120) + "\u0928\u093E\u092E")),
        (1, Gen.Select(Gen.Int[150, 240], Gen.Char["nखN"], (n, c) => new string(c, n / (c == 'ख' ? 3 : 1)))));

    /// <summary>seeds/[folders/]name.txt, sometimes under a second seeds root so that ids can collide.</summary>
    public static readonly Gen<string> SeedPath =
        Gen.Select(Gen.OneOf("seeds/", "seeds/", "seeds/", "lib/seeds/"), Gen.Frequency((30, Name.Array[0, 3]), (1, Gen.Const("d").Array[20, 45])), Name,
            (root, folders, name) => root + string.Concat(folders.Select(f => Folder(f) + "/")) + Folder(name) + ".txt");

    // A path segment cannot be empty or "." / ".." (they would not survive path normalisation).
    private static string Folder(string s) => s.Replace('/', '_') is var t && (t.Length == 0 || t == "." || t == "..") ? "_" + t : s.Replace('/', '_');

    private static readonly string[] Texts =
    {
        "", " ", "\n\n \t \u00A0\n", "Hello world.", "\"\"\" */ </summary> #error { } \\ \\\\ \"", "नई दिल्ली: प्रधानमंत्री ने कहा। ”उद्धरण” सितंबर 2019.",
        "Title\n\nPosted On: 28 APR 2021 7:51PM by PIB Delhi\n\nBody one. Body two!\n\nएसजी/एएम\n\n(Release ID: 1) Visitor Counter : 2",
        "line\r\nline\rline\u2028line\u2029line\u0085end", "nul\u0000 ctrl\u0001\u001F bell\u0007", "bidi \u202A\u202B\u202C\u202D\u202E \u2066\u2067\u2068\u2069",
        "emoji 👨‍👩‍👧‍👦 🇮🇳 🏳️‍🌈", "\uFEFF inner BOM", "یہ سال ۲۰۲۱ میں۔ کیا؟", "Also Read - headline Also Read - another",
        "70वें 1,00,000 ७.५ कोविड-19 G20", "a\u0301\u0302\u0303 क़ ज़", "'single' ‘curly’ “double” ”same” «guillemets»",
        "Title\n\nPosted On: 28 APR 2021 7:51PM +14:01\n\nBody.", "Title\n\nPosted On: 31 DEC 9999 11:59 PM -14:00\n\nBody.",
        "Title\n\nPosted On: 01 JAN 1000 00:00 AM +14:00\n\nBody.", "Updated 2021-04-28T19:51+05:61 and 9999-12-31T23:59-12:00.",
        "0.0000000000000000000000000001 and 0.00000000000000000000000000001 and 79228162514264337593543950336 and 999999999999999999.9999999999",
    };

    private static readonly Gen<string> Text = Gen.Frequency(
        (30, Gen.OneOf(Texts)),
        (10, Gen.String[Gen.Char[" \n\r\t.।?!\"'”“‘’:()/-0123456789abcABCकखग्ािीुेो\u200D\u200C\u202E\u2028\u0000\uD800\uDC00"], 0, 200]),
        (2, Gen.Select(Gen.OneOf(Texts).Array[2, 30], parts => string.Join("\n", parts))));

    private static readonly Gen<byte[]> Utf8Text = Text.Select(t => Encoding.UTF8.GetBytes(t));

    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0x80 }, new byte[] { 0xBF, 0x80 }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xE0, 0x80, 0xAF },
        new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF }, new byte[] { 0xE0, 0xA4 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xFF }, new byte[] { 0xFE, 0xFE }, new byte[] { 0xF0, 0x9F, 0x98 },
    };

    public static readonly Gen<byte[]> Content = Gen.Frequency(
        (40, Utf8Text),
        (8, Gen.Select(Utf8Text, Gen.OneOf(InvalidUtf8), Utf8Text, (a, bad, b) => a.Concat(bad).Concat(b).ToArray())),
        (5, Utf8Text.Select(b => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(b).ToArray())),
        (5, Text.Select(t => new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(t)).ToArray())),
        (2, Text.Select(t => new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(t)).ToArray())),
        (2, Text.Select(t => Encoding.Unicode.GetBytes(t))),                                   // UTF-16 LE without a BOM
        (1, Text.Select(t => Encoding.BigEndianUnicode.GetBytes(t))),
        (1, Text.Select(t => new UTF32Encoding(false, false).GetBytes(t))),
        (2, Utf8Text.Select(b => new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }.Concat(b).ToArray())));     // a second BOM

    /// <summary>Rarely, and at most once a case (they cost a second or two each): a 1 MB single line, or 100,000 lines.</summary>
    private static readonly Gen<(string, byte[])[]> Huge = Gen.Frequency(
        (60, Gen.Const(Array.Empty<(string, byte[])>())),
        (1, Gen.Const(() => new[] { ("seeds/huge-line.txt", Encoding.UTF8.GetBytes("क" + string.Concat(Enumerable.Repeat("ा शब्द ", 150_000)))) })),
        (1, Gen.Const(() => new[] { ("seeds/many-lines.txt", Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 100_000).Select(i => i % 7 == 0 ? "" : "पंक्ति " + i + "।")))) })));

    public static readonly Gen<SeedCase> Case = Gen.Select(
        Gen.Select(SeedPath, Content).Array[1, 20],
        Huge,
        Gen.Int,
        Gen.OneOf("", "tr-TR", "hi-IN", "ar-SA"),
        (files, huge, shuffle, culture) => new SeedCase(
            files.Concat(huge).GroupBy(f => f.Item1, StringComparer.Ordinal).Select(g => (g.Key, g.First().Item2)).ToList(), shuffle, culture));
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;

namespace SeedGen.Packing;

/// <summary>
/// The seeds' text as one manifest resource of the consumer's assembly: what the package's build
/// task writes (<c>SeedGen.Tasks.PackSeedText</c>, which compiles this file in) and what the
/// generated <c>SeedDocument.__LoadUtf8</c> reads. The generated source then holds only the typed
/// surface, and the compiler copies the text into the assembly as it copies any embedded resource,
/// without binding or emitting a literal per seed.
/// <para>
/// The pack is content-addressed: each text is found by the SHA-256 of its normalised UTF-8 (the
/// seed's <c>Sha256</c> constant), so the task and the generator need to agree on nothing but the
/// text; a seed edit changes the pack and that seed's source, no other seed's. Entries are sorted by
/// hash (a shuffled item list writes the same bytes), and a text two seeds share is stored once.
/// </para>
/// Layout, little-endian: <c>"SGTP"</c>, version (int32 = 1), entry count n (int32); n entries of
/// 44 bytes: SHA-256 (32 bytes), offset into the data (int64), length (int32); then the data.
/// </summary>
internal static class TextPack
{
    /// <summary>The manifest resource name of the pack.</summary>
    public const string ResourceName = "SeedGen.Text.pack";

    public const int Version = 1;
    public const int HeaderSize = 12;
    public const int EntrySize = 44;
    public static readonly byte[] Magic = { (byte)'S', (byte)'G', (byte)'T', (byte)'P' };

    /// <summary>
    /// A seed file's bytes as the generator reads its text, when the two are sure to agree: valid
    /// UTF-8 (one UTF-8 BOM dropped, CR LF and lone CR made LF — <c>SeedText.Normalize</c> on
    /// bytes). Null for a UTF-16 BOM or invalid UTF-8, whose text the generator carries in source.
    /// </summary>
    public static byte[]? Normalize(byte[] raw)
    {
        if (raw.Length >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF))) return null;
        int start = raw.Length >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0;
        if (Reading.SeedText.FindInvalidUtf8(raw, start) >= 0) return null;
        int cr = Array.IndexOf(raw, (byte)'\r', start);
        if (cr < 0)
        {
            if (start == 0) return raw;
            var rest = new byte[raw.Length - start];
            Buffer.BlockCopy(raw, start, rest, 0, rest.Length);
            return rest;
        }
        var result = new byte[raw.Length - start];
        int n = 0;
        for (int i = start; i < raw.Length; i++)
        {
            byte b = raw[i];
            if (b == (byte)'\r')
            {
                result[n++] = (byte)'\n';
                if (i + 1 < raw.Length && raw[i + 1] == (byte)'\n') i++;
                continue;
            }
            result[n++] = b;
        }
        if (n != result.Length) Array.Resize(ref result, n);
        return result;
    }

    /// <summary>Writes the pack of <paramref name="texts"/> (normalised UTF-8; duplicates are stored once).</summary>
    public static void Write(Stream output, IEnumerable<byte[]> texts)
    {
        var byHash = new SortedDictionary<byte[], byte[]>(HashOrder.Instance);
        using (var sha = SHA256.Create())
            foreach (var text in texts)
            {
                var hash = sha.ComputeHash(text);
                if (!byHash.ContainsKey(hash)) byHash.Add(hash, text);
            }

        var header = new byte[HeaderSize + EntrySize * byHash.Count];
        Buffer.BlockCopy(Magic, 0, header, 0, 4);
        WriteInt32(header, 4, Version);
        WriteInt32(header, 8, byHash.Count);
        long offset = 0;
        int at = HeaderSize;
        foreach (var entry in byHash)
        {
            Buffer.BlockCopy(entry.Key, 0, header, at, 32);
            WriteInt64(header, at + 32, offset);
            WriteInt32(header, at + 40, entry.Value.Length);
            offset += entry.Value.Length;
            at += EntrySize;
        }
        output.Write(header, 0, header.Length);
        foreach (var entry in byHash) output.Write(entry.Value, 0, entry.Value.Length);
    }

    /// <summary>
    /// <c>SeedGenMaxFileBytes</c> as the generator and the task read it: a positive whole number (else
    /// false, and the default applies).
    /// </summary>
    public static bool TryParseMaxFileBytes(string? text, out long value)
    {
        value = 0;
        return text is not null
            && long.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
            && value > 0;
    }

    private static void WriteInt32(byte[] b, int at, int v)
    {
        for (int i = 0; i < 4; i++) b[at + i] = (byte)(v >> (8 * i));
    }

    private static void WriteInt64(byte[] b, int at, long v)
    {
        for (int i = 0; i < 8; i++) b[at + i] = (byte)(v >> (8 * i));
    }

    /// <summary>Byte order of hashes (the order of their lower-case hex, too).</summary>
    private sealed class HashOrder : IComparer<byte[]>
    {
        public static readonly HashOrder Instance = new();

        public int Compare(byte[]? x, byte[]? y)
        {
            for (int i = 0; i < 32; i++)
            {
                int d = x![i].CompareTo(y![i]);
                if (d != 0) return d;
            }
            return 0;
        }
    }
}

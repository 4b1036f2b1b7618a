using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using SeedGen.Reading;

namespace SeedGen.Model;

/// <summary>
/// Decoded seed text → <see cref="SeedModel"/>, with no Roslyn types: the generator (from an
/// AdditionalText) and the CLI (from a file) build the same model from the same text.
/// </summary>
internal static class SeedModelFactory
{
    /// <param name="packable">
    /// The package's targets pack this file's bytes into the <c>SeedGen.Text.pack</c> resource, and they
    /// were decoded as UTF-8: the text is then read from the pack, unless decoding replaced a byte (U+FFFD),
    /// which the pack leaves out.
    /// </param>
    public static SeedModel Create(string key, string id, string path, string? seedName, string? language, string raw,
        long maxFileBytes, CancellationToken cancellationToken, bool packable = false)
    {
        if (raw.Length > maxFileBytes)
            return Skipped(key, id, path, seedName, Encoding.UTF8.GetByteCount(raw));
        // UTF-16 or UTF-32 without a BOM, read as UTF-8: NUL-interleaved garbage, not generated (SEED021).
        if (SeedText.WideEncoding(raw, out _, out _) is not null)
            return Skipped(key, id, path, seedName, Math.Max(raw.Length, 1));
        var (text, sha256, utf8Length) = Normalized(raw, cancellationToken);
        if (utf8Length > maxFileBytes)
            return Skipped(key, id, path, seedName, utf8Length);

        SeedReadouts readouts;
        string? error = null;
        // The content words' hashes, in a per-thread list (not kept after a very large document).
        var contentWords = t_contentWords ?? new System.Collections.Generic.List<ulong>();
        t_contentWords = null;
        contentWords.Clear();
        try
        {
            readouts = DocumentReader.Read(text, language, contentWords, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never throw into the compiler: keep the text, drop the readouts, say why.
            readouts = SeedReadouts.TextOnly(text);
            error = e.GetType().Name + ": " + e.Message;
        }
        var signature = Corpus.MinHash.OfWordHashes(contentWords);
        if (contentWords.Capacity <= MaxRetainedWords) t_contentWords = contentWords;
        bool inPack = packable && text.IndexOf('\uFFFD') < 0;
        return new SeedModel(key, id, path, seedName, sha256, readouts, 0, error, signature, utf8Length, inPack);
    }

    /// <summary>
    /// The text a seed is read and generated from (<see cref="SeedText.Normalize"/>), with the SHA-256 and
    /// the byte count of its UTF-8: what the generated <c>Sha256</c> constant says and what the size limit
    /// checks. The seed-file analyzer hashes seeds for SEED014 with this too, so the two cannot disagree.
    /// </summary>
    public static (string Text, string Sha256, long Utf8Length) Normalized(string raw, CancellationToken cancellationToken)
    {
        string text = SeedText.Normalize(raw, cancellationToken);
        var (sha256, utf8Length) = Sha256(text, cancellationToken);
        return (text, sha256, utf8Length);
    }

    private const int MaxRetainedWords = 1 << 16;
    [ThreadStatic] private static System.Collections.Generic.List<ulong>? t_contentWords;

    public static SeedModel Skipped(string key, string id, string path, string? seedName, long bytes) =>
        new(key, id, path, seedName, "", SeedReadouts.TextOnly(""), bytes, null, EquatableArray<ulong>.Empty);

    private const int Chunk = 8192;
    [ThreadStatic] private static char[]? t_chars;
    [ThreadStatic] private static byte[]? t_bytes;
    [ThreadStatic] private static Encoder? t_encoder;
    [ThreadStatic] private static IncrementalHash? t_hash;

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes, and their count, encoded in small chunks (no copy of the whole text).</summary>
    public static (string Sha256, long Utf8Length) Sha256(string text, CancellationToken cancellationToken = default)
    {
        var chars = t_chars ??= new char[Chunk];
        var bytes = t_bytes ??= new byte[Encoding.UTF8.GetMaxByteCount(Chunk)];
        var encoder = t_encoder ??= new UTF8Encoding(false).GetEncoder();
        encoder.Reset();
        // Taken from the thread's cache and put back only when finished: a cancelled run leaves no half-hashed state behind.
        var hash = t_hash ?? IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        t_hash = null;
        long length = 0;
        int start = 0;
        do // at least once, so that an empty text flushes the encoder too
        {
            cancellationToken.ThrowIfCancellationRequested();
            int n = Math.Min(Chunk, text.Length - start);
            text.CopyTo(start, chars, 0, n);
            start += n;
            int count = encoder.GetBytes(chars, 0, n, bytes, 0, flush: start == text.Length);
            hash.AppendData(bytes, 0, count);
            length += count;
        }
        while (start < text.Length);
        var result = (Hex(hash.GetHashAndReset()), length);
        t_hash = hash;
        return result;
    }

    private static string Hex(byte[] hash)
    {
        var chars = t_chars!; // the chunk buffer, free again once the hash is computed
        for (int i = 0; i < hash.Length; i++)
        {
            chars[2 * i] = "0123456789abcdef"[hash[i] >> 4];
            chars[2 * i + 1] = "0123456789abcdef"[hash[i] & 15];
        }
        return new string(chars, 0, 2 * hash.Length);
    }
}

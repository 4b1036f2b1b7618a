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
    public static SeedModel Create(string key, string id, string path, string? seedName, string? language, string raw,
        long maxFileBytes, CancellationToken cancellationToken)
    {
        if (raw.Length > maxFileBytes)
            return Skipped(key, id, path, seedName, Encoding.UTF8.GetByteCount(raw));
        string text = SeedText.Normalize(raw, cancellationToken);
        var utf8 = Encoding.UTF8.GetBytes(text);
        if (utf8.Length > maxFileBytes)
            return Skipped(key, id, path, seedName, utf8.Length);

        SeedReadouts readouts;
        string? error = null;
        var contentWords = new System.Collections.Generic.List<string>();
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
        return new SeedModel(key, id, path, seedName, Sha256(utf8), readouts, 0, error, Corpus.MinHash.OfWords(contentWords));
    }

    public static SeedModel Skipped(string key, string id, string path, string? seedName, long bytes) =>
        new(key, id, path, seedName, "", SeedReadouts.TextOnly(""), bytes, null, EquatableArray<ulong>.Empty);

    public static string Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(bytes);
        var sb = new StringBuilder(64);
        foreach (var b in hash) sb.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 15]);
        return sb.ToString();
    }
}

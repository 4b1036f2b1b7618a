using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using SeedGen.Packing;

namespace SeedGen.Tasks;

/// <summary>
/// Writes <see cref="TextPack"/> of the seed files to <see cref="Output"/> (the targets run it only
/// when a seed, the list of seeds or the size limit changed). A file the generator carries in source instead (not UTF-8, or over
/// <c>SeedGenMaxFileBytes</c>) is left out; a file that cannot be read is left out too (the
/// generator skips it and the analyzer reports SEED018).
/// </summary>
public sealed class PackSeedText : Task
{
    /// <summary>The seed files (the AdditionalFiles marked SeedGenSeed=true).</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The pack to write.</summary>
    [Required]
    public string Output { get; set; } = "";

    /// <summary>SeedGenMaxFileBytes, as the generator reads it.</summary>
    public string? MaxFileBytes { get; set; }

    public override bool Execute()
    {
        long max = TextPack.TryParseMaxFileBytes(MaxFileBytes, out var m) ? m : 64L * 1024 * 1024;
        var texts = new List<byte[]>(Files.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            string path = file.GetMetadata("FullPath");
            if (!seen.Add(path)) continue;
            byte[] raw;
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length > max + 3 + info.Length / 2) continue; // far over the limit even after CR LF → LF
                raw = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            if (TextPack.Normalize(raw) is { } text && text.Length <= max) texts.Add(text);
        }

        using var buffer = new MemoryStream();
        TextPack.Write(buffer, texts);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(Output))!);
        using (var file = new FileStream(Output, FileMode.Create, FileAccess.Write, FileShare.None))
            buffer.WriteTo(file);
        Log.LogMessage(MessageImportance.Low, "SeedGen: packed {0} texts into {1} ({2} bytes).", texts.Count, Output, buffer.Length);
        return true;
    }
}

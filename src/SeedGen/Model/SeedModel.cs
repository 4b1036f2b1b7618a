using SeedGen.Reading;

namespace SeedGen.Model;

/// <summary>
/// One seed document as the pipeline carries it: where it is (never an absolute path in what is
/// emitted: <see cref="Key"/> is only for lookups), what it says, and its readouts. Value-equal,
/// so an unchanged seed stays Cached.
/// </summary>
/// <param name="Key">Unique key of the file (its full path as the compiler gave it).</param>
/// <param name="Id">Path under the seeds root without extension, '/'-separated.</param>
/// <param name="Path">Path relative to the project, '/'-separated.</param>
/// <param name="SeedName">The <c>SeedName</c> item metadata, if any.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the UTF-8 text.</param>
/// <param name="Readouts">The readouts; the text is empty when the seed was skipped.</param>
/// <param name="SkippedBytes">The size of a seed that is not generated (over <c>SeedGenMaxFileBytes</c>, or UTF-16/32 without a BOM), else 0.</param>
/// <param name="Signature">The MinHash signature of the content words, for related documents.</param>
/// <param name="ReadError">Set when the readouts could not be computed (the text is kept, the readouts are empty).</param>
/// <param name="Utf8Length">The byte count of the text's UTF-8 (what <c>Sha256</c> hashes).</param>
/// <param name="TextInPack">
/// The text is in the assembly's <c>SeedGen.Text.pack</c> resource (<see cref="Packing.TextPack"/>), not in
/// the generated source: the package's targets pack it, and the file's bytes are sure to give this text.
/// </param>
internal sealed record SeedModel(
    string Key,
    string Id,
    string Path,
    string? SeedName,
    string Sha256,
    SeedReadouts Readouts,
    long SkippedBytes,
    string? ReadError,
    EquatableArray<ulong> Signature,
    long Utf8Length = 0,
    bool TextInPack = false)
{
    public bool IsGenerated => SkippedBytes == 0;
}

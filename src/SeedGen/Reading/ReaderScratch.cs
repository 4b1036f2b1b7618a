using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>
/// Buffers that reading needs only while it reads one document (its words, their sentences and
/// folded ids, the word table), kept per thread and reused, so that reading a corpus does not
/// allocate them again for every seed. Rented and returned, so a nested read would get its own;
/// a document so large that its buffers exceed <see cref="MaxRetained"/> elements does not keep them.
/// </summary>
internal sealed class ReaderScratch
{
    public const int MaxRetained = 1 << 20;

    [System.ThreadStatic] private static ReaderScratch? t_free;

    public List<TextRange> Words { get; } = new();
    public List<int> WordSentence { get; } = new();
    public List<TextRange> LineWords { get; } = new();
    public List<Line> Lines { get; } = new();
    /// <summary>Line objects to reuse: the lines of earlier documents (<see cref="Reading.Lines.Split"/>).</summary>
    public List<Line> LinePool { get; } = new();
    // The readouts' lists: copied into the model's arrays at the end of a read, so they can be reused.
    public List<TextRange> Paragraphs { get; } = new();
    public List<TextRange> Sentences { get; } = new();
    public List<TextRange> Quotes { get; } = new();
    public List<NumberReadout> Numbers { get; } = new();
    public WordTable Table { get; } = new("", 0);
    public PhraseTable Phrases { get; } = new();
    private readonly int[][] _ints = { new int[64], new int[64], new int[64], new int[64] };
    private bool[] _flags = new bool[64];
    private long[] _rankKeys = new long[64];
    private (int A, int B)[] _rankItems = new (int, int)[64];

    public static ReaderScratch Rent()
    {
        var scratch = t_free ?? new ReaderScratch();
        t_free = null;
        scratch.Words.Clear();
        scratch.WordSentence.Clear();
        scratch.LineWords.Clear();
        scratch.Lines.Clear();
        scratch.Paragraphs.Clear();
        scratch.Sentences.Clear();
        scratch.Quotes.Clear();
        scratch.Numbers.Clear();
        scratch.Phrases.Clear();
        return scratch;
    }

    public static void Return(ReaderScratch scratch)
    {
        if (scratch.Words.Capacity <= MaxRetained && scratch.Table.Capacity <= 2 * MaxRetained && scratch.Phrases.Capacity <= 2 * MaxRetained
            && scratch._rankKeys.Length <= MaxRetained && scratch.LinePool.Count <= MaxRetained / 16)
        {
            scratch.Lines.Clear(); // the lines of the last document are not kept alive
            scratch.Table.Release();
            t_free = scratch;
        }
    }

    /// <summary>Int buffer number <paramref name="which"/> (0–3), at least <paramref name="length"/> long, its first <paramref name="length"/> elements zero.</summary>
    public int[] Ints(int which, int length)
    {
        var ints = _ints[which];
        if (ints.Length < length) _ints[which] = ints = new int[System.Math.Max(length, ints.Length * 2)];
        else System.Array.Clear(ints, 0, length);
        return ints;
    }

    /// <summary>Keyword ranking buffers (sort keys and the candidates they rank), each at least <paramref name="length"/> long; their contents are not cleared.</summary>
    public (long[] Keys, (int A, int B)[] Items) RankBuffers(int length)
    {
        if (_rankKeys.Length < length)
        {
            _rankKeys = new long[System.Math.Max(length, _rankKeys.Length * 2)];
            _rankItems = new (int, int)[_rankKeys.Length];
        }
        return (_rankKeys, _rankItems);
    }

    /// <summary>A flag buffer at least <paramref name="length"/> long, its first <paramref name="length"/> elements false.</summary>
    public bool[] Flags(int length)
    {
        if (_flags.Length < length) _flags = new bool[System.Math.Max(length, _flags.Length * 2)];
        else System.Array.Clear(_flags, 0, length);
        return _flags;
    }
}

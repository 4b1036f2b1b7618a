using System;

namespace SeedGen.Reading;

/// <summary>
/// Counts of two-word phrases (a pair of folded word ids packed in a <c>long</c>) and where each
/// first occurs, for the keyword ranking: an open-addressing table over plain arrays, reused from
/// one document to the next, with entries kept in order of first occurrence.
/// </summary>
internal sealed class PhraseTable
{
    private int[] _slots = new int[64]; // entry + 1, 0 = empty; at most half full
    private long[] _keys = new long[32];
    private int[] _counts = new int[32];
    private int[] _firsts = new int[32];

    /// <summary>How many distinct phrases.</summary>
    public int Count { get; private set; }

    /// <summary>The number of slots (what a reused table keeps allocated).</summary>
    public int Capacity => _slots.Length;

    public long Key(int entry) => _keys[entry];
    public int CountOf(int entry) => _counts[entry];
    public int First(int entry) => _firsts[entry];

    public void Clear()
    {
        if (Count > 0) Array.Clear(_slots, 0, _slots.Length);
        Count = 0;
    }

    /// <summary>One more occurrence of <paramref name="key"/>, at word <paramref name="index"/> if it is the first.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public void Add(long key, int index)
    {
        int mask = _slots.Length - 1;
        ulong h = (ulong)key * 0x9E3779B97F4A7C15UL;
        int slot = (int)(h >> 40) & mask;
        while (_slots[slot] != 0)
        {
            int entry = _slots[slot] - 1;
            if (_keys[entry] == key)
            {
                _counts[entry]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (Count == _keys.Length)
        {
            Array.Resize(ref _keys, Count * 2);
            Array.Resize(ref _counts, Count * 2);
            Array.Resize(ref _firsts, Count * 2);
        }
        int added = Count++;
        _keys[added] = key;
        _counts[added] = 1;
        _firsts[added] = index;
        _slots[slot] = added + 1;
        if (Count * 2 > _slots.Length) Grow();
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        for (int entry = 0; entry < Count; entry++)
        {
            int slot = (int)(((ulong)_keys[entry] * 0x9E3779B97F4A7C15UL) >> 40) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = entry + 1;
        }
        _slots = slots;
    }
}

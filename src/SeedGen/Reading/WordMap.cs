using System;
using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>
/// A fixed word list (word → value) looked up by a range of characters — of the text, or of a
/// buffer of folded words — without copying the range into a string first. Ordinal. Built once
/// from the <see cref="Lexicon"/>'s lists; netstandard2.0's dictionaries have no span lookup.
/// </summary>
internal sealed class WordMap<T>
{
    private readonly string[] _keys;
    private readonly T[] _values;
    private readonly int[] _slots; // open addressing: index + 1, 0 = empty; at most half full
    private readonly ulong[] _shapes = new ulong[ShapeBits / 64]; // a bit per (first character, length) some key has
    private const int ShapeBits = 1024;

    public WordMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var keys = new List<string>();
        var values = new List<T>();
        foreach (var e in entries)
        {
            keys.Add(e.Key);
            values.Add(e.Value);
        }
        _keys = keys.ToArray();
        _values = values.ToArray();
        int size = 16;
        while (size < 2 * _keys.Length) size <<= 1;
        _slots = new int[size];
        for (int i = 0; i < _keys.Length; i++)
        {
            int slot = CharHash.Fnv32(_keys[i].AsSpan()) & (size - 1);
            while (_slots[slot] != 0)
            {
                if (string.CompareOrdinal(_keys[_slots[slot] - 1], _keys[i]) == 0) throw new ArgumentException("Duplicate key " + _keys[i]);
                slot = (slot + 1) & (size - 1);
            }
            _slots[slot] = i + 1;
            if (_keys[i].Length > 0)
            {
                int shape = Shape(_keys[i][0], _keys[i].Length);
                _shapes[shape >> 6] |= 1UL << shape;
            }
        }
        MaxLength = 0;
        foreach (var k in _keys) MaxLength = Math.Max(MaxLength, k.Length);
    }

    /// <summary>The longest key: a longer range is not looked up.</summary>
    public int MaxLength { get; }

    private static int Shape(char first, int length) => (first * 31 + length) & (ShapeBits - 1);

    public bool TryGet(string s, int start, int length, out T value) => TryGet(s.AsSpan(start, length), out value);

    public bool TryGet(char[] s, int start, int length, out T value) => TryGet(new ReadOnlySpan<char>(s, start, length), out value);

    public bool TryGet(string s, out T value) => TryGet(s.AsSpan(), out value);

    public bool Contains(char[] s, int start, int length) => TryGet(new ReadOnlySpan<char>(s, start, length), out _);

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        value = default!;
        if (word.Length > MaxLength) return false;
        if (word.Length > 0)
        {
            // Most words of a text are no key: a bit test by first character and length spares them the hash.
            int shape = Shape(word[0], word.Length);
            if ((_shapes[shape >> 6] & (1UL << shape)) == 0) return false;
        }
        int mask = _slots.Length - 1;
        for (int slot = CharHash.Fnv32(word) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (word.SequenceEqual(_keys[_slots[slot] - 1].AsSpan()))
            {
                value = _values[_slots[slot] - 1];
                return true;
            }
        }
        return false;
    }
}

/// <summary>Builds <see cref="WordMap{T}"/>s from the lexicon's sets and dictionaries.</summary>
internal static class WordMap
{
    public static WordMap<bool> Of(IEnumerable<string> words)
    {
        var entries = new List<KeyValuePair<string, bool>>();
        foreach (var w in words) entries.Add(new KeyValuePair<string, bool>(w, true));
        return new WordMap<bool>(entries);
    }

    public static WordMap<T> Of<T>(IEnumerable<KeyValuePair<string, T>> entries) => new(entries);
}

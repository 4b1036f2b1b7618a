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
            int slot = Hash(_keys[i], 0, _keys[i].Length) & (size - 1);
            while (_slots[slot] != 0)
            {
                if (string.CompareOrdinal(_keys[_slots[slot] - 1], _keys[i]) == 0) throw new ArgumentException("Duplicate key " + _keys[i]);
                slot = (slot + 1) & (size - 1);
            }
            _slots[slot] = i + 1;
        }
        MaxLength = 0;
        foreach (var k in _keys) MaxLength = Math.Max(MaxLength, k.Length);
    }

    /// <summary>The longest key: a longer range is not looked up.</summary>
    public int MaxLength { get; }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public bool TryGet(string s, int start, int length, out T value)
    {
        value = default!;
        if (length > MaxLength) return false;
        int mask = _slots.Length - 1;
        for (int slot = Hash(s, start, length) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            string key = _keys[_slots[slot] - 1];
            if (key.Length == length && string.CompareOrdinal(key, 0, s, start, length) == 0)
            {
                value = _values[_slots[slot] - 1];
                return true;
            }
        }
        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public bool TryGet(char[] s, int start, int length, out T value)
    {
        value = default!;
        if (length > MaxLength) return false;
        int mask = _slots.Length - 1;
        for (int slot = Hash(s, start, length) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            string key = _keys[_slots[slot] - 1];
            if (key.Length == length && SameChars(key, s, start))
            {
                value = _values[_slots[slot] - 1];
                return true;
            }
        }
        return false;
    }

    public bool TryGet(string s, out T value) => TryGet(s, 0, s.Length, out value);

    public bool Contains(char[] s, int start, int length) => TryGet(s, start, length, out _);

    private static bool SameChars(string key, char[] s, int start)
    {
        for (int i = 0; i < key.Length; i++)
            if (key[i] != s[start + i]) return false;
        return true;
    }

    private static int Hash(string s, int start, int length)
    {
        uint h = 2166136261;
        for (int i = start; i < start + length; i++) h = (h ^ s[i]) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }

    private static int Hash(char[] s, int start, int length)
    {
        uint h = 2166136261;
        for (int i = start; i < start + length; i++) h = (h ^ s[i]) * 16777619;
        return (int)(h & 0x7FFFFFFF);
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

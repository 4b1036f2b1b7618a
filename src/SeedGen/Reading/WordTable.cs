using System;
using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>
/// The distinct words of one document, interned straight from ranges of the text (no substring
/// per occurrence): each distinct spelling is copied out once, folded once and looked up in the
/// word lists once, and every word-level readout works on small integer ids. Ids are given in
/// order of first occurrence, so iterating them is iterating the text's first occurrences.
/// </summary>
internal sealed class WordTable
{
    private string _text = "";
    private int[] _slots = new int[16];          // open addressing: id + 1, 0 = empty
    private int[] _hashes = new int[8];          // per id
    private TextRange[] _firsts = new TextRange[8]; // per id: the first occurrence
    private int _count;
    private int[] _foldedIds = new int[8];
    private readonly Dictionary<string, int> _byFolded = new(StringComparer.Ordinal);

    public WordTable(string text, int expectedWords) => Reset(text, expectedWords);

    /// <summary>Empties the table for another document, keeping its arrays when they are big enough.</summary>
    public void Reset(string text, int expectedWords)
    {
        _text = text;
        _count = 0;
        _byFolded.Clear();
        // Typically about half of a document's words are distinct spellings; the table keeps at most half its slots full.
        int capacity = 16;
        while (capacity < expectedWords) capacity <<= 1;
        if (_slots.Length < capacity || _slots.Length > 64 * capacity) _slots = new int[capacity]; // a bigger table serves too: no new array when documents alternate in size
        else Array.Clear(_slots, 0, _slots.Length);
        if (_hashes.Length < expectedWords / 2)
        {
            _hashes = new int[Math.Max(8, expectedWords / 2)];
            _firsts = new TextRange[_hashes.Length];
        }
    }

    /// <summary>The number of slots (what a reused table keeps allocated).</summary>
    public int Capacity => _slots.Length;

    /// <summary>How many distinct spellings.</summary>
    public int Count => _count;

    /// <summary>The first occurrence of a spelling.</summary>
    public TextRange First(int id) => _firsts[id];

    /// <summary>The id of the spelling at <paramref name="word"/>, adding it if new.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public int Intern(TextRange word)
    {
        int hash = Hash(word);
        int mask = _slots.Length - 1;
        int slot = hash & mask;
        while (true)
        {
            int entry = _slots[slot];
            if (entry == 0) break;
            int id = entry - 1;
            if (_hashes[id] == hash && SameText(_firsts[id], word)) return id;
            slot = (slot + 1) & mask;
        }

        if (_count == _hashes.Length)
        {
            Array.Resize(ref _hashes, _count * 2);
            Array.Resize(ref _firsts, _count * 2);
        }
        int added = _count++;
        _hashes[added] = hash;
        _firsts[added] = word;
        _slots[slot] = added + 1;
        if (_count * 2 > _slots.Length) Grow();
        return added;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        int mask = slots.Length - 1;
        for (int id = 0; id < _count; id++)
        {
            int slot = _hashes[id] & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = id + 1;
        }
        _slots = slots;
    }

    private int Hash(TextRange r)
    {
        uint h = 2166136261;
        for (int i = r.Start; i < r.End; i++) h = (h ^ _text[i]) * 16777619;
        return (int)(h & 0x7FFFFFFF);
    }

    private bool SameText(TextRange a, TextRange b) =>
        a.Length == b.Length && string.CompareOrdinal(_text, a.Start, _text, b.Start, a.Length) == 0;

    /// <summary>
    /// The distinct folded forms (<see cref="Words.Fold"/>) of the distinct spellings: several
    /// spellings ("India", "INDIA") may share one folded id. Fills <paramref name="spellings"/>
    /// with each spelling's text and returns the folded id of each spelling (an array the table
    /// reuses: valid for the first <see cref="Count"/> elements, until the next <see cref="Reset"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public int[] Fold(List<string> spellings, List<string> folded, System.Threading.CancellationToken cancellationToken = default)
    {
        if (_foldedIds.Length < _count) _foldedIds = new int[Math.Max(_count, _foldedIds.Length * 2)];
        var foldedIds = _foldedIds;
        var byFolded = _byFolded;
        byFolded.Clear();
        for (int id = 0; id < _count; id++)
        {
            if ((id & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            var r = _firsts[id];
            string spelling = _text.Substring(r.Start, r.Length);
            spellings.Add(spelling);
            string f = Words.Fold(spelling);
            if (!byFolded.TryGetValue(f, out int fid))
            {
                fid = folded.Count;
                folded.Add(f);
                byFolded.Add(f, fid);
            }
            foldedIds[id] = fid;
        }
        return foldedIds;
    }
}

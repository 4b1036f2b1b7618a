using System;

namespace SeedGen.Reading;

/// <summary>
/// The distinct words of one document, interned straight from ranges of the text (no string per
/// word): each distinct spelling is folded once into a shared buffer and looked up in the word
/// lists once, and every word-level readout works on small integer ids. Ids are given in order of
/// first occurrence, so iterating them is iterating the text's first occurrences.
/// </summary>
internal sealed class WordTable
{
    private string _text = "";
    private int[] _slots = new int[16];          // open addressing: id + 1, 0 = empty; only the first _slotCount are in use
    private int _slotCount = 16;                 // a power of two, sized for this document (the array may be bigger, from an earlier one)
    private int[] _hashes = new int[8];          // per id
    private TextRange[] _firsts = new TextRange[8]; // per id: the first occurrence
    private int _count;
    private int[] _foldedIds = new int[8];          // per spelling id: its folded id
    private char[] _chars = new char[256];          // the folded forms, back to back
    private int _charCount;
    private int[] _foldSlots = new int[16];         // open addressing over folded ids: id + 1, 0 = empty
    private int[] _foldStarts = new int[8], _foldLengths = new int[8], _foldHashes = new int[8];
    private string?[] _foldedStrings = new string?[8];
    private int _foldedCount;

    public WordTable(string text, int expectedWords) => Reset(text, expectedWords);

    /// <summary>Empties the table for another document, keeping its arrays when they are big enough.</summary>
    public void Reset(string text, int expectedWords)
    {
        Release(); // keep no strings of the last document
        _text = text;
        // Typically about half of a document's words are distinct spellings; the table keeps at most half its slots full.
        int capacity = 16;
        while (capacity < expectedWords) capacity <<= 1;
        // A bigger array serves too (its first part): no new array and no clearing of more than this
        // document needs when documents alternate in size.
        _slotCount = capacity;
        if (_slots.Length < capacity) _slots = new int[capacity];
        else Array.Clear(_slots, 0, capacity);
        if (_hashes.Length < expectedWords / 2)
        {
            _hashes = new int[Math.Max(8, expectedWords / 2)];
            _firsts = new TextRange[_hashes.Length];
        }
    }

    /// <summary>Lets go of the document (its text and folded strings) but keeps the arrays for the next <see cref="Reset"/>.</summary>
    public void Release()
    {
        _text = "";
        _count = 0;
        Array.Clear(_foldedStrings, 0, Math.Min(_foldedCount, _foldedStrings.Length)); // only folded forms have strings
        _foldedCount = 0;
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
        int mask = _slotCount - 1;
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
        if (_count * 2 > _slotCount) Grow();
        return added;
    }

    private void Grow()
    {
        _slotCount *= 2;
        if (_slots.Length < _slotCount) _slots = new int[_slotCount];
        else Array.Clear(_slots, 0, _slotCount);
        int mask = _slotCount - 1;
        for (int id = 0; id < _count; id++)
        {
            int slot = _hashes[id] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = id + 1;
        }
    }

    private int Hash(TextRange r) => CharHash.Fnv32(_text.AsSpan(r.Start, r.Length));

    private bool SameText(TextRange a, TextRange b) =>
        a.Length == b.Length && _text.AsSpan(a.Start, a.Length).SequenceEqual(_text.AsSpan(b.Start, b.Length));

    /// <summary>
    /// The distinct folded forms (<see cref="Words.Fold"/>) of the distinct spellings: several
    /// spellings ("India", "INDIA") may share one folded id. The folded forms are written back to
    /// back into <see cref="FoldedChars"/> (no string each); folded ids are given in order of
    /// first occurrence. Returns the folded id of each spelling (an array the table reuses: valid
    /// for the first <see cref="Count"/> elements, until the next <see cref="Reset"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    public int[] Fold(System.Threading.CancellationToken cancellationToken = default)
    {
        if (_foldedIds.Length < _count) _foldedIds = new int[Math.Max(_count, _foldedIds.Length * 2)];
        int capacity = 16;
        while (capacity < 2 * _count) capacity <<= 1;
        if (_foldSlots.Length < capacity) _foldSlots = new int[capacity]; // a bigger one serves too: its first part
        else Array.Clear(_foldSlots, 0, capacity);
        if (_foldStarts.Length < _count)
        {
            _foldStarts = new int[Math.Max(_count, _foldStarts.Length * 2)];
            _foldLengths = new int[_foldStarts.Length];
            _foldHashes = new int[_foldStarts.Length];
        }
        if (_foldedStrings.Length < _count) _foldedStrings = new string?[Math.Max(_count, _foldedStrings.Length * 2)]; // Reset emptied a reused one
        _foldedCount = 0;
        _charCount = 0;
        int mask = capacity - 1;
        for (int id = 0; id < _count; id++)
        {
            if ((id & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            var r = _firsts[id];
            if (_chars.Length < _charCount + r.Length) Array.Resize(ref _chars, Math.Max(_charCount + r.Length, _chars.Length * 2));
            int start = _charCount;
            for (int i = 0; i < r.Length; i++) _chars[start + i] = Words.FoldChar(_text[r.Start + i]);
            var folded = new ReadOnlySpan<char>(_chars, start, r.Length);
            int hash = CharHash.Fnv32(folded);
            int slot = hash & mask;
            int fid = -1;
            while (_foldSlots[slot] != 0)
            {
                int other = _foldSlots[slot] - 1;
                if (_foldHashes[other] == hash && folded.SequenceEqual(new ReadOnlySpan<char>(_chars, _foldStarts[other], _foldLengths[other])))
                {
                    fid = other;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (fid < 0)
            {
                fid = _foldedCount++;
                _foldHashes[fid] = hash;
                _foldStarts[fid] = start;
                _foldLengths[fid] = r.Length;
                _foldSlots[slot] = fid + 1;
                _charCount += r.Length; // a folded form seen before leaves no copy behind
            }
            _foldedIds[id] = fid;
        }
        return _foldedIds;
    }

    /// <summary>How many distinct folded forms (after <see cref="Fold"/>).</summary>
    public int FoldedCount => _foldedCount;

    /// <summary>The folded forms, back to back: folded id <c>f</c> is <see cref="FoldedStart"/>(f), <see cref="FoldedLength"/>(f).</summary>
    public char[] FoldedChars => _chars;

    public int FoldedStart(int folded) => _foldStarts[folded];

    public int FoldedLength(int folded) => _foldLengths[folded];

    /// <summary>A folded form as a string (made once per document, for the few readouts that keep words).</summary>
    public string FoldedString(int folded) =>
        _foldedStrings[folded] ??= new string(_chars, _foldStarts[folded], _foldLengths[folded]);
}

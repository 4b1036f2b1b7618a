namespace SeedGen.Reading;

/// <summary>
/// The script of a letter, by Unicode block, for the scripts a news or fixture corpus is likely
/// to hold. Fixed ranges, so the answer never depends on the host. Letters outside these
/// blocks count as <c>Other</c>.
/// </summary>
internal static class Scripts
{
    public const string Latin = "Latin";
    public const string Devanagari = "Devanagari";
    public const string Arabic = "Arabic";

    // (first, last, name), sorted by first code point.
    private static readonly (int First, int Last, string Name)[] Blocks =
    {
        (0x0041, 0x024F, Latin),
        (0x0250, 0x02AF, Latin),
        (0x0370, 0x03FF, "Greek"),
        (0x0400, 0x052F, "Cyrillic"),
        (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"),
        (0x0600, 0x06FF, Arabic),
        (0x0700, 0x074F, "Syriac"),
        (0x0750, 0x077F, Arabic),
        (0x0780, 0x07BF, "Thaana"),
        (0x0860, 0x08FF, Arabic),
        (0x0900, 0x097F, Devanagari),
        (0x0980, 0x09FF, "Bengali"),
        (0x0A00, 0x0A7F, "Gurmukhi"),
        (0x0A80, 0x0AFF, "Gujarati"),
        (0x0B00, 0x0B7F, "Oriya"),
        (0x0B80, 0x0BFF, "Tamil"),
        (0x0C00, 0x0C7F, "Telugu"),
        (0x0C80, 0x0CFF, "Kannada"),
        (0x0D00, 0x0D7F, "Malayalam"),
        (0x0D80, 0x0DFF, "Sinhala"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x0E80, 0x0EFF, "Lao"),
        (0x0F00, 0x0FFF, "Tibetan"),
        (0x1000, 0x109F, "Myanmar"),
        (0x10A0, 0x10FF, "Georgian"),
        (0x1100, 0x11FF, "Hangul"),
        (0x1200, 0x139F, "Ethiopic"),
        (0x1780, 0x17FF, "Khmer"),
        (0x1C80, 0x1C8F, "Cyrillic"),
        (0x1CD0, 0x1CFF, Devanagari),
        (0x1D00, 0x1DBF, Latin),
        (0x1E00, 0x1EFF, Latin),
        (0x1F00, 0x1FFF, "Greek"),
        (0x2C60, 0x2C7F, Latin),
        (0x2D00, 0x2D2F, "Georgian"),
        (0x2DE0, 0x2DFF, "Cyrillic"),
        (0x3040, 0x309F, "Hiragana"),
        (0x30A0, 0x30FF, "Katakana"),
        (0x3130, 0x318F, "Hangul"),
        (0x3400, 0x4DBF, "Han"),
        (0x4E00, 0x9FFF, "Han"),
        (0xA640, 0xA69F, "Cyrillic"),
        (0xA720, 0xA7FF, Latin),
        (0xA8E0, 0xA8FF, Devanagari),
        (0xAB30, 0xAB6F, Latin),
        (0xAC00, 0xD7AF, "Hangul"),
        (0xF900, 0xFAFF, "Han"),
        (0xFB00, 0xFB06, Latin),
        (0xFB1D, 0xFB4F, "Hebrew"),
        (0xFB50, 0xFDFF, Arabic),
        (0xFE70, 0xFEFF, Arabic),
        (0xFF21, 0xFF5A, Latin),
        (0xFF66, 0xFF9F, "Katakana"),
        (0xFFA0, 0xFFDC, "Hangul"),
        (0x20000, 0x3134F, "Han"),
    };

    /// <summary>The distinct script names of the blocks, in order of first appearance; a tally counts per script.</summary>
    private static readonly string[] ScriptNames = DistinctNames();

    /// <summary>Per block, its script's index in <see cref="ScriptNames"/> (blocks of one script tally together).</summary>
    private static readonly short[] ScriptOfBlock = ScriptIndexes();

    private static string[] DistinctNames()
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (var b in Blocks) if (!names.Contains(b.Name)) names.Add(b.Name);
        return names.ToArray();
    }

    private static short[] ScriptIndexes()
    {
        var indexes = new short[Blocks.Length];
        for (int b = 0; b < Blocks.Length; b++) indexes[b] = (short)System.Array.IndexOf(ScriptNames, Blocks[b].Name);
        return indexes;
    }

    public static int ScriptCount => ScriptNames.Length;

    public static string NameOfScript(int script) => ScriptNames[script];

    /// <summary>What a BMP character counts for in the dominant-script tally: its script, <see cref="OtherScript"/> for a letter or mark outside every block, <see cref="NotCounted"/> for anything else.</summary>
    public const short OtherScript = -1, NotCounted = -2;

    private static class BmpTally
    {
        public static readonly short[] Table = Build();

        private static short[] Build()
        {
            var table = new short[0x10000];
            for (int cp = 0; cp < table.Length; cp++) table[cp] = Tally(cp);
            return table;
        }
    }

    /// <summary>The tally entries of the BMP, indexed by character (what <see cref="TallyOf"/> looks up there).</summary>
    public static short[] BmpTallies => BmpTally.Table;

    /// <summary>The tally entry of a code point (a table lookup in the BMP); see <see cref="OtherScript"/>.</summary>
    public static int TallyOf(int codePoint) => (uint)codePoint < 0x10000 ? BmpTally.Table[codePoint] : Tally(codePoint);

    private static short Tally(int codePoint)
    {
        if (UnicodeData.GetCategory(codePoint) > System.Globalization.UnicodeCategory.EnclosingMark) return NotCounted;
        int block = BlockOf(codePoint);
        return block < 0 ? OtherScript : ScriptOfBlock[block];
    }

    /// <summary>The index of the block holding the code point, or -1.</summary>
    public static int BlockOf(int codePoint)
    {
        int lo = 0, hi = Blocks.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            var b = Blocks[mid];
            if (codePoint < b.First) hi = mid - 1;
            else if (codePoint > b.Last) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Scripts of India whose documents use Indian Standard Time when no zone is given.</summary>
    public static bool IsIndic(string script) => script is Devanagari or "Bengali" or "Gurmukhi" or "Gujarati"
        or "Oriya" or "Tamil" or "Telugu" or "Kannada" or "Malayalam";
}

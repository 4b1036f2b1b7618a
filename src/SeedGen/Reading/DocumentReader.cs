using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Reading;

/// <summary>
/// Reads a seed's normalised text into every readout (SPEC section 3). Pure C#, no Roslyn types,
/// ordinal and culture-free, with our own Unicode tables: the generator and the CLI share it.
///
/// The document is read in zones: a header (organisation line = Section, headline = Title,
/// <c>Key: Value</c> lines, a date line), the body, and a trailer (<c>(Key: Value)</c> groups,
/// initials footer, separators). Only the body feeds paragraphs, sentences and the other
/// content readouts.
/// </summary>
internal static class DocumentReader
{
    private const int MaxKeywords = 10;
    private const int IndianOffsetMinutes = 330;

    public static SeedReadouts Read(string text, string? language = null, CancellationToken cancellationToken = default) =>
        Read(text, language, null, cancellationToken);

    /// <param name="contentWords">Receives the hashes (FNV-1a, what <c>Corpus.MinHash.HashWord</c> gives) of the body's distinct content words (folded, no stop words or numbers), for the MinHash signature.</param>
    public static SeedReadouts Read(string text, string? language, ICollection<ulong>? contentWords, CancellationToken cancellationToken)
    {
        var buffers = ReaderScratch.Rent();
        try
        {
            return Read(text, language, contentWords, buffers, cancellationToken);
        }
        finally
        {
            ReaderScratch.Return(buffers);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static SeedReadouts Read(string text, string? language, ICollection<ulong>? contentWords, ReaderScratch buffers,
        CancellationToken cancellationToken)
    {
        var scratch = buffers.LineWords;
        var lines = buffers.Lines;
        Lines.Split(text, lines, buffers.LinePool);
        for (int i = 0; i < lines.Count; i++)
        {
            if ((i & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            Lines.Classify(text, lines[i], scratch, cancellationToken);
        }

        // "Ministry : Year-end review" on the first line, straight above the prose, is a headline
        // with a colon, not metadata.
        int firstLine = FirstNonBlank(lines);
        if (firstLine + 1 < lines.Count && lines[firstLine].Kind == LineKind.KeyValue && NextNonBlankIsBody(lines, firstLine)
            && !IsKnownKey(text, lines[firstLine].Metadata![0]))
            lines[firstLine].Kind = LineKind.Short;

        // Header: from the top, while lines are headline-like or metadata, up to the first prose.
        // A posting line near the top ("Posted On: …") closes the header whatever is above it:
        // press-release headlines can run to several hundred characters.
        var candidates = new List<int>();
        int posting = FindPostingLine(text, lines);
        int bodyStart = 0;
        if (posting >= 0)
        {
            for (int i = 0; i < posting; i++)
                if (lines[i].Kind is LineKind.Short or LineKind.Body) candidates.Add(i);
            bodyStart = posting;
        }
        while (bodyStart < lines.Count && lines[bodyStart].Kind is not LineKind.Body)
        {
            if (posting < 0 && lines[bodyStart].Kind == LineKind.Short) candidates.Add(bodyStart);
            bodyStart++;
        }
        bool headerOnly = bodyStart == lines.Count;

        // Trailer: from the bottom, while lines are metadata, footers or separators.
        int bodyEnd = lines.Count;
        while (bodyEnd > 0 && lines[bodyEnd - 1].Kind is LineKind.Blank or LineKind.KeyValue or LineKind.MetaGroups
                   or LineKind.Footer or LineKind.DateOnly or LineKind.Agency or LineKind.AlsoRead)
            bodyEnd--;

        // Title and Section come from the header's short lines; a short line that is all the
        // document has is its body, not a title.
        int? sectionLine = null, titleLine = null;
        if (candidates.Count > 0 && !(headerOnly && candidates.Count == 1 && posting < 0))
        {
            int c = 0;
            if (candidates.Count >= 2 && IsOrganisation(text, lines[candidates[0]]))
                sectionLine = candidates[c++];
            titleLine = candidates[c];
        }
        int headerEnd = headerOnly ? (titleLine is { } t ? Math.Max(t + 1, posting + 1) : 0) : bodyStart;
        if (bodyEnd < headerEnd) bodyEnd = headerEnd;

        // Metadata, footer, also-read lines and dates outside the body; everything else in the
        // body becomes paragraphs.
        var metadata = new List<MetadataEntry>();
        var footer = new List<TextRange>();
        var alsoRead = new List<TextRange>();
        var paragraphs = buffers.Paragraphs;
        var dateLines = new List<TextRange>();
        TextRange? agency = null;
        bool joinWrapped = UsesBlankLineBlocks(text, lines, headerEnd, bodyEnd);

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            bool inBody = i >= headerEnd && i < bodyEnd;
            if (i == titleLine || i == sectionLine) continue;
            switch (line.Kind)
            {
                case LineKind.Blank:
                    continue;
                case LineKind.AlsoRead:
                    AlsoRead.Extract(text, line.Start, line.End, alsoRead);
                    continue;
                case LineKind.KeyValue or LineKind.MetaGroups when !inBody:
                    metadata.AddRange(line.Metadata!);
                    continue;
                case LineKind.Footer when !inBody:
                    footer.Add(line.Range);
                    continue;
                case LineKind.DateOnly when !inBody:
                    dateLines.Add(line.Range);
                    continue;
                case LineKind.Agency when !inBody:
                    agency = new TextRange(line.Start + 1, line.End - line.Start - 2);
                    continue;
            }

            // A paragraph: this line, joined with the following lines of a wrapped block.
            int start = line.Start, end = line.End;
            while (joinWrapped && i + 1 < bodyEnd && lines[i + 1].Kind is not (LineKind.Blank or LineKind.AlsoRead)
                   && !Lines.EndsSentence(text, start, end) && !StartsListItem(text, lines[i + 1]))
            {
                i++;
                end = lines[i].End;
            }
            int cut = AlsoRead.Find(text, start, end, cancellationToken);
            if (cut >= 0)
            {
                AlsoRead.Extract(text, cut, end, alsoRead);
                end = cut;
            }
            var paragraph = Sentences.Trim(text, start, end);
            if (paragraph.Length > 0 && Words.HasWordCharacter(text, paragraph.Start, paragraph.End))
                paragraphs.Add(paragraph);
        }

        // Dateline: "Place:" opening the first paragraph, removed from it.
        TextRange? dateline = null;
        if (paragraphs.Count > 0 && TryDateline(text, paragraphs[0], out var place, out int rest))
        {
            dateline = place;
            paragraphs[0] = Sentences.Trim(text, rest, paragraphs[0].End);
            if (paragraphs[0].Length == 0) paragraphs.RemoveAt(0);
        }

        // Content readouts, paragraph by paragraph.
        bool danda = Sentences.UsesDanda(text, cancellationToken);
        var sentences = buffers.Sentences;
        var quotes = buffers.Quotes;
        var numbers = buffers.Numbers;
        var words = buffers.Words;
        var wordSentence = buffers.WordSentence;
        foreach (var p in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int firstSentence = sentences.Count;
            Sentences.Split(text, p, danda, sentences, cancellationToken);
            Quotes.Find(text, p, quotes, cancellationToken);
            Numbers.Find(text, p, numbers, cancellationToken);
            for (int s = firstSentence; s < sentences.Count; s++)
            {
                int before = words.Count;
                Words.Scan(text, sentences[s], words, cancellationToken);
                for (int w = before; w < words.Count; w++) wordSentence.Add(s);
            }
        }

        // Each distinct spelling once (its text, folded form and word-list lookups); every
        // occurrence is an id into the document's word table.
        var table = buffers.Table;
        table.Reset(text, words.Count);
        var foldedOf = buffers.Ints(3, words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            foldedOf[i] = table.Intern(words[i]);
        }
        var foldedOfSpelling = table.Fold(cancellationToken);
        int distinctFolded = table.FoldedCount;
        var foldedCount = buffers.Ints(0, distinctFolded);
        for (int i = 0; i < words.Count; i++)
        {
            foldedOf[i] = foldedOfSpelling[foldedOf[i]];
            foldedCount[foldedOf[i]]++;
        }
        var useful = buffers.Flags(distinctFolded);
        var chars = table.FoldedChars;
        for (int s = 0; s < table.Count; s++)
        {
            if ((s & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            int f = foldedOfSpelling[s];
            useful[f] = table.FoldedLength(f) >= 2 && !Lexicon.StopWordMap.Contains(chars, table.FoldedStart(f), table.FoldedLength(f))
                && !Words.IsAllDigits(text, table.First(s));
        }
        if (contentWords is not null)
            for (int f = 0; f < distinctFolded; f++)
                if (useful[f]) contentWords.Add(CharHash.Fnv64(new ReadOnlySpan<char>(chars, table.FoldedStart(f), table.FoldedLength(f))));

        string script = DominantScript(text, cancellationToken);
        string lang = language is { Length: > 0 } ? language.Trim()
            : DetectLanguage(text, script, table, foldedCount, titleLine is { } tlw ? lines[tlw] : null, sectionLine is { } slw ? lines[slw] : null,
                buffers.LineWords);
        var metadataFirstWins = Deduplicate(text, metadata);
        var source = FindSource(text, metadataFirstWins, paragraphs, agency);
        bool indian = Scripts.IsIndic(script) || (source is { } src && text.IndexOf("PIB", src.Start, src.Length, StringComparison.Ordinal) >= 0);
        var published = FindPublished(text, metadataFirstWins, dateLines, indian ? IndianOffsetMinutes : 0);
        var (weekdays, months) = FindNames(text, table, Lexicon.WeekdayNames, Lexicon.MonthNames);

        return new SeedReadouts(
            text,
            Title: titleLine is { } tl ? StripMarkdownHeading(text, lines[tl].Range) : null,
            Section: sectionLine is { } sl ? lines[sl].Range : null,
            Dateline: dateline,
            Lead: sentences.Count > 0 ? sentences[0] : null,
            Source: source,
            Paragraphs: new(paragraphs),
            Sentences: new(sentences),
            AlsoRead: new(alsoRead),
            Footer: new(footer),
            Quotes: new(quotes),
            Metadata: new(metadataFirstWins),
            Numbers: new(numbers),
            WordCount: words.Count,
            Published: published,
            Weekdays: new(weekdays),
            Months: new(months),
            Keywords: new(Keywords(text, words, foldedOf, table, useful, wordSentence, buffers, cancellationToken)),
            Script: script,
            Language: lang);
    }

    /// <summary>A <c>Posted On:</c>-style line among the first lines, or -1.</summary>
    private static int FindPostingLine(string text, List<Line> lines)
    {
        int seen = 0;
        for (int i = 0; i < lines.Count && seen < 6; i++)
        {
            if (lines[i].Kind == LineKind.Blank) continue;
            seen++;
            if (lines[i].Kind == LineKind.KeyValue
                && Lexicon.DateKeys.Contains(Words.Fold(text.Substring(lines[i].Metadata![0].Key.Start, lines[i].Metadata![0].Key.Length))))
                return i;
        }
        return -1;
    }

    private static int FirstNonBlank(List<Line> lines)
    {
        int i = 0;
        while (i < lines.Count && lines[i].Kind == LineKind.Blank) i++;
        return i;
    }

    private static bool NextNonBlankIsBody(List<Line> lines, int i)
    {
        i++;
        while (i < lines.Count && lines[i].Kind == LineKind.Blank) i++;
        return i < lines.Count && lines[i].Kind == LineKind.Body;
    }

    private static bool IsKnownKey(string text, MetadataEntry e)
    {
        string key = Words.Fold(text.Substring(e.Key.Start, e.Key.Length));
        return Lexicon.DateKeys.Contains(key) || Lexicon.SourceKeys.Contains(key);
    }

    private static bool IsOrganisation(string text, Line line)
    {
        if (line.WordCount > 6) return false;
        foreach (var word in Lexicon.OrganisationWords)
            if (text.IndexOf(word, line.Start, line.End - line.Start, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// Hard-wrapped text (Markdown, e-mail, plain English prose) separates paragraphs by blank
    /// lines and breaks lines inside them; one-line-per-paragraph text (news, press releases)
    /// ends nearly every line with a terminator.
    /// </summary>
    private static bool UsesBlankLineBlocks(string text, List<Line> lines, int start, int end)
    {
        int unterminatedInside = 0, insideLines = 0;
        bool sawBlank = false;
        for (int i = start; i + 1 < end; i++)
        {
            if (lines[i].Kind == LineKind.Blank) { sawBlank = true; continue; }
            if (lines[i + 1].Kind == LineKind.Blank) continue;
            insideLines++;
            if (!Lines.EndsSentence(text, lines[i].Start, lines[i].End)) unterminatedInside++;
        }
        return sawBlank && insideLines > 0 && unterminatedInside * 2 >= insideLines;
    }

    private static bool StartsListItem(string text, Line line)
    {
        char c = text[line.Start];
        if (c is '-' or '*' or '+' or '\u2022' or '#' or '>' or '|') return true;
        int i = line.Start;
        while (i < line.End && text[i] >= '0' && text[i] <= '9') i++;
        return i > line.Start && i < line.End && text[i] is '.' or ')';
    }

    private static TextRange StripMarkdownHeading(string text, TextRange r)
    {
        int i = r.Start;
        while (i < r.End && text[i] == '#') i++;
        return i == r.Start ? r : Sentences.Trim(text, i, r.End);
    }

    private static bool TryDateline(string text, TextRange paragraph, out TextRange place, out int rest)
    {
        place = default;
        rest = paragraph.Start;
        int limit = Math.Min(paragraph.End, paragraph.Start + 40);
        int colon = -1;
        for (int i = paragraph.Start; i < limit; i++)
        {
            char c = text[i];
            if (c == ':') { colon = i; break; }
            int cp = UnicodeData.CodePointAt(text, i, out int len);
            if (!(UnicodeData.IsLetter(cp) || UnicodeData.IsMark(cp) || c == ' ' || c == '-' || c == 0x200C || c == 0x200D)) return false;
            i += len - 1;
        }
        if (colon < 0 || colon + 1 >= paragraph.End || !Sentences.IsSpace(text[colon + 1])) return false;
        var p = Sentences.Trim(text, paragraph.Start, colon);
        if (p.Length == 0) return false;
        int words = 1;
        for (int i = p.Start; i < p.End; i++) if (text[i] == ' ') words++;
        if (words > 4 || Lexicon.NotPlaces.Contains(Words.Fold(text.Substring(p.Start, p.Length)))) return false;
        // A Latin place name is capitalised.
        if (text[p.Start] >= 'a' && text[p.Start] <= 'z') return false;
        place = p;
        rest = colon + 1;
        return true;
    }

    /// <summary>The entries whose key no earlier entry has (ordinal): the first value wins.</summary>
    private static List<MetadataEntry> Deduplicate(string text, List<MetadataEntry> entries)
    {
        var result = new List<MetadataEntry>(entries.Count);
        // A document has a handful of entries: compared pairwise, with no string per key; a set past that.
        HashSet<string>? seen = entries.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var e in entries)
        {
            bool first;
            if (seen is not null) first = seen.Add(text.Substring(e.Key.Start, e.Key.Length));
            else
            {
                first = true;
                foreach (var kept in result)
                    if (text.AsSpan(kept.Key.Start, kept.Key.Length).SequenceEqual(text.AsSpan(e.Key.Start, e.Key.Length))) { first = false; break; }
            }
            if (first) result.Add(e);
        }
        return result;
    }

    private static TextRange? FindSource(string text, List<MetadataEntry> metadata, List<TextRange> paragraphs, TextRange? agency)
    {
        foreach (var e in metadata)
        {
            string key = Words.Fold(text.Substring(e.Key.Start, e.Key.Length));
            if (Lexicon.DateKeys.Contains(key))
            {
                int by = LastIndexOfWord(text, e.Value, " by ");
                if (by >= 0) return Sentences.Trim(text, by + 4, e.Value.End);
            }
            if (Lexicon.SourceKeys.Contains(key)) return e.Value;
        }
        if (agency is not null) return agency;
        if (paragraphs.Count == 0) return null;
        return FindAgency(text, paragraphs[0], fromStart: true) ?? FindAgency(text, paragraphs[paragraphs.Count - 1], fromStart: false);
    }

    private static int LastIndexOfWord(string text, TextRange r, string word)
    {
        if (r.Length < word.Length) return -1;
        return text.LastIndexOf(word, r.End - 1, r.Length, StringComparison.Ordinal);
    }

    private static TextRange? FindAgency(string text, TextRange p, bool fromStart)
    {
        int from = fromStart ? p.Start : Math.Max(p.Start, p.End - 40);
        int to = fromStart ? Math.Min(p.End, p.Start + 60) : p.End;
        for (int i = from; i < to; i++)
        {
            if (text[i] != '(') continue;
            int close = text.IndexOf(')', i + 1, to - i - 1);
            if (close < 0) break;
            string name = text.Substring(i + 1, close - i - 1).Trim();
            if (Lexicon.Agencies.Contains(name)) return Sentences.Trim(text, i + 1, close);
        }
        return null;
    }

    private static PublishedDate? FindPublished(string text, List<MetadataEntry> metadata, List<TextRange> dateLines, int offset)
    {
        foreach (var e in metadata)
        {
            if (!Lexicon.DateKeys.Contains(Words.Fold(text.Substring(e.Key.Start, e.Key.Length)))) continue;
            var value = text.Substring(e.Value.Start, e.Value.Length);
            int by = value.LastIndexOf(" by ", StringComparison.Ordinal);
            if (Dates.Parse(by >= 0 ? value.Substring(0, by) : value, offset) is { } d) return d;
        }
        foreach (var r in dateLines)
            if (Dates.Parse(text.Substring(r.Start, r.Length), offset) is { } d) return d;
        return null;
    }

    [ThreadStatic] private static int[]? t_perScript;

    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static string DominantScript(string text, CancellationToken cancellationToken)
    {
        // Letters and marks counted per script (marks count with their script: Indic vowel signs
        // carry much of the writing), one table lookup and one increment per character, no branch
        // but the surrogate test: slot 0 counts what is not counted, slot 1 letters of no block.
        var tally = t_perScript ??= new int[Scripts.ScriptCount + 2];
        Array.Clear(tally, 0, tally.Length);
        var bmp = Scripts.BmpTallies;
        for (int i = 0; i < text.Length; i++)
        {
            if ((i & (Poll.Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                int cp = UnicodeData.CodePointAt(text, i, out int len);
                i += len - 1;
                tally[Scripts.TallyOf(cp) - Scripts.NotCounted]++;
            }
            else
            {
                tally[bmp[c] - Scripts.NotCounted]++;
            }
        }
        int other = tally[Scripts.OtherScript - Scripts.NotCounted];
        var perScript = new ReadOnlySpan<int>(tally, -Scripts.NotCounted, Scripts.ScriptCount);
        // The most letters win, ties by name.
        string best = other > 0 ? "Other" : "";
        int bestCount = other;
        for (int k = 0; k < perScript.Length; k++)
        {
            string name = Scripts.NameOfScript(k);
            if (perScript[k] > bestCount || (perScript[k] > 0 && perScript[k] == bestCount && string.CompareOrdinal(name, best) < 0))
            {
                best = name;
                bestCount = perScript[k];
            }
        }
        return best;
    }

    private static readonly char[] Kana = { '\u3042', '\u3044', '\u306E', '\u306B', '\u3092', '\u306F' };

    /// <summary>
    /// The language by function words of the body (each distinct word looked up once, counted as
    /// often as it occurs) and of the headline lines (each word once per occurrence).
    /// </summary>
    private static string DetectLanguage(string text, string script, WordTable body, int[] bodyCounts, Line? title, Line? section,
        List<TextRange> scratch)
    {
        if (Lexicon.SingleLanguageScripts.TryGetValue(script, out var single)) return single;
        if (script == "Han") return text.IndexOfAny(Kana) >= 0 ? "ja" : "zh";
        var markers = Lexicon.LanguageMarkers;
        Span<int> hits = stackalloc int[markers.Length]; // per marker language
        for (int f = 0; f < body.FoldedCount; f++)
            if (body.FoldedLength(f) <= 8 && Lexicon.MarkerWordMap.TryGet(body.FoldedChars, body.FoldedStart(f), body.FoldedLength(f), out var marks))
                Count(hits, script, marks, bodyCounts[f]);
        if (title is not null) CountLine(hits, script, text, title, scratch);
        if (section is not null) CountLine(hits, script, text, section, scratch);
        string best = "";
        int bestHits = 0;
        for (int m = 0; m < markers.Length; m++)
            if (markers[m].Script == script && hits[m] > bestHits) { best = markers[m].Language; bestHits = hits[m]; }
        return best;
    }

    private static void CountLine(Span<int> hits, string script, string text, Line line, List<TextRange> scratch)
    {
        Span<char> folded = stackalloc char[8];
        scratch.Clear();
        Words.Scan(text, line.Range, scratch);
        foreach (var r in scratch)
        {
            if (r.Length > folded.Length) continue; // no marker word is longer (folding keeps the length)
            for (int i = 0; i < r.Length; i++) folded[i] = Words.FoldChar(text[r.Start + i]);
            if (Lexicon.MarkerWordMap.TryGet(folded.Slice(0, r.Length), out var marks)) Count(hits, script, marks, 1);
        }
    }

    private static void Count(Span<int> hits, string script, int[] markers, int count)
    {
        foreach (int m in markers)
            if (Lexicon.LanguageMarkers[m].Script == script) hits[m] += count;
    }

    /// <summary>Names found, in order of first occurrence (the table's spellings are in that order); a spelling is looked up as a range of the text.</summary>
    /// <summary>The weekday and month names the document's words spell, each list in order of first occurrence (one pass over the distinct words for both).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static (List<string> Weekdays, List<string> Months) FindNames(string text, WordTable words, WordMap<string> weekdayNames, WordMap<string> monthNames)
    {
        var weekdays = new List<string>();
        var months = new List<string>();
        for (int id = 0; id < words.Count; id++)
        {
            var r = words.First(id);
            int length = r.Length;
            for (int i = 1; i < r.Length; i++) // "India's" reads as "India"
                if (text[r.Start + i] is '\'' or '\u2019') { length = i; break; }
            string? capitalised = null;
            AddName(text, r.Start, length, weekdayNames, weekdays, ref capitalised);
            AddName(text, r.Start, length, monthNames, months, ref capitalised);
        }
        return (weekdays, months);
    }

    /// <summary>Adds the name the word spells, once; "MONDAY" reads as "Monday" (<paramref name="capitalised"/>, made once per word).</summary>
    private static void AddName(string text, int start, int length, WordMap<string> names, List<string> found, ref string? capitalised)
    {
        if (names.TryGet(text, start, length, out var english))
        {
            if (!found.Contains(english)) found.Add(english);
        }
        else if (length > 2 && IsAllCaps(text, start, length)
                 && names.TryGet(capitalised ??= text.Substring(start, 1) + Words.Fold(text.Substring(start + 1, length - 1)), out english)
                 && !found.Contains(english))
        {
            found.Add(english);
        }
    }

    private static bool IsAllCaps(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++) if (text[i] < 'A' || text[i] > 'Z') return false;
        return true;
    }

    /// <summary>
    /// The document's top terms: words and two-word phrases by frequency (a phrase counts twice),
    /// stop words and bare numbers removed, ties broken by first occurrence (a word before the
    /// phrase it opens). Per document only. Words are folded ids, phrases pairs of them.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static List<string> Keywords(string text, List<TextRange> words, int[] foldedOf, WordTable table, bool[] useful,
        List<int> sentenceOf, ReaderScratch buffers, CancellationToken cancellationToken)
    {
        int distinct = table.FoldedCount;
        var count = buffers.Ints(1, distinct);
        var first = buffers.Ints(2, distinct);
        var phrases = buffers.Phrases;
        int previous = -1, previousIndex = -1;
        for (int i = 0; i < words.Count; i++)
        {
            if ((i & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            int f = foldedOf[i];
            if (!useful[f])
            {
                previous = -1;
                continue;
            }
            if (count[f]++ == 0) first[f] = i;
            if (previous >= 0 && sentenceOf[previousIndex] == sentenceOf[i] && OnlySpaceBetween(text, words[previousIndex], words[i]))
            {
                long key = ((long)previous << 32) | (uint)f;
                phrases.Add(key, previousIndex);
            }
            previous = f;
            previousIndex = i;
        }

        // Ranked by score (descending), first occurrence, then a word before the phrase it opens:
        // one packed key per candidate, sorted as numbers.
        int candidates = 0;
        for (int f = 0; f < distinct; f++) if (count[f] > 0) candidates++;
        for (int p = 0; p < phrases.Count; p++) if (phrases.CountOf(p) >= 2) candidates++;
        var (keys, items) = buffers.RankBuffers(candidates);
        int c = 0;
        for (int f = 0; f < distinct; f++)
            if (count[f] > 0)
            {
                keys[c] = RankKey(count[f], first[f], 0);
                items[c++] = (f, -1);
            }
        for (int p = 0; p < phrases.Count; p++)
            if (phrases.CountOf(p) >= 2)
            {
                keys[c] = RankKey(phrases.CountOf(p) * 2, phrases.First(p), 1);
                items[c++] = ((int)(phrases.Key(p) >> 32), (int)(phrases.Key(p) & 0xFFFFFFFF));
            }
        Array.Sort(keys, items, 0, candidates);

        var result = new List<string>(MaxKeywords);
        Span<int> covered = stackalloc int[2 * MaxKeywords]; // the words the keywords so far contain
        int coveredCount = 0;
        for (int i = 0; i < candidates; i++)
        {
            var k = items[i];
            if (result.Count == MaxKeywords) break;
            bool hasA = covered.Slice(0, coveredCount).IndexOf(k.A) >= 0;
            bool hasB = k.B < 0 || covered.Slice(0, coveredCount).IndexOf(k.B) >= 0;
            if (hasA && hasB) continue;
            result.Add(k.B < 0 ? table.FoldedString(k.A) : table.FoldedString(k.A) + " " + table.FoldedString(k.B));
            if (!hasA) covered[coveredCount++] = k.A;
            if (!hasB && k.B != k.A) covered[coveredCount++] = k.B;
        }
        return result;
    }

    /// <summary>Ascending order = higher score, then earlier, then word before phrase (score and position are below 2^30).</summary>
    private static long RankKey(int score, int first, int phrase) =>
        ((long)(0x3FFFFFFF - Math.Min(score, 0x3FFFFFFF)) << 32) | ((long)first << 1) | (long)phrase;

    private static bool OnlySpaceBetween(string text, TextRange a, TextRange b)
    {
        for (int i = a.End; i < b.Start; i++) if (!Sentences.IsSpace(text[i])) return false;
        return true;
    }
}

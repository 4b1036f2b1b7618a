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

    /// <summary>The stages, in order: lines and zones → body blocks → header fields → sentences and the other per-paragraph scans → content readouts (and the words of the corpus signature).</summary>
    private static SeedReadouts Read(string text, string? language, ICollection<ulong>? contentWords, ReaderScratch buffers,
        CancellationToken cancellationToken)
    {
        var lines = buffers.Lines;
        var zones = Zones.Find(text, buffers, cancellationToken);
        var paragraphs = buffers.Paragraphs;
        var outside = BodyBlocks.Read(text, lines, zones, paragraphs, cancellationToken);
        var opening = StoryEdges.TakeOpening(text, paragraphs);
        var closing = StoryEdges.TakeClosing(text, paragraphs, outside.Metadata);
        ScanParagraphs(text, paragraphs, buffers, cancellationToken);
        var words = WordStatistics(text, buffers, contentWords, cancellationToken);

        string script = ContentReadouts.DominantScript(text, cancellationToken);
        string lang = language is { Length: > 0 } ? language.Trim()
            : ContentReadouts.DetectLanguage(text, script, buffers.Table, words.FoldedCount,
                zones.TitleLine is { } tlw ? lines[tlw] : null, zones.SectionLine is { } slw ? lines[slw] : null, buffers.LineWords);
        var metadata = HeaderFields.Deduplicate(text, outside.Metadata);
        var source = HeaderFields.FindSource(text, metadata, paragraphs, opening, outside.Agency, closing.SignOff);
        // A known source implies its zone (PIB: India); otherwise a time without a zone is local.
        bool indian = source is { } src && text.IndexOf("PIB", src.Start, src.Length, StringComparison.Ordinal) >= 0;
        var published = HeaderFields.FindPublished(text, metadata, outside.DateLines, opening.Date, indian ? IndianOffsetMinutes : null);
        var (weekdays, months) = ContentReadouts.FindNames(text, buffers.Table, Lexicon.WeekdayNames, Lexicon.MonthNames);
        var sentences = buffers.Sentences;

        var values = new ReadoutValues();
        values.Set(Readouts.Title, zones.TitleLine is { } tl ? BodyBlocks.StripMarkdownHeading(text, lines[tl].Range)
            : HeaderFields.ValueOf(text, metadata, Lexicon.TitleKeys));
        values.Set(Readouts.Section, zones.SectionLine is { } sl ? lines[sl].Range : null);
        values.Set(Readouts.Dateline, opening.Dateline);
        values.Set(Readouts.Byline, opening.Byline ?? HeaderFields.ValueOf(text, metadata, Lexicon.BylineKeys));
        values.Set(Readouts.Credits, closing.Credits);
        values.Set(Readouts.Lead, FirstRealSentence(text, sentences));
        values.Set(Readouts.Source, source);
        values.Set(Readouts.Paragraphs, paragraphs);
        values.Set(Readouts.Sentences, sentences);
        values.Set(Readouts.AlsoRead, outside.AlsoRead);
        values.Set(Readouts.Footer, outside.Footer);
        values.Set(Readouts.Quotes, buffers.Quotes);
        values.Set(Readouts.Weekdays, weekdays);
        values.Set(Readouts.Months, months);
        values.Set(Readouts.Keywords,
            ContentReadouts.Keywords(text, buffers.Words, words.FoldedOf, buffers.Table, words.Useful, buffers.WordSentence, buffers, cancellationToken));
        return values.Build(text, new(metadata), new(buffers.Numbers), buffers.Words.Count, published, script, lang);
    }

    /// <summary>The lead: the first sentence that is not a crosshead (short and unterminated), else the first.</summary>
    private static TextRange? FirstRealSentence(string text, List<TextRange> sentences)
    {
        const int CrossheadWords = 10;
        foreach (var s in sentences)
        {
            if (Lines.EndsSentence(text, s.Start, s.End)) return s;
            int words = 1;
            for (int i = s.Start; i < s.End && words <= CrossheadWords; i++) if (text[i] == ' ') words++;
            if (words > CrossheadWords) return s;
        }
        return sentences.Count > 0 ? sentences[0] : null;
    }

    /// <summary>Stage 4: each paragraph's sentences, quotes, numbers and words (with the sentence each word is in).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static void ScanParagraphs(string text, List<TextRange> paragraphs, ReaderScratch buffers, CancellationToken cancellationToken)
    {
        bool danda = Sentences.UsesDanda(text, cancellationToken);
        var sentences = buffers.Sentences;
        var words = buffers.Words;
        var wordSentence = buffers.WordSentence;
        foreach (var p in paragraphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int firstSentence = sentences.Count;
            Sentences.Split(text, p, danda, sentences, cancellationToken);
            Quotes.Find(text, p, buffers.Quotes, cancellationToken);
            Numbers.Find(text, p, buffers.Numbers, cancellationToken);
            for (int s = firstSentence; s < sentences.Count; s++)
            {
                int before = words.Count;
                Words.Scan(text, sentences[s], words, cancellationToken);
                for (int w = before; w < words.Count; w++) wordSentence.Add(s);
            }
        }
    }

    /// <summary>Per word occurrence, its folded id; per folded id, its count and whether it is a content word.</summary>
    private readonly record struct WordStats(int[] FoldedOf, int[] FoldedCount, bool[] Useful);

    /// <summary>
    /// Each distinct spelling once (its text, folded form and word-list lookups); every occurrence
    /// is an id into the document's word table. The content words' hashes go to the corpus signature.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Loop)]
    private static WordStats WordStatistics(string text, ReaderScratch buffers, ICollection<ulong>? contentWords, CancellationToken cancellationToken)
    {
        var words = buffers.Words;
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
        return new WordStats(foldedOf, foldedCount, useful);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The rules on real text nobody here wrote: ../shared/corpus (379 Hindi press releases and
/// Wikipedia paragraphs, and 50 releases in each of English, Urdu, Tamil and Bengali).
/// </summary>
public class CorpusTests : IClassFixture<SkipReasons>
{
    private static readonly Lazy<List<(string Folder, string Name, SeedReadouts Readouts)>> Documents = new(() =>
    {
        var list = new List<(string, string, SeedReadouts)>();
        foreach (var folder in new[] { "hindi-news", "multilingual" })
            foreach (var file in Directory.GetFiles(Path.Combine(CorpusRoot, folder), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
            {
                string text = SeedText.Normalize(SeedText.Decode(File.ReadAllBytes(file), out _));
                list.Add((folder, Path.GetFileNameWithoutExtension(file), DocumentReader.Read(text)));
            }
        return list;
    });

    private static string CorpusRoot => Repo.Corpus!;

    private readonly SkipReasons _skip;

    public CorpusTests(SkipReasons skip) => _skip = skip;

    /// <summary>The corpus is read in place, never copied into the repository; without it these tests are skipped, saying why.</summary>
    private void RequireCorpus([System.Runtime.CompilerServices.CallerMemberName] string test = "") => _skip.UnlessCorpus(test);

    [SkippableFact]
    public void Every_document_is_read_and_all_ranges_are_consistent()
    {
        RequireCorpus();
        Assert.Equal(379 + 200, Documents.Value.Count);
        foreach (var (_, name, r) in Documents.Value)
        {
            void InText(TextRange x) => Assert.True(x.Start >= 0 && x.Length >= 0 && x.End <= r.Text.Length, name);
            foreach (var p in r.Paragraphs)
            {
                InText(p);
                Assert.True(Words.HasWordCharacter(r.Text, p.Start, p.End), name + ": empty paragraph");
            }
            // Sentences and every other body readout lie inside the paragraphs, in order.
            bool Inside(TextRange x) => r.Paragraphs.Any(p => x.Start >= p.Start && x.End <= p.End);
            Assert.All(r.Sentences, s => Assert.True(Inside(s), name + ": sentence outside the body"));
            Assert.All(r.Quotes, s => Assert.True(Inside(s), name + ": quote outside the body"));
            Assert.All(r.Numbers, n => Assert.True(Inside(n.Text), name + ": number outside the body"));
            Assert.True(r.Sentences.Select(s => s.Start).SequenceEqual(r.Sentences.Select(s => s.Start).OrderBy(x => x)), name);
            // The lead is one of the sentences (the first that is not a crosshead).
            if (r.Sentences.Count == 0) Assert.Null(r.Lead);
            else Assert.Contains(r.Lead!.Value, r.Sentences);
            Assert.True(r.Sentences.Count >= r.Paragraphs.Count, name + ": fewer sentences than paragraphs");
            foreach (var m in r.Metadata) { InText(m.Key); InText(m.Value); }
            if (r.Title is { } t) Assert.False(r.Paragraphs.Contains(t), name);
            Assert.True(r.Keywords.Count <= 10);
            Assert.DoesNotContain(r.Keywords, k => Lexicon.StopWords.Contains(k));
        }
    }

    [SkippableFact]
    public void Script_and_language_are_right_for_every_multilingual_release()
    {
        RequireCorpus();
        var expected = new Dictionary<string, (string Script, string Language)>
        {
            ["en"] = ("Latin", "en"), ["ur"] = ("Arabic", "ur"), ["ta"] = ("Tamil", "ta"), ["bn"] = ("Bengali", "bn"),
        };
        foreach (var (folder, name, r) in Documents.Value.Where(d => d.Folder == "multilingual"))
            Assert.Equal(expected[name.Substring(0, 2)], (r.Script, r.Language));
    }

    [SkippableFact]
    public void Hindi_texts_read_as_Devanagari_Hindi()
    {
        RequireCorpus();
        var hindi = Documents.Value.Where(d => d.Folder == "hindi-news").ToList();
        // 0002 is the English text of a speech with a few Hindi sentences: English it is.
        var notHindi = hindi.Where(d => (d.Readouts.Script, d.Readouts.Language) != ("Devanagari", "hi")).Select(d => d.Name).ToList();
        Assert.Equal(new[] { "0002" }, notHindi);
    }

    [SkippableFact]
    public void Press_releases_have_headlines_and_footers_and_Wikipedia_paragraphs_have_neither()
    {
        RequireCorpus();
        var pib = Documents.Value.Where(d => d.Folder == "hindi-news" && int.Parse(d.Name) <= 139).ToList();
        var wiki = Documents.Value.Where(d => d.Folder == "hindi-news" && int.Parse(d.Name) >= 140).ToList();
        Assert.Equal(139, pib.Count);
        Assert.Equal(240, wiki.Count);
        // 0093 and 0094 open with a 47-word headline (over the limit of 45), 0125 is one headline line: all others have a title.
        Assert.True(pib.Count(d => d.Readouts.Title is not null) >= 136, "titles: " + pib.Count(d => d.Readouts.Title is not null));
        Assert.True(pib.Count(d => d.Readouts.Footer.Count > 0) >= 100, "footers: " + pib.Count(d => d.Readouts.Footer.Count > 0));
        // 0204 breaks a line inside a sentence ("… चारों ओर O" / "2 के …"): its first line reads as a headline.
        Assert.Equal(new[] { "0204" }, wiki.Where(d => d.Readouts.Title is not null).Select(d => d.Name));
        Assert.All(wiki, d => Assert.Empty(d.Readouts.Footer));
        // One paragraph per line (a few break a line inside a sentence, around "O\n2").
        Assert.All(wiki, d => Assert.Equal(
            d.Readouts.Text.Split('\n').Count(l => l.Trim().Length > 0) - (d.Readouts.Title is null ? 0 : 1),
            d.Readouts.Paragraphs.Count));
    }

    [SkippableFact]
    public void English_releases_carry_their_posting_line()
    {
        RequireCorpus();
        var en = Documents.Value.Where(d => d.Name.StartsWith("en_", StringComparison.Ordinal)).ToList();
        var withPosting = en.Where(d => d.Readouts.Published is not null).ToList();
        Assert.Equal(50, withPosting.Count);
        // Headlines of up to 733 characters above the posting line are still headlines.
        Assert.All(en, d => Assert.NotNull(d.Readouts.Title));
        Assert.All(withPosting, d => Assert.Equal(330, d.Readouts.Published!.Value.OffsetMinutes));
        Assert.All(withPosting, d => Assert.StartsWith("PIB", d.Readouts.Get(d.Readouts.Source)));
    }

    [SkippableFact]
    public void Reading_is_deterministic()
    {
        RequireCorpus();
        foreach (var (folder, name, r) in Documents.Value.Take(60))
            Assert.Equal(r, DocumentReader.Read(r.Text));
    }
}

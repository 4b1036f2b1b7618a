using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SeedGen.Model;
using SeedGen.Naming;
using SeedGen.Reading;

namespace SeedGen.Cli.Report;

/// <summary>
/// Builds the <see cref="ReportModel"/> of a <see cref="SeedSet"/>: each document's readouts as
/// zones of its text, the generated names (the generator's own naming), the build's findings and
/// the related documents, and the corpus counts.
/// </summary>
internal static class ReportBuilder
{
    /// <summary>Lead readouts of this many words or fewer are flagged: a byline or a crosshead that became the lead.</summary>
    public const int ShortLeadWords = 4;

    public static ReportModel Build(SeedSet seeds, string label, long maxFileBytes = Inputs.SeedSettings.DefaultMaxFileBytes)
    {
        var related = seeds.Related();
        var findingsByPath = new Dictionary<string, List<CliFinding>>(StringComparer.Ordinal);
        foreach (var f in seeds.Findings(maxFileBytes, related))
        {
            if (!findingsByPath.TryGetValue(f.Path, out var list)) findingsByPath[f.Path] = list = new List<CliFinding>();
            list.Add(f);
        }

        var documents = new List<ReportDocument>(seeds.Files.Count);
        CliProgress.Run("Building report", seeds.Files.Count, step =>
        {
            foreach (var file in seeds.Files)
            {
                var findings = findingsByPath.TryGetValue(file.RelativePath, out var fs) ? fs : new List<CliFinding>();
                findingsByPath.Remove(file.RelativePath);
                documents.Add(Document(file, seeds.Names, findings));
                step?.Invoke();
            }
        });
        var otherFindings = findingsByPath.Values.SelectMany(f => f).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        return new ReportModel(label, seeds.Names.RootClass, documents, Coverage(seeds), Tally(documents.Where(d => d.Text is not null).Select(d => d.Script)),
            Tally(documents.Where(d => d.Text is not null).Select(d => d.Language)), Diagnostics(documents, otherFindings), otherFindings,
            Pairs(related, documents));
    }

    private static ReportDocument Document(SeedFile file, NameTable names, List<CliFinding> findings)
    {
        long bytes = file.DecodedText is { } decoded ? SeedSet.Utf8Length(decoded) : 0;
        if (file.Model is not { } m || file.DecodedText is null)
            return new ReportDocument(file.RelativePath, file.RelativePath, null, "the file could not be read", null, null, null, null, null, null,
                0, 0, 0, bytes, "", "", false, null, Array.Empty<ReportZone>(), Array.Empty<ReportMember>(), findings);

        var name = names.Find(m.Key);
        string? notGenerated = !m.IsGenerated ? "not generated: over the size limit or not UTF-8 text (see its findings)"
            : name is not { IsGenerated: true } ? "not generated: its name clashes with another seed's (SEED012)"
            : null;
        string? cls = notGenerated is null && name is not null
            ? names.RootClass + "." + string.Join(".", name.ClassPath.Select(Identifiers.Escape))
            : null;
        var r = m.Readouts;
        string? lead = r.Get(r.Lead);
        var zones = Zones(r);
        return new ReportDocument(m.Id, m.Path, cls, notGenerated,
            r.Get(r.Title), r.Get(r.Dateline), r.Get(r.Source), r.Get(Readouts.Byline.Range(r)), lead,
            r.Published is { } p ? JsonReadouts.Display(p) : null,
            r.Paragraphs.Count, r.Sentences.Count, r.WordCount, bytes, r.Script, r.Language,
            ShortLead: m.IsGenerated && r.Paragraphs.Count > 0 && (r.Lead is not { } l || WordsIn(r.Text, l) <= ShortLeadWords),
            r.Text, zones, cls is null ? Array.Empty<ReportMember>() : Members(m, cls), findings);
    }

    private static int WordsIn(string text, TextRange range)
    {
        var words = new List<TextRange>();
        Words.Scan(text, range, words, default, ShortLeadWords + 1);
        return words.Count;
    }

    /// <summary>Every readout that is a range of the text, as zones, in text order (outer kinds first where two start together).</summary>
    internal static List<ReportZone> Zones(SeedReadouts r)
    {
        string text = r.Text;
        var zones = new List<ReportZone>();
        void Add(ZoneKind kind, TextRange? range, int index = 0, string? note = null)
        {
            if (range is { Length: > 0 } x && x.Start >= 0 && x.End <= text.Length) zones.Add(new ReportZone(kind, x.Start, x.Length, index, note));
        }
        void AddList(ZoneKind kind, EquatableArray<TextRange> ranges)
        {
            for (int i = 0; i < ranges.Count; i++) Add(kind, ranges[i], i);
        }

        Add(ZoneKind.Title, r.Title);
        Add(ZoneKind.Section, r.Section);
        Add(ZoneKind.Dateline, r.Dateline);
        Add(ZoneKind.Byline, Readouts.Byline.Range(r));
        Add(ZoneKind.Lead, r.Lead);
        Add(ZoneKind.Source, r.Source);
        AddList(ZoneKind.Paragraph, r.Paragraphs);
        AddList(ZoneKind.Sentence, r.Sentences);
        AddList(ZoneKind.Quote, r.Quotes);
        AddList(ZoneKind.Footer, r.Footer);
        AddList(ZoneKind.AlsoRead, r.AlsoRead);
        AddList(ZoneKind.Credit, Readouts.Credits.Ranges(r));
        for (int i = 0; i < r.Numbers.Count; i++)
            Add(ZoneKind.Number, r.Numbers[i].Text, i, r.Numbers[i].Value.ToString(CultureInfo.InvariantCulture));
        foreach (var e in r.Metadata)
        {
            int start = Math.Min(e.Key.Start, e.Value.Start), end = Math.Max(e.Key.End, e.Value.End);
            string key = r.Get(e.Key);
            var literal = new System.Text.StringBuilder();
            Emitting.CSharpText.AppendLiteral(literal, key, 0, key.Length);
            Add(ZoneKind.Metadata, new TextRange(start, end - start), 0, literal.ToString());
        }
        Add(ZoneKind.Published, PublishedRange(r));
        WeekdaysAndMonths(r, zones);

        zones.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Index.CompareTo(b.Index));
        return zones;
    }

    /// <summary>
    /// Where the published date was read, the way the reader looks for it: a date key's value (without
    /// its <c>by …</c>), else a line outside the body that is only that date; null when it is inside the
    /// dateline (marked as the dateline) or absent.
    /// </summary>
    private static TextRange? PublishedRange(SeedReadouts r)
    {
        if (r.Published is not { } published) return null;
        string text = r.Text;
        foreach (var e in r.Metadata)
        {
            if (!Lexicon.DateKeys.Contains(Words.Fold(text.Substring(e.Key.Start, e.Key.Length)))) continue;
            string value = text.Substring(e.Value.Start, e.Value.Length);
            int by = value.LastIndexOf(" by ", StringComparison.Ordinal);
            string date = by >= 0 ? value.Substring(0, by) : value;
            if (Dates.Parse(date, null) is not null) return new TextRange(e.Value.Start, date.TrimEnd().Length);
        }
        var body = r.Paragraphs;
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            bool inBody = false;
            foreach (var p in body) if (p.Start < end && p.End > start) { inBody = true; break; }
            var line = Sentences.Trim(text, start, end);
            if (!inBody && line.Length > 0 && line.Length < 80 && Dates.Parse(text.Substring(line.Start, line.Length), null) is { } d
                && d.ToLocalDateTime() == published.ToLocalDateTime())
                return line;
            start = end + 1;
        }
        return null;
    }

    /// <summary>The words of the body that name a weekday or a month, with their place in <c>Weekdays</c> / <c>Months</c>.</summary>
    private static void WeekdaysAndMonths(SeedReadouts r, List<ReportZone> zones)
    {
        var weekdays = r.Weekdays;
        var months = r.Months;
        if (weekdays.Count == 0 && months.Count == 0) return;
        string text = r.Text;
        var words = new List<TextRange>();
        foreach (var p in r.Paragraphs) Words.Scan(text, p, words);
        foreach (var w in words)
        {
            int length = w.Length;
            for (int i = 1; i < w.Length; i++) // "India's" reads as "India"
                if (text[w.Start + i] is '\'' or '\u2019') { length = i; break; }
            if (weekdays.Count > 0 && Lexicon.WeekdayNames.TryGet(text, w.Start, length, out var day) && IndexOf(weekdays, day) is var di && di >= 0)
                zones.Add(new ReportZone(ZoneKind.Weekday, w.Start, length, di, day));
            else if (months.Count > 0 && Lexicon.MonthNames.TryGet(text, w.Start, length, out var month) && IndexOf(months, month) is var mi && mi >= 0)
                zones.Add(new ReportZone(ZoneKind.Month, w.Start, length, mi, month));
        }
    }

    private static int IndexOf(EquatableArray<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++) if (string.Equals(list[i], value, StringComparison.Ordinal)) return i;
        return -1;
    }

    /// <summary>The members a developer types for this seed, with their values: the seed class's constants, then the document's non-range members.</summary>
    private static List<ReportMember> Members(SeedModel m, string cls)
    {
        var r = m.Readouts;
        var members = new List<ReportMember>
        {
            new(cls + ".Id", m.Id),
            new(cls + ".Path", m.Path),
        };
        foreach (var readout in Readouts.Of(ReadoutKind.Text)) members.Add(new(cls + "." + readout.Name, r.Get(readout.Range(r)) ?? (readout.NeverNull ? "" : null)));
        foreach (var readout in Readouts.Of(ReadoutKind.Tag)) members.Add(new(cls + "." + readout.Name, readout.TagValue!(r)));
        foreach (var readout in Readouts.Counted()) members.Add(new(cls + "." + readout.CountConstant, readout.CountIn(r).ToString(CultureInfo.InvariantCulture)));
        foreach (var readout in Readouts.Of(ReadoutKind.Date))
            members.Add(new(cls + ".Document." + readout.Name, readout.DateValue!(r) is { } p ? (readout.WithOffset ? JsonReadouts.Published(p) : JsonReadouts.Local(p)) : null));
        foreach (var readout in Readouts.Of(ReadoutKind.Names))
            members.Add(new(cls + ".Document." + readout.Name, string.Join(", ", readout.Strings(r))));
        return members;
    }

    /// <summary>How many documents have each readout of the table.</summary>
    private static List<ReadoutCoverage> Coverage(SeedSet seeds)
    {
        var result = new List<ReadoutCoverage>();
        var models = seeds.Models.ToList();
        foreach (var readout in Readouts.All)
        {
            int n = 0;
            foreach (var m in models)
            {
                var r = m.Readouts;
                bool has = readout.Kind switch
                {
                    ReadoutKind.Text => readout.Range(r) is { Length: > 0 },
                    ReadoutKind.Date => readout.DateValue!(r) is not null,
                    ReadoutKind.Tag => readout.TagValue!(r).Length > 0,
                    _ => readout.CountIn(r) > 0,
                };
                if (has) n++;
            }
            result.Add(new ReadoutCoverage(readout.Name, n));
        }
        return result;
    }

    private static List<KeyValuePair<string, int>> Tally(IEnumerable<string> values) =>
        values.GroupBy(v => v.Length == 0 ? "(none)" : v, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();

    private static List<DiagnosticCount> Diagnostics(List<ReportDocument> documents, List<CliFinding> other) =>
        documents.SelectMany(d => d.Findings.Select(f => (d.Path, f))).Concat(other.Select(f => (f.Path, f)))
            .GroupBy(x => x.f.Id, StringComparer.Ordinal)
            .Select(g => new DiagnosticCount(g.Key, g.First().f.SeverityWord, g.Select(x => x.Path).Distinct(StringComparer.Ordinal).Count(), g.Count()))
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Each related pair once, best first (ties by the documents' order).</summary>
    private static List<ReportPair> Pairs(Corpus.RelatedTable related, List<ReportDocument> documents)
    {
        var ordinal = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < documents.Count; i++)
            if (documents[i].ClassPath is not null) ordinal[documents[i].Id] = i;
        var pairs = new Dictionary<(int, int), int>();
        foreach (var entry in related.Entries)
        {
            if (!ordinal.TryGetValue(entry.Id, out int a)) continue;
            foreach (var rel in entry.Related)
            {
                if (!ordinal.TryGetValue(rel.Id, out int b) || a == b) continue;
                pairs[(Math.Min(a, b), Math.Max(a, b))] = rel.Agreement;
            }
        }
        return pairs.Select(p => new ReportPair(p.Key.Item1, p.Key.Item2, p.Value))
            .OrderByDescending(p => p.Agreement).ThenBy(p => p.A).ThenBy(p => p.B).ToList();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SeedGen.Model;
using SeedGen.Reading;
using Xunit.Abstractions;

namespace SeedGen.Tests.Evaluation;

/// <summary>
/// Scores every readout over the evaluation set (<c>eval/</c>: real documents from many outlets,
/// each with a hand-written label, see <c>eval/LABELLING.md</c>) and fails when a score drops
/// below its floor. The table it prints is README's "Accuracy on real documents".
/// </summary>
public class EvaluationTests
{
    private readonly ITestOutputHelper _output;

    public EvaluationTests(ITestOutputHelper output) => _output = output;

    /// <summary>The floors a change may not go below: the targets of the evaluation (README).</summary>
    private static readonly Dictionary<string, double> Floors = new()
    {
        // The targets, all met: every field at least 95 % exact, the paragraph count 90 %, sentence-boundary F1 at least
        // 0.98 overall and 0.97 in English.
        ["title"] = 0.95, ["section"] = 0.95, ["dateline"] = 0.95, ["byline"] = 0.95, ["source"] = 0.95, ["published"] = 0.95,
        ["lead"] = 0.95, ["footer"] = 0.95, ["credits"] = 0.95, ["paragraphs"] = 0.90, ["sentence F1"] = 0.98, ["sentence F1 (en)"] = 0.97,
    };

    internal sealed record Label(
        string Id, string Language, string Outlet, string? Title, string? Section, string? Dateline, string? Byline, string? Source,
        string? Published, string? Lead, int Paragraphs, string[] Sentences, string[] Footer, string[] Credits);

    internal static string EvalFolder => Path.Combine(Repo.Root, "eval");

    internal static IReadOnlyList<Label> Labels() =>
        Directory.GetFiles(Path.Combine(EvalFolder, "labels"), "*.json").OrderBy(p => p, StringComparer.Ordinal).Select(ReadLabel).ToList();

    private static Label ReadLabel(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var e = doc.RootElement;
        string? S(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        string[] A(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString()!).ToArray() : Array.Empty<string>();
        return new Label(Path.GetFileNameWithoutExtension(path), S("language")!, S("outlet")!, S("title"), S("section"), S("dateline"), S("byline"),
            S("source"), S("published"), S("lead"), e.GetProperty("paragraphs").GetInt32(), A("sentences"), A("footer"), A("credits"));
    }

    internal static SeedReadouts Read(string id)
    {
        string raw = File.ReadAllText(Path.Combine(EvalFolder, "documents", id + ".txt"));
        return SeedModelFactory.Create("/eval/seeds/" + id + ".txt", id, "seeds/" + id + ".txt", null, null, raw, long.MaxValue, default).Readouts;
    }

    /// <summary>Runs of white space as one space, trimmed (how labels are written).</summary>
    internal static string? Norm(string? s)
    {
        if (s is null) return null;
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string? TextOf(SeedReadouts r, string json)
    {
        var readout = Readouts.All.FirstOrDefault(x => x.Json == json);
        return readout is null ? null : Norm(r.Get(readout.Range(r)));
    }

    private static string[] ListOf(SeedReadouts r, string json)
    {
        var readout = Readouts.All.FirstOrDefault(x => x.Json == json);
        return readout is null ? Array.Empty<string>() : readout.Ranges(r).Select(x => Norm(r.Get(x))!).ToArray();
    }

    /// <summary>The published readout at the label's precision: a date, a local time, or a time with its offset.</summary>
    internal static bool PublishedMatches(string? label, SeedReadouts r)
    {
        if (label is null) return r.Published is null;
        if (r.Published is not { } p) return false;
        string date = p.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + p.Month.ToString("D2", CultureInfo.InvariantCulture) + "-"
            + p.Day.ToString("D2", CultureInfo.InvariantCulture);
        if (label.Length == 10) return label == date;
        string local = date + "T" + p.Hour.ToString("D2", CultureInfo.InvariantCulture) + ":" + p.Minute.ToString("D2", CultureInfo.InvariantCulture);
        if (label.Length == 16) return label == local && !p.OffsetKnown;
        int offset = p.OffsetMinutes;
        string zone = (offset < 0 ? "-" : "+") + (Math.Abs(offset) / 60).ToString("D2", CultureInfo.InvariantCulture) + ":"
            + (Math.Abs(offset) % 60).ToString("D2", CultureInfo.InvariantCulture);
        return p.OffsetKnown && label == local + zone;
    }

    /// <summary>A sentence's end, as its last non-space characters: boundaries are matched by where they fall in the text, not by where the sentence starts.</summary>
    private static string EndOf(string sentence)
    {
        var chars = sentence.Where(c => !char.IsWhiteSpace(c)).ToArray();
        return new string(chars, Math.Max(0, chars.Length - 16), Math.Min(16, chars.Length));
    }

    /// <summary>Matched boundaries, predicted, expected.</summary>
    internal static (int Hit, int Predicted, int Expected) Boundaries(IEnumerable<string> predicted, IEnumerable<string> expected)
    {
        var want = new Dictionary<string, int>(StringComparer.Ordinal);
        int expectedCount = 0, predictedCount = 0, hit = 0;
        foreach (var s in expected) { want[EndOf(s)] = want.GetValueOrDefault(EndOf(s)) + 1; expectedCount++; }
        foreach (var s in predicted)
        {
            predictedCount++;
            string end = EndOf(s);
            if (want.GetValueOrDefault(end) > 0) { want[end]--; hit++; }
        }
        return (hit, predictedCount, expectedCount);
    }

    private static double F1((int Hit, int Predicted, int Expected) b) =>
        b.Predicted + b.Expected == 0 ? 1 : 2.0 * b.Hit / (b.Predicted + b.Expected);

    internal sealed record Scores(Dictionary<string, (int Right, int Of)> Exact, Dictionary<string, (int Hit, int Predicted, int Expected)> Sentences,
        List<string> Misses);

    internal static Scores Score(IReadOnlyList<Label> labels)
    {
        var exact = new Dictionary<string, (int Right, int Of)>();
        var sentences = new Dictionary<string, (int, int, int)>();
        var misses = new List<string>();
        void Count(string field, Label l, bool right, string? got, string? want)
        {
            var (r, n) = exact.GetValueOrDefault(field);
            exact[field] = (r + (right ? 1 : 0), n + 1);
            if (!right) misses.Add($"{l.Id} {field}: got «{got ?? "null"}», want «{want ?? "null"}»");
        }
        foreach (var l in labels)
        {
            var r = Read(l.Id);
            foreach (var (field, want) in new[] { ("title", l.Title), ("section", l.Section), ("dateline", l.Dateline), ("byline", l.Byline),
                         ("source", l.Source), ("lead", l.Lead) })
            {
                string? got = TextOf(r, field);
                if (field == "lead" && got == "") got = null;
                Count(field, l, got == Norm(want), got, Norm(want));
            }
            Count("published", l, PublishedMatches(l.Published, r), r.Published?.ToString(), l.Published);
            var footer = ListOf(r, "footer");
            Count("footer", l, footer.SequenceEqual(l.Footer.Select(x => Norm(x)!)), string.Join(" | ", footer), string.Join(" | ", l.Footer));
            var credits = ListOf(r, "credits");
            Count("credits", l, credits.SequenceEqual(l.Credits.Select(x => Norm(x)!)), string.Join(" | ", credits), string.Join(" | ", l.Credits));
            Count("paragraphs", l, r.Paragraphs.Count == l.Paragraphs, r.Paragraphs.Count.ToString(), l.Paragraphs.ToString());

            var b = Boundaries(ListOf(r, "sentences"), l.Sentences);
            foreach (var key in new[] { "all", l.Language })
            {
                var (h, p, e) = sentences.GetValueOrDefault(key);
                sentences[key] = (h + b.Hit, p + b.Predicted, e + b.Expected);
            }
            if (b.Hit != b.Expected || b.Hit != b.Predicted)
                misses.Add($"{l.Id} sentences: {b.Hit} of {b.Expected} expected ends found, {b.Predicted} predicted");
        }
        return new Scores(exact, sentences, misses);
    }

    [Fact]
    public void The_set_has_60_labelled_documents_from_8_outlets_in_3_languages()
    {
        var labels = Labels();
        Assert.True(labels.Count >= 60, labels.Count + " documents");
        Assert.True(labels.Select(l => l.Outlet).Distinct().Count() >= 8);
        Assert.True(labels.Select(l => l.Language).Distinct().Count() >= 3);
        foreach (var l in labels) Assert.True(File.Exists(Path.Combine(EvalFolder, "documents", l.Id + ".txt")), l.Id);
        string sources = File.ReadAllText(Path.Combine(EvalFolder, "SOURCES.md"));
        foreach (var l in labels) Assert.Contains("`" + l.Id + "`", sources);
    }

    [Fact]
    public void Every_readout_scores_at_least_its_floor_on_the_evaluation_set()
    {
        var scores = Score(Labels());
        var table = new StringBuilder("| readout | score | documents |\n|---|---|---|\n");
        var failures = new List<string>();
        foreach (var (field, (right, of)) in scores.Exact)
        {
            double score = (double)right / of;
            table.Append($"| {field} | {score.ToString("P0", CultureInfo.InvariantCulture)} | {right} of {of} |\n");
            if (Floors.TryGetValue(field, out var floor) && score + 1e-9 < floor) failures.Add($"{field} {score:P1} < {floor:P1}");
        }
        foreach (var (key, b) in scores.Sentences.OrderBy(k => k.Key == "all" ? "" : k.Key, StringComparer.Ordinal))
        {
            double f1 = F1(b);
            table.Append($"| sentence F1 ({key}) | {f1.ToString("0.000", CultureInfo.InvariantCulture)} | {b.Hit} of {b.Expected} ends, {b.Predicted} predicted |\n");
            string floorKey = key == "all" ? "sentence F1" : "sentence F1 (" + key + ")";
            if (Floors.TryGetValue(floorKey, out var floor) && f1 + 1e-9 < floor) failures.Add($"{floorKey} {f1:0.000} < {floor:0.000}");
        }
        _output.WriteLine(table.ToString());
        foreach (var m in scores.Misses) _output.WriteLine(m);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SeedGen.Reading;

namespace SeedGen.Cli.Report;

/// <summary>
/// Writes a <see cref="ReportModel"/> as one self-contained HTML page: the style and the script
/// inline, the data as JSON in <c>&lt;script type="application/json"&gt;</c> elements (the corpus
/// in one, each document's text and zones in one of its own, parsed only when the document is
/// opened). Seed text never becomes markup: in the JSON, <c>&lt; &gt; &amp;</c>, U+2028/2029,
/// controls and every invisible format character (bidi controls included) are <c>\uXXXX</c>
/// escapes, so no seed string can close the element or reorder the page's source; the script
/// renders strings with <c>textContent</c> and DOM calls only, and shows invisible characters as
/// visible <c>U+XXXX</c> marks. The few strings in the markup itself go through <see cref="Html"/>.
/// </summary>
internal static class ReportHtml
{
    public const string Schema = "seedgen.report/1";

    /// <summary>Strings of the document table longer than this are cut (the document view has them whole).</summary>
    public const int CellLength = 240;

    /// <summary>Related pairs the corpus view lists (best first); the page says how many there are in all.</summary>
    public const int MaxPairs = 2000;

    /// <summary>The columns of a document row, in order (the script reads them by these names).</summary>
    public static readonly string[] Columns =
    {
        "id", "path", "cls", "title", "dateline", "source", "byline", "published", "paragraphs", "sentences", "words",
        "findings", "bytes", "script", "language", "flags", "severity", "ids", "lead",
    };

    /// <summary>Flags of a document row.</summary>
    public const int FlagShortLead = 1, FlagNotGenerated = 2, FlagNoText = 4;

    /// <param name="textLimit">UTF-8 bytes of document text the page embeds at most, in document order; a document past it is listed and counted but its text is not shown.</param>
    /// <param name="step">Called once per document written (the progress bar), or null.</param>
    public static void Write(ReportModel model, TextWriter w, long textLimit = long.MaxValue, Action? step = null)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write("<meta name=\"generator\" content=\"seedgen report\">\n");
        w.Write("<title>SeedGen report: " + Html(model.Label) + "</title>\n<style>\n");
        w.Write(Resource("report.css"));
        w.Write("</style>\n</head>\n<body>\n");
        w.Write("<header><h1>SeedGen report <span class=\"label\" dir=\"auto\">" + Html(model.Label) + "</span></h1>\n");
        w.Write("<nav><a href=\"#overview\" id=\"nav-overview\">Overview</a><a href=\"#corpus\" id=\"nav-corpus\">Corpus</a></nav></header>\n");
        w.Write("<main id=\"app\"><noscript>This report draws its views with JavaScript; the data is in the page's script elements.</noscript></main>\n");

        var embedded = new bool[model.Documents.Count];
        long budget = textLimit;
        for (int i = 0; i < model.Documents.Count; i++)
        {
            if (model.Documents[i].Text is not { } text) continue;
            long size = SeedSet.Utf8Length(text);
            if (size > budget) { budget = -1; continue; }
            budget -= size;
            embedded[i] = true;
        }

        w.Write("<script type=\"application/json\" id=\"seedgen-data\">");
        WriteScriptJson(w, Json(j => CorpusData(j, model, embedded)));
        w.Write("</script>\n");
        var related = RelatedByDocument(model);
        for (int i = 0; i < model.Documents.Count; i++)
        {
            w.Write("<script type=\"application/json\" id=\"d" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\">");
            WriteScriptJson(w, Json(j => Detail(j, model.Documents[i], embedded[i], related[i])));
            w.Write("</script>\n");
            step?.Invoke();
        }
        w.Write("<script>\n");
        w.Write(Resource("report.js"));
        w.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary>Text for HTML markup (an element's content or a quoted attribute): <c>&amp; &lt; &gt; " '</c> as references, controls and invisible format characters as a visible <c>[U+XXXX]</c>.</summary>
    public static string Html(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (FormatPair(s, i) is { } cp)
            {
                sb.Append("[U+").Append(cp.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                i++;
                continue;
            }
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (Invisible(c)) sb.Append("[U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// JSON as the content of a script element: every character that could end the element, start
    /// markup or act invisibly (<c>&lt; &gt; &amp;</c>, controls, U+2028/2029, format characters such as
    /// bidi controls, ZWJ and the tag characters beyond the BMP) is a <c>\uXXXX</c> escape, which JSON reads back as the same character.
    /// </summary>
    public static void WriteScriptJson(TextWriter w, string json)
    {
        int run = 0;
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            int units = FormatPair(json, i) is not null ? 2 : NeedsEscape(c) ? 1 : 0;
            if (units == 0) continue;
            if (i > run) w.Write(json.AsSpan(run, i - run));
            for (int k = 0; k < units; k++)
            {
                w.Write("\\u");
                w.Write(((int)json[i + k]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            i += units - 1;
            run = i + 1;
        }
        if (json.Length > run) w.Write(json.AsSpan(run));
    }

    /// <summary>The code point of the surrogate pair at <paramref name="i"/> when it is a format character (U+E0001, the tags U+E0020–E007F …), else null.</summary>
    private static int? FormatPair(string s, int i)
    {
        if (!char.IsHighSurrogate(s[i]) || i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1])) return null;
        int cp = char.ConvertToUtf32(s[i], s[i + 1]);
        return UnicodeData.IsFormat(cp) ? cp : null;
    }

    private static bool NeedsEscape(char c) =>
        c < 0x20 || c is '<' or '>' or '&' || Invisible(c);

    /// <summary>Controls (but tab and line feed, which the text view keeps), U+2028/2029 and format characters (bidi controls, ZWJ, BOM …).</summary>
    internal static bool Invisible(char c) =>
        (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' || UnicodeData.IsFormat(c);

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var j = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(j);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void CorpusData(Utf8JsonWriter j, ReportModel model, bool[] embedded)
    {
        j.WriteStartObject();
        j.WriteString("schema", Schema);
        j.WriteString("label", model.Label);
        j.WriteString("root", model.RootClass);
        j.WriteNumber("shortLeadWords", ReportBuilder.ShortLeadWords);
        j.WriteNumber("signatureSize", Corpus.MinHash.Size);
        j.WriteNumber("nearDuplicate", Corpus.RelatedFinder.NearDuplicateThreshold);
        j.WriteNumber("relatedThreshold", Corpus.RelatedFinder.Threshold);

        j.WriteStartArray("kinds");
        foreach (ZoneKind kind in Enum.GetValues(typeof(ZoneKind)))
        {
            var (member, shape) = Member(kind);
            j.WriteStartObject();
            j.WriteString("name", Name(kind));
            j.WriteString("member", member);
            j.WriteString("shape", shape);
            j.WriteEndObject();
        }
        j.WriteEndArray();

        j.WriteStartArray("coverage");
        foreach (var c in model.Coverage) { j.WriteStartArray(); j.WriteStringValue(c.Readout); j.WriteNumberValue(c.Documents); j.WriteEndArray(); }
        j.WriteEndArray();
        Tally(j, "scripts", model.Scripts);
        Tally(j, "languages", model.Languages);
        j.WriteStartArray("diagnostics");
        foreach (var d in model.Diagnostics)
        {
            j.WriteStartArray();
            j.WriteStringValue(d.Id); j.WriteStringValue(d.Severity); j.WriteNumberValue(d.Documents); j.WriteNumberValue(d.Findings);
            j.WriteEndArray();
        }
        j.WriteEndArray();
        j.WriteStartArray("otherFindings");
        foreach (var f in model.OtherFindings) j.WriteStringValue(f.ToString());
        j.WriteEndArray();

        j.WriteStartArray("columns");
        foreach (var c in Columns) j.WriteStringValue(c);
        j.WriteEndArray();
        j.WriteStartArray("docs");
        for (int i = 0; i < model.Documents.Count; i++)
        {
            var d = model.Documents[i];
            j.WriteStartArray();
            j.WriteStringValue(d.Id);
            j.WriteStringValue(d.Path);
            Nullable(j, d.ClassPath);
            Nullable(j, Cut(d.Title));
            Nullable(j, Cut(d.Dateline));
            Nullable(j, Cut(d.Source));
            Nullable(j, Cut(d.Byline));
            Nullable(j, d.Published);
            j.WriteNumberValue(d.Paragraphs);
            j.WriteNumberValue(d.Sentences);
            j.WriteNumberValue(d.Words);
            j.WriteNumberValue(d.Findings.Count);
            j.WriteNumberValue(d.Bytes);
            j.WriteStringValue(d.Script);
            j.WriteStringValue(d.Language);
            j.WriteNumberValue((d.ShortLead ? FlagShortLead : 0) | (d.ClassPath is null ? FlagNotGenerated : 0) | (embedded[i] ? 0 : FlagNoText));
            j.WriteStringValue(d.Findings.Any(f => f.SeverityWord == "error") ? "error" : d.Findings.Any(f => f.SeverityWord == "warning") ? "warning"
                : d.Findings.Count > 0 ? "info" : "");
            j.WriteStringValue(string.Join(" ", d.Findings.Select(f => f.Id).Distinct(StringComparer.Ordinal)));
            Nullable(j, Cut(d.Lead));
            j.WriteEndArray();
        }
        j.WriteEndArray();

        j.WriteNumber("pairCount", model.Pairs.Count);
        j.WriteStartArray("pairs");
        foreach (var p in model.Pairs.Take(MaxPairs))
        {
            j.WriteStartArray(); j.WriteNumberValue(p.A); j.WriteNumberValue(p.B); j.WriteNumberValue(p.Agreement); j.WriteEndArray();
        }
        j.WriteEndArray();
        j.WriteEndObject();
    }

    private static void Detail(Utf8JsonWriter j, ReportDocument d, bool embedded, List<(int Other, int Agreement)> related)
    {
        j.WriteStartObject();
        if (d.NotGenerated is not null) j.WriteString("notGenerated", d.NotGenerated);
        if (embedded && d.Text is not null)
        {
            j.WriteString("text", d.Text);
            j.WriteStartArray("zones");
            foreach (var z in d.Zones)
            {
                j.WriteStartArray();
                j.WriteNumberValue((int)z.Kind); j.WriteNumberValue(z.Start); j.WriteNumberValue(z.Length); j.WriteNumberValue(z.Index);
                if (z.Note is not null) j.WriteStringValue(z.Note);
                j.WriteEndArray();
            }
            j.WriteEndArray();
        }
        else if (d.Text is not null)
        {
            j.WriteString("textOmitted", "the page's text limit was reached (seedgen report --text-limit)");
        }
        j.WriteStartArray("members");
        // Without the class path, which the row carries once (".Title", ".Document.Published"): the script puts it back.
        foreach (var m in d.Members)
        {
            j.WriteStartArray();
            j.WriteStringValue(d.ClassPath is { } cls && m.Name.StartsWith(cls + ".", StringComparison.Ordinal) ? m.Name.Substring(cls.Length) : m.Name);
            Nullable(j, m.Value);
            j.WriteEndArray();
        }
        j.WriteEndArray();
        j.WriteStartArray("findings");
        foreach (var f in d.Findings)
        {
            j.WriteStartArray();
            j.WriteStringValue(f.SeverityWord); j.WriteStringValue(f.Id); j.WriteNumberValue(f.Line); j.WriteNumberValue(f.Column); j.WriteStringValue(f.Message);
            j.WriteEndArray();
        }
        j.WriteEndArray();
        j.WriteStartArray("related");
        foreach (var (other, agreement) in related) { j.WriteStartArray(); j.WriteNumberValue(other); j.WriteNumberValue(agreement); j.WriteEndArray(); }
        j.WriteEndArray();
        j.WriteEndObject();
    }

    /// <summary>Each document's related documents, best first.</summary>
    private static List<(int, int)>[] RelatedByDocument(ReportModel model)
    {
        var result = new List<(int, int)>[model.Documents.Count];
        for (int i = 0; i < result.Length; i++) result[i] = new List<(int, int)>();
        foreach (var p in model.Pairs) // best first already
        {
            result[p.A].Add((p.B, p.Agreement));
            result[p.B].Add((p.A, p.Agreement));
        }
        return result;
    }

    private static void Tally(Utf8JsonWriter j, string name, IReadOnlyList<KeyValuePair<string, int>> values)
    {
        j.WriteStartArray(name);
        foreach (var v in values) { j.WriteStartArray(); j.WriteStringValue(v.Key); j.WriteNumberValue(v.Value); j.WriteEndArray(); }
        j.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter j, string? value)
    {
        if (value is null) j.WriteNullValue(); else j.WriteStringValue(value);
    }

    /// <summary>A table cell's string: at most <see cref="CellLength"/> characters, never cut inside a surrogate pair.</summary>
    private static string? Cut(string? s)
    {
        if (s is null || s.Length <= CellLength) return s;
        int n = CellLength;
        if (char.IsHighSurrogate(s[n - 1])) n--;
        return s.Substring(0, n) + "…";
    }

    /// <summary>The CSS name of a zone kind (<c>alsoRead</c>).</summary>
    public static string Name(ZoneKind kind)
    {
        string n = kind.ToString();
        return char.ToLowerInvariant(n[0]) + n.Substring(1);
    }

    /// <summary>The <c>SeedDocument</c> member a zone kind is, and its shape: a string, an item of a list, a value of the map, a date.</summary>
    private static (string Member, string Shape) Member(ZoneKind kind) => kind switch
    {
        ZoneKind.Title => (Readouts.Title.Name, "text"),
        ZoneKind.Section => (Readouts.Section.Name, "text"),
        ZoneKind.Dateline => (Readouts.Dateline.Name, "text"),
        ZoneKind.Byline => (Readouts.Byline.Name, "text"),
        ZoneKind.Lead => (Readouts.Lead.Name, "text"),
        ZoneKind.Source => (Readouts.Source.Name, "text"),
        ZoneKind.Paragraph => (Readouts.Paragraphs.Name, "list"),
        ZoneKind.Sentence => (Readouts.Sentences.Name, "list"),
        ZoneKind.Quote => (Readouts.Quotes.Name, "list"),
        ZoneKind.Number => (Readouts.Numbers.Name, "list"),
        ZoneKind.Weekday => (Readouts.Weekdays.Name, "list"),
        ZoneKind.Month => (Readouts.Months.Name, "list"),
        ZoneKind.AlsoRead => (Readouts.AlsoRead.Name, "list"),
        ZoneKind.Credit => (Readouts.Credits.Name, "list"),
        ZoneKind.Footer => (Readouts.Footer.Name, "list"),
        ZoneKind.Metadata => (Readouts.Metadata.Name, "map"),
        ZoneKind.Published => (Readouts.Published.Name, "date"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Resource(string name)
    {
        using var stream = typeof(ReportHtml).Assembly.GetManifestResourceStream("SeedGen.Cli.Report." + name)
            ?? throw new InvalidOperationException("The report's " + name + " is not embedded in " + typeof(ReportHtml).Assembly.GetName().Name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}

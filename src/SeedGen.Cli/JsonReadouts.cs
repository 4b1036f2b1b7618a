using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SeedGen.Model;
using SeedGen.Reading;

namespace SeedGen.Cli;

/// <summary>
/// The readouts as JSON for other tools. The property order is fixed here, field by field, so the
/// schema (<see cref="Schema"/>) is stable; absent readouts are null, lists are arrays, metadata
/// is an object in file order.
/// </summary>
internal static class JsonReadouts
{
    public const string Schema = "seedgen.readouts/1";

    public static string Write(IEnumerable<SeedModel> models)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteStartArray("documents");
            foreach (var m in models) Document(w, m);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void Document(Utf8JsonWriter w, SeedModel m)
    {
        var r = m.Readouts;
        w.WriteStartObject();
        w.WriteString("id", m.Id);
        w.WriteString("path", m.Path);
        w.WriteString("sha256", m.Sha256);
        w.WriteString("title", r.Get(r.Title));
        w.WriteString("section", r.Get(r.Section));
        w.WriteString("dateline", r.Get(r.Dateline));
        w.WriteString("lead", r.Get(r.Lead) ?? "");
        w.WriteString("source", r.Get(r.Source));
        if (r.Published is { } p) w.WriteString("published", p.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        w.WriteString("script", r.Script);
        w.WriteString("language", r.Language);
        w.WriteNumber("wordCount", r.WordCount);
        Strings(w, "paragraphs", r, r.Paragraphs);
        Strings(w, "sentences", r, r.Sentences);
        Strings(w, "alsoRead", r, r.AlsoRead);
        Strings(w, "footer", r, r.Footer);
        Strings(w, "quotes", r, r.Quotes);
        w.WriteStartObject("metadata");
        foreach (var e in r.Metadata) w.WriteString(r.Get(e.Key), r.Get(e.Value));
        w.WriteEndObject();
        w.WriteStartArray("numbers");
        foreach (var n in r.Numbers)
        {
            w.WriteStartObject();
            w.WriteString("text", r.Get(n.Text));
            w.WriteNumber("value", n.Value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Names(w, "weekdays", r.Weekdays);
        Names(w, "months", r.Months);
        Names(w, "keywords", r.Keywords);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, SeedReadouts r, EquatableArray<TextRange> ranges)
    {
        w.WriteStartArray(name);
        foreach (var x in ranges) w.WriteStringValue(r.Get(x));
        w.WriteEndArray();
    }

    private static void Names(Utf8JsonWriter w, string name, EquatableArray<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}

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
    public const string Schema = "seedgen.readouts/2";

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
        foreach (var kind in Order)
            foreach (var readout in Readouts.Of(kind))
                Readout(w, r, readout);
        w.WriteEndObject();
    }

    /// <summary>The order of the readouts by kind (table order inside a kind): the schema.</summary>
    private static readonly ReadoutKind[] Order =
    {
        ReadoutKind.Text, ReadoutKind.Date, ReadoutKind.Tag, ReadoutKind.Count, ReadoutKind.List, ReadoutKind.Map,
        ReadoutKind.Numbers, ReadoutKind.Names,
    };

    private static void Readout(Utf8JsonWriter w, SeedReadouts r, Readout readout)
    {
        switch (readout.Kind)
        {
            case ReadoutKind.Text:
                w.WriteString(readout.Json, readout.NeverNull ? r.Get(readout.Range(r)) ?? "" : r.Get(readout.Range(r)));
                break;
            case ReadoutKind.Date:
                if (readout.DateValue!(r) is { } p) w.WriteString(readout.Json, readout.WithOffset ? Published(p) : Local(p));
                else w.WriteNull(readout.Json);
                break;
            case ReadoutKind.Tag:
                w.WriteString(readout.Json, readout.TagValue!(r));
                break;
            case ReadoutKind.Count:
                w.WriteNumber(readout.Json, readout.Number!(r));
                break;
            case ReadoutKind.List:
                Strings(w, readout.Json, r, readout.Ranges(r));
                break;
            case ReadoutKind.Map:
                w.WriteStartObject(readout.Json);
                foreach (var e in r.Metadata) w.WriteString(r.Get(e.Key), r.Get(e.Value));
                w.WriteEndObject();
                break;
            case ReadoutKind.Numbers:
                w.WriteStartArray(readout.Json);
                foreach (var n in r.Numbers)
                {
                    w.WriteStartObject();
                    w.WriteString("text", r.Get(n.Text));
                    w.WriteNumber("value", n.Value);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                break;
            case ReadoutKind.Names:
                Names(w, readout.Json, readout.Strings(r));
                break;
        }
    }

    /// <summary>A published date as <c>inspect</c> and the report show it: "2021-04-28 19:51 +05:30", or the local time and "(offset unknown)".</summary>
    public static string Display(PublishedDate p) =>
        p.OffsetKnown ? p.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture)
            : p.ToLocalDateTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " (offset unknown)";

    /// <summary>A published date as JSON writes it: ISO 8601 with the offset.</summary>
    public static string Published(PublishedDate p) =>
        p.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A local date and time as JSON writes it: ISO 8601 without an offset.</summary>
    public static string Local(PublishedDate p) =>
        p.ToLocalDateTime().ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

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

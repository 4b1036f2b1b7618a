using System.Linq;
using System.Text;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

internal static class Readable
{
    /// <summary>The readouts of <paramref name="text"/>, normalised as a seed's text is.</summary>
    public static SeedReadouts Read(string text) => DocumentReader.Read(SeedText.Normalize(text));

    public static string[] Sentences(string text) => Read(text) is var r ? r.Sentences.Select(r.Get).ToArray() : [];

    public static string[] Quotes(string text) => Read(text) is var r ? r.Quotes.Select(r.Get).ToArray() : [];

    /// <summary>The words of the whole of <paramref name="text"/>, as ranges.</summary>
    public static System.Collections.Generic.List<TextRange> WordRanges(string text)
    {
        var words = new System.Collections.Generic.List<TextRange>();
        Words.Scan(text, new TextRange(0, text.Length), words);
        return words;
    }

    /// <summary>An attribute cannot carry a lone surrogate (its strings are written as UTF-8): test data writes U+D800 as <c>&lt;D800&gt;</c>.</summary>
    public static string Halves(string s) =>
        System.Text.RegularExpressions.Regex.Replace(s, "<(D[89A-F][0-9A-F]{2})>", m => ((char)System.Convert.ToInt32(m.Groups[1].Value, 16)).ToString());

    public static string Of(SeedReadouts r)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Title: {r.Get(r.Title)}");
        sb.AppendLine($"Section: {r.Get(r.Section)}");
        sb.AppendLine($"Dateline: {r.Get(r.Dateline)}");
        sb.AppendLine($"Lead: {r.Get(r.Lead)}");
        sb.AppendLine($"Source: {r.Get(r.Source)}");
        sb.AppendLine($"Published: {r.Published?.ToDateTimeOffset():O}");
        sb.AppendLine($"Script/Language: {r.Script}/{r.Language}  Words: {r.WordCount}");
        foreach (var p in r.Paragraphs) sb.AppendLine("P: " + r.Get(p));
        foreach (var p in r.Sentences) sb.AppendLine("S: " + r.Get(p));
        foreach (var p in r.AlsoRead) sb.AppendLine("A: " + r.Get(p));
        foreach (var p in r.Footer) sb.AppendLine("F: " + r.Get(p));
        foreach (var p in r.Quotes) sb.AppendLine("Q: " + r.Get(p));
        foreach (var m in r.Metadata) sb.AppendLine($"M: [{r.Get(m.Key)}]=[{r.Get(m.Value)}]");
        sb.AppendLine("N: " + string.Join(" | ", r.Numbers.Select(n => r.Get(n.Text) + "=" + n.Value)));
        sb.AppendLine("W: " + string.Join(",", r.Weekdays) + "  M: " + string.Join(",", r.Months));
        sb.AppendLine("K: " + string.Join(" | ", r.Keywords));
        return sb.ToString();
    }
}

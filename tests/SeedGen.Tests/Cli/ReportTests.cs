using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using SeedGen.Cli;
using SeedGen.Cli.Report;

namespace SeedGen.Tests.Cli;

/// <summary><c>seedgen report</c> without a browser: the command, the model of a document, and the HTML writer's escaping.</summary>
public sealed class ReportTests : IDisposable
{
    /// <summary>SPEC section 3: the title of <c>001_…</c>.</summary>
    internal const string Title001 = "प्रधानमंत्री श्री नरेन्द्र मोदी ने रूस के राष्ट्रपति पुतिन के साथ टेलीफोन पर बातचीत की";

    /// <summary>What a hostile seed says: markup that must stay text, and bidi controls that must not act.</summary>
    internal const string HostileText =
        "<script>alert(1)</script> headline \u202Eevil\u202C \U000E0041tag\n\n" +
        "Body </script><img src=x onerror=alert(2)> says \"hi\" & 'bye' \u2066isolated\u2069 \u2028 <!-- --> ]]> end.\n";

    private readonly CliFolder _folder = new("seedgen-report-");

    private readonly string _dir;

    public ReportTests() => _dir = _folder.Dir;

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => _folder.Run(args);

    /// <summary>The JSON of the page's <c>seedgen-data</c> element.</summary>
    internal static JsonDocument Data(string html)
    {
        var m = Regex.Match(html, "<script type=\"application/json\" id=\"seedgen-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(m.Success, "no seedgen-data element");
        return JsonDocument.Parse(m.Groups[1].Value);
    }

    internal static JsonDocument Detail(string html, int ordinal)
    {
        var m = Regex.Match(html, "<script type=\"application/json\" id=\"d" + ordinal + "\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(m.Success, "no element d" + ordinal);
        return JsonDocument.Parse(m.Groups[1].Value);
    }

    [Fact]
    public void Report_writes_one_self_contained_page_with_every_seed()
    {
        var (exit, _, err) = Run("report", "seeds", "-o", "out/report.html");
        Assert.Equal(0, exit);
        string file = Path.Combine(_dir, "out", "report.html");
        Assert.Contains("wrote " + file + " (2 documents", err);
        string html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html);
        // Self-contained: no network, no external style or script.
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(" src=", html);
        Assert.Single(Regex.Matches(html, "<script>")); // one script that runs; the rest is JSON
        Assert.Equal(3, Regex.Matches(html, "<script type=\"application/json\"").Count);

        using var data = Data(html);
        var docs = data.RootElement.GetProperty("docs");
        Assert.Equal(2, docs.GetArrayLength());
        var columns = data.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var d1 = docs[1];
        Assert.Equal("001_d4a7fedfcebcdffb", d1[columns.IndexOf("id")].GetString());
        Assert.Equal("Seeds._001_d4a7fedfcebcdffb", d1[columns.IndexOf("cls")].GetString());
        Assert.Equal(Title001, d1[columns.IndexOf("title")].GetString());
        Assert.Equal("नई दिल्ली", docs[0][columns.IndexOf("dateline")].GetString());
        Assert.Equal(JsonValueKind.Null, d1[columns.IndexOf("dateline")].ValueKind);
        Assert.Equal("2021-04-28 19:51 +05:30", d1[columns.IndexOf("published")].GetString());
        Assert.Equal(7, d1[columns.IndexOf("paragraphs")].GetInt32());
        Assert.Equal(15, d1[columns.IndexOf("sentences")].GetInt32());
        Assert.Equal(320, d1[columns.IndexOf("words")].GetInt32());
        var coverage = data.RootElement.GetProperty("coverage").EnumerateArray().ToDictionary(c => c[0].GetString()!, c => c[1].GetInt32());
        Assert.Equal(1, coverage["Title"]);
        Assert.Equal(1, coverage["Dateline"]);
        Assert.Equal(2, coverage["Lead"]);
        Assert.Equal(0, coverage["Byline"]);
        Assert.Equal("Devanagari", data.RootElement.GetProperty("scripts")[0][0].GetString());
        Assert.Equal(2, data.RootElement.GetProperty("scripts")[0][1].GetInt32());
    }

    [Fact]
    public void A_document_is_its_text_with_zones_and_the_members_that_read_them()
    {
        Assert.Equal(0, Run("report", "-o", "r.html").Exit);
        string html = File.ReadAllText(Path.Combine(_dir, "r.html"));
        using var data = Data(html);
        var kinds = data.RootElement.GetProperty("kinds").EnumerateArray().Select(k => k.GetProperty("name").GetString()).ToList();
        using var detail = Detail(html, 1);
        string text = detail.RootElement.GetProperty("text").GetString()!;
        var zones = detail.RootElement.GetProperty("zones").EnumerateArray()
            .Select(z => (Kind: kinds[z[0].GetInt32()], Text: text.Substring(z[1].GetInt32(), z[2].GetInt32()), Index: z[3].GetInt32(),
                Note: z.GetArrayLength() > 4 ? z[4].GetString() : null))
            .ToList();
        Assert.Equal(Title001, Assert.Single(zones, z => z.Kind == "title").Text);
        Assert.Equal("प्रधानमंत्री कार्यालय", Assert.Single(zones, z => z.Kind == "section").Text);
        Assert.Equal(15, zones.Count(z => z.Kind == "sentence"));
        Assert.Equal(7, zones.Count(z => z.Kind == "paragraph"));
        Assert.Equal("PIB Delhi", Assert.Single(zones, z => z.Kind == "source").Text);
        Assert.Equal("28 APR 2021 7:51PM", Assert.Single(zones, z => z.Kind == "published").Text);
        Assert.Equal("एसजी/एएम/एएस", Assert.Single(zones, z => z.Kind == "footer").Text);
        Assert.StartsWith("प्रधानमंत्री श्री नरेन्द्र मोदी ने आज रूस", Assert.Single(zones, z => z.Kind == "lead").Text);
        Assert.Equal(new[] { "\"Posted On\"", "\"Release ID\"", "\"Visitor Counter\"" }, zones.Where(z => z.Kind == "metadata").Select(z => z.Note));
        Assert.Contains(zones, z => z.Kind == "number" && z.Text == "2019" && z.Note == "2019");
        Assert.Contains(zones, z => z.Kind == "month" && z.Text == "सितंबर" && z.Note == "September" && z.Index == 0);

        // Member names are written after the class path, which the document's row carries once.
        var members = detail.RootElement.GetProperty("members").EnumerateArray().ToDictionary(m => "Seeds._001_d4a7fedfcebcdffb" + m[0].GetString()!, m => m[1].GetString());
        Assert.Equal(Title001, members["Seeds._001_d4a7fedfcebcdffb.Title"]);
        Assert.Null(members["Seeds._001_d4a7fedfcebcdffb.Dateline"]);
        Assert.Equal("15", members["Seeds._001_d4a7fedfcebcdffb.SentenceCount"]);
        Assert.Equal("2021-04-28T19:51:00+05:30", members["Seeds._001_d4a7fedfcebcdffb.Document.Published"]);
        Assert.Equal("September", members["Seeds._001_d4a7fedfcebcdffb.Document.Months"]);
        Assert.Equal(1, detail.RootElement.GetProperty("related").GetArrayLength());
    }

    [Fact]
    public void Member_names_are_the_generators_own_with_reserved_names_suffixed()
    {
        File.WriteAllText(Path.Combine(_dir, "seeds", "Count.txt"), "A headline\n\nA body sentence here. Another one follows.\n");
        Directory.CreateDirectory(Path.Combine(_dir, "seeds", "news", "2024"));
        File.WriteAllText(Path.Combine(_dir, "seeds", "news", "2024", "class.txt"), "Body text of a story. It has two sentences.\n");
        Assert.Equal(0, Run("report", "--class", "Data", "-o", "r.html").Exit);
        using var data = Data(File.ReadAllText(Path.Combine(_dir, "r.html")));
        var columns = data.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var classes = data.RootElement.GetProperty("docs").EnumerateArray().ToDictionary(d => d[0].GetString()!, d => d[columns.IndexOf("cls")].GetString());
        Assert.Equal("Data.Count_", classes["Count"]);
        Assert.Equal("Data.news._2024.@class", classes["news/2024/class"]);
        Assert.Equal("Data._000_29994c0a40c8d7d7", classes["000_29994c0a40c8d7d7"]);
    }

    [Fact]
    public void The_same_seeds_give_the_same_bytes()
    {
        Assert.Equal(0, Run("report", "-o", "a.html").Exit);
        Assert.Equal(0, Run("report", "seeds", "-o", "b.html").Exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "a.html")), File.ReadAllBytes(Path.Combine(_dir, "b.html")));
    }

    [Fact]
    public void Without_o_the_report_is_report_html_in_the_current_folder()
    {
        var (exit, _, err) = Run("report");
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(_dir, "report.html")), err);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        var missing = Run("report", "nowhere", "-o", "r.html");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("'nowhere' does not exist", missing.Err);
        Assert.False(File.Exists(Path.Combine(_dir, "r.html")));
        Assert.Equal(2, Run("report", "-o").Exit);
        Assert.Equal(2, Run("report", "--bogus").Exit);
        Assert.Equal(2, Run("report", "--class", "class").Exit);
        Assert.Equal(2, Run("report", "--text-limit", "-1").Exit);
    }

    [Fact]
    public void The_text_limit_leaves_text_out_but_every_document_in()
    {
        Assert.Equal(0, Run("report", "--text-limit", "0.006", "-o", "r.html").Exit); // room for the first seed's 5.1 KB only
        string html = File.ReadAllText(Path.Combine(_dir, "r.html"));
        using var data = Data(html);
        Assert.Equal(2, data.RootElement.GetProperty("docs").GetArrayLength());
        using var first = Detail(html, 0);
        using var second = Detail(html, 1);
        Assert.True(first.RootElement.TryGetProperty("text", out _));
        Assert.False(second.RootElement.TryGetProperty("text", out _));
        Assert.True(second.RootElement.TryGetProperty("textOmitted", out _));
    }

    [Fact]
    public void Hostile_seed_text_stays_data()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "hostile"));
        File.WriteAllText(Path.Combine(_dir, "hostile", "evil.txt"), HostileText);
        var (exit, _, err) = Run("report", "hostile", "-o", "r.html");
        Assert.Equal(0, exit);
        string html = File.ReadAllText(Path.Combine(_dir, "r.html"));
        // Nothing of the seed is markup: the only script tags are the page's own, and no seed character can act invisibly.
        Assert.Single(Regex.Matches(html, "<script>"));
        Assert.Equal(3, Regex.Matches(html, "</script>").Count); // the data, the document, the page's script
        Assert.DoesNotContain("alert(1)</script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2066", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\U000E0041", html, StringComparison.Ordinal);
        Assert.Contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", html);
        // … and the data reads back as the seed wrote it.
        using var detail = Detail(html, 0);
        Assert.Equal(HostileText, detail.RootElement.GetProperty("text").GetString());
        Assert.Contains("SEED015", err + html);
    }

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("<!-- <script> -->")]
    [InlineData("\u202Eabc\u2066def\u2069\u200F\u2028\u2029\uFEFF\u0000\u0085")]
    [InlineData("& < > \" ' \\ /")]
    [InlineData("tag \U000E0041\U000E007F, emoji \U0001F600")]
    [InlineData("नई दिल्ली \u200D\u200C مرحبا")]
    public void The_writer_escapes_every_string_for_a_script_element_and_for_markup(string hostile)
    {
        var json = new StringWriter();
        ReportHtml.WriteScriptJson(json, JsonSerializer.Serialize(new { s = hostile }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        string written = json.ToString();
        Assert.DoesNotContain("<", written);
        Assert.DoesNotContain(">", written);
        Assert.DoesNotContain("&", written);
        Assert.DoesNotContain(written, c => c < 0x20 || c is '\u2028' or '\u2029' or '\u0085' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
        Assert.DoesNotContain("\U000E0041", written, StringComparison.Ordinal);
        Assert.Equal(hostile, JsonDocument.Parse(written).RootElement.GetProperty("s").GetString());

        string markup = ReportHtml.Html(hostile);
        Assert.DoesNotContain("<", markup);
        Assert.DoesNotContain(">", markup);
        Assert.DoesNotContain("\"", markup);
        Assert.DoesNotContain("'", markup);
        Assert.DoesNotContain(markup, c => ReportHtml.Invisible(c));
        Assert.DoesNotContain("\U000E0041", markup, StringComparison.Ordinal);
        Assert.Equal(hostile.Count(c => c == '&'), Regex.Matches(markup, "&amp;").Count);
    }

    [Fact]
    public void Html_escapes_each_special_character_by_name()
    {
        Assert.Equal("&lt;b&gt; &amp;amp; &quot;x&quot; &#39;y&#39; [U+202E]z", ReportHtml.Html("<b> &amp; \"x\" 'y' \u202Ez"));
        Assert.Equal("नई दिल्ली", ReportHtml.Html("नई दिल्ली"));
    }

    [Fact]
    public void The_page_script_never_writes_markup()
    {
        Assert.Equal(0, Run("report", "-o", "r.html").Exit);
        string html = File.ReadAllText(Path.Combine(_dir, "r.html"));
        string script = html.Substring(html.LastIndexOf("<script>", StringComparison.Ordinal));
        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
            Assert.DoesNotContain(sink, script);
        Assert.Contains("createTextNode", script);
    }
}

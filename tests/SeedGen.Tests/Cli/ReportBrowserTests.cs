using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SeedGen.Cli;

namespace SeedGen.Tests.Cli;

/// <summary>
/// <c>seedgen report</c> in a real browser: headless Chromium opens the report of the repository's
/// seeds and of a hostile folder, runs the page's script, and the test reads the DOM it leaves
/// (<c>--dump-dom</c>) and saves screenshots to the test's output folder (report-screenshots/).
/// Without Chromium the tests skip, or fail when <c>CI</c> is set (.ci/run installs it).
/// </summary>
[Trait("Category", "Browser")]
public sealed class ReportBrowserTests : IClassFixture<SkipReasons>, IDisposable
{
    private readonly SkipReasons _skip;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "seedgen-browser-" + Guid.NewGuid().ToString("N").Substring(0, 12));

    public ReportBrowserTests(SkipReasons skip)
    {
        _skip = skip;
        Directory.CreateDirectory(_dir);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Where screenshots go: beside the test assembly, so a CI run can keep them.</summary>
    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "report-screenshots");

    /// <summary>$CHROMIUM, else chromium, chromium-browser, google-chrome on PATH; null if none.</summary>
    internal static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } set) return File.Exists(set) ? set : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
            {
                if (dir.Length == 0) continue;
                string candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    private string Chromium([System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        string? found = FindChromium();
        const string Missing = "headless Chromium is not installed (apt-get install chromium, or set CHROMIUM to a Chromium or Chrome binary)";
        if (found is null && Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            Assert.Fail(Missing + "; CI is set, so the browser tests must run: .ci/run installs it");
        _skip.If(found is null, Missing, test);
        return found!;
    }

    /// <summary>Runs the CLI in-process in <paramref name="workingDirectory"/> and returns the report's path.</summary>
    private string Report(string workingDirectory, string name, params string[] paths)
    {
        string file = Path.Combine(_dir, name + ".html");
        var err = new StringWriter();
        int exit = SeedGenCli.Run(new[] { "report" }.Concat(paths).Concat(new[] { "-o", file }).ToArray(), new StringWriter(), err, workingDirectory);
        Assert.True(exit == 0, err.ToString());
        return file;
    }

    /// <summary>Chromium's DOM after the page's script ran, or a screenshot; a fresh profile each time, so parallel runs do not share one.</summary>
    private static string Browse(string chromium, string file, string hash, string? screenshot = null)
    {
        string profile = Path.Combine(Path.GetTempPath(), "seedgen-chromium-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --disable-ipc-flooding-protection: the corpus test changes the address hundreds of times, which Chromium would throttle.
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-ipc-flooding-protection",
                     "--user-data-dir=" + profile, "--window-size=1400,900" })
            start.ArgumentList.Add(a);
        start.ArgumentList.Add(screenshot is null ? "--dump-dom" : "--screenshot=" + screenshot);
        start.ArgumentList.Add(new Uri(file).AbsoluteUri + hash);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(180_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish in 180 s: " + stderr.Result);
            }
            Assert.True(process.ExitCode == 0, "Chromium exited " + process.ExitCode + ": " + stderr.Result);
            return stdout.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    [SkippableFact]
    public void The_report_of_the_repository_seeds_shows_every_document_and_marks_the_zones()
    {
        string chromium = Chromium();
        string file = Report(Repo.Root, "seeds");

        string overview = Browse(chromium, file, "");
        Assert.Contains("data-view=\"overview\"", overview);
        Assert.Matches("id=\"doc-count\">2<", overview);
        Assert.Equal(2, Count(overview, "<tr data-doc=\""));
        Assert.Contains(">000_29994c0a40c8d7d7</a>", overview);
        Assert.Contains(">001_d4a7fedfcebcdffb</a>", overview);
        Assert.Contains("<tr data-readout=\"Title\"", overview);

        string doc = Browse(chromium, file, "#doc=001_d4a7fedfcebcdffb&zone=sentence:3");
        Assert.Contains("data-view=\"document\"", doc);
        Assert.Contains("id=\"doc-class\">Seeds._001_d4a7fedfcebcdffb<", doc);
        // The title zone holds the title of SPEC section 3 and names the members that read it.
        var title = Regex.Match(doc, "<span class=\"z z-title\" data-kind=\"title\" data-index=\"0\" title=\"([^\"]*)\">([^<]*)</span>");
        Assert.True(title.Success, "no title zone");
        Assert.Equal("Seeds._001_d4a7fedfcebcdffb.Document.Title", title.Groups[1].Value);
        Assert.Equal(ReportTests.Title001, title.Groups[2].Value);
        Assert.Contains("<div class=\"text\" id=\"doc-text\" dir=\"auto\" lang=\"hi\">", doc); // each paragraph takes its own direction
        Assert.Equal(1, Count(doc, "data-kind=\"section\""));
        Assert.Equal(15, Count(doc, "<span class=\"sb\""));          // a mark at each sentence boundary: SentenceCount
        Assert.Equal(7, Count(doc, "data-kind=\"paragraph\""));
        Assert.Equal(1, Count(doc, "data-kind=\"lead\""));
        Assert.Equal(3, Count(doc, "data-kind=\"metadata\""));
        Assert.Contains("title=\"Seeds._001_d4a7fedfcebcdffb.Document.Metadata[&quot;Release ID&quot;]\"", doc);
        Assert.Contains(">28 APR 2021 7:51PM</span>", doc);
        Assert.Contains("Seeds._001_d4a7fedfcebcdffb.SentenceCount</code> = <span class=\"value\" dir=\"auto\">15</span>", doc);
        // The zone the address selects, and the member that reads it.
        Assert.Contains("<h3>Selected zone: sentence 3</h3><code class=\"member\">Seeds._001_d4a7fedfcebcdffb.Document.Sentences[3]</code>", doc);
        Assert.Single(Regex.Matches(doc, "<span class=\"z z-sentence selected\" data-kind=\"sentence\" data-index=\"3\""));

        string corpus = Browse(chromium, file, "#corpus");
        Assert.Contains("data-view=\"corpus\"", corpus);
        Assert.Contains("id=\"matrix\"", corpus);
        Assert.Equal(2, Count(corpus, "<rect class=\"cell\""));     // the one related pair, both ways

        Directory.CreateDirectory(Screenshots);
        string png = Path.Combine(Screenshots, "seeds-001.png");
        Browse(chromium, file, "#doc=001_d4a7fedfcebcdffb&zone=sentence:3", png);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is empty");
    }

    /// <summary>
    /// Opens every document of the shared corpus (Hindi news and the multilingual set: Urdu, Tamil,
    /// Bengali, English) through the page's own address routing, from a script the test adds to a
    /// copy of the page, and checks that the marked text is the document's text, character for
    /// character (invisible characters as their marks), with an element for every zone.
    /// </summary>
    [SkippableFact]
    public void Every_document_of_the_corpus_shows_its_whole_text_with_every_zone_marked()
    {
        string chromium = Chromium();
        _skip.UnlessCorpus();
        string file = Report(Repo.Corpus!, "corpus", "hindi-news", "multilingual");
        const string Probe = """
            <script>
            (function () {
              var data = JSON.parse(document.getElementById('seedgen-data').textContent);
              var invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
              var checked = 0, wrong = [];
              for (var i = 0; i < data.docs.length; i++) {
                var x = JSON.parse(document.getElementById('d' + i).textContent);
                if (x.text === undefined) continue;
                history.replaceState(null, '', '#doc=' + encodeURIComponent(data.docs[i][0])); // queues no hashchange of its own
                window.dispatchEvent(new HashChangeEvent('hashchange'));
                var want = x.text.replace(invisible, function (c) { var h = c.codePointAt(0).toString(16).toUpperCase(); while (h.length < 4) h = '0' + h; return 'U+' + h; });
                var shown = document.getElementById('doc-text');
                checked++;
                if (document.getElementById('doc-id').textContent !== data.docs[i][0] || shown.textContent !== want
                    || shown.querySelectorAll('.z:not([data-part])').length !== x.zones.length) wrong.push(data.docs[i][0]);
              }
              document.documentElement.setAttribute('data-probe', 'checked ' + checked + ', wrong: ' + wrong.join(' '));
            })();
            </script>
            """;
        string html = File.ReadAllText(file);
        int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        string probed = Path.Combine(_dir, "corpus-probe.html");
        File.WriteAllText(probed, html.Substring(0, end) + Probe + html.Substring(end));
        int documents = Directory.GetFiles(Path.Combine(Repo.Corpus!, "hindi-news"), "*.txt").Length
            + Directory.GetFiles(Path.Combine(Repo.Corpus!, "multilingual"), "*.txt").Length;

        string dom = Browse(chromium, probed, "");
        var probe = Regex.Match(dom, "data-probe=\"([^\"]*)\"");
        Assert.True(probe.Success, "the probe did not run");
        Assert.Equal("checked " + documents + ", wrong: ", probe.Groups[1].Value);
    }

    [SkippableFact]
    public void A_hostile_folder_injects_nothing()
    {
        string chromium = Chromium();
        string folder = Path.Combine(_dir, "hostile");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "evil.txt"), ReportTests.HostileText);
        File.WriteAllText(Path.Combine(folder, "plain.txt"), "A plain headline\n\nA plain body. It has two sentences.\n");
        if (!OperatingSystem.IsWindows())
            File.WriteAllText(Path.Combine(folder, "<img src=x onerror=alert(3)>.txt"), "Named to inject.\n");
        int seeds = Directory.GetFiles(folder, "*.txt").Length;
        string file = Report(_dir, "hostile", "hostile");

        foreach (var hash in new[] { "", "#doc=hostile/evil", "#corpus" })
        {
            string dom = Browse(chromium, file, hash);
            // The page's scripts only: the data (one per document and one for the corpus) and the one that runs, which says nothing of the seeds.
            Assert.Equal(seeds + 2, Count(dom, "<script"));
            Assert.Equal(1, Count(dom, "<script>"));
            string script = dom.Substring(dom.LastIndexOf("<script>", StringComparison.Ordinal));
            Assert.DoesNotContain("alert", script);
            Assert.DoesNotContain("<img", dom);
            Assert.DoesNotContain("alert(1)</script>", dom);
            Assert.DoesNotContain("\u202E", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("\u2066", dom, StringComparison.Ordinal);
            Assert.DoesNotContain("\U000E0041", dom, StringComparison.Ordinal);
            if (hash == "")
            {
                Assert.Matches("id=\"doc-count\">" + seeds + "<", dom);
                Assert.Equal(seeds, Count(dom, "<tr data-doc=\""));
                Assert.Contains("&lt;img src=x onerror=alert(3)&gt;</a>", dom);
            }
            if (hash == "#doc=hostile/evil")
            {
                // The seed's markup is text, its bidi controls visible marks.
                Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", dom);
                Assert.Contains("Body &lt;/script&gt;&lt;img src=x onerror=alert(", dom); // the 2 is a number zone
                Assert.Contains(">U+202E</span>", dom);
                Assert.Contains(">U+2066</span>", dom);
                Assert.Contains(">U+E0041</span>", dom);
                Assert.Contains("SEED015", dom);
            }
        }
        Directory.CreateDirectory(Screenshots);
        string png = Path.Combine(Screenshots, "hostile-evil.png");
        Browse(chromium, file, "#doc=hostile/evil", png);
        Assert.True(new FileInfo(png).Length > 5_000, "the screenshot is empty");
    }
}

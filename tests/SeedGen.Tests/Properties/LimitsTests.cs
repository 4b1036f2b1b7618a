using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using SeedGen.Reading;

namespace SeedGen.Tests.Properties;

/// <summary>Large and adversarial inputs: cancellation, no quadratic paths, and the regressions hardening found.</summary>
public class LimitsTests
{
    [Fact]
    public void Cancellation_is_honoured_promptly_inside_a_large_seed()
    {
        // ~24 MB of Devanagari prose in one file; reading it takes seconds.
        string big = string.Concat(Enumerable.Repeat("दोनों नेताओं ने ”विशेष साझेदारी” पर चर्चा की। 70वें वर्ष में 1,00,000 लोग आए.\n", 200_000));
        var h = new GeneratorHarness();
        h.AddSeed("seeds/big.txt", big);
        var compilation = h.CreateCompilation();
        var driver = h.CreateDriver(trackSteps: false);
        using var cts = new CancellationTokenSource();
        var watch = new Stopwatch();
        cts.Token.Register(watch.Start);
        // Cancelled from a thread of its own: CancelAfter's timer fires on the thread pool, which the
        // tests running in parallel can starve for longer than the whole run takes.
        var canceller = new Thread(() => { Thread.Sleep(300); cts.Cancel(); }) { IsBackground = true };
        canceller.Start();
        var thrown = Record.Exception(() => driver.RunGenerators(compilation, cts.Token));
        canceller.Join();
        watch.Stop();
        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        // The loops poll every 65,536 characters, a few milliseconds apart; the bound leaves room for a loaded CI machine.
        Assert.True(watch.ElapsedMilliseconds < 250, $"cancelled after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Unclosed_quotation_marks_cost_one_scan_not_one_each()
    {
        // Regression: every opening mark used to search to the end of the paragraph (O(n²): minutes for this).
        string text = string.Concat(Enumerable.Repeat("“a ”b ‘c \"d ", 50_000));
        var watch = Stopwatch.StartNew();
        var r = DocumentReader.Read(text);
        Assert.True(watch.ElapsedMilliseconds < 5_000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Single(r.Paragraphs);
    }

    [Fact]
    public void A_seed_of_100000_lines_emits_no_large_array_initializer()
    {
        // Regression: readout ranges were an int[] initializer; Roslyn took 7 s to bind one with 350,000 elements.
        string text = string.Join("\n", Enumerable.Range(0, 100_000).Select(i => "पंक्ति " + i + "।"));
        var h = new GeneratorHarness();
        h.AddSeed("seeds/lines.txt", text);
        string source = h.Run().Source("Seeds.lines.g.cs");
        Assert.DoesNotContain("new int[]", source);
        Assert.Contains("LayoutData => \"", source);
        Assert.True(source.Length < text.Length * 2, $"{source.Length} characters of source for {text.Length} of text");
    }

    [Fact]
    public void Folders_whose_names_differ_only_in_invalid_characters_share_one_class()
    {
        var h = new GeneratorHarness();
        h.AddSeed("seeds/a-b/x.txt", "one");
        h.AddSeed("seeds/a_b/y.txt", "two");
        h.AddSeed("seeds/a b/z.txt", "three");
        Assert.Equal("three:one:two", h.Probe("return Seeds.a_b.z.Document.Text + \":\" + Seeds.a_b.x.Document.Text + \":\" + Seeds.a_b.y.Document.Text;"));
        // "a b/x" would map to a_b.x too: neither it nor "a-b/x" is generated (SEED012), the others are.
        h.AddSeed("seeds/a b/x.txt", "four");
        Assert.Equal("a b/z:three|a_b/y:two", h.Probe("return string.Join(\"|\", Seeds.All.Select(d => d.Id + \":\" + d.Text));"));
    }
}

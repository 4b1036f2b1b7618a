using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SeedGen.Reading;
using Xunit.Abstractions;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The English "Golden Rules" of sentence boundary detection (pragmatic_segmenter, MIT; the cases
/// as its own spec writes them, in <c>GoldenRules.en.json</c>): how many the splitter passes, with
/// a floor no change may go below. README lists the ones it does not pass.
/// </summary>
public class GoldenRulesTests
{
    /// <summary>The measured score: a change may raise it, never lower it.</summary>
    private const int Floor = 48;

    private readonly ITestOutputHelper _output;

    public GoldenRulesTests(ITestOutputHelper output) => _output = output;

    internal sealed record Rule(int Number, string Name, string Text, string[] Sentences);

    internal static IReadOnlyList<Rule> Rules(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "SeedGen.Tests", "Reading", file)));
        return doc.RootElement.GetProperty("rules").EnumerateArray().Select(r => new Rule(
            r.GetProperty("number").GetInt32(), r.GetProperty("name").GetString()!, r.GetProperty("text").GetString()!,
            r.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()!).ToArray())).ToList();
    }

    /// <summary>The text as one paragraph (line breaks read as spaces), split as the reader splits a paragraph.</summary>
    internal static string[] Split(string text, bool danda = false)
    {
        var into = new List<TextRange>();
        string flat = text.Replace('\n', ' ');
        Sentences.Split(flat, new TextRange(0, flat.Length), danda, into);
        return into.Select(r => Evaluation.EvaluationTests.Norm(flat.Substring(r.Start, r.Length))!).ToArray();
    }

    [Fact]
    public void The_splitter_passes_at_least_its_floor_of_the_English_golden_rules()
    {
        var rules = Rules("GoldenRules.en.json");
        int passed = 0;
        foreach (var rule in rules)
        {
            var got = Split(rule.Text);
            var want = rule.Sentences.Select(s => Evaluation.EvaluationTests.Norm(s)!).ToArray();
            if (got.SequenceEqual(want)) passed++;
            else _output.WriteLine($"{rule.Number} {rule.Name}: got [{string.Join(" | ", got)}], want [{string.Join(" | ", want)}]");
        }
        _output.WriteLine($"{passed} of {rules.Count} golden rules");
        Assert.True(passed >= Floor, $"{passed} of {rules.Count} golden rules pass; the floor is {Floor}");
    }
}

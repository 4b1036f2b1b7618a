using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using SeedGen.Inputs;
using SeedGen.Naming;

namespace SeedGen.Tests.Properties;

/// <summary>
/// Names never change meaning: add a file to any seed set, and every identifier that compiled before
/// still means the same seed, or the build fails (SEED012 as an error on the seeds that clash).
/// </summary>
public class NameStabilityProperties
{
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("SEEDGEN_PROPERTY_CASES"), out var n) ? n : 1000;

    private static readonly Gen<(string[] Before, string Added, string?[] SeedNames)> SetAndAddition =
        Gen.Select(SeedGens.SeedPath.Array[1, 25], SeedGens.SeedPath, Gen.OneOf<string?>(null, null, null, "Fed", "a-b", "Count", "x y").Array[25],
            (before, added, names) => (before.Distinct(StringComparer.Ordinal).ToArray(), added, names));

    private static NameTable Assign(IEnumerable<string> paths, string?[] seedNames) =>
        SeedNaming.Assign(paths.Select((p, i) =>
        {
            string full = GeneratorHarness.ProjectDir + "/" + p;
            return new NameRequest(full, SeedPaths.IdOf(full, GeneratorHarness.ProjectDir, null), p, seedNames[i % seedNames.Length]);
        }), "Seeds");

    [Fact]
    public void Adding_a_seed_keeps_every_name_or_fails_the_build()
    {
        SetAndAddition.Sample(c =>
        {
            var before = Assign(c.Before, c.SeedNames);
            // The added file takes the SeedName slot after the others; the seeds before keep theirs.
            var after = Assign(c.Before.Append(c.Added), c.SeedNames.Take(c.Before.Length).Append(null).ToArray());
            bool fails = after.Assignments.Any(a => !a.IsGenerated);
            foreach (var a in before.Assignments.Where(a => a.IsGenerated))
            {
                var b = after.Find(a.Key)!;
                if (b.IsGenerated) Assert.True(a.ClassPath.Equals(b.ClassPath), $"'{a.Path}' moved from {string.Join(".", a.ClassPath)} to {string.Join(".", b.ClassPath)}");
                else Assert.True(fails);
            }
            // Hint names: unique without regard to case, never a fixed one, never over the cap.
            var hints = after.Assignments.Where(a => a.IsGenerated).Select(a => a.HintName).Concat(SeedNaming.FixedHintNames("Seeds")).ToList();
            Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(hints, h => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(h), 1, SeedNaming.MaxHintBytes));
        }, iter: Cases * 10, seed: "07DNJKuZZ2Y1", print: c => string.Join(" | ", c.Before) + " + " + c.Added);
    }

    [Fact]
    public void In_a_build_every_identifier_that_compiled_before_means_the_same_seed_or_there_is_an_error()
    {
        Gen.Select(SeedGens.SeedPath.Array[1, 8], SeedGens.SeedPath, (a, b) => (a.Distinct(StringComparer.Ordinal).ToArray(), b)).Sample(c =>
        {
            var (before, added) = c;
            var h = new GeneratorHarness();
            foreach (var p in before) h.AddSeed(p, "Text of " + p);
            var names = Assign(before, new string?[] { null });
            var generated = names.Assignments.Where(a => a.IsGenerated).ToList();
            // Code that uses every generated seed by its identifier, and checks that it is the seed it was.
            string body = "var ok = true;" + string.Concat(generated.Select(a =>
                $"ok &= Seeds.{string.Join(".", a.ClassPath.Select(Identifiers.Escape))}.Id == {Literal(a.Id)};")) + " return ok.ToString();";
            Assert.Equal("True", h.Probe(body));

            if (!before.Contains(added, StringComparer.Ordinal)) h.AddSeed(added, "Text of " + added);
            h.Sources.Add("namespace Demo { public static class Probe { public static string Run() { " + body + " } } }");
            var run = h.Run();
            bool seedError = run.Output.GetDiagnostics().Concat(h.Analyze()).Any(d => d.Severity == DiagnosticSeverity.Error);
            if (!seedError)
            {
                var assembly = GeneratorHarness.Load(run.Output);
                Assert.Equal("True", (string)assembly.GetType("Demo.Probe")!.GetMethod("Run")!.Invoke(null, null)!);
            }
        }, iter: Math.Max(Cases / 25, 20), seed: "07DNJKuZZ2Y1", print: c => string.Join(" | ", c.Item1) + " + " + c.Item2);
    }

    private static string Literal(string s) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(s, quote: true);
}

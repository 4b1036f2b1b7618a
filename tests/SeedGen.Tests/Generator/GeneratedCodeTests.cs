using System;
using System.Linq;

namespace SeedGen.Tests.Generator;

/// <summary>The generated code compiles with zero diagnostics and returns the spec's values when run.</summary>
public class GeneratedCodeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_seeds_compile_cleanly_and_their_readouts_are_right_at_run_time(bool textPack)
    {
        var h = GeneratorHarness.WithTwoSeeds();
        h.TextPack = textPack;
        var output = h.Probe("""
            var a = Seeds.Get("000_29994c0a40c8d7d7");
            var b = Seeds._001_d4a7fedfcebcdffb.Document;
            return string.Join("\n", new object?[] {
                Seeds.Count, a.Title ?? "<null>", a.Dateline, a.ParagraphCount, a.SentenceCount, a.AlsoRead.Count, a.AlsoRead[0],
                a.Quotes[0], string.Join(",", a.Weekdays), a.Numbers.Any(n => n.Value == 70 && n.Text == "70वें"),
                b.Title, b.Section, b.ParagraphCount, b.SentenceCount, b.Metadata["Release ID"], b.Metadata.Count,
                string.Join("|", b.Metadata.Keys), b.Published!.Value.ToString("O"), b.Source, b.Footer[0],
                string.Join(",", b.Numbers.Select(n => n.Value)), string.Join(",", b.Months), b.Script, b.Language,
                b.Text.Length, Seeds.Contains("nope"), Seeds.TryGet("001_d4a7fedfcebcdffb", out var t) && t == b,
                Seeds.All[0].Id, Seeds.Ids[1], Seeds._000_29994c0a40c8d7d7.Utf8.Length, b.Sha256 == Seeds._001_d4a7fedfcebcdffb.Sha256,
            });
            """);
        var lines = output.Split('\n');
        string[] expected =
        {
            "2", "<null>", "नई दिल्ली", "8", "12", "3", "भारत ने Su-30MKI fighter से दागी ब्रह्मोस सुपरसोनिक क्रूज मिसाइल, जहाज को निशाना बनाया",
            "विशेष रणनीतिक साझेदारी", "Friday,Thursday", "True",
            "प्रधानमंत्री श्री नरेन्द्र मोदी ने रूस के राष्ट्रपति पुतिन के साथ टेलीफोन पर बातचीत की", "प्रधानमंत्री कार्यालय", "7", "15", "1714793", "3",
            "Posted On|Release ID|Visitor Counter", "2021-04-28T19:51:00.0000000+05:30", "PIB Delhi", "एसजी/एएम/एएस",
            "2019,2021", "September", "Devanagari", "hi",
            GeneratorHarness.Seed001Text.Length.ToString(), "False", "True",
            "000_29994c0a40c8d7d7", "001_d4a7fedfcebcdffb", System.Text.Encoding.UTF8.GetByteCount(GeneratorHarness.Seed000Text).ToString(), "True",
        };
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void Get_of_an_unknown_id_throws_KeyNotFoundException_naming_the_nearest_ids()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        var message = h.Probe("""
            try { Seeds.Get("000_29994c0a40c8d7d8"); return "no exception"; }
            catch (System.Collections.Generic.KeyNotFoundException e) { return e.Message; }
            """);
        Assert.Equal("No seed with id '000_29994c0a40c8d7d8'. Nearest: '000_29994c0a40c8d7d7', '001_d4a7fedfcebcdffb'.", message);
    }

    [Fact]
    public void Readout_constants_are_compile_time_constants()
    {
        var h = GeneratorHarness.WithTwoSeeds();
        var output = h.Probe("""
            const string id = Seeds._001_d4a7fedfcebcdffb.Id;
            const int paragraphs = Seeds._000_29994c0a40c8d7d7.ParagraphCount + Seeds._001_d4a7fedfcebcdffb.ParagraphCount;
            string place = new string("नई दिल्ली".ToCharArray());
            switch (place) { case Seeds._000_29994c0a40c8d7d7.Dateline: return id + ":" + paragraphs + ":" + (Seeds._000_29994c0a40c8d7d7.Title == null); }
            return "no match";
            """);
        Assert.Equal("001_d4a7fedfcebcdffb:15:True", output);
    }
}

/// <summary>The layout (version 2) carries the published date, and the weekday, month and keyword strings are one literal beside it: both must read back exactly.</summary>
public class LayoutRoundTripTests
{
    [Theory]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)]
    [InlineData(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)]
    public void A_negative_offset_and_keywords_outside_the_BMP_read_back_as_the_reader_found_them(Microsoft.CodeAnalysis.CSharp.LanguageVersion version)
    {
        const string text = "Gothic letters\n\nPosted On: 2021-04-28 19:51-05:00\n\n"
            + "On Monday in March the 𐌰𐌱𐌲 scholars met. The 𐌰𐌱𐌲 scholars wrote the 𐌰𐌱𐌲 grammar, and \"scholars\" said: नई दिल्ली.";
        var model = SeedGen.Model.SeedModelFactory.Create("/p/seeds/a.txt", "a", "seeds/a.txt", null, null, text, long.MaxValue, default);
        var r = model.Readouts;
        Assert.Equal(-300, r.Published!.Value.OffsetMinutes);
        Assert.Contains(r.Keywords, k => k.Contains("𐌰𐌱𐌲"));
        string expected = r.Published.Value.ToDateTimeOffset().ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "|"
            + string.Join(",", r.Weekdays) + "|" + string.Join(",", r.Months) + "|" + string.Join(",", r.Keywords);

        var h = new GeneratorHarness { LanguageVersion = version };
        h.AddSeed("seeds/a.txt", text);
        string output = h.Probe("""
            var d = Seeds.a.Document;
            return d.Published.GetValueOrDefault().ToString("O", System.Globalization.CultureInfo.InvariantCulture) + "|" + string.Join(",", d.Weekdays) + "|" + string.Join(",", d.Months) + "|" + string.Join(",", d.Keywords);
            """);
        Assert.Equal(expected, output);
    }
}

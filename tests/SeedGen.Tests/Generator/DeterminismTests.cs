using System;
using System.Globalization;
using System.Linq;

namespace SeedGen.Tests.Generator;

/// <summary>The same bytes whatever the file order, culture, line ends or BOM; no machine path in the output.</summary>
public class DeterminismTests
{
    private static string Output(GeneratorHarness h) =>
        string.Join("\n\u0000\n", h.Run().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.Text));

    private static GeneratorHarness Mixed(Func<string, string>? transform = null, bool reverse = false, bool bom = false)
    {
        transform ??= t => t;
        var files = new (string, string)[]
        {
            ("seeds/000_29994c0a40c8d7d7.txt", GeneratorHarness.Seed000Text),
            ("seeds/001_d4a7fedfcebcdffb.txt", GeneratorHarness.Seed001Text),
            ("seeds/News/2020/इ.txt", "Istanbul: İ ı i I — \u0130stanbul. Türkçe metin. 1,5 ve 2.5 sayıları."),
            ("seeds/a-b.txt", "x"),
            ("seeds/a_b.txt", "y"),
            ("seeds/urdu.txt", "یہ سال آپ کی زندگیوں میں خوشحالی لائے۔ ۲۰۲۱ میں۔"),
        };
        var h = new GeneratorHarness();
        foreach (var (path, text) in reverse ? files.Reverse() : files)
        {
            if (bom) h.AddSeedBytes(path, System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(transform(text))).ToArray());
            else h.AddSeed(path, transform(text));
        }
        return h;
    }

    [Fact]
    public void Shuffled_file_order_gives_identical_output()
    {
        string expected = Output(Mixed());
        Assert.Equal(expected, Output(Mixed(reverse: true)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("hi-IN")]
    [InlineData("ar-SA")]
    [InlineData("")]
    public void Any_culture_gives_identical_output(string culture)
    {
        string expected = Output(Mixed());
        var (c, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Output(Mixed()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (c, ui);
        }
    }

    [Fact]
    public void CRLF_checkouts_and_a_BOM_give_identical_output()
    {
        string expected = Output(Mixed());
        Assert.Equal(expected, Output(Mixed(t => t.Replace("\n", "\r\n"))));
        Assert.Equal(expected, Output(Mixed(bom: true)));
        Assert.Equal(expected, Output(Mixed(t => t.Replace("\n", "\r"), bom: true)));
        // A U+FEFF the decoder left is a second BOM: text, not dropped (SEED015 reports it).
        Assert.NotEqual(expected, Output(Mixed(t => "\uFEFF" + t, bom: true)));
    }

    [Fact]
    public void No_absolute_path_of_the_machine_appears_in_the_output()
    {
        var h = Mixed();
        h.Files.Add(new MemoryAdditionalText("/somewhere/else/seeds/outside.txt", "Outside the project."));
        string output = Output(h);
        Assert.DoesNotContain(GeneratorHarness.ProjectDir, output);
        Assert.DoesNotContain("= \"/", output);    // no constant starts with a rooted path
        Assert.DoesNotContain("<c>/", output);
        Assert.DoesNotContain("/build", output);
        Assert.Contains("public const string Path = \"seeds/000_29994c0a40c8d7d7.txt\";", output);
        Assert.Contains("public const string Path = \"../../somewhere/else/seeds/outside.txt\";", output);
    }
}

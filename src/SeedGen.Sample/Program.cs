using System;
using System.ComponentModel;
using System.Linq;
using SeedGen.Sample;

// Everything below is compile-time data generated from ../../seeds/*.txt: no file is read at run time.
Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine($"{Seeds.Count} seed documents");

foreach (var doc in Seeds.All)
{
    Console.WriteLine();
    Console.WriteLine($"== {doc.Id}  ({Describe.Kind(doc.Id)})");
    Console.WriteLine($"   title      {doc.Title ?? "(none) — lead: " + doc.Lead}");
    Console.WriteLine($"   section    {doc.Section ?? "-"}");
    Console.WriteLine($"   dateline   {doc.Dateline ?? "-"}");
    Console.WriteLine($"   published  {doc.Published?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
    Console.WriteLine($"   source     {doc.Source ?? "-"}");
    Console.WriteLine($"   counts     {doc.ParagraphCount} paragraphs, {doc.SentenceCount} sentences, {doc.WordCount} words");
    Console.WriteLine($"   script     {doc.Script} ({doc.Language})");
    foreach (var (key, value) in doc.Metadata.Select(kv => (kv.Key, kv.Value)))
        Console.WriteLine($"   metadata   {key} = {value}");
    foreach (var headline in doc.AlsoRead)
        Console.WriteLine($"   also read  {headline}");
    foreach (var quote in doc.Quotes)
        Console.WriteLine($"   quote      {Shorten(quote)}");
    Console.WriteLine($"   numbers    {string.Join(", ", doc.Numbers.Select(n => $"{n.Text}={n.Value}"))}");
    Console.WriteLine($"   days       {string.Join(", ", doc.Weekdays.Concat(doc.Months))}");
    Console.WriteLine($"   keywords   {string.Join(", ", doc.Keywords)}");
    Console.WriteLine($"   related    {string.Join(", ", doc.Related)}");
}

static string Shorten(string s) => s.Length <= 70 ? s : s.Substring(0, 70) + "…";

internal static class Describe
{
    // Constants from a seed used where only constants may go: a switch label and an attribute.
    public static string Kind(string id) => id switch
    {
        Seeds._000_29994c0a40c8d7d7.Id => "news article, dateline " + Seeds._000_29994c0a40c8d7d7.Dateline,
        Seeds._001_d4a7fedfcebcdffb.Id => "press release of " + Seeds._001_d4a7fedfcebcdffb.Section,
        _ => "seed",
    };

    [Description(Seeds._001_d4a7fedfcebcdffb.Title)]
    public static void Headline() { }
}

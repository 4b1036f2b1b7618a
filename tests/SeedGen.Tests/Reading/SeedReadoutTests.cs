using System.IO;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>The acceptance values of SPEC section 3 for the two reference seeds, value by value.</summary>
public class SeedReadoutTests
{
    private static readonly SeedReadouts A = DocumentReader.Read(SeedText.Normalize(File.ReadAllText(Repo.Seed000)));
    private static readonly SeedReadouts B = DocumentReader.Read(SeedText.Normalize(File.ReadAllText(Repo.Seed001)));

    private static string[] All(SeedReadouts r, EquatableArray<TextRange> ranges) => ranges.Select(r.Get).ToArray();

    [Fact]
    public void News_article_000()
    {
        Assert.Null(A.Title);
        Assert.Null(A.Section);
        Assert.Equal("नई दिल्ली", A.Get(A.Dateline));
        Assert.Equal("प्रधानमंत्री नरेंद्र मोदी और रूस के राष्ट्रपति व्लादिमीर पुतिन ने शुक्रवार को टेलीफोन पर बातचीत की और इस दौरान दोनों देशों के बीच ”विशेष रणनीतिक साझेदारी” को आगे और मजबूत करने के प्रति प्रतिबद्धता जताई.", A.Get(A.Lead));
        Assert.Equal(8, A.Paragraphs.Count);
        Assert.Equal(12, A.Sentences.Count);
        // The dateline and the "Also Read" links are not part of the paragraphs.
        Assert.StartsWith("प्रधानमंत्री नरेंद्र मोदी और रूस", A.Get(A.Paragraphs[0]));
        Assert.EndsWith("प्रतिबद्धता जताई.", A.Get(A.Paragraphs[0]));
        Assert.DoesNotContain(All(A, A.Paragraphs), p => p.Contains("Also Read"));
        Assert.Equal(
            new[]
            {
                "भारत ने Su-30MKI fighter से दागी ब्रह्मोस सुपरसोनिक क्रूज मिसाइल, जहाज को निशाना बनाया",
                "प्रधानमंत्री नरेंद्र मोदी ने किया सरदार पटेल ‘जंगल सफारी’ का उद्घाटन, तोतों से खेलते नजर आए पीएम",
                "प्रधानमंत्री नरेंद्र मोदी के नेतृत्व में भारत की सेना का पाकिस्तान में खौफ: भाजपा",
            },
            All(A, A.AlsoRead));
        Assert.Empty(A.Metadata);
        Assert.Null(A.Published);
        Assert.Null(A.Source);
        Assert.Empty(A.Footer);
        var quotes = All(A, A.Quotes);
        Assert.Equal(3, quotes.Length);
        Assert.Equal("विशेष रणनीतिक साझेदारी", quotes[0]);
        Assert.StartsWith("दोनों नेताओं ने भारत और रूस", quotes[1]);
        Assert.EndsWith("सराहना की.", quotes[1]);
        Assert.StartsWith("उन्होंने एससीओ", quotes[2]);
        // 70वें is the number 70; the 19 of कोविड-19 is part of a name.
        Assert.Equal(new[] { ("70वें", 70m) }, A.Numbers.Select(n => (A.Get(n.Text), n.Value)).ToArray());
        Assert.Equal(new[] { "Friday", "Thursday" }, A.Weekdays.ToArray());
        Assert.Empty(A.Months);
        Assert.Equal("Devanagari", A.Script);
        Assert.Equal("hi", A.Language);
        Assert.Contains("मोदी", A.Keywords);
        Assert.Contains("एससीओ", A.Keywords);
        Assert.DoesNotContain(A.Keywords, k => Lexicon.StopWords.Contains(k));
    }

    [Fact]
    public void Press_release_001()
    {
        Assert.Equal("प्रधानमंत्री श्री नरेन्द्र मोदी ने रूस के राष्ट्रपति पुतिन के साथ टेलीफोन पर बातचीत की", B.Get(B.Title));
        Assert.Equal("प्रधानमंत्री कार्यालय", B.Get(B.Section));
        Assert.Null(B.Dateline);
        Assert.Equal("प्रधानमंत्री श्री नरेन्द्र मोदी ने आज रूस के राष्ट्रपति महामहिम व्लादिमीर पुतिन के साथ टेलीफोन पर बातचीत की।", B.Get(B.Lead));
        Assert.Equal(7, B.Paragraphs.Count);
        Assert.Equal(15, B.Sentences.Count);
        Assert.Equal("दोनों नेताओं ने कोविड-19 महामारी से पैदा हुए हालात पर चर्चा की।", B.Get(B.Sentences[1]));
        Assert.Empty(B.AlsoRead);
        Assert.Equal(
            new[] { ("Posted On", "28 APR 2021 7:51PM by PIB Delhi"), ("Release ID", "1714793"), ("Visitor Counter", "312") },
            B.Metadata.Select(m => (B.Get(m.Key), B.Get(m.Value))).ToArray());
        Assert.Equal(new System.DateTimeOffset(2021, 4, 28, 19, 51, 0, System.TimeSpan.FromHours(5.5)), B.Published!.Value.ToDateTimeOffset());
        Assert.Equal("PIB Delhi", B.Get(B.Source));
        Assert.Equal(new[] { "एसजी/एएम/एएस" }, All(B, B.Footer));
        Assert.Empty(B.Quotes);
        Assert.Equal(new[] { 2019m, 2021m }, B.Numbers.Select(n => n.Value).ToArray());
        Assert.Empty(B.Weekdays);
        Assert.Equal(new[] { "September" }, B.Months.ToArray());
        Assert.Equal("Devanagari", B.Script);
        Assert.Equal("hi", B.Language);
        // Nothing of the header or trailer leaks into the body.
        Assert.DoesNotContain(All(B, B.Paragraphs), p => p.Contains("Posted On") || p.Contains("Release ID") || p.Contains("एसजी/"));
    }

    [Fact]
    public void Word_counts_join_marks_and_hyphenated_runs()
    {
        // Every word of the body, with matras, virama and nukta inside words; भारत-रूस counts once.
        Assert.Equal(313, A.WordCount);
        Assert.Equal(320, B.WordCount);
    }
}

using System.Collections.Generic;
using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The word lists at work, each entry (or, for the long lists, a word of each line of the list) through the rule
/// that uses it: every month and weekday spelling to its English name and number, every month abbreviation, the
/// stop words of each language, each language's function words, each single-language script, the places a
/// dateline line may name, every agency as a sign-off, each kind of story end, release notes and byline markers.
/// The expected values are written here, not read from the lists.
/// </summary>
public class LexiconTests
{
    private const string MonthTable =
        "जनवरी=1 फरवरी=2 फ़रवरी=2 मार्च=3 अप्रैल=4 अप्रेल=4 मई=5 जून=6 जुलाई=7 अगस्त=8 सितंबर=9 सितम्बर=9 अक्टूबर=10 अक्तूबर=10 " +
        "नवंबर=11 नवम्बर=11 दिसंबर=12 दिसम्बर=12 " +
        "January=1 February=2 March=3 April=4 May=5 June=6 July=7 August=8 September=9 October=10 November=11 December=12 " +
        "जानेवारी=1 फेब्रुवारी=2 एप्रिल=4 जुलै=7 ऑगस्ट=8 सप्टेंबर=9 ऑक्टोबर=10 नोव्हेंबर=11 डिसेंबर=12 " +
        "ஜனவரி=1 பிப்ரவரி=2 மார்ச்=3 ஏப்ரல்=4 மே=5 ஜூன்=6 ஜூலை=7 ஆகஸ்ட்=8 செப்டம்பர்=9 அக்டோபர்=10 நவம்பர்=11 டிசம்பர்=12 " +
        "জানুয়ারি=1 ফেব্রুয়ারি=2 মার্চ=3 এপ্রিল=4 মে=5 জুন=6 জুলাই=7 আগস্ট=8 সেপ্টেম্বর=9 অক্টোবর=10 নভেম্বর=11 ডিসেম্বর=12 " +
        "جنوری=1 فروری=2 مارچ=3 اپریل=4 مئی=5 جون=6 جولائی=7 اگست=8 ستمبر=9 اکتوبر=10 نومبر=11 دسمبر=12";

    private static readonly string[] English =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    public static IEnumerable<object[]> MonthSpellings() =>
        MonthTable.Split(' ').Select(e => e.Split('=')).Select(p => new object[] { p[0], int.Parse(p[1]) });

    [Theory]
    [MemberData(nameof(MonthSpellings))]
    public void Every_month_spelling_names_its_month_and_dates_with_it(string spelling, int month)
    {
        var r = Readable.Read("Headline of the story\n\nThe meeting is on 12 " + spelling + " 2021 in the city.");
        Assert.Equal(new[] { English[month - 1] }, r.Months);
        Assert.Equal(month, Dates.Parse("12 " + spelling + " 2021", null)?.Month);
    }

    [Theory]
    [InlineData("रविवार", "Sunday")]
    [InlineData("इतवार", "Sunday")]
    [InlineData("सोमवार", "Monday")]
    [InlineData("मंगलवार", "Tuesday")]
    [InlineData("बुधवार", "Wednesday")]
    [InlineData("गुरुवार", "Thursday")]
    [InlineData("बृहस्पतिवार", "Thursday")]
    [InlineData("वीरवार", "Thursday")]
    [InlineData("शुक्रवार", "Friday")]
    [InlineData("शनिवार", "Saturday")]
    [InlineData("Sunday", "Sunday")]
    [InlineData("Monday", "Monday")]
    [InlineData("Tuesday", "Tuesday")]
    [InlineData("Wednesday", "Wednesday")]
    [InlineData("Thursday", "Thursday")]
    [InlineData("Friday", "Friday")]
    [InlineData("Saturday", "Saturday")]
    [InlineData("SATURDAY", "Saturday")]
    public void Every_weekday_spelling_names_its_weekday(string spelling, string english) =>
        Assert.Equal(new[] { english }, Readable.Read("Headline of the story\n\nThe meeting is on " + spelling + " in the city.").Weekdays);

    [Theory]
    [InlineData("Jan", 1)]
    [InlineData("Feb", 2)]
    [InlineData("Mar", 3)]
    [InlineData("Apr", 4)]
    [InlineData("MAY", 5)]
    [InlineData("Jun", 6)]
    [InlineData("Jul", 7)]
    [InlineData("Aug", 8)]
    [InlineData("Sep", 9)]
    [InlineData("Sept", 9)]
    [InlineData("Oct", 10)]
    [InlineData("Nov", 11)]
    [InlineData("Dec", 12)]
    public void Every_month_abbreviation_dates_with_its_month(string abbreviation, int month) =>
        Assert.Equal(month, Dates.Parse("12 " + abbreviation + " 2021", null)?.Month);

    /// <summary>A word of each line of the stop-word lists (Hindi, English, Urdu, Bengali, Tamil), found in no other line.</summary>
    [Theory]
    [InlineData("इनका")]
    [InlineData("उनका")]
    [InlineData("करेगा")]
    [InlineData("कौनसा")]
    [InlineData("थीं")]
    [InlineData("यदि")]
    [InlineData("सबसे")]
    [InlineData("लगभग")]
    [InlineData("above")]
    [InlineData("could")]
    [InlineData("himself")]
    [InlineData("ourselves")]
    [InlineData("these")]
    [InlineData("would")]
    [InlineData("read")]
    [InlineData("میں")]
    [InlineData("ساتھ")]
    [InlineData("এবং")]
    [InlineData("மற்றும்")]
    public void A_stop_word_is_never_a_keyword(string word)
    {
        var r = Readable.Read("Headline of the story\n\n" + word + " solar " + word + " " + word + " power.");
        Assert.DoesNotContain(word, r.Keywords);
        Assert.Contains("solar", r.Keywords);
    }

    [Theory]
    [InlineData("यह योजना है और लोगों के लिए है।", "hi")]
    [InlineData("ही योजना आहे आणि लोकांसाठी आहे.", "mr")]
    [InlineData("यो योजना हो र मानिसहरूका लागि पनि छ।", "ne")]
    [InlineData("یہ منصوبہ ہے اور لوگوں کے لیے ہے۔", "ur")]
    [InlineData("این طرح است که برای مردم می باشد", "fa")]
    [InlineData("هذه الخطة التي أعلنت في المدينة على الناس", "ar")]
    [InlineData("The plan is ready and it is good for the people.", "en")]
    [InlineData("Le plan est prêt et la ville est pour les gens.", "fr")]
    [InlineData("Der Plan ist fertig und die Stadt ist nicht mit von.", "de")]
    [InlineData("El plan es bueno y los datos del país son por una vez.", "es")]
    [InlineData("বাংলা ভাষার খবর", "bn")]
    [InlineData("தமிழ் செய்தி", "ta")]
    [InlineData("ਪੰਜਾਬੀ ਖ਼ਬਰ", "pa")]
    [InlineData("ગુજરાતી સમાચાર", "gu")]
    [InlineData("ଓଡ଼ିଆ ଖବର", "or")]
    [InlineData("తెలుగు వార్తలు", "te")]
    [InlineData("ಕನ್ನಡ ಸುದ್ದಿ", "kn")]
    [InlineData("മലയാളം വാർത്ത", "ml")]
    [InlineData("සිංහල පුවත්", "si")]
    [InlineData("ภาษาไทย ข่าว", "th")]
    [InlineData("한국어 뉴스", "ko")]
    [InlineData("ひらがな の ニュース", "ja")]
    [InlineData("カタカナ ニュース", "ja")]
    [InlineData("Ελληνικά νέα", "el")]
    [InlineData("עברית חדשות", "he")]
    [InlineData("Հայերեն լուրեր", "hy")]
    [InlineData("ქართული ამბები", "ka")]
    [InlineData("中文新闻报道", "zh")]
    [InlineData("日本語の文章です", "ja")]
    public void Each_language_is_told_by_its_function_words_or_its_script(string body, string language) =>
        Assert.Equal(language, Readable.Read("H\n\n" + body).Language);

    /// <summary>A place of each line of the known places, on its own line after a standfirst.</summary>
    [Theory]
    [InlineData("RANCHI")]
    [InlineData("SRINAGAR")]
    [InlineData("KATHMANDU")]
    [InlineData("CANBERRA")]
    [InlineData("HELSINKI")]
    [InlineData("NAIROBI")]
    [InlineData("SEATTLE")]
    [InlineData("BOGOTA")]
    [InlineData("HAVANA")]
    [InlineData("रायपुर")]
    [InlineData("देहरादून")]
    [InlineData("नागपुर")]
    [InlineData("काठमांडू")]
    [InlineData("மதுரை")]
    [InlineData("কলকাতা")]
    [InlineData("کراچی")]
    public void A_known_place_on_its_own_line_after_a_standfirst_is_the_dateline(string place)
    {
        var r = Readable.Read("Headline of the story\n\nA standfirst sentence.\n\n" + place + "\n\nThe body sentence.\n\nMore text follows here.");
        Assert.Equal(place, r.Get(r.Dateline));
        Assert.Equal("The body sentence.", r.Get(r.Lead));
    }

    [Theory]
    [InlineData("PTI")]
    [InlineData("IANS")]
    [InlineData("ANI")]
    [InlineData("UNI")]
    [InlineData("Reuters")]
    [InlineData("Reuter")]
    [InlineData("AFP")]
    [InlineData("AP")]
    [InlineData("APP")]
    [InlineData("DPA")]
    [InlineData("EFE")]
    [InlineData("Xinhua")]
    [InlineData("Bloomberg")]
    [InlineData("भाषा")]
    [InlineData("एजेंसी")]
    [InlineData("एजेंसियां")]
    [InlineData("वार्ता")]
    [InlineData("यूनीवार्ता")]
    [InlineData("आईएएनएस")]
    [InlineData("पीटीआई")]
    [InlineData("एएनआई")]
    [InlineData("प्रेट्र")]
    [InlineData("जेएनएन")]
    [InlineData("ब्यूरो")]
    [InlineData("संवाददाता")]
    public void Every_agency_signs_off(string agency)
    {
        string line = "(" + agency + ")";
        Assert.True(StoryEdges.TrySignOff(line, new TextRange(0, line.Length), out var name));
        Assert.Equal(agency, line.Substring(name.Start, name.Length));
    }

    [Theory]
    [InlineData("-30-")]
    [InlineData("For more information")]
    [InlineData("मीडिया संपर्क")]
    public void A_story_end_of_each_line_of_the_list_ends_the_story(string end)
    {
        var r = Readable.Read("Headline of the story\n\nThe first sentence.\n\nThe second sentence.\n\n" + end + "\n\nJane Doe, 555 0100");
        Assert.Equal(new[] { "The first sentence.", "The second sentence." }, r.Paragraphs.Select(r.Get));
    }

    [Theory]
    [InlineData("Tags:")]
    [InlineData("Sponsored")]
    [InlineData("For release at 7 a.m.")]
    [InlineData("For release on Monday")]
    [InlineData("Embargoed until 10:00 GMT")]
    [InlineData("Embargoed till noon")]
    public void Boilerplate_and_release_notes_of_each_kind_are_no_paragraph(string line)
    {
        var r = Readable.Read("Headline of the story\n\nThe first sentence.\n\n" + line + "\n\nThe last sentence.");
        Assert.Equal(new[] { "The first sentence.", "The last sentence." }, r.Paragraphs.Select(r.Get));
    }

    /// <summary>A word of each line of the sentence starters: after "etc." it opens a sentence; after "Acme Co." a name goes on.</summary>
    [Theory]
    [InlineData("Meanwhile")]
    [InlineData("Despite")]
    [InlineData("Has")]
    public void A_sentence_starter_after_an_abbreviation_opens_a_sentence(string starter)
    {
        Assert.Equal(2, Readable.Sentences("Headline\n\nThey sold tea, coffee etc. " + starter + " the rest stayed on the shelves.").Length);
        Assert.Single(Readable.Sentences("Headline\n\nThey sold tea, coffee etc. Bombay the rest stayed on the shelves."));
    }

    [Fact]
    public void Every_boilerplate_line_is_within_the_length_looked_up() =>
        Assert.All(Lexicon.BoilerplateLines, line => Assert.InRange(line.Length, 1, BodyBlocks.MaxBoilerplateLength));
}

using System;
using System.Collections.Generic;

namespace SeedGen.Reading;

/// <summary>The fixed word lists the readouts use. All lookups are ordinal.</summary>
internal static class Lexicon
{
    private static HashSet<string> Set(string words, char separator = ' ') =>
        new(words.Split(new[] { separator }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Hindi stop words (function words, postpositions, auxiliaries, pronouns).</summary>
    public static readonly HashSet<string> HindiStopWords = Set(
        "अंदर अत अदि अप अपना अपनी अपने अभी आदि आप इत्यादि इन इनका इन्हीं इन्हें इन्हों इस इसका इसकी इसके इसमें इसी इसे " +
        "उन उनका उनकी उनके उनको उन्हीं उन्हें उन्होंने उस उसके उसकी उसका उसी उसे एक एवं ऐसे ऐसा ओर और कई कर करता करती करते " +
        "करना करने करें करेगा करेंगे करेगी कहते कहा का काफी कि किन्हें किया किये किए किस किसी किसे की कुछ कुल के को कोई " +
        "कौन कौनसा गया गई गए गयी जब जहाँ जहां जा जाता जाती जाते जाएगा जाएगी जिन्हें जिस जिसे जिसमें जिसके जिसकी जैसा जैसे जो तक तब तरह " +
        "तो था थी थीं थे दिया दिए दी दूसरे दो द्वारा न नहीं ना नीचे ने पर पहले पूरा फिर बनी बहुत बाद बाला भी भीतर मगर " +
        "में मे यदि यह यहाँ यहां यही या ये रखें रहा रही रहे लिए लिये लेकिन व वह वहाँ वहां वहीं वाले वाली वाला वे साथ सकता सकते " +
        "सकती सबसे सभी सारा से सो ही हुआ हुई हुए है हैं हो होता होती होते होना होने होगा होगी होंगे श्री आज अब तथा इसलिए " +
        "लगभग जिससे उसने इसने वहीं यानी बताया कहना");

    public static readonly HashSet<string> EnglishStopWords = Set(
        "a about above after again against all also am an and any are as at be because been before being below between both " +
        "but by can could did do does doing down during each few for from further had has have having he her here hers herself " +
        "him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or " +
        "other our ours ourselves out over own same she should so some such than that the their theirs them themselves then " +
        "there these they this those through to too under until up very was we were what when where which while who whom why " +
        "will with would you your yours yourself yourselves said says shall may might must one two new us mr mrs ms dr shri " +
        "read also its it's i'm we're they're");

    public static readonly HashSet<string> UrduStopWords = Set(
        "کے کی کا میں اور سے کو نے ہے ہیں یہ وہ پر بھی ایک کہ تھا تھی تھے گیا گئی جو لیے لئے کیا کر ہو رہا رہی رہے اس ان " +
        "جس تک بہت ساتھ کرنے والے والی گا گی گے نہیں");

    /// <summary>A few of the commonest function words of Bengali and Tamil, for the multilingual corpora.</summary>
    public static readonly HashSet<string> OtherStopWords = Set(
        "এবং ও এই সেই যে এর করে হবে করতে আমাদের আমরা থেকে জন্য না হয় একটি তার কিন্তু " +
        "மற்றும் இந்த அந்த ஒரு என்று உள்ள நாம் நமது அவர் இது என்ற போது");

    public static readonly HashSet<string> StopWords = Union(HindiStopWords, EnglishStopWords, UrduStopWords, OtherStopWords);

    private static HashSet<string> Union(params HashSet<string>[] sets)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets) all.UnionWith(set);
        return all;
    }

    /// <summary>Function words that tell languages of one script apart.</summary>
    public static readonly (string Script, string Language, HashSet<string> Words)[] LanguageMarkers =
    {
        (Scripts.Devanagari, "hi", Set("है हैं के की में और का को ने से था थे")),
        (Scripts.Devanagari, "mr", Set("आहे आहेत आणि करण्यात म्हणाले होता नाही")),
        (Scripts.Devanagari, "ne", Set("छ छन् पनि गरेको भएको र")),
        (Scripts.Arabic, "ur", Set("ہے ہیں کے کی میں اور کا کو نے سے")),
        (Scripts.Arabic, "fa", Set("است این را که می")),
        (Scripts.Arabic, "ar", Set("في من على إلى أن التي الذي")),
        (Scripts.Latin, "en", Set("the and of to is in that was for are")),
        (Scripts.Latin, "fr", Set("le la les et des est une pour dans")),
        (Scripts.Latin, "de", Set("der die und das ist nicht mit von")),
        (Scripts.Latin, "es", Set("el los las y que es del por una")),
    };

    /// <summary>Each marker word with the <see cref="LanguageMarkers"/> entries (indexes) it belongs to: one lookup per word.</summary>
    public static readonly Dictionary<string, int[]> MarkerWords = IndexMarkers();

    private static Dictionary<string, int[]> IndexMarkers()
    {
        var index = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (int m = 0; m < LanguageMarkers.Length; m++)
            foreach (var word in LanguageMarkers[m].Words)
            {
                var markers = index.TryGetValue(word, out var existing) ? existing : Array.Empty<int>();
                Array.Resize(ref markers, markers.Length + 1);
                markers[markers.Length - 1] = m;
                index[word] = markers;
            }
        return index;
    }

    /// <summary>Scripts that are written in one language for our purposes.</summary>
    public static readonly Dictionary<string, string> SingleLanguageScripts = new(StringComparer.Ordinal)
    {
        ["Bengali"] = "bn", ["Tamil"] = "ta", ["Gurmukhi"] = "pa", ["Gujarati"] = "gu", ["Oriya"] = "or",
        ["Telugu"] = "te", ["Kannada"] = "kn", ["Malayalam"] = "ml", ["Sinhala"] = "si", ["Thai"] = "th",
        ["Hangul"] = "ko", ["Hiragana"] = "ja", ["Katakana"] = "ja", ["Greek"] = "el", ["Hebrew"] = "he",
        ["Armenian"] = "hy", ["Georgian"] = "ka",
    };

    /// <summary>Weekday names (Hindi, English) to English.</summary>
    public static readonly Dictionary<string, string> Weekdays = new(StringComparer.Ordinal)
    {
        ["रविवार"] = "Sunday", ["इतवार"] = "Sunday", ["सोमवार"] = "Monday", ["मंगलवार"] = "Tuesday",
        ["बुधवार"] = "Wednesday", ["गुरुवार"] = "Thursday", ["बृहस्पतिवार"] = "Thursday", ["वीरवार"] = "Thursday",
        ["शुक्रवार"] = "Friday", ["शनिवार"] = "Saturday",
        ["Sunday"] = "Sunday", ["Monday"] = "Monday", ["Tuesday"] = "Tuesday", ["Wednesday"] = "Wednesday",
        ["Thursday"] = "Thursday", ["Friday"] = "Friday", ["Saturday"] = "Saturday",
    };

    /// <summary>Month names (Hindi, English, English abbreviations) to English.</summary>
    public static readonly Dictionary<string, string> Months = new(StringComparer.Ordinal)
    {
        ["जनवरी"] = "January", ["फरवरी"] = "February", ["फ़रवरी"] = "February", ["मार्च"] = "March",
        ["अप्रैल"] = "April", ["अप्रेल"] = "April", ["मई"] = "May", ["जून"] = "June", ["जुलाई"] = "July",
        ["अगस्त"] = "August", ["सितंबर"] = "September", ["सितम्बर"] = "September", ["अक्टूबर"] = "October",
        ["अक्तूबर"] = "October", ["नवंबर"] = "November", ["नवम्बर"] = "November", ["दिसंबर"] = "December",
        ["दिसम्बर"] = "December",
        ["January"] = "January", ["February"] = "February", ["March"] = "March", ["April"] = "April",
        ["May"] = "May", ["June"] = "June", ["July"] = "July", ["August"] = "August", ["September"] = "September",
        ["October"] = "October", ["November"] = "November", ["December"] = "December",
        // Marathi ("मे" is left out: Hindi text misspells "में" so)
        ["जानेवारी"] = "January", ["फेब्रुवारी"] = "February", ["एप्रिल"] = "April", ["जुलै"] = "July", ["ऑगस्ट"] = "August",
        ["सप्टेंबर"] = "September", ["ऑक्टोबर"] = "October", ["नोव्हेंबर"] = "November", ["डिसेंबर"] = "December",
        // Tamil
        ["ஜனவரி"] = "January", ["பிப்ரவரி"] = "February", ["மார்ச்"] = "March", ["ஏப்ரல்"] = "April", ["மே"] = "May",
        ["ஜூன்"] = "June", ["ஜூலை"] = "July", ["ஆகஸ்ட்"] = "August", ["செப்டம்பர்"] = "September", ["அக்டோபர்"] = "October",
        ["நவம்பர்"] = "November", ["டிசம்பர்"] = "December",
        // Bengali
        ["জানুয়ারি"] = "January", ["ফেব্রুয়ারি"] = "February", ["মার্চ"] = "March", ["এপ্রিল"] = "April", ["মে"] = "May",
        ["জুন"] = "June", ["জুলাই"] = "July", ["আগস্ট"] = "August", ["সেপ্টেম্বর"] = "September", ["অক্টোবর"] = "October",
        ["নভেম্বর"] = "November", ["ডিসেম্বর"] = "December",
        // Urdu
        ["جنوری"] = "January", ["فروری"] = "February", ["مارچ"] = "March", ["اپریل"] = "April", ["مئی"] = "May",
        ["جون"] = "June", ["جولائی"] = "July", ["اگست"] = "August", ["ستمبر"] = "September", ["اکتوبر"] = "October",
        ["نومبر"] = "November", ["دسمبر"] = "December",
    };

    /// <summary>English month abbreviations, matched only in capitals or Title case in a date.</summary>
    public static readonly Dictionary<string, int> MonthAbbreviations = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    public static readonly string[] EnglishMonthOrder =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    };

    /// <summary>The English month names folded (<see cref="Words.Fold"/>), to their number: "january" → 1.</summary>
    public static readonly Dictionary<string, int> FoldedMonthNames = FoldedMonths();

    private static Dictionary<string, int> FoldedMonths()
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < EnglishMonthOrder.Length; i++) result[Words.Fold(EnglishMonthOrder[i])] = i + 1;
        return result;
    }

    /// <summary>Abbreviations after which a '.' does not end a sentence (compared lower-case, ASCII).</summary>
    public static readonly HashSet<string> Abbreviations = Set(
        "mr mrs ms dr prof sr jr st mt no nos vs etc e.g i.e eg ie inc ltd co corp gen col lt sgt capt cmdr adm gov sen rep " +
        "hon shri smt sh dept govt approx est fig figs vol pp op art sec para cl ch jan feb mar apr jun jul aug sep sept " +
        "oct nov dec rs u.s a.m p.m am pm " +
        "डॉ डा श्री श्रीमती सुश्री प्रो मो स्व ई पू कु ले रु सं नं " +
        // Marathi, Tamil, Bengali, Urdu
        "मा सौ कै திரு திருமதி செல்வி டாக்டர் பேரா கி.மீ கி.கி ড ডঃ মি মিস শ্রী শ্রীমতী অধ্যাপক ڈاکٹر پروفیسر");

    /// <summary>
    /// Abbreviations that stand before a name or a number (<c>Mr.</c>, <c>No.</c>): they never end a
    /// sentence. The others (<c>etc.</c>, <c>Co.</c>, <c>U.S.</c>, <c>a.m.</c>) end one when the next
    /// word is a sentence starter (<see cref="SentenceStarters"/>).
    /// </summary>
    public static readonly HashSet<string> PrepositiveAbbreviations = Set(
        "mr mrs ms dr prof st mt vs gen col lt sgt capt cmdr adm gov sen rep hon shri smt sh rs");

    /// <summary>Abbreviations that open a place's name in a dateline (<c>ST. LOUIS</c>, <c>Ft. Worth</c>, <c>Mt. Abu</c>), folded.</summary>
    public static readonly HashSet<string> PlaceAbbreviations = Set("st ste ft mt pt");

    /// <summary>Abbreviations before a number (<c>No. 5</c>, <c>Art. 21</c>, <c>p. 55</c>); before anything else they are ordinary words ("he said no.").</summary>
    public static readonly HashSet<string> NumberAbbreviations = Set("no nos fig figs vol pp op art sec para cl ch p");

    /// <summary>Capitalised words that open sentences far more often than they continue a name ("The", "He", "But").</summary>
    public static readonly HashSet<string> SentenceStarters = Set(
        "The A An He She It They We I You This That These Those There Here But And Or So Yet In On At For From With As If When While " +
        "After Before Its His Her Their Our My Your What Who Why How Where Some Many Most Such No Not All Both Each Every One Also " +
        "However Meanwhile Then Now Today Yesterday Tomorrow Last Next Still Even Only Other Another Since Although Though Because " +
        "Despite During Under Over Into Through Let Please Thank Is Are Was Were Do Does Did Can Could Will Would Should Might Must " +
        "Has Have Had Should Did");

    /// <summary>Pronouns that open a sentence, never a label ("She said: …").</summary>
    public static readonly HashSet<string> PronounsOpeningSpeech = Set("He She They It We I You This That वह उन्होंने उसने");

    /// <summary>Verbs of saying that end the part before a quotation's colon ("…said:", "…ने कहा:"), folded.</summary>
    public static readonly HashSet<string> SpeechVerbs = Set("said says say told added asked stated wrote कहा बताया पूछा लिखा कहते कहती");

    /// <summary>Short Hindi words that end sentences (a full stop after them is one, not an abbreviation's).</summary>
    public static readonly HashSet<string> HindiSentenceFinals = Set("है हैं था थी थे थीं की दी ली गई गए गया हो हुआ हुई हुए रहा रही रहे आहे आहेत");

    /// <summary>The Latin letters' names in Devanagari, as initials are written (<c>एस. जयशंकर</c>, <c>बी. वी. आर.</c>).</summary>
    public static readonly HashSet<string> DevanagariInitials = Set(
        "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड ज़ेड");

    /// <summary>Agencies named in parentheses, e.g. "(भाषा)" or "(PTI)".</summary>
    public static readonly HashSet<string> Agencies = Set(
        "PTI IANS ANI UNI Reuters Reuter AFP AP APP DPA EFE Xinhua Bloomberg भाषा एजेंसी एजेंसियां वार्ता यूनीवार्ता आईएएनएस पीटीआई एएनआई प्रेट्र " +
        "जेएनएन ब्यूरो संवाददाता");

    /// <summary>Agencies whose names are several words ("اے پی پی": APP in Urdu).</summary>
    public static readonly HashSet<string> MultiWordAgencies = Set("اے پی پی|پی ٹی آئی|ایسوسی ایٹڈ پریس|यूएनआई वार्ता", '|');

    /// <summary>
    /// Words that make a part of a dateline a credit (the agency or desk that filed it): an agency,
    /// <c>जागरण संवाददाता</c>, <c>राज्य ब्यूरो</c>, <c>एजेंसियां</c>, <c>जेएनएन</c>.
    /// </summary>
    public static readonly HashSet<string> CreditWords = Union(Agencies,
        Set("न्यूज़ न्यूज डेस्क Bureau Correspondent Desk நிருபர் প্রতিনিধি نیوز نمائندہ"));

    /// <summary>Lower-case words a Latin place name may contain ("Port of Spain", "Rio de Janeiro").</summary>
    public static readonly HashSet<string> PlaceJoiners = Set("of de da do du la le el al and upon on");

    /// <summary>Words that open a byline line ("By Jane Doe"), folded; the marker is left out of <c>Byline</c>.</summary>
    public static readonly string[] BylineMarkers = { "by", "written by", "reported by", "story by", "words by" };

    /// <summary>Paragraphs that end a release's story (folded): end marks, and the headings of a contact section after it.</summary>
    public static readonly HashSet<string> StoryEnds = Set(
        "ends|-ends-|- ends -|end|-30-|- 30 -|enquiries|media enquiries|media enquiry|media contact|media contacts|press contact|" +
        "press contacts|contact|contacts|contact us|for more information|for further information|further information|" +
        "मीडिया संपर्क|संपर्क सूत्र", '|');

    /// <summary>Words a line that is only a date may carry besides the date ("As adopted effective January 24, 2012", "Updated on 5 May 2021, 10:30 IST"), folded.</summary>
    public static readonly HashSet<string> DateLineWords = Set(
        "am pm a m p ist utc gmt on dated दिनांक as of at adopted effective updated published posted released issued last revised amended " +
        "अपडेट प्रकाशित");

    /// <summary>Lower-case words a byline's names may contain ("Jane Doe and John Roe in Mumbai").</summary>
    public static readonly HashSet<string> BylineJoiners = Set("and in with of for from at de da di du del della la le do dos das van von der den ter ten bin bint ibn al el");

    /// <summary>Metadata keys whose value is the byline (<c>रिपोर्ट: …</c>, <c>लेखक: …</c>), folded.</summary>
    public static readonly HashSet<string> BylineKeys = Set(
        "by|author|authors|reporter|reported by|written by|byline|रिपोर्ट|रिपोर्टर|लेखक|लेखिका|लेखन|प्रस्तुति|கட்டுரையாளர்|எழுதியவர்|লেখক|প্রতিবেদক|रिपोर्ट:|تحریر|رپورٹ|लेख", '|');

    /// <summary>Metadata keys whose value is the headline (<c>Title: …</c>, <c>தலைப்பு: …</c>), folded.</summary>
    public static readonly HashSet<string> TitleKeys = Set("title|headline|शीर्षक|हेडलाइन|தலைப்பு|শিরোনাম|عنوان|मथळा", '|');

    /// <summary>The longest of <see cref="TitleKeys"/>: a longer key is not looked up.</summary>
    public const int MaxTitleKeyLength = 8;

    /// <summary>
    /// What opens a credit trailer (<c>(Reporting by …; Editing by …)</c>, <c>(With inputs from PTI)</c>,
    /// <c>(इनपुट: भाषा)</c>, a translator's credit), folded.
    /// </summary>
    public static readonly string[] CreditMarkers =
    {
        "reporting by", "additional reporting", "writing by", "editing by", "compiled by", "with inputs from", "with input from",
        "inputs from", "inputs:", "input:", "इनपुट", "इनपुट्स", "एजेंसी इनपुट", "भाषा इनपुट", "தமிழில்:", "translated by", "translation:", "अनुवाद:",
    };

    /// <summary>Lines that are neither title nor body: ad slots, share prompts, release notes, folded.</summary>
    public static readonly HashSet<string> BoilerplateLines = Set(
        "advertisement|advertisements|विज्ञापन|share this:|share this|share:|share|[ad]|sponsored|story continues below advertisement|" +
        "continue reading|read more|for immediate release|embargoed|photo:|tags:|also read|इसे भी पढ़ें|ये भी पढ़ें|यह भी पढ़ें", '|');

    /// <summary>How release notes start ("For release at 7:00 a.m. EDT", "Embargoed until …"), folded.</summary>
    public static readonly string[] BoilerplatePrefixes = { "for release at ", "for release on ", "embargoed until ", "embargoed till " };

    /// <summary>The (folded) letters the boilerplate lines start with.</summary>
    public static readonly string BoilerplateFirstLetters = FirstLetters(BoilerplateLines);

    /// <summary>The distinct first characters of a word list (a cheap filter before a lookup that needs a string).</summary>
    internal static string FirstLetters(IEnumerable<string> words)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var w in words) if (letters.ToString().IndexOf(w[0]) < 0) letters.Append(w[0]);
        return letters.ToString();
    }


    /// <summary>Words that mark an organisation line (the Section above a press-release headline).</summary>
    public static readonly string[] OrganisationWords =
    {
        "मंत्रालय", "कार्यालय", "विभाग", "आयोग", "सचिवालय", "मंत्रिमंडल", "प्राधिकरण", "परिषद", "निगम", "बोर्ड",
        "Ministry", "Office", "Department", "Commission", "Secretariat", "Cabinet", "Authority", "Council", "Bureau",
    };

    /// <summary>Metadata keys whose value is the publication date.</summary>
    public static readonly HashSet<string> DateKeys = Set(
        "posted on|published|published on|date|dated|updated|updated on|last updated|release date|दिनांक|तारीख|प्रकाशित|प्रकाशन तिथि|" +
        "अपडेट|अपडेटेड|தேதி|তারিখ|تاریخ|दिनांक:", '|');

    /// <summary>
    /// Places common enough as datelines in Indic and Urdu copy that a name alone on its line, or
    /// with only a separator, is read as one (in Latin script capitals tell a place line instead).
    /// </summary>
    public static readonly HashSet<string> KnownPlaces = Set(
        // Latin, folded: capitals and the cities wire copy is filed from most.
        "new delhi|delhi|mumbai|kolkata|chennai|bengaluru|bangalore|hyderabad|ahmedabad|pune|jaipur|lucknow|patna|bhopal|ranchi|" +
        "chandigarh|srinagar|jammu|guwahati|bhubaneswar|thiruvananthapuram|kochi|gandhinagar|varanasi|kanpur|agra|noida|gurugram|" +
        "islamabad|karachi|lahore|dhaka|kathmandu|colombo|kabul|beijing|shanghai|hong kong|tokyo|seoul|singapore|bangkok|jakarta|" +
        "manila|kuala lumpur|hanoi|sydney|melbourne|canberra|wellington|london|paris|berlin|frankfurt|brussels|amsterdam|madrid|" +
        "rome|vienna|geneva|zurich|stockholm|oslo|copenhagen|helsinki|dublin|lisbon|athens|warsaw|prague|budapest|moscow|kyiv|kiev|" +
        "istanbul|ankara|tehran|baghdad|riyadh|dubai|abu dhabi|doha|cairo|jerusalem|tel aviv|beirut|nairobi|lagos|johannesburg|" +
        "cape town|washington|new york|los angeles|chicago|houston|boston|san francisco|seattle|miami|atlanta|detroit|dallas|" +
        "toronto|ottawa|montreal|vancouver|mexico city|sao paulo|rio de janeiro|buenos aires|santiago|lima|bogota|caracas|" +
        "havana|brasilia|united nations|vatican city|" +
        "नई दिल्ली|दिल्ली|नवी दिल्ली|मुंबई|कोलकाता|चेन्नई|बेंगलुरु|बेंगलूरु|हैदराबाद|अहमदाबाद|पुणे|जयपुर|लखनऊ|पटना|भोपाल|रांची|रायपुर|" +
        "देहरादून|शिमला|चंडीगढ़|श्रीनगर|जम्मू|गुवाहाटी|भुवनेश्वर|तिरुवनंतपुरम|गांधीनगर|वाराणसी|प्रयागराज|इलाहाबाद|कानपुर|आगरा|" +
        "नोएडा|गाजियाबाद|गुरुग्राम|गुड़गांव|इंदौर|नागपुर|नाशिक|औरंगाबाद|कोल्हापूर|ठाणे|वॉशिंगटन|न्यूयॉर्क|लंदन|बीजिंग|मॉस्को|" +
        "इस्लामाबाद|ढाका|काठमांडू|कोलंबो|टोक्यो|पेरिस|दुबई|" +
        "சென்னை|புதுதில்லி|புதுடெல்லி|மதுரை|கோயம்புத்தூர்|திருச்சி|கொழும்பு|" +
        "কলকাতা|ঢাকা|নয়াদিল্লি|" +
        "اسلام آباد|کراچی|لاہور|پشاور|کوئٹہ|ڈھاکہ|نئی دہلی|راولپنڈی|ملتان|فیصل آباد", '|');

    /// <summary>Metadata keys whose value names the source.</summary>
    public static readonly HashSet<string> SourceKeys = Set("source agency स्रोत एजेंसी");

    /// <summary>Words that open a line of links to other stories ("Also Read - …").</summary>
    public static readonly string[] AlsoReadMarkers =
    {
        "Also Read", "Also read", "ALSO READ", "Read Also", "Read also",
        "यह भी पढ\u093Cें", "ये भी पढ\u093Cें", "यह भी प\u095Dें", "ये भी प\u095Dें",
        // "पढ़ें- …" ("Read - …"): only with its dash or colon, since the bare verb is common in prose.
        "पढ\u093Cें-", "पढ\u093Cें:", "प\u095Dें-", "प\u095Dें:",
    };

    /// <summary>Words that are never a dateline place, though they may open a paragraph with ':'.</summary>
    public static readonly HashSet<string> NotPlaces = Set(
        "note update summary question answer q a editor's example warning important नोट टिप्पणी प्रश्न उत्तर सवाल जवाब");

    // The same lists, looked up by a range of characters (the reader's word table holds words as ranges, not strings).
    public static readonly WordMap<bool> StopWordMap = WordMap.Of(StopWords);
    public static readonly WordMap<int[]> MarkerWordMap = WordMap.Of(MarkerWords);
    public static readonly WordMap<string> WeekdayNames = WordMap.Of(Weekdays);
    public static readonly WordMap<string> MonthNames = WordMap.Of(Months);
}

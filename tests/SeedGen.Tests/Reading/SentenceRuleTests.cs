using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>Sentence boundaries on the classes real text has, each positive case with its negative.</summary>
public class SentenceRuleTests
{
    private static string[] Split(string text, bool danda = false) => GoldenRulesTests.Split(text, danda);

    [Theory]
    // List markers open items and end nothing; a lone number with a stop is no list.
    [InlineData("1. The first item 2. The second item", "1. The first item|2. The second item")]
    [InlineData("(a) The first item. (b) The second item.", "(a) The first item.|(b) The second item.")]
    [InlineData("iv) The fourth point is short.", "iv) The fourth point is short.")]
    [InlineData("Sales rose in 2. Then they fell.", "Sales rose in 2.|Then they fell.")]
    [InlineData("Daniel K. Tarullo and Janet L. Yellen voted.", "Daniel K. Tarullo and Janet L. Yellen voted.")]
    // Ellipses: never a sentence of their own; three dots inside, a fourth ends it.
    [InlineData("I thought ... well, never mind. Go on.", "I thought ... well, never mind.|Go on.")]
    [InlineData("It was over. . . . The next day came.", "It was over. . . .|The next day came.")]
    [InlineData("Wait… and see.", "Wait… and see.")]
    // Initials and chained initials; an abbreviation that ends a sentence.
    [InlineData("J.P. Morgan and G.B. Pant met in the U.S.A. last year.", "J.P. Morgan and G.B. Pant met in the U.S.A. last year.")]
    [InlineData("It was sold in the U.S. The company said so.", "It was sold in the U.S.|The company said so.")]
    [InlineData("It was sold in the U.S. Army stores.", "It was sold in the U.S. Army stores.")]
    [InlineData("We met at 3 p.m. The meeting was short.", "We met at 3 p.m.|The meeting was short.")]
    [InlineData("Bring pens, paper etc. We start at nine.", "Bring pens, paper etc.|We start at nine.")]
    [InlineData("Bring pens, paper etc. and a bag.", "Bring pens, paper etc. and a bag.")]
    [InlineData("See p. 55 and No. 5 of the list.", "See p. 55 and No. 5 of the list.")]
    [InlineData("Mr. Smith and Dr. Rao spoke.", "Mr. Smith and Dr. Rao spoke.")]
    // Exclamation and question marks.
    [InlineData("She was the Jeopardy! champion of the year.", "She was the Jeopardy! champion of the year.")]
    [InlineData("Really?! Yes. What??? No.", "Really?!|Yes.|What???|No.")]
    [InlineData("Hello world.Today is Tuesday.", "Hello world.|Today is Tuesday.")]
    [InlineData("Write to jane.Doe@example.com today.", "Write to jane.Doe@example.com today.")]
    // Prose that only looks like a list, an abbreviation or a stop with no space.
    [InlineData("Voting will be held on May 1. Counting will take place on May 2. Results are expected by evening.",
        "Voting will be held on May 1.|Counting will take place on May 2.|Results are expected by evening.")]
    [InlineData("He fought in World War I. His son fought in World War II. Both survived.",
        "He fought in World War I.|His son fought in World War II.|Both survived.")]
    [InlineData("It falls under sub-sections (1) and (2) of the Act.", "It falls under sub-sections (1) and (2) of the Act.")]
    [InlineData("He studied fine art. The course lasted two years.", "He studied fine art.|The course lasted two years.")]
    [InlineData("Asked if he would resign, he said no. Congress then walked out.", "Asked if he would resign, he said no.|Congress then walked out.")]
    [InlineData("Mr.Modi said the scheme would help farmers.", "Mr.Modi said the scheme would help farmers.")]
    [InlineData("Call the helpline no. : +91-11-23978046 today.", "Call the helpline no. : +91-11-23978046 today.")]
    [InlineData("The toll rose to 12. 15 more were injured.", "The toll rose to 12.|15 more were injured.")]
    [InlineData("The deal was signed by Infosys Ltd. \"It is a good day,\" he said.", "The deal was signed by Infosys Ltd.|\"It is a good day,\" he said.")]
    public void English(string text, string sentences) => Assert.Equal(sentences.Split('|'), Split(text));

    [Theory]
    // Indic initials neither end a sentence nor make a danda document read full stops as ends.
    [InlineData("विदेश मंत्री एस. जयशंकर ने कहा कि बात हुई। बैठक सफल रही।", true, "विदेश मंत्री एस. जयशंकर ने कहा कि बात हुई।|बैठक सफल रही।")]
    [InlineData("न्यायमूर्ति बी. वी. आर. नागरत्ना ने फैसला सुनाया। सुनवाई खत्म हुई।", true, "न्यायमूर्ति बी. वी. आर. नागरत्ना ने फैसला सुनाया।|सुनवाई खत्म हुई।")]
    [InlineData("डॉ. हर्षवर्धन ने कहा। टीका सुरक्षित है।", true, "डॉ. हर्षवर्धन ने कहा।|टीका सुरक्षित है।")]
    // A full stop after a whole Hindi word in a danda document ends the sentence.
    [InlineData("यहां बदलाव देखने को मिलती है. सरकार की ओर से कदम उठाए गए। लोग खुश हैं।", true, "यहां बदलाव देखने को मिलती है.|सरकार की ओर से कदम उठाए गए।|लोग खुश हैं।")]
    // Tamil, Bengali, Marathi abbreviations and initials.
    [InlineData("திரு. ராமன் வந்தார். அவர் பேசினார்.", false, "திரு. ராமன் வந்தார்.|அவர் பேசினார்.")]
    [InlineData("கே. ராகுல் 5 கி.மீ. ஓடினார். அது சாதனை.", false, "கே. ராகுல் 5 கி.மீ. ஓடினார்.|அது சாதனை.")]
    [InlineData("ড. সেন বক্তৃতা দিলেন। সবাই শুনল।", false, "ড. সেন বক্তৃতা দিলেন।|সবাই শুনল।")]
    [InlineData("मा. मुख्यमंत्री आले. सभा झाली.", false, "मा. मुख्यमंत्री आले.|सभा झाली.")]
    // Tamil words of two letters end sentences: only a single letter is an initial.
    [InlineData("அவர் பாலா தேவி. அவர் வீராங்கனை.", false, "அவர் பாலா தேவி.|அவர் வீராங்கனை.")]
    public void Indic(string text, bool danda, string sentences) => Assert.Equal(sentences.Split('|'), Split(text, danda));

    [Fact]
    public void Initials_do_not_tip_a_danda_document_into_full_stop_mode()
    {
        Assert.True(Sentences.UsesDanda("श्री एस. के. सिंह और डॉ. बी. आर. राव ने कहा कि काम होगा। बैठक हुई।"));
        Assert.False(Sentences.UsesDanda("यह खबर है. वह खबर है. तीसरी खबर है। चौथी."));
    }

    [Theory]
    // "?" and "!" end a sentence before a space and another word, or before another script; not inside a Latin token.
    [InlineData("Yahoo! is big.", "Yahoo! is big.")]
    [InlineData("Why?Because I said so.", "Why?Because I said so.")]
    [InlineData("Why?5 times.", "Why?5 times.")]
    [InlineData("Why?क्यों नहीं।", "Why?|क्यों नहीं।")]
    // A stop with no space before a capitalised plain word ends a sentence; an address, a file or a short token does not.
    [InlineData("He spoke to the world.Today he rests.", "He spoke to the world.|Today he rests.")]
    [InlineData("In 2020.Then it rained.", "In 2020.|Then it rained.")]
    [InlineData("Plan a.Then go.", "Plan a.Then go.")]
    [InlineData("Mail john.Doe@example.com now.", "Mail john.Doe@example.com now.")]
    [InlineData("Go to site.Home/page now.", "Go to site.Home/page now.")]
    [InlineData("Go to site.Home:8080 now.", "Go to site.Home:8080 now.")]
    [InlineData("Open file.My_doc now.", "Open file.My_doc now.")]
    [InlineData("See world.Today.com now.", "See world.Today.com now.")]
    [InlineData("Read world.Today.It rained.", "Read world.|Today.It rained.")]
    [InlineData("Mr.Modi spoke.", "Mr.Modi spoke.")]
    // A capital initial before a name is no end; a lower-case letter is a word.
    [InlineData("Option E. Smith won.", "Option E. Smith won.")]
    [InlineData("Option e. Smith won.", "Option e.|Smith won.")]
    // After an abbreviation, a word of another script starts a sentence; an accented Latin capital or a number does not.
    [InlineData("They came, etc. इसके बाद गए।", "They came, etc.|इसके बाद गए।")]
    [InlineData("They came, etc. Émile left.", "They came, etc. Émile left.")]
    [InlineData("They came, etc. 5 left.", "They came, etc. 5 left.")]
    // What follows the last stop with no letter or digit stays with the last sentence.
    [InlineData("Go now. \u2014", "Go now. \u2014")]
    [InlineData("Go now. Then stop. \u2014 \u2014", "Go now.|Then stop. \u2014 \u2014")]
    public void Each_boundary_rule_on_both_sides(string text, string sentences) => Assert.Equal(sentences.Split('|'), Split(text));

    [Fact]
    public void A_paragraph_with_no_word_is_no_sentence() => Assert.Empty(Split("\u2014 \u2014"));
}

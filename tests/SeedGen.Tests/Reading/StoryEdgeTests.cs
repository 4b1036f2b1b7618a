using System.Linq;
using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The edges of a story: datelines in their real forms, bylines, credits, sign-offs, standfirsts,
/// boilerplate, wrapped and indented paragraphs, and published dates that never invent an offset.
/// Each rule has a positive case and the negative beside it.
/// </summary>
public class StoryEdgeTests
{
    private static SeedReadouts Read(string text) => DocumentReader.Read(text);

    private static string? Text(SeedReadouts r, Readout readout) => r.Get(readout.Range(r));

    [Theory]
    [InlineData("LONDON (Reuters) - The bank raised rates on Thursday. It said more was to come.", "LONDON", "Reuters", "The bank raised rates on Thursday.")]
    [InlineData("NEW DELHI (AP) — The court ruled on Monday. The case is closed.", "NEW DELHI", "AP", "The court ruled on Monday.")]
    [InlineData("WASHINGTON (Reuters) – Lawmakers met. They agreed.", "WASHINGTON", "Reuters", "Lawmakers met.")]
    [InlineData("SPRINGFIELD, Ill., March 3 (Reuters) - Farmers planted early. Prices fell.", "SPRINGFIELD, Ill.", "Reuters", "Farmers planted early.")]
    [InlineData("COMMACK, N.Y., Feb 26 - The company sold shares. It said so.", "COMMACK, N.Y.", null, "The company sold shares.")]
    [InlineData("पटना, 12 मार्च : राज्य में बारिश हुई। फसलें बचीं।", "पटना", null, "राज्य में बारिश हुई।")]
    [InlineData("मुंबई ः शहर में बारिश हुई। यातायात रुका।", "मुंबई", null, "शहर में बारिश हुई।")]
    [InlineData("लखनऊ, जागरण संवाददाता । शहर में बारिश हुई । यातायात रुका ।", "लखनऊ", "जागरण संवाददाता", "शहर में बारिश हुई ।")]
    [InlineData("जयपुर (एजेंसी)। शहर में बारिश हुई। यातायात रुका।", "जयपुर", "एजेंसी", "शहर में बारिश हुई।")]
    [InlineData("नई दिल्ली/मुंबई, एजेंसियां । बाजार गिरा । निवेशक चिंतित हैं ।", "नई दिल्ली/मुंबई", "एजेंसियां", "बाजार गिरा ।")]
    [InlineData("ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش نے میچ جیت لیا۔ شائقین خوش ہیں۔", "ڈھاکہ", "اے پی پی", "بنگلہ دیش نے میچ جیت لیا۔")]
    public void A_dateline_opening_the_first_paragraph_is_read_and_taken_off_it(string text, string place, string? source, string lead)
    {
        var r = Read("Headline of the story\n\n" + text + "\n\nA second paragraph follows here.");
        Assert.Equal(place, Text(r, Readouts.Dateline));
        Assert.Equal(source, Text(r, Readouts.Source));
        Assert.Equal(lead, Text(r, Readouts.Lead));
        Assert.DoesNotContain(r.Sentences, s => r.Get(s).StartsWith(place, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_with_a_year_inside_the_dateline_is_the_published_date_without_an_invented_offset()
    {
        var r = Read("Rains in the city\n\nChennai, March 14, 2021: Heavy rain lashed the city. Schools were shut.\n\nMore rain is due.");
        Assert.Equal("Chennai", Text(r, Readouts.Dateline));
        Assert.Equal(new PublishedDate(2021, 3, 14, 0, 0, 0, OffsetKnown: false), r.Published);
        Assert.Null(Readouts.Published.DateValue!(r));
        Assert.Equal(r.Published, Readouts.PublishedLocal.DateValue!(r));
    }

    [Theory]
    [InlineData("नई दिल्ली")]
    [InlineData("WASHINGTON")]
    [InlineData("मुंबई :")]
    public void A_dateline_alone_on_its_line_before_the_body_is_not_a_paragraph(string line)
    {
        var r = Read("Headline of the story\n\n" + line + "\nThe first sentence of the story. The second one.\n\nAnother paragraph.");
        Assert.Equal(line.TrimEnd(' ', ':'), Text(r, Readouts.Dateline));
        Assert.Equal("The first sentence of the story.", Text(r, Readouts.Lead));
        Assert.Equal(2, r.Paragraphs.Count);
    }

    [Theory]
    [InlineData("She said: In 1947 India became free. It was a long struggle.", "She said: In 1947 India became free.")]
    [InlineData("At 10:30 a.m. the minister arrived. He spoke briefly.", "At 10:30 a.m. the minister arrived.")]
    [InlineData("The report - released today - shows growth. Analysts agree.", "The report - released today - shows growth.")]
    [InlineData("दिल्ली में कोरोना वायरस (coronavirus in delhi) के मरीज बढ़े। अस्पताल भरे हैं।", "दिल्ली में कोरोना वायरस (coronavirus in delhi) के मरीज बढ़े।")]
    [InlineData("सरकार ने कहा: नियम सख्त होंगे। लोग तैयार रहें।", "सरकार ने कहा: नियम सख्त होंगे।")]
    public void Prose_that_only_looks_like_a_dateline_is_not_one(string text, string lead)
    {
        var r = Read("Headline of the story\n\n" + text + "\n\nA second paragraph follows here.");
        Assert.Null(Text(r, Readouts.Dateline));
        Assert.Equal(lead, Text(r, Readouts.Lead));
        Assert.Empty(r.Metadata);
    }

    [Theory]
    [InlineData("She said: In 1947 India became free")]
    [InlineData("At 10:30 the minister arrived")]
    [InlineData("मंत्री ने कहा: नियम सख्त होंगे")]
    [InlineData("See http://example.com/a")]
    public void A_sentence_with_a_colon_is_not_metadata_even_in_the_header(string line)
    {
        var r = Read("Headline of the story\n" + line + "\n\nThe first sentence of the story. The second one.");
        Assert.Empty(r.Metadata);
        var labelled = Read("Headline of the story\nRelease ID: 1714793\n\nThe first sentence of the story. The second one.");
        Assert.Single(labelled.Metadata);
    }

    [Theory]
    [InlineData("Apple — the world's most valuable company — said on Tuesday it would cut jobs. Shares fell.")]
    [InlineData("Editor's Note: This story has been updated. It now has more detail.")]
    [InlineData("Watch: The prime minister spoke in parliament. Members cheered.")]
    public void A_capitalised_word_before_a_dash_or_colon_is_not_a_dateline(string text)
    {
        var r = Read("Headline of the story\n\n" + text + "\n\nA second paragraph follows here.");
        Assert.Null(Text(r, Readouts.Dateline));
        Assert.StartsWith(text.Substring(0, 5), Text(r, Readouts.Lead));
    }

    [Fact]
    public void A_crosshead_in_capitals_is_no_dateline_and_the_lead_stays()
    {
        var r = Read("Headline of the story\n\nThe government on Monday announced a new policy for farmers.\n\nWHAT IT MEANS\n\nFarmers get more support.");
        Assert.Null(Text(r, Readouts.Dateline));
        Assert.Equal("The government on Monday announced a new policy for farmers.", Text(r, Readouts.Lead));
        Assert.Equal(3, r.Paragraphs.Count);
    }

    [Fact]
    public void A_place_in_capitals_alone_on_its_line_is_a_dateline_not_initials()
    {
        var r = Read("Headline of the story\n\nDELHI\nThe first sentence of the story.\n\nAnother paragraph.");
        Assert.Equal("DELHI", Text(r, Readouts.Dateline));
        Assert.Empty(r.Footer);
    }

    [Fact]
    public void A_state_after_the_place_is_part_of_the_place_not_a_byline()
    {
        var r = Read("Headline of the story\n\nपटना, बिहार, 12 मार्च : राज्य में बारिश हुई। फसलें बचीं।\n\nदूसरा अनुच्छेद।");
        Assert.Equal("पटना, बिहार", Text(r, Readouts.Dateline));
        Assert.Null(Text(r, Readouts.Byline));
    }

    [Fact]
    public void A_date_whose_UTC_time_falls_past_year_9999_is_no_date()
    {
        var r = Read("Headline of the story\nPosted On: 31 DEC 9999 11:00 PM EST\n\nThe first sentence of the story.");
        Assert.Null(r.Published);
    }

    [Fact]
    public void A_wrapped_line_that_starts_with_a_number_continues_its_sentence()
    {
        var r = Read("Headline of the story\n\nThe officials said that by evening the death toll rose to\n12. Officials said more help was coming soon\nfrom the state.\n\nAnother paragraph.");
        Assert.Equal(2, r.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Background")]
    [InlineData("पृष्ठभूमि")]
    public void A_crosshead_is_not_a_dateline_and_not_the_lead(string crosshead)
    {
        var r = Read("Headline of the story\n\n" + crosshead + "\n\nThe first sentence of the story. The second one.\n\nAnother paragraph.");
        Assert.Null(Text(r, Readouts.Dateline));
        Assert.Equal("The first sentence of the story.", Text(r, Readouts.Lead));
        Assert.Equal(3, r.Paragraphs.Count);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("By Jane Doe and John Roe in Mumbai", "Jane Doe and John Roe in Mumbai")]
    [InlineData("by Janie Gabbett, Reuters", "Janie Gabbett, Reuters")]
    [InlineData("रिपोर्ट: राम कुमार", "राम कुमार")]
    [InlineData("लेखक: सीमा वर्मा", "सीमा वर्मा")]
    public void A_byline_is_read_without_its_marker_and_is_no_paragraph(string line, string byline)
    {
        var r = Read("Headline of the story\n\n" + line + "\n\nThe first sentence of the story. The second one.\n\nAnother paragraph here.");
        Assert.Equal(byline, Text(r, Readouts.Byline));
        Assert.Equal("The first sentence of the story.", Text(r, Readouts.Lead));
        Assert.Equal(2, r.Paragraphs.Count);
        Assert.DoesNotContain(r.Keywords, k => byline.ToLowerInvariant().Contains(k));
    }

    [Theory]
    [InlineData("By the end of the year, prices had risen.")]
    [InlineData("by far the largest gain in a decade")]
    [InlineData("By Tuesday, the toll had risen to 40.")]
    [InlineData("By March the river had dried up")]
    public void A_sentence_that_opens_with_by_is_no_byline(string line)
    {
        var r = Read("Headline of the story\n\n" + line + "\n\nThe next paragraph of the story.");
        Assert.Null(Text(r, Readouts.Byline));
    }

    [Fact]
    public void An_agency_after_the_byline_is_the_source()
    {
        var r = Read("Headline of the story\n\nby Janie Gabbett, Reuters\n\nThe first sentence of the story.\n\nAnother paragraph.\nReuter");
        Assert.Equal("Reuters", Text(r, Readouts.Source));
    }

    [Theory]
    [InlineData("(Reporting by Jane Doe; Editing by John Roe)", "Reporting by Jane Doe; Editing by John Roe")]
    [InlineData("(With inputs from PTI)", "With inputs from PTI")]
    [InlineData("(इनपुट: भाषा)", "इनपुट: भाषा")]
    [InlineData("Additional reporting by Jane Doe", "Additional reporting by Jane Doe")]
    public void A_credit_trailer_is_a_credit_not_body_metadata_or_sentence(string line, string credit)
    {
        var r = Read("Headline of the story\n\nThe first sentence of the story.\n\nThe last paragraph.\n\n" + line);
        Assert.Equal(new[] { credit }, Readouts.Credits.Ranges(r).Select(x => r.Get(x)));
        Assert.Equal(2, r.Paragraphs.Count);
        Assert.Empty(r.Metadata);
        Assert.DoesNotContain(r.Sentences, s => r.Get(s).Contains(credit));
    }

    [Theory]
    [InlineData("(The writer is a columnist.)")]
    [InlineData("(Release ID: 1714793)")]
    [InlineData("Inputs from farmers were sought before the policy was finalised.")]
    [InlineData("इनपुट लागत बढ़ने से किसानों की आय घटी है।")]
    public void Other_trailers_are_not_credits(string line)
    {
        var r = Read("Headline of the story\n\nThe first sentence of the story.\n\nThe last paragraph.\n\n" + line);
        Assert.Empty(Readouts.Credits.Ranges(r));
    }

    [Theory]
    [InlineData("Enquiries\n\nCommunications Department, Sydney\n\nPhone: +61 2 9551 9720")]
    [InlineData("Media contact:\nJane Doe, jane@example.com")]
    [InlineData("ENDS\n\nNotes to editors: the agency was founded in 1950.")]
    public void A_contact_section_or_end_mark_ends_the_story(string trailer)
    {
        var r = Read("Headline of the story\n\nThe first sentence of the story.\n\nThe last paragraph of the story.\n\n" + trailer);
        Assert.Equal(2, r.Paragraphs.Count);
        Assert.Equal("The last paragraph of the story.", r.Get(r.Paragraphs[1]));
    }

    [Fact]
    public void Contact_words_inside_the_story_do_not_end_it()
    {
        var r = Read("Headline of the story\n\nContact tracing began on Monday.\n\nOfficials said contact was made.\n\nThe last paragraph.");
        Assert.Equal(3, r.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Reuter", "Reuter")]
    [InlineData("— IANS", "IANS")]
    [InlineData("(PTI)", "PTI")]
    public void A_sign_off_is_the_source_and_no_paragraph(string line, string agency)
    {
        var r = Read("Headline of the story\n\nThe first sentence of the story.\n\nThe last paragraph.\n" + line);
        Assert.Equal(agency, Text(r, Readouts.Source));
        Assert.Equal(2, r.Paragraphs.Count);
    }

    [Fact]
    public void The_first_agency_named_wins_top_before_bottom()
    {
        var r = Read("Headline of the story\n\nLONDON (AFP) - The first sentence of the story.\n\nThe last paragraph.\nReuter");
        Assert.Equal("AFP", Text(r, Readouts.Source));
    }

    [Fact]
    public void A_standfirst_between_the_headline_and_a_dateline_line_is_not_the_lead()
    {
        var r = Read("शीर्षक यहां है\nयह खबर का सार है जो ऊपर दिया गया है ।\nनई दिल्ली\nखबर का पहला वाक्य यह है । दूसरा वाक्य ।\nएक और अनुच्छेद ।");
        Assert.Equal("नई दिल्ली", Text(r, Readouts.Dateline));
        Assert.Equal("खबर का पहला वाक्य यह है ।", Text(r, Readouts.Lead));
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("विज्ञापन")]
    [InlineData("Share this:")]
    [InlineData("[ad]")]
    [InlineData("[caption id=\"attachment_1\"]")]
    public void Boilerplate_lines_are_neither_title_nor_body(string line)
    {
        var r = Read("Headline of the story\n\nThe first sentence of the story.\n\n" + line + "\n\nThe last paragraph.");
        Assert.Equal(2, r.Paragraphs.Count);
        Assert.Equal("Headline of the story", Text(r, Readouts.Title));
    }

    [Fact]
    public void Wire_copy_with_indented_paragraph_starts_is_rejoined_into_its_paragraphs()
    {
        const string text = "GRAIN EXPORTS RISE\n\n    WASHINGTON, Feb 26 - Grain exports rose sharply last\nweek, the Agriculture Department said.\n"
            + "    Wheat led the gain, with shipments to Asia up\n20 pct from the week before.\n    Corn fell.\n Reuter";
        var r = Read(text);
        Assert.Equal(3, r.Paragraphs.Count);
        Assert.Equal("WASHINGTON", Text(r, Readouts.Dateline));
        Assert.Equal("Grain exports rose sharply last week, the Agriculture Department said.", Text(r, Readouts.Lead));
        Assert.Equal("Reuter", Text(r, Readouts.Source));
        Assert.Equal(3, r.Sentences.Count);
    }

    [Fact]
    public void Table_rows_and_list_items_are_paragraphs_of_their_own_in_wrapped_text()
    {
        const string text = "Cases by state\n\nThe table below lists the cases reported in each state as of\nthis morning, with the deaths.\n\n"
            + "Kerala\t302\t2\nDelhi\t97\t2\nPunjab\t41\t1\n\nMore figures will follow as\nthe states report them.";
        var r = Read(text);
        Assert.Equal(5, r.Paragraphs.Count);
        Assert.Equal("Kerala\t302\t2", r.Get(r.Paragraphs[1]));
    }

    [Fact]
    public void A_long_unterminated_first_line_above_a_blank_line_is_the_title_but_prose_is_not()
    {
        string headline = string.Join(" ", Enumerable.Repeat("word", 50));
        var r = Read(headline + "\n\nThe first sentence of the story. The second one.\n\nAnother paragraph.");
        Assert.Equal(headline, Text(r, Readouts.Title));
        var prose = Read("First sentence. " + headline + "\n\nThe first sentence of the story.\n\nAnother paragraph.");
        Assert.Null(Text(prose, Readouts.Title));
    }

    [Fact]
    public void A_headline_with_a_colon_above_a_date_line_is_the_title_not_metadata()
    {
        var r = Read("FOMC statement: The Federal Reserve is providing liquidity to markets\n\nAugust 10, 2007\n\nFor immediate release\n\nThe Federal Reserve is providing liquidity.");
        Assert.Equal("FOMC statement: The Federal Reserve is providing liquidity to markets", Text(r, Readouts.Title));
        Assert.Empty(r.Metadata);
        Assert.Equal("The Federal Reserve is providing liquidity.", Text(r, Readouts.Lead));
        Assert.Equal(new PublishedDate(2007, 8, 10, 0, 0, 0, OffsetKnown: false), r.Published);
    }

    [Fact]
    public void Labelled_fields_give_title_byline_and_date()
    {
        var r = Read("தலைப்பு: கால்பந்தின் புதிய சகாப்தம்!\nகட்டுரையாளர்: ஆர். சிங்காரவேலு\nதேதி: நவம்பர் 23, 2024\n\nமுதல் வாக்கியம் இது. இரண்டாவது வாக்கியம்.");
        Assert.Equal("கால்பந்தின் புதிய சகாப்தம்!", Text(r, Readouts.Title));
        Assert.Equal("ஆர். சிங்காரவேலு", Text(r, Readouts.Byline));
        Assert.Equal(new PublishedDate(2024, 11, 23, 0, 0, 0, OffsetKnown: false), r.Published);
    }

    [Fact]
    public void A_kicker_with_a_spaced_colon_is_a_headline_line_but_a_label_with_one_value_is_metadata()
    {
        var r = Read("Sports\nPerth Test : strong position for India\nVisitor Counter : 312\n\nThe first sentence of the story. The second one.");
        Assert.Equal(new[] { "Visitor Counter" }, r.Metadata.Select(m => r.Get(m.Key)));
        Assert.Contains(r.Paragraphs, p => r.Get(p) == "Perth Test : strong position for India");
    }

    [Theory]
    [InlineData("As adopted effective January 24, 2012")]
    [InlineData("Updated on 5 May 2021")]
    [InlineData("Last revised March 3, 2020")]
    public void A_date_with_its_label_words_is_a_date_line_not_a_paragraph(string line)
    {
        var r = Read("Statement on longer-run goals\n\n" + line + "\n\nThe first sentence of the story. The second one.");
        Assert.NotNull(r.Published);
        Assert.Single(r.Paragraphs);
    }

    [Fact]
    public void A_label_with_no_value_is_not_the_title()
    {
        var r = Read("கட்டுரையாளர்:\nதேதி: நவம்பர் 23, 2024\n\nமுதல் வாக்கியம் இது. இரண்டாவது வாக்கியம்.");
        Assert.Null(Text(r, Readouts.Title));
        Assert.Null(Text(r, Readouts.Byline));
    }

    [Fact]
    public void A_PIB_posting_time_keeps_India_s_offset_and_a_stated_zone_wins()
    {
        var pib = Read("Ministry of Finance\nBudget highlights\nPosted On: 28 APR 2021 7:51PM by PIB Delhi\n\nThe minister presented the budget.");
        Assert.Equal(new PublishedDate(2021, 4, 28, 19, 51, 330), pib.Published);
        var zoned = Read("Budget highlights\nUpdated: Tue, 14 Mar 2023 09:05:00 -0400\n\nThe minister presented the budget.");
        Assert.Equal(new PublishedDate(2023, 3, 14, 9, 5, -240), zoned.Published);
        var local = Read("Budget highlights\nUpdated: 14 March 2023 09:05\n\nThe minister presented the budget.");
        Assert.False(local.Published!.Value.OffsetKnown);
    }
}

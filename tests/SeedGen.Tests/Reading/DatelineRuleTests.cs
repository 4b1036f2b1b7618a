using SeedGen.Reading;

namespace SeedGen.Tests.Reading;

/// <summary>
/// The dateline rule part by part, each limit with the value on both sides of it: the separators,
/// the bracketed agency that ends an opening, the place's words and script, credits, dates, the
/// Hindi "reporter, place" order and the agency that follows the separator.
/// </summary>
public class DatelineRuleTests
{
    /// <summary>
    /// The dateline of <paramref name="paragraph"/> as "place | source | byline | date | rest", or "none".
    /// The paragraph stands between two others, so that a rule reading past its ends shows.
    /// </summary>
    private static string Read(string paragraph) => Describe("Headline of the story\n\n", paragraph, "\n\nA second paragraph follows here.");

    /// <summary>The same with the paragraph as the whole text: nothing before it or after it to read.</summary>
    private static string ReadAlone(string paragraph) => Describe("", paragraph, "");

    private static string Describe(string before, string paragraph, string after)
    {
        string text = before + paragraph + after;
        var range = new TextRange(before.Length, paragraph.Length);
        if (!Datelines.TryRead(text, range, out var d)) return "none";
        string Of(TextRange? r) => r is { } x ? text.Substring(x.Start, x.Length) : "-";
        return $"{Of(d.Place)} | {Of(d.Source)} | {Of(d.Byline)} | {Of(d.Date)} | {text.Substring(d.Rest, range.End - d.Rest)}";
    }

    // The separators: a dash after a space or a bracket and before a space, a second dash or the end.

    [Theory]
    [InlineData("LONDON - The council met.", "LONDON | - | - | - | The council met.")]
    [InlineData("LONDON – The council met.", "LONDON | - | - | - | The council met.")]
    [InlineData("LONDON — The council met.", "LONDON | - | - | - | The council met.")]
    [InlineData("LONDON -- The council met.", "LONDON | - | - | - | The council met.")]
    [InlineData("LONDON (Reuters)- The council met.", "LONDON | Reuters | - | - | The council met.")]
    [InlineData("PATNA [Amit Kumar]- The council met.", "PATNA | - | Amit Kumar | - | The council met.")]
    [InlineData("LONDON —", "LONDON | - | - | - | ")]
    public void A_dash_after_a_space_or_a_bracket_ends_the_opening(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }

    [Theory]
    [InlineData("BJP- and Congress-ruled states met today.")] // a hyphen that ends a word
    [InlineData("NIFTY -0.5 per cent on the day.")]           // a minus sign
    [InlineData("SENSEX -1.2% at the close, it said.")]
    [InlineData("- The council met on Monday.")]               // a dash with no opening before it
    public void A_dash_that_does_not_stand_apart_is_no_separator(string paragraph)
    {
        Assert.Equal("none", Read(paragraph));
    }

    [Fact]
    public void A_run_of_dashes_at_the_end_of_the_text_leaves_an_empty_story()
    {
        Assert.Equal("LONDON | - | - | - | ", ReadAlone("LONDON --"));
        Assert.Equal("LONDON | - | - | - | The council met.", ReadAlone("LONDON --- The council met."));
    }

    [Theory]
    [InlineData("LONDON: The council met.", "LONDON | - | - | - | The council met.")]
    [InlineData("LONDON： The council met.", "LONDON | - | - | - | The council met.")]
    [InlineData("पटना, 12 मार्च : राज्य में बारिश हुई।", "पटना | - | - | 12 मार्च | राज्य में बारिश हुई।")]
    [InlineData("पटना, 12 मार्चः राज्य में बारिश हुई।", "पटना | - | - | 12 मार्च | राज्य में बारिश हुई।")]  // a visarga after a month
    [InlineData("पटना, 12 मार्च 2021ः राज्य में बारिश हुई।", "पटना | - | - | 12 मार्च 2021 | राज्य में बारिश हुई।")] // after a digit
    [InlineData("पटना, 12 मार्च ः राज्य में बारिश हुई।", "पटना | - | - | 12 मार्च | राज्य में बारिश हुई।")]   // after a space
    [InlineData("लखनऊ, जागरण संवाददाता । राज्य में बारिश हुई।", "लखनऊ | जागरण संवाददाता | - | - | राज्य में बारिश हुई।")]
    [InlineData("ڈھاکہ ۔ بنگلہ دیش میں بارش ہوئی۔", "ڈھاکہ | - | - | - | بنگلہ دیش میں بارش ہوئی۔")]
    public void A_colon_a_visarga_a_danda_or_the_Urdu_full_stop_ends_the_opening(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }

    [Theory]
    [InlineData("HTTPS://example.com is the site to visit.")]  // a colon inside a word
    [InlineData("LONDON:The council met on Monday.")]
    [InlineData("पटना, 12 मार्च, पुनः बारिश हुई और फसलें बचीं।")] // a visarga that ends a word ("पुनः", again)
    public void A_colon_or_visarga_inside_a_word_is_no_separator(string paragraph)
    {
        Assert.Equal("none", Read(paragraph));
    }

    [Theory]
    [InlineData("The council met. LONDON - It agreed.")]
    [InlineData("क्या बारिश होगी॥ पटना : राज्य में")]
    [InlineData("کیا بارش ہوگی؟ ڈھاکہ ۔ بنگلہ دیش")]
    [InlineData("LONDON (Why?) - The council met.")]               // a question mark in brackets
    [InlineData("LONDON (Wow!) - The council met.")]
    [InlineData("MARKETS CLOSED. — Trading resumes on Monday.")]   // capitals, but six letters before the full stop
    [InlineData("MR. SMITH OF LONDON - The council met.")]         // an abbreviation before a name, not a place
    [InlineData("पटना. (भाषा) — राज्य में बारिश हुई।")]                // a full stop after a word in another script
    public void A_sentence_that_ends_before_a_separator_means_no_dateline(string paragraph)
    {
        Assert.Equal("none", Read(paragraph));
    }

    [Theory]
    [InlineData("SPRINGFIELD, Ill., March 3 (Reuters) - The governor spoke.", "SPRINGFIELD, Ill. | Reuters | - | March 3 | The governor spoke.")]
    [InlineData("ALBANY, N.Y. (AP) — The governor spoke.", "ALBANY, N.Y. | AP | - | - | The governor spoke.")]
    [InlineData("WASHINGTON, D.C. — The governor spoke.", "WASHINGTON, D.C. | - | - | - | The governor spoke.")]
    [InlineData("ALBANY,N.Y. (AP) — The governor spoke.", "ALBANY,N.Y. | AP | - | - | The governor spoke.")]
    [InlineData("LOS ANGELES, Calif. (AP) — The governor spoke.", "LOS ANGELES, Calif. | AP | - | - | The governor spoke.")] // five letters
    [InlineData("PHOENIX, Ariz. (AP) — The governor spoke.", "PHOENIX, Ariz. | AP | - | - | The governor spoke.")]
    [InlineData("FRESNILLO, Zac. (AP) — The governor spoke.", "FRESNILLO, Zac. | AP | - | - | The governor spoke.")]
    [InlineData("ST. LOUIS (AP) — The governor spoke.", "ST. LOUIS | AP | - | - | The governor spoke.")] // opens a place's name
    [InlineData("ST. LOUIS - The governor spoke.", "ST. LOUIS | - | - | - | The governor spoke.")]
    [InlineData("Ft. Worth, Texas (Reuters) - The governor spoke.", "Ft. Worth, Texas | Reuters | - | - | The governor spoke.")]
    [InlineData("MT. ABU (PTI) - The governor spoke.", "MT. ABU | PTI | - | - | The governor spoke.")]
    public void An_abbreviation_s_full_stop_does_not_end_the_opening(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }

    // At either end of the text the rules read nothing outside the paragraph.

    [Theory]
    [InlineData("- The council met.", "none")]
    [InlineData("The council met.", "none")]
    [InlineData("मार्चः राज्य में बारिश हुई।", "none")]
    [InlineData("KOLKATA (PTI)", "KOLKATA | PTI | - | - | ")]
    [InlineData("D.C. (AP) — The council met.", "D.C. | AP | - | - | The council met.")]
    public void A_paragraph_that_is_the_whole_text_reads_as_it_does_between_others(string paragraph, string expected)
    {
        Assert.Equal(expected, ReadAlone(paragraph));
        Assert.Equal(expected, Read(paragraph));
    }

    // A bracketed agency followed by the story ends the opening: five words at most, a known agency or a credit word.

    [Theory]
    [InlineData("KOLKATA (PTI) The fire was put out.", "KOLKATA | PTI | - | - | The fire was put out.")]
    [InlineData("KOLKATA, HOWRAH NORTH SIDE (PTI) The fire was put out.", "KOLKATA, HOWRAH NORTH SIDE | PTI | - | - | The fire was put out.")]
    [InlineData("KOLKATA, HOWRAH, 12 March (PTI) The fire was put out.", "KOLKATA, HOWRAH | PTI | - | 12 March | The fire was put out.")]
    [InlineData("KOLKATA (Our Special Correspondent Team) The fire was put out.", "KOLKATA | Our Special Correspondent Team | - | - | The fire was put out.")]
    [InlineData("میر پور (وقت نیوز) بنگلہ دیش میں بارش ہوئی۔", "میر پور | وقت نیوز | - | - | بنگلہ دیش میں بارش ہوئی۔")]
    public void A_bracketed_agency_followed_by_the_story_ends_the_opening(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }

    [Theory]
    [InlineData("KOLKATA, HOWRAH NORTH SIDE ZONE (PTI) The fire was put out.")]     // six words with the agency
    [InlineData("KOLKATA, HOWRAH, 12 March 2021 (PTI) The fire was put out.")]      // digits are words too
    [InlineData("KOLKATA (Our Specials Correspondent Team) The fire was put out.")] // 31 characters in the brackets
    [InlineData("KOLKATA (Howrah) The fire was put out.")]                          // no agency, no credit word
    [InlineData("KOLKATA (PTI)The fire was put out.")]                              // no space after the bracket
    [InlineData("भारतीय विज्ञान कांग्रेस (आईएससी) के सत्र में वैज्ञानिक आए।")]             // an organisation and its abbreviation
    public void Other_brackets_do_not_end_the_opening(string paragraph)
    {
        Assert.Equal("none", Read(paragraph));
    }

    // A line alone: four words at most, no sentence, in capitals when Latin.

    [Theory]
    [InlineData("NEW DELHI", "NEW DELHI | - | - | - | ")]
    [InlineData("NEW DELHI, 12 MARCH", "NEW DELHI | - | - | 12 MARCH | ")]
    [InlineData("मोतिहारी [अमित कुमार]", "मोतिहारी | - | अमित कुमार | - | ")]
    [InlineData("नई दिल्ली", "नई दिल्ली | - | - | - | ")]
    public void A_short_line_alone_is_a_dateline(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }

    [Theory]
    [InlineData("NEW DELHI, 12 MARCH 2021")] // five words
    [InlineData("Chennai")]                  // not in capitals
    [InlineData("HIGHLIGHTS")]               // a crosshead: not a known place, no date or agency
    [InlineData("KOLKATA (PTI")]             // a bracket that does not close
    [InlineData("मोतिहारी")]                  // an unknown place with nothing more
    public void Other_short_lines_alone_are_no_dateline(string paragraph)
    {
        Assert.Equal("none", ReadAlone(paragraph));
        Assert.Equal("none", Read(paragraph));
    }

    // Brackets inside the opening: an agency, a [reporter] or a (date), four words at most.

    [Theory]
    [InlineData("LONDON (Thomson Reuters News Service) - The council met.", "LONDON | Thomson Reuters News Service | - | - | The council met.")]
    [InlineData("LONDON (12 March) - The council met.", "LONDON | - | - | 12 March | The council met.")]
    [InlineData("LONDON, 12 March (Friday) - The council met.", "LONDON | - | - | 12 March | The council met.")]
    [InlineData("WASHINGTON (Reuters, AP) - The council met.", "WASHINGTON | Reuters, AP | - | - | The council met.")]
    [InlineData("PATNA [Amit Kumar] [Ravi Shankar] - The council met.", "PATNA | - | Amit Kumar | - | The council met.")]
    [InlineData("मोतिहारी [अमित कुमार] - राज्य में बारिश हुई।", "मोतिहारी | - | अमित कुमार | - | राज्य में बारिश हुई।")]
    [InlineData("मोतिहारी (भाषा) - राज्य में बारिश हुई।", "मोतिहारी | भाषा | - | - | राज्य में बारिश हुई।")]
    [InlineData("मोतिहारी, ब्यूरो (भाषा) - राज्य में बारिश हुई।", "मोतिहारी | ब्यूरो | - | - | राज्य में बारिश हुई।")]
    public void Brackets_in_the_opening_name_the_agency_the_reporter_or_the_date(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }

    [Theory]
    [InlineData("LONDON (Reuters And Other Wire Services) - The council met.")] // five words
    [InlineData("LONDON () - The council met.")]
    [InlineData("DELHI (as reported) - The council met.")]                       // a lower-case gloss
    [InlineData("DELHI (zonal desk) - The council met.")]
    [InlineData("मोतिहारी (मौसम) - राज्य में बारिश हुई।")]                            // no agency, no date, an unknown place
    public void Other_brackets_in_the_opening_mean_no_dateline(string paragraph)
    {
        Assert.Equal("none", Read(paragraph));
    }

    // The place: a few words, a name.

    [Theory]
    [InlineData("KOLKATA, HOWRAH NORTH SIDE ZONE - The fire was put out.", "KOLKATA, HOWRAH NORTH SIDE ZONE | - | - | - | The fire was put out.")]
    [InlineData("KOLKATA, HOWRAH - The fire was put out.", "KOLKATA, HOWRAH | - | - | - | The fire was put out.")]
    [InlineData("SPRINGFIELD - The fire was put out.", "SPRINGFIELD | - | - | - | The fire was put out.")]
    [InlineData("'S-HERTOGENBOSCH - The fire was put out.", "'S-HERTOGENBOSCH | - | - | - | The fire was put out.")]
    [InlineData("Port of Spain, 12 March - The fire was put out.", "Port of Spain | - | - | 12 March | The fire was put out.")]
    [InlineData("OZ - The fire was put out.", "OZ | - | - | - | The fire was put out.")]
    [InlineData("पटना : राज्य में बारिश हुई।", "पटना | - | - | - | राज्य में बारिश हुई।")]
    public void A_place_is_a_name_of_a_few_words(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
        Assert.Equal(expected, ReadAlone(paragraph));
    }

    [Theory]
    [InlineData("KOLKATA NORTH, HOWRAH NORTH SIDE ZONE - The fire was put out.")] // six place words
    [InlineData("SECTOR 21 - The fire was put out.")]                            // a digit
    [InlineData("AT&T - the company said it would grow.")]                        // a character no name has
    [InlineData("UPDATE: The fire was put out.")]
    [InlineData("EDITOR'S NOTE: The fire was put out.")]
    [InlineData("नोट: राज्य में बारिश हुई।")]
    [InlineData("LONDON, the city - The fire was put out.")]                      // a lower-case part
    [InlineData("STRATFORD, avon, 12 March - The fire was put out.")]
    [InlineData("OLD TOWN, zurich, 12 March - The fire was put out.")]
    [InlineData("Oz - the story goes on.")]                                       // Latin, not in capitals, not known
    [InlineData("Ma - the story goes on.")]
    [InlineData("LONDON, *, 12 March - The fire was put out.")]                   // a part with no word
    [InlineData("(PTI) - The fire was put out.")]                                 // no place at all
    [InlineData("दिल्ली में कोरोना : राज्य में बारिश हुई।")]                              // a function word: a phrase, not a name
    public void Other_openings_are_no_place(string paragraph)
    {
        Assert.Equal("none", Read(paragraph));
    }

    // Credits and dates as parts.

    [Theory]
    [InlineData("लखनऊ, राज्य ब्यूरो, जागरण संवाददाता । राज्य में बारिश हुई।", "लखनऊ | राज्य ब्यूरो | - | - | राज्य में बारिश हुई।")]
    [InlineData("मोतिहारी, हमारे विशेष जागरण संवाददाता । राज्य में बारिश हुई।", "मोतिहारी | हमारे विशेष जागरण संवाददाता | - | - | राज्य में बारिश हुई।")]
    [InlineData("LONDON, 2021 - The council met.", "LONDON | - | - | 2021 | The council met.")]
    [InlineData("LONDON, Friday - The council met.", "LONDON | - | - | Friday | The council met.")]
    [InlineData("LONDON, March - The council met.", "LONDON | - | - | March | The council met.")]
    [InlineData("Chennai, March 14, 2021: The council met.", "Chennai | - | - | March 14, 2021 | The council met.")]
    [InlineData("LONDON, 12 Dec - The council met.", "LONDON | - | - | 12 Dec | The council met.")]
    public void Credits_and_dates_are_parts_of_the_opening(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }

    // "reporter, place ।": the Hindi papers' order, when there are no capitals to tell a name from a place.

    [Theory]
    [InlineData("संजय कुमार, पटना । राज्य में बारिश हुई।", "पटना | - | संजय कुमार | - | राज्य में बारिश हुई।")]
    [InlineData("संजय कुमार, रवि शंकर, पटना । राज्य में बारिश हुई।", "पटना | - | संजय कुमार, रवि शंकर | - | राज्य में बारिश हुई।")]
    [InlineData("पटना, बिहार, 12 मार्च : राज्य में बारिश हुई।", "पटना, बिहार | - | - | 12 मार्च | राज्य में बारिश हुई।")]
    public void A_name_before_a_place_is_the_reporter_in_Indic_copy(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
        Assert.Equal(expected, ReadAlone(paragraph));
    }

    [Fact]
    public void A_reporter_before_an_unknown_place_is_no_dateline()
    {
        Assert.Equal("none", Read("संजय कुमार, मोतिहारी । राज्य में बारिश हुई।"));
    }

    // The agency that follows the separator ("ڈھاکہ ۔ 12 دسمبر (اے پی پی) …") belongs to the dateline.

    [Theory]
    [InlineData("ڈھاکہ ۔ 12 دسمبر (اے پی پی) بنگلہ دیش میں بارش ہوئی۔", "ڈھاکہ | اے پی پی | - | 12 دسمبر | بنگلہ دیش میں بارش ہوئی۔")]
    [InlineData("DHAKA - 12 Dec (Our News Desk Team) The council met.", "DHAKA | Our News Desk Team | - | 12 Dec | The council met.")]
    [InlineData("DHAKA - The three of (Reuters) The council met.", "DHAKA | Reuters | - | - | The council met.")]
    [InlineData("DHAKA - Officials (Reuters) The council met.", "DHAKA | Reuters | - | - | The council met.")]
    [InlineData("DHAKA, 12 Dec - Friday (Reuters) The council met.", "DHAKA | Reuters | - | 12 Dec | The council met.")]
    [InlineData("DHAKA (AFP) - 12 Dec (Reuters) The council met.", "DHAKA | AFP | - | 12 Dec | The council met.")]
    [InlineData("मोतिहारी । (भाषा) राज्य में बारिश हुई।", "मोतिहारी | भाषा | - | - | राज्य में बारिश हुई।")]
    [InlineData("DHAKA - 12 Dec (Reuters)", "DHAKA | Reuters | - | 12 Dec | ")]
    [InlineData("DHAKA - 12 Dec (Reuters) : The council met.", "DHAKA | Reuters | - | 12 Dec | The council met.")]
    [InlineData("DHAKA - 12 Dec (Reuters) - The council met.", "DHAKA | Reuters | - | 12 Dec | The council met.")]
    [InlineData("DHAKA - 12 Dec (Reuters) – The council met.", "DHAKA | Reuters | - | 12 Dec | The council met.")]
    [InlineData("DHAKA - 12 Dec (Reuters) — The council met.", "DHAKA | Reuters | - | 12 Dec | The council met.")]
    [InlineData("मोतिहारी । 12 मार्च (भाषा) । राज्य में बारिश हुई।", "मोतिहारी | भाषा | - | 12 मार्च | राज्य में बारिश हुई।")]
    [InlineData("ڈھاکہ ۔ 12 دسمبر (اے پی پی) ۔ بنگلہ دیش میں بارش ہوئی۔", "ڈھاکہ | اے پی پی | - | 12 دسمبر | بنگلہ دیش میں بارش ہوئی۔")]
    public void An_agency_right_after_the_separator_belongs_to_the_dateline(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
        Assert.Equal(expected, ReadAlone(paragraph));
    }

    [Theory]
    [InlineData("DHAKA - Officials of the city (Reuters) said the council met.", "DHAKA | - | - | - | Officials of the city (Reuters) said the council met.")]  // four words before it
    [InlineData("DHAKA - 12 Dec (Our Own News Desk Team) The council met.", "DHAKA | - | - | - | 12 Dec (Our Own News Desk Team) The council met.")]      // five words in it
    [InlineData("DHAKA - The council of the (Reuters) met.", "DHAKA | - | - | - | The council of the (Reuters) met.")]
    [InlineData("DHAKA - The ministry (Independent Charge) met.", "DHAKA | - | - | - | The ministry (Independent Charge) met.")] // not an agency
    public void Other_brackets_after_the_separator_stay_in_the_story(string paragraph, string expected)
    {
        Assert.Equal(expected, Read(paragraph));
    }
}

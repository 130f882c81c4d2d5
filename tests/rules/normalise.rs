//! Normalising the input: publication date, body start, sentences and the lead, headline,
//! white space; folding of accents and apostrophes; ALL-CAPS text.

use crate::harness::{Expect::*, Row, run, spec_gap};

/// SPEC `date`: the ` date ` prefix; else a dateline or timestamp near the top; else null,
/// never a date deeper in the body.
const DATE: &[Row] = &[
    ("date_prefix", " date 2024-03-05 India and Japan held talks in Tokyo on Monday.", &[Date(Some("2024-03-05"))]),
    (
        "date_prefix_without_leading_space",
        "date 2024-03-05 India and Japan held talks in Tokyo on Monday.",
        &[Date(Some("2024-03-05")), Headline("India and Japan held talks in Tokyo on Monday.")],
    ),
    (
        "date_prefix_then_body_on_next_line",
        "   date 2024-03-05\nIndia and Japan held talks in Tokyo on Monday.",
        &[Date(Some("2024-03-05")), Headline("India and Japan held talks in Tokyo on Monday.")],
    ),
    (
        "date_prefix_needs_space_after_date",
        "date2024-03-05 India and Japan held talks in Tokyo on Monday.",
        &[Date(None), When(Some(("on Monday", "", "")))],
    ),
    (
        "date_prefix_needs_space_after_the_date",
        " date 2024-03-05x India and Japan held talks in Tokyo on Monday.",
        &[Date(None), Headline("date 2024-03-05x India and Japan held talks in Tokyo on Monday.")],
    ),
    (
        "date_prefix_must_be_a_real_day",
        " date 2024-02-30 India and Japan held talks in Tokyo on Monday.",
        &[Date(None), When(Some(("on Monday", "", "")))],
    ),
    (
        "timestamp_near_the_top",
        "Updated On: 2024-08-19 09:12 PM IST\nIndia and Japan held talks in Tokyo on Monday.",
        &[
            Date(Some("2024-08-19")),
            Headline("India and Japan held talks in Tokyo on Monday."),
            When(Some(("on Monday", "2024-08-19", "2024-08-19"))),
        ],
    ),
    (
        "dateline_month_day_year",
        "August 19, 2024\nIndia and Japan held talks in Tokyo on Monday.",
        &[Date(Some("2024-08-19"))],
    ),
    (
        "dateline_day_month_year",
        "19 Aug 2024\nIndia and Japan held talks in Tokyo on Monday.",
        &[Date(Some("2024-08-19"))],
    ),
    (
        "dateline_city_and_date",
        "NEW DELHI, 19 Aug 2024 - India and Japan held talks in Tokyo on Monday.",
        &[Date(Some("2024-08-19"))],
    ),
    (
        "dateline_weekday_day_month_year",
        "Sat 18 Feb 2017 India and Japan held talks in Tokyo on Monday.",
        &[Date(Some("2017-02-18")), When(Some(("on Monday", "2017-02-13", "2017-02-13")))],
    ),
    (
        "dateline_after_a_byline",
        "By Staff\nAug. 19, 2024\nIndia and Japan held talks.",
        &[Date(Some("2024-08-19")), Headline("India and Japan held talks.")],
    ),
    ("a_year_alone_is_no_date", "In 2024 India and Japan held talks in Tokyo on Monday.", &[Date(None)]),
    (
        "no_date_deep_in_the_body",
        "India and Japan held talks in Tokyo on Monday. The talks were the first since the two countries \
         signed a pact. Officials from both sides said the meeting was useful and they would meet again soon. \
         Another round is planned for the summer, with trade and defence on the agenda. The ministers also \
         discussed regional security and the situation in the waters to the south. They agreed to keep in \
         close touch. Analysts said the meeting marked a step forward for relations, on August 19, 2024.",
        &[Date(None), When(Some(("on Monday", "", "")))],
    ),
];

/// A dateline whose date ends at a colon (`NEW DELHI, 19 Aug 2024:`) is a dateline too.
const DATE_SPEC_GAPS: &[Row] = &[(
    "dateline_date_before_a_colon",
    "NEW DELHI, 19 Aug 2024: India and Japan held talks in Tokyo on Monday.",
    &[Date(Some("2024-08-19"))],
)];

/// The headline is the first lead sentence: sentence ends, abbreviations, initials,
/// decimals; lines that are not prose (menus, bylines) are skipped.
const SENTENCES: &[Row] = &[
    (
        "sentence_not_ended_after_mr_and_dr",
        " date 2024-03-05 Mr. Modi met Dr. Rao in Delhi for talks. They spoke about trade.",
        &[Headline("Mr. Modi met Dr. Rao in Delhi for talks.")],
    ),
    (
        "sentence_not_ended_after_gen",
        " date 2024-03-05 Gen. Musa spoke to the press in Tokyo. He left the next day.",
        &[Headline("Gen. Musa spoke to the press in Tokyo.")],
    ),
    (
        "sentence_not_ended_after_an_initial",
        " date 2024-03-05 S. Jaishankar spoke to the press in Tokyo. He left the next day.",
        &[Headline("S. Jaishankar spoke to the press in Tokyo.")],
    ),
    (
        "sentence_not_ended_inside_u_s_before_a_name",
        " date 2024-03-05 Talks were held in Tokyo with the U.S. Navy chief on Monday. The rest was quiet.",
        &[Headline("Talks were held in Tokyo with the U.S. Navy chief on Monday.")],
    ),
    (
        "sentence_ended_after_u_s_before_the",
        " date 2024-03-05 Talks were held in Tokyo with the U.S. The rest of the day was quiet for all.",
        &[Headline("Talks were held in Tokyo with the U.S.")],
    ),
    (
        "sentence_not_ended_inside_a_decimal",
        " date 2024-03-05 Growth was 1.2 per cent in India last year. Prices rose across the country.",
        &[Headline("Growth was 1.2 per cent in India last year.")],
    ),
    (
        "sentence_ends_at_exclamation_mark",
        " date 2024-03-05 India and Japan held talks in Tokyo! The two leaders met again.",
        &[Headline("India and Japan held talks in Tokyo!")],
    ),
    (
        "sentence_ends_at_question_mark",
        " date 2024-03-05 Did India and Japan hold talks in Tokyo? The two leaders met again.",
        &[Headline("Did India and Japan hold talks in Tokyo?")],
    ),
    (
        "sentence_keeps_its_closing_bracket",
        " date 2024-03-05 India and Japan held talks in Tokyo (the first since May). The leaders met again.",
        &[Headline("India and Japan held talks in Tokyo (the first since May).")],
    ),
    (
        "sentence_ends_at_a_period_inside_a_bracket",
        " date 2024-03-05 India and Japan held talks in Tokyo (the first since May.) The leaders met again.",
        &[Headline("India and Japan held talks in Tokyo (the first since May.)")],
    ),
    (
        "sentence_needs_space_after_the_period",
        " date 2024-03-05 India and Japan held talks in Tokyo.The leaders met again.",
        &[Headline("India and Japan held talks in Tokyo.The leaders met again.")],
    ),
    (
        "sentence_needs_a_capital_after_the_period",
        " date 2024-03-05 India and Japan held talks in Tokyo. the leaders met again.",
        &[Headline("India and Japan held talks in Tokyo. the leaders met again.")],
    ),
    (
        "sentence_ends_at_a_line_break",
        " date 2024-03-05 India and Japan hold talks in Tokyo\nThe two leaders met on Monday.",
        &[Headline("India and Japan hold talks in Tokyo")],
    ),
    (
        "lead_skips_a_menu_line",
        " date 2024-03-05 Home | World | Politics\nIndia and Japan held talks in Tokyo on Monday.",
        &[Headline("India and Japan held talks in Tokyo on Monday.")],
    ),
    (
        "lead_skips_a_byline",
        " date 2024-03-05 By Staff Reporter\nIndia and Japan held talks in Tokyo on Monday.",
        &[Headline("India and Japan held talks in Tokyo on Monday.")],
    ),
    (
        "lead_skips_a_short_credit_line",
        " date 2024-03-05 Posted by admin\nIndia and Japan held talks in Tokyo on Monday.",
        &[Headline("India and Japan held talks in Tokyo on Monday.")],
    ),
    (
        "lead_skips_a_quote_of_few_words",
        " date 2024-03-05 \"We agree.\" He said the talks in Tokyo with India were good.",
        &[Headline("He said the talks in Tokyo with India were good.")],
    ),
    (
        "lead_takes_an_all_caps_headline_of_six_words",
        " date 2024-03-05 INDIA AND JAPAN HOLD TALKS IN TOKYO\nThe two leaders met on Monday.",
        &[Headline("INDIA AND JAPAN HOLD TALKS IN TOKYO")],
    ),
    (
        "lead_takes_a_title_case_headline_of_six_words",
        " date 2024-03-05 India And Japan Hold Talks In Tokyo\nThe two leaders met on Monday.",
        &[Headline("India And Japan Hold Talks In Tokyo")],
    ),
    (
        "lead_skips_a_title_case_line_of_four_words",
        " date 2024-03-05 India And Japan Hold Talks\nThe two leaders met on Monday.",
        &[Headline("The two leaders met on Monday.")],
    ),
];

/// A sentence ends after `.”` too (curly quotes are the news's quotes).
const SENTENCE_SPEC_GAPS: &[Row] = &[(
    "sentence_ends_after_a_curly_closing_quote",
    " date 2024-03-05 The minister said the two sides \u{201c}agreed to keep talking.\u{201d} India and Japan held talks on Monday.",
    &[Headline("The minister said the two sides \u{201c}agreed to keep talking.\u{201d}")],
)];

spec_gap!(
    gap_curly_closing_quote,
    "normalise::SENTENCE_SPEC_GAPS",
    SENTENCE_SPEC_GAPS,
    "sentence_ends_after_a_curly_closing_quote",
    "ends_sentence skips straight quotes only, so `.”` never ends a sentence (and sentences' `\u{201d}` branch is dead)"
);

/// The headline is white-space normalised.
const WHITESPACE: &[Row] = &[
    (
        "headline_whitespace_collapsed",
        " date 2024-03-05 India  and\tJapan   held talks \u{a0} in Tokyo.",
        &[Headline("India and Japan held talks in Tokyo."), Countries(&["IND", "JPN"])],
    ),
    ("empty_text", "", &[Headline(""), Date(None), Kind(None), Countries(&[])]),
    ("blank_text", " \n\t ", &[Headline(""), Date(None), Kind(None), Countries(&[])]),
];

/// Accents are folded (`Erdogan` finds `Erdoğan`), `'` and `’` are the same, and names
/// match in ALL CAPS.
const FOLDING: &[Row] = &[
    // An accented form written with a curly apostrophe (`Côte d’Ivoire`) is the same form.
    (
        "apostrophe_curly_on_an_accented_form",
        "Côte d\u{2019}Ivoire signed the deal.",
        &[CountrySpans("CIV", &["Côte d\u{2019}Ivoire"])],
    ),
    (
        "accent_folded_name_matches",
        " date 2022-04-04 Erdogan met Putin in Ankara.",
        &[People(&["Recep Tayyip Erdoğan", "Vladimir Putin"]), PersonSpans("Recep Tayyip Erdoğan", &["Erdogan"])],
    ),
    (
        "accented_name_matches_as_written",
        " date 2022-04-04 Erdoğan met Putin in Ankara.",
        &[PersonSpans("Recep Tayyip Erdoğan", &["Erdoğan"])],
    ),
    (
        "accent_folded_country_form",
        "Turkiye and Türkiye signed the deal.",
        &[CountrySpans("TUR", &["Turkiye", "Türkiye"])],
    ),
    (
        "apostrophe_straight_and_folded",
        "Côte d'Ivoire and Cote d'Ivoire signed the deal.",
        &[CountrySpans("CIV", &["Côte d'Ivoire", "Cote d'Ivoire"])],
    ),
    (
        "apostrophe_curly_on_a_folded_form",
        "Cote d\u{2019}Ivoire signed the deal.",
        &[CountrySpans("CIV", &["Cote d\u{2019}Ivoire"])],
    ),
    (
        "possessive_with_either_apostrophe",
        "Russia\u{2019}s economy and Russia's army.",
        &[CountrySpans("RUS", &["Russia", "Russia"])],
    ),
    (
        "all_caps_country_names",
        " date 2024-03-05 INDIA AND JAPAN HOLD TALKS IN TOKYO\nThe two leaders met on Monday.",
        &[Countries(&["IND", "JPN"]), Kind(Some(newsevent::Plover::Consult)), Location(Some(("Tokyo", "JPN")))],
    ),
    (
        "all_caps_people_names",
        " date 2022-04-04 PUTIN AND MODI MEET IN NEW DELHI\nThe two leaders held talks on Monday.",
        &[People(&["Narendra Modi", "Vladimir Putin"]), PersonSpans("Vladimir Putin", &["PUTIN"])],
    ),
];

#[test]
fn publication_date() {
    run("normalise::DATE", DATE);
}

spec_gap!(
    gap_dateline_before_colon,
    "normalise::DATE_SPEC_GAPS",
    DATE_SPEC_GAPS,
    "dateline_date_before_a_colon",
    "publication_date: a year followed by `:` is not read as a date"
);

#[test]
fn sentences_and_lead() {
    run("normalise::SENTENCES", SENTENCES);
}

#[test]
fn whitespace() {
    run("normalise::WHITESPACE", WHITESPACE);
}

#[test]
fn folding_and_caps() {
    run("normalise::FOLDING", FOLDING);
}

/// No sentence is longer than 2,000 bytes: text without sentence ends is cut at a space,
/// so the headline of one endless line stays short.
#[test]
fn sentence_longer_than_the_limit_is_cut() {
    let text = format!(" date 2024-03-05 {}", "India and Japan held long talks in Tokyo ".repeat(80));
    let text: &'static str = Box::leak(text.into_boxed_str());
    let rows: &'static [Row] =
        Box::leak(Box::new([("sentence_cut_at_max_length", text, &[HeadlineLen(1900, 2050)][..])]));
    run("normalise::LONG", rows);
}

//! People rules of SPEC.md ("People"), on news-style sentences written for these tests.

use newsevent::{extract_event, Event, Extractor, Gazetteer, PersonMention, Table};

fn person<'a>(e: &'a Event, name: &str) -> &'a PersonMention {
    e.people.iter().find(|p| p.name == name).unwrap_or_else(|| {
        let names: Vec<&str> = e.people.iter().map(|p| p.name.as_str()).collect();
        panic!("no person `{name}` among {names:?}")
    })
}

fn names(e: &Event) -> Vec<String> {
    let mut n: Vec<String> = e.people.iter().map(|p| p.name.clone()).collect();
    n.sort();
    n
}

/// Every span of every person lies on char boundaries and is the surface form.
fn check_spans(text: &str, e: &Event) {
    for p in &e.people {
        assert_eq!(p.count, p.spans.len(), "{text:?}: count of {} != number of spans", p.name);
        for &[s, t] in &p.spans {
            assert!(s < t && t <= text.len(), "{text:?}: bad span {s}..{t} for {}", p.name);
            assert!(text.is_char_boundary(s) && text.is_char_boundary(t), "{text:?}: span {s}..{t} off char boundary");
        }
    }
}

fn span_texts<'a>(text: &'a str, p: &PersonMention) -> Vec<&'a str> {
    p.spans.iter().map(|&[s, t]| &text[s..t]).collect()
}

/// (text, canonical name, expected role, expected country, known)
type Case = (&'static str, &'static str, Option<&'static str>, Option<&'static str>, bool);

#[test]
fn known_people_name_role_country() {
    let cases: &[Case] = &[
        // Role from the text when it gives one.
        (
            " date 2022-04-04 Japan's prime minister Fumio Kishida arrived in New Delhi on Monday.",
            "Fumio Kishida",
            Some("Prime Minister"),
            Some("JPN"),
            true,
        ),
        (
            " date 2026-01-10 Japan's prime minister Fumio Kishida arrived in New Delhi on Monday.",
            "Fumio Kishida",
            Some("Prime Minister"),
            Some("JPN"),
            true,
        ),
        (
            " date 2022-04-04 Japanese Foreign Minister Yoko Kamikawa met her counterpart in Tokyo.",
            "Yoko Kamikawa",
            Some("Foreign Minister"),
            Some("JPN"),
            true,
        ),
        (
            " date 2022-04-04 Defence Minister Rajnath Singh inspected the troops in Leh.",
            "Rajnath Singh",
            Some("Defence Minister"),
            Some("IND"),
            true,
        ),
        // Role from the table on the article's date when the text gives none.
        (
            " date 2022-04-04 Fumio Kishida arrived in New Delhi on Monday for talks.",
            "Fumio Kishida",
            Some("Prime Minister"),
            Some("JPN"),
            true,
        ),
        (
            " date 2015-03-01 Fumio Kishida arrived in New Delhi on Monday for talks.",
            "Fumio Kishida",
            Some("Foreign Minister"),
            Some("JPN"),
            true,
        ),
        (
            " date 2010-06-01 Vladimir Putin chaired a cabinet meeting in Moscow.",
            "Vladimir Putin",
            Some("Prime Minister"),
            Some("RUS"),
            true,
        ),
        (
            " date 2022-06-01 Vladimir Putin chaired a cabinet meeting in Moscow.",
            "Vladimir Putin",
            Some("President"),
            Some("RUS"),
            true,
        ),
        (
            " date 2010-06-01 Recep Tayyip Erdogan spoke to party members in Ankara.",
            "Recep Tayyip Erdoğan",
            Some("Prime Minister"),
            Some("TUR"),
            true,
        ),
        (
            " date 2020-06-01 Recep Tayyip Erdogan spoke to party members in Ankara.",
            "Recep Tayyip Erdoğan",
            Some("President"),
            Some("TUR"),
            true,
        ),
        (" date 2023-02-01 Joe Biden arrived in Warsaw on Monday.", "Joe Biden", Some("President"), Some("USA"), true),
        (
            " date 2012-02-01 Joe Biden arrived in Warsaw on Monday.",
            "Joe Biden",
            Some("Vice President"),
            Some("USA"),
            true,
        ),
        // Transliterations and folded accents resolve to the canonical name.
        (
            " date 2022-04-04 Ukrainian President Volodymyr Zelenskyy addressed lawmakers.",
            "Volodymyr Zelensky",
            Some("President"),
            Some("UKR"),
            true,
        ),
        (
            " date 2022-04-04 Volodymyr Zelenskiy spoke to reporters in Kyiv.",
            "Volodymyr Zelensky",
            Some("President"),
            Some("UKR"),
            true,
        ),
        (
            " date 2022-04-04 Turkish President Erdogan hosted the meeting in Istanbul.",
            "Recep Tayyip Erdoğan",
            Some("President"),
            Some("TUR"),
            true,
        ),
        // Surname alone with a title.
        (
            " date 2022-04-04 PM Kishida said the visit was useful.",
            "Fumio Kishida",
            Some("Prime Minister"),
            Some("JPN"),
            true,
        ),
        // Unknown people introduced by a title.
        (
            " date 2022-04-04 Kenyan Trade Minister Amos Wekesa said exports had risen.",
            "Amos Wekesa",
            Some("Trade Minister"),
            Some("KEN"),
            false,
        ),
        (
            " date 2022-04-04 Foreign ministry spokesperson Randa Fayez said the visit was postponed.",
            "Randa Fayez",
            Some("Spokesperson"),
            None,
            false,
        ),
        // Two kings called Abdullah: the country written before the name decides.
        (
            " date 2024-03-05 Jordan's King Abdullah met the envoy in Amman on Tuesday.",
            "Abdullah II",
            Some("King"),
            Some("JOR"),
            true,
        ),
        (
            " date 2010-03-05 Saudi King Abdullah received the envoy in Riyadh on Friday.",
            "Abdullah bin Abdulaziz",
            Some("King"),
            Some("SAU"),
            true,
        ),
        (
            " date 2010-03-05 King Abdullah of Jordan received the envoy in Amman on Friday.",
            "Abdullah II",
            Some("King"),
            Some("JOR"),
            true,
        ),
        // A government's seat or department before a title gives its country.
        (
            " date 2025-06-12 State Department spokesperson Mara Quell said the attack was dangerous.",
            "Mara Quell",
            Some("Spokesperson"),
            Some("USA"),
            false,
        ),
        // The country opening the name of an institution before the title.
        (
            " date 2022-08-04 U.S. House of Representatives Speaker Nora Dahl visited the island.",
            "Nora Dahl",
            Some("Speaker"),
            Some("USA"),
            false,
        ),
        (
            " date 2022-08-04 Russian Defence Ministry spokesman Igor Valko said the drills had ended.",
            "Igor Valko",
            Some("Spokesperson"),
            Some("RUS"),
            false,
        ),
        // A city before a title gives the person's country.
        (
            " date 2024-03-05 Rio de Janeiro Governor Tomas Avelar said the floods had eased.",
            "Tomas Avelar",
            Some("Governor"),
            Some("BRA"),
            false,
        ),
        // A name before a comma and a country's title.
        (
            " date 2022-04-04 Aid has arrived, according to Tomas Reyna, Chile's minister for disaster relief.",
            "Tomas Reyna",
            Some("Minister"),
            Some("CHL"),
            false,
        ),
        // A posting: the envoy's country is the one before the title, not the host.
        (
            " date 2022-04-04 US Ambassador to Israel Brandt Hollow attended the signing.",
            "Brandt Hollow",
            Some("Ambassador"),
            Some("USA"),
            false,
        ),
        (
            " date 2022-04-04 Haiti's ambassador to the United States Bocchit Edmond spoke on Monday.",
            "Bocchit Edmond",
            Some("Ambassador"),
            Some("HTI"),
            false,
        ),
        (
            " date 2022-04-04 NASA Administrator Quill Varden said the launch was on track.",
            "Quill Varden",
            Some("Administrator"),
            None,
            false,
        ),
        // Possessives.
        (
            " date 2022-04-04 Putin's spokesman declined to comment.",
            "Vladimir Putin",
            Some("President"),
            Some("RUS"),
            true,
        ),
        (
            " date 2022-04-04 Russia’s President Vladimir Putin’s visit was delayed.",
            "Vladimir Putin",
            Some("President"),
            Some("RUS"),
            true,
        ),
        (
            " date 2022-04-04 President Trump's administration announced new tariffs.",
            "Donald Trump",
            Some("President"),
            Some("USA"),
            true,
        ),
    ];
    for &(text, name, role, country, known) in cases {
        let e = extract_event(text);
        check_spans(text, &e);
        let p = person(&e, name);
        assert_eq!(p.role.as_deref(), role, "{text:?}: role");
        assert_eq!(p.country.as_deref(), country, "{text:?}: country");
        assert_eq!(p.known, known, "{text:?}: known");
        assert_eq!(e.people.len(), 1, "{text:?}: exactly one person, got {:?}", names(&e));
    }
}

#[test]
fn surname_merging_and_spans() {
    let text = " date 2022-04-04 Narendra Modi addressed a crowd in Varanasi. Modi said the economy was growing.";
    let e = extract_event(text);
    check_spans(text, &e);
    assert_eq!(e.people.len(), 1);
    let p = person(&e, "Narendra Modi");
    assert_eq!(p.count, 2);
    assert_eq!(span_texts(text, p), ["Narendra Modi", "Modi"]);

    let text =
        " date 2024-01-04 Japanese Foreign Minister Yoko Kamikawa met her counterpart. Kamikawa said ties were strong.";
    let e = extract_event(text);
    check_spans(text, &e);
    let p = person(&e, "Yoko Kamikawa");
    assert_eq!((p.count, p.known, p.role.as_deref()), (2, true, Some("Foreign Minister")));
    assert_eq!(span_texts(text, p), ["Yoko Kamikawa", "Kamikawa"]);
}

#[test]
fn two_singhs_are_two_people() {
    let text = " date 2022-04-04 Rajnath Singh and Manmohan Singh attended the ceremony in New Delhi.";
    let e = extract_event(text);
    check_spans(text, &e);
    assert_eq!(names(&e), ["Manmohan Singh", "Rajnath Singh"]);
    for p in &e.people {
        assert_eq!(p.count, 1, "{}", p.name);
        assert_eq!(p.country.as_deref(), Some("IND"));
    }
    assert_eq!(span_texts(text, person(&e, "Rajnath Singh")), ["Rajnath Singh"]);
    assert_eq!(span_texts(text, person(&e, "Manmohan Singh")), ["Manmohan Singh"]);
}

#[test]
fn transliterations_merge_into_one_person() {
    let text = " date 2022-04-04 Volodymyr Zelenskyy thanked allies. Zelenskiy later met Zelensky's advisers.";
    let e = extract_event(text);
    check_spans(text, &e);
    assert_eq!(names(&e), ["Volodymyr Zelensky"]);
    assert_eq!(e.people[0].count, 3);
}

#[test]
fn look_alikes_are_not_people() {
    let cases: &[(&str, &[&str])] = &[
        (" date 2022-04-04 The Prime Minister Office issued a statement on Monday.", &[]),
        (" date 2022-04-04 The President will travel abroad next week.", &[]),
        (" date 2022-04-04 The Foreign Minister said nothing about the visit.", &[]),
        (" date 2022-04-04 President Trump's administration announced new tariffs.", &["Donald Trump"]),
        (" date 2022-04-04 The Defence Ministry said the Prime Minister's Office had been told.", &[]),
        // Places are not people, even after a given name or before a country's title.
        (" date 2017-06-01 He spoke from the Rose Garden of the White House.", &[]),
        (" date 2017-06-01 Crowds gathered at Victoria Station on Monday.", &[]),
        (" date 2022-04-04 Talks opened in Port Moresby, Australia's foreign minister said.", &[]),
        (" date 2022-04-04 Speaking in Kuala Lumpur, Malaysia's prime minister said ties were strong.", &[]),
        // Places and things named after people are not people.
        (" date 2024-03-05 Flights resumed at Charles de Gaulle Airport on Monday.", &[]),
        (" date 2024-03-05 Patients were moved from the Rafik Hariri University Hospital.", &[]),
        // Bylines and credits are not people in the news (SPEC.md).
        (" date 2015-04-02 From Nairobi, NPR's Gregory Warner reports: the attack began at dawn.", &[]),
        (" date 2022-04-04 Talks went well.\nReporting by David Brunnstrom and Simon Lewis; Editing by Mary Milliken", &[]),
        (" date 2022-04-04 Talks went well.\nBy Michael Holden\nLONDON (Reuters) - Britain said on Monday it would act.", &[]),
    ];
    for &(text, expected) in cases {
        let e = extract_event(text);
        check_spans(text, &e);
        assert_eq!(names(&e), expected, "{text:?}");
    }
}

#[test]
fn all_caps_headline_names() {
    let text = " date 2022-04-04 PUTIN AND MODI MEET IN NEW DELHI\nThe two leaders held talks on Monday.";
    let e = extract_event(text);
    check_spans(text, &e);
    assert_eq!(names(&e), ["Narendra Modi", "Vladimir Putin"]);
    assert_eq!(span_texts(text, person(&e, "Vladimir Putin")), ["PUTIN"]);

    let text = " date 2022-04-04 VLADIMIR PUTIN ARRIVES IN BEIJING\nVladimir Putin was greeted at the airport. Putin then met officials.";
    let e = extract_event(text);
    check_spans(text, &e);
    assert_eq!(names(&e), ["Vladimir Putin"]);
    let p = person(&e, "Vladimir Putin");
    assert_eq!(p.count, 3);
    assert_eq!(span_texts(text, p), ["VLADIMIR PUTIN", "Vladimir Putin", "Putin"]);
}

#[test]
fn spans_on_char_boundaries_with_non_ascii_text() {
    let texts = [
        " date 2022-04-04 «Recep Tayyip Erdoğan» — and Erdoğan’s aides — met Zelenskyy’s team in Kyiv.",
        " date 2022-04-04 “Narendra Modi” said: «Modi’s plan is ready», Jaishankar added.",
        " date 2022-04-04 Le président Emmanuel Macron a reçu Olaf Scholz à l’Élysée. Macron était content.",
        " date 2022-04-04 Prime Minister Fumio Kishida 🇯🇵 met President Joe Biden 🇺🇸 in Tokyo.",
    ];
    for text in texts {
        let e = extract_event(text);
        assert!(!e.people.is_empty(), "{text:?}: nobody found");
        check_spans(text, &e);
    }
    let text = texts[0];
    let e = extract_event(text);
    let p = person(&e, "Recep Tayyip Erdoğan");
    assert_eq!(p.count, 2);
    assert_eq!(span_texts(text, p), ["Recep Tayyip Erdoğan", "Erdoğan"]);
}

#[test]
fn user_people_table() {
    let mut g = Gazetteer::embedded();
    let rows = "Amara Okonkwo\tOkonkwo\tFinance Minister\tNGA\t2023-01-01\t\n\
                Amara Okonkwo\tOkonkwo\tTrade Minister\tNGA\t2019-01-01\t2022-12-31\n\
                Tomas Verhaal\t\tMayor of Rotterdam\tNLD\t2020-01-01\t\n";
    g.add_str(Table::People, "mine.tsv", rows).unwrap();
    let x = Extractor::new(g).unwrap();

    let text = " date 2024-05-02 Amara Okonkwo presented the budget in Abuja. Okonkwo said debt would fall.";
    let e = x.extract(text);
    check_spans(text, &e);
    let p = person(&e, "Amara Okonkwo");
    assert_eq!(
        (p.role.as_deref(), p.country.as_deref(), p.count, p.known),
        (Some("Finance Minister"), Some("NGA"), 2, true)
    );

    let text = " date 2021-05-02 Amara Okonkwo presented the plan in Abuja.";
    let p = x.extract(text).people;
    assert_eq!((p[0].name.as_str(), p[0].role.as_deref()), ("Amara Okonkwo", Some("Trade Minister")));

    // Text title wins over the table role.
    let text = " date 2024-05-02 Nigerian Foreign Minister Amara Okonkwo spoke in Abuja.";
    let e = x.extract(text);
    assert_eq!(person(&e, "Amara Okonkwo").role.as_deref(), Some("Foreign Minister"));

    // Surname-only alias absent: "Verhaal" alone before the full name names no one...
    let text = " date 2024-05-02 Verhaal is a common word here. Tomas Verhaal opened the port.";
    let e = x.extract(text);
    check_spans(text, &e);
    assert_eq!(names(&e), ["Tomas Verhaal"]);
    assert_eq!(person(&e, "Tomas Verhaal").country.as_deref(), Some("NLD"));

    // The embedded extractor does not know them.
    assert!(extract_event(" date 2024-05-02 Amara Okonkwo presented the budget.").people.iter().all(|p| !p.known));
}

// ---------------------------------------------------------------------------------------
// Cases that were gaps once: kept as regression tests.
// ---------------------------------------------------------------------------------------

#[test]
fn role_by_date_when_out_of_office() {
    // SPEC: "on 2026-01-10 it is not" (Kishida is not Japan's prime minister); with no title in
    // the text, the role is the one held on `date`: none.
    let text = " date 2026-01-10 Fumio Kishida arrived in New Delhi on Monday for talks.";
    let e = extract_event(text);
    let p = person(&e, "Fumio Kishida");
    assert!(p.known);
    assert_ne!(p.role.as_deref(), Some("Prime Minister"), "Kishida was not PM on 2026-01-10");
}

#[test]
fn family_members_are_not_the_leader() {
    // A given name before a leader's surname is another person of that family; the
    // leader's own first name keeps him (`Recep Erdogan`).
    let text = " date 2024-03-05 Melania Trump and Jill Biden attended the ceremony. Emine Erdogan spoke. \
                Recep Erdogan and Joe Biden arrived later.";
    let e = extract_event(text);
    check_spans(text, &e);
    assert_eq!(names(&e), ["Emine Erdogan", "Jill Biden", "Joe Biden", "Melania Trump", "Recep Tayyip Erdoğan"]);
    assert!(!person(&e, "Melania Trump").known && person(&e, "Joe Biden").known);
    assert_eq!(person(&e, "Joe Biden").count, 1);
}

#[test]
fn companies_and_newspapers_are_not_people() {
    let text = " date 2024-03-05 Ali Express sales rose, the Sydney Morning Herald and the Francisco Chronicle said.";
    assert_eq!(names(&extract_event(text)), Vec::<String>::new());
}

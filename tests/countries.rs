//! Country rules of SPEC.md, one row per rule or trap, on sentences we wrote.

use newsevent::extract_event;

fn codes(text: &str) -> Vec<String> {
    let mut c: Vec<String> = extract_event(text).countries.into_iter().map(|c| c.code).collect();
    c.sort();
    c
}

#[test]
fn country_rules() {
    // (text, expected ISO3 codes, sorted)
    let cases: &[(&str, &[&str])] = &[
        // Names, short names, abbreviations, demonyms.
        ("Officials from India met their counterparts.", &["IND"]),
        ("The United States and America's allies agreed.", &["USA"]),
        ("The U.S. and the UK signed the pact.", &["GBR", "USA"]),
        ("U.S.-China trade talks resumed.", &["CHN", "USA"]),
        ("The UAE and the DPRK exchanged envoys.", &["ARE", "PRK"]),
        ("Japanese and Emirati officials spoke.", &["ARE", "JPN"]),
        ("Filipino fishermen and a Philippine vessel were hit.", &["PHL"]),
        ("Ivorian troops left.", &["CIV"]),
        ("Saudi officials welcomed Saudis home.", &["SAU"]),
        // Aliases.
        ("Burma, also known as Myanmar, held a vote.", &["MMR"]),
        ("Ivory Coast beat Holland.", &["CIV", "NLD"]),
        ("Türkiye and the Czech Republic signed a deal.", &["CZE", "TUR"]),
        // Whole words only.
        ("Indiana passed a law.", &[]),
        ("Perugia hosted the fair.", &[]),
        ("Romania and Oman talked.", &["OMN", "ROU"]),
        // Possessives and compounds.
        ("Russia's war and Russia’s economy.", &["RUS"]),
        ("The Russia-Ukraine war dragged on.", &["RUS", "UKR"]),
        ("India-Japan ties deepened.", &["IND", "JPN"]),
        // Combining forms.
        ("The Indo-Japan talks began.", &["IND", "JPN"]),
        ("Sino-Indian border tensions rose.", &["CHN", "IND"]),
        ("A Franco-German initiative and Anglo-American ties.", &["DEU", "FRA", "GBR", "USA"]),
        ("The Russo-Japanese war ended.", &["JPN", "RUS"]),
        // Blockers: country words inside other names.
        ("Ships crossed the Indian Ocean and the South China Sea.", &[]),
        ("The United Nations met.", &[]),
        ("Tension on the Korean Peninsula grew.", &[]),
        ("Oil rigs in the Gulf of Mexico closed.", &[]),
        ("Voters in New Mexico and New Jersey went to the polls.", &[]),
        ("The Indo-Pacific region matters.", &[]),
        ("The navy flew a US-2 aircraft.", &[]),
        // Look-alikes.
        ("Let us go, they told us.", &[]),
        ("We ate turkey for dinner.", &[]),
        ("Michael Jordan scored.", &[]),
        ("Chad Smith played drums.", &[]),
        ("King Abdullah of Jordan met Chad's president.", &["JOR", "TCD"]),
        ("Atlanta, Georgia is the capital of the US state.", &["USA"]),
        ("Georgia and Georgian officials met Russian envoys in Tbilisi.", &["GEO", "RUS"]),
        // Capitals and cities stand for their country.
        ("Beijing said the talks in Tokyo were useful.", &["CHN", "JPN"]),
        ("Officials in Kyiv and Kiev agreed.", &["UKR"]),
        // All caps headlines.
        ("INDIA AND JAPAN HOLD TALKS", &["IND", "JPN"]),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = codes(text);
        if got != *want {
            failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn counts_spans_and_salience() {
    let text = "Japan and India met. Japan's envoy and the Japanese minister spoke. India agreed.";
    let e = extract_event(text);
    assert_eq!(e.countries[0].code, "JPN");
    assert_eq!(e.countries[0].count, 3);
    assert_eq!(e.countries[1].code, "IND");
    for s in &e.countries[0].spans {
        assert!(text[s[0]..s[1]].starts_with("Japan"));
    }
    // A combining form's span is the word without its hyphen.
    let t = "The Indo-Japan talks";
    let e = extract_event(t);
    let ind = e.countries.iter().find(|c| c.code == "IND").unwrap();
    assert_eq!(&t[ind.spans[0][0]..ind.spans[0][1]], "Indo");
}

#[test]
fn seed_style_input() {
    let e =
        extract_event(" date 2022-04-04 Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month.");
    assert_eq!(e.date.unwrap().to_string(), "2022-04-04");
    assert_eq!(
        codes(" date 2022-04-04 Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month."),
        ["IND", "JPN"]
    );
    assert_eq!(e.headline, "Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month.");
}

//! Users' tables (README "Your own people, organisations and topics"; `Gazetteer::add_str`
//! and `add_file`): every error branch, one row each, with the exact message users see
//! (`file:line: problem`); a table loads whole or not at all, and the gazetteer stays
//! usable after a failed load.

use newsevent::{Gazetteer, GazetteerError, Table};

use crate::harness::{EMBEDDED_GAZETTEER, FILE_GAZETTEER, TempFile};

/// (name, table, rows, line of the bad row, the problem as the message says it)
type Bad = (&'static str, Table, &'static str, usize, &'static str);

const BAD_ROWS: &[Bad] = &[
    // Every table: too many columns (trailing empty columns may be left out, never added).
    (
        "too_many_columns_people",
        Table::People,
        "# name\taliases\trole\tcountry\tstart\tend\twikidata\nZora Quillfeather\t\tMayor\tNGA\t2020-01-01\t\t\nJon Brack\t\tMayor\tNGA\t2020-01-01\t\tQ1\textra\n",
        3,
        "8 columns, expected at most 7 (name, aliases, role, country, start, end, wikidata)",
    ),
    (
        "too_many_columns_organizations",
        Table::Organizations,
        "ACME_PACT\tAcme Pact\t\tgrouping\t\t\t\tQ1\textra\n",
        1,
        "9 columns, expected at most 7 (id, name, aliases, kind, parent, members, wikidata)",
    ),
    (
        "too_many_columns_topic_cues",
        Table::TopicCues,
        "trade\tbarter\t2\t9\n",
        1,
        "4 columns, expected at most 3 (topic, cue, weight)",
    ),
    (
        "too_many_columns_countries",
        Table::Countries,
        "QQA\tQA\tQualand\textra\n",
        1,
        "4 columns, expected at most 3 (iso3, iso2, name)",
    ),
    ("too_many_columns_given_names", Table::GivenNames, "Mary\textra\n", 1, "2 columns, expected at most 1 (name)"),
    // Countries.
    ("countries_empty_iso3", Table::Countries, "\tQA\tQualand\n", 1, "empty `iso3`"),
    (
        "countries_bad_iso3",
        Table::Countries,
        "Qqa\tQA\tQualand\n",
        1,
        "bad iso3 code `Qqa` (expected three capital letters)",
    ),
    ("countries_duplicate_of_the_embedded", Table::Countries, "IND\tIN\tIndia\n", 1, "duplicate country `IND`"),
    (
        "countries_duplicate_in_the_file",
        Table::Countries,
        "QQA\tQA\tQualand\nQQA\tQA\tQualand again\n",
        2,
        "duplicate country `QQA`",
    ),
    ("countries_empty_name", Table::Countries, "QQA\tQA\t\n", 1, "empty `name`"),
    // Country forms.
    ("forms_empty_form", Table::CountryForms, "\tIND\tname\t\n", 1, "empty `form`"),
    ("forms_empty_country_code", Table::CountryForms, "Bharat\t\tname\t\n", 1, "empty `iso3`"),
    (
        "forms_unknown_country_code",
        Table::CountryForms,
        "Ruritanian\tRUR\tdemonym\t\n",
        1,
        "unknown country code `RUR` in column `iso3`",
    ),
    (
        "forms_bad_kind",
        Table::CountryForms,
        "Bharat\tIND\tnickname\t\n",
        1,
        "bad kind `nickname` (expected name, abbr, demonym or combining)",
    ),
    (
        "forms_combining_without_hyphen",
        Table::CountryForms,
        "Hindo\tIND\tcombining\t\n",
        1,
        "combining form `Hindo` must end with `-`",
    ),
    (
        "forms_unknown_flag",
        Table::CountryForms,
        "Bharat\tIND\tname\tshaky\n",
        1,
        "unknown flag `shaky` (expected ambiguous or weak)",
    ),
    // Places.
    ("places_empty_name", Table::Places, "\tIND\tcity\t\t\n", 1, "empty `name`"),
    ("places_empty_country_code", Table::Places, "Springfield\t\tcity\t\t\n", 1, "empty `iso3`"),
    (
        "places_unknown_country_code",
        Table::Places,
        "Springfield\tUSA\tcity\t\t\nNew Atlantis\tATL\tcity\t\t\n",
        2,
        "unknown country code `ATL` in column `iso3`",
    ),
    (
        "places_bad_kind",
        Table::Places,
        "Springfield\tUSA\ttown\t\t\n",
        1,
        "bad kind `town` (expected capital, city, state or region)",
    ),
    (
        "places_unknown_flag",
        Table::Places,
        "Springfield\tUSA\tcity\t\tshaky\n",
        1,
        "unknown flag `shaky` (expected ambiguous, major or weak)",
    ),
    (
        "places_bad_population",
        Table::Places,
        "Springfield\tUSA\tcity\t\t\tIL\tmany\n",
        1,
        "bad number `many` in column `population`",
    ),
    (
        "places_latitude_out_of_range",
        Table::Places,
        "Springfield\tUSA\tcity\t\t\tIL\t100\t91\t-89\t\n",
        1,
        "coordinates out of range (lat -90 to 90, lon -180 to 180)",
    ),
    (
        "places_bad_geonames_id",
        Table::Places,
        "Springfield\tUSA\tcity\t\t\tIL\t100\t39.8\t-89.6\tQ12\n",
        1,
        "bad number `Q12` in column `geonames`",
    ),
    // Blockers.
    ("blockers_empty_form", Table::Blockers, "\tnote\n", 1, "empty `form`"),
    // People.
    ("people_empty_name", Table::People, "\t\tMayor\tNGA\t2020-01-01\t\n", 1, "empty `name`"),
    // A header written without `#`, and rows not cut by TABs: said as such.
    (
        "header_without_hash",
        Table::People,
        "name\taliases\trole\tcountry\tstart\tend\twikidata\nJon Brack\n",
        1,
        "a header line must start with `#`",
    ),
    (
        "comma_separated_row",
        Table::People,
        "Jon Brack,,Mayor,NGA,2020-01-01,\n",
        1,
        "no TAB in the row: columns are separated by one TAB",
    ),
    (
        "space_separated_row",
        Table::Triggers,
        "brokered  a truce  AGREE  03  3\n",
        1,
        "no TAB in the row: columns are separated by one TAB",
    ),
    (
        "header_without_hash_organizations",
        Table::Organizations,
        "id\tname\taliases\tkind\tparent\tmembers\twikidata\nACME_PACT\tAcme Pact\n",
        1,
        "a header line must start with `#`",
    ),
    (
        "header_without_hash_first_columns_only",
        Table::People,
        "Name\tAliases\tRole\tCountry\nJon Brack\n",
        1,
        "a header line must start with `#`",
    ),
    (
        "people_row_with_single_spaces",
        Table::People,
        "Zora Quillfeather\nJon Brack Mayor NGA 2020-01-01\n",
        2,
        "no TAB in the row: columns are separated by one TAB",
    ),
    (
        "semicolon_separated_row",
        Table::Countries,
        "QQA;QA;Qualand\n",
        1,
        "no TAB in the row: columns are separated by one TAB",
    ),
    (
        "organisation_row_with_single_spaces",
        Table::Organizations,
        "ACME_PACT Acme Pact grouping\n",
        1,
        "no TAB in the row: columns are separated by one TAB (so `name` is empty)",
    ),
    (
        "trigger_row_with_single_spaces",
        Table::Triggers,
        "brokered a truce AGREE 03 3\n",
        1,
        "no TAB in the row: columns are separated by one TAB (so `plover` is empty)",
    ),
    (
        "negation_row_with_single_spaces",
        Table::Negations,
        "no plans to neg\n",
        1,
        "no TAB in the row: columns are separated by one TAB (so `kind` is empty)",
    ),
    (
        "orgs_unknown_parent_on_a_later_line",
        Table::Organizations,
        "ACME_PACT\tAcme Pact\t\tgrouping\nACME_BODY\tAcme Body\t\tbody\tACME_PAKT\n",
        2,
        "unknown parent organisation `ACME_PAKT`",
    ),
    (
        "people_bad_wikidata",
        Table::People,
        "Jon Brack\t\tMayor\tNGA\t2020-01-01\t\t1234\n",
        1,
        "bad Wikidata id `1234` (expected Q and digits)",
    ),
    (
        "orgs_unknown_parent",
        Table::Organizations,
        "ACME_BODY\tAcme Body\t\tbody\tACME_PACT\t\t\n",
        1,
        "unknown parent organisation `ACME_PACT`",
    ),
    (
        "topics_bad_iptc",
        Table::Topics,
        "fashion\tFashion\tmedtop:123\n",
        1,
        "bad IPTC code `medtop:123` (expected medtop: and eight digits)",
    ),
    ("verbs_no_forms", Table::Verbs, "cancel\tcall off\t\tSANCTION\t16\n", 1, "empty `forms`"),
    (
        "verb_patterns_without_the_verb",
        Table::VerbPatterns,
        "cancel\ttalks\tSANCTION\t164\t3\n",
        1,
        "pattern `talks` must hold exactly one `*` (the verb)",
    ),
    (
        "name_variants_bad_kind",
        Table::NameVariants,
        "prefix\tAbu;Abou\t\n",
        1,
        "bad kind `prefix` (expected word, compound, suffix, hyphen, particle or particle_drop)",
    ),
    (
        "words_unknown_list",
        Table::Words,
        "stop_word\tthe\n",
        1,
        "bad list `stop_word` (expected abbreviation, caption, clause_marker, common_surname, credit, determiner, family_first, fronted, function_word, host_verb, local_noun, name_particle, named_after, named_after_weak, not_name, passive_auxiliary, photo_credit, place_noun, place_preposition, pronoun, relative_pronoun, reporting_verb or target_preposition)",
    ),
    (
        "people_unknown_country_code",
        Table::People,
        "Zora Quillfeather\t\tMayor\tNGA\t2020-01-01\t\nJon Brack\t\tMayor\tZZZ\t2020-01-01\t\n",
        2,
        "unknown country code `ZZZ` in column `country`",
    ),
    (
        "people_bad_start_date_day",
        Table::People,
        "\n\nJon Brack\t\tMayor\tNGA\t2020-02-30\t\n",
        3,
        "bad date `2020-02-30` in column `start`: day out of range",
    ),
    (
        "people_bad_start_date_month",
        Table::People,
        "Jon Brack\t\tMayor\tNGA\t2020-13-01\t\n",
        1,
        "bad date `2020-13-01` in column `start`: month out of range",
    ),
    (
        "people_bad_start_date_year",
        Table::People,
        "Jon Brack\t\tMayor\tNGA\t0000-01-01\t\n",
        1,
        "bad date `0000-01-01` in column `start`: year out of range",
    ),
    (
        "people_bad_start_date_words",
        Table::People,
        "Jon Brack\t\tMayor\tNGA\tlast year\t\n",
        1,
        "bad date `last year` in column `start`: expected YYYY-MM-DD",
    ),
    (
        "people_date_written_day_first",
        Table::People,
        "Jon Brack\t\tMayor\tNGA\t01/02/2020\t\n",
        1,
        "bad date `01/02/2020` in column `start`: expected YYYY-MM-DD",
    ),
    (
        "people_bad_end_date",
        Table::People,
        "Jon Brack\t\tMayor\tNGA\t2020-01-01\t2021/01/01\n",
        1,
        "bad date `2021/01/01` in column `end`: expected YYYY-MM-DD",
    ),
    (
        "people_role_ends_before_it_starts",
        Table::People,
        "# header\nZora Quillfeather\t\tMayor\tNGA\t2020-01-01\t\nJon Brack\t\tMayor\tNGA\t2022-01-01\t2021-12-31\n",
        3,
        "role ends (2021-12-31) before it starts (2022-01-01)",
    ),
    // Organisations.
    ("orgs_empty_id", Table::Organizations, "\tAcme Pact\t\tgrouping\t\t\t\n", 1, "empty `id`"),
    (
        "orgs_duplicate_of_the_embedded",
        Table::Organizations,
        "NATO\tNorth Atlantic Alliance\t\tigo\t\t\t\n",
        1,
        "duplicate organisation id `NATO`",
    ),
    (
        "orgs_duplicate_in_the_file",
        Table::Organizations,
        "ACME_PACT\tAcme Pact\t\tgrouping\t\t\t\nACME_PACT\tAcme Pact II\t\tgrouping\t\t\t\n",
        2,
        "duplicate organisation id `ACME_PACT`",
    ),
    ("orgs_empty_name", Table::Organizations, "ACME_PACT\t\t\tgrouping\t\t\t\n", 1, "empty `name`"),
    (
        "orgs_bad_kind",
        Table::Organizations,
        "ACME_PACT\tAcme Pact\t\tclub\t\t\t\n",
        1,
        "bad kind `club` (expected igo, body, grouping or armed_group)",
    ),
    (
        "orgs_unknown_member_country",
        Table::Organizations,
        "ACME_PACT\tAcme Pact\t\tgrouping\t\tIND;QQQ\t\n",
        1,
        "unknown member country `QQQ`",
    ),
    // Topics.
    ("topics_empty_id", Table::Topics, "\tFashion\t\n", 1, "empty `id`"),
    ("topics_duplicate_of_the_embedded", Table::Topics, "trade\tTrade again\t\n", 1, "duplicate topic id `trade`"),
    (
        "topics_duplicate_in_the_file",
        Table::Topics,
        "fashion\tFashion\t\nfashion\tFashion again\t\n",
        2,
        "duplicate topic id `fashion`",
    ),
    ("topics_empty_label", Table::Topics, "fashion\t\t\n", 1, "empty `label`"),
    // Topic cues.
    ("cues_empty_topic", Table::TopicCues, "\tbarter\t2\n", 1, "empty `topic`"),
    ("cues_unknown_topic", Table::TopicCues, "trade\tbarter\t2\nfashion\tcatwalk\t3\n", 2, "unknown topic `fashion`"),
    ("cues_empty_cue", Table::TopicCues, "trade\t\t2\n", 1, "empty `cue`"),
    ("cues_bad_weight", Table::TopicCues, "trade\tbarter\t4\n", 1, "bad weight `4` (expected 1, 2 or 3)"),
    // Triggers.
    ("triggers_empty_cue", Table::Triggers, "\tAGREE\t03\t2\n", 1, "empty `cue`"),
    (
        "triggers_unknown_plover",
        Table::Triggers,
        "brokered a truce\tAGREE\t03\t2\nhugged\tEMBRACE\t05\t2\n",
        2,
        "unknown PLOVER event type `EMBRACE`",
    ),
    (
        "triggers_bad_cameo",
        Table::Triggers,
        "shook hands\tCONSULT\t4\t2\n",
        1,
        "bad CAMEO code `4` (expected two to four digits)",
    ),
    ("triggers_bad_weight", Table::Triggers, "shook hands\tCONSULT\t04\t5\n", 1, "bad weight `5` (expected 1, 2 or 3)"),
    // Negations.
    ("negations_empty_cue", Table::Negations, "\tneg\n", 1, "empty `cue`"),
    ("negations_bad_kind", Table::Negations, "perhaps\tmaybe\n", 1, "bad kind `maybe` (expected neg or hedge)"),
    // Titles.
    ("titles_empty_title", Table::Titles, "\tMayor\toffice\n", 1, "empty `title`"),
    (
        "titles_bad_kind",
        Table::Titles,
        "Mayor\tMayor\tcivic\n",
        1,
        "bad kind `civic` (expected office, honorific or military)",
    ),
    // Given names.
    ("given_names_lower_case", Table::GivenNames, "van\n", 1, "bad given name `van` (one capitalised word)"),
    ("given_names_two_words", Table::GivenNames, "Mary Ann\n", 1, "bad given name `Mary Ann` (one capitalised word)"),
];

const GOOD_PERSON: &str = "Zora Quillfeather\tQuillfeather\tMayor of Lagos\tNGA\t2020-01-01\t\n";

fn sizes(g: &Gazetteer) -> Vec<usize> {
    Table::ALL.iter().map(|&t| g.len(t)).collect()
}

/// Checks one failed load of `row` (`how`: add_str or add_file, from `file`): the message,
/// the variant, nothing loaded, still usable.
fn check_failure(
    row: &Bad,
    how: &str,
    file: &str,
    g: &mut Gazetteer,
    before: &[usize],
    err: GazetteerError,
) -> Vec<String> {
    let &(name, _, _, line, problem) = row;
    let mut fails = Vec::new();
    let want = format!("{file}:{line}: {problem}");
    if err.to_string() != want {
        fails.push(format!(
            "FAIL gazetteer::BAD_ROWS/{name} [{how}]: message: want {want:?}, got {:?}",
            err.to_string()
        ));
    }
    match &err {
        GazetteerError::Row { file: f, line: l, message } if f == file && *l == line && message == problem => {}
        other => fails.push(format!(
            "FAIL gazetteer::BAD_ROWS/{name} [{how}]: want GazetteerError::Row {{ {file:?}, {line}, .. }}, got {other:?}"
        )),
    }
    if sizes(g) != before {
        fails.push(format!("FAIL gazetteer::BAD_ROWS/{name} [{how}]: half loaded: {before:?} -> {:?}", sizes(g)));
    }
    if g.add_str(Table::People, "good.tsv", GOOD_PERSON).is_err() || g.len(Table::People) != before[4] + 1 {
        fails.push(format!("FAIL gazetteer::BAD_ROWS/{name} [{how}]: not usable after the failed load"));
    }
    fails
}

#[test]
fn bad_rows() {
    assert_eq!(Table::ALL[4], Table::People);
    let mut names: Vec<&str> = BAD_ROWS.iter().map(|r| r.0).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), BAD_ROWS.len(), "two rows of one name");
    let mut fails = Vec::new();
    for (i, row) in BAD_ROWS.iter().enumerate() {
        let &(name, table, rows, _, _) = row;
        // add_str on the embedded gazetteer.
        let mut g = EMBEDDED_GAZETTEER.clone();
        let before = sizes(&g);
        match g.add_str(table, "mine.tsv", rows) {
            Ok(()) => fails.push(format!("FAIL gazetteer::BAD_ROWS/{name} [add_str]: loaded")),
            Err(e) => fails.extend(check_failure(row, "add_str", "mine.tsv", &mut g, &before, e)),
        }
        // add_file on the gazetteer of the data files.
        let f = TempFile::new(&format!("bad{i}.tsv"), rows.as_bytes());
        let file = f.0.display().to_string();
        let mut g = FILE_GAZETTEER.clone();
        let before = sizes(&g);
        match g.add_file(table, &f.0) {
            Ok(()) => fails.push(format!("FAIL gazetteer::BAD_ROWS/{name} [add_file]: loaded")),
            Err(e) => fails.extend(check_failure(row, "add_file", &file, &mut g, &before, e)),
        }
    }
    assert!(fails.is_empty(), "{} failing check(s):\n{}", fails.len(), fails.join("\n"));
}

#[test]
fn add_file_not_utf8() {
    let mut bytes = GOOD_PERSON.as_bytes().to_vec();
    bytes.extend_from_slice(b"Jon Brack\t\tMayor\tNGA\t2020-01-01\t\n");
    bytes.extend_from_slice(b"Jos\xe9 Brack\t\tMayor\tNGA\t2020-01-01\t\n");
    let f = TempFile::new("latin1.tsv", &bytes);
    let mut g = FILE_GAZETTEER.clone();
    let before = sizes(&g);
    let err = g.add_file(Table::People, &f.0).unwrap_err();
    let file = f.0.display().to_string();
    assert_eq!(err.to_string(), format!("{file}:3: invalid UTF-8"), "add_file_not_utf8");
    assert!(matches!(&err, GazetteerError::Utf8 { file: f, line: 3 } if *f == file), "add_file_not_utf8: {err:?}");
    assert_eq!(sizes(&g), before, "add_file_not_utf8: half loaded");
}

#[test]
fn add_file_missing_file() {
    let path = std::env::temp_dir().join("newsevent-rules-no-such-dir").join("absent.tsv");
    let mut g = FILE_GAZETTEER.clone();
    let before = sizes(&g);
    let err = g.add_file(Table::People, &path).unwrap_err();
    let io = std::fs::read(&path).unwrap_err();
    assert_eq!(err.to_string(), format!("{}: cannot read: {io}", path.display()), "add_file_missing_file");
    assert!(
        matches!(&err, GazetteerError::Io { source, .. } if source.kind() == io.kind()),
        "add_file_missing_file: {err:?}"
    );
    assert_eq!(sizes(&g), before, "add_file_missing_file: half loaded");
}

/// What loads: comments, blank lines, CRLF, a byte-order mark, trailing empty columns left
/// out, an empty optional country.
#[test]
fn good_rows_load() {
    let cases: &[(&str, Table, &str, usize)] = &[
        (
            "good_people_file_as_users_write_it",
            Table::People,
            "# name\taliases\trole\tcountry\tstart\tend\n\nZora Quillfeather\tQuillfeather\tMayor of Lagos\tNGA\t2020-01-01\t\r\n\
             Zora Quillfeather\tQuillfeather\tGovernor of Lagos\tNGA\t2015-01-01\t2019-12-31\n\
             Jon Brack\t\tHarbour Master\tNGA\t2021-06-01\n",
            3,
        ),
        ("good_byte_order_mark", Table::Countries, "\u{feff}QQA\tQA\tQualand\n", 1),
        ("good_person_without_country", Table::People, "Jon Brack\t\tSecretary-General\t\t2021-06-01\t\n", 1),
        ("good_person_with_a_name_only", Table::People, "Jon Brack\n", 1),
        ("good_people_with_names_only_and_a_header", Table::People, "# name\nJon Brack\nZora Quillfeather\n", 2),
        ("good_person_with_a_name_and_wikidata", Table::People, "Jon Brack\t\t\t\t\t\tQ42\n", 1),
        ("good_person_name_with_initials", Table::People, "J. R. Brack\n", 1),
        ("good_blocker_with_a_digit", Table::Blockers, "Zed-7\n", 1),
        ("good_person_with_wikidata", Table::People, "Jon Brack\t\tMayor\tNGA\t2020-01-01\t\tQ42\n", 1),
        (
            "good_org_with_parent_in_the_same_file",
            Table::Organizations,
            "ACME_BODY\tAcme Body\t\tbody\tACME_PACT\nACME_PACT\tAcme Pact\n",
            2,
        ),
        ("good_place_with_coordinates", Table::Places, "Port Zed\tJPN\tcity\t\tweak\t40\t15000\t35.5\t139.5\t\n", 1),
        ("good_org_minimal", Table::Organizations, "ACME_PACT\tAcme Pact\n", 1),
        ("good_cue_default_weight", Table::TopicCues, "trade\tbarter\n", 1),
        ("good_trigger_without_cameo", Table::Triggers, "brokered a truce\tAGREE\t\t3\n", 1),
        ("good_title_default_kind", Table::Titles, "Harbour Master\tHarbour Master\n", 1),
        ("good_country_and_forms", Table::Countries, "QQA\tQA\tQualand\n", 1),
        ("good_only_comments", Table::Blockers, "# form\tnote\n\n   \n", 0),
    ];
    for &(name, table, rows, added) in cases {
        let mut g = EMBEDDED_GAZETTEER.clone();
        let before = g.len(table);
        g.add_str(table, "good.tsv", rows).unwrap_or_else(|e| panic!("{name} [add_str]: {e}"));
        assert_eq!(g.len(table), before + added, "{name} [add_str]");
        let f = TempFile::new(&format!("{name}.tsv"), rows.as_bytes());
        let mut g = FILE_GAZETTEER.clone();
        g.add_file(table, &f.0).unwrap_or_else(|e| panic!("{name} [add_file]: {e}"));
        assert_eq!(g.len(table), before + added, "{name} [add_file]");
    }
}

/// A country added in one call is known to the next ones; a table can be replaced.
#[test]
fn tables_build_on_each_other() {
    let mut g = Gazetteer::empty();
    let err = g.add_str(Table::People, "p.tsv", "Jon Brack\t\tMayor\tQQA\t2021-06-01\t\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "p.tsv:1: unknown country code `QQA` in column `country`",
        "people_need_their_country_first"
    );
    g.add_str(Table::Countries, "c.tsv", "QQA\tQA\tQualand\n").unwrap();
    g.add_str(Table::People, "p.tsv", "Jon Brack\t\tMayor\tQQA\t2021-06-01\t\n").expect("people_after_their_country");
    let err = g.add_str(Table::TopicCues, "t.tsv", "fashion\tcatwalk\t3\n").unwrap_err();
    assert_eq!(err.to_string(), "t.tsv:1: unknown topic `fashion`", "cues_need_their_topic_first");
    g.add_str(Table::Topics, "t.tsv", "fashion\tFashion\t\n").unwrap();
    g.add_str(Table::TopicCues, "t.tsv", "fashion\tcatwalk\t3\n").expect("cues_after_their_topic");
    g.clear(Table::People);
    assert_eq!(g.len(Table::People), 0, "clear_drops_a_table");
    assert_eq!(g.len(Table::Countries), 1, "clear_keeps_the_others");
}

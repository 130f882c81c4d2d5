//! Loading user tables: every bad row is reported with its file and line, and nothing
//! of a failed load is kept.

use std::path::PathBuf;

use newsevent::{Extractor, Gazetteer, GazetteerError, Table};

const TABLES: [Table; 11] = [
    Table::Countries,
    Table::CountryForms,
    Table::Cities,
    Table::Blockers,
    Table::People,
    Table::Organizations,
    Table::Topics,
    Table::TopicCues,
    Table::Triggers,
    Table::Negations,
    Table::Titles,
];

fn sizes(g: &Gazetteer) -> Vec<usize> {
    TABLES.iter().map(|&t| g.len(t)).collect()
}

/// A temp file of our own, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        let dir = std::env::temp_dir().join(format!("newsevent-gz-tests-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        let _ = self.0.parent().map(std::fs::remove_dir);
    }
}

/// (table, rows, line of the bad row, a word the message must contain)
type Bad = (Table, &'static str, usize, &'static str);

const GOOD_PERSON: &str = "Zora Quillfeather\tQuillfeather\tMayor of Lagos\tNGA\t2020-01-01\t\n";

const BAD_ROWS: &[Bad] = &[
    // Too many columns.
    (
        Table::People,
        "# name\taliases\trole\tcountry\tstart\tend\nZora Quillfeather\t\tMayor\tNGA\t2020-01-01\t\nJon Brack\t\tMayor\tNGA\t2020-01-01\t\textra\n",
        3,
        "columns",
    ),
    (Table::Organizations, "ACME_PACT\tAcme Pact\t\tgrouping\t\t\t\tQ1\textra\n", 1, "columns"),
    (Table::TopicCues, "trade\tbarter\t2\t9\n", 1, "columns"),
    // Unknown ISO3 code.
    (Table::People, "Zora Quillfeather\t\tMayor\tNGA\t2020-01-01\t\nJon Brack\t\tMayor\tZZZ\t2020-01-01\t\n", 2, "ZZZ"),
    (Table::Cities, "Springfield\tUSA\tcity\t\t\nNew Atlantis\tATL\tcity\t\t\n", 2, "ATL"),
    (Table::CountryForms, "Ruritanian\tRUR\tdemonym\t\n", 1, "RUR"),
    (Table::Organizations, "ACME_PACT\tAcme Pact\t\tgrouping\t\tIND;QQQ\t\n", 1, "QQQ"),
    // Bad dates.
    (Table::People, "\n\nJon Brack\t\tMayor\tNGA\t2020-02-30\t\n", 3, "2020-02-30"),
    (Table::People, "Jon Brack\t\tMayor\tNGA\tlast year\t\n", 1, "last year"),
    (Table::People, "Jon Brack\t\tMayor\tNGA\t2020-01-01\t2021/01/01\n", 1, "2021/01/01"),
    // End before start.
    (Table::People, "# header\nZora Quillfeather\t\tMayor\tNGA\t2020-01-01\t\nJon Brack\t\tMayor\tNGA\t2022-01-01\t2021-12-31\n", 3, "before"),
    // Duplicate organisation ids: with the embedded table, and within the file.
    (Table::Organizations, "NATO\tNorth Atlantic Alliance\t\tigo\t\t\t\n", 1, "NATO"),
    (Table::Organizations, "ACME_PACT\tAcme Pact\t\tgrouping\t\t\t\nACME_PACT\tAcme Pact II\t\tgrouping\t\t\t\n", 2, "ACME_PACT"),
    // Unknown topic in topic cues.
    (Table::TopicCues, "trade\tbarter\t2\nfashion\tcatwalk\t3\n", 2, "fashion"),
    // Bad PLOVER code in triggers.
    (Table::Triggers, "brokered a truce\tAGREE\t03\t2\nhugged\tEMBRACE\t05\t2\n", 2, "EMBRACE"),
    (Table::Triggers, "shook hands\tCONSULT\t4\t2\n", 1, "`4`"),
    // Missing required cell.
    (Table::People, "Jon Brack\t\t\tNGA\t2020-01-01\t\n", 1, "role"),
];

#[test]
fn bad_rows_via_add_str() {
    for &(table, rows, line, word) in BAD_ROWS {
        let mut g = Gazetteer::embedded();
        let before = sizes(&g);
        let err = g.add_str(table, "mine.tsv", rows).expect_err(rows);
        let msg = err.to_string();
        assert!(msg.starts_with(&format!("mine.tsv:{line}: ")), "{rows:?}: {msg}");
        assert!(msg.contains(word), "{rows:?}: {msg} does not mention {word:?}");
        match &err {
            GazetteerError::Row { file, line: l, message } => {
                assert_eq!((file.as_str(), *l), ("mine.tsv", line), "{rows:?}");
                assert!(!message.is_empty());
            }
            other => panic!("{rows:?}: expected GazetteerError::Row, got {other:?}"),
        }
        assert_eq!(sizes(&g), before, "{rows:?}: half loaded");
        // The gazetteer is still usable after the failure.
        g.add_str(Table::People, "good.tsv", GOOD_PERSON).unwrap();
        assert_eq!(g.len(Table::People), before[4] + 1);
    }
}

#[test]
fn bad_rows_via_add_file() {
    for (i, &(table, rows, line, word)) in BAD_ROWS.iter().enumerate() {
        let f = TempFile::new(&format!("mine{i}.tsv"), rows.as_bytes());
        let mut g = Gazetteer::embedded();
        let before = sizes(&g);
        let err = g.add_file(table, &f.0).expect_err(rows);
        let msg = err.to_string();
        let name = f.0.display().to_string();
        assert!(msg.starts_with(&format!("{name}:{line}: ")), "{msg}");
        assert!(msg.contains(&format!("mine{i}.tsv:{line}: ")), "{msg}");
        assert!(msg.contains(word), "{msg}");
        assert!(matches!(err, GazetteerError::Row { line: l, .. } if l == line), "{err:?}");
        assert_eq!(sizes(&g), before, "{rows:?}: half loaded");
    }
}

#[test]
fn invalid_utf8_file() {
    let mut bytes = GOOD_PERSON.as_bytes().to_vec();
    bytes.extend_from_slice(b"Jon Brack\t\tMayor\tNGA\t2020-01-01\t\n");
    bytes.extend_from_slice(b"Jos\xe9 Brack\t\tMayor\tNGA\t2020-01-01\t\n");
    let f = TempFile::new("latin1.tsv", &bytes);
    let mut g = Gazetteer::embedded();
    let before = sizes(&g);
    let err = g.add_file(Table::People, &f.0).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("latin1.tsv:3: "), "{msg}");
    assert!(msg.to_lowercase().contains("utf-8"), "{msg}");
    match err {
        GazetteerError::Utf8 { file, line } => {
            assert_eq!(line, 3);
            assert!(file.ends_with("latin1.tsv"), "{file}");
        }
        other => panic!("expected GazetteerError::Utf8, got {other:?}"),
    }
    assert_eq!(sizes(&g), before);
}

#[test]
fn missing_file_is_io_error() {
    let path = std::env::temp_dir().join("newsevent-gz-tests-no-such-dir").join("absent.tsv");
    let mut g = Gazetteer::embedded();
    let before = sizes(&g);
    let err = g.add_file(Table::People, &path).unwrap_err();
    assert!(err.to_string().starts_with(&format!("{}: ", path.display())), "{err}");
    assert!(matches!(err, GazetteerError::Io { .. }), "{err:?}");
    assert_eq!(sizes(&g), before);
}

#[test]
fn good_file_loads_and_its_person_is_found() {
    let rows = "# name\taliases\trole\tcountry\tstart\tend\n\
                \n\
                Zora Quillfeather\tQuillfeather\tMayor of Lagos\tNGA\t2020-01-01\t\r\n\
                Zora Quillfeather\tQuillfeather\tGovernor of Lagos\tNGA\t2015-01-01\t2019-12-31\n\
                Jon Brack\t\tHarbour Master\tNGA\t2021-06-01\n";
    let f = TempFile::new("good.tsv", rows.as_bytes());
    let mut g = Gazetteer::embedded();
    let before = g.len(Table::People);
    g.add_file(Table::People, &f.0).unwrap();
    assert_eq!(g.len(Table::People), before + 3);
    let x = Extractor::new(g).unwrap();

    let text =
        " date 2023-02-01 Zora Quillfeather opened the new market in Lagos. Quillfeather said traders were pleased.";
    let e = x.extract(text);
    let p = e.people.iter().find(|p| p.name == "Zora Quillfeather").expect("person found");
    assert_eq!(
        (p.role.as_deref(), p.country.as_deref(), p.count, p.known),
        (Some("Mayor of Lagos"), Some("NGA"), 2, true)
    );

    let e = x.extract(" date 2017-02-01 Zora Quillfeather opened the new market in Lagos.");
    assert_eq!(e.people[0].role.as_deref(), Some("Governor of Lagos"));

    let e = x.extract(" date 2023-02-01 Jon Brack inspected the port.");
    assert_eq!(e.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Jon Brack"]);
}

#[test]
fn good_organisation_topic_cue_and_trigger_rows_load() {
    let mut g = Gazetteer::embedded();
    g.add_str(Table::Organizations, "orgs.tsv", "ACME_PACT\tAcme Pact\tthe Pact;APx\tgrouping\t\tIND;JPN\t\n").unwrap();
    g.add_str(Table::TopicCues, "cues.tsv", "trade\tbarter deal\t3\ntrade\tbarter deals\t3\n").unwrap();
    g.add_str(Table::Triggers, "trig.tsv", "brokered a truce\tAGREE\t03\t3\n").unwrap();
    let x = Extractor::new(g).unwrap();
    let e = x.extract("Members of the Acme Pact met. The barter deal and two more barter deals were signed.");
    assert_eq!(e.organizations.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), ["ACME_PACT"]);
    assert!(e.topics.iter().any(|t| t.id == "trade" && t.count >= 2), "{:?}", e.topics);
    let e = x.extract(" date 2024-03-05 Qatar brokered a truce between Israel and Hamas on Monday.");
    assert_eq!(e.kind.map(|k| k.code), Some(newsevent::Plover::Agree));
}

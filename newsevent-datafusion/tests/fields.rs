//! The struct `extract_event` returns, field by field, against `newsevent::Event`.

mod common;

use std::sync::Arc;

use common::{context_with, json_rows, query, temp_dir, texts};
use datafusion::arrow::array::{Array, AsArray};
use datafusion::arrow::datatypes::DataType;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use newsevent::{Extractor, Gazetteer, Table};
use serde_json::{Value, json};

/// The JSON of an event as serde writes it (the crate's contract).
fn serde_json_of(text: &str) -> Value {
    serde_json::to_value(newsevent::extract_event(text)).unwrap()
}

#[tokio::test]
async fn every_field_matches_the_event_through_sql() {
    let texts = texts();
    let ctx = context_with(&texts.iter().cloned().map(Some).collect::<Vec<_>>());
    let rows = query(&ctx, "SELECT extract_event(text) AS event FROM t ORDER BY idx").await;
    assert_eq!(rows.len(), texts.len());
    for (text, row) in texts.iter().zip(&rows) {
        assert_eq!(row["event"], serde_json_of(text), "text: {text:.60}");
    }
    // The texts do reach every part of the event.
    let has = |f: &dyn Fn(&Value) -> bool| rows.iter().any(|r| f(&r["event"]));
    assert!(has(&|e| e["kind"]["trigger"]["span"].is_array()));
    assert!(has(&|e| e["when"]["start"].is_string() && e["when"]["end"].is_string()));
    assert!(has(&|e| e["people"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["wikidata"].is_string() && p["role"].is_string())));
    assert!(has(&|e| e["topics"].as_array().unwrap().iter().any(|t| t["iptc"].is_string())));
    assert!(has(&|e| !e["organizations"].as_array().unwrap().is_empty()));
    assert!(has(&|e| !e["actors"].as_array().unwrap().is_empty()));
    // (`source` and `target` are compared above; the extractor leaves them empty for now.)
}

#[test]
fn events_to_array_matches_the_event() {
    let texts = texts();
    let events: Vec<_> = texts.iter().map(|t| newsevent::extract_event(t)).collect();
    let rows: Vec<_> = events.iter().map(Some).collect();
    let array = newsevent_datafusion::events_to_array(&rows).unwrap();
    assert_eq!(array.data_type(), &newsevent_datafusion::event_type());
    let batch = datafusion::arrow::array::RecordBatch::try_from_iter([("event", Arc::new(array) as _)]).unwrap();
    for (e, row) in events.iter().zip(json_rows(&[batch])) {
        assert_eq!(row["event"], serde_json::to_value(e).unwrap());
    }
}

#[tokio::test]
async fn sql_reaches_nested_fields_with_their_types() {
    let ctx = context_with(&[Some(
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/article.txt")).unwrap(),
    )]);
    let e = newsevent::extract_event(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/article.txt")).unwrap(),
    );
    let df = ctx
        .sql(
            "SELECT ev['kind']['code'] AS code, ev['kind']['cameo'] AS cameo, ev['kind']['trigger']['span'][1] AS trigger_start,
                    ev['date'] AS date, ev['when']['end'] AS when_end, ev['location']['lat'] AS lat,
                    ev['location']['geonames'] AS geonames, ev['actors'][1] AS first_actor,
                    cardinality(ev['countries']) AS n_countries, ev['countries'][1]['count'] AS top_count
             FROM (SELECT extract_event(text) AS ev FROM t)",
        )
        .await
        .unwrap();
    let types: Vec<DataType> = df.schema().fields().iter().map(|f| f.data_type().clone()).collect();
    assert_eq!(
        types,
        [
            DataType::Utf8,
            DataType::Utf8,
            DataType::UInt64,
            DataType::Date32,
            DataType::Date32,
            DataType::Float64,
            DataType::UInt64,
            DataType::Utf8,
            DataType::UInt64,
            DataType::UInt64
        ]
    );
    let row = json_rows(&df.collect().await.unwrap()).remove(0);
    let kind = e.kind.as_ref().unwrap();
    let (location, when) = (e.location.as_ref().unwrap(), e.when.as_ref().unwrap());
    assert_eq!(row["code"], kind.code.as_str());
    assert_eq!(row["cameo"], json!(kind.cameo));
    assert_eq!(row["trigger_start"], kind.trigger.span.start);
    assert_eq!(row["date"], e.date.unwrap().to_string());
    assert_eq!(row["when_end"], json!(when.end.map(|d| d.to_string())));
    assert_eq!(row["lat"], json!(location.lat));
    assert_eq!(row["geonames"], json!(location.geonames));
    assert_eq!(row["first_actor"], e.actors[0]);
    assert_eq!(row["n_countries"], e.countries.len());
    assert_eq!(row["top_count"], e.countries[0].count);
}

#[tokio::test]
async fn unnest_gives_one_row_per_mention() {
    let texts = texts();
    let ctx = context_with(&texts.iter().cloned().map(Some).collect::<Vec<_>>());
    let rows = query(
        &ctx,
        "SELECT idx, p['name'] AS name, p['role'] AS role, p['country'] AS country, p['count'] AS count,
                p['known'] AS known, p['wikidata'] AS wikidata, p['spans'] AS spans
         FROM (SELECT idx, unnest(extract_event(text)['people']) AS p FROM t) ORDER BY idx, name",
    )
    .await;
    let mut expected: Vec<Value> = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        let mut people = newsevent::extract_event(t).people;
        people.sort_by(|a, b| a.name.cmp(&b.name));
        for p in people {
            let mut p = serde_json::to_value(p).unwrap();
            p["idx"] = json!(i);
            expected.push(p);
        }
    }
    assert!(expected.len() > 5);
    assert_eq!(rows, expected);
}

#[tokio::test]
async fn a_null_text_gives_a_null_row_and_null_fields() {
    let ctx = context_with(&[Some("India and Japan held talks in Tokyo.".into()), None, Some(String::new())]);
    let rows = query(
        &ctx,
        "SELECT extract_event(text) IS NULL AS is_null, extract_event(text)['headline'] AS headline,
                extract_event(text)['kind']['code'] AS code, extract_event(text)['location']['span'] AS span,
                cardinality(extract_event(text)['countries']) AS n
         FROM t ORDER BY idx",
    )
    .await;
    assert_eq!(
        rows[0],
        json!({"is_null": false, "headline": "India and Japan held talks in Tokyo.", "code": "CONSULT", "span": [30, 35], "n": 2})
    );
    assert_eq!(rows[1], json!({"is_null": true, "headline": null, "code": null, "span": null, "n": null}));
    assert_eq!(rows[2], json!({"is_null": false, "headline": "", "code": null, "span": null, "n": 0}));
    // A literal NULL, too.
    let rows = query(&ctx, "SELECT extract_event(NULL) IS NULL AS n, extract_event(NULL)['topics'] AS topics").await;
    assert_eq!(rows, [json!({"n": true, "topics": null})]);
}

#[tokio::test]
async fn a_literal_text_is_extracted_once_as_a_scalar() {
    let ctx = SessionContext::new();
    newsevent_datafusion::register(&ctx);
    let rows =
        query(&ctx, "SELECT extract_event('Pakistan condemned the attack on Tuesday.')['kind']['trigger'] AS trigger")
            .await;
    assert_eq!(rows, [json!({"trigger": {"text": "condemned the attack", "span": [9, 29]}})]);
}

#[tokio::test]
async fn every_string_type_is_accepted() {
    let ctx = context_with(&[Some("The EU imposed sanctions on Belarus.".into())]);
    for cast in [
        "text",
        "arrow_cast(text, 'LargeUtf8')",
        "arrow_cast(text, 'Utf8View')",
        "arrow_cast(text, 'Dictionary(Int32, Utf8)')",
    ] {
        let rows = query(&ctx, &format!("SELECT extract_event({cast})['kind']['code'] AS code FROM t")).await;
        assert_eq!(rows, [json!({"code": "SANCTION"})], "{cast}");
    }
}

#[tokio::test]
async fn a_reference_date_resolves_when() {
    let ctx = context_with(&[
        Some("Protesters marched in Havana yesterday.".into()),
        Some(" date 2020-01-10 Protesters marched in Havana yesterday.".into()),
    ]);
    let start = |rows: Vec<Value>| rows.into_iter().map(|r| r["start"].clone()).collect::<Vec<_>>();
    for reference in
        ["DATE '2021-07-12'", "'2021-07-12'", "arrow_cast('2021-07-12', 'Utf8View')", "CAST('2021-07-12' AS TIMESTAMP)"]
    {
        let sql = format!("SELECT extract_event(text, {reference})['when']['start'] AS start FROM t ORDER BY idx");
        // The text's own date wins over the reference.
        assert_eq!(start(query(&ctx, &sql).await), [json!("2021-07-11"), json!("2020-01-09")], "{reference}");
    }
    // No reference, a null one, or one that is not a date: the extractor's own (none).
    for reference in ["NULL", "'not a date'", "'2021-02-30'"] {
        let sql = format!("SELECT extract_event(text, {reference})['when']['start'] AS start FROM t ORDER BY idx");
        assert_eq!(start(query(&ctx, &sql).await), [Value::Null, json!("2020-01-09")], "{reference}");
    }
    // A reference per row.
    let sql = "SELECT extract_event(text, CASE WHEN idx = 0 THEN DATE '2021-07-12' ELSE DATE '1999-01-01' END)['when']['start'] AS start FROM t ORDER BY idx";
    assert_eq!(start(query(&ctx, sql).await), [json!("2021-07-11"), json!("2020-01-09")]);
}

#[tokio::test]
async fn wrong_arguments_are_errors_not_panics() {
    let ctx = context_with(&[Some("text".into())]);
    for sql in [
        "SELECT extract_event() FROM t",
        "SELECT extract_event(1) FROM t",
        "SELECT extract_event(text, text, text) FROM t",
        "SELECT extract_event(text, 3.5) FROM t",
        "SELECT extract_event(text)['no_such_field'] FROM t",
    ] {
        let result = match ctx.sql(sql).await {
            Ok(df) => df.collect().await.map(|_| ()),
            Err(e) => Err(e),
        };
        assert!(result.is_err(), "{sql}");
    }
}

#[tokio::test]
async fn a_users_gazetteer_is_used() {
    let mut g = Gazetteer::embedded();
    g.add_str(Table::Organizations, "mine.tsv", "ACME_PACT\tAcme Pact\tthe Pact\tgrouping\t\t\t\n").unwrap();
    let ctx = SessionContext::new();
    newsevent_datafusion::register_with(&ctx, Extractor::new(g.clone()).unwrap());
    let rows =
        query(&ctx, "SELECT extract_event('Members of the Acme Pact met.')['organizations'][1]['id'] AS id").await;
    assert_eq!(rows, [json!({"id": "ACME_PACT"})]);
    // And through the gazetteer variant, which reports a table that does not build.
    let ctx = SessionContext::new();
    newsevent_datafusion::register_with_gazetteer(&ctx, g).unwrap();
    let rows =
        query(&ctx, "SELECT extract_event('Members of the Acme Pact met.')['organizations'][1]['name'] AS name").await;
    assert_eq!(rows, [json!({"name": "Acme Pact"})]);
}

#[tokio::test]
async fn a_place_with_coordinates_fills_lat_lon_and_geonames() {
    // The embedded places carry no coordinates yet: add a city that has them.
    let mut g = Gazetteer::embedded();
    g.add_str(Table::Places, "mine.tsv", "Testville\tJPN\tcity\t\t\t\t100000\t35.5\t139.25\t1234567\n").unwrap();
    let x = Extractor::new(g).unwrap();
    let text = "Leaders of India and Japan held talks in Testville on Monday.";
    let expected = serde_json::to_value(x.extract(text)).unwrap();
    assert_eq!(expected["location"]["geonames"], 1234567, "{expected}");
    let ctx = SessionContext::new();
    newsevent_datafusion::register_with(&ctx, x);
    let rows = query(&ctx, &format!("SELECT extract_event('{text}') AS e")).await;
    assert_eq!(rows[0]["e"], expected);
    let rows = query(&ctx, &format!("SELECT extract_event('{text}')['location']['lon'] AS lon")).await;
    assert_eq!(rows[0]["lon"], 139.25);
}

#[tokio::test]
async fn events_survive_a_parquet_round_trip() {
    let texts = texts();
    let ctx = context_with(&texts.iter().cloned().map(Some).collect::<Vec<_>>());
    let dir = temp_dir("parquet");
    let path = dir.join("events.parquet");
    let path = path.to_str().unwrap();
    ctx.sql(&format!("COPY (SELECT idx, extract_event(text) AS event FROM t) TO '{path}'"))
        .await
        .unwrap()
        .collect()
        .await
        .unwrap();
    let back = SessionContext::new();
    back.register_parquet("events", path, ParquetReadOptions::default()).await.unwrap();
    let df = back.sql("SELECT event FROM events ORDER BY idx").await.unwrap();
    let batches = df.collect().await.unwrap();
    let column = batches[0].column(0);
    assert_eq!(column.data_type(), &newsevent_datafusion::event_type());
    assert!(column.as_struct().column_by_name("people").is_some());
    let rows = json_rows(&batches);
    assert_eq!(rows.len(), texts.len());
    for (text, row) in texts.iter().zip(rows) {
        assert_eq!(row["event"], serde_json_of(text));
    }
    std::fs::remove_dir_all(dir).unwrap();
}

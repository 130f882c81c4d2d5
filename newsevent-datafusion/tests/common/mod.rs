//! Texts and helpers shared by the tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use datafusion::arrow::array::{ArrayRef, RecordBatch, StringArray, UInt32Array};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::arrow::json::writer::{LineDelimited, WriterBuilder};
use datafusion::datasource::MemTable;
use datafusion::prelude::SessionContext;
use serde_json::Value;

/// Our own texts (none from real articles): the crate's examples and fixtures, sentences
/// that exercise each part of the event, and odd inputs.
pub fn texts() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).unwrap();
    let mut texts = vec![read("examples/article.txt"), read("tests/fixtures/long_article.txt")];
    texts.extend(
        [
            " date 2022-04-04 Stage is set for the Indo-Japan 2+2 Ministerial level talks later this month.",
            "date 2022-04-04 Prime Minister Narendra Modi spoke. Modi said more.",
            "Leaders of India and Japan held talks in Tokyo on Monday.",
            "Russia's foreign minister Sergei Lavrov met his Indian counterpart in New Delhi.",
            "Pakistan condemned the attack on Tuesday.",
            "The EU imposed sanctions on Belarus.",
            "Thousands of protesters marched in Havana on Sunday.",
            "NATO allies met as the Quad held a summit.",
            "The navies began joint naval exercises. The drills include anti-submarine warfare drills and war games.",
            "date 2024-08-19 Ukraine's army launched drones at Moscow overnight, Russia said.",
            "",
            "   ",
            "no entities here at all",
            "<p>HTML &amp; <b>tags</b> around India</p>",
            "\u{0}\r lone carriage return, Erdoğan and ERDOGAN",
            "مرحبا بالعالم India",
        ]
        .map(String::from),
    );
    texts.push("President ".repeat(500));
    texts
}

/// A context with `extract_event` and the table `t(idx, text)` of `texts` (in memory).
pub fn context_with(texts: &[Option<String>]) -> SessionContext {
    let ctx = SessionContext::new();
    newsevent_datafusion::register(&ctx);
    let schema = Arc::new(Schema::new(vec![
        Field::new("idx", DataType::UInt32, false),
        Field::new("text", DataType::Utf8, true),
    ]));
    let idx: ArrayRef = Arc::new(UInt32Array::from_iter_values(0..texts.len() as u32));
    let text: ArrayRef = Arc::new(texts.iter().map(|t| t.as_deref()).collect::<StringArray>());
    let batch = RecordBatch::try_new(schema.clone(), vec![idx, text]).unwrap();
    // Two partitions, so that both run the function.
    let (a, b) = (
        batch.slice(0, batch.num_rows() / 2),
        batch.slice(batch.num_rows() / 2, batch.num_rows() - batch.num_rows() / 2),
    );
    ctx.register_table("t", Arc::new(MemTable::try_new(schema, vec![vec![a], vec![b]]).unwrap())).unwrap();
    ctx
}

/// Rows as JSON objects (Arrow's JSON writer, nulls written), in order.
pub fn json_rows(batches: &[RecordBatch]) -> Vec<Value> {
    let mut buf = Vec::new();
    let mut w = WriterBuilder::new().with_explicit_nulls(true).build::<_, LineDelimited>(&mut buf);
    for b in batches {
        w.write(b).unwrap();
    }
    w.finish().unwrap();
    drop(w);
    String::from_utf8(buf).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// Runs `sql` on `ctx` and returns its rows as JSON.
pub async fn query(ctx: &SessionContext, sql: &str) -> Vec<Value> {
    let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
    json_rows(&batches)
}

/// A fresh directory under the system's temporary one, for this test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsevent-datafusion-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `texts` as JSONL lines `{"id": "a00", "text": ...}`.
pub fn jsonl(texts: &[String]) -> String {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| serde_json::json!({"id": format!("a{i:02}"), "text": t}).to_string() + "\n")
        .collect()
}

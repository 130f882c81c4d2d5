//! `extract_event` on a Ballista standalone cluster (scheduler and executor in this
//! process) gives the same rows as on local DataFusion.

mod common;

use std::sync::Arc;

use ballista::prelude::{SessionConfigExt, SessionContextExt};
use common::{json_rows, jsonl, temp_dir, texts};
use datafusion::execution::SessionStateBuilder;
use datafusion::execution::registry::FunctionRegistry;
use datafusion::prelude::{JsonReadOptions, SessionConfig, SessionContext};
use serde_json::Value;

const QUERIES: [&str; 3] = [
    // Every field of every event, in order.
    "SELECT id, extract_event(text) AS event FROM articles ORDER BY id",
    // An aggregate, so that the plan has a shuffle between stages.
    "SELECT extract_event(text)['kind']['code'] AS kind, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1 NULLS FIRST",
    // Mentions, unnested.
    "SELECT id, p['name'] AS name, p['role'] AS role, p['count'] AS count
     FROM (SELECT id, unnest(extract_event(text)['people']) AS p FROM articles) ORDER BY id, name",
];

async fn run(ctx: &SessionContext, path: &str) -> Vec<Vec<Value>> {
    ctx.register_json("articles", path, JsonReadOptions::default().file_extension(".jsonl")).await.unwrap();
    let mut out = Vec::new();
    for sql in QUERIES {
        let batches = ctx.sql(sql).await.unwrap().collect().await.unwrap();
        out.push(json_rows(&batches));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ballista_standalone_gives_the_rows_of_local_datafusion() {
    let texts = texts();
    let dir = temp_dir("ballista");
    let path = dir.join("articles.jsonl");
    std::fs::write(&path, jsonl(&texts)).unwrap();
    let path = path.to_str().unwrap();

    let local = SessionContext::new();
    newsevent_datafusion::register(&local);
    let expected = run(&local, path).await;
    assert_eq!(expected[0].len(), texts.len());
    assert!(expected[1].len() > 3 && expected[2].len() > 5);

    // The scheduler and the executor take their functions from this state...
    let mut state =
        SessionStateBuilder::new().with_config(SessionConfig::new_with_ballista()).with_default_features().build();
    state.register_udf(Arc::new(newsevent_datafusion::udf())).unwrap();
    let ballista = SessionContext::standalone_with_state(state).await.unwrap();
    // ...and the client's Ballista upgrade of the state does not keep it: register again.
    newsevent_datafusion::register(&ballista);
    let got = run(&ballista, path).await;

    for (i, (got, expected)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(got, expected, "query {i}: {}", QUERIES[i]);
    }
    std::fs::remove_dir_all(dir).unwrap();
}

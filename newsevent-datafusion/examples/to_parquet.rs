//! The events of a JSONL file of articles, written to Parquet.
//!
//! ```text
//! cargo run --release -p newsevent-datafusion --example to_parquet -- articles.jsonl events.parquet
//! ```
//!
//! Each input line is `{"id": ..., "text": "..."}`; the Parquet file has the columns `id`
//! and `event` (the struct of `newsevent_datafusion::event_type`, every field of the
//! `Event`), one row per line. Read it back with any Parquet reader, or with
//! `sql events.parquet "SELECT ..."` (the table is then `articles`, its `event` column
//! already extracted).

use std::process::ExitCode;

use datafusion::dataframe::DataFrameWriteOptions;
use datafusion::error::DataFusionError;
use datafusion::prelude::{JsonReadOptions, SessionContext};

async fn run(input: &str, output: &str) -> Result<usize, DataFusionError> {
    let ctx = SessionContext::new();
    newsevent_datafusion::register(&ctx);
    let ext = std::path::Path::new(input).extension().and_then(|e| e.to_str()).map(|e| format!(".{e}"));
    ctx.register_json("articles", input, JsonReadOptions::default().file_extension(ext.as_deref().unwrap_or("")))
        .await?;
    let events = ctx.sql("SELECT id, extract_event(text) AS event FROM articles").await?;
    let written =
        events.write_parquet(output, DataFrameWriteOptions::new().with_single_file_output(true), None).await?;
    // The sink reports one row: the count of rows written.
    let count = written
        .first()
        .and_then(|b| b.column(0).as_any().downcast_ref::<datafusion::arrow::array::UInt64Array>())
        .and_then(|c| c.iter().next().flatten())
        .unwrap_or(0);
    Ok(count as usize)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: to_parquet IN.jsonl OUT.parquet");
        return ExitCode::from(2);
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("to_parquet: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(input, output)) {
        Ok(n) => {
            eprintln!("to_parquet: {n} events written to {output}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("to_parquet: {}", e.to_string().replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}

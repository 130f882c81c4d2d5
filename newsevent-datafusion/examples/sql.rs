//! The `sql` command: SQL over a file of articles, rows out as JSON lines.
//!
//! ```text
//! cargo run --release -p newsevent-datafusion --example sql -- articles.jsonl \
//!     "SELECT id, extract_event(text)['kind']['code'] AS kind FROM articles"
//! ```
//!
//! FILE is registered as the table `articles`: JSONL (one `{"id": ..., "text": "..."}` a
//! line; other keys become columns too) or, when its name ends in `.parquet`, Parquet with
//! such columns. A directory of such files works too. Each result row is printed as one
//! JSON object with the selected columns as keys (nulls included), as the rows come.
//! Rows come in no set order unless the query has an `ORDER BY`. Exit status 0 on success,
//! 2 for unusable arguments, 1 when the query fails, each with a one-line error on stderr.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use datafusion::arrow::json::writer::{LineDelimited, WriterBuilder};
use datafusion::error::DataFusionError;
use datafusion::prelude::{JsonReadOptions, ParquetReadOptions, SessionContext};
use futures::StreamExt;

const USAGE: &str = "usage: sql FILE \"SQL\"  (FILE: JSONL with id and text, or .parquet)";

async fn run(file: &str, sql: &str) -> Result<(), DataFusionError> {
    let ctx = SessionContext::new();
    newsevent_datafusion::register(&ctx);
    if file.ends_with(".parquet") {
        ctx.register_parquet("articles", file, ParquetReadOptions::default()).await?;
    } else {
        // The listing table selects files by extension: take the file's own.
        let ext = std::path::Path::new(file).extension().and_then(|e| e.to_str()).map(|e| format!(".{e}"));
        let options = JsonReadOptions::default().file_extension(ext.as_deref().unwrap_or(""));
        ctx.register_json("articles", file, options).await?;
    }
    let mut stream = ctx.sql(sql).await?.execute_stream().await?;
    let stdout = io::stdout();
    let mut out =
        WriterBuilder::new().with_explicit_nulls(true).build::<_, LineDelimited>(BufWriter::new(stdout.lock()));
    while let Some(batch) = stream.next().await {
        out.write(&batch?)?;
    }
    out.finish()?;
    out.into_inner().flush()?;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, sql] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("sql: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(file, sql)) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is not a failure.
        Err(DataFusionError::IoError(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sql: {}", e.to_string().replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}

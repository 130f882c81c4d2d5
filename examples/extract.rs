//! The `extract` command: one article to a pretty JSON event, or JSONL in, JSONL out.
//!
//! ```text
//! cargo run --release --example extract -- article.txt            # pretty JSON Event
//! cargo run --release --example extract -- < article.txt          # same, from stdin
//! cargo run --release --example extract -- --jsonl < in.jsonl > out.jsonl
//! cargo run --release --example extract -- --date 2024-08-19 article.txt
//! ```
//!
//! `--jsonl`: each input line is `{"id": ..., "text": "..."}`; each output line is
//! `{"id": ..., "event": {...}}`, or `{"id": ..., "error": "..."}` for a line that is not
//! valid JSON, lacks a string `text` or is blank. Input is streamed in batches, so a
//! 1 GB file is never held in memory; with the `rayon` feature each batch uses all cores.
//! Exit status 0 when every line was processed; 2 for unusable arguments, 1 for an
//! unreadable file, each with a one-line error on stderr.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use newsevent::{Date, Event, Extractor};
use serde::Serialize;
use serde_json::Value;

const USAGE: &str = "usage: extract [--jsonl] [--date YYYY-MM-DD] [FILE]";
const BATCH: usize = 512;

struct Args {
    jsonl: bool,
    date: Option<Date>,
    file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { jsonl: false, date: None, file: None };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--date" => {
                let v = it.next().ok_or("--date needs a value (YYYY-MM-DD)")?;
                args.date = Some(v.parse().map_err(|e| format!("--date: {e}"))?);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--date=") => {
                args.date = Some(s["--date=".len()..].parse().map_err(|e| format!("--date: {e}"))?);
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option `{s}`; {USAGE}")),
            s => {
                if args.file.is_some() {
                    return Err(format!("more than one file given; {USAGE}"));
                }
                if s != "-" {
                    args.file = Some(s.to_string());
                }
            }
        }
    }
    Ok(args)
}

#[derive(Serialize)]
struct EventLine<'a> {
    id: &'a Value,
    event: &'a Event,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    id: &'a Value,
    error: &'a str,
}

/// One input line, parsed: its id, and its text or what is wrong with it.
fn parse_line(raw: &[u8]) -> (Value, Result<String, String>) {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let Ok(line) = std::str::from_utf8(raw) else {
        return (Value::Null, Err("line is not valid UTF-8".into()));
    };
    if line.trim().is_empty() {
        return (Value::Null, Err("blank line".into()));
    }
    let obj: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return (Value::Null, Err(format!("invalid JSON: {e}"))),
    };
    let id = obj.get("id").cloned().unwrap_or(Value::Null);
    match obj.get("text") {
        Some(Value::String(s)) => (id, Ok(s.clone())),
        Some(_) => (id, Err("`text` is not a string".into())),
        None => (id, Err("missing `text`".into())),
    }
}

fn run_jsonl(x: &Extractor, reference: Option<Date>, input: Box<dyn Read>, size: Option<u64>) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let progress = io::stderr().is_terminal();
    let started = Instant::now();
    let (mut articles, mut bytes) = (0u64, 0u64);
    let mut eof = false;
    while !eof {
        let mut batch: Vec<(Value, Result<String, String>)> = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            let mut raw = Vec::new();
            if reader.read_until(b'\n', &mut raw)? == 0 {
                eof = true;
                break;
            }
            bytes += raw.len() as u64;
            batch.push(parse_line(&raw));
        }
        let texts: Vec<&str> = batch.iter().filter_map(|(_, t)| t.as_deref().ok()).collect();
        let events = x.extract_batch_with_reference(&texts, reference);
        let mut events = events.into_iter();
        for (id, text) in &batch {
            match text {
                Ok(_) => {
                    let event = events.next().unwrap_or_default();
                    serde_json::to_writer(&mut out, &EventLine { id, event: &event })?;
                }
                Err(error) => serde_json::to_writer(&mut out, &ErrorLine { id, error })?,
            }
            out.write_all(b"\n")?;
        }
        articles += batch.len() as u64;
        if progress {
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            let mbs = bytes as f64 / 1e6 / secs;
            let eta = size
                .filter(|&s| s > bytes && mbs > 0.0)
                .map(|s| format!(", ETA {:.0} s", (s - bytes) as f64 / 1e6 / mbs))
                .unwrap_or_default();
            eprint!("\r{articles} articles, {mbs:.1} MB/s{eta}   ");
        }
    }
    if progress {
        eprintln!();
    }
    out.flush()
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let (input, size): (Box<dyn Read>, Option<u64>) = match &args.file {
        Some(path) => match File::open(path) {
            Ok(f) => {
                let size = f.metadata().ok().map(|m| m.len());
                (Box::new(f), size)
            }
            Err(e) => {
                eprintln!("extract: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        },
        None => (Box::new(io::stdin()), None),
    };
    let x = newsevent::default_extractor();
    let result = if args.jsonl {
        run_jsonl(x, args.date, input, size)
    } else {
        let mut input = input;
        let mut bytes = Vec::new();
        match input.read_to_end(&mut bytes) {
            Ok(_) => {
                let text = String::from_utf8_lossy(&bytes);
                let event = x.extract_with_reference(&text, args.date);
                let json = serde_json::to_string_pretty(&event).unwrap_or_default();
                println!("{json}");
                Ok(())
            }
            Err(e) => Err(e),
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::from(1)
        }
    }
}

//! The `extract` command: one article to a pretty JSON event, or JSONL in, JSONL out.
//!
//! ```text
//! cargo run --release --example extract -- article.txt            # pretty JSON Event
//! cargo run --release --example extract -- < article.txt          # same, from stdin
//! cargo run --release --example extract -- --jsonl < in.jsonl > out.jsonl
//! cargo run --release --example extract -- --date 2024-08-19 article.txt
//! cargo install --path . --example extract                         # then: extract --help
//! ```
//!
//! `--jsonl`: each input line is `{"id": ..., "text": "..."}`; each output line is
//! `{"id": ..., "event": {...}}`, or `{"id": ..., "error": "line N: ..."}` for a line that
//! is not valid JSON, not an object with a string `text`, blank or not UTF-8. A reader
//! thread reads ahead; each batch holds the lines already waiting (at most 512), so a
//! program that writes one line at a time gets its answer as soon as that line is done,
//! and a 1 GB file is never held in memory. With the `rayon` feature each batch uses all
//! cores.
//!
//! Exit status 0 when every article or line was processed; 1 when the input cannot be
//! read or the output cannot be written; 2 for unusable arguments; each failure is one
//! line on stderr. A closed pipe (`extract FILE | head`) ends the run quietly with 0.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use newsevent::{DATA_VERSION, Date, Event, Extractor};
use serde::Serialize;
use serde_json::Value;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};

const HELP: &str = "\
extract: a news article in, one structured event out (JSON)

usage:
  extract [--date YYYY-MM-DD] [FILE]            one article (FILE, or stdin) -> pretty JSON event
  extract --jsonl [--date YYYY-MM-DD] [FILE]    JSON lines in -> JSON lines out

options:
  --jsonl             read one {\"id\": ..., \"text\": \"...\"} a line; write one line for each:
                      {\"id\": ..., \"event\": {...}}, or {\"id\": ..., \"error\": \"line N: ...\"}
                      for a line that cannot be read; in input order, each line as soon as
                      it is done
  --date YYYY-MM-DD   the day relative times (\"on Monday\") and roles resolve against, for
                      texts that carry no date of their own
  --progress          with --jsonl, show progress on stderr even when it is not a terminal
  --no-progress       never show progress (the default when stderr is not a terminal)
  -h, --help          print this help and exit
  -V, --version       print the versions of newsevent and of its data and exit
  FILE                the input; stdin when absent or `-`

examples:
  extract article.txt
  extract --date 2024-08-19 < article.txt
  extract --jsonl articles.jsonl > events.jsonl
  printf '{\"id\": 1, \"text\": \"Protesters marched in Havana.\"}\\n' | extract --jsonl

exit status: 0 when every article or line was processed (error lines included), 1 when
the input cannot be read or the output cannot be written, 2 for unusable arguments.
The fields of the event are described in docs/OUTPUT.md.
";

/// Lines per batch at most.
const BATCH: usize = 512;
/// Lines the reader thread may read ahead of the extraction.
const READ_AHEAD: usize = 2 * BATCH;
/// Width the pretty output tries to keep within.
const WIDTH: usize = 100;

/// When to show the progress line.
#[derive(Clone, Copy, PartialEq)]
enum ShowProgress {
    Auto,
    Always,
    Never,
}

struct Args {
    jsonl: bool,
    date: Option<Date>,
    file: Option<String>,
    progress: ShowProgress,
}

enum Command {
    Run(Args),
    Help,
    Version,
}

fn parse_date(v: &str) -> Result<Date, String> {
    v.parse().map_err(|e| format!("--date: {e}"))
}

fn parse_args(argv: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut args = Args { jsonl: false, date: None, file: None, progress: ShowProgress::Auto };
    let mut it = argv.into_iter();
    let mut only_files = false;
    while let Some(a) = it.next() {
        match a.as_str() {
            _ if only_files => {}
            "--" => {
                only_files = true;
                continue;
            }
            "-h" | "--help" => return Ok(Command::Help),
            "-V" | "--version" => return Ok(Command::Version),
            "--jsonl" => {
                args.jsonl = true;
                continue;
            }
            "--progress" => {
                args.progress = ShowProgress::Always;
                continue;
            }
            "--no-progress" => {
                args.progress = ShowProgress::Never;
                continue;
            }
            "--date" => {
                let v = it.next().ok_or("--date needs a value (YYYY-MM-DD)")?;
                args.date = Some(parse_date(&v)?);
                continue;
            }
            s if s.starts_with("--date=") => {
                args.date = Some(parse_date(&s["--date=".len()..])?);
                continue;
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option `{s}` (see extract --help)")),
            _ => {}
        }
        if args.file.is_some() {
            return Err("more than one FILE given (see extract --help)".into());
        }
        args.file = Some(a);
    }
    if args.file.as_deref() == Some("-") {
        args.file = None;
    }
    Ok(Command::Run(args))
}

/// Why a run stopped.
enum Failure {
    /// The input could not be opened or read: `what` names it (a path, or `stdin`).
    Read { what: String, err: io::Error },
    /// The output could not be written.
    Write(io::Error),
}

/// An I/O error in words, without the `(os error N)` tail: `no such file or directory`.
fn problem(e: &io::Error) -> String {
    let s = e.to_string();
    let s = match s.find(" (os error ") {
        Some(i) if s.ends_with(')') => &s[..i],
        _ => &s,
    };
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => format!("{:?}", e.kind()),
    }
}

/// The input: what it is called in messages, the reader, and its size when it is a
/// regular file (then reading never waits, and the progress line has an ETA).
struct Input {
    name: String,
    reader: Box<dyn Read + Send>,
    size: Option<u64>,
}

fn open(file: Option<&str>) -> Result<Input, Failure> {
    let Some(path) = file else {
        return Ok(Input { name: "stdin".into(), reader: Box::new(io::stdin()), size: stdin_size() });
    };
    let fail = |err| Failure::Read { what: path.to_string(), err };
    let meta = std::fs::metadata(path).map_err(fail)?;
    if meta.is_dir() {
        return Err(fail(io::Error::new(io::ErrorKind::IsADirectory, "is a directory")));
    }
    let f = File::open(path).map_err(fail)?;
    Ok(Input { name: path.to_string(), reader: Box::new(f), size: meta.is_file().then_some(meta.len()) })
}

/// The size of stdin when it is a regular file (`extract < file`).
#[cfg(unix)]
fn stdin_size() -> Option<u64> {
    use std::os::fd::AsFd;
    let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
    let meta = File::from(fd).metadata().ok()?;
    meta.is_file().then_some(meta.len())
}

#[cfg(not(unix))]
fn stdin_size() -> Option<u64> {
    None
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Command::Run(a)) => a,
        Ok(Command::Help) => return quietly(io::stdout().lock().write_all(HELP.as_bytes())),
        Ok(Command::Version) => {
            let line = format!("extract {} (newsevent data {DATA_VERSION})\n", env!("CARGO_PKG_VERSION"));
            return quietly(io::stdout().lock().write_all(line.as_bytes()));
        }
        Err(e) => {
            say(&format!("extract: {e}"));
            return ExitCode::from(2);
        }
    };
    let result = open(args.file.as_deref()).and_then(|input| {
        let x = newsevent::default_extractor();
        let out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        if args.jsonl {
            let progress = match args.progress {
                ShowProgress::Always => true,
                ShowProgress::Never => false,
                ShowProgress::Auto => io::stderr().is_terminal(),
            };
            run_jsonl(x, args.date, input, out, progress)
        } else {
            run_one(x, args.date, input, out)
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of our output is gone (`extract FILE | head`): nothing more to do.
        Err(Failure::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Write(e)) => {
            say(&format!("extract: cannot write output: {}", problem(&e)));
            ExitCode::from(1)
        }
        Err(Failure::Read { what, err }) => {
            say(&format!("extract: {what}: {}", problem(&err)));
            ExitCode::from(1)
        }
    }
}

/// Exit 0 after writing help or version text, also when stdout is closed; 1 when it is full.
fn quietly(r: io::Result<()>) -> ExitCode {
    match r.and_then(|()| io::stdout().flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            say(&format!("extract: cannot write output: {}", problem(&e)));
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// One line on stderr; a closed stderr is not worth a panic.
fn say(line: &str) {
    let _ = writeln!(io::stderr().lock(), "{line}");
}

/// One article: the whole input, one pretty event.
fn run_one(x: &Extractor, reference: Option<Date>, input: Input, mut out: impl Write) -> Result<(), Failure> {
    let Input { name, mut reader, .. } = input;
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|err| Failure::Read { what: name, err })?;
    let text = String::from_utf8_lossy(&bytes);
    let event = x.extract_with_reference(&text, reference);
    let json = pretty(&event).map_err(|e| Failure::Write(io::Error::from(e)))?;
    out.write_all(json.as_bytes()).and_then(|()| out.flush()).map_err(Failure::Write)
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

/// One input line, parsed by the reader thread.
struct Line {
    /// Bytes read, newline included.
    bytes: usize,
    id: Value,
    /// The text, or what is wrong with the line (`line N: ...`).
    text: Result<String, String>,
}

/// What the JSON value is, for messages: `an array`.
fn what_is(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Parses input line `n` (1-based): its id, and its text or what is wrong with it.
fn parse_line(n: u64, raw: &[u8]) -> Line {
    let bytes = raw.len();
    let fail = |id: Value, why: String| Line { bytes, id, text: Err(format!("line {n}: {why}")) };
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
    let Ok(line) = std::str::from_utf8(raw) else {
        return fail(Value::Null, "not valid UTF-8".into());
    };
    if line.trim().is_empty() {
        return fail(Value::Null, "blank line".into());
    }
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            // serde_json says `... at line 1 column 7`; the line is ours to name.
            let msg = e.to_string();
            let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m);
            return fail(Value::Null, format!("invalid JSON at column {}: {msg}", e.column()));
        }
    };
    let Value::Object(mut obj) = value else {
        return fail(Value::Null, "expected a JSON object with a `text` string".into());
    };
    let id = obj.remove("id").unwrap_or(Value::Null);
    match obj.remove("text") {
        Some(Value::String(s)) => Line { bytes, id, text: Ok(s) },
        Some(other) => fail(id, format!("`text` is {}, expected a string", what_is(&other))),
        None => fail(id, "no `text` in the object (expected a JSON object with a `text` string)".into()),
    }
}

/// Reads lines on a thread of its own, parsed, into a bounded channel; a read error ends
/// the stream.
fn read_lines(input: Box<dyn Read + Send>) -> Receiver<io::Result<Line>> {
    let (tx, rx) = mpsc::sync_channel(READ_AHEAD);
    std::thread::spawn(move || {
        let mut reader = BufReader::with_capacity(1 << 20, input);
        for n in 1.. {
            let mut raw = Vec::new();
            let item = match reader.read_until(b'\n', &mut raw) {
                Ok(0) => break,
                Ok(_) => Ok(parse_line(n, &raw)),
                Err(e) => Err(e),
            };
            let stop = item.is_err();
            if tx.send(item).is_err() || stop {
                break;
            }
        }
    });
    rx
}

fn run_jsonl(
    x: &Extractor,
    reference: Option<Date>,
    input: Input,
    mut out: impl Write,
    show_progress: bool,
) -> Result<(), Failure> {
    let Input { name, reader, size } = input;
    let mut progress = show_progress.then(|| Progress::new(size));
    // A regular file never makes us wait: fill whole batches. Otherwise take what is waiting.
    let fill = size.is_some();
    let lines = read_lines(reader);
    let read_failed = |err| Failure::Read { what: name.clone(), err };
    let (mut articles, mut bytes, mut errors) = (0u64, 0u64, 0u64);
    let mut batch: Vec<Line> = Vec::with_capacity(BATCH);
    let mut buf = Vec::new();
    loop {
        batch.clear();
        // Wait for one line, then take the ones already read.
        match lines.recv() {
            Ok(line) => batch.push(line.map_err(read_failed)?),
            Err(_) => break,
        }
        let mut done = false;
        while batch.len() < BATCH {
            let next = if fill { lines.recv().map_err(|_| TryRecvError::Disconnected) } else { lines.try_recv() };
            match next {
                Ok(line) => batch.push(line.map_err(read_failed)?),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    done = true;
                    break;
                }
            }
        }
        let texts: Vec<&str> = batch.iter().filter_map(|l| l.text.as_deref().ok()).collect();
        let mut events = x.extract_batch_with_reference(&texts, reference).into_iter();
        for line in &batch {
            buf.clear();
            let written = match &line.text {
                Ok(_) => {
                    let event = events.next().unwrap_or_default();
                    serde_json::to_writer(&mut buf, &EventLine { id: &line.id, event: &event })
                }
                Err(error) => {
                    errors += 1;
                    serde_json::to_writer(&mut buf, &ErrorLine { id: &line.id, error })
                }
            };
            written.map_err(|e| Failure::Write(io::Error::from(e)))?;
            buf.push(b'\n');
            out.write_all(&buf).map_err(Failure::Write)?;
            bytes += line.bytes as u64;
        }
        out.flush().map_err(Failure::Write)?;
        articles += batch.len() as u64;
        if let Some(p) = &mut progress {
            p.update(articles, bytes);
        }
        if done {
            break;
        }
    }
    out.flush().map_err(Failure::Write)?;
    if let Some(p) = &mut progress {
        p.finish(articles, bytes, errors);
    }
    Ok(())
}

/// The progress line on stderr: rewritten in place (`\r`), padded to cover the one
/// before, at most five times a second; an ETA when the input's size is known.
struct Progress {
    started: Instant,
    last: Option<Instant>,
    /// Length of the line on screen.
    shown: usize,
    size: Option<u64>,
}

impl Progress {
    fn new(size: Option<u64>) -> Progress {
        Progress { started: Instant::now(), last: None, shown: 0, size }
    }

    fn update(&mut self, articles: u64, bytes: u64) {
        let now = Instant::now();
        if self.last.is_some_and(|t| now - t < Duration::from_millis(200)) {
            return;
        }
        self.last = Some(now);
        let secs = (now - self.started).as_secs_f64();
        let mut line = format!("{articles} articles");
        match self.size {
            Some(size) if size > 0 => {
                let done = (bytes as f64 / size as f64).min(1.0);
                line += &format!(", {:.0}%, {}", done * 100.0, rate(bytes, secs));
                if bytes > 0 && secs > 0.0 {
                    let left = size.saturating_sub(bytes) as f64 * secs / bytes as f64;
                    line += &format!(", ETA {}", duration(left));
                }
            }
            _ => line += &format!(", {:.1} MB, {}", bytes as f64 / 1e6, rate(bytes, secs)),
        }
        self.show(&line, false);
    }

    fn finish(&mut self, articles: u64, bytes: u64, errors: u64) {
        let secs = self.started.elapsed().as_secs_f64();
        let mut line =
            format!("{articles} articles, {:.1} MB in {} ({})", bytes as f64 / 1e6, duration(secs), rate(bytes, secs));
        if errors > 0 {
            line += &format!(", {errors} error lines");
        }
        self.show(&line, true);
        self.shown = 0;
    }

    fn show(&mut self, line: &str, last: bool) {
        let width = line.chars().count();
        let pad = self.shown.saturating_sub(width);
        let end = if last { "\n" } else { "" };
        let _ = write!(io::stderr().lock(), "\r{line}{:pad$}{end}", "");
        self.shown = width;
    }
}

/// A run that stops early (a write error) ends the progress line, so that the error
/// message starts a line of its own.
impl Drop for Progress {
    fn drop(&mut self) {
        if self.shown > 0 {
            let _ = writeln!(io::stderr().lock());
        }
    }
}

/// `18.7 MB/s`.
fn rate(bytes: u64, secs: f64) -> String {
    if secs > 0.0 { format!("{:.1} MB/s", bytes as f64 / 1e6 / secs) } else { "-- MB/s".into() }
}

/// `42 s`, `3 min 05 s`, `2 h 07 min`.
fn duration(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min {:02} s", s / 60, s % 60),
        _ => format!("{} h {:02} min", s / 3600, s % 3600 / 60),
    }
}

/// The event as indented JSON that stays compact: a value that fits on its line is
/// written on it (`"span": [65, 70]`, a short object), a long list of numbers or spans
/// fills lines instead of taking one line per number. Fields keep the order of the types.
fn pretty(event: &Event) -> Result<String, serde_json::Error> {
    let mut rec = Recorder::default();
    event.serialize(&mut serde_json::Serializer::with_formatter(io::sink(), Record(&mut rec)))?;
    let mut out = String::new();
    if let Some(root) = rec.root {
        block(&root, 0, &mut out);
    }
    out.push('\n');
    Ok(out)
}

/// A JSON value as serde_json writes it: scalars as their JSON text, fields in order.
enum Node {
    Scalar(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

/// An open array, or an open object with the key of the value being written.
enum Frame {
    Array(Vec<Node>),
    Object(Vec<(String, Node)>, String),
}

/// The tree serde_json's calls describe (see [`Record`]).
#[derive(Default)]
struct Recorder {
    stack: Vec<Frame>,
    root: Option<Node>,
    /// The JSON text of the scalar or key being written.
    text: Vec<u8>,
    in_string: bool,
    in_key: bool,
}

impl Recorder {
    fn push(&mut self, node: Node) {
        match self.stack.last_mut() {
            Some(Frame::Array(items)) => items.push(node),
            Some(Frame::Object(fields, key)) => fields.push((std::mem::take(key), node)),
            None => self.root = Some(node),
        }
    }

    /// A scalar's text is complete (outside a string and a key).
    fn scalar_done(&mut self) {
        if !self.in_string && !self.in_key {
            let text = String::from_utf8_lossy(&std::mem::take(&mut self.text)).into_owned();
            self.push(Node::Scalar(text));
        }
    }

    /// Writes with serde_json's own compact formatter into the scalar's text.
    fn scalar(&mut self, f: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> io::Result<()> {
        f(&mut self.text)?;
        self.scalar_done();
        Ok(())
    }
}

/// A `serde_json::ser::Formatter` that writes nothing and records the value's tree.
struct Record<'a>(&'a mut Recorder);

macro_rules! record_scalar {
    ($($name:ident: $t:ty),* $(,)?) => {$(
        fn $name<W: ?Sized + Write>(&mut self, _: &mut W, v: $t) -> io::Result<()> {
            self.0.scalar(|b| CompactFormatter.$name(b, v))
        }
    )*};
}

impl Formatter for Record<'_> {
    record_scalar!(
        write_bool: bool, write_i8: i8, write_i16: i16, write_i32: i32, write_i64: i64, write_i128: i128,
        write_u8: u8, write_u16: u16, write_u32: u32, write_u64: u64, write_u128: u128,
        write_f32: f32, write_f64: f64, write_number_str: &str, write_raw_fragment: &str,
    );

    fn write_null<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.0.scalar(|b| CompactFormatter.write_null(b))
    }

    fn begin_string<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.0.in_string = true;
        self.0.text.push(b'"');
        Ok(())
    }

    fn end_string<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.0.text.push(b'"');
        self.0.in_string = false;
        self.0.scalar_done();
        Ok(())
    }

    fn write_string_fragment<W: ?Sized + Write>(&mut self, _: &mut W, fragment: &str) -> io::Result<()> {
        self.0.text.extend_from_slice(fragment.as_bytes());
        Ok(())
    }

    fn write_char_escape<W: ?Sized + Write>(&mut self, _: &mut W, escape: CharEscape) -> io::Result<()> {
        CompactFormatter.write_char_escape(&mut self.0.text, escape)
    }

    fn begin_array<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.0.stack.push(Frame::Array(Vec::new()));
        Ok(())
    }

    fn end_array<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        if let Some(Frame::Array(items)) = self.0.stack.pop() {
            self.0.push(Node::Array(items));
        }
        Ok(())
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, _: &mut W, _first: bool) -> io::Result<()> {
        Ok(())
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.0.stack.push(Frame::Object(Vec::new(), String::new()));
        Ok(())
    }

    fn end_object<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        if let Some(Frame::Object(fields, _)) = self.0.stack.pop() {
            self.0.push(Node::Object(fields));
        }
        Ok(())
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, _: &mut W, _first: bool) -> io::Result<()> {
        self.0.in_key = true;
        Ok(())
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        self.0.in_key = false;
        let key = String::from_utf8_lossy(&std::mem::take(&mut self.0.text)).into_owned();
        if let Some(Frame::Object(_, k)) = self.0.stack.last_mut() {
            *k = key;
        }
        Ok(())
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _: &mut W) -> io::Result<()> {
        Ok(())
    }
}

/// `v` on one line.
fn inline(v: &Node) -> String {
    match v {
        Node::Scalar(s) => s.clone(),
        Node::Array(items) => format!("[{}]", items.iter().map(inline).collect::<Vec<_>>().join(", ")),
        Node::Object(fields) => {
            let fields: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {}", inline(v))).collect();
            format!("{{{}}}", fields.join(", "))
        }
    }
}

/// Whether `v` is a scalar or a list of scalars (a span).
fn flat(v: &Node) -> bool {
    match v {
        Node::Scalar(_) => true,
        Node::Array(items) => items.iter().all(|i| matches!(i, Node::Scalar(_))),
        Node::Object(_) => false,
    }
}

/// Writes `v`, which starts at column `col` of a line indented by `indent`: on that line
/// when it fits (a scalar always), else over several.
fn value(v: &Node, indent: usize, col: usize, out: &mut String) {
    let one_line = inline(v);
    if matches!(v, Node::Scalar(_)) || col + one_line.chars().count() <= WIDTH {
        out.push_str(&one_line);
    } else {
        block(v, indent, out);
    }
}

/// Writes `v` over several lines: an object a field a line; a list of scalars or spans
/// filling lines; any other list an item a line.
fn block(v: &Node, indent: usize, out: &mut String) {
    let inner = indent + 2;
    let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
    match v {
        Node::Object(fields) if !fields.is_empty() => {
            out.push_str("{\n");
            for (i, (k, v)) in fields.iter().enumerate() {
                pad(out, inner);
                out.push_str(k);
                out.push_str(": ");
                value(v, inner, inner + k.chars().count() + 2, out);
                out.push_str(if i + 1 < fields.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push('}');
        }
        Node::Array(items) if !items.is_empty() && items.iter().all(flat) => {
            out.push_str("[\n");
            pad(out, inner);
            let mut col = inner;
            for (i, item) in items.iter().enumerate() {
                let mut s = inline(item);
                if i + 1 < items.len() {
                    s.push(',');
                }
                let width = s.chars().count();
                if col > inner && col + 1 + width > WIDTH {
                    out.push('\n');
                    pad(out, inner);
                    col = inner;
                } else if col > inner {
                    out.push(' ');
                    col += 1;
                }
                out.push_str(&s);
                col += width;
            }
            out.push('\n');
            pad(out, indent);
            out.push(']');
        }
        Node::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                pad(out, inner);
                value(item, inner, inner, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            pad(out, indent);
            out.push(']');
        }
        other => out.push_str(&inline(other)),
    }
}

//! The `extract` command as users meet it: pretty JSON for one article, and `--jsonl` with
//! N lines in, N lines out, in order, ids passed through, error lines that say what is wrong;
//! `--help`; no panic on a closed pipe or a full disk; an answer for each line while the
//! input is still open; a clean progress line; errors that name the path and the problem.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

/// The `extract` example built from the current source, once per test process: `cargo
/// build --example extract` with this test binary's profile (and `--features rayon` when
/// this binary has it), the executable taken from cargo's `compiler-artifact` message.
/// Never a stale binary left in `target/` by an earlier build.
fn extract_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // This binary is `<target>/<profile dir>/deps/cli-<hash>`; the dev profile's folder
        // is `debug`.
        let exe = std::env::current_exe().expect("test binary path");
        let dir = exe.parent().and_then(Path::parent).and_then(Path::file_name).expect("target profile folder");
        let profile = match dir.to_str().expect("a UTF-8 profile name") {
            "debug" => "dev",
            other => other,
        };
        let mut cmd = Command::new(env!("CARGO"));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args([
            "build",
            "--example",
            "extract",
            "--message-format=json-render-diagnostics",
            "--profile",
            profile,
        ]);
        if cfg!(feature = "rayon") {
            cmd.args(["--features", "rayon"]);
        }
        let out = cmd.stderr(Stdio::inherit()).output().expect("cargo runs");
        assert!(out.status.success(), "cargo build --example extract failed (errors above)");
        let stdout = String::from_utf8(out.stdout).expect("cargo prints UTF-8");
        let bin = stdout
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "extract")
            .filter(|m| m["target"]["kind"].as_array().is_some_and(|k| k.iter().any(|k| k == "example")))
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("a compiler-artifact message with the extract example's executable");
        assert!(bin.exists(), "{} does not exist", bin.display());
        bin
    })
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(extract_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract starts");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("extract ends")
}

#[test]
fn jsonl_keeps_every_line_in_order() {
    let input = concat!(
        "{\"id\": 1, \"text\": \" date 2022-04-04 India and Japan will hold talks in Tokyo later this month.\"}\n",
        "not json at all\n",
        "{\"id\": \"b\", \"body\": \"no text field\"}\n",
        "\n",
        "{\"id\": [1, 2], \"text\": 42}\r\n",
        "{\"id\": {\"k\": true}, \"text\": \"Protesters marched in Havana.\"}\r\n",
        "{\"text\": \"no id here\"}\n",
        "{\"id\": 7, \"text\": \"last line without newline\"}",
    )
    .as_bytes()
    .to_vec();
    let mut input = input;
    input.extend_from_slice(b"\n\xff\xfe not utf-8\n");
    let out = run(&["--jsonl"], &input);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 9, "one output line per input line");
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["event"]["date"], "2022-04-04");
    assert_eq!(lines[0]["event"]["actors"], serde_json::json!(["IND", "JPN"]));
    assert_eq!(lines[1]["error"], "line 2: invalid JSON at column 2: expected ident");
    assert_eq!(lines[1]["id"], Value::Null);
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["error"], "line 3: no `text` in the object (expected a JSON object with a `text` string)");
    assert_eq!(lines[3]["error"], "line 4: blank line");
    assert_eq!(lines[4]["id"], serde_json::json!([1, 2]));
    assert_eq!(lines[4]["error"], "line 5: `text` is a number, expected a string");
    assert_eq!(lines[5]["id"], serde_json::json!({"k": true}));
    assert_eq!(lines[5]["event"]["countries"][0]["code"], "CUB");
    assert_eq!(lines[6]["id"], Value::Null);
    assert!(lines[6]["event"].is_object());
    assert_eq!(lines[7]["id"], 7);
    assert_eq!(lines[8]["error"], "line 9: not valid UTF-8");
}

#[test]
fn one_article_gives_pretty_json() {
    let out = run(&[], b" date 2022-04-04 Stage is set for the Indo-Japan 2+2 talks later this month.");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\n  \"date\": \"2022-04-04\""), "pretty printed: {text}");
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["actors"], serde_json::json!(["IND", "JPN"]));
    for field in
        ["date", "headline", "kind", "actors", "location", "when", "countries", "people", "organizations", "topics"]
    {
        assert!(v.get(field).is_some(), "field {field} present");
    }
}

#[test]
fn file_argument_and_reference_date() {
    let dir = std::env::temp_dir().join(format!("newsevent-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a.txt");
    std::fs::write(&file, "Protesters marched in Havana yesterday.").unwrap();
    let out = run(&["--date", "2021-07-12", file.to_str().unwrap()], b"");
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["date"], Value::Null, "the reference date is not the text's date");
    assert_eq!(v["when"]["start"], "2021-07-11");
    std::fs::remove_dir_all(&dir).ok();
}

/// A folder of this test process's own, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("newsevent-cli-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    fn file(&self, name: &str, contents: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("write temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// JSONL of `n` short news items, each about 200 bytes.
fn many_lines(n: usize) -> String {
    (0..n)
        .map(|i| {
            let text = format!(
                " date 2023-05-{:02} Chinese and Philippine coast guard ships collided near Second Thomas Shoal, \
                 Manila said on Monday, item {i}.",
                1 + i % 28
            );
            format!("{}\n", serde_json::json!({ "id": i, "text": text }))
        })
        .collect()
}

#[test]
fn help_goes_to_stdout_with_exit_0() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag], b"");
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(out.stderr.is_empty(), "{flag}: nothing on stderr: {}", String::from_utf8_lossy(&out.stderr));
        let help = String::from_utf8(out.stdout).unwrap();
        for part in ["usage:", "options:", "examples:", "--jsonl", "--date YYYY-MM-DD", "--progress", "exit status"] {
            assert!(help.contains(part), "{flag}: help mentions {part:?}:\n{help}");
        }
    }
    let out = run(&["--version"], b"");
    assert_eq!(out.status.code(), Some(0), "--version");
    let version = String::from_utf8(out.stdout).unwrap();
    assert!(version.starts_with(&format!("extract {} ", env!("CARGO_PKG_VERSION"))), "--version: {version}");
}

/// Usage errors exit 2, unreadable inputs 1; each is one line on stderr that names the
/// path (or `stdin`) and the problem.
#[test]
fn errors_name_the_path_and_the_problem() {
    let dir = TempDir::new("errors");
    let folder = dir.0.join("articles");
    std::fs::create_dir_all(&folder).unwrap();
    let folder = folder.to_str().unwrap().to_string();
    let missing = dir.0.join("missing.txt").to_str().unwrap().to_string();
    let cases: &[(&str, Vec<&str>, i32, String)] = &[
        (
            "impossible_reference_date",
            vec!["--date", "2021-02-30"],
            2,
            "extract: --date: invalid date `2021-02-30`: day out of range".into(),
        ),
        ("date_without_value", vec!["--date"], 2, "extract: --date needs a value (YYYY-MM-DD)".into()),
        ("unknown_option", vec!["--bogus"], 2, "extract: unknown option `--bogus` (see extract --help)".into()),
        ("two_files", vec!["a.txt", "b.txt"], 2, "extract: more than one FILE given (see extract --help)".into()),
        ("missing_file", vec![missing.as_str()], 1, format!("extract: {missing}: no such file or directory")),
        ("a_directory", vec![folder.as_str()], 1, format!("extract: {folder}: is a directory")),
        ("a_directory_jsonl", vec!["--jsonl", folder.as_str()], 1, format!("extract: {folder}: is a directory")),
    ];
    for (name, args, code, want) in cases {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(*code), "{name}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), format!("{want}\n"), "{name}");
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
    }
    // A directory on stdin (`extract < DIR`) fails when it is read.
    #[cfg(unix)]
    for args in [&[][..], &["--jsonl"][..]] {
        let out = Command::new(extract_bin())
            .args(args)
            .stdin(std::fs::File::open(&folder).unwrap())
            .output()
            .expect("extract runs");
        assert_eq!(out.status.code(), Some(1), "stdin_is_a_directory {args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "extract: stdin: is a directory\n", "stdin_is_a_directory");
    }
}

/// Each JSONL line that is not an article says which line it is and what is wrong.
#[test]
fn jsonl_error_lines_say_what_is_wrong() {
    let rows: &[(&str, &str, Value, &str)] = &[
        ("an_array", "[\"Troops crossed the border.\"]", Value::Null, "expected a JSON object with a `text` string"),
        ("a_string", "\"Troops crossed the border.\"", Value::Null, "expected a JSON object with a `text` string"),
        ("a_number", "42", Value::Null, "expected a JSON object with a `text` string"),
        ("null", "null", Value::Null, "expected a JSON object with a `text` string"),
        (
            "body_instead_of_text",
            "{\"id\": \"r-7\", \"body\": \"Troops crossed the border.\"}",
            Value::from("r-7"),
            "no `text` in the object (expected a JSON object with a `text` string)",
        ),
        (
            "text_is_a_list",
            "{\"id\": 9, \"text\": [\"Troops\"]}",
            Value::from(9),
            "`text` is an array, expected a string",
        ),
        ("text_is_null", "{\"id\": 9, \"text\": null}", Value::from(9), "`text` is null, expected a string"),
        (
            "truncated_object",
            "{\"id\": 9, \"text\": \"Troops cro",
            Value::Null,
            "invalid JSON at column 29: EOF while parsing a string",
        ),
        ("whitespace_only", "   \t ", Value::Null, "blank line"),
    ];
    let mut input = String::from("{\"id\": 0, \"text\": \"Troops crossed the border into Ukraine.\"}\n");
    for (_, line, _, _) in rows {
        input.push_str(line);
        input.push('\n');
    }
    let out = run(&["--jsonl"], input.as_bytes());
    assert!(out.status.success(), "error lines are not a failure: {}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), rows.len() + 1, "N lines in, N lines out");
    assert!(lines[0]["event"].is_object());
    for (i, (name, _, id, problem)) in rows.iter().enumerate() {
        let got = &lines[i + 1];
        assert_eq!(got["error"], format!("line {}: {problem}", i + 2), "{name}");
        assert_eq!(&got["id"], id, "{name}: id");
        assert!(got.get("event").is_none(), "{name}: no event");
    }
}

/// `--jsonl` driven by another program: each answer arrives while the input is still open.
#[test]
fn jsonl_answers_each_line_while_input_is_open() {
    let mut child = Command::new(extract_bin())
        .arg("--jsonl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract starts");
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.expect("UTF-8 output")).is_err() {
                break;
            }
        }
    });
    let asks = [
        ("talks", "{\"id\": \"a\", \"text\": \"India and Japan will hold talks in Tokyo.\"}\n", "a"),
        ("a_bad_line", "{\"id\": \"b\"}\n", "b"),
        ("protest", "{\"id\": \"c\", \"text\": \"Thousands of protesters marched in Havana on Sunday.\"}\n", "c"),
    ];
    for (name, line, id) in asks {
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.flush().unwrap();
        let answer = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|e| panic!("{name}: no answer ({e})"));
        let v: Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(v["id"], id, "{name}");
    }
    drop(stdin);
    assert!(rx.recv_timeout(Duration::from_secs(60)).is_err(), "nothing more after the input ends");
    assert!(child.wait().unwrap().success());
}

/// `extract FILE | head -c 10`: the reader goes away; no panic, exit 0, nothing on stderr.
#[test]
fn closed_pipe_ends_quietly() {
    let dir = TempDir::new("pipe");
    // Outputs far larger than a pipe's buffer, so that writing meets the closed pipe.
    let article = "date 2024-03-02 India and Japan held talks in Tokyo on Saturday. ".repeat(8000);
    let article = dir.file("long.txt", article.as_bytes());
    let jsonl = dir.file("many.jsonl", many_lines(4000).as_bytes());
    for (name, args) in
        [("pretty", vec![article.to_str().unwrap()]), ("jsonl", vec!["--jsonl", jsonl.to_str().unwrap()])]
    {
        let mut child = Command::new(extract_bin())
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("extract starts");
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 10];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{name}: stderr {err}");
        assert!(err.is_empty(), "{name}: nothing on stderr, got {err}");
    }
}

/// Writing to a full disk: one line on stderr, exit 1, no panic.
#[cfg(target_os = "linux")]
#[test]
fn full_disk_is_one_line() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let dir = TempDir::new("full");
    let article = dir.file("article.txt", b"date 2024-03-02 India and Japan held talks in Tokyo on Saturday.");
    let jsonl = dir.file("many.jsonl", many_lines(50).as_bytes());
    for (name, args) in [
        ("pretty", vec![article.to_str().unwrap()]),
        ("jsonl", vec!["--jsonl", jsonl.to_str().unwrap()]),
        ("help", vec!["--help"]),
    ] {
        let out = Command::new(extract_bin())
            .args(&args)
            .stdout(full.try_clone().unwrap())
            .stderr(Stdio::piped())
            .output()
            .expect("extract runs");
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "extract: cannot write output: no space left on device\n",
            "{name}"
        );
    }
}

/// The progress line (`--progress` forces it when stderr is not a terminal): each state
/// overwrites the one before with `\r` and covers it whole, an ETA while the input's size
/// is known (also on stdin redirected from a file), one summary line at the end.
#[test]
fn progress_line_is_clean_with_an_eta() {
    let dir = TempDir::new("progress");
    let input = dir.file("many.jsonl", many_lines(2000).as_bytes());
    for how in ["file", "stdin"] {
        let mut cmd = Command::new(extract_bin());
        cmd.args(["--jsonl", "--progress"]).stdout(Stdio::null()).stderr(Stdio::piped());
        match how {
            "file" => cmd.arg(&input).stdin(Stdio::null()),
            _ => cmd.stdin(std::fs::File::open(&input).unwrap()),
        };
        let out = cmd.output().expect("extract runs");
        assert!(out.status.success(), "{how}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.chars().all(|c| c == '\r' || c == '\n' || (' '..='~').contains(&c)), "{how}: {err:?}");
        assert!(err.starts_with('\r') && err.ends_with('\n') && err.matches('\n').count() == 1, "{how}: {err:?}");
        let states: Vec<&str> = err.trim_end_matches('\n').split('\r').skip(1).collect();
        assert!(states.len() >= 2, "{how}: at least one update and the summary: {err:?}");
        for w in states.windows(2) {
            assert!(w[1].len() >= w[0].trim_end().len(), "{how}: {:?} does not cover {:?}", w[1], w[0]);
        }
        let (updates, summary) = states.split_at(states.len() - 1);
        for u in updates {
            assert!(u.contains(" articles, ") && u.contains("%, ") && u.contains(" MB/s, ETA "), "{how}: {u:?}");
        }
        assert!(summary[0].starts_with("2000 articles, "), "{how}: {:?}", summary[0]);
    }
}

/// Pretty output: short values on one line (`"span": [65, 70]`), long lists of spans
/// filling lines; the same event as `--jsonl` gives.
#[test]
fn pretty_output_is_compact() {
    let cases = [("examples/article.txt", 891, 120), ("tests/fixtures/long_article.txt", 3653, 250)];
    for (file, size, max_lines) in cases {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.len(), size, "{file} changed: revisit its line budget");
        let out = run(&[path.to_str().unwrap()], b"");
        assert!(out.status.success(), "{file}");
        let pretty = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = pretty.lines().collect();
        assert!(lines.len() <= max_lines, "{file}: {} lines, at most {max_lines}", lines.len());
        for l in &lines {
            let t = l.trim().trim_end_matches(',');
            assert!(t.parse::<f64>().is_err(), "{file}: a number alone on a line: {l:?}");
            assert!(!t.starts_with("[") || t.ends_with(']') || t == "[", "{file}: a span cut in two: {l:?}");
            assert!(l.len() <= 140 || l.trim_start().starts_with("\"headline\""), "{file}: long line {l:?}");
        }
        assert!(pretty.contains("\n  \"date\": "), "{file}: indented by two");
        let line = format!("{}\n", serde_json::json!({ "id": 1, "text": text }));
        let jsonl = run(&["--jsonl"], line.as_bytes());
        let v: Value = serde_json::from_slice(&jsonl.stdout).unwrap();
        let p: Value = serde_json::from_str(&pretty).unwrap();
        assert_eq!(p, v["event"], "{file}: pretty and --jsonl give the same event");
        let keys: Vec<&str> =
            lines.iter().filter_map(|l| l.strip_prefix("  \"")).filter_map(|l| l.split('"').next()).collect();
        assert_eq!(keys[..3], ["date", "headline", "kind"], "{file}: fields in the order of the type");
    }
}

#[test]
fn bad_arguments_and_missing_files_fail_with_one_line() {
    for (args, code) in [(&["--date", "2021-02-30"][..], 2), (&["--bogus"][..], 2), (&["/no/such/file.txt"][..], 1)] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(code), "args {args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.trim_end().lines().count(), 1, "one-line error: {err}");
        assert!(err.starts_with("extract: "));
    }
}

//! The `extract` example's contract (SPEC.md): pretty JSON for one article, and `--jsonl`
//! with N lines in, N lines out, in order, ids passed through, error lines for bad input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

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
    assert!(lines[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
    assert_eq!(lines[1]["id"], Value::Null);
    assert_eq!(lines[2]["id"], "b");
    assert_eq!(lines[2]["error"], "missing `text`");
    assert_eq!(lines[3]["error"], "blank line");
    assert_eq!(lines[4]["id"], serde_json::json!([1, 2]));
    assert_eq!(lines[4]["error"], "`text` is not a string");
    assert_eq!(lines[5]["id"], serde_json::json!({"k": true}));
    assert_eq!(lines[5]["event"]["countries"][0]["code"], "CUB");
    assert_eq!(lines[6]["id"], Value::Null);
    assert!(lines[6]["event"].is_object());
    assert_eq!(lines[7]["id"], 7);
    assert_eq!(lines[8]["error"], "line is not valid UTF-8");
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

//! Benchmarks: the whole pipeline against a bare scan of the same automaton, per input
//! size, on pathological inputs, and the cold start (building the default extractor).
//!
//! `cargo bench` (figures in the README are ratios from one run: the machines are noisy).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use newsevent::{Extractor, Gazetteer};

const SHORT: &str = include_str!("../examples/article.txt");
const LONG: &str = include_str!("../tests/fixtures/long_article.txt");

fn repeat_to(s: &str, n: usize) -> String {
    let mut out = String::with_capacity(n + s.len());
    while out.len() < n {
        out.push_str(s);
        out.push('\n');
    }
    out.truncate(out.floor_char_boundary_compat(n));
    out
}

trait FloorCompat {
    fn floor_char_boundary_compat(&self, n: usize) -> usize;
}
impl FloorCompat for String {
    fn floor_char_boundary_compat(&self, mut n: usize) -> usize {
        n = n.min(self.len());
        while !self.is_char_boundary(n) {
            n -= 1;
        }
        n
    }
}

fn articles(c: &mut Criterion) {
    let x = newsevent::default_extractor();
    let mut g = c.benchmark_group("article");
    for (name, text) in [("short", SHORT), ("long", LONG)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract_event", name), text, |b, t| {
            b.iter(|| {
                let e = x.extract(black_box(t));
                assert!(!e.countries.is_empty());
                e
            })
        });
        g.bench_with_input(BenchmarkId::new("bare_scan", name), text, |b, t| {
            b.iter(|| {
                let n = x.bare_scan(black_box(t));
                assert!(n > 0);
                n
            })
        });
    }
    g.finish();
}

/// The texts of the annotated real articles (`../shared/eval/dev.jsonl`, read at run time,
/// never copied into the crate); none when the file is not there.
fn real_articles() -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev.jsonl");
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(String::from))
        .collect()
}

/// Real articles, one call each, beside the bare scan of the same automaton over them.
fn real(c: &mut Criterion) {
    let texts = real_articles();
    if texts.is_empty() {
        eprintln!("real: ../shared/eval/dev.jsonl not found, skipped");
        return;
    }
    let x = newsevent::default_extractor();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("real");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("extract_event", |b| {
        b.iter(|| texts.iter().map(|t| x.extract(black_box(t)).countries.len()).sum::<usize>())
    });
    g.bench_function("bare_scan", |b| b.iter(|| texts.iter().map(|t| x.bare_scan(black_box(t))).sum::<usize>()));
    let dfa = raw_dfa();
    g.bench_function("raw_dfa_5000", |b| {
        b.iter(|| texts.iter().map(|t| dfa.find_iter(black_box(t.as_str())).count()).sum::<usize>())
    });
    g.finish();
}

/// The yardstick of issue 16: a raw aho-corasick DFA (ASCII case-insensitive, leftmost
/// longest) of 5,000 gazetteer phrases: the first names of `data/places.tsv`.
fn raw_dfa() -> aho_corasick::AhoCorasick {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/places.tsv");
    let text = std::fs::read_to_string(path).expect("data/places.tsv");
    let mut names: Vec<&str> =
        text.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next()).collect();
    names.sort_unstable();
    names.dedup();
    names.truncate(5000);
    assert_eq!(names.len(), 5000);
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .ascii_case_insensitive(true)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(&names)
        .expect("a DFA of 5,000 phrases")
}

fn by_size(c: &mut Criterion) {
    let x = newsevent::default_extractor();
    let mut g = c.benchmark_group("size");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    for size in [1_000usize, 10_000, 100_000, 1_000_000, 10_000_000] {
        let text = repeat_to(LONG, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract_event", size), &text, |b, t| {
            b.iter(|| x.extract(black_box(t)).countries.len())
        });
    }
    g.finish();
}

fn pathological(c: &mut Criterion) {
    let x = newsevent::default_extractor();
    let mut g = c.benchmark_group("pathological");
    g.sample_size(10).measurement_time(Duration::from_secs(3));
    let size = 10_000_000;
    let cases = [
        ("title_word", repeat_to("President ", size)),
        ("name", repeat_to("Narendra Modi ", size)),
        ("no_spaces", "IndiaJapanChina".repeat(size / 15)),
        ("punctuation", ".,;:!?-".repeat(size / 7)),
        ("us_pronoun", "let us ".repeat(size / 7)),
    ];
    for (name, text) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract_event", name), text, |b, t| {
            b.iter(|| x.extract(black_box(t)).people.len())
        });
    }
    g.finish();
}

/// Many articles: one thread, then `extract_batch` (all cores with `--features rayon`).
fn batch(c: &mut Criterion) {
    let x = newsevent::default_extractor();
    let texts: Vec<&str> = (0..512).map(|i| if i % 2 == 0 { SHORT } else { LONG }).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut g = c.benchmark_group("batch");
    g.sample_size(20).throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("one_thread", |b| b.iter(|| texts.iter().map(|t| x.extract(black_box(t))).collect::<Vec<_>>()));
    let name = if cfg!(feature = "rayon") { "extract_batch_rayon" } else { "extract_batch" };
    g.bench_function(name, |b| b.iter(|| x.extract_batch(black_box(&texts))));
    g.finish();
}

fn cold_start(c: &mut Criterion) {
    let mut g = c.benchmark_group("cold_start");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    g.bench_function("build_default_extractor", |b| {
        b.iter(|| {
            let x = Extractor::new(Gazetteer::embedded()).expect("embedded gazetteer builds");
            assert!(x.pattern_count() > 0);
            x
        })
    });
    g.finish();
}

criterion_group!(benches, real, articles, by_size, pathological, batch, cold_start);
criterion_main!(benches);

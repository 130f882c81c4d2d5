#!/usr/bin/env bash
# Rows per second through DataFusion (`sql` example of newsevent-datafusion) against the
# `extract --jsonl` CLI with `--features rayon`, on the same JSONL file, release builds.
#
#   scripts/bench_datafusion.sh [EVAL_JSONL] [MB] [REPEATS]
#
# EVAL_JSONL: annotated articles ({"id", "text", ...} a line; default ../shared/eval/dev.jsonl);
# only their id and text are used, repeated to about MB megabytes (default 8) in a temporary
# file that is deleted afterwards. Each repetition runs both commands, in alternation, and
# prints wall-clock seconds and rows/s; the summary gives the median of each and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=${1:-../shared/eval/dev.jsonl}
MB=${2:-8}
REPEATS=${3:-5}
export CARGO_TERM_COLOR=never
export CARGO_PROFILE_RELEASE_DEBUG=${CARGO_PROFILE_RELEASE_DEBUG:-0}

cargo build --release --features rayon --example extract >&2
cargo build --release -p newsevent-datafusion --example sql >&2
TARGET=${CARGO_TARGET_DIR:-target}/release/examples

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FILE=$TMP/articles.jsonl
python3 - "$EVAL" "$MB" "$FILE" <<'PY'
import json, sys
src, mb, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
rows = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
size, rep = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1e6:
        for r in rows:
            line = json.dumps({"id": f"{r['id']}-{rep}", "text": r["text"]}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode())
        rep += 1
PY
SQL="SELECT id, extract_event(text) AS event FROM articles"
python3 - "$FILE" "$REPEATS" "$TARGET" "$SQL" "$(nproc)" <<'PY'
import os, statistics as st, subprocess, sys, time
file, repeats, target, sql, cores = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = sum(1 for _ in open(file, encoding="utf-8"))
print(f"file: {rows} rows, {os.path.getsize(file) / 1e6:.1f} MB; {cores} cores")
commands = {
    "extract": [f"{target}/extract", "--jsonl", file],
    "datafusion": [f"{target}/sql", file, sql],
}
def run(cmd):
    t0 = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout
    t = time.perf_counter() - t0
    n = out.count(b"\n")
    assert n == rows, f"{cmd[0]}: {n} rows out, {rows} in"
    return t
for cmd in commands.values():  # warm-up: page cache, first runs
    run(cmd)
times = {k: [] for k in commands}
for i in range(repeats):
    for k, cmd in commands.items():
        times[k].append(run(cmd))
    c, d = times["extract"][-1], times["datafusion"][-1]
    print(f"run {i + 1}: extract {c:.3f} s ({rows / c:,.0f} rows/s)   datafusion {d:.3f} s ({rows / d:,.0f} rows/s)   ratio {c / d:.3f}")
ratios = [c / d for c, d in zip(times["extract"], times["datafusion"])]
print(f"median: extract {rows / st.median(times['extract']):,.0f} rows/s, datafusion {rows / st.median(times['datafusion']):,.0f} rows/s; "
      f"ratio (datafusion rows/s / extract rows/s): median {st.median(ratios):.3f}, range {min(ratios):.3f}-{max(ratios):.3f}")
PY

#!/usr/bin/env bash
# Builds everything and measures golmok against the budgets of its product description, printing
# one table: each figure beside its budget with a pass or fail mark.
#   native (Google Benchmark): load + validate and search per keystroke at 1,000 and 10,000 shops;
#     C++ time per frame of each screen on a headless ImGui context (p50 and p95)
#   the page in Debian's Chromium: bytes before the first interactive frame, the time to it under
#     Slow-4G and 4× CPU slowdown as a ratio to a blank WebGL2 page loaded the same way in the same
#     run (tests/bench/blank), when the page's HTML was painted, its network waterfall, frames
#     drawn in 5 s of idle, the glyph atlas at devicePixelRatio 3; then, on copies of the site
#     serving a synthetic district of 1,000 and 10,000 shops (scripts/synthetic_site.sh), C++
#     frame times in the page and wasm linear memory on the visitor's screens and in the editor
#   a city (tests/bench/city.mjs): golmok site on 1,000 synthetic districts of 100 shops (time,
#     peak memory, files written), and golmok publish of one changed district onto it
# A figure that moved more than 20 % since the last run in history.jsonl is marked.
# Figures go to build/bench/results.json, are appended to build/bench/history.jsonl, and
# build/bench/history.svg charts them run after run. Synthetic districts come from
# `golmok synth --seed 1`, so runs compare. Exit status 0 even when a budget fails: this
# measures, CI does not gate on it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source scripts/setup.sh
golmok_setup
scripts/build.sh >/dev/null

OUT="$ROOT/build/bench"
SEED=1
mkdir -p "$OUT"

echo "golmok bench: native benchmarks"
build/native/tests/golmok_bench --benchmark_filter='LoadAndValidate|SearchKeystroke' \
  --benchmark_counters_tabular=true --benchmark_out="$OUT/native.json" --benchmark_out_format=json
build/native/tests/golmok_frame_bench --benchmark_counters_tabular=true \
  --benchmark_out="$OUT/frames.json" --benchmark_out_format=json

echo "golmok bench: synthetic sites (1,000 and 10,000 shops, seed $SEED)"
scripts/synthetic_site.sh 1000 "$OUT/site-1000" "$SEED"
scripts/synthetic_site.sh 10000 "$OUT/site-10000" "$SEED"

echo "golmok bench: a city, 1,000 districts of 100 shops (takes about ten minutes)"
node tests/bench/city.mjs "$OUT" 1000 100

echo "golmok bench: the page in Chromium (takes about two minutes)"
node tests/e2e/bench-page.mjs "$OUT/page.json" "$OUT/site-1000" "$OUT/site-10000"

node tests/bench/report.mjs "$OUT" "$(git rev-parse --short HEAD 2>/dev/null || true)"

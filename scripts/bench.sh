#!/usr/bin/env bash
# Builds everything and measures golmok against the budgets of its product description, printing
# one table: each figure beside its budget with a pass or fail mark.
#   native (Google Benchmark): load + validate and search per keystroke at 1,000 and 10,000 shops;
#     C++ time per frame of each screen on a headless ImGui context (p50 and p95)
#   the page in Debian's Chromium: bytes before the first interactive frame, the time to it under
#     Slow-4G and 4× CPU slowdown (with its network waterfall), frames drawn in 5 s of idle, the
#     glyph atlas at devicePixelRatio 3; then, on copies of the site serving a synthetic district
#     of 1,000 and 10,000 shops, C++ frame times in the page and wasm linear memory
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
GOLMOK="$ROOT/build/native/src/cli/golmok"
SEED=1
mkdir -p "$OUT"

echo "golmok bench: native benchmarks"
build/native/tests/golmok_bench --benchmark_filter='LoadAndValidate|SearchKeystroke' \
  --benchmark_counters_tabular=true --benchmark_out="$OUT/native.json" --benchmark_out_format=json
build/native/tests/golmok_frame_bench --benchmark_counters_tabular=true \
  --benchmark_out="$OUT/frames.json" --benchmark_out_format=json

# synthetic_site SHOPS DIR: the built site serving only a synthetic district of SHOPS shops, its
# fonts cut to the characters that district shows, as scripts/build.sh cuts them for real ones.
synthetic_site() {
  local shops="$1" site="$2"
  rm -rf "$site"
  cp -r build/site "$site"
  rm -f "$site"/data/*.json "$site"/data/*.json.gz
  "$GOLMOK" synth --shops "$shops" --seed "$SEED" > "$site/data/synthetic.json"
  cat > "$site/data/index.json" <<JSON
{ "format": 1, "default": "synthetic",
  "districts": [{ "id": "synthetic", "bundle": "synthetic.json", "name": { "ko": "가상 상권" } }] }
JSON
  "$GOLMOK" validate "$site/data/index.json" "$site/data/synthetic.json" >/dev/null
  "$GOLMOK" glyphs --langs ko,en "$site/data/synthetic.json" > "$site/glyphs.txt"
  "$GOLMOK" glyphs --titles --langs ko,en "$site/data/synthetic.json" > "$site/glyphs-titles.txt"
  local face out font chars
  for face in "body:NanumBarunGothic.ttf:glyphs.txt" "title:NanumBarunGothicBold.ttf:glyphs-titles.txt"; do
    IFS=: read -r out font chars <<<"$face"
    # The page asks for the face by its content-hashed name (fonts/body.<hash>.ttf): cut into it.
    out="$(cd "$site/fonts" && ls "$out".*.ttf | head -n 1)"
    /usr/bin/python3 -m fontTools.subset "/usr/share/fonts/truetype/nanum/$font" \
      --text-file="$site/$chars" --output-file="$site/fonts/$out" --layout-features='' \
      --no-hinting --desubroutinize --name-IDs='*' --notdef-outline \
      --drop-tables+=DSIG,GSUB,GPOS,GDEF,FFTM,VORG,vhea,vmtx,BASE
  done
  rm -f "$site"/glyphs*.txt "$site"/fonts/*.gz
  gzip -9 -k -n "$site"/data/*.json "$site"/fonts/*
}

echo "golmok bench: synthetic sites (1,000 and 10,000 shops, seed $SEED)"
synthetic_site 1000 "$OUT/site-1000"
synthetic_site 10000 "$OUT/site-10000"

echo "golmok bench: the page in Chromium (takes about two minutes)"
node tests/e2e/bench-page.mjs "$OUT/page.json" "$OUT/site-1000" "$OUT/site-10000"

node tests/bench/report.mjs "$OUT" "$(git rev-parse --short HEAD 2>/dev/null || true)"

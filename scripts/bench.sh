#!/usr/bin/env bash
# Builds everything and runs golmok's benchmarks, printing each figure beside its budget:
#   native: load + validate a 10,000-shop bundle (≤ 100 ms), one search keystroke at 10,000 shops
#   (≤ 1 ms); the page in Chromium: bytes before the first interactive frame, time to it under
#   Slow-4G and 4× CPU slowdown, frames drawn in 5 s of idle, the font atlas, wasm memory.
# Synthetic bundles come from golmok's own generator (golmok synth), seeded, so runs compare.
# Extra arguments go to Google Benchmark (e.g. --benchmark_filter=Search).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source scripts/setup.sh
golmok_setup
scripts/build.sh >/dev/null
build/native/tests/golmok_bench --benchmark_counters_tabular=true "$@"
node tests/e2e/bench-page.mjs

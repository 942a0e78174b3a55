#!/usr/bin/env bash
# Builds the native tree and runs golmok's benchmarks, printing each figure beside its budget:
#   load + validate a 10,000-shop bundle (≤ 100 ms), one search keystroke at 10,000 shops (≤ 1 ms).
# Synthetic bundles come from golmok's own generator (golmok synth), seeded, so runs compare.
# Extra arguments go to Google Benchmark (e.g. --benchmark_filter=Search).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source scripts/setup.sh
install_debian_packages
cmake --preset native >/dev/null
cmake --build --preset native --target golmok_bench
exec build/native/tests/golmok_bench --benchmark_counters_tabular=true "$@"

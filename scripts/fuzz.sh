#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (Debian's clang 14, with AddressSanitizer and
# UndefinedBehaviorSanitizer) into build/fuzz and runs each for SECONDS (default 60), from a seed
# corpus made of data/ and tests/data/ (scripts/fuzz_seeds.py) and the target's dictionary.
#   scripts/fuzz.sh [SECONDS] [TARGET…]     targets: the fuzz_* names without "fuzz_"; default all
#   FUZZ_JOBS=2 scripts/fuzz.sh 300         two targets at a time (the machine's cores allow)
# The corpus grows in build/fuzz/corpus/<target> from run to run; an input that crashes is saved
# in build/fuzz/crashes/<target>/ and makes the script exit 1. Turn each one into a regression
# test in tests/core before fixing it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source scripts/setup.sh
install_debian_packages "${FUZZ_APT_PACKAGES[@]}"

SECONDS_EACH="${1:-60}"
shift || true
JOBS="${FUZZ_JOBS:-1}"
OUT="$ROOT/build/fuzz"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target golmok_fuzzers

if [ "$#" -gt 0 ]; then
  TARGETS=("$@")
else
  mapfile -t TARGETS < <(sed -n 's/^golmok_fuzzer(\([a-z_0-9]*\))$/\1/p' tests/fuzz/CMakeLists.txt)
fi

# run_one TARGET: fuzzes for SECONDS_EACH, then prints "TARGET: N runs, …" from libFuzzer's stats.
run_one() {
  local target="$1"
  local corpus="$OUT/corpus/$target" crashes="$OUT/crashes/$target" log="$OUT/logs/$target.log"
  mkdir -p "$corpus" "$crashes" "$OUT/logs"
  /usr/bin/python3 scripts/fuzz_seeds.py "$target" "$corpus" >/dev/null
  local dict=()
  [ -f "tests/fuzz/$target.dict" ] && dict=("-dict=tests/fuzz/$target.dict")
  local status=0
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1" \
    "$OUT/tests/fuzz/fuzz_$target" "$corpus" "${dict[@]}" -max_total_time="$SECONDS_EACH" \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
      >"$log" 2>&1 || status=$?
  local runs cov
  runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)"
  if [ "$status" -ne 0 ]; then
    echo "fuzz_$target: FAILED after ${runs:-?} runs (${cov}); see $log and $crashes/"
    return 1
  fi
  echo "fuzz_$target: ${runs:-?} runs in ${SECONDS_EACH} s, ${cov}, corpus $(ls "$corpus" | wc -l) inputs"
}

failed=0
running=0
for target in "${TARGETS[@]}"; do
  [ -x "$OUT/tests/fuzz/fuzz_$target" ] || { echo "no fuzz target named $target" >&2; exit 2; }
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
exit "$failed"

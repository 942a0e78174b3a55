#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test: the native suite under ctest
# (core, UI, CLI), again built with AddressSanitizer and UndefinedBehaviorSanitizer, and the
# end-to-end tests in Debian's Chromium. Run as root on Debian 12; safe to run again. Exits
# non-zero when anything fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source scripts/setup.sh
golmok_setup
scripts/build.sh

echo "golmok test: native suite"
ctest --preset native

# The same suite built with AddressSanitizer and UndefinedBehaviorSanitizer: a finding fails it.
echo "golmok test: native suite under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan

echo "golmok test: end-to-end suite (Chromium, 390×844 at devicePixelRatio 3, touch)"
(cd tests/e2e && node --test)
echo "golmok test: all passed"

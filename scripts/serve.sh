#!/usr/bin/env bash
# Installs what is missing, builds the site and serves it on http://localhost:8080/
# (PORT=… to change). Run as root on Debian 12; safe to run again.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source scripts/setup.sh
golmok_setup
scripts/build.sh
PORT="${PORT:-8080}"
echo "golmok: open http://localhost:$PORT/doksan/ (독산동 맛나는 거리) or /samseon/ (삼선동 삼선교로)"
exec node scripts/serve.mjs build/site "$PORT"

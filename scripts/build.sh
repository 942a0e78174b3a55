#!/usr/bin/env bash
# Builds everything: the native tools and tests, the wasm page, and the site folder build/site
# (page, data, fonts subset to the characters in use, each file also precompressed as .gz).
# Expects scripts/setup.sh to have run (serve.sh and test.sh run it first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SITE="$ROOT/build/site"
FONT_DIR=/usr/share/fonts/truetype/nanum
PY=/usr/bin/python3  # Debian's, which has fontTools

say() { echo "golmok build: $*"; }

say "native build (core, CLI, tests)"
cmake --preset native >/dev/null
cmake --build --preset native

say "checking the district data"
./build/native/src/cli/golmok validate data/index.json data/*.json

say "wasm build (page)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm

say "assembling $SITE"
rm -rf "$SITE.tmp"
mkdir -p "$SITE.tmp/data/schema" "$SITE.tmp/fonts"
cp shell/index.html shell/shell.js shell/shell.css web/icon.svg "$SITE.tmp/"
cp build/wasm/src/platform/web/golmok.js build/wasm/src/platform/web/golmok.wasm "$SITE.tmp/"
cp data/*.json "$SITE.tmp/data/"
cp data/schema/*.json "$SITE.tmp/data/schema/"

# The fonts carry only the characters the page's own text and the bundles can show.
./build/native/src/cli/golmok glyphs data/*.json > build/glyphs.txt
subset() {
  "$PY" -m fontTools.subset "$FONT_DIR/$1" --text-file=build/glyphs.txt --output-file="$2" \
    --layout-features='' --no-hinting --desubroutinize --name-IDs='*' --notdef-outline \
    --drop-tables+=DSIG,GSUB,GPOS,GDEF,FFTM
}
subset NanumBarunGothic.ttf "$SITE.tmp/fonts/body.ttf"
subset NanumBarunGothicBold.ttf "$SITE.tmp/fonts/title.ttf"

# Precompressed copies for servers that send them (scripts/serve.mjs does).
find "$SITE.tmp" -type f \( -name '*.js' -o -name '*.wasm' -o -name '*.json' -o -name '*.ttf' \
  -o -name '*.html' -o -name '*.css' -o -name '*.svg' \) -exec gzip -9 -k -n {} +

rm -rf "$SITE"
mv "$SITE.tmp" "$SITE"
say "site ready in build/site"

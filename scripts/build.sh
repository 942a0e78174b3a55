#!/usr/bin/env bash
# Builds everything: the native tools and tests, the wasm page, and the site folder build/site
# (pages, data, fonts cut to the characters in use and into pieces for the rest, icons;
# assembled by `golmok site`).
# Expects scripts/setup.sh to have run (serve.sh and test.sh run it first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SITE="$ROOT/build/site"

say() { echo "golmok build: $*"; }

say "native build (core, CLI, tests)"
cmake --preset native >/dev/null
cmake --build --preset native

say "checking the district data"
./build/native/src/cli/golmok validate data/index.json data/*.json

say "wasm build (page, and the editor's publish module)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm

say "cutting fonts and drawing icons"
FONTS="$ROOT/build/fonts"
rm -rf "$FONTS"
mkdir -p "$FONTS"
GOLMOK=./build/native/src/cli/golmok
NANUM=/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf
NANUM_BOLD=/usr/share/fonts/truetype/nanum/NanumBarunGothicBold.ttf
# Noto Sans CJK (CFF outlines, which ImGui's stb_truetype reads): each language's face of the
# collection, so that shared characters take the forms its readers expect.
NOTO_CJK=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

# The first fonts carry only the characters the page's own text and the bundles can show, so
# the first screen downloads little. Nanum draws everything of Korean and English, and what
# Japanese and Chinese texts hold besides kana and Chinese characters (Latin with accents,
# digits, punctuation).
{
  "$GOLMOK" glyphs --langs ko,en data/*.json
  "$GOLMOK" glyphs --langs ja,zh --no-cjk data/*.json
} > build/glyphs.txt
"$GOLMOK" fonts subset "$NANUM" build/glyphs.txt -o "$FONTS/body.ttf"
# The bold title face draws only names, headings and coupons.
{
  "$GOLMOK" glyphs --titles --langs ko,en data/*.json
  "$GOLMOK" glyphs --titles --langs ja,zh --no-cjk data/*.json
} > build/glyphs-titles.txt
"$GOLMOK" fonts subset "$NANUM_BOLD" build/glyphs-titles.txt -o "$FONTS/title.ttf"
# Characters Nanum has no glyph for (é in "Café", other accented Latin) come from Noto Sans CJK
# KR in fonts/extra.otf, merged under Nanum for every language; usually a few glyphs.
"$GOLMOK" fonts subset "$NOTO_CJK#Noto Sans CJK KR" build/glyphs.txt --lacking "$NANUM" -o "$FONTS/extra.otf"
# fonts/ja.otf and fonts/zh.otf: only the kana, Chinese characters and CJK punctuation of the
# texts in that language (Hangul, Latin and digits stay with Nanum), fetched by the visitors
# who pick it.
for spec in "ja:Noto Sans CJK JP" "zh:Noto Sans CJK SC"; do
  lang="${spec%%:*}"
  "$GOLMOK" glyphs --editor --langs "$lang" --cjk-only data/*.json > "build/glyphs-$lang.txt"
  "$GOLMOK" fonts subset "$NOTO_CJK#${spec#*:}" "build/glyphs-$lang.txt" -o "$FONTS/$lang.otf"
done
# Whatever a district writes later (an update published without a build, a search, what an
# editor types) is in the pieces: every Hangul syllable, jamo, Latin with its accents, digits,
# punctuation, kana and Chinese characters, in files of 128 characters the page fetches when a
# text needs them (fonts/pieces.json lists them).
"$GOLMOK" fonts pieces --out "$FONTS/pieces" body="$NANUM" title="$NANUM_BOLD" \
  "extra=$NOTO_CJK#Noto Sans CJK KR" "ja=$NOTO_CJK#Noto Sans CJK JP" "zh=$NOTO_CJK#Noto Sans CJK SC"

# The icon as PNG for the web manifest and home screens that do not take SVG.
for size in 192 512; do
  rsvg-convert --width "$size" --height "$size" web/icon.svg --output "$FONTS/icon-$size.png"
done

# The site: pages generated from the bundles, every file of the page named by its content, .gz
# copies beside them. BASE_URL=https://… gives absolute links and a sitemap.xml.
say "assembling $SITE"
APP=build/wasm/src/platform/web
PUBLISH=build/wasm/src/platform/publish
./build/native/src/cli/golmok site --out "$SITE" ${BASE_URL:+--base-url "$BASE_URL"} \
  --service-worker web/sw.js \
  --asset golmok.js="$APP/golmok.js" --asset golmok.wasm="$APP/golmok.wasm" \
  --asset shell.js="$APP/shell.js" --asset shell.css=shell/shell.css --asset icon.svg=web/icon.svg \
  --asset icon-192.png="$FONTS/icon-192.png" --asset icon-512.png="$FONTS/icon-512.png" \
  --asset fonts/body.ttf="$FONTS/body.ttf" --asset fonts/title.ttf="$FONTS/title.ttf" \
  --asset fonts/extra.otf="$FONTS/extra.otf" --asset fonts/ja.otf="$FONTS/ja.otf" \
  --asset fonts/zh.otf="$FONTS/zh.otf" --font-pieces "$FONTS/pieces" \
  --asset publish.js="$PUBLISH/publish.js" --asset publish.wasm="$PUBLISH/publish.wasm" \
  data/index.json
say "site ready in build/site"

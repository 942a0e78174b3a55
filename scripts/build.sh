#!/usr/bin/env bash
# Builds everything: the native tools and tests, the wasm page, and the site folder build/site
# (pages, data, fonts subset to the characters in use, icons; assembled by `golmok site`).
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

say "cutting fonts and drawing icons"
FONTS="$ROOT/build/fonts"
rm -rf "$FONTS"
mkdir -p "$FONTS"

# The fonts carry only the characters the page's own text and the bundles can show.
# subset FONT CHARACTERS OUT [fontTools options…]
subset() {
  local font="$1" chars="$2" out="$3"
  shift 3
  "$PY" -m fontTools.subset "$font" --text-file="$chars" --output-file="$out" \
    --layout-features='' --no-hinting --desubroutinize --name-IDs='*' --notdef-outline \
    --drop-tables+=DSIG,GSUB,GPOS,GDEF,FFTM,VORG,vhea,vmtx,BASE "$@"
}
# Nanum draws everything of Korean and English, and what Japanese and Chinese texts hold besides
# kana and Chinese characters (Latin with accents, digits, punctuation).
{
  ./build/native/src/cli/golmok glyphs --langs ko,en data/*.json
  ./build/native/src/cli/golmok glyphs --langs ja,zh --no-cjk data/*.json
} > build/glyphs.txt
subset "$FONT_DIR/NanumBarunGothic.ttf" build/glyphs.txt "$FONTS/body.ttf"
# The bold title face draws only names, headings and coupons.
{
  ./build/native/src/cli/golmok glyphs --titles --langs ko,en data/*.json
  ./build/native/src/cli/golmok glyphs --titles --langs ja,zh --no-cjk data/*.json
} > build/glyphs-titles.txt
subset "$FONT_DIR/NanumBarunGothicBold.ttf" build/glyphs-titles.txt "$FONTS/title.ttf"
# Editors type what no bundle holds yet: fonts/edit.ttf has every Hangul syllable of KS X 1001
# (the 2,350 in common use), the compatibility jamo, Latin-1 and what the page shows, and is
# fetched only when the editor opens.
./build/native/src/cli/golmok glyphs --editor --langs ko,en data/*.json > build/glyphs-editor.txt
"$PY" - build/glyphs.txt build/glyphs-editor.txt > build/glyphs-edit.txt <<'PYEOF'
import sys
chars = set()
for name in sys.argv[1:]:
    chars.update(open(name, encoding="utf-8").read())
for lead in range(0xB0, 0xC9):
    for trail in range(0xA1, 0xFF):
        try:
            chars.add(bytes([lead, trail]).decode("euc-kr"))
        except UnicodeDecodeError:
            pass
chars.update(chr(c) for c in range(0x20, 0x7F))
chars.update(chr(c) for c in range(0xA0, 0x100))
chars.update(chr(c) for c in range(0x3131, 0x318F))
chars.update("‘’“”–—…·₩~")
print("".join(sorted(c for c in chars if c == " " or c.strip())))
PYEOF
subset "$FONT_DIR/NanumBarunGothic.ttf" build/glyphs-edit.txt "$FONTS/edit.ttf"

# Japanese and Chinese: Noto Sans CJK (CFF outlines, which ImGui's stb_truetype reads), merged
# onto the Korean font when a visitor picks 日本語 or 中文. Each file holds only the kana, Chinese
# characters and CJK punctuation of its language (Hangul, Latin and digits stay with Nanum),
# cut from the collection's face for that language so that shared characters take the forms
# its readers expect: fonts/ja.otf from Noto Sans CJK JP, fonts/zh.otf from Noto Sans CJK SC.
NOTO_CJK=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
noto_face() {  # the index in the collection of the face with this full name
  "$PY" - "$NOTO_CJK" "$1" <<'PYEOF'
import sys
from fontTools.ttLib import TTCollection
for i, font in enumerate(TTCollection(sys.argv[1]).fonts):
    if font["name"].getDebugName(4) == sys.argv[2]:
        print(i)
        sys.exit(0)
sys.exit("no face named %s in %s" % (sys.argv[2], sys.argv[1]))
PYEOF
}
# Characters Nanum has no glyph for (é in "Café", other accented Latin) come from Noto Sans CJK
# KR in fonts/extra.otf, merged under Nanum for every language; usually a few glyphs.
"$PY" - "$FONT_DIR/NanumBarunGothic.ttf" build/glyphs.txt > build/glyphs-extra.txt <<'PYEOF'
import sys
from fontTools.ttLib import TTFont
cmap = TTFont(sys.argv[1]).getBestCmap()
wanted = open(sys.argv[2], encoding="utf-8").read()
print("".join(sorted({c for c in wanted if c.strip() and ord(c) not in cmap})))
PYEOF
subset "$NOTO_CJK" build/glyphs-extra.txt "$FONTS/extra.otf" --font-number="$(noto_face "Noto Sans CJK KR")"

for spec in "ja:Noto Sans CJK JP" "zh:Noto Sans CJK SC"; do
  lang="${spec%%:*}"
  face="$(noto_face "${spec#*:}")"
  ./build/native/src/cli/golmok glyphs --editor --langs "$lang" --cjk-only data/*.json > "build/glyphs-$lang.txt"
  subset "$NOTO_CJK" "build/glyphs-$lang.txt" "$FONTS/$lang.otf" --font-number="$face"
done

# The icon as PNG for the web manifest and home screens that do not take SVG.
for size in 192 512; do
  rsvg-convert --width "$size" --height "$size" web/icon.svg --output "$FONTS/icon-$size.png"
done

# The site: pages generated from the bundles, every file of the page named by its content, .gz
# copies beside them. BASE_URL=https://… gives absolute links and a sitemap.xml.
say "assembling $SITE"
APP=build/wasm/src/platform/web
./build/native/src/cli/golmok site --out "$SITE" ${BASE_URL:+--base-url "$BASE_URL"} \
  --service-worker web/sw.js \
  --asset golmok.js="$APP/golmok.js" --asset golmok.wasm="$APP/golmok.wasm" \
  --asset shell.js="$APP/shell.js" --asset shell.css=shell/shell.css --asset icon.svg=web/icon.svg \
  --asset icon-192.png="$FONTS/icon-192.png" --asset icon-512.png="$FONTS/icon-512.png" \
  --asset fonts/body.ttf="$FONTS/body.ttf" --asset fonts/title.ttf="$FONTS/title.ttf" \
  --asset fonts/extra.otf="$FONTS/extra.otf" --asset fonts/ja.otf="$FONTS/ja.otf" \
  --asset fonts/zh.otf="$FONTS/zh.otf" --asset fonts/edit.ttf="$FONTS/edit.ttf" \
  data/index.json
say "site ready in build/site"

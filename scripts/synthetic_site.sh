#!/usr/bin/env bash
# Writes a copy of the built site (build/site, or $GOLMOK_SITE) that serves only a synthetic
# district of N shops, its fonts cut to the characters that district shows, as scripts/build.sh
# cuts them for real ones. The benchmarks and the budget tests load it; the same seed gives the
# same bytes.
#   scripts/synthetic_site.sh SHOPS OUT_DIR [SEED]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shops="${1:?usage: scripts/synthetic_site.sh SHOPS OUT_DIR [SEED]}"
site="${2:?usage: scripts/synthetic_site.sh SHOPS OUT_DIR [SEED]}"
seed="${3:-1}"
GOLMOK="$ROOT/build/native/src/cli/golmok"
SOURCE_SITE="${GOLMOK_SITE:-$ROOT/build/site}"
[ -x "$GOLMOK" ] && [ -d "$SOURCE_SITE" ] || { echo "synthetic_site: run scripts/build.sh first" >&2; exit 2; }

rm -rf "$site"
cp -r "$SOURCE_SITE" "$site"
rm -f "$site"/data/*.json "$site"/data/*.json.gz "$site"/data/*.json.br
"$GOLMOK" synth --shops "$shops" --seed "$seed" > "$site/data/synthetic.json"
cat > "$site/data/index.json" <<JSON
{ "format": 1, "default": "synthetic",
  "districts": [{ "id": "synthetic", "bundle": "synthetic.json", "name": { "ko": "가상 상권" } }] }
JSON
"$GOLMOK" validate "$site/data/index.json" "$site/data/synthetic.json" >/dev/null
"$GOLMOK" glyphs --langs ko,en "$site/data/synthetic.json" > "$site/glyphs.txt"
"$GOLMOK" glyphs --titles --langs ko,en "$site/data/synthetic.json" > "$site/glyphs-titles.txt"
for face in "body:NanumBarunGothic.ttf:glyphs.txt" "title:NanumBarunGothicBold.ttf:glyphs-titles.txt"; do
  IFS=: read -r out font chars <<<"$face"
  # The page asks for the face by its content-hashed name (fonts/body.<hash>.ttf): cut into it.
  out="$(cd "$site/fonts" && ls "$out".*.ttf | head -n 1)"
  "$GOLMOK" fonts subset "/usr/share/fonts/truetype/nanum/$font" "$site/$chars" -o "$site/fonts/$out"
done
rm -f "$site"/glyphs*.txt "$site"/fonts/*.gz "$site"/fonts/*.br
gzip -9 -k -n "$site"/data/*.json "$site"/fonts/*.ttf "$site"/fonts/*.otf

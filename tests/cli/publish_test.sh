#!/bin/bash
# golmok publish, end to end on a real site folder written by golmok site (with stand-in files for
# the built page): run as `publish_test.sh GOLMOK SOURCE_DIR CASE` by ctest.
set -u
GOLMOK=$(realpath "$1")
SRC=$2
CASE=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SITE="$WORK/site"
# The site: the repository's two districts, a page whose program is a few stand-in bytes.
for f in golmok.js golmok.wasm shell.js shell.css body.ttf; do printf 'stand-in %s\n' "$f" >"$WORK/$f"; done
expect 0 site --out "$SITE" --today 2026-12-05 --service-worker "$SRC/web/sw.js" \
  --asset golmok.js="$WORK/golmok.js" --asset golmok.wasm="$WORK/golmok.wasm" \
  --asset shell.js="$WORK/shell.js" --asset shell.css="$WORK/shell.css" \
  --asset fonts/body.ttf="$WORK/body.ttf" "$SRC/data/index.json"

# A changed doksan bundle: one new shop whose name no build has seen.
python3 - "$SRC/data/doksan.json" "$WORK/doksan.json" <<'PY'
import json, sys
bundle = json.load(open(sys.argv[1], encoding="utf-8"))
shop = dict(bundle["shops"][0])
shop["id"] = "tomyam-haeng"
shop["name"] = {"ko": "똠얌꿍 타이 햏반점", "en": "Tom Yum Thai Haeng"}
bundle["shops"].insert(0, shop)
json.dump(bundle, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY

# Every file of the site with its content's checksum and its inode: what "as it was" means.
snapshot() { (cd "$SITE" && find . -type f -printf '%p %i\n' | sort && find . -type f -print0 | sort -z | xargs -0 sha1sum); }

case "$CASE" in
  changed_files_only)
    snapshot >"$WORK/before"
    expect 0 publish "$SITE" "$WORK/doksan.json" --today 2026-12-05
    cat >"$WORK/want" <<'TXT'
data/doksan.json
doksan/en/index.html
doksan/index.html
doksan/ja/index.html
doksan/zh/index.html
golmok publish: 5 files changed in SITE
TXT
    sed "s|$SITE|SITE|" "$WORK/out" | diff - "$WORK/want" || fail "changed files differ"
    cmp -s "$SITE/data/doksan.json" "$WORK/doksan.json" || fail "the bundle is not the one published"
    grep -q '똠얌꿍 타이 햏반점' "$SITE/doksan/index.html" || fail "the Korean page lacks the new shop"
    grep -q 'Tom Yum Thai Haeng' "$SITE/doksan/en/index.html" || fail "the English page lacks the new shop"
    zcat "$SITE/doksan/index.html.gz" | cmp -s - "$SITE/doksan/index.html" || fail "stale .gz copy"
    [ "$(grep -c '"@type"' "$SITE/doksan/index.html")" -gt 0 ] || fail "no JSON-LD"
    # Every other file is the same file (same inode: never written, never copied).
    snapshot >"$WORK/after"
    grep -v -e '^\./doksan/' -e '^\./data/doksan.json' "$WORK/before" | grep ' [0-9]*$' >"$WORK/kept-before"
    grep -v -e '^\./doksan/' -e '^\./data/doksan.json' "$WORK/after" | grep ' [0-9]*$' >"$WORK/kept-after"
    diff "$WORK/kept-before" "$WORK/kept-after" || fail "a file that did not change was touched"
    [ ! -e "$SITE.publish-new" ] || fail "the staging folder was left behind"
    # Twice: nothing to change, nothing written.
    expect 0 publish "$SITE" "$WORK/doksan.json" --today 2026-12-05
    grep -q 'is up to date; nothing written' "$WORK/out" || fail "$(cat "$WORK/out")" ;;
  problems_change_nothing)
    snapshot >"$WORK/before"
    python3 -c "import json,sys; b=json.load(open(sys.argv[1])); b['shops'][0]['position']={'lat':'north'}; json.dump(b,open(sys.argv[1],'w'))" "$WORK/doksan.json"
    expect 1 publish "$SITE" "$WORK/doksan.json" "$SRC/data/samseon.json" --today 2026-12-05
    grep -q 'doksan.json:.*/shops/0/position' "$WORK/out" || fail "the problem is not named: $(cat "$WORK/out")"
    grep -q 'nothing written' "$WORK/err" || fail "$(cat "$WORK/err")"
    snapshot | diff "$WORK/before" - || fail "the site changed"
    [ ! -e "$SITE.publish-new" ] || fail "a staging folder was made" ;;
  unknown_district)
    python3 -c "import json,sys; b=json.load(open(sys.argv[1])); b['district']['id']='nowhere'; json.dump(b,open(sys.argv[1],'w'))" "$WORK/doksan.json"
    expect 1 publish "$SITE" "$WORK/doksan.json"
    grep -q 'district "nowhere" is not in' "$WORK/out" || fail "$(cat "$WORK/out")" ;;
  interrupted)
    # A publish stopped before its swap leaves its half-assembled folder beside an untouched site;
    # the next publish clears it and completes.
    snapshot >"$WORK/before"
    mkdir -p "$SITE.publish-new/doksan" && echo half >"$SITE.publish-new/doksan/index.html"
    snapshot | diff "$WORK/before" - || fail "the site changed"
    expect 0 publish "$SITE" "$WORK/doksan.json" --today 2026-12-05
    grep -q '똠얌꿍' "$SITE/doksan/index.html" || fail "not published"
    [ ! -e "$SITE.publish-new" ] || fail "the staging folder was left behind" ;;
  not_a_site)
    expect 2 publish "$WORK" "$WORK/doksan.json"
    grep -q 'site.json: cannot read: .*publishing needs a folder golmok site wrote' "$WORK/err" || fail "$(cat "$WORK/err")" ;;
  usage)
    expect 2 publish "$SITE"
    grep -q 'needs the site folder and at least one bundle' "$WORK/err" || fail "$(cat "$WORK/err")"
    expect 0 publish --help
    grep -q '^usage: golmok publish' "$WORK/out" || fail "no usage" ;;
  *) fail "no such case" ;;
esac

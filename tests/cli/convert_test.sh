#!/bin/bash
# The golmok tool's data commands, end to end: run as `convert_test.sh GOLMOK SOURCE_DIR CASE`
# by ctest, one case per behaviour. Each case works in its own temporary folder.
set -u
GOLMOK=$(realpath "$1")
SRC=$2
CASE=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CSV="$SRC/tests/data/csv"
MINIMAL="$SRC/tests/data/valid/minimal.json"

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

case "$CASE" in
  csv_round_trip)
    # Export, import back into the same bundle: the same bytes, for both shipped districts.
    for d in doksan samseon; do
      expect 0 export csv "$SRC/data/$d.json" -o "$WORK/$d.csv"
      [ "$(head -c 3 "$WORK/$d.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "no byte order mark"
      expect 0 import csv "$WORK/$d.csv" --into "$SRC/data/$d.json" -o "$WORK/$d.json"
      cmp "$WORK/$d.json" "$SRC/data/$d.json" || fail "$d changed on the way through CSV"
    done ;;
  csv_cp949_round_trip)
    # The Korean-only columns of a bundle survive CP949 both ways.
    expect 0 export csv "$MINIMAL" -o "$WORK/m.csv" --encoding cp949
    iconv -f CP949 -t UTF-8 "$WORK/m.csv" >/dev/null || fail "the export is not CP949"
    expect 0 import csv "$WORK/m.csv" --into "$MINIMAL" -o "$WORK/minimal.json"
    expect 0 export csv "$WORK/minimal.json" -o "$WORK/again.csv" --encoding cp949
    cmp "$WORK/m.csv" "$WORK/again.csv" || fail "CP949 round trip changed the file" ;;
  csv_cp949_not_encodable)
    expect 1 export csv "$SRC/data/doksan.json" -o "$WORK/d.csv" --encoding cp949
    grep -q 'row 2, column 16: "现" (U+73B0) cannot be written in CP949' "$WORK/out" || fail "$(cat "$WORK/out")"
    [ ! -e "$WORK/d.csv" ] || fail "a file was written" ;;
  cp949_import)
    expect 0 import csv "$CSV/cp949_shops.csv" --into "$MINIMAL" -o "$WORK/minimal.json"
    grep -q '"ko": "독산 떡집"' "$WORK/minimal.json" || fail "the new shop's Korean name is missing"
    grep -q '"ko": "서울 금천구 독산동, 1층"' "$WORK/minimal.json" || fail "the quoted address is missing"
    grep -q '1 shop added, 1 updated' "$WORK/err" || fail "summary: $(cat "$WORK/err")"
    expect 0 validate "$WORK/minimal.json" ;;
  cp949_forced_utf8)
    expect 1 import csv "$CSV/cp949_shops.csv" --into "$MINIMAL" -o "$WORK/minimal.json" --encoding utf-8
    grep -q 'cp949_shops.csv: row 2, column 2: not UTF-8 (bytes 0xb8 0xc0); the file may be CP949' "$WORK/out" ||
      fail "$(cat "$WORK/out")" ;;
  semas_import_cp949)
    # The public files come in CP949: convert the sample and import it into 독산동.
    iconv -f UTF-8 -t CP949 "$CSV/semas_sample.csv" >"$WORK/semas.csv" || fail "iconv"
    cp "$SRC/data/doksan.json" "$WORK/doksan.json"
    expect 0 import csv "$WORK/semas.csv" --into "$WORK/doksan.json" -o "$WORK/doksan.json"
    grep -q 'row 5, column 9: warning: the business type "세탁소"' "$WORK/out" || fail "$(cat "$WORK/out")"
    grep -q '4 shops added, 0 updated, 35 kept, 0 removed; 2 rows outside the district left out' "$WORK/err" ||
      fail "summary: $(cat "$WORK/err")"
    grep -q '"id": "semas-ma0000000000000000000001"' "$WORK/doksan.json" || fail "shop missing"
    expect 0 validate "$WORK/doksan.json" ;;
  mapping)
    printf '{"name_ko": "상호", "category": "업종", "lat": "Y", "lon": "X", "address_ko": "주소"}' >"$WORK/map.json"
    printf '상호,업종,Y,X,주소,메모\n새 가게,분식,37.466,126.896,독산동 9,아무거나\n' >"$WORK/sheet.csv"
    expect 0 import csv "$WORK/sheet.csv" --map "$WORK/map.json" --into "$MINIMAL" -o "$WORK/minimal.json"
    grep -q '"ko": "새 가게"' "$WORK/minimal.json" || fail "not imported"
    printf '{"name": "상호"}' >"$WORK/bad.json"
    expect 1 import csv "$WORK/sheet.csv" --map "$WORK/bad.json" --into "$MINIMAL" -o "$WORK/minimal.json"
    grep -q 'bad.json:1:10: /name: unknown field "name"' "$WORK/out" || fail "$(cat "$WORK/out")" ;;
  bad_csv)
    # Broken files: the exact messages, and nothing written.
    cd "$CSV" || fail "cd"
    for f in bad_quoting bad_number unknown_column neither_encoding; do
      expect 1 import csv "$f.csv" --into "$MINIMAL" -o "$WORK/out.json"
      diff "$WORK/out" "$f.expected" || fail "$f: messages differ"
      [ ! -e "$WORK/out.json" ] || fail "$f: a file was written"
    done ;;
  korean_hours)
    # Hours cells written in Korean become opening_hours, each reported with both texts; what
    # cannot be read is kept with the usual warning, and the bundle written is valid.
    cd "$CSV" || fail "cd"
    expect 0 import csv korean_hours.csv --into "$MINIMAL" -o "$WORK/minimal.json"
    diff "$WORK/out" korean_hours.expected || fail "messages differ"
    grep -q '"hours": "Mo-Fr 09:00-18:00; Sa 10:00-15:00; Su off"' "$WORK/minimal.json" || fail "shop-1's hours"
    grep -q '"hours": "Mo-Sa 07:00-19:00"' "$WORK/minimal.json" || fail "opening_hours not kept"
    grep -q '"hours": "가끔 쉼"' "$WORK/minimal.json" || fail "unreadable hours not kept"
    expect 0 validate "$WORK/minimal.json" ;;
  geojson_round_trip)
    for d in doksan samseon; do
      expect 0 export geojson "$SRC/data/$d.json" -o "$WORK/$d.geojson"
      python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["type"]=="FeatureCollection"
for f in d["features"]:
    c=f["geometry"]["coordinates"]; c=c if f["geometry"]["type"]=="Point" else c[0]
    assert 124<c[0]<132 and 33<c[1]<39, c' "$WORK/$d.geojson" || fail "not GeoJSON with [lon, lat]"
      expect 0 import geojson "$WORK/$d.geojson" --into "$SRC/data/$d.json" -o "$WORK/$d.json"
      cmp "$WORK/$d.json" "$SRC/data/$d.json" || fail "$d changed on the way through GeoJSON"
    done ;;
  geojson_errors)
    cat >"$WORK/bad.geojson" <<'JSON'
{"type": "FeatureCollection", "features": [
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [126.895, 37.465]},
   "properties": {"id": "shop-1", "phone": "call me"}},
  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}, "properties": {}},
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.465, 126.895]}, "properties": {}}
]}
JSON
    expect 1 import geojson "$WORK/bad.geojson" --into "$MINIMAL" -o "$WORK/out.json"
    cat >"$WORK/want" <<EOF2
$WORK/bad.geojson:4:44: /features/1/geometry/type: expected a Point (shop) or a LineString (street), found Polygon
$WORK/bad.geojson:5:77: /features/2/geometry/coordinates/1: latitude must be between -90 and 90 (GeoJSON puts longitude first)
EOF2
    diff "$WORK/out" "$WORK/want" || fail "messages differ"
    head -3 "$WORK/bad.geojson" | sed '3s/},$/}]}/' >"$WORK/one.geojson"
    expect 1 import geojson "$WORK/one.geojson" --into "$MINIMAL" -o "$WORK/out.json"
    grep -q 'one.geojson:3:44: /features/0/properties/phone: phone: expected digits' "$WORK/out" ||
      fail "$(cat "$WORK/out")" ;;
  failed_write_keeps_target)
    # A write that fails half way (here: a file size limit of 1 KB) leaves the old file and no
    # temporary file behind.
    echo "old contents" >"$WORK/doksan.csv"
    (ulimit -f 1; "$GOLMOK" export csv "$SRC/data/doksan.json" -o "$WORK/doksan.csv" >"$WORK/out" 2>"$WORK/err")
    [ $? -eq 2 ] || fail "expected exit status 2"
    grep -q 'cannot write: File too large (the file is unchanged)' "$WORK/err" || fail "$(cat "$WORK/err")"
    [ "$(cat "$WORK/doksan.csv")" = "old contents" ] || fail "the target changed"
    [ "$(ls -A "$WORK" | grep -c '^\.doksan')" -eq 0 ] || fail "a temporary file is left" ;;
  written_file_mode)
    umask 022
    expect 0 export csv "$MINIMAL" -o "$WORK/new.csv"
    [ "$(stat -c %a "$WORK/new.csv")" = 644 ] || fail "mode $(stat -c %a "$WORK/new.csv")"
    chmod 600 "$WORK/new.csv"
    expect 0 export csv "$MINIMAL" -o "$WORK/new.csv"
    [ "$(stat -c %a "$WORK/new.csv")" = 600 ] || fail "a replaced file lost its mode" ;;
  qr)
    expect 0 qr "$MINIMAL" --base-url https://example.org/golmok/ -o "$WORK/qr"
    [ -f "$WORK/qr/minimal.svg" ] && [ -f "$WORK/qr/shop-shop-1.svg" ] || fail "files: $(ls "$WORK/qr")"
    svg="$WORK/qr/shop-shop-1.svg"
    [ "$(grep -c '<path' "$svg")" -eq 1 ] || fail "expected one path"
    grep -q 'https://example.org/golmok/?d=minimal#/shop/shop-1</text>' "$svg" || fail "no readable URL"
    grep -q '>맛나분식</text>' "$svg" || fail "no name"
    grep -q 'shape-rendering="crispEdges"' "$svg" || fail "not crisp"
    python3 -c 'import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])' "$svg" || fail "not XML"
    expect 2 qr "$MINIMAL" --base-url ftp://example.org/ -o "$WORK/qr" ;;
  usage)
    for c in "import csv" "import geojson" "export csv" "export geojson" "qr"; do
      # shellcheck disable=SC2086
      expect 0 $c --help
      grep -q '^usage: golmok' "$WORK/out" || fail "$c --help"
    done
    expect 2 import csv "$CSV/cp949_shops.csv" -o "$WORK/x.json"
    grep -q -- '--into BUNDLE.json is required' "$WORK/err" || fail "$(cat "$WORK/err")"
    expect 2 import xls a.xls --into "$MINIMAL" -o x.json
    expect 2 export csv /nonexistent.json -o "$WORK/x.csv" ;;
  *) fail "unknown case" ;;
esac
echo "ok ($CASE)"

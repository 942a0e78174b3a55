#!/bin/bash
# golmok hours, end to end: run as `hours_test.sh GOLMOK CASE` by ctest, one case per behaviour.
set -u
GOLMOK=$(realpath "$1")
CASE=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

case "$CASE" in
  korean)
    # The value and its explanation in the four languages, one per line.
    expect 0 hours "월~금 9시~18시, 일 휴무"
    cat >"$WORK/want" <<'TXT'
월~금 9시~18시, 일 휴무
opening_hours: Mo-Fr 09:00-18:00; Su off
ko: 월–금 09:00–18:00, 토·일 휴무
en: Mon–Fri 09:00–18:00, Sat & Sun closed
ja: 月–金 09:00–18:00, 土・日 定休日
zh: 周一至周五 09:00–18:00, 周六、周日 休息
TXT
    diff "$WORK/out" "$WORK/want" || fail "output differs" ;;
  opening_hours_kept)
    expect 0 hours "Mo-Sa 11:00-15:00,17:00-22:00; Su off"
    grep -q '^opening_hours: Mo-Sa 11:00-15:00,17:00-22:00; Su off$' "$WORK/out" || fail "$(cat "$WORK/out")" ;;
  batch)
    # Several arguments, or lines of standard input: a block each, separated by an empty line.
    expect 0 hours "24시간" "매일 10:00~22:00, 공휴일 휴무"
    [ "$(grep -c '^opening_hours: ' "$WORK/out")" -eq 2 ] || fail "$(cat "$WORK/out")"
    [ "$(grep -c '^$' "$WORK/out")" -eq 1 ] || fail "blocks not separated: $(cat "$WORK/out")"
    grep -q '^opening_hours: 24/7$' "$WORK/out" || fail "$(cat "$WORK/out")"
    printf '월~금 9시~18시\n\n토 10:00~15:00\r\n' | "$GOLMOK" hours >"$WORK/out" 2>"$WORK/err" ||
      fail "stdin: exit $?"
    grep -q '^opening_hours: Mo-Fr 09:00-18:00$' "$WORK/out" || fail "$(cat "$WORK/out")"
    grep -q '^opening_hours: Sa 10:00-15:00$' "$WORK/out" || fail "$(cat "$WORK/out")"
    [ "$(grep -c '^opening_hours: ' "$WORK/out")" -eq 2 ] || fail "empty line read as a text" ;;
  not_understood)
    # Exit 1, where reading stopped with a caret under it (Hangul takes two columns), and the
    # texts that were understood still printed.
    expect 1 hours "월~금 9시~18시, 가끔 쉼" "월~금 9시~18시"
    cat >"$WORK/want" <<'TXT'
월~금 9시~18시, 가끔 쉼
not understood at character 13: unexpected '가끔'
  월~금 9시~18시, 가끔 쉼
                  ^
TXT
    head -4 "$WORK/out" | diff - "$WORK/want" || fail "output differs"
    grep -q '^opening_hours: Mo-Fr 09:00-18:00$' "$WORK/out" || fail "the second text is missing"
    expect 1 hours "930"
    grep -q 'bare number' "$WORK/out" || fail "$(cat "$WORK/out")" ;;
  usage)
    expect 0 hours --help
    grep -q '^usage: golmok hours' "$WORK/out" || fail "--help"
    expect 2 hours --lang
    expect 2 hours </dev/null
    expect 0 --help
    grep -q '^  hours TEXT' "$WORK/out" || fail "not in the tool's usage" ;;
  *) fail "unknown case" ;;
esac
echo "ok ($CASE)"

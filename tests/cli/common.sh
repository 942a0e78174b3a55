# What the CLI test scripts share, sourced after they set GOLMOK, CASE and WORK.

fail() { echo "FAIL ($CASE): $*" >&2; exit 1; }

# Runs golmok, expecting exit status $1; stdout goes to $WORK/out, stderr to $WORK/err.
expect() {
  local want=$1
  shift
  "$GOLMOK" "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "golmok $* exited $got, expected $want; stderr: $(cat "$WORK/err")"
}

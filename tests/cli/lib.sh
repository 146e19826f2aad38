# lib.sh — shared by the command-line tests. Each test runs the real binary on a fresh
# temporary database and compares what it printed with what is expected.
#
#   run CMD…          run ./gonghui -f "$DB" CMD…; stdout in $OUT, stderr in $ERR, status in $RC
#   expect_rc N NAME  the last run exited with N
#   expect_out NAME <<'END' … END     stdout is exactly the text given
#   expect_err NAME <<'END' … END     stderr is exactly the text given
#   expect_grep NAME PATTERN FILE     FILE contains PATTERN (grep -F)
#   have_locale L     the locale L (zh_CN.UTF-8) is installed
#   need_locale L…    when one is missing: say SKIP and end the test file here
#   skip NAME WHY     a check that cannot run here (counted as skipped)
TOP=$(cd "$(dirname "$0")/../.." && pwd)
BIN="$TOP/gonghui"
DATA="$TOP/tests/data"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB="$TMP/test.db"
OUT="$TMP/out"
ERR="$TMP/err"
RC=0
export GONGHUI_TODAY=2025-06-15
export LANG=C.UTF-8 LC_ALL= LANGUAGE=
# The translations of the build tree, not those installed.
export LOCALEDIR="$TOP/build/locale"
unset GONGHUI_DB

fresh() { rm -rf "$DB" "$TMP/backups"; }
# A new, empty database (only the full-screen program and import make one).
new_db() {
	fresh
	printf 'no,name\n' >"$TMP/header.csv"
	"$BIN" -f "$DB" import members "$TMP/header.csv" >/dev/null 2>&1
}
run() { "$BIN" -f "$DB" "$@" >"$OUT" 2>"$ERR"; RC=$?; }
run_bare() { "$BIN" "$@" >"$OUT" 2>"$ERR"; RC=$?; }
ok() { echo "ok $1"; }
fail() { echo "FAIL $1: $2"; }
skip() { echo "SKIP $1: $2"; }

# Locale names as `locale -a` spells them: zh_CN.UTF-8 is listed as zh_CN.utf8.
have_locale() {
	want=$(printf '%s' "$1" | tr 'A-Z' 'a-z' | tr -d -- -)
	locale -a 2>/dev/null | tr 'A-Z' 'a-z' | tr -d -- - | grep -qx "$want"
}
need_locale() {
	for l in "$@"; do
		if ! have_locale "$l"; then
			skip "$(basename "$0")" "the $l locale is not installed (make deps generates it)"
			exit 0
		fi
	done
}

expect_rc() {
	if [ "$RC" = "$1" ]; then ok "$2"; else
		fail "$2" "exit status $RC, expected $1 (stderr: $(head -3 "$ERR"))"; fi
}
expect_text() { # NAME FILE, expected text on stdin
	cat >"$TMP/want"
	if cmp -s "$TMP/want" "$2"; then ok "$1"; else
		fail "$1" "output differs:"; diff "$TMP/want" "$2" | head -20 | sed 's/^/    /'; fi
}
expect_out() { expect_text "$1" "$OUT"; }
expect_err() { expect_text "$1" "$ERR"; }
expect_grep() {
	if grep -qF -- "$2" "$3"; then ok "$1"; else
		fail "$1" "'$2' not found in $(basename "$3"): $(head -3 "$3")"; fi
}

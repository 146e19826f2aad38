#!/bin/sh
# Run every test: unit tests (build/tests/test_*, built by `make check` from
# tests/unit/test_*.c), command-line tests (tests/cli/*.sh) and full-screen tests
# (tests/tui/*.sh). Each prints "ok …", "FAIL …" or "SKIP …" lines (unit tests a
# "checks: N passed, M failed" line). A test that cannot run here — a locale or tmux
# is missing — says SKIP and why, and is counted as skipped, not as passed or failed.
# The last line is the total: "N passed, N failed, N skipped".
#
# Usage: tests/run.sh [PATTERN]   only the tests whose name (unit/test_money,
#                                 cli/report.sh, tui/dues.sh) contains PATTERN
cd "$(dirname "$0")/.." || exit 2
pattern=${1:-}
pass=0 fail=0 skip=0 ran=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() {
	# $1: name, output in $log, $2: exit status
	p=$(grep -c '^ok' "$log")
	f=$(grep -c '^FAIL' "$log")
	s=$(grep -c '^SKIP' "$log")
	u=$(sed -n 's/^checks: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$log" | tail -1)
	if [ -n "$u" ]; then
		p=$((p + ${u% *}))
		f=$((f + ${u#* }))
	fi
	if [ "$2" != 0 ] && [ "$f" = 0 ]; then
		f=1
		echo "FAIL $1: exited with status $2 without saying why"
	fi
	grep -E '^(FAIL|SKIP)' "$log"
	if [ "$s" = 0 ]; then
		printf '%-28s %4d passed, %d failed\n' "$1" "$p" "$f"
	else
		printf '%-28s %4d passed, %d failed, %d skipped\n' "$1" "$p" "$f" "$s"
	fi
	pass=$((pass + p))
	fail=$((fail + f))
	skip=$((skip + s))
	ran=$((ran + 1))
}

matches() { case $1 in *"$pattern"*) return 0 ;; esac; return 1; }

for src in tests/unit/test_*.c; do
	[ -f "$src" ] || continue
	name=${src##*/}
	name=${name%.c}
	matches "unit/$name" || continue
	t=build/tests/$name
	if [ -x "$t" ]; then
		"$t" >"$log" 2>&1
		count "unit/$name" $?
	else
		echo "FAIL unit/$name: $t is not built (make check builds it)" >"$log"
		count "unit/$name" 1
	fi
done
for kind in cli tui; do
	for t in tests/$kind/*.sh; do
		[ -f "$t" ] || continue
		case $t in *lib.sh) continue ;; esac
		matches "$kind/${t##*/}" || continue
		sh "$t" >"$log" 2>&1
		count "$kind/${t##*/}" $?
	done
done
if [ "$ran" = 0 ]; then
	echo "tests/run.sh: no test's name contains '$pattern'." >&2
	exit 2
fi
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" = 0 ]

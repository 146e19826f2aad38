#!/bin/sh
# Run every test: unit tests (build/tests/test_*), command-line tests (tests/cli/*.sh)
# and full-screen tests (tests/tui/*.sh). Each prints "ok …" / "FAIL …" lines (unit
# tests a "checks: N passed, M failed" line); the last line is the total.
# Usage: tests/run.sh [PATTERN]   (only the test files whose name contains PATTERN)
cd "$(dirname "$0")/.." || exit 2
pattern=${1:-}
pass=0 fail=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count() {
	# $1: name, output in $log, $2: exit status
	p=$(grep -c '^ok' "$log")
	f=$(grep -c '^FAIL' "$log")
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
	printf '%-28s %4d passed, %d failed\n' "$1" "$p" "$f"
	pass=$((pass + p))
	fail=$((fail + f))
}

for t in build/tests/test_*; do
	[ -x "$t" ] || continue
	case $t in *"$pattern"*) ;; *) continue ;; esac
	"$t" >"$log" 2>&1
	count "unit/${t##*/}" $?
done
for kind in cli tui; do
	for t in tests/$kind/*.sh; do
		[ -f "$t" ] || continue
		case $t in *lib.sh) continue ;; esac
		case $t in *"$pattern"*) ;; *) continue ;; esac
		sh "$t" >"$log" 2>&1
		count "$kind/${t##*/}" $?
	done
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]

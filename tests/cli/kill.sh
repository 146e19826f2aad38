#!/bin/sh
# kill -9 in the middle: an import of a year's dues and a full-screen save, killed at a
# random moment (seeded), again and again. After each kill the database is in good
# order and holds all of the change or none of it. GH_KILL_TRIALS sets how many of each
# (make check: 10; make stress: 400).
. "$(dirname "$0")/lib.sh"

SAVE="$TOP/build/tests/fault_save"
TRIALS=${GH_KILL_TRIALS:-10}
[ -x "$SAVE" ] || { fail "kill -9" "build/tests/fault_save is missing"; exit 0; }

# 200 members, a year of their dues
awk 'BEGIN { print "no,name,wage_base"; for (i = 1; i <= 200; i++) printf "K%03d,会员%d,%d\n", i, i, 3000 + i }' >"$TMP/m.csv"
awk 'BEGIN { print "month,member_no,amount"; for (m = 1; m <= 12; m++) for (i = 1; i <= 200; i++) printf "2024-%02d,K%03d,%d.50\n", m, i, 10 + i % 7 }' >"$TMP/d.csv"
fresh
run import members "$TMP/m.csv"
cp "$DB" "$TMP/base.db"
T="$TMP/t.db"
verify() { "$SAVE" --verify "$1" 2>/dev/null || echo bad; }

# the delays, seeded: up to the time a whole import takes
start=$(date +%s%N)
"$BIN" -f "$DB" import dues "$TMP/d.csv" >/dev/null 2>&1
took=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$took" -gt 5 ] || took=5

trials=0 corrupt=0 partial=0 finished=0 untouched=0
# $1 NAME, $2 rows when done, then the command
kill_trials() {
	name=$1 want=$2
	shift 2
	k=0
	awk -v n="$TRIALS" -v t="$took" -v seed=$((11 + ${#name})) \
		'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", rand() * t * 1.2 / 1000 }' \
		>"$TMP/delays"
	while read -r delay; do
		rm -rf "$TMP/backups" "$T-lock" "$T-journal"
		cp "$TMP/base.db" "$T"
		"$@" >/dev/null 2>&1 &
		pid=$!
		sleep "$delay"
		kill -9 "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
		trials=$((trials + 1))
		n=$(verify "$T")
		case $n in
		bad) corrupt=$((corrupt + 1))
			fail "$name: killed after ${delay}s" "the database is not in good order" ;;
		0) untouched=$((untouched + 1)) ;;
		"$want") finished=$((finished + 1)) ;;
		*) partial=$((partial + 1)); fail "$name: killed after ${delay}s" "$n of $want rows" ;;
		esac
	done <"$TMP/delays"
}

kill_trials "import of 2400 dues" 2400 "$BIN" -f "$T" import dues "$TMP/d.csv"
kill_trials "a save of 200 members' dues" 200 "$SAVE" "$T" 2025-05 $(awk 'BEGIN { for (i = 1; i <= 200; i++) printf "K%03d ", i }')
# a backup killed half-way never spoils the good backup already at DEST
cp "$TMP/base.db" "$TMP/full.db"
"$BIN" -f "$TMP/full.db" import dues "$TMP/d.csv" >/dev/null 2>&1
"$BIN" -f "$TMP/base.db" backup "$TMP/usb.db" >/dev/null 2>&1
cp "$TMP/usb.db" "$TMP/usb-before.db"
start=$(date +%s%N)
"$BIN" -f "$TMP/full.db" backup "$TMP/usb2.db" >/dev/null 2>&1
took=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$took" -gt 5 ] || took=5
awk -v n="$TRIALS" -v t="$took" 'BEGIN { srand(7); for (i = 0; i < n; i++) printf "%.3f\n", rand() * t * 1.2 / 1000 }' >"$TMP/delays"
spoiled=0 btrials=0
while read -r delay; do
	cp "$TMP/usb-before.db" "$TMP/usb.db"
	"$BIN" -f "$TMP/full.db" backup "$TMP/usb.db" >/dev/null 2>&1 &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	btrials=$((btrials + 1))
	trials=$((trials + 1))
	if ! cmp -s "$TMP/usb.db" "$TMP/usb-before.db" && [ "$(verify "$TMP/usb.db")" != 2400 ]; then
		spoiled=$((spoiled + 1))
		fail "backup killed after ${delay}s" "the backup at DEST is neither the old one nor a whole new one"
	fi
	rm -f "$TMP"/.usb.db.tmp-*
done <"$TMP/delays"
corrupt=$((corrupt + spoiled))
if [ "$spoiled" = 0 ]; then ok "$btrials backups killed half-way: the old backup at DEST was never spoiled"; fi

if [ $((corrupt + partial)) = 0 ]; then
	ok "$trials kill -9 trials: 0 damaged, 0 partial ($untouched before, $finished after the change)"
else
	fail "kill -9" "$trials trials: $corrupt damaged, $partial partial"
fi
echo "kill -9 trials: $trials, damaged $corrupt, partial $partial, untouched $untouched, finished $finished"

#!/bin/sh
# Fault injection: an import and a full-screen save of a month's dues run again and
# again, the Nth call that writes to or syncs a file failing (the import with ENOSPC, the
# save with EIO; both with each under make stress), for every N the run makes (build/tests/fault.so, an LD_PRELOAD shim). After each run
# the database is in good order and holds all of the change or none of it, the message
# is a sentence (no SQLite words), and no half-written backup is left.
. "$(dirname "$0")/lib.sh"

SHIM="$TOP/build/tests/fault.so"
SAVE="$TOP/build/tests/fault_save"
if [ ! -f "$SHIM" ] || [ ! -x "$SAVE" ]; then
	fail "fault injection" "build/tests/fault.so or fault_save is missing (make check builds them)"
	exit 0
fi

fresh
run import members "$DATA/members.csv"
cp "$DB" "$TMP/base.db"
printf 'month,member_no,amount\n2025-05,T001,10\n2025-05,T002,20\n2025-05,T004,30\n' >"$TMP/dues.csv"
T="$TMP/t.db"
# in good order? then how many dues rows ("bad" when not)
verify() { "$SAVE" --verify "$1" 2>/dev/null || echo bad; }
# ENOSPC for the import, EIO for the save; both for each under GH_FAULT_BOTH=1 (stress)

runs=0 corrupt=0 partial=0 wrong=0 jargon=0 leftover=0
# $1 NAME, then the command (run with the shim); $GOT: rows after a success
trial() {
	name=$1
	shift
	calls_file="$TMP/calls"
	rm -rf "$TMP/backups" "$T-lock"
	cp "$TMP/base.db" "$T"
	GH_FAULT_COUNT="$calls_file" LD_PRELOAD="$SHIM" "$@" >/dev/null 2>&1
	calls=$(cat "$calls_file")
	if [ "$(verify "$T")" != 3 ]; then fail "$name without faults" "$(verify "$T") rows"; return; fi
	for errno in $errnos; do
		i=1
		while [ "$i" -le "$calls" ]; do
			rm -rf "$TMP/backups" "$T-lock" "$T-journal"
			cp "$TMP/base.db" "$T"
			GH_FAULT_AT=$i GH_FAULT_ERRNO=$errno LD_PRELOAD="$SHIM" "$@" \
				>"$OUT" 2>"$ERR"
			rc=$?
			runs=$((runs + 1))
			n=$(verify "$T")
			if [ "$n" = bad ]; then
				corrupt=$((corrupt + 1))
				fail "$name: call $i fails with $errno" "the database is not in good order"
			elif [ "$n" != 0 ] && [ "$n" != 3 ]; then
				partial=$((partial + 1))
				fail "$name: call $i fails with $errno" "$n of 3 rows"
			elif { [ "$rc" = 0 ] && [ "$n" != 3 ]; } || { [ "$rc" != 0 ] && [ "$n" != 0 ]; }; then
				wrong=$((wrong + 1))
				fail "$name: call $i fails with $errno" "exit $rc but $n rows"
			fi
			if grep -qiE 'sqlite|malformed|disk i/o|btree|database is locked' "$ERR"; then
				jargon=$((jargon + 1))
				fail "$name: call $i fails with $errno" "SQLite's words: $(head -1 "$ERR")"
			fi
			if ls -a "$TMP" "$TMP/backups" 2>/dev/null | grep -q 'tmp-\|\.new-\|restore-'; then
				leftover=$((leftover + 1))
				fail "$name: call $i fails with $errno" "a temporary file is left"
			fi
			for b in "$TMP"/backups/*.db; do
				[ -f "$b" ] || continue
				[ "$(verify "$b")" != bad ] || {
					corrupt=$((corrupt + 1))
					fail "$name: call $i fails with $errno" "a damaged backup $b"; }
			done
			i=$((i + 1))
		done
	done
	ok "$name: $calls calls, each failed in turn with $errnos"
}

errnos=ENOSPC
[ "${GH_FAULT_BOTH:-}" = 1 ] && errnos="ENOSPC EIO"
trial "import" "$BIN" -f "$T" import dues "$TMP/dues.csv"
errnos=EIO
[ "${GH_FAULT_BOTH:-}" = 1 ] && errnos="ENOSPC EIO"
trial "a full-screen save (with its daily backup)" "$SAVE" "$T" 2025-05 T001 T002 T004
if [ $((corrupt + partial + wrong + jargon + leftover)) = 0 ]; then
	ok "$runs runs with a failing write or sync: 0 damaged, 0 partial, 0 wrong exits"
else
	fail "fault injection" "$runs runs: $corrupt damaged, $partial partial, $wrong wrong exit, $jargon with SQLite's words, $leftover with temporary files left"
fi
echo "fault runs: $runs"

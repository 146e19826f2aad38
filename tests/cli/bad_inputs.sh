#!/bin/sh
# The catalogue of bad inputs (tests/data/bad-inputs.tsv): every kind, every kind of
# column (text, note, amount, date, month, whole number, code, reference), and the file
# itself (encoding, NUL, CR, header). Each must be refused with exit 1 and its exact
# message, and leave the database byte for byte as it was.
. "$(dirname "$0")/lib.sh"

fresh
run import members "$DATA/members.csv"
printf 'code,name,start_date,capacity\nE1,乒乓球赛,2025-05-01,10\n' >"$TMP/ev.csv"
run import events "$TMP/ev.csv"
cp "$DB" "$TMP/base.db"
n=0 bad=0
tab=$(printf '\t')
while IFS="$tab" read -r kind content want; do
	case $kind in '#'*|'') continue ;; esac
	n=$((n + 1))
	# shellcheck disable=SC2059
	printf "$content" >"$TMP/bad.csv"
	run import "$kind" "$TMP/bad.csv"
	got=$(sed "s|$TMP/bad.csv|FILE|g" "$ERR")
	if [ "$RC" != 1 ] || [ "$got" != "$want" ]; then
		bad=$((bad + 1))
		fail "bad input $n ($kind: $(printf '%s' "$content" | head -c 60))" \
			"exit $RC, '$got', expected '$want'"
	elif ! cmp -s "$DB" "$TMP/base.db"; then
		bad=$((bad + 1))
		fail "bad input $n ($kind: $(printf '%s' "$content" | head -c 60))" \
			"the database changed"
	fi
	cmp -s "$DB" "$TMP/base.db" || cp "$TMP/base.db" "$DB"
done <"$DATA/bad-inputs.tsv"
expect_rc_n() { if [ "$1" -ge "$2" ]; then ok "$3"; else fail "$3" "only $1"; fi; }
expect_rc_n "$n" 150 "the catalogue holds at least 150 bad inputs ($n)"
if [ "$bad" = 0 ]; then ok "all $n refused with their message, the database unchanged"
else fail "bad inputs" "$bad of $n not refused as expected"; fi

# ---- what a file is -----------------------------------------------------------------
mkfifo "$TMP/fifo"
run import members "$TMP/fifo"
expect_rc 1 "a FIFO: exit 1, at once"
expect_err "a FIFO: one sentence" <<END
$TMP/fifo is not a regular file (a pipe or a device?); give a CSV file.
END
run import members "$TMP"
expect_err "a folder: one sentence" <<END
$TMP is a folder, not a CSV file.
END
# an old Macintosh file (CR alone ends every line) is read
printf 'no,name\rM001,老麦\r' >"$TMP/mac.csv"
run import members "$TMP/mac.csv"
expect_rc 0 "CR line ends throughout: read"
# a GBK file stays GBK; the same names in UTF-8 stay UTF-8
run export members
expect_grep "the old Macintosh file's name" "M001,老麦" "$OUT"

# ---- what is shown ------------------------------------------------------------------
# a message quotes the bad value as text: a crafted header cannot erase FILE:LINE
printf 'no,name,x\033[2K\033[1G\nA1,x\n' >"$TMP/crafted.csv"
run import members "$TMP/crafted.csv"
if grep -q "$(printf '\033')" "$ERR"; then fail "a crafted value is shown as text" "ESC on stderr"
else ok "a crafted value is shown as text"; fi
expect_grep "and the file and line stay" "crafted.csv:1: unknown column \"x^[[2K^[[1G\"" "$ERR"
: >"$TMP/empty.csv"
run import members "$TMP/empty.csv"
expect_err "an empty file: one sentence" <<END
$TMP/empty.csv: the file is empty.
END

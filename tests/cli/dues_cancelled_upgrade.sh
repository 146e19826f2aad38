#!/bin/sh
# A book whose dues payments were cancelled before migration 009 kept them only in the
# audit (the dues row's deletion, then the correcting entry): migration 010 makes the
# rows 009 writes from it, so the export gives them back with the day they were
# cancelled and a round trip keeps both entries. Here a book as 009 left it has its
# dues_cancelled rows removed and its schema version set back to 9, as an older book is.
. "$(dirname "$0")/lib.sh"

fresh
run import members "$DATA/rt-members.csv"
cat >"$TMP/dues.csv" <<'END'
month,member_no,amount,paid_on,cancelled_on,batch
2025-01,T008,15.00,2025-02-20,,
2025-02,T008,15.00,2025-02-20,2025-02-21,
2025-02,T008,15.00,2025-02-25,,
END
run import dues "$TMP/dues.csv"
expect_rc 0 "a payment paid, cancelled and paid again"
run export dues
cp "$OUT" "$TMP/before.csv"
expect_text "exported with the day it was cancelled" "$TMP/before.csv" <"$TMP/dues.csv"
run export ledger
cp "$OUT" "$TMP/ledger-before.csv"

sqlite3 "$DB" "DELETE FROM dues_cancelled; PRAGMA user_version = 9;"
run export dues
expect_rc 0 "the older book opens (migration 010 runs)"
expect_text "the cancelled payment is back, from the audit" "$OUT" <"$TMP/before.csv"
run export ledger
expect_text "and no entry changed" "$OUT" <"$TMP/ledger-before.csv"
if [ "$(sqlite3 "$DB" "SELECT cancelled_on || ' ' || cancel_entry_id || ' ' || entry_id FROM dues_cancelled")" = "2025-02-21 3 2" ]; then
	ok "its correction and its day's entry are linked again"
else fail "its correction and its day's entry are linked again" \
	"$(sqlite3 "$DB" "SELECT * FROM dues_cancelled")"; fi

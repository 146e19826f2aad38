#!/bin/sh
# Command-line tests of the ledger and dues kinds: import members, dues and ledger
# entries (names in simplified or traditional characters, amounts as people write them),
# export them exactly, read an export back, and refuse a bad row with FILE:LINE and
# the database left as it was.
. "$(dirname "$0")/lib.sh"
cd "$DATA" || exit 1

fresh
run import members ld-members.csv
expect_rc 0 "members: exit 0"

# ---- dues -------------------------------------------------------------------
# T1 4567.80 → 22.80 due, T10 3210.55 → 16.05; no paid_on: month end (or today, 06-15)
run import dues ld-dues.csv
expect_rc 0 "import dues: exit 0"
expect_out "import dues: says how many" <<'END'
Imported 5 rows from ld-dues.csv.
END
run export dues
expect_rc 0 "export dues: exit 0"
expect_out "export dues: by month, then number; due amounts filled in" <<'END'
month,member_no,amount,paid_on,cancelled_on,batch
2025-03,T1,22.80,2025-03-20,,
2025-03,T2,25.00,2025-03-20,,
2025-03,T10,16.05,2025-03-31,,
2025-04,T1,22.80,2025-04-18,,
2025-05,T2,25.00,2025-05-31,,
END
cp "$OUT" "$TMP/dues-before.csv"

# ---- ledger -----------------------------------------------------------------
run import ledger ld-ledger.csv
expect_rc 0 "import ledger: exit 0"
expect_out "import ledger: says how many" <<'END'
Imported 4 rows from ld-ledger.csv.
END
run export ledger
expect_rc 0 "export ledger: exit 0"
# dues imported: one entry per month and day paid, as the Dues screen posts a month
expect_out "export ledger: by date, codes, dues entries included with their source" <<'END'
date,voucher,debit,credit,amount,description,source
2025-03-05,J001,50205,101,200.00,看望住院的李老师,manual
2025-03-20,,101,401,47.80,Dues for 2025-03 (2 members),dues
2025-03-31,,101,401,16.05,Dues for 2025-03: 王芳 (T10),dues
2025-04-01,J002,102,402,1200.00,一季度经费返还,manual
2025-04-12,,501,101,350.50,"乒乓球比赛奖品, 饮料",manual
2025-04-18,,101,401,22.80,Dues for 2025-04: 张三 (T1),dues
2025-05-02,J003,50204,102,1500.00,困难职工帮扶,manual
2025-05-31,,101,401,25.00,Dues for 2025-05: 李四 (T2),dues
END
cp "$OUT" "$TMP/ledger-before.csv"

# ---- a bad row: nothing imported, the message names file, line and column -------
run import ledger ld-ledger-bad.csv
expect_rc 1 "bad ledger amount: exit 1"
expect_err "bad ledger amount: FILE:LINE: column: message" <<'END'
ld-ledger-bad.csv:3: amount: "12.3.4" is not an amount of money.
END
expect_out "bad ledger amount: nothing on stdout" </dev/null
run export ledger
expect_text "bad ledger amount: the ledger is unchanged" "$OUT" <"$TMP/ledger-before.csv"

run import dues ld-dues-bad.csv
expect_rc 1 "dues paid twice: exit 1"
expect_err "dues paid twice: names the member and the month" <<'END'
ld-dues-bad.csv:3: 张三 (T1) has already paid the dues for 2025-04.
END
run export dues
expect_text "dues paid twice: the dues are unchanged" "$OUT" <"$TMP/dues-before.csv"
run export ledger
expect_text "dues paid twice: the ledger is unchanged" "$OUT" <"$TMP/ledger-before.csv"

# ---- an export reads back to the same text ------------------------------------
rm -f "$TMP/second.db"
"$BIN" -f "$TMP/second.db" import members ld-members.csv >/dev/null 2>&1
"$BIN" -f "$TMP/second.db" import dues "$TMP/dues-before.csv" >/dev/null 2>&1
"$BIN" -f "$TMP/second.db" export dues >"$TMP/dues-second.csv" 2>&1
expect_text "dues: export → import → export is the same" "$TMP/dues-second.csv" \
	<"$TMP/dues-before.csv"
"$BIN" -f "$TMP/second.db" import ledger "$TMP/ledger-before.csv" >"$TMP/said" 2>&1
expect_text "ledger after dues: the dues entries are left to the dues import" "$TMP/said" <<END
Imported 4 rows from $TMP/ledger-before.csv.
4 entries posted by dues, welfare or donations were left to their own imports, which post them with their records.
END
"$BIN" -f "$TMP/second.db" export ledger >"$TMP/ledger-second.csv" 2>&1
expect_text "ledger: export → import → export is the same, nothing posted twice" \
	"$TMP/ledger-second.csv" <"$TMP/ledger-before.csv"

# ---- the columns an import needs ----------------------------------------------
printf 'date,debit,amount\n2025-06-01,501,5\n' >"$TMP/nocredit.csv"
run import ledger "$TMP/nocredit.csv"
expect_rc 1 "ledger without credit column: exit 1"
expect_grep "ledger without credit column: says which" \
	'nocredit.csv:1: the column "credit" is missing.' "$ERR"

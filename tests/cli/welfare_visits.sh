#!/bin/sh
# Command-line tests of welfare (慰问) and visits (走访): import with codes or Chinese
# names (simplified and traditional, one file in GBK), export in date order with codes and
# yuan, and a bad row that leaves everything as it was.
. "$(dirname "$0")/lib.sh"

# Run from a copy of the data so FILE:LINE messages name the file as given.
cp "$DATA"/wv-*.csv "$TMP"/
iconv -f UTF-8 -t GB18030 "$DATA/wv-visits.csv" >"$TMP/wv-visits-gbk.csv"
cd "$TMP" || exit 1

fresh
run import members wv-members.csv
expect_rc 0 "import members: exit 0"

# ---- welfare ---------------------------------------------------------------------
run import welfare wv-welfare.csv
expect_rc 0 "import welfare: exit 0"
expect_out "import welfare: says how many" <<'END'
Imported 5 rows from wv-welfare.csv.
END
run export welfare
expect_rc 0 "export welfare: exit 0"
expect_out "export welfare: date order, codes, yuan, empty paid_by is union" <<'END'
date,member_no,kind,cash,goods,goods_value,paid_by,note,reversed_on,gift
2025-01-20,T003,hardship,1000.00,米、油,150.00,union,"春节前帮扶, 家中困难",,
2025-01-20,T004,birthday,0.00,蛋糕,88.00,union,,,
2025-03-02,T001,hospital,500.00,水果,80.50,union,县医院住院一周,,
2025-03-15,T002,wedding,200.00,,0.00,union,,,
2025-04-01,T005,elderly_day,0.00,月饼,0.00,school,,,
END
cp "$OUT" "$TMP/welfare-before.csv"

# ---- visits, from a GBK file ---------------------------------------------------------
run import visits wv-visits-gbk.csv
expect_rc 0 "import visits (GBK): exit 0"
expect_out "import visits: says how many" <<'END'
Imported 4 rows from wv-visits-gbk.csv.
END
run export visits
expect_rc 0 "export visits: exit 0"
expect_out "export visits: date order, reasons as codes, GBK decoded" <<'END'
date,member_no,reason,visitors,place,note
2025-02-01,T003,hardship,李主席,家中,春节前走访
2025-03-05,T001,hospital,王校长、李主席,县医院,带去水果
2025-03-20,T002,wedding,工會主席,家中,
2025-04-10,T005,elderly_day,,,老同志座谈
END
cp "$OUT" "$TMP/visits-before.csv"

# ---- export → import → export is the same ---------------------------------------------
rm -f "$TMP/second.db"
"$BIN" -f "$TMP/second.db" import members wv-members.csv >/dev/null 2>&1
"$BIN" -f "$TMP/second.db" import welfare welfare-before.csv >/dev/null 2>&1
"$BIN" -f "$TMP/second.db" import visits visits-before.csv >/dev/null 2>&1
"$BIN" -f "$TMP/second.db" export welfare >"$TMP/welfare-second.csv" 2>&1
"$BIN" -f "$TMP/second.db" export visits >"$TMP/visits-second.csv" 2>&1
if cmp -s "$TMP/welfare-before.csv" "$TMP/welfare-second.csv" &&
   cmp -s "$TMP/visits-before.csv" "$TMP/visits-second.csv"; then
	ok "welfare and visits: export → import → export is the same"
else
	fail "welfare and visits: export → import → export is the same" \
		"$(diff "$TMP/welfare-before.csv" "$TMP/welfare-second.csv" | head -5)"
fi

# ---- a bad row: nothing imported ------------------------------------------------------
run import welfare wv-bad.csv
expect_rc 1 "welfare for an unknown member: exit 1"
expect_err "welfare for an unknown member: FILE:LINE: message" <<'END'
wv-bad.csv:3: No member has the membership number "T999".
END
run export welfare
expect_text "welfare for an unknown member: the good row before it is not imported" "$OUT" \
	<"$TMP/welfare-before.csv"

printf 'date,member_no,reason\n2025-05-01,T001,住院\n2025-05-02,T002,party\n' >bad-visits.csv
run import visits bad-visits.csv
expect_rc 1 "visit with an unknown reason: exit 1"
expect_err "visit with an unknown reason: FILE:LINE: message" <<'END'
bad-visits.csv:3: reason "party" is not one of: illness, hospital, wedding, bereavement, childbirth, retirement, hardship, holiday, birthday, longevity, elderly_day, model_worker, disaster, other.
END
run export visits
expect_text "visit with an unknown reason: nothing imported" "$OUT" <"$TMP/visits-before.csv"

printf 'date,member_no,kind,cash\n2025-05-01,T001,illness,-5\n' >neg.csv
run import welfare neg.csv
expect_rc 1 "negative cash: exit 1"
expect_err "negative cash: message names the column" <<'END'
neg.csv:2: cash: "-5" is negative.
END

printf 'date,member_no,kind,paid_by\n2025-05-01,T001,illness,\n' >nothing.csv
run import welfare nothing.csv
expect_rc 1 "neither cash nor goods: exit 1"
expect_err "neither cash nor goods: message" <<'END'
nothing.csv:2: Nothing was given: enter the cash, the goods, or both.
END
run export welfare
expect_text "refused rows leave welfare unchanged" "$OUT" <"$TMP/welfare-before.csv"

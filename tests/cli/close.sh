#!/bin/sh
# gonghui close MONTH (月结): a closed month's money can no longer change; corrections go
# into an open month.
. "$(dirname "$0")/lib.sh"
fresh
run import members "$DATA/ld-members.csv"
printf 'date,voucher,debit,credit,amount,description\n2025-03-05,J001,50205,101,200,看望\n' \
	>"$TMP/march.csv"
run import ledger "$TMP/march.csv"
expect_rc 0 "an entry in March goes in"
run close 2025-03 </dev/null
expect_rc 1 "close without --yes, not on a terminal: exit 1"
expect_err "… saying how to close from a script" <<'END'
gonghui: Closing a month cannot be undone, so it is asked on a terminal; to close 2025-03 from a script, add --yes.
END
run close --yes 2025-03
expect_rc 0 "close --yes 2025-03: exit 0"
expect_out "close shows the month's summary, then says what closing means" <<'END'
What the month holds:
1 entry in the books: income 0.00, expense 200.00.
At the month's end: cash -200.00, bank 0.00.
Dues: 0 of 3 members paid, 0.00 in all.
What looks missing:
3 members on the dues list have no dues for 2025-03:
  张三 (T1), 李四 (T2), 王芳 (T10)
Closed 2025-03: its records of money can no longer be changed; correct a mistake in it with a reversing entry in an open month.
END
run export ledger
cp "$OUT" "$TMP/before"
printf 'date,voucher,debit,credit,amount,description\n2025-04-01,J002,101,405,50,补助\n2025-03-31,J003,50205,101,10,补记\n' \
	>"$TMP/late.csv"
run import ledger "$TMP/late.csv"
expect_rc 1 "an entry dated in the closed month is refused"
expect_err "the refusal names the line and the month" <<END
$TMP/late.csv:3: March 2025 (2025-03) is closed; enter a reversing entry in an open month instead.
END
run export ledger
if cmp -s "$TMP/before" "$OUT"; then ok "nothing of the file went in"
else fail "nothing of the file went in" "$(diff "$TMP/before" "$OUT")"; fi
printf 'month,member_no,amount,paid_on\n2025-03,T1,,2025-03-20\n' >"$TMP/dues.csv"
run import dues "$TMP/dues.csv"
expect_rc 1 "dues paid in the closed month are refused"
expect_err "… saying why and how a late payment goes in" <<END
$TMP/dues.csv:2: The day paid, 2025-03-20, lies in a month that is closed; a late payment of the dues for 2025-03 is dated in an open month, such as today (2025-06-15).
END
printf 'month,member_no,amount,paid_on\n2025-03,T1,,\n' >"$TMP/dues.csv"
run import dues "$TMP/dues.csv"
expect_rc 0 "a late payment of March's dues, with no day given, goes in"
run export dues
expect_out "its dues row says March, paid today" <<'END'
month,member_no,amount,paid_on,cancelled_on,batch
2025-03,T1,22.80,2025-06-15,,
END
run export ledger
expect_grep "its entry is dated today, in the open month" \
	"2025-06-15,,101,401,22.80,Dues for 2025-03: 张三 (T1)" "$OUT"
run close -y 2025-03
expect_rc 1 "closing twice: exit 1"
expect_err "closing twice says so" <<'END'
gonghui: March 2025 (2025-03) is already closed.
END
run close --yes 2025-07
expect_rc 1 "a month after this one (2025-06) cannot be closed"
run close --yes 2025-13
expect_rc 1 "a month that does not exist: exit 1"
run close
expect_rc 2 "close without a month: usage error"

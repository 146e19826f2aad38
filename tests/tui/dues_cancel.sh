#!/bin/sh
# Cancelling a saved payment of dues (x on a paid line): it asks first, naming the month,
# the amount and the member; yes deletes the payment and posts a correcting ledger entry
# (debit 401, credit 101) dated today; the line is unpaid again; marks not saved yet
# stay. Checked through `gonghui export dues` and `export ledger`. Run in English and in
# traditional Chinese (the ledger's descriptions are written in the program's language).
. "$(dirname "$0")/lib.sh"

cancel() { # LANG TAG
	rm -f "$DB"
	app_start "$1"
	do_setup "红星小学" "红星工会" || return
	keys q
	wait_exit
	gh import members "$DATA/tui-members.csv" >/dev/null

	# Pay everyone for June in one save: 22.80 + 15.00 + 25.00.
	app_start "$1"
	wait_for "张三"
	keys 2
	wait_for "2025-06"
	keys A F2
	wait_for "(y/n)"
	keys y
	wait_for "2025-06-15"
	gh export dues >"$TMP/paid"
	cat >"$TMP/want" <<'END'
month,member_no,amount,paid_on,cancelled_on,batch
2025-06,T1,22.80,2025-06-15,,
2025-06,T2,15.00,2025-06-15,,
2025-06,T3,25.00,2025-06-15,,
END
	expect_same "$2: three payments saved" "$TMP/want" "$TMP/paid"

	# x on 欧阳娜娜's line asks; n changes nothing.
	keys Home Down x
	if [ "$2" = C ]; then
		expect_screen "C: x asks, naming month, amount and member" \
			"Cancel the 2025-06 payment of 15.00 by 欧阳娜娜 (T2)? A correcting"
		expect_screen "C: the question wraps onto two lines with its (y/n)" \
			"will be made. (y/n)"
	else
		expect_screen "zh_TW: x asks, naming month, amount and member" \
			"要取消欧阳娜娜（T2）2025-06的會費15.00元嗎？將在收支帳中"
		expect_screen "zh_TW: the question fits one line with its (y/n)" \
			"記一筆更正。 (y/n)"
	fi
	keys n
	wait_gone "(y/n)"
	gh export dues >"$TMP/dues"
	expect_same "$2: n cancels nothing" "$TMP/paid" "$TMP/dues"

	# y: the payment goes, a correcting entry comes, the line is unpaid again.
	keys x
	wait_for "(y/n)"
	keys y
	wait_gone "(y/n)"
	expect_screen "$2: the line is unpaid again" "[ ] T2"
	if [ "$2" = C ]; then
		expect_screen "C: says it is done" \
			"The 2025-06 payment of 15.00 by 欧阳娜娜 (T2) is cancelled."
		expect_screen "C: the title counts it" "Dues for 2025-06: 2 of 3 paid"
	else
		expect_screen "zh_TW: says it is done" \
			"已取消欧阳娜娜（T2）2025-06的會費15.00元。"
	fi
	gh export dues >"$TMP/dues"
	cat >"$TMP/want" <<'END'
month,member_no,amount,paid_on,cancelled_on,batch
2025-06,T1,22.80,2025-06-15,,
2025-06,T2,15.00,2025-06-15,2025-06-15,
2025-06,T3,25.00,2025-06-15,,
END
	expect_same "$2: export dues: 欧阳娜娜's payment cancelled, on the day" "$TMP/want" \
		"$TMP/dues"
	gh export ledger >"$TMP/ledger"
	if [ "$2" = C ]; then
		cat >"$TMP/want" <<'END'
date,voucher,debit,credit,amount,description,source
2025-06-15,,101,401,62.80,Dues for 2025-06 (3 members),dues
2025-06-15,,401,101,15.00,Dues for 2025-06 cancelled: 欧阳娜娜 (T2),dues
END
	else
		cat >"$TMP/want" <<'END'
date,voucher,debit,credit,amount,description,source
2025-06-15,,101,401,62.80,2025-06會費（3人）,dues
2025-06-15,,401,101,15.00,取消2025-06會費：欧阳娜娜（T2）,dues
END
	fi
	expect_same "$2: export ledger with the correcting entry" "$TMP/want" "$TMP/ledger"

	# x on a line not paid: nothing to cancel.
	keys x
	if [ "$2" = C ]; then
		expect_screen "C: x on an unpaid line says so" \
			"欧阳娜娜 (T2) has not paid for 2025-06: there is no payment to cancel."
	else
		expect_screen "zh_TW: x on an unpaid line says so" "沒有可取消的繳費"
	fi
	expect_not "$2: and asks nothing" "(y/n)"

	# A mark not saved yet survives cancelling another line's payment.
	keys Space
	wait_for "[x] T2"
	keys Home x
	wait_for "(y/n)"
	keys y
	wait_for "[ ] T1"
	expect_screen "$2: the mark is kept" "[x] T2"
	gh export dues >"$TMP/dues"
	cat >"$TMP/want" <<'END'
month,member_no,amount,paid_on,cancelled_on,batch
2025-06,T1,22.80,2025-06-15,2025-06-15,
2025-06,T2,15.00,2025-06-15,2025-06-15,
2025-06,T3,25.00,2025-06-15,,
END
	expect_same "$2: only Smith's payment stands" "$TMP/want" "$TMP/dues"
	gh export ledger >"$TMP/ledger"
	expect_eq "$2: a second correcting entry" \
		"$(grep -c '^2025-06-15,,401,101,22.80,' "$TMP/ledger")" 1
	keys q
	wait_for "(y/n)"
	keys y
	expect_status "$2: quits with 0" 0
	gh export dues >"$TMP/dues2"
	expect_same "$2: the mark not saved is not written" "$TMP/dues" "$TMP/dues2"

	# The round trip to a new book gives back the same entries: the day's payment of
	# three, then two corrections, not one entry of the payment that stands (imported in
	# the language the entries were written in, as their descriptions are).
	gh export members >"$TMP/members.csv"
	gh export ledger >"$TMP/ledger-a"
	rm -f "$TMP/b.db"
	blang=$1
	b() { LANG=$blang LC_ALL= LANGUAGE= "$BIN" -f "$TMP/b.db" "$@"; }
	b import members "$TMP/members.csv" >/dev/null
	b import dues "$TMP/dues" >/dev/null
	b export dues >"$TMP/dues-b"
	b export ledger >"$TMP/ledger-b"
	expect_same "$2: dues after a round trip" "$TMP/dues" "$TMP/dues-b"
	expect_same "$2: the ledger after a round trip (3 entries)" "$TMP/ledger-a" \
		"$TMP/ledger-b"
	expect_eq "$2: three entries" "$(($(wc -l <"$TMP/ledger-b") - 1))" 3
}

cancel C.UTF-8 C
cancel zh_TW.UTF-8 zh_TW

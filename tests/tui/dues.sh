#!/bin/sh
# Dues for a month: the amounts due, who is six months behind, marking one (Space) and
# all (A), changing an amount, saving (one transaction with its ledger entry), paid
# months not editable, leaving with marks not saved. Run in Chinese and in English.
. "$(dirname "$0")/lib.sh"

month() { # LANG TAG
	rm -f "$DB"
	app_start "$1"
	do_setup "红星小学" "红星工会" || return
	keys q
	wait_exit
	gh import members "$DATA/tui-members.csv" >/dev/null
	gh import dues "$DATA/tui-dues.csv" >/dev/null
	gh export dues >"$TMP/dues-before"

	app_start "$1"
	wait_for "张三"
	keys 2
	expect_screen "$2: dues screen shows this month" "2025-06"
	expect_screen "$2: 0.5% of 4560 is due from 张三" "22.80"
	expect_screen "$2: 0.5% of 3000 is due from 欧阳娜娜" "15.00"
	expect_not "$2: 王芳 (left) is not on the list" "王芳"
	line=$(screen | grep -F Smith)
	case $line in
	*'!'*) ok "$2: Smith, 6 months behind, is marked" ;;
	*) fail "$2: Smith, 6 months behind, is marked" "line: $line" ;;
	esac
	[ "$2" = C ] && expect_screen "C: six months behind marked in words" "!6 months behind"
	line=$(screen | grep -F 欧阳娜娜)
	case $line in
	*'!'*) fail "$2: 欧阳娜娜, 5 months behind, is not marked" "line: $line" ;;
	*) ok "$2: 欧阳娜娜, 5 months behind, is not marked" ;;
	esac

	# Space marks the first and moves down; A marks the rest; e changes 欧阳娜娜's amount.
	keys Space
	expect_screen "$2: Space marks" "[x] T1"
	keys A
	expect_screen "$2: A marks everyone" "[x] T3"
	keys Home Down e
	poll form_open
	type_text "１０"
	keys Enter
	expect_screen "$2: changed amount shown" "10.00"
	keys F2
	expect_screen "$2: save asks first" "(y/n)"
	keys y
	expect_screen "$2: saved lines show the date paid" "2025-06-15"
	gh export dues >"$TMP/dues"
	expect_grep "$2: export has 张三's dues" "2025-06,T1,22.80,2025-06-15" "$TMP/dues"
	expect_grep "$2: export has the changed amount" "2025-06,T2,10.00,2025-06-15" "$TMP/dues"
	expect_grep "$2: export has Smith's dues" "2025-06,T3,25.00,2025-06-15" "$TMP/dues"
	gh export ledger >"$TMP/ledger"
	expect_grep "$2: one ledger entry for the total" "2025-06-15,,101,401,57.80," "$TMP/ledger"

	# A paid month is not editable: Space on a paid line changes nothing.
	keys Home Space e
	gh export dues >"$TMP/dues2"
	expect_same "$2: paid lines are not changed" "$TMP/dues" "$TMP/dues2"

	# The month before: 张三 paid (imported), 欧阳娜娜 not; a mark left unsaved.
	keys '<'
	expect_screen "$2: < goes to the month before" "2025-05"
	keys Home Down Space
	wait_for "[x] T2"
	keys q
	expect_screen "$2: q with marks not saved asks" "(y/n)"
	keys n
	wait_gone "(y/n)"
	expect_screen "$2: answering n stays" "[x] T2"
	keys q
	wait_for "(y/n)"
	keys y
	expect_status "$2: then y quits" 0
	gh export dues >"$TMP/dues3"
	expect_same "$2: marks not saved are not written" "$TMP/dues" "$TMP/dues3"
}

month zh_CN.UTF-8 zh_CN
month C.UTF-8 C

# English messages.
app_start C.UTF-8
wait_for "members"
keys 2
expect_screen "C: title names the month" "Dues for 2025-06: 3 of 3 paid"
expect_screen "C: paid lines say so" "paid 2025-06-15"
keys Space
expect_screen "C: a saved payment is not changed; x is named" "already saved; x cancels the payment."
keys '>'
expect_screen "C: > goes to the next month" "Dues for 2025-07: 0 of 3 paid"
keys q
wait_exit

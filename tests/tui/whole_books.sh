#!/bin/sh
# The Books section (收支账) as whole screens, in zh_CN.UTF-8 and in English (80×24,
# today 2025-06-15; the members of tests/data/tui-members.csv, May's allocation and cash
# withdrawal of tests/data/books-ledger.csv and T1's May dues of books-dues.csv):
#   - May's entries with the balances after each and the dues entry marked;
#   - a = an expense in June, its account found by the pinyin initials wthd (50102
#     文体活动支出), and the cash after it;
#   - x = its reversal (红字冲销), asked first, naming what it reverses;
#   - c = closing May from the screen: the summary, the question, the closed month;
#   - the Dues screen of May then says it is closed before any key; a payment saved
#     there is a late payment dated today, and undoing a payment made in May is
#     refused.
# Each step is checked through `gonghui export` too (exact lines). Compared with
# tests/tui/expected/books-*.expected. Every key waits for the screen it needs first.
. "$(dirname "$0")/lib.sh"
WAIT=${WAIT:-20}

export_has() { # NAME KIND LINE: `gonghui export KIND` has exactly this line
	gh export "$2" >"$TMP/export.csv" 2>&1
	if grep -qxF -- "$3" "$TMP/export.csv"; then ok "$1"; else
		fail "$1" "no line '$3' in export $2:"; sed 's/^/    /' "$TMP/export.csv"; fi
}
export_lines() { # NAME KIND N: export KIND has N lines (with its header)
	gh export "$2" >"$TMP/export.csv" 2>&1
	expect_eq "$1" "$(wc -l <"$TMP/export.csv" | tr -d ' ')" "$3"
}

run() { # LANG SUFFIX
	books_lang=$1
	sfx=$2
	case $sfx in
	zh)
		june="收支账 2025-06"; may="收支账 2025-05"; entered="已记账："
		reversed="已冲销"; summary="月结：2025年5月"; closed="收支账 2025-05（已月结）"
		dues_june="2025-06会费"; dues_closed="已月结，只读"; saved="已保存"
		# what the program writes into the books is in the reader's language
		rev_desc="红字冲销2025-06-15：乒乓球赛奖品"; late_desc="2025-05会费：Smith（T3）"
		stays="该月已月结：缴费记录保持不变"
		;;
	*)
		june="Books 2025-06"; may="Books 2025-05"; entered="Entered:"
		reversed="Reversed 2025-06-15"; summary="Closing May 2025"
		closed="Books 2025-05, closed"; dues_june="Dues for 2025-06"
		dues_closed="closed and read-only"; saved="Saved 1 payment"
		rev_desc="Reversal of 2025-06-15: 乒乓球赛奖品"; late_desc="Dues for 2025-05: Smith (T3)"
		stays="in a closed month: the payment stays"
		;;
	esac

	seed_db
	gh import ledger "$DATA/books-ledger.csv" >/dev/null
	gh import dues "$DATA/books-dues.csv" >/dev/null

	app_start "$books_lang" GONGHUI_SECTION=books
	wait_for "$june" || { fail "$sfx: books" "the Books section did not open"; show_screen; return; }
	keys '<'
	wait_for "$may"
	expect_whole "$sfx: May's entries, the balances after each, the dues entry marked" \
		"books-may-$sfx.expected"

	# An expense in June: the account found by its pinyin initials.
	keys '>'
	wait_for "$june"
	keys a
	poll form_open
	wait_for "2025-003"
	keys Tab
	keys Tab
	type_text "乒乓球赛奖品"
	keys Tab
	keys Tab
	type_text "wthd"
	keys Tab
	wait_for "50102 "
	type_text "350"
	expect_whole "$sfx: the entry form, wthd found 50102" "books-form-$sfx.expected"
	keys F2
	poll form_closed
	wait_for "$entered"
	expect_whole "$sfx: the expense and the cash after it" "books-expense-$sfx.expected"
	export_has "$sfx: the expense in the export" ledger \
		"2025-06-15,2025-003,50102,101,350.00,乒乓球赛奖品,manual"

	# Its reversal.
	keys x
	wait_for "(y/n)"
	expect_whole "$sfx: x asks first, naming the entry" "books-reverse-ask-$sfx.expected"
	keys y
	wait_for "$reversed"
	expect_whole "$sfx: the reversal under it, the cash back" "books-reversed-$sfx.expected"
	export_has "$sfx: the reversal in the export" ledger \
		"2025-06-15,2025-003,50102,101,-350.00,$rev_desc,reversal"
	export_lines "$sfx: nothing deleted: 5 entries and the header" ledger 6

	# Closing May from the screen.
	keys '<'
	wait_for "$may"
	keys c
	wait_for "$summary"
	expect_whole "$sfx: the month-close summary" "books-close-$sfx.expected"
	keys c
	wait_for "(y/n)"
	expect_whole "$sfx: the question says it cannot be undone" "books-close-ask-$sfx.expected"
	keys y
	wait_for "$closed"
	expect_whole "$sfx: May closed" "books-closed-$sfx.expected"
	gh close --yes 2025-05 >"$TMP/close.out" 2>&1
	expect_grep "$sfx: the command line sees May closed" "already closed" "$TMP/close.out"

	# The Dues screen of May: closed, said before any key.
	keys 2
	wait_for "$dues_june"
	keys '<'
	wait_for "$dues_closed"
	expect_whole "$sfx: the Dues screen of a closed month" "books-dues-closed-$sfx.expected"
	# T3 pays late: saved, dated today, for May.
	keys Down
	keys Down
	keys Space
	wait_for "[x] T3"
	keys F2
	wait_for "(y/n)"
	expect_whole "$sfx: a late payment, dated today" "books-dues-late-$sfx.expected"
	keys y
	wait_for "$saved"
	export_has "$sfx: the late payment pays for May, dated today" dues "2025-05,T3,25.00,2025-06-15,,"
	export_has "$sfx: its entry is in June" ledger \
		"2025-06-15,,101,401,25.00,$late_desc,dues"
	# T1's payment of 2025-05-20 lies in the closed month: x refuses, nothing asked.
	keys Up
	keys Up
	wait_for "paid" >/dev/null 2>&1
	keys x
	wait_for "2025-05-20"
	expect_not "$sfx: x on a payment in a closed month asks nothing" "(y/n)"
	keys Space
	expect_screen "$sfx: Space on it says the payment stays" "$stays"
	export_has "$sfx: T1's May payment stays" dues "2025-05,T1,22.80,2025-05-20,,"
	keys q
	expect_status "$sfx: q quits" 0
}

run zh_CN.UTF-8 zh
run C.UTF-8 en

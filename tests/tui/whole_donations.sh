#!/bin/sh
# The Donations section as whole screens (80×24, today 2025-06-15), on the half year of
# tests/tui/year-data.lib.sh (a drive for 赵强's family: 1,400.00 from four gifts, 1,200.00
# handed over, 200.00 held; May closed): the year's drives, a drive's gifts with its
# handover, a new drive, a gift from a member and one from outside (by bank), the same
# gift from a union group, a handover past what is held refused with the figure, then the
# rest handed over; then a gift saved wrong reversed (x): refused while its money is
# handed over, with the figure, then the cash handover reversed (X: which one, then asked)
# and the gift reversed, listed as such and out of the figures — in zh_CN.UTF-8 and in
# English, where a gift of closed May is taken back by an entry dated today (asked
# first) — and every figure again through `gonghui export donations|handovers` and the books.
. "$(dirname "$0")/lib.sh"

. "$(dirname "$0")/year-data.lib.sh"

app_start zh_CN.UTF-8 GONGHUI_SECTION=donations
wait_for "2025年爱心捐款"
expect_whole "zh_CN: the year's drives" donations-list-zh.txt
keys Enter
wait_for "已转交："
expect_whole "zh_CN: a drive's gifts and its handover" donations-drive-zh.txt
keys Escape
wait_gone "已转交："
wait_for "2025年爱心捐款"
keys '<'
wait_for "2024年没有捐款活动"
expect_screen "< shows 2024: no drive" "2024年没有捐款活动"
keys '>'
wait_for "为赵强家火灾捐款"

# n: a new drive
keys n
poll form_open
type_text "为王老师爱心捐款"
keys Tab Tab
type_text "王老师住院手术"
expect_whole "zh_CN: the new drive's form" donations-new-zh.txt
keys F2
poll form_closed
expect_screen "the new drive is saved" "已开始为王老师爱心捐款"
wait_for "事由：王老师住院手术"

# a: a gift from a member (picked by pinyin initials), then one from outside by bank
keys a
poll form_open
keys Tab
type_text "zs"
keys Tab Tab
type_text "200"
keys F2
poll form_closed
expect_screen "a gift from 张三" "已记录张三捐给为王老师爱心捐款的200.00"
keys a
poll form_open
keys Tab Tab
type_text "县教育局工会"
keys Tab
type_text "1000"
keys Tab Space
expect_whole "zh_CN: a gift from outside, by bank" donations-gift-zh.txt
keys F2
poll form_closed
wait_for "县教育局工会"

# A: the same 50.00 from each of the 语文组 (张三, 李娜): asked first
keys A
poll form_open
keys Right Right Right Tab
type_text "语文组"
keys Tab Tab
type_text "50"
keys F2
wait_for "(y/n)"
expect_whole "zh_CN: a gift from many asks first" donations-many-zh.txt
keys y
poll form_closed
wait_for "每人50.00"

# h: offered the 1,000.00 that came by bank, from the bank; more than the drive holds is
# refused with the figure, and more than the bank part from the bank too; then the bank
# part, and the cash part from cash.
keys Enter
wait_for "尚未转交"
keys h
poll form_open
wait_for "银行（102）"
keys Tab
type_text "王老师"
keys Tab C-u
type_text "2000"
keys F2
wait_for "仍代管"
expect_whole "zh_CN: a handover past what is held" donations-handover-zh.txt
keys C-u
type_text "1300"
keys F2
wait_for "只剩1,000.00"
expect_whole "zh_CN: more than came by bank, from the bank" donations-handover-bank-zh.txt
keys C-u
type_text "1000"
keys F2
poll form_closed
wait_for "已转交："
keys h
poll form_open
wait_for "现金（101）"
expect_screen "zh_CN: then offered the cash part, from cash" "300.00"
keys Tab
type_text "王老师"
keys F2
poll form_closed
wait_for "300.00（现金）"
expect_whole "zh_CN: the drive after the handovers" donations-drive2-zh.txt

# x on 张三's 200.00 in cash: all of the cash was handed over, so it is refused with the
# figure, asking nothing and writing nothing
keys x
wait_for "不能冲销"
expect_whole "zh_CN: a gift whose money was handed over cannot be reversed" \
	donations-reverse-refused-zh.txt
expect_not "zh_CN: … and nothing is asked" "(y/n)"

# X: the handovers that stand, the latest offered; F2 asks first, y reverses it
keys X
poll form_open
wait_for "冲销为王老师爱心捐款的转交"
expect_whole "zh_CN: X asks which handover" donations-undo-handover-zh.txt
keys F2
wait_for "(y/n)"
expect_screen "zh_CN: … and asks first, naming it" "要冲销转交 2025-06-15 王老师 300.00（现金） 吗？"
keys y
poll form_closed
wait_for "已红字冲销转交"
expect_screen "zh_CN: the cash is held again" "已转交1,000.00，代管300.00"

# x again: now it asks, naming the gift; y reverses it
keys x
wait_for "(y/n)"
expect_whole "zh_CN: x asks first, naming the gift" donations-reverse-ask-zh.txt
keys y
wait_for "已红字冲销捐款"
expect_whole "zh_CN: the gift reversed, still listed; the figures without it" \
	donations-reversed-zh.txt
keys x
wait_for "冲销过了"
expect_screen "zh_CN: a gift is reversed once" \
	"2025-06-15张三的捐款200.00已于2025-06-15冲销过了。"
keys Escape
wait_for "2025年爱心捐款"
expect_screen "zh_CN: the year's drives without it" \
	"2025年：捐款活动2项，7笔，收到2,500.00，已转交2,200.00，代管300.00"
keys q
expect_status "q quits" 0

app_start C.UTF-8 GONGHUI_SECTION=donations
wait_for "Donation drives of 2025"
expect_whole "English: the year's drives" donations-list-en.txt
keys Enter
wait_for "Handed over:"
expect_whole "English: a drive's gifts, one reversed, a handover reversed" donations-drive-en.txt
keys x
wait_for "already reversed"
expect_screen "English: a gift is reversed once" \
	"The gift of 2025-06-15 from 张三, 200.00, was already reversed on 2025-06-15."
keys q
wait_for "Donation drives of 2025"
# the drive of May: May is closed, but a gift of it is still taken back, by a red entry
# dated today in June (asked first; n here keeps it)
keys Down Enter
wait_for "为赵强家火灾捐款, 2025-05-10"
keys x
wait_for "(y/n)"
expect_whole "English: a gift of closed May is reversed today, asked first" \
	donations-reverse-may-en.txt
keys n
wait_gone "(y/n)"
keys q
wait_for "Donation drives of 2025"
keys q
expect_status "q quits" 0

# The same through the command line, line for line.
gh export donations >"$TMP/donations"
expect_same_text() { # NAME FILE, expected text on stdin
	cat >"$TMP/want"
	if cmp -s "$TMP/want" "$2"; then ok "$1"; else
		fail "$1" "differs:"; diff "$TMP/want" "$2" | sed 's/^/    /' | head -20; fi
}
expect_same_text "export donations" "$TMP/donations" <<'END'
drive,date,member_no,donor,amount,note,cause,account,reversed_on
为赵强家火灾捐款,2025-05-10,T001,,200.00,,,101,
为赵强家火灾捐款,2025-05-10,T002,,100.00,,,101,
为赵强家火灾捐款,2025-05-11,T003,,100.00,,,101,
为赵强家火灾捐款,2025-05-12,,县教育局工会,1000.00,,,101,
为王老师爱心捐款,2025-06-15,T001,,200.00,,王老师住院手术,101,2025-06-15
为王老师爱心捐款,2025-06-15,,县教育局工会,1000.00,,,102,
为王老师爱心捐款,2025-06-15,T001,,50.00,,,101,
为王老师爱心捐款,2025-06-15,T003,,50.00,,,101,
END
gh export handovers >"$TMP/handovers"
expect_same_text "export handovers" "$TMP/handovers" <<'END'
drive,date,recipient,amount,note,account,reversed_on
为赵强家火灾捐款,2025-05-20,赵强,1200.00,当面交付,101,
为王老师爱心捐款,2025-06-15,王老师,1000.00,,102,
为王老师爱心捐款,2025-06-15,王老师,300.00,,101,2025-06-15
END
# the books: each reversal is the red entry (in the language it was made in) of the
# record's own, 231 against the same account
gh export ledger | grep '^2025-06-15,,[0-9]*,[0-9]*,-' >"$TMP/red"
expect_same_text "the red entries in the books" "$TMP/red" <<'END'
2025-06-15,,231,101,-300.00,红字冲销2025-06-15：为王老师爱心捐款善款转交王老师,donation
2025-06-15,,101,231,-200.00,红字冲销2025-06-15：为王老师爱心捐款：张三捐款,donation
END

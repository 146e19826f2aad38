#!/bin/sh
# The Books section's rules, key by key (English, then the chart in Chinese): an account
# that matches nothing is refused beside its field, one that matches several opens a
# list to choose from (Esc keeps what was typed); a date outside the month
# shown is refused; an expense that takes cash below zero asks first (n keeps the form,
# nothing saved; y saves); x on an entry that dues posted says where it is changed and
# asks nothing; Enter shows an entry with the record behind it; A the chart of accounts
# with the month's and year's figures, its names through gettext (zh_CN and zh_TW); the
# help lists every key; Esc on the month-close summary closes nothing; a closed month
# takes no entry and cannot be closed twice. Today is 2025-06-15.
. "$(dirname "$0")/lib.sh"
WAIT=${WAIT:-20}

export_lines() { # NAME N: `gonghui export ledger` has N lines (with its header)
	gh export ledger >"$TMP/export.csv" 2>&1
	expect_eq "$1" "$(wc -l <"$TMP/export.csv" | tr -d ' ')" "$2"
}

seed_db
gh import ledger "$DATA/books-ledger.csv" >/dev/null
gh import dues "$DATA/books-dues.csv" >/dev/null

app_start C.UTF-8 GONGHUI_SECTION=books
expect_screen "opens on this month" "Books 2025-06  brought forward: cash 1,022.80, bank 2,000.00"
keys a
poll form_open
wait_for "2025-003"
keys Tab
keys Tab
type_text "球拍"
keys Tab
keys Tab
type_text "zzz"
keys Tab
expect_screen "an account that matches nothing" 'No account matches "zzz"'
# Several match: a list to choose from opens over the form; Esc keeps what was typed.
keys BTab
type_text "活动"
keys Tab
wait_for 'Accounts matching "活动"'
expect_whole "several accounts match: the list to choose from" books-pick-en.expected
keys Escape
wait_gone 'Accounts matching'
expect_screen "Esc on the list keeps what was typed" '"活动" matches several'
keys Tab
wait_for 'Accounts matching "活动"'
keys Down
keys Enter
expect_screen "the one chosen from the list" "50102 Sports and culture"
wait_gone 'Accounts matching'
# And by pinyin initials.
keys BTab
type_text "wthd"
keys Tab
expect_screen "wthd is 50102" "50102 Sports and culture"
type_text "1500"
keys F2
expect_screen "cash below zero asks first" \
	"Taking 1,500.00 out of Cash on hand leaves it at -477.20 on 2025-06-15, below"
keys n
wait_gone "(y/n)"
if poll form_open; then ok "n keeps the form open"; else fail "n keeps the form open" "closed"; fi
export_lines "n saved nothing" 4
# The date: outside the month shown it is refused beside the field.
keys BTab
keys BTab
keys BTab
keys BTab
keys BTab
type_text "2025-05-31"
keys Tab
expect_screen "a date outside the month shown" "2025-05-31 is not in 2025-06, the month shown"
keys BTab
type_text "2025-06-15"
keys F2
wait_for "(y/n)"
keys y
expect_screen "y saves it; the cash after it is below zero" \
	"Entered: 2025-06-15 球拍 1,500.00; after it cash -477.20, bank 2,000.00."
export_lines "the entry is in the books" 5

# An entry that dues posted: x says where it is changed; Enter shows it in full.
keys '<'
wait_for "Books 2025-05"
keys End
keys x
expect_screen "x on a dues entry says where it is changed" "22.80 comes from Dues and is changed"
expect_not "x on a dues entry asks nothing" "(y/n)"
export_lines "and reverses nothing" 5
keys Enter
expect_screen "Enter: the dues behind the entry" "Dues of 1 member for 2025-05."
expect_screen "Enter: where it is changed" "It is changed only in Dues (key 2); the books follow."
keys Escape
wait_for "Books 2025-05"

# The chart of accounts.
keys A
wait_for "Chart of accounts, 2025-05"
expect_whole "A: the chart with the month's and the year's figures" books-chart-en.expected
keys Escape
wait_for "Books 2025-05"

# Help: every key of the screen.
keys '?'
expect_screen "help: a" "Record an entry in the month shown"
expect_screen "help: c" "Close the month (月结)"
expect_screen "help: A" "The chart of accounts with each account's figures"
expect_screen "help: Enter" "Show the entry in full"
expect_screen "help: t" "This month"
keys Escape
wait_for "Books 2025-05"

# Esc on the summary closes nothing; then closed, May takes no entry and no second close.
keys c
wait_for "Closing May 2025 (2025-05)"
keys Escape
wait_for "Books 2025-05  brought forward"
expect_not "Esc on the summary closes nothing" "Books 2025-05, closed"
keys c
wait_for "Closing May 2025"
keys c
wait_for "(y/n)"
keys y
wait_for "Books 2025-05, closed"
keys a
expect_screen "a in a closed month is refused" "May 2025 (2025-05) is closed; enter a reversing entry"
if form_open; then fail "no form in a closed month" "a form opened"; else ok "no form in a closed month"; fi
keys c
expect_screen "a closed month cannot be closed again" "already closed"
keys t
expect_screen "t: this month" "Books 2025-06"
keys q
expect_status "q quits" 0

# The chart's names are the reader's language's (gettext), in either script.
app_start zh_CN.UTF-8 GONGHUI_SECTION=books
wait_for "收支账 2025-06"
keys A
wait_for "会计科目 2025-06"
expect_whole "zh_CN: the chart of June" books-chart-zh.expected
keys Escape q
expect_status "zh_CN: q quits" 0
app_start zh_TW.UTF-8 GONGHUI_SECTION=books
wait_for "收支帳 2025-06"
keys A
expect_screen "zh_TW: the seeded names in traditional script" "會費收入"
keys Escape q
expect_status "zh_TW: q quits" 0

# A six-figure sum (a large allocation into the bank) shows whole: the amount and
# balance columns widen, the description gives way.
printf 'date,voucher,debit,credit,amount,description\n2025-06-14,2025-004,102,402,123456.78,拨缴经费\n' \
	>"$TMP/big.csv"
gh import ledger "$TMP/big.csv" >/dev/null
app_start C.UTF-8 GONGHUI_SECTION=books
wait_for "Books 2025-06"
if wait_for "123,456.78" && screen | grep -F "123,456.78" | grep -qF "125,456.78"; then
	ok "a six-figure amount and the bank after it show whole"
else
	fail "a six-figure amount and the bank after it show whole" "the screen:"; show_screen
fi
keys q
expect_status "q quits" 0

# Entries that welfare and a donation drive posted: Enter shows their record, x says
# where they are changed.
seed_db
printf 'date,member_no,kind,cash,goods,goods_value,paid_by,note\n2025-06-10,T1,hospital,300,水果,50,union,\n' \
	>"$TMP/welfare.csv"
printf 'drive,date,member_no,donor,amount,note\n为赵强家火灾捐款,2025-06-11,T2,,100,\n' \
	>"$TMP/donations.csv"
gh import welfare "$TMP/welfare.csv" >/dev/null
gh import donations "$TMP/donations.csv" >/dev/null
app_start C.UTF-8 GONGHUI_SECTION=books
wait_for "Books 2025-06"
wait_for "welfare"
keys Enter
expect_screen "Enter on a welfare entry: the welfare row" \
	"Welfare of 2025-06-10 to 张三 (T1), hospital stay: cash 300.00, goods 50.00."
expect_screen "Enter on a welfare entry: where it is changed" "It is changed only in Welfare (key 4)"
keys Escape
wait_for "Books 2025-06"
keys x
expect_screen "x on a welfare entry says where it is changed" "comes from Welfare and is"
expect_not "x on a welfare entry asks nothing" "(y/n)"
keys End
keys Enter
expect_screen "Enter on a donation entry: its drive" "Donation drive: 为赵强家火灾捐款."
expect_screen "Enter on a donation entry: where it is changed" \
	"It is changed only in Donations (key 8); the books follow."
keys Escape
wait_for "Books 2025-06"
keys x
expect_screen "x on a donation entry names the Donations section" "comes from Donations"
expect_not "x on a donation entry asks nothing" "(y/n)"
keys q
expect_status "q quits" 0

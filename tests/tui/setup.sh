#!/bin/sh
# The first-run form on a new database: school, union, how dues are reckoned, the first
# month of the books; saved in one go, not asked again; Esc leaves it for the next start.
. "$(dirname "$0")/lib.sh"

# English: fill in everything, choose a fixed amount typed with full-width digits.
app_start C.UTF-8
expect_screen "setup: form shows on a new database" "Welcome to gonghui"
expect_screen "setup: rate field by default" "Rate (%)"
type_text "Red Star School"
keys Tab
type_text "Red Star Union"
keys Tab Space
expect_screen "setup: Space switches to a fixed amount" "Amount a month"
expect_not "setup: rate field hidden for a fixed amount" "Rate (%)"
keys Tab
type_text "２０"
keys C-s
expect_screen "setup: saved, union name in the top line" "Red Star Union"
expect_screen "setup: members list after saving" "0 members"
keys q
wait_exit
expect_status "setup: exit status 0 after q" 0

# Not asked again; the fixed amount is what a member owes.
app_start C.UTF-8
expect_screen "setup: second start goes to the list" "0 members"
expect_not "setup: second start has no form" "Welcome to gonghui"
keys a
wait_for "Number"
type_text "T001"
keys Tab
type_text "Smith"
keys F2
wait_for "Added Smith"
keys 2
expect_screen "setup: fixed amount 20 (typed ２０) is due" "20.00"
keys q
wait_exit

# Chinese: match data, not labels (they may be translated).
rm -f "$DB"
app_start zh_CN.UTF-8
# (the union's name cut in the top line: nine tabs leave it five columns)
if do_setup "红星小学" "红星小学工会" && wait_for "红星小…"; then ok "setup zh_CN: saved, union in the top line"; else
	fail "setup zh_CN: saved, union in the top line" "not shown"; show_screen; fi
keys q
wait_exit
app_start zh_CN.UTF-8
wait_for "红星小…"
expect_not "setup zh_CN: not asked again" "0.5"
keys q
wait_exit

# Esc leaves the form without saving; it comes back next time.
rm -f "$DB"
app_start C.UTF-8
wait_for "Welcome to gonghui"
type_text "Somewhere"
keys Escape
expect_screen "setup: Esc with changes asks" "Discard changes? (y/n)"
keys y
expect_screen "setup: Esc says it will ask again" "asked again next time"
keys q
wait_exit
app_start C.UTF-8
expect_screen "setup: asked again after Esc" "Welcome to gonghui"
keys Escape
wait_for "members"
keys q
wait_exit

# The first month of the books (books_start): offered as this month on a new book, set
# when the form is saved; a month that is not one is refused beside its field.
rm -f "$DB"
app_start zh_CN.UTF-8
wait_for "2025-06"
expect_whole "the first-run form: limits beside the text fields, the books from this month" \
	setup-form.expected
type_text "红星小学"
keys BTab
type_text "2025-13"
keys Tab
expect_screen "a month that is not one is refused beside it" "“2025-13”不是有效的月份。"
keys BTab
type_text "２０２４年９月"
keys F2
wait_gone "2025-13"
keys q
wait_exit
gh settings >"$TMP/settings"
expect_grep "books_start is set on the first run, as typed (full-width, 年月)" \
	"books_start=2024-09" "$TMP/settings"
expect_grep "and the first run is done" "setup_done=1" "$TMP/settings"

# A book made by an import, with dues from March: the form offers March; saved as is.
rm -f "$DB"
gh import members "$DATA/tui-members.csv" >/dev/null
printf 'month,member_no,amount,paid_on\n2025-03,T1,22.80,2025-03-10\n' >"$TMP/dues.csv"
gh import dues "$TMP/dues.csv" >/dev/null
app_start C.UTF-8
wait_for "Welcome to gonghui"
expect_screen "an imported book: its first dues month is offered" "2025-03"
type_text "Red Star School"
keys F2
# saved: the form gone, the roll's keys below (the name is looked for in the settings:
# eight English tabs leave it no room in the top line)
if wait_gone "Welcome to gonghui" && poll roll_open; then ok "saved"; else
	fail "saved" "the form did not close"; show_screen; fi
keys q
wait_exit
gh settings >"$TMP/settings"
expect_grep "the school's name is stored" "Red Star School" "$TMP/settings"
expect_grep "books_start is stored as offered" "books_start=2025-03" "$TMP/settings"

# As people start it (on the first screen, GONGHUI_SECTION unset): once the union is set
# up it opens on the empty roll, where the message's "a" adds the first member; the
# first screen then does not ask to close a month before the books began.
rm -f "$DB"
app_start C.UTF-8 GONGHUI_SECTION=
do_setup "Red Star School" "Red Star Union" >/dev/null
expect_screen "setup, first start: on the roll after saving" "0 members"
expect_screen "setup, first start: the message says how to add" "Press a to add the first member."
keys a
expect_screen "setup, first start: a opens the member form" "Name*"
keys Escape
keys 0
expect_screen "setup, first start: the first screen shows this month's books" "2025-06 is open."
expect_not "setup, first start: no month before the books to close" "2025-05 is not closed yet."
keys q
wait_exit

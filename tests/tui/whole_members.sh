#!/bin/sh
# The Members section as whole screens (80×24, zh_CN.UTF-8, today 2025-06-15, the
# members of tests/data/tui-members.csv): the roll, the member form, a name too long
# shown beside its field, the help, and a pasted escape sequence that must not act.
# Each screen is compared with its file in tests/tui/expected/.
. "$(dirname "$0")/lib.sh"

seed_db

app_start zh_CN.UTF-8
wait_for "张三"
expect_whole "the member roll" members-list.expected

keys e
poll form_open
expect_whole "the member form over T1 (the section bar dimmed)" members-form.expected

# Beside each text field, its limit as core counts it (the record's buffer, or the
# number's and the name's own limits in core/member.h).
# A name of 21 Chinese characters: refused with the field and its limit beside the
# field (and on the message line), keeping what was typed.
keys Tab
keys C-u
type_text "欧阳一二三四五六七八九十甲乙丙丁戊己庚辛壬"
keys F2
expect_whole "a name too long is shown beside the field" members-name-too-long.expected
keys Escape
wait_for "(y/n)"
keys y
poll form_closed

# A note of 200 Chinese characters pasted into a note that holds 170: it stays whole in
# the field, which says at once why it cannot be kept (the sentence on the message
# line); F2 does not save it, and nothing is cut.
keys e
poll form_open
keys BTab
note=$(i=0; while [ $i -lt 200 ]; do printf 备; i=$((i + 1)); done)
type_text "$note"
wait_for "这里有200个字"
expect_whole "a note pasted over its limit is refused at the field, whole" \
	members-note-too-long.expected
keys F2
sleep 0.3
expect_screen "F2 keeps the form open on it" "这里有200个字"
keys Escape
wait_for "(y/n)"
keys y
poll form_closed
gh export members >"$TMP/members.csv"
expect_no_grep "the note was not saved, cut or whole" "备" "$TMP/members.csv"

# A pasted escape sequence (ESC [ 2 J, ESC [ 31 m): thrown away whole, never Esc and
# then keys ('2' would switch to Dues).
keys e
poll form_open
keys Tab
tmux -L "$SOCK" send-keys -l "$(printf '\033[2J\033[31mRED')"
wait_for "RED"
expect_whole "a pasted escape sequence is dropped, the text after it typed" \
	members-paste.expected
keys Escape
wait_for "(y/n)"
keys y
poll form_closed

# On the list too: ESC [ 2 J pasted does not switch to section 2.
tmux -L "$SOCK" send-keys -l "$(printf '\033[2J')"
keys Down
expect_whole "a pasted escape sequence on the list does nothing" members-list-down.expected

keys '?'
wait_for "F1"
expect_whole "the help of the member roll" members-help.expected
# PgDn shows the rest: the sections, the second line of them included (nothing cut).
keys NPage
expect_screen "PgDn in the help: the sections' second line" "7 收支账, 8 捐款"
expect_not "PgDn in the help: nothing more below" "下面还有"
keys Escape
wait_for "张三"
keys q
expect_status "q quits" 0

# While a form is open the section digits are typed, so the section bar is dimmed.
app_start zh_CN.UTF-8
wait_for "张三"
if screen_esc | head -1 | grep -q "$(printf '\033')\[2m"; then
	fail "the section bar is not dimmed on a list" "row 0 has the dim attribute"
else ok "the section bar is not dimmed on a list"; fi
keys a
poll form_open
if screen_esc | head -1 | grep -q "$(printf '\033')\[2m"; then ok "the section bar is dimmed in a form"
else fail "the section bar is dimmed in a form" "$(screen_esc | head -1 | od -c | head -3)"; fi
keys Escape
poll form_closed
keys q
expect_status "q quits" 0

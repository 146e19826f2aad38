#!/bin/sh
# The terminal: below 80×24 the program says so instead of drawing, and comes back when
# enlarged; it runs on TERM linux, xterm-256color, screen and vt100 (saving with Ctrl-S
# as well as F2); NO_COLOR turns colour off.
. "$(dirname "$0")/lib.sh"

seed_db

row30_keys() { screen | sed -n 30p | grep -q 'q'; }

# Resize below 80×24 and back, in a form and in the list.
for lang in C.UTF-8 zh_CN.UTF-8; do
	app_start "$lang"
	wait_for "欧阳娜娜"
	tmux -L "$SOCK" resize-window -x 60 -y 20
	wait_gone "欧阳娜娜"
	if [ "$lang" = C.UTF-8 ]; then
		expect_screen "$lang: small terminal says so" "Terminal too small (needs 80×24)"
	else
		expect_screen "$lang: small terminal says so" "80×24"
	fi
	expect_not "$lang: nothing else drawn when small" "张三"
	keys Down
	tmux -L "$SOCK" resize-window -x 80 -y 24
	expect_screen "$lang: list back at 80×24" "欧阳娜娜"
	expect_not "$lang: the message is gone" "80×24"
	tmux -L "$SOCK" resize-window -x 100 -y 30
	# The key line moves to the last row of the larger terminal.
	if poll row30_keys; then ok "$lang: key line on the last row after growing"; else
		fail "$lang: key line on the last row after growing" "row 30: '$(screen | sed -n 30p)'"
	fi
	expect_screen "$lang: larger terminal redraws the list" "欧阳娜娜"
	tmux -L "$SOCK" resize-window -x 80 -y 24
	keys a
	poll form_open
	type_text "T050"
	tmux -L "$SOCK" resize-window -x 70 -y 24
	wait_gone "T050"
	tmux -L "$SOCK" resize-window -x 80 -y 24
	expect_screen "$lang: form and its typing kept across a resize" "T050"
	keys Escape
	wait_for "(y/n)"
	keys y
	poll form_closed
	keys q
	expect_status "$lang: quits after resizing" 0
done

# Terminal types: draw, move, edit and save with F2 and with Ctrl-S.
n=60
for term in linux xterm-256color screen vt100; do
	n=$((n + 1))
	app_start C.UTF-8 TERM=$term
	expect_screen "$term: list drawn" "欧阳娜娜"
	keys a
	poll form_open
	type_text "T$n"
	keys Tab
	type_text "终端$term"
	keys C-s
	expect_screen "$term: Ctrl-S saves" "Added 终端$term"
	# Ctrl-E: vt100 has no End key. (tmux sends the F-keys of an xterm, which a
	# Linux console's terminfo does not know, so F2 is tried where tmux matches.)
	keys Down Down Enter
	poll form_open
	keys Tab C-e
	type_text "X"
	if [ "$term" = linux ]; then keys C-s; else keys F2; fi
	poll form_closed
	keys 2
	expect_screen "$term: section 2 by its number" "Dues for 2025-06"
	keys q
	expect_status "$term: quits with 0" 0
	gh export members >"$TMP/export"
	expect_grep "$term: member saved with Ctrl-S" "T$n,终端$term," "$TMP/export"
	expect_grep "$term: Enter on the third line edits T3, F2 saves" "T3,SmithX," "$TMP/export"
	sqlite3 "$DB" "UPDATE member SET name = 'Smith' WHERE no = 'T3'" 2>/dev/null ||
		gh export members >/dev/null
done

# Colour: an error is drawn in red, but not with NO_COLOR.
red_error() { # 0 when the error message line uses colour 1 (red)
	screen_esc | grep -F "Please fill in" | grep -q '\[31m\|;31m\|\[1;31m'
}
app_start C.UTF-8 TERM=xterm-256color
wait_for "欧阳娜娜"
keys a
poll form_open
keys F2
wait_for "Please fill in"
if red_error; then ok "colour: error in red"; else
	fail "colour: error in red" "$(screen_esc | grep -F 'Please fill in' | cat -v)"; fi
keys Escape
poll form_closed
keys q
wait_exit
app_start C.UTF-8 TERM=xterm-256color NO_COLOR=1
wait_for "欧阳娜娜"
keys a
poll form_open
keys F2
wait_for "Please fill in"
if red_error; then
	fail "NO_COLOR: no colour" "$(screen_esc | grep -F 'Please fill in' | cat -v)"
else ok "NO_COLOR: no colour"; fi
keys Escape
poll form_closed
keys q
wait_exit

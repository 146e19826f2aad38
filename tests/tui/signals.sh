#!/bin/sh
# The terminal is always given back: after q, Ctrl-C (SIGINT), SIGTERM and SIGHUP.
# Ctrl-C asks before dropping an unsaved form or unsaved marks, as Esc and q do;
# SIGTERM and SIGHUP end at once. Nothing unsaved is written, and the terminal is back
# in its normal modes (icanon, echo) for the shell.
. "$(dirname "$0")/lib.sh"

seed_db
gh export members >"$TMP/before"
gh export dues >"$TMP/dues-before"

sane() { # NAME: the stty -a taken after gonghui exited shows a cooked terminal
	if poll has_file "$TMP/stty" && grep -q ' icanon' "$TMP/stty" &&
		grep -q ' echo ' "$TMP/stty" && grep -q ' ixon' "$TMP/stty"; then
		ok "$1"
	else
		fail "$1" "stty after exit: $(head -c 300 "$TMP/stty" 2>/dev/null)"
	fi
}

for lang in zh_CN.UTF-8 C.UTF-8; do
	# Ctrl-C in the member form with a new name typed, not saved: it asks, as Esc does.
	app_start "$lang"
	wait_for "张三"
	keys a
	poll form_open
	type_text "T099"
	keys Tab
	type_text "王五"
	wait_for "王五"
	keys C-c
	expect_screen "$lang: Ctrl-C in a form asks first" "(y/n)"
	keys n
	wait_gone "(y/n)"
	if form_open; then ok "$lang: n keeps the form open"; else
		fail "$lang: n keeps the form open" "the form closed"; show_screen; fi
	expect_screen "$lang: n keeps what was typed" "王五"
	keys C-c
	wait_for "(y/n)"
	keys y
	poll form_closed
	expect_not "$lang: y drops the form" "王五"
	# On a list, Ctrl-C quits (nothing is unsaved there) with the shell's 130.
	keys C-c
	expect_status "$lang: Ctrl-C on a list exits with 130" 130
	sane "$lang: terminal sane after Ctrl-C"
	expect_screen "$lang: the shell gets the screen back" 'shell$'
	gh export members >"$TMP/after"
	expect_same "$lang: Ctrl-C in an unsaved form writes nothing" "$TMP/before" "$TMP/after"
done

# Ctrl-C with dues marked but not saved: asks like q.
app_start C.UTF-8
wait_for "张三"
keys 2
wait_for "[ ] T1"
keys A
wait_for "[x] T1"
keys C-c
expect_screen "Ctrl-C with dues marked asks first" "(y/n)"
keys y
expect_status "Ctrl-C on the dues screen exits with 130" 130
sane "terminal sane after Ctrl-C on the dues screen"
gh export dues >"$TMP/dues-after"
expect_same "Ctrl-C with dues marked writes nothing" "$TMP/dues-before" "$TMP/dues-after"

# SIGTERM while a form is open.
app_start C.UTF-8
wait_for "张三"
keys a
poll form_open
type_text "T098"
wait_for "T098"
pid=$(app_pid)
if [ -n "$pid" ]; then kill -TERM "$pid"; fi
expect_status "SIGTERM exits with 143" 143
sane "terminal sane after SIGTERM"
gh export members >"$TMP/after"
expect_same "SIGTERM in an unsaved form writes nothing" "$TMP/before" "$TMP/after"

# SIGHUP (the terminal went away).
app_start C.UTF-8
wait_for "张三"
keys e
poll form_open
type_text "x"
pid=$(app_pid)
if [ -n "$pid" ]; then kill -HUP "$pid"; fi
expect_status "SIGHUP exits with 129" 129
gh export members >"$TMP/after"
expect_same "SIGHUP in an unsaved form writes nothing" "$TMP/before" "$TMP/after"

# q: status 0, terminal sane.
app_start C.UTF-8
wait_for "张三"
keys q
expect_status "q exits with 0" 0
sane "terminal sane after q"

# A crash (SIGSEGV): the handler can only do what is async-signal-safe, and still puts
# the terminal back before dying of the same signal.
app_start C.UTF-8
wait_for "张三"
keys a
poll form_open
pid=$(app_pid)
if [ -n "$pid" ]; then kill -SEGV "$pid"; fi
expect_status "a crash dies of its signal (139)" 139
sane "terminal sane after a crash"

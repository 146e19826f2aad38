#!/bin/sh
# Settings (section 3): what is set, and on e the first-run form opened again,
# prefilled with what is saved (the section never opens on the form: 1 3 1 switches
# sections and leaves the school's name alone);
# Esc with changes asks first; a new rate changes the amounts due for months not yet paid
# and leaves saved payments alone; a new union name shows in the top line; switching to
# a fixed amount and back keeps the rate. Run in English and in Chinese.
. "$(dirname "$0")/lib.sh"

top_line() { screen | head -1; }
title_is() { top_line | grep -qF -- "$1"; }
# The union's name is in the top line when the tabs leave room for it (in Chinese), and
# in the settings' own lines always.
name_shown() { screen | grep -qF -- "$1"; }

settings() { # LANG TAG
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
	keys 3
	expect_screen "$2: 3 shows the settings" "红星小学"
	if form_open; then fail "$2: 3 does not open the form" "a form is open"; show_screen
	else ok "$2: 3 does not open the form"; fi
	keys 1
	wait_for "张三"
	keys 3
	wait_for "红星小学"
	keys 1
	wait_for "张三"
	gh settings >"$TMP/settings-now"
	expect_grep "$2: 1 3 1 leaves the school's name alone" "红星小学" "$TMP/settings-now"
	keys 3
	wait_for "红星小学"
	keys e
	if poll form_open; then ok "$2: e opens the settings form"; else
		fail "$2: e opens the settings form" "no form"; show_screen; fi
	expect_screen "$2: school prefilled" "红星小学"
	expect_screen "$2: union prefilled" "红星工会"
	expect_screen "$2: rate prefilled" "0.5"
	if [ "$2" = C ]; then
		# (nine English tabs: digit and name joined)
		expect_screen "C: the section's tab" "3Settings"
		expect_screen "C: what a change means, under the form" \
			"Changing how dues are reckoned affects months not yet paid; payments"
		expect_screen "C: saved payments keep their amounts" \
			"saved keep their amounts."
	else
		expect_screen "zh_CN: the section's tab" "3 设置"
		expect_screen "zh_CN: what a change means, under the form" \
			"已经保存的缴费金额不变"
	fi

	# Union name, then the rate (typing replaces a field just entered); Esc asks.
	keys Tab
	type_text "红星小学工会"
	keys Tab Tab
	type_text "1"
	keys Escape
	expect_screen "$2: Esc with changes asks first" "(y/n)"
	keys n
	wait_gone "(y/n)"
	if form_open; then ok "$2: n keeps the form open"; else
		fail "$2: n keeps the form open" "form closed"; show_screen; fi
	keys F2
	poll form_closed
	if poll name_shown "红星小学工会"; then ok "$2: the new union name shown"
	else fail "$2: the new union name shown" "not on the screen"; show_screen; fi
	if [ "$2" = zh_CN ]; then
		# (cut: nine tabs leave it five columns)
		if poll title_is "红星小…"; then ok "$2: the new union name in the top line"
		else fail "$2: the new union name in the top line" "top line: '$(top_line)'"; fi
	fi
	expect_screen "$2: the saved rate listed" "1.0"

	# Twice the amounts due this month (0.5% → 1% of 4560, 3000, 5000).
	keys 2
	expect_screen "$2: 1% of 4560 due from 张三" \
		" [ ] T1       张三                        45.60"
	expect_screen "$2: 1% of 3000 due from 欧阳娜娜" \
		" [ ] T2       欧阳娜娜                    30.00"
	expect_screen "$2: 1% of 5000 due from Smith" \
		" [ ] T3       Smith                       50.00"
	# May's payment keeps its 22.80.
	keys '<'
	expect_screen "$2: a saved payment keeps its amount" \
		"     T1       张三                        45.60      22.80"
	gh export dues >"$TMP/dues-after"
	expect_same "$2: no saved payment changed" "$TMP/dues-before" "$TMP/dues-after"
	keys t
	wait_for "2025-06"

	# Esc with changes, answered y: nothing is saved.
	keys 3
	wait_for "1.0"
	keys e
	poll form_open
	keys Tab Tab Tab
	type_text "2"
	keys Escape
	wait_for "(y/n)"
	keys y
	poll form_closed
	expect_screen "$2: the old rate still listed" "1.0"
	expect_not "$2: the discarded rate is not" "2.0"
	# Esc without changes closes at once.
	keys e
	poll form_open
	keys Escape
	poll form_closed
	expect_not "$2: Esc without changes does not ask" "(y/n)"

	# A fixed amount, then back to the rate: the rate is kept.
	keys Enter
	poll form_open
	keys Tab Tab Space Tab
	type_text "２０"
	keys C-s
	poll form_closed
	expect_screen "$2: the fixed amount listed" "20.00"
	keys 2
	expect_screen "$2: 20.00 due from 欧阳娜娜" \
		" [ ] T2       欧阳娜娜                    20.00"
	keys 3
	wait_for "20.00"
	keys e
	poll form_open
	keys Tab Tab Space
	expect_screen "$2: back to a rate, the saved rate shows" "1.0"
	keys F2
	poll form_closed
	keys 2
	expect_screen "$2: the rate again: 45.60 due from 张三" \
		" [ ] T1       张三                        45.60"
	keys q
	expect_status "$2: quits with 0" 0

	# Kept across a restart.
	app_start "$1" GONGHUI_SECTION=settings
	if poll name_shown "红星小学工会"; then ok "$2: the union name kept"; else
		fail "$2: the union name kept" "not on the screen"; show_screen; fi
	keys q
	wait_exit
}

settings C.UTF-8 C
settings zh_CN.UTF-8 zh_CN

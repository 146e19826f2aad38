#!/bin/sh
# A month's dues that no member pays: core's verdict on the amount typed in the Dues
# section. More than 10,000.00 a month is refused with a sentence and the form comes
# back with what was typed; more than ten times what is due (22.80 from 张三) asks; n
# goes back to the form, y keeps it.
. "$(dirname "$0")/lib.sh"

sanity() { # LANG TAG
	rm -f "$DB"
	app_start "$1"
	do_setup "红星小学" "红星工会" || return
	keys q
	wait_exit
	gh import members "$DATA/tui-members.csv" >/dev/null

	app_start "$1"
	wait_for "张三"
	keys 2
	wait_for "22.80"
	keys Home e
	poll form_open
	type_text "99999999999"
	keys Enter
	if [ "$2" = C ]; then
		expect_screen "C: refused, with the limit" \
			"99,999,999,999.00 is more dues than any member pays in a month (at most"
	else
		expect_screen "$2: refused, with the limit" "10,000.00"
	fi
	expect_screen "$2: the form is back with what was typed" "99999999999"
	poll form_open
	type_text "300"
	keys Enter
	expect_screen "$2: more than ten times the amount due asks" "(y/n)"
	[ "$2" = C ] && expect_screen "C: the question names both amounts" \
		"300.00 is more than ten times the 22.80 张三 owes a month. Keep it?"
	keys n
	poll form_open
	expect_screen "$2: n: the form again" "300"
	keys Enter
	wait_for "(y/n)"
	keys y
	poll form_closed
	expect_screen "$2: y: marked with 300.00" "300.00"
	keys q
	wait_for "(y/n)"
	keys y
	expect_status "$2: quits" 0
	gh export dues >"$TMP/dues"
	expect_eq "$2: nothing saved without F2" "$(cat "$TMP/dues")" "month,member_no,amount,paid_on,cancelled_on,batch"
}

sanity C.UTF-8 C
have_locale zh_CN.UTF-8 && sanity zh_CN.UTF-8 zh_CN

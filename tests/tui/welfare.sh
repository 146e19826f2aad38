#!/bin/sh
# Section 4, welfare and visits (慰问): adding welfare through the form (the member by
# name, the amount in full-width digits) writes the row, its ledger entry and a 五必访
# case; a visit with the same reason closes the case and says so; a school-paid gift
# writes no ledger line; `m` lists the open cases and Enter opens the visit form filled
# in; `x` reverses a row after asking (a correcting ledger entry, the row marked void); a
# closed month refuses; `<` shows last year, names lining up whatever their script.
# Checked on screen and through `gonghui export welfare|ledger|visits`. Run in
# simplified Chinese and in English.
. "$(dirname "$0")/lib.sh"

HEAD_W="date,member_no,kind,cash,goods,goods_value,paid_by,note,reversed_on,gift"
HEAD_L="date,voucher,debit,credit,amount,description,source"

welfare() { # LANG TAG
	rm -f "$DB"
	app_start "$1"
	do_setup "红星小学" "红星工会" || return
	keys q
	wait_exit
	gh import members "$DATA/wf-members.csv" >/dev/null

	app_start "$1"
	wait_for "张三"
	keys 4
	if [ "$2" = C ]; then
		expect_screen "C: the title: year and open cases" \
			"Welfare in 2025    must-visit open: 0"
		expect_screen "C: an empty year says what to do" \
			"No welfare recorded in 2025: press a to add one."
		expect_screen "C: the key line" \
			"a Add  v Visit  m Must-visit  V Visits  x Reverse  < > Year  ? Help  q Quit"
	else
		expect_screen "zh_CN: the title: year and open cases" "2025年慰问    “五必访”未走访：0"
		expect_screen "zh_CN: an empty year says what to do" "2025年还没有慰问记录：按 a 添加。"
		expect_screen "zh_CN: the key line" \
			"a 添加  v 走访  m 五必访  V 走访记录  x 冲销  < > 年份  ? 帮助  q 退出"
	fi

	# 王芳's hospital stay on 2 June: 300 typed in full-width digits, paid by the union.
	keys a
	poll form_open
	type_text "2025-6-2"
	keys Tab
	type_text "王芳"
	keys Tab
	wait_for "T005     王芳"
	keys Enter
	wait_for "T004          王芳"
	keys Space Tab
	type_text "３００"
	keys F2
	poll form_closed
	if [ "$2" = C ]; then
		expect_screen "C: the message says what happened" \
			"Saved: 300.00 to 王芳 (T004), hospital stay, entered in the books; a must-"
		expect_screen "C: … and that a case is open" " visit case is now open."
		expect_screen "C: one case open" "must-visit open: 1"
		expect_screen "C: the row" \
			"2025-06-02 T004   王芳      hospital stay    300.00           union"
	else
		expect_screen "zh_CN: the message says what happened" \
			"已保存：给王芳（T004）的住院慰问300.00，已记入收支账；新增一项“五必访”待走访。"
		expect_screen "zh_CN: one case open" "“五必访”未走访：1"
		expect_screen "zh_CN: the row" \
			"2025-06-02 T004   王芳                  住院    300.00           工会"
	fi
	gh export welfare >"$TMP/got"
	printf '%s\n%s\n' "$HEAD_W" "2025-06-02,T004,hospital,300.00,,0.00,union,,," >"$TMP/want"
	expect_same "$2: export welfare" "$TMP/want" "$TMP/got"
	gh export ledger >"$TMP/got"
	desc="住院慰问：王芳（T004）"
	[ "$2" = C ] && desc="Welfare for T004 王芳: hospital stay"
	printf '%s\n%s\n' "$HEAD_L" "2025-06-02,,50205,101,300.00,$desc,welfare" >"$TMP/want"
	expect_same "$2: export ledger: the expense entry" "$TMP/want" "$TMP/got"

	# A visit with the same reason: 王芳 by her initials (two match: the list), closes it.
	keys v
	poll form_open
	keys Tab
	type_text "wf"
	keys Tab
	wait_for "T005     王芳"
	keys Enter
	wait_for "T004          王芳"
	keys Space Tab
	type_text "李主席"
	keys Tab
	type_text "县医院"
	keys F2
	poll form_closed
	if [ "$2" = C ]; then
		expect_screen "C: the visit closes the case and says so" \
			"Saved the visit to 王芳 (T004); this closes the must-visit case opened on"
		expect_screen "C: … naming its date" "2025-06-02."
		expect_screen "C: no case open" "must-visit open: 0"
	else
		expect_screen "zh_CN: the visit closes the case and says so" \
			"已保存对王芳（T004）的走访；2025-06-02登记的“五必访”事项随之办结。"
		expect_screen "zh_CN: no case open" "“五必访”未走访：0"
	fi
	gh export visits >"$TMP/got"
	printf '%s\n%s\n' "date,member_no,reason,visitors,place,note" \
		"2025-06-15,T004,hospital,李主席,县医院," >"$TMP/want"
	expect_same "$2: export visits" "$TMP/want" "$TMP/got"

	# Smith's bereavement, paid by the school: a case opens, the ledger stays as it was.
	cp "$TMP/got" "$TMP/visits"
	gh export ledger >"$TMP/ledger"
	keys a
	poll form_open
	keys Tab
	type_text "Smith"
	keys Tab Space Space Space Tab
	type_text "500"
	keys Tab Tab Tab Space F2
	poll form_closed
	if [ "$2" = C ]; then
		expect_screen "C: school-paid: not in the books" \
			"Saved: 500.00 to Smith (T003), bereavement, paid by the school (not in the"
	else
		expect_screen "zh_CN: school-paid: not in the books" \
			"已保存：给Smith（T003）的丧事慰问500.00，由学校出资（不记入工会账）；"
	fi
	gh export ledger >"$TMP/got"
	expect_same "$2: school-paid welfare writes no ledger line" "$TMP/ledger" "$TMP/got"

	# m: the open cases; Enter opens the visit form with Smith and the reason filled in.
	keys m
	if [ "$2" = C ]; then
		expect_screen "C: m lists the open case" "1 must-visit case open, oldest first"
		expect_screen "C: Smith's case" "2025-06-15      0 T003     Smith"
		expect_screen "C: its keys" "Enter Visit  Esc Back  ? Help"
	else
		expect_screen "zh_CN: m lists the open case" "待走访的“五必访”事项1项，最早的在前"
		expect_screen "zh_CN: Smith's case" "2025-06-15      0 T003     Smith"
		expect_screen "zh_CN: its keys" "Enter 走访  Esc 返回  ? 帮助"
	fi
	keys Enter
	poll form_open
	expect_screen "$2: the visit form has Smith" "T003          Smith"
	if [ "$2" = C ]; then r=bereavement; else r=丧事; fi
	expect_screen "$2: … and the reason" " $r"
	keys Escape
	poll form_closed
	keys Escape
	if [ "$2" = C ]; then expect_screen "C: Esc goes back" "Welfare in 2025"
	else expect_screen "zh_CN: Esc goes back" "2025年慰问"; fi

	# x on 王芳's row asks what will happen; n does nothing, y reverses it.
	keys Home Down x
	if [ "$2" = C ]; then
		expect_screen "C: x asks" \
			"Reverse the welfare of 2025-06-02, 300.00 to 王芳 (T004), hospital stay? A"
		expect_screen "C: … saying a correcting entry is made today" \
			"correcting entry dated 2025-06-15 goes in the books. (y/n)"
	else
		expect_screen "zh_CN: x asks" \
			"要冲销2025-06-02给王芳（T004）的住院慰问300.00吗？将在收支账中记一笔2025-06-15"
		expect_screen "zh_CN: … saying a correcting entry is made today" "的红字冲销。 (y/n)"
	fi
	keys n
	wait_gone "(y/n)"
	gh export ledger >"$TMP/got"
	expect_same "$2: n changes nothing" "$TMP/ledger" "$TMP/got"
	keys x
	wait_for "(y/n)"
	keys y
	wait_gone "(y/n)"
	if [ "$2" = C ]; then
		expect_screen "C: says it is reversed" \
			"Reversed the welfare of 2025-06-02, 300.00 to 王芳 (T004); a correcting"
		expect_screen "C: the old row is void" \
			"2025-06-02 T004   王芳      hospital stay    300.00           union   void"
		expect_screen "C: the new row is the reversal, in red ink" \
			"2025-06-15 T004   王芳      hospital stay   -300.00           union   revers"
		rdesc="Reversal of 2025-06-02: Welfare for T004 王芳: hospital stay"
	else
		expect_screen "zh_CN: says it is reversed" \
			"已冲销2025-06-02给王芳（T004）的慰问300.00，收支账中已记红字冲销。"
		expect_screen "zh_CN: the old row is void" \
			"2025-06-02 T004   王芳                  住院    300.00           工会     作废"
		expect_screen "zh_CN: the new row is the reversal, in red ink" \
			"2025-06-15 T004   王芳                  住院   -300.00           工会     冲销"
		rdesc="红字冲销2025-06-02：住院慰问：王芳（T004）"
	fi
	gh export ledger >"$TMP/got"
	printf '%s\n%s\n%s\n' "$HEAD_L" "2025-06-02,,50205,101,300.00,$desc,welfare" \
		"2025-06-15,,50205,101,-300.00,$rdesc,welfare" >"$TMP/want"
	expect_same "$2: export ledger: the reversing entry" "$TMP/want" "$TMP/got"
	gh export welfare >"$TMP/got"
	printf '%s\n%s\n%s\n' "$HEAD_W" "2025-06-02,T004,hospital,300.00,,0.00,union,,2025-06-15," \
		"2025-06-15,T003,bereavement,500.00,,0.00,school,,," >"$TMP/want"
	expect_same "$2: export welfare: the void row with the day it was reversed" \
		"$TMP/want" "$TMP/got"

	# x on the void row: core's sentence, nothing asked.
	keys End x
	if [ "$2" = C ]; then
		expect_screen "C: a void row cannot be reversed again" \
			"The welfare of 2025-06-02 for 王芳 (T004), 300.00, has already been reversed."
	else
		expect_screen "zh_CN: a void row cannot be reversed again" "已经冲销过"
	fi
	expect_not "$2: and nothing is asked" "(y/n)"

	# x on the school-paid row: no ledger entry to correct, the open case goes.
	keys Home Down x
	if [ "$2" = C ]; then
		expect_screen "C: x on a school-paid row" \
			"Reverse the welfare of 2025-06-15, 500.00 to Smith (T003), bereavement?"
		expect_screen "C: … no entry to correct, the case goes" \
			" open must-visit case is removed. (y/n)"
	else
		expect_screen "zh_CN: x on a school-paid row" \
			"要冲销2025-06-15给Smith（T003）的丧事慰问500.00吗？未办结的“五必访”事项将被撤"
	fi
	keys n
	wait_gone "(y/n)"

	# June closed (月结): x refuses before asking, adding a row dated in it refuses.
	gh close --yes 2025-06 >/dev/null
	keys x
	if [ "$2" = C ]; then month="June 2025 (2025-06) is closed"; else month="已月结"; fi
	expect_screen "$2: a closed month refuses x" "$month"
	expect_not "$2: without asking" "(y/n)"
	keys a
	poll form_open
	keys Tab
	type_text "zs"
	keys Tab Tab
	type_text "100"
	keys F2
	expect_screen "$2: a closed month refuses a new row" "$month"
	keys Escape
	wait_for "(y/n)"
	keys y
	poll form_closed
	gh export welfare >"$TMP/got"
	expect_same "$2: nothing added" "$TMP/want" "$TMP/got"

	# Last year (imported): < shows it; the column after the name lines up for 张三,
	# 欧阳娜娜 and Smith; the totals under the list.
	gh import welfare "$DATA/wf-welfare.csv" >/dev/null
	keys '<'
	if [ "$2" = C ]; then
		expect_screen "C: < shows 2024" "Welfare in 2024"
		expect_screen "C: 2024's totals" \
			"2024: 3 times, cash 600.00, goods 0.00, from union funds 600.00"
	else
		expect_screen "zh_CN: < shows 2024" "2024年慰问"
		expect_screen "zh_CN: 2024's totals" \
			"2024年合计：3人次，慰问金600.00，慰问品0.00，工会经费支出600.00"
	fi
	wait_for "Smith"
	a=$(col_after "T001" "张三")
	b=$(col_after "T002" "欧阳娜娜")
	c=$(col_after "T003" "Smith")
	if [ "$a" = "$b" ] && [ "$b" = "$c" ] && [ "$a" -gt 20 ]; then
		ok "$2: names line up (reason at column $a)"
	else
		fail "$2: names line up" "next column at $a (张三), $b (欧阳娜娜), $c (Smith)"
		show_screen
	fi
	keys t
	if [ "$2" = C ]; then expect_screen "C: t: this year again" "Welfare in 2025"
	else expect_screen "zh_CN: t: this year again" "2025年慰问"; fi
	keys q
	expect_status "$2: quits with 0" 0
}

welfare zh_CN.UTF-8 zh_CN
welfare C.UTF-8 C

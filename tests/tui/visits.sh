#!/bin/sh
# Section 4's visits list (走访记录): V switches the section from the welfare list to the
# year's visits and back; a visit logged with v (from the welfare list) and one with a
# (from the visits list) show newest first with their date, number, name, reason,
# visitors and place, the column after the name at the same screen column for 张三 and
# Smith; the totals count visits (人次) and different people (人); Enter shows a visit in
# full; < > t change the year (an empty year says what to do); a year of 30 visits pages;
# m and Esc come back to the visits list. Run in simplified Chinese and in English; the
# key lines of both lists measured in traditional Chinese too.
. "$(dirname "$0")/lib.sh"

# A row of the help screen, its runs of spaces squeezed to one.
on_help_row() { screen | tr -s ' ' | grep -qF -- "$1"; }
expect_help_row() { # NAME TEXT
	if poll on_help_row "$2"; then ok "$1"; else
		fail "$1" "'$2' did not show up; the screen:"; show_screen; fi
}

# The key line's width in display columns.
bar_width() { screen | tail -1 | LC_ALL=C.UTF-8 wc -L; }
expect_bar_fits() { # NAME
	w=$(bar_width)
	if [ "$w" -le 80 ]; then ok "$1 ($w columns)"; else fail "$1" "$w columns"; fi
}

visits() { # LANG TAG
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
		expect_screen "C: the welfare list's key line has V" \
			"a Add  v Visit  m Must-visit  V Visits  x Reverse  < > Year  ? Help  q Quit"
	else
		expect_screen "zh_CN: the welfare list's key line has V" \
			"a 添加  v 走访  m 五必访  V 走访记录  x 冲销  < > 年份  ? 帮助  q 退出"
	fi
	expect_bar_fits "$2: the welfare list's key line fits"

	# V: the visits list, empty, says so and what to press.
	keys V
	if [ "$2" = C ]; then
		expect_screen "C: V: the title says which list and the year" \
			"Visits in 2025    must-visit open: 0"
		expect_screen "C: the columns" \
			"Date       No.    Name             Reason        Visitors         Place"
		expect_screen "C: an empty year says what to do" \
			"No visits recorded in 2025: press v to log one."
		expect_screen "C: the visits list's key line" \
			"v Visit  m Must-visit  V Welfare  < > Year  Enter Open  ? Help  q Quit"
	else
		expect_screen "zh_CN: V: the title says which list and the year" \
			"2025年走访记录    “五必访”未走访：0"
		expect_screen "zh_CN: the columns" \
			"日期       编号   姓名                事由 走访人              地点"
		expect_screen "zh_CN: an empty year says what to do" \
			"2025年还没有走访记录：按 v 登记。"
		expect_screen "zh_CN: the visits list's key line" \
			"v 走访  m 五必访  V 慰问  < > 年份  Enter 详情  ? 帮助  q 退出"
	fi
	expect_bar_fits "$2: the visits list's key line fits"

	# V back to the welfare list; v there logs 张三's hospital visit of 10 June.
	keys V
	if [ "$2" = C ]; then expect_screen "C: V goes back" "Welfare in 2025"
	else expect_screen "zh_CN: V goes back" "2025年慰问"; fi
	keys v
	poll form_open
	type_text "2025-6-10"
	keys Tab
	type_text "zs"
	keys Tab Space Tab
	type_text "工会主席 李明"
	keys Tab
	type_text "县人民医院"
	keys F2
	poll form_closed
	if [ "$2" = C ]; then
		expect_screen "C: the visit is saved" "Saved the visit to 张三 (T001)."
		expect_screen "C: … the welfare list stays" "Welfare in 2025"
	else
		expect_screen "zh_CN: the visit is saved" "已保存对张三（T001）的走访。"
		expect_screen "zh_CN: … the welfare list stays" "2025年慰问"
	fi

	# On the visits list, a logs a visit too: Smith, today, illness, nobody named.
	keys V
	if [ "$2" = C ]; then wait_for "Visits in 2025"; else wait_for "2025年走访记录"; fi
	keys a
	poll form_open
	keys Tab
	type_text "Smith"
	keys F2
	poll form_closed
	if [ "$2" = C ]; then
		expect_screen "C: a on the visits list logs a visit" "Saved the visit to Smith (T003)."
		expect_screen "C: Smith's row, newest first" \
			" 2025-06-15 T003   Smith            illness"
		expect_screen "C: 张三's row, visitors and place" \
			" 2025-06-10 T001   张三             hospital stay 工会主席 李明    县人民医院"
		expect_screen "C: the totals" " 2025: 2 visits, 2 people"
		expect_screen "C: the position" "1/2"
	else
		expect_screen "zh_CN: a on the visits list logs a visit" "已保存对Smith（T003）的走访。"
		expect_screen "zh_CN: Smith's row, newest first" \
			" 2025-06-15 T003   Smith               生病"
		expect_screen "zh_CN: 张三's row, visitors and place" \
			" 2025-06-10 T001   张三                住院 工会主席 李明       县人民医院"
		expect_screen "zh_CN: the totals" " 2025年合计：走访2人次，2人"
	fi
	row1=$(screen | grep -n "T003   Smith" | cut -d: -f1)
	row2=$(screen | grep -n "T001   张三" | cut -d: -f1)
	expect_eq "$2: Smith (today) above 张三 (10 June)" "$row1" $((row2 - 1))
	a=$(col_after "T001" "张三")
	b=$(col_after "T003" "Smith")
	if [ "$a" = "$b" ] && [ "$a" -gt 20 ]; then
		ok "$2: names line up (reason at column $a)"
	else
		fail "$2: names line up" "next column at $a (张三), $b (Smith)"
		show_screen
	fi

	# Enter on 张三's visit: everything about it on the message line.
	keys Down Enter
	if [ "$2" = C ]; then
		expect_screen "C: Enter shows the visit in full" \
			"Visit of 2025-06-10: visitors: 工会主席 李明; place: 县人民医院; note: -; no"
		expect_screen "C: … wrapped on the message line" "welfare recorded with it."
	else
		expect_screen "zh_CN: Enter shows the visit in full" \
			"2025-06-10的走访：走访人：工会主席 李明；地点：县人民医院；备注：-；未登记带去"
	fi

	# Two more visits from a file (张三 again in March, 欧阳娜娜 in 2024): t reloads this
	# year; 张三 twice is still one person.
	gh import visits "$DATA/vs-visits.csv" >/dev/null
	keys t
	if [ "$2" = C ]; then
		expect_screen "C: the imported visit, oldest last" \
			" 2025-03-08 T001   张三             illness       工会小组长       家中"
		expect_screen "C: 3 visits to 2 people" " 2025: 3 visits, 2 people"
	else
		expect_screen "zh_CN: the imported visit, oldest last" \
			" 2025-03-08 T001   张三                生病 工会小组长          家中"
		expect_screen "zh_CN: 3 visits to 2 people" " 2025年合计：走访3人次，2人"
	fi

	# <: 2024 (one visit, one person); < again: 2023, empty.
	keys '<'
	if [ "$2" = C ]; then
		expect_screen "C: < shows 2024's visits" "Visits in 2024"
		expect_screen "C: 2024's row" \
			" 2024-12-20 T002   欧阳娜娜         holiday       工会主席 李明    家中"
		expect_screen "C: one visit, one person" " 2024: 1 visit, 1 person"
	else
		expect_screen "zh_CN: < shows 2024's visits" "2024年走访记录"
		expect_screen "zh_CN: 2024's row" \
			" 2024-12-20 T002   欧阳娜娜            节日 工会主席 李明       家中"
		expect_screen "zh_CN: one visit, one person" " 2024年合计：走访1人次，1人"
	fi
	keys '<'
	if [ "$2" = C ]; then
		expect_screen "C: 2023 is empty" "No visits recorded in 2023: press v to log one."
	else
		expect_screen "zh_CN: 2023 is empty" "2023年还没有走访记录：按 v 登记。"
	fi
	# the row above the message line, where the totals go
	expect_eq "$2: no totals for an empty year" "$(screen | sed -n 22p | tr -d ' ')" ""

	# 2022: thirty visits, more than a screen; End pages to the oldest, Home back.
	i=1
	{ echo "date,member_no,reason,visitors,place,note"
	  while [ $i -le 30 ]; do printf '2022-01-%02d,T003,illness,,,\n' $i; i=$((i + 1)); done
	} >"$TMP/many.csv"
	gh import visits "$TMP/many.csv" >/dev/null
	keys '<'
	if [ "$2" = C ]; then wait_for "Visits in 2022"; else wait_for "2022年走访记录"; fi
	expect_screen "$2: 2022 starts with the newest" " 2022-01-30 T003"
	expect_not "$2: … the oldest is not on the first page" " 2022-01-01 T003"
	keys End
	expect_screen "$2: End: the oldest" " 2022-01-01 T003"
	expect_screen "$2: … at 30 of 30" "30/30"
	expect_not "$2: … the newest is off the page" " 2022-01-30 T003"
	keys Home
	expect_screen "$2: Home: the newest again" " 2022-01-30 T003"

	# t: this year again, still the visits list; m and Esc come back to it.
	keys t
	if [ "$2" = C ]; then
		expect_screen "C: t: this year's visits" "Visits in 2025"
		keys m
		expect_screen "C: m: the must-visit cases" "No must-visit case is open"
		keys Escape
		expect_screen "C: Esc: back to the visits list" "Visits in 2025"
	else
		expect_screen "zh_CN: t: this year's visits" "2025年走访记录"
		keys m
		expect_screen "zh_CN: m: the must-visit cases" "没有待走访的“五必访”事项"
		keys Escape
		expect_screen "zh_CN: Esc: back to the visits list" "2025年走访记录"
	fi
	expect_screen "$2: … with its rows" "T003   Smith"

	# ? lists the visits list's keys, a and v together. (Spaces squeezed: the key column
	# widens with the section digits' line.)
	keys '?'
	if [ "$2" = C ]; then
		expect_help_row "C: help: v and a" \
			"v/a Log a visit to a member (on this list a adds a visit too)"
		expect_help_row "C: help: V" "V Back to the welfare list"
	else
		expect_help_row "zh_CN: help: v and a" \
			"v/a 登记一次走访慰问（在这个列表里按 a 也是登记走访）"
	fi
	keys Escape

	# V: the welfare list again, in the same year.
	keys V
	if [ "$2" = C ]; then
		expect_screen "C: V: back to the welfare list" "Welfare in 2025"
		expect_screen "C: … its key line" "a Add  v Visit  m Must-visit  V Visits"
	else
		expect_screen "zh_CN: V: back to the welfare list" "2025年慰问"
		expect_screen "zh_CN: … its key line" "a 添加  v 走访  m 五必访  V 走访记录"
	fi
	keys q
	expect_status "$2: quits with 0" 0
}

visits zh_CN.UTF-8 zh_CN
visits C.UTF-8 C

# Traditional Chinese, on the last database: both key lines whole and within 80 columns.
app_start zh_TW.UTF-8
wait_for "张三"
keys 4
expect_screen "zh_TW: the welfare list's key line" \
	"a 新增  v 訪視  m 必訪  V 訪視紀錄  x 沖銷  < > 年份  Enter 詳情  ? 說明  q 離開"
expect_bar_fits "zh_TW: the welfare list's key line fits"
keys V
expect_screen "zh_TW: the visits list's title" "2025年訪視紀錄    必訪未訪視：0"
expect_screen "zh_TW: the visits list's key line" \
	"v 訪視  m 必訪  V 慰問  < > 年份  Enter 詳情  ? 說明  q 離開"
expect_bar_fits "zh_TW: the visits list's key line fits"
expect_screen "zh_TW: the totals" " 2025年合計：訪視3人次，2人"
keys q
expect_status "zh_TW: quits with 0" 0

#!/bin/sh
# The member picker behind a form's member field (the welfare form, section 4): a number
# (full-width too) or pinyin initials that mean one member fill in the number and show
# the name beside it; a name two members share opens a list to choose from (arrows,
# Enter picks, Esc goes back with the text kept); a name nobody has is refused with the
# text kept; more matches than fit page through the list. Run in Chinese and in English.
. "$(dirname "$0")/lib.sh"

# 25 more members whose numbers have a P (nobody else's name, number or initials has one).
{
	echo "no,name,group"
	i=1
	while [ $i -le 25 ]; do
		printf 'P%02d,学员%02d,五组\n' $i $i
		i=$((i + 1))
	done
} >"$TMP/more.csv"

# The welfare form with the cursor in its member field (the second field).
member_field() {
	keys a
	poll form_open || return 1
	keys Tab
}

picker() { # LANG TAG
	rm -f "$DB"
	app_start "$1"
	do_setup "红星小学" "红星工会" || return
	keys q
	wait_exit
	gh import members "$DATA/wf-members.csv" >/dev/null
	gh import members "$TMP/more.csv" >/dev/null

	app_start "$1"
	wait_for "学员01"
	keys 4
	wait_for "2025"
	member_field

	# zs: 张三's pinyin initials, one match: the number goes in, the name beside it.
	type_text "zs"
	keys Tab
	expect_screen "$2: zs fills in T001 and shows 张三" "T001          张三"

	# 王芳: two members of that name; a list over the form, the second one picked.
	keys BTab C-u
	type_text "王芳"
	keys Tab
	if [ "$2" = C ]; then title='Members matching "王芳"'; else title='与“王芳”相符的会员'; fi
	expect_screen "$2: 王芳 opens the list" "$title"
	expect_screen "$2: the list shows T004" "T004     王芳"
	expect_screen "$2: and T005" "T005     王芳"
	if [ "$2" = C ]; then
		expect_screen "$2: its key line" "Enter Pick  Esc Back"
		expect_screen "$2: the field says why" '2 members match "王芳": choose one.'
	else
		expect_screen "$2: its key line" "Enter 选定  Esc 返回"
		expect_screen "$2: the field says why" "有2位会员与“王芳”相符：请选择一位。"
	fi
	keys Down Enter
	wait_gone "$title"
	expect_screen "$2: the second is picked: T005" "T005          王芳"

	# Esc goes back to the field with the text kept; leaving it asks again.
	keys BTab C-u
	type_text "王芳"
	keys Tab
	wait_for "$title"
	keys Escape
	wait_gone "$title"
	expect_screen "$2: Esc keeps the text in the field" "王芳          "
	expect_not "$2: and no number was filled in" "T00"
	keys Tab
	expect_screen "$2: Tab asks again" "$title"
	keys Enter
	wait_gone "$title"
	expect_screen "$2: Enter picks the first: T004" "T004          王芳"

	# A name nobody has: the field's error, the text kept.
	keys BTab C-u
	type_text "赵六"
	keys Tab
	if [ "$2" = C ]; then
		expect_screen "$2: nobody matches 赵六" '赵六          No member matches "赵六".'
	else
		expect_screen "$2: nobody matches 赵六" "赵六          没有与“赵六”相符的会员。"
	fi

	# A full-width number from an input method.
	keys BTab C-u
	type_text "Ｔ００３"
	keys Tab
	expect_screen "$2: Ｔ００３ is T003, Smith" "T003          Smith"

	# T00 matches five members: the names line up in the list whatever their script.
	keys BTab C-u
	type_text "T00"
	keys Tab
	wait_for "T005     王芳"
	a=$(col_after "T001" "张三")
	b=$(col_after "T002" "欧阳娜娜")
	c=$(col_after "T003" "Smith")
	if [ "$a" = "$b" ] && [ "$b" = "$c" ] && [ "$a" -gt 20 ]; then
		ok "$2: names line up in the list (group at column $a)"
	else
		fail "$2: names line up in the list" "group at $a (张三), $b (欧阳娜娜), $c (Smith)"
		show_screen
	fi
	expect_screen "$2: five in the list" "1/5"
	keys Escape
	wait_gone "1/5"

	# p matches 25 members: ten rows at a time, End goes to the last, Enter picks it.
	keys C-u
	type_text "p"
	keys Tab
	expect_screen "$2: p: the first of 25" "1/25"
	expect_screen "$2: P10 on the first page" "P10      学员10"
	expect_not "$2: P11 not yet" "P11"
	keys End
	expect_screen "$2: End: the last of 25" "25/25"
	expect_screen "$2: P25 shown" "P25      学员25"
	expect_not "$2: P01 scrolled away" "P01"
	keys Enter
	expect_screen "$2: P25 picked" "P25           学员25"

	# Nothing was saved: Esc, yes, and the welfare list is still empty.
	keys Escape
	wait_for "(y/n)"
	keys y
	poll form_closed
	gh export welfare >"$TMP/welfare"
	expect_eq "$2: nothing saved" "$(cat "$TMP/welfare")" \
		"date,member_no,kind,cash,goods,goods_value,paid_by,note,reversed_on,gift"
	keys q
	expect_status "$2: quits with 0" 0
}

picker zh_CN.UTF-8 zh_CN
picker C.UTF-8 C

#!/bin/sh
# The member roll: adding members with Chinese names through the form, finding them in
# the list, in the export and by pinyin initials, names lining up by display width,
# editing by whole characters, retiring. Run in Chinese and in English.
. "$(dirname "$0")/lib.sh"

roll() { # LANG TAG
	rm -f "$DB"
	app_start "$1"
	do_setup "红星小学" "红星工会" || return
	# Gender "male" for everyone (Tab to the field, Space once), so the column after
	# the name is filled on every line.
	add_member T001 "张三" Tab Space
	add_member T002 "欧阳娜娜" Tab Space
	add_member T003 "Smith" Tab Space
	expect_screen "$2: 张三 in the list" "张三"
	expect_screen "$2: 欧阳娜娜 in the list" "欧阳娜娜"
	expect_screen "$2: Smith in the list" "Smith"
	gh export members >"$TMP/export"
	expect_grep "$2: 张三 in export" "T001,张三,m," "$TMP/export"
	expect_grep "$2: 欧阳娜娜 in export" "T002,欧阳娜娜,m," "$TMP/export"

	# The next column starts at the same screen column whatever the name's script.
	a=$(col_after T001 "张三")
	b=$(col_after T002 "欧阳娜娜")
	c=$(col_after T003 "Smith")
	if [ "$a" = "$b" ] && [ "$b" = "$c" ] && [ "$a" -gt 10 ]; then
		ok "$2: names line up (next column at $a)"
	else
		fail "$2: names line up" "next column at $a (张三), $b (欧阳娜娜), $c (Smith)"
		show_screen
	fi

	# Search as you type: zs finds 张三 by its pinyin initials, and nobody else.
	keys /
	type_text "zs"
	wait_gone "欧阳娜娜"
	expect_screen "$2: search zs shows 张三" "张三"
	expect_not "$2: search zs hides 欧阳娜娜" "欧阳娜娜"
	expect_not "$2: search zs hides Smith" "Smith"
	keys Enter
	keys Escape
	expect_screen "$2: Esc shows everyone again" "欧阳娜娜"
	keys /
	type_text "oynn"
	wait_gone "张三"
	expect_screen "$2: search oynn shows 欧阳娜娜" "欧阳娜娜"
	keys Escape
	wait_for "张三"

	# Editing moves by whole characters: 欧阳娜娜abc, four times left, Backspace.
	keys a
	poll form_open
	type_text "T004"
	keys Tab
	type_text "欧阳娜娜abc"
	keys Left Left Left Left BSpace
	keys F2
	poll form_closed
	gh export members >"$TMP/export"
	expect_grep "$2: Backspace after 4×Left removes one 娜" "T004,欧阳娜abc," "$TMP/export"

	# A name wider than its field scrolls while typed and is kept whole.
	long="诸葛孔明司马仲达夏侯妙才欧阳永叔上官"
	keys a
	poll form_open
	type_text "T005"
	keys Tab
	type_text "$long"
	keys Home Right BSpace End
	type_text "x"
	keys F2
	poll form_closed
	gh export members >"$TMP/export"
	expect_grep "$2: long name edited at both ends" "T005,葛孔明司马仲达夏侯妙才欧阳永叔上官x," \
		"$TMP/export"
	expect_screen "$2: long name cut with … in the list" "…"

	# Full-width input, as an input method may give it: number, date, amount.
	keys a
	poll form_open
	type_text "Ｔ００６"
	keys Tab
	type_text "李四"
	keys Tab Tab
	type_text "１９８０年３月５日"
	keys Tab
	type_text "2005.9.1"
	keys Tab Tab Tab Tab Tab
	type_text "４５６７．８元"
	keys F2
	poll form_closed
	gh export members >"$TMP/export"
	expect_grep "$2: full-width number, dates and amount" \
		"T006,李四,,1980-03-05,2005-09-01,active,teacher,,,4567.80," "$TMP/export"

	# A date that does not exist is refused when the field is left, and not saved.
	keys a
	poll form_open
	type_text "T007"
	keys Tab
	type_text "王五"
	keys Tab Tab
	type_text "2025-02-30"
	keys Tab
	if [ "$2" = C ]; then expect_screen "$2: bad date explained beside the field" "2025-02-30"; fi
	keys F2
	keys Escape
	wait_for "(y/n)"
	keys y
	poll form_closed
	gh export members >"$TMP/export"
	expect_no_grep "$2: form with a bad date not saved" "T007" "$TMP/export"

	# Edit with Enter: change the number of the first member.
	keys Home Enter
	poll form_open
	keys C-u
	type_text "T011"
	keys C-s
	poll form_closed
	gh export members >"$TMP/export"
	expect_grep "$2: edited number saved" "T011,张三," "$TMP/export"

	# Retire Smith (T003): asks for the date, today by default.
	keys /
	type_text "Smith"
	wait_gone "张三"
	keys Enter r
	expect_screen "$2: retire asks for the date" "2025-06-15"
	keys Enter
	wait_for "Smith"
	gh export members >"$TMP/export"
	expect_grep "$2: Smith retired" "T003,Smith,m,,,retired," "$TMP/export"

	keys q
	expect_status "$2: q quits with status 0" 0
}

roll zh_CN.UTF-8 zh_CN
roll C.UTF-8 C

# English labels: sort and status filter are named in the title line.
app_start C.UTF-8
wait_for "members"
keys s
expect_screen "C: s sorts by name" "sorted by name"
keys f
expect_screen "C: f shows active members only" "status: active"
expect_not "C: retired Smith hidden by the filter" "Smith"
keys f
expect_screen "C: f again shows retired ones" "status: retired"
expect_screen "C: retired Smith shown" "Smith"
keys Escape
wait_for "sorted by"
keys F1
expect_screen "C: F1 shows the keys of the screen" "Keys for Members"
expect_screen "C: help is generated from the key table" "Search by name, number or pinyin"
keys Escape
expect_screen "C: help closes" "sorted by"
keys q
wait_exit

# An optional amount or date holding only spaces (an input method's full-width space
# too) is empty, not a bad value: the form saves, and the wage base is 0.00.
keys q
wait_exit
app_start zh_CN.UTF-8
wait_for "T00"
keys a
poll form_open
type_text "T009"
keys Tab
type_text "李四"
keys Tab Tab
type_text "　"           # birth date: U+3000
keys Tab Tab Tab Tab Tab Tab Tab
type_text "  "          # wage base: two spaces
keys F2
poll form_closed
expect_screen "zh_CN: a form with blank optional fields saves" "李四"
gh export members >"$TMP/export"
expect_grep "zh_CN: blank wage base is 0.00, blank birth date empty" "T009,李四,,,,active,teacher,,,0.00,," "$TMP/export"

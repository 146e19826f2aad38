#!/bin/sh
# The full-screen program under zh_CN.GB18030 (older Chinese installs), seen through luit
# in the UTF-8 terminal of the tests: the same whole screens as under zh_CN.UTF-8 (the
# files of whole_members.sh), and Chinese typed in GB18030 stored as the same UTF-8.
. "$(dirname "$0")/lib.sh"

if ! have_locale zh_CN.GB18030; then
	echo "SKIP $(basename "$0"): the zh_CN.GB18030 locale is not installed (make deps generates it)"
	exit 0
fi
if ! command -v luit >/dev/null 2>&1 ||
   [ "$(printf '\326\320' | LANG=C.UTF-8 luit -encoding GB18030 -c 2>/dev/null)" != 中 ]; then
	echo "SKIP $(basename "$0"): luit (with xfonts-encodings) is not installed (make deps installs them)"
	exit 0
fi

seed_db
# luit runs in the terminal's UTF-8 and hands gonghui a terminal in GB18030
app_start zh_CN.UTF-8 luit -encoding GB18030 -- env LANG=zh_CN.GB18030
wait_for "张三"
expect_whole "GB18030: the member roll, as under UTF-8" members-list.expected
keys e
poll form_open
expect_whole "GB18030: the member form over T1, as under UTF-8" members-form.expected
# A name too long, its message cut with "…": the one character whose width the
# GB18030 locale counts as two is drawn as "." so that the columns stay as reckoned.
keys Tab
keys C-u
type_text "欧阳一二三四五六七八九十甲乙丙丁戊己庚辛壬"
keys F2
sed 's/…/./' "$EXPECTED/members-name-too-long.expected" >"$TMP/too-long"
if poll screen_is "$TMP/too-long"; then ok "GB18030: a name too long, … drawn as ."
else fail "GB18030: a name too long, … drawn as ." "the screen:"; diff "$TMP/too-long" "$TMP/whole" | sed 's/^/    /'; fi
keys Escape
wait_for "(y/n)"
keys y
poll form_closed
keys '?'
wait_for "F1"
# (with seven sections and more, the line of section digits is cut: its … drawn as .)
sed 's/…/./' "$EXPECTED/members-help.expected" >"$TMP/help"
if poll screen_is "$TMP/help"; then ok "GB18030: the help of the member roll, as under UTF-8"
else fail "GB18030: the help of the member roll, as under UTF-8" "the screen:"
	diff "$TMP/help" "$TMP/whole" | sed 's/^/    /'; fi
keys Escape
wait_gone "F1"

# typed through the terminal in GB18030: kept as UTF-8
add_member T9 李四
expect_screen "GB18030: the new member on the roll" "李四"
keys q
expect_status "GB18030: quits with 0" 0
gh export members >"$TMP/members.csv"
expect_grep "GB18030: 李四 stored as UTF-8" "T9,李四," "$TMP/members.csv"

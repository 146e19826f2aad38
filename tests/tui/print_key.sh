#!/bin/sh
# p on the member roll sends the roll (`gonghui print roll`) to the printer through lp,
# and says so; without lp on the computer it says what to do instead. p on Dues sends
# the month's dues sheet (`gonghui print dues --month`); p on Welfare the sign sheet of
# the selected row's day and kind (`gonghui print signsheet --date D --kind K`).
. "$(dirname "$0")/lib.sh"

seed_db
mkdir "$TMP/bin"
printf '#!/bin/sh\ncat >"%s/printed"\n' "$TMP" >"$TMP/bin/lp"
chmod +x "$TMP/bin/lp"
app_start zh_CN.UTF-8 PATH="$TMP/bin:/usr/bin:/bin"
wait_for "张三"
keys p
expect_screen "p: the roll is sent to the printer" "会员花名册已送往打印机。"
LANG=zh_CN.UTF-8 "$BIN" -f "$DB" print roll >"$TMP/roll" 2>&1
poll has_file "$TMP/printed"
expect_same "p: lp got the roll, as 'gonghui print roll' writes it" "$TMP/roll" "$TMP/printed"
keys q
expect_status "quits with 0 (roll)" 0
rm -f "$TMP/printed"
app_start zh_CN.UTF-8 PATH="$TMP/bin:/usr/bin:/bin" GONGHUI_SECTION=dues
wait_for "2025-06"
keys p
expect_screen "p on Dues: the month's sheet is sent" "2025-06 的会费收缴表已送往打印机。"
LANG=zh_CN.UTF-8 "$BIN" -f "$DB" print dues --month 2025-06 >"$TMP/dues" 2>&1
poll has_file "$TMP/printed"
expect_same "p on Dues: lp got 'gonghui print dues --month 2025-06'" "$TMP/dues" "$TMP/printed"
keys q
expect_status "quits with 0" 0

rm -f "$TMP/printed"
app_start zh_CN.UTF-8 PATH="$TMP/bin:/usr/bin:/bin" GONGHUI_SECTION=welfare
wait_for "2025年慰问"
keys p
expect_screen "p on Welfare without a row: says so" "这里没有慰问记录，无法打印签收表。"
keys q
wait_exit
gh import members "$DATA/wf-members.csv" >/dev/null
gh import welfare "$DATA/whole-welfare.csv" >/dev/null
app_start zh_CN.UTF-8 PATH="$TMP/bin:/usr/bin:/bin" GONGHUI_SECTION=welfare
wait_for "县医院" || wait_for "2025-0"
keys p
expect_screen "p on Welfare: the row's sign sheet is sent" "的实名签收表已送往打印机。"
said=$(screen | grep -F "的实名签收表已送往打印机。")
d=$(printf '%s' "$said" | sed 's/.*\([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\)（\([^）]*\)）.*/\1/')
k=$(printf '%s' "$said" | sed 's/.*\([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\)（\([^）]*\)）.*/\2/')
LANG=zh_CN.UTF-8 "$BIN" -f "$DB" print signsheet --date "$d" --kind "$k" >"$TMP/sign" 2>&1
poll has_file "$TMP/printed"
expect_same "p on Welfare: lp got 'gonghui print signsheet --date $d --kind $k'" \
	"$TMP/sign" "$TMP/printed"
expect_grep "p on Welfare: a sign sheet" "实名签收表" "$TMP/printed"
keys q
expect_status "quits with 0 (welfare)" 0

app_start zh_CN.UTF-8 PATH=/nonexistent
wait_for "张三"
keys p
expect_screen "p without lp: says what to do" "没有打印命令"
keys q
expect_status "quits with 0 (no lp)" 0

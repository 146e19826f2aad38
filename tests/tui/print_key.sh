#!/bin/sh
# p on the member roll sends the roll (`gonghui print roll`) to the printer through lp,
# and says so; without lp on the computer it says what to do instead. p on Dues sends
# the month's dues sheet (`gonghui print dues --month`).
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

app_start zh_CN.UTF-8 PATH=/nonexistent
wait_for "张三"
keys p
expect_screen "p without lp: says what to do" "没有打印命令"
keys q
expect_status "quits with 0 (no lp)" 0

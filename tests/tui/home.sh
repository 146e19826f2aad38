#!/bin/sh
# The first screen (首页): what is waiting, on a book with half a year of records
# (dues paid to May and May closed, gifts to many under the Anhui caps — one member past
# the festival cap —, two open must-visit cases, a retiree of 70 not visited this year,
# three June birthdays of which two round, a donation drive partly handed over). The
# whole screen in zh_CN and in English, the same figures through the command line, the
# section keys it shows, and where the program opens.
. "$(dirname "$0")/lib.sh"

. "$(dirname "$0")/year-data.lib.sh"

# The same figures through the command line: dues, caps, the held money.
gh caps >"$TMP/caps"
expect_grep "caps: holiday 4,450.00, 1 past by 200.00" \
	"holiday 2,200.00, goods only          5     4,450.00     2,400.00  (1 past the cap by 200.00)" \
	"$TMP/caps"
gh report --year 2025 --format csv >"$TMP/report"
expect_grep "report: the holiday cap" "caps,holiday:over,1,200.00" "$TMP/report"
gh export dues >"$TMP/dues"
expect_eq "export: June dues paid by 3" "$(grep -c '^2025-06,' "$TMP/dues")" 3

app_start zh_CN.UTF-8 GONGHUI_SECTION=0
wait_for "待办事项"
expect_whole "zh_CN: the first screen" home-zh.txt
keys 2
expect_screen "2 goes to the Dues section" "5人中已缴3人"
keys 0
expect_screen "0 comes back to the first screen" "待办事项"
keys m
expect_screen "m opens the open must-visit cases" "待走访的“五必访”事项2项，最早的在前"
expect_screen "… oldest first: 赵强's hospital stay" "赵强"
keys Escape
expect_screen "Esc comes back to the first screen" "待办事项"
keys q
expect_status "q quits from the first screen" 0

app_start C.UTF-8 GONGHUI_SECTION=0
wait_for "What is waiting"
expect_whole "English: the first screen" home-en.txt
keys 4
expect_screen "4 goes to Welfare" "must-visit"
keys q
expect_status "q quits" 0

# Without GONGHUI_SECTION the program opens on the first screen, as it does for people.
app_start C.UTF-8 GONGHUI_SECTION=
expect_screen "opens on the first screen" "What is waiting, 2025-06-15"
keys q
wait_exit

#!/bin/sh
# The report screen: the year-end report of `gonghui report`, the same words and
# figures, scrolled; < > change the year; s saves it to a file as text or CSV (the files
# are exactly what the command line prints); p prints it with lp, or says there is none.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/year-data.lib.sh"

# a stand-in for lp that keeps what it was given
mkdir -p "$TMP/bin"
printf '#!/bin/sh\ncat >"%s/printed"\n' "$TMP" >"$TMP/bin/lp"
chmod +x "$TMP/bin/lp"

app_start zh_CN.UTF-8 GONGHUI_SECTION=5
wait_for "2025年度工会工作统计"
expect_whole "zh_CN: the report's first page" report-zh.txt
keys NPage
expect_screen "PgDn: the next page" "21-40/"
keys End
expect_screen "End: the sentences at the end" "全年收集合理化建议3条"
keys '<'
expect_screen "<: the year before" "2024年度工会工作统计"
keys '>'
expect_screen ">: back to 2025" "2025年度工会工作统计"
keys s
poll form_open
keys C-u
type_text "$TMP/report.txt"
keys F2
expect_screen "s: saved, and said where" "2025年的报告已保存到"
keys s
poll form_open
keys C-u
type_text "$TMP/report.csv"
keys Tab Space F2
expect_screen "s as CSV: saved" "report.csv"
keys q
expect_status "q quits" 0
LANG=zh_CN.UTF-8 LC_ALL= LANGUAGE= "$BIN" -f "$DB" report --year 2025 >"$TMP/cli.txt"
expect_same "the saved text is what gonghui report prints" "$TMP/cli.txt" "$TMP/report.txt"
gh report --year 2025 --format csv >"$TMP/cli.csv"
expect_same "the saved CSV is what gonghui report --format csv prints" "$TMP/cli.csv" \
	"$TMP/report.csv"

app_start C.UTF-8 GONGHUI_SECTION=5 "PATH=$TMP/bin:/usr/bin:/bin"
wait_for "Year-end report 2025"
expect_whole "English: the report's first page" report-en.txt
keys p
expect_screen "p: sent to the printer" "The report of 2025 is sent to the printer."
keys q
expect_status "q quits" 0
gh report --year 2025 >"$TMP/cli-en.txt"
expect_same "what lp got is the report" "$TMP/cli-en.txt" "$TMP/printed"

app_start C.UTF-8 GONGHUI_SECTION=5 "PATH=/nonexistent"
wait_for "Year-end report 2025"
keys p
expect_screen "p without lp: says so" "There is no printer command (lp)"
keys q
wait_exit

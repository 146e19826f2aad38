#!/bin/sh
# The full-screen program on a county database (gonghui consolidate): it shows the
# schools and the county's report, not a school's sections, and never the first-run
# form. Whole screens in zh_CN.UTF-8 (today 2025-06-15, the files' times fixed), and the
# keys in English: Enter opens a school's report, Esc comes back, s the table by school.
. "$(dirname "$0")/lib.sh"

cd "$TMP" || exit 1
for k in members dues ledger welfare visits events signups donations proposals; do
	gh_school() { "$BIN" -f a.db "$@" >/dev/null; }
	gh_school import "$k" "$DATA/year-$k.csv"
done
"$BIN" -f a.db set school_code=S001 school_name=红星小学 >/dev/null
for k in members welfare visits; do "$BIN" -f b.db import "$k" "$DATA/wv-$k.csv" >/dev/null; done
"$BIN" -f b.db set school_code=S002 school_name=青山中学 >/dev/null
touch -d "2025-06-10 08:30" a.db
touch -d "2025-06-12 16:05" b.db
"$BIN" consolidate -o "$DB" a.db b.db >/dev/null || fail "consolidate" "exit $?"
gh set union_name=绿水县教育工会 >/dev/null

app_start zh_CN.UTF-8
wait_for "S002"
expect_whole "the schools, as the program opens" county-schools.expected
expect_not "no first-run form" "欢迎"
keys 2
wait_for "2025年度"
expect_whole "the county's totals" county-report.expected
keys s
wait_for "S002"
expect_whole "the table by school" county-by-school.expected
keys q
expect_status "q quits" 0

app_start C.UTF-8
wait_for "S002"
keys Down Enter
expect_screen "Enter: the school's report" "S002 青山中学: 2025, as consolidated"
expect_screen "Enter: its own figures" "Working members at year end                                4"
keys '<'
expect_screen "<: the year before" "S002 青山中学: 2024, as consolidated"
keys Escape
expect_screen "Esc: back to the schools" "County database: 2 schools"
keys 2
expect_screen "Report: the county's name" "绿水县教育工会"
keys q
expect_status "q quits" 0

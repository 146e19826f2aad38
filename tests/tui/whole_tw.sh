#!/bin/sh
# The traditional-character screens (zh_TW.UTF-8, 80×24, today 2025-06-15), on the half
# year of tests/tui/year-data.lib.sh: the first screen and every section's first list,
# compared whole with tests/tui/expected/*-tw.txt so the zh_TW translation reads as a
# diff. Each screen is also searched for English words that a missing translation would
# leave (the data's own words are Chinese, its numbers and dates digits).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/year-data.lib.sh"

# A run of three or more ASCII letters on the screen, but for the key names of the bottom
# line (Enter, Esc, Tab, PgDn …) and the union's member numbers: a message not translated.
english_on_screen() {
	screen | sed '$d' | grep -o '[A-Za-z][A-Za-z][A-Za-z][A-Za-z]*' |
		grep -vxE 'Enter|Esc|Tab|PgUp|PgDn|Down|Home|End|Space|Ctrl|gonghui|csv|CSV|FILE' |
		head -3 | tr '\n' ' '
}
check_screen() { # NAME FILE [data: the entries' words are the data's]
	expect_whole "$1" "$2"
	[ -n "${3:-}" ] && return
	words=$(english_on_screen)
	if [ -z "$words" ]; then ok "$1: nothing left in English"; else
		fail "$1: nothing left in English" "on the screen: $words"; fi
}

app_start zh_TW.UTF-8 GONGHUI_SECTION=0
wait_for "待辦事項"
check_screen "zh_TW: the first screen" home-tw.txt
for pair in "1|會員|members" "2|會費|dues" "3|設定|settings" "4|慰問|welfare" \
	"5|統計|report" "6|活動|events" "7|收支|books" "8|捐款|donations" "9|提案|proposals"; do
	key=${pair%%|*}
	rest=${pair#*|}
	word=${rest%%|*}
	name=${rest#*|}
	keys "$key"
	wait_for "$word"
	# (the Books show what the command line wrote in the books: "Dues for 2025-06"
	# was written under the C locale; a description is data, kept as written)
	check_screen "zh_TW: section $key" "$name-tw.txt" $([ "$name" = books ] && echo data)
done
keys q
wait_exit

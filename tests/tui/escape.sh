#!/bin/sh
# Text from the database never reaches the terminal as control sequences: a name or a
# note holding ESC[2J shows as the text ^[[2J and clears nothing.
. "$(dirname "$0")/lib.sh"

seed_db
# A note with escapes comes in through a CSV import (names with control characters are
# refused by the import, so that one is planted as an older or damaged file might
# hold it).
gh import members "$DATA/tui-escape.csv" >/dev/null
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$DB" "UPDATE member SET name = char(27) || '[2J坏人' || char(7) WHERE no = 'T3'"
else
	echo "SKIP escape: sqlite3 missing, the name case is not run"
fi

for lang in zh_CN.UTF-8 C.UTF-8; do
	app_start "$lang"
	expect_screen "$lang: ESC in a name shows as ^[" "^[[2J坏人^G"
	expect_screen "$lang: the rest of the list is still there" "欧阳娜娜"
	expect_screen "$lang: the top line is still there" "红星工会"
	# The note in the member form.
	keys /
	type_text "T7"
	wait_gone "欧阳娜娜"
	keys Enter e
	expect_screen "$lang: ESC in a note shows as ^[ in the form" "^[[2J^[[31mnote with"
	expect_screen "$lang: the form's title is still there" "李四"
	keys Escape
	poll form_closed
	keys q
	wait_exit
done

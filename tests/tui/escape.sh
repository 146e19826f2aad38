#!/bin/sh
# Text from the database never reaches the terminal as control sequences: a name or a
# note holding ESC[2J shows as the text ^[[2J and clears nothing.
. "$(dirname "$0")/lib.sh"

seed_db
# The import refuses control characters in every field, the note included; so the
# name and the note are planted as an older or damaged file might hold them.
if gh import members "$DATA/tui-escape.csv" >/dev/null 2>&1; then
	fail "an import refuses ESC in a note" "it was imported"
else
	ok "an import refuses ESC in a note"
fi
printf 'no,name\nT7,李四\n' >"$TMP/t7.csv"
gh import members "$TMP/t7.csv" >/dev/null
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$DB" "UPDATE member SET name = char(27) || '[2J坏人' || char(7) WHERE no = 'T3'"
	sqlite3 "$DB" "UPDATE member SET note = char(27) || '[2J' || char(27) || '[31mnote with escapes' WHERE no = 'T7'"
else
	echo "SKIP escape: sqlite3 missing, the name case is not run"
fi

tabs_there() { screen | sed -n 1p | grep -q '^ 1.* 2.* 3'; }
for lang in zh_CN.UTF-8 C.UTF-8; do
	app_start "$lang"
	expect_screen "$lang: ESC in a name shows as ^[" "^[[2J坏人^G"
	expect_screen "$lang: the rest of the list is still there" "欧阳娜娜"
	# (the tabs: with eight English tabs the union's name has no room in the top line)
	if poll tabs_there; then ok "$lang: the top line is still there"; else
		fail "$lang: the top line is still there" "no tabs on line 1"; show_screen; fi
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

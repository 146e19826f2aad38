#!/bin/sh
# Values longer than their field are refused with the column's name and its limit, never
# cut (a note of 200 Chinese characters was stored as 511 bytes cut inside a character);
# a value past the header's last column or under a column without a name is refused,
# not dropped. Each refusal leaves the database as it was.
. "$(dirname "$0")/lib.sh"

rep() { # N TEXT: TEXT repeated N times
	i=0
	while [ $i -lt "$1" ]; do printf '%s' "$2"; i=$((i + 1)); done
}
H=no,name,group,phone,note
fresh
printf '%s\nT001,张三,,,\n' "$H" >"$TMP/ok.csv"
run import members "$TMP/ok.csv"
expect_rc 0 "one member to begin with"
run export members
cp "$OUT" "$TMP/before.csv"

refused() { # NAME FILE MESSAGE
	run import members "$2"
	expect_rc 1 "$1: exit 1"
	printf '%s\n' "$3" | expect_err "$1: names the column and its limit"
	run export members
	expect_text "$1: nothing changed" "$OUT" <"$TMP/before.csv"
}

printf '%s\nT002,李四,,,%s\n' "$H" "$(rep 200 备)" >"$TMP/note.csv"
refused "a note of 200 Chinese characters" "$TMP/note.csv" \
	"$TMP/note.csv:2: note: too long; it holds at most 170 Chinese characters or 511 letters and digits, and this has 200 characters."
printf '%s\nT002,李四,,,%s\n' "$H" "$(rep 512 x)" >"$TMP/note2.csv"
refused "a note of 512 letters" "$TMP/note2.csv" \
	"$TMP/note2.csv:2: note: too long; it holds at most 170 Chinese characters or 511 letters and digits, and this has 512 characters."
printf '%s\nT002,李四,%s,,\n' "$H" "$(rep 32 组)" >"$TMP/group.csv"
refused "a group of 96 bytes" "$TMP/group.csv" \
	"$TMP/group.csv:2: group: too long; it holds at most 31 Chinese characters or 95 letters and digits, and this has 32 characters."
printf '%s\nT002,李四,,%s,\n' "$H" "$(rep 48 1)" >"$TMP/phone.csv"
refused "a phone of 48 digits" "$TMP/phone.csv" \
	"$TMP/phone.csv:2: phone: too long; it holds at most 15 Chinese characters or 47 letters and digits, and this has 48 characters."
printf '%s\nT002,李四,,,,多出来的\n' "$H" >"$TMP/past.csv"
refused "a value past the last column" "$TMP/past.csv" \
	"$TMP/past.csv:2: field 6 (\"多出来的\") lies past the last column of the header; name its column in the first row or remove it."
printf 'no,name,,note\nT002,李四,藏起来,\n' >"$TMP/noname.csv"
refused "a value under a column without a name" "$TMP/noname.csv" \
	"$TMP/noname.csv:2: column 3 has no name in the first row but holds \"藏起来\"; name the column or remove the value."

# What fits is kept whole: 170 Chinese characters, empty trailing fields as Excel leaves
note=$(rep 170 备)
printf '%s\nT002,李四,,,%s,,\n' "$H" "$note" >"$TMP/fits.csv"
run import members "$TMP/fits.csv"
expect_rc 0 "170 Chinese characters fit (510 bytes), empty trailing fields are fine"
run export members
expect_grep "and come back whole" "T002,李四,,,,active,teacher,,,0.00,,$note," "$OUT"

# goods over 255 bytes, on welfare
printf 'date,member_no,kind,cash,goods\n2025-06-01,T001,holiday,10,%s\n' "$(rep 86 米)" \
	>"$TMP/goods.csv"
run import welfare "$TMP/goods.csv"
expect_rc 1 "goods of 86 Chinese characters: exit 1"
expect_err "goods: names the column and its limit" <<END
$TMP/goods.csv:2: goods: too long; it holds at most 85 Chinese characters or 255 letters and digits, and this has 86 characters.
END
run export welfare
expect_text "goods: nothing added" "$OUT" <<'END'
date,member_no,kind,cash,goods,goods_value,paid_by,note,reversed_on,gift
END

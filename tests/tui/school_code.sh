#!/bin/sh
# The school code (for the county's consolidation) in Settings: the last field of the
# form, checked as `gonghui set` checks it (full-width letters and digits from an input
# method understood, upper-cased; a space refused beside the field, nothing saved), and
# listed with the settings.
. "$(dirname "$0")/lib.sh"

seed_db
app_start C.UTF-8
wait_for "张三"
keys 3
wait_for "School code"
keys e
poll form_open
keys Tab Tab Tab Tab
type_text "S 17"
keys F2
expect_screen "a space is refused beside the field" \
	"The school code \"S 17\" must be 1 to 16 letters, digits, - or _, such as S017."
keys C-u
type_text "ｓ０１７"
keys F2
poll form_closed
expect_screen "saved: listed upper-cased" "School code  S017"
keys q
wait_exit
if [ "$(gh settings school_code)" = "school_code=S017" ]; then ok "saved: as set would"
else fail "saved: as set would" "$(gh settings school_code)"; fi

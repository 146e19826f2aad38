#!/bin/sh
# The translations are complete and current: every string a person reads has a
# simplified (zh_CN) and a traditional (zh_TW) translation, and the program speaks the
# language of the locale.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1

# every source file with translatable strings is listed in po/POTFILES
{ grep -l -E '\b(N?_|ngettext)\(' core/*.c db/*.c tui/*.c
  grep -l -E '\bN?_\("' core/*.h db/*.h tui/*.h; } | sort >"$TMP/have"
sort po/POTFILES >"$TMP/listed"
if cmp -s "$TMP/have" "$TMP/listed"; then ok "po/POTFILES lists every file with strings"
else fail "po/POTFILES lists every file with strings" "$(diff "$TMP/listed" "$TMP/have" | grep '^[<>]' | tr '\n' ' ')"; fi

xgettext --from-code=UTF-8 -k_ -kN_ -kngettext:1,2 --add-comments=L10N: \
	-o "$TMP/now.pot" $(cat po/POTFILES) 2>"$TMP/xg"
for l in zh_CN zh_TW; do
	stats=$(msgfmt --check --statistics -o /dev/null "po/$l.po" 2>&1)
	case $stats in
	*untranslated*|*fuzzy*|*error*|*warning*) fail "$l: every message translated" "$stats" ;;
	*" translated message"*) ok "$l: every message translated" ;;
	*) fail "$l: every message translated" "$stats" ;;
	esac
	# every msgid of today's sources is in the .po and translated
	if msgcmp "po/$l.po" "$TMP/now.pot" >"$TMP/cmp" 2>&1; then ok "$l: up to date with the sources"
	else fail "$l: up to date with the sources" "$(head -3 "$TMP/cmp") (run make pot and translate)"; fi
done

# A count beside its noun goes through ngettext ("1 year", "2 years"): no message without
# a plural form has a number followed by a counted word. Left out: the sentences whose
# numbers are the limits of fields (16 letters of a school code; the buffer of a record's
# field, never under 10 letters), always many.
awk '
function flush() {
	if (id != "" && !plural && id ~ /%([0-9]+\$)?l*d (year|month|day|week|member|people|person|time|row|entr|case|visit|school|file|character|letter|digit|payment|gift|item|sign-up|proposal|donor|drive)/)
		print id
	id = ""; plural = 0; inid = 0
}
/^msgid "/ { flush(); inid = 1; s = $0; sub(/^msgid "/, "", s); sub(/"$/, "", s); id = s; next }
/^msgid_plural/ { plural = 1; inid = 0; next }
/^"/ && inid { s = $0; sub(/^"/, "", s); sub(/"$/, "", s); id = id s; next }
{ inid = 0 }
END { flush() }' "$TMP/now.pot" | grep -v -e 'must be 1 to %2\$d letters' \
	-e 'too long; it holds at most %2\$d Chinese characters or' >"$TMP/counts"
if [ ! -s "$TMP/counts" ]; then ok "every count beside a noun has a plural form"
else fail "every count beside a noun has a plural form" "$(head -5 "$TMP/counts" | tr '\n' ';')"; fi

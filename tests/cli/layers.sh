#!/bin/sh
# The layers of doc/design.md: tui/ -> core/ -> db/. Only tui/ includes curses; tui/ never
# touches SQLite or db/; core/ and db/ never include curses; db/ never calls up into core/
# modules other than the shared error/i18n headers.
cd "$(dirname "$0")/../.." || exit 1
check() { # NAME, then the grep output that must be empty
	name=$1; shift
	if [ -z "$*" ]; then echo "ok $name"; else echo "FAIL $name: $*"; fi
}
check "core/ and db/ do not include curses" \
	"$(grep -lE '#include *[<"](n?curses|ncursesw/)' core/*.[ch] db/*.[ch] 2>/dev/null)"
check "tui/ does not call SQLite" "$(grep -lE 'sqlite3_|<sqlite3\.h>' tui/*.[ch] 2>/dev/null)"
check "tui/ does not include db/" "$(grep -l '#include "db/' tui/*.[ch] 2>/dev/null)"
check "db/ includes from core/ only error.h and i18n.h" \
	"$(grep -h '#include "core/' db/*.[ch] | grep -vE 'core/(error|i18n)\.h' )"
check "only tui/ui.h includes curses in tui/" \
	"$(grep -lE '#include *[<"](n?curses|ncursesw/)' tui/*.[ch] 2>/dev/null | grep -v '^tui/ui.h$')"
check "no float or double for money in core/" \
	"$(grep -nE '\b(float|double)\b' core/*.[ch] | grep -v '^core/report' | grep -iE 'money|amount|fen|yuan|cash')"

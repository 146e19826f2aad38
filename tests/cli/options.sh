#!/bin/sh
# The command line's options, read by getopt_long: -f FILE in every spelling, before or
# after the command; `--` ending the options; GNU --version; a command's own --help;
# usage errors that name the option and point to the right help.
. "$(dirname "$0")/lib.sh"

export XDG_DATA_HOME="$TMP/xdg"
printf 'no,name\nA001,张三\n' >"$TMP/m.csv"
fresh
"$BIN" -f "$DB" import members "$TMP/m.csv" >/dev/null 2>&1

# ---- every spelling of -f FILE reads the same database -----------------------------
for form in "-f $DB export members" "-f$DB export members" "--file $DB export members" \
	"--file=$DB export members" "export members -f $DB" "export -f$DB members" \
	"export members --file=$DB"; do
	# shellcheck disable=SC2086
	"$BIN" $form >"$OUT" 2>"$ERR"; RC=$?
	if [ "$RC" = 0 ] && grep -q '^A001,张三,' "$OUT"; then ok "gonghui $form"
	else fail "gonghui $form" "status $RC: $(head -2 "$ERR")"; fi
done

# ---- -- ends the options: a file whose name starts with a dash ----------------------
cp "$TMP/m.csv" "$TMP/-m.csv"
(cd "$TMP" && "$BIN" -f "$DB" import members -- -m.csv) >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "import -- -m.csv: read as a file (A001 is already there)"
expect_grep "import -- -m.csv: the file's error, not an option's" "-m.csv:2:" "$ERR"
run report -- --year
expect_rc 2 "report -- --year: --year is an operand"
expect_err "report -- --year: says it is a stray argument" <<'END'
gonghui: report takes options only, not '--year'.
Try 'gonghui report --help' for more information.
END

# ---- --version, as GNU programs print it --------------------------------------------
run_bare --version
expect_rc 0 "--version: exit 0"
sed 1s/[0-9.]*$/VERSION/ "$OUT" >"$TMP/v"
expect_text "--version: version, copyright and licence" "$TMP/v" <<'END'
gonghui VERSION
Copyright (C) 2026 the gonghui authors
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.
END
run_bare -V
expect_grep "-V is --version" "Copyright (C) 2026" "$OUT"

# ---- one command's help -------------------------------------------------------------
run_bare report --help
expect_rc 0 "report --help: exit 0"
expect_out "report --help: its usage and what it does" <<'END'
Usage: gonghui [-f FILE] report [--year Y] [--format text|csv] [--by-school]
print the year's tallies for the annual report

  -f, --file=FILE       use the database FILE
  -h, --help            show this help

See 'gonghui --help' for the other commands,
and `man gonghui` for the columns of each KIND.
END
run_bare help import
expect_rc 0 "help import: exit 0"
expect_grep "help import: its usage" "Usage: gonghui [-f FILE] import KIND FILE.csv" "$OUT"
run_bare help
expect_grep "help: the whole help" "Commands:" "$OUT"
run_bare help frobnicate
expect_rc 2 "help frobnicate: usage error"
# every command in the help has a help of its own
for c in $(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\).*/\1/p' "$OUT"); do
	"$BIN" "$c" --help >"$TMP/h" 2>&1; RC=$?
	if [ "$RC" = 0 ] && grep -q "^Usage: gonghui \[-f FILE\] $c" "$TMP/h"; then ok "$c --help"
	else fail "$c --help" "status $RC: $(head -1 "$TMP/h")"; fi
done
if [ ! -e "$TMP/xdg" ]; then ok "--help opens no database"; else fail "--help opens no database" "$TMP/xdg"; fi

# ---- usage errors name the option -----------------------------------------------------
run report --colour
expect_rc 2 "report --colour: usage error"
expect_err "report --colour: names it and the command's help" <<'END'
gonghui: unknown option '--colour' for report.
Try 'gonghui report --help' for more information.
END
run report --colour=red
expect_err "report --colour=red: names the option without its value" <<'END'
gonghui: unknown option '--colour' for report.
Try 'gonghui report --help' for more information.
END
run check -x
expect_err "check -x: names -x" <<'END'
gonghui: unknown option '-x' for check.
Try 'gonghui check --help' for more information.
END
run report --year
expect_rc 2 "report --year without a value: usage error"
expect_err "report --year without a value: says so" <<'END'
gonghui: --year needs a value.
Try 'gonghui report --help' for more information.
END
run_bare check -f
expect_err "check -f without a file: says so" <<'END'
gonghui: -f needs a file name.
Try 'gonghui check --help' for more information.
END
run_bare -f
expect_rc 2 "-f alone: usage error"
expect_err "-f alone: says so" <<'END'
gonghui: -f needs a file name.
Try 'gonghui --help' for more information.
END
run_bare --bogus
expect_err "--bogus: names it" <<'END'
gonghui: unknown option '--bogus'.
Try 'gonghui --help' for more information.
END
if have_locale zh_CN.UTF-8; then
	LANG=zh_CN.UTF-8 "$BIN" -f "$DB" report --colour >"$OUT" 2>"$ERR"
	expect_err "zh_CN: unknown option in Chinese" <<'END'
gonghui: report 没有 '--colour' 这个选项。
更多说明请运行 'gonghui report --help'。
END
else
	skip "zh_CN: unknown option in Chinese" "the zh_CN.UTF-8 locale is not installed"
fi

# ---- help with a command that does not exist points to the list of commands ----------
run help nosuch
expect_rc 2 "help nosuch: a usage error"
expect_err "help nosuch: says so, and where the commands are listed" <<'END'
gonghui: unknown command 'nosuch'.
Try 'gonghui --help' for more information.
END

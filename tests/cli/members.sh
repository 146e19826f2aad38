#!/bin/sh
# Command-line tests of the foundation: import/export of members, refusals, database
# location and permissions, check/backup/restore, usage errors.
. "$(dirname "$0")/lib.sh"

# ---- round trip -------------------------------------------------------------
fresh
run import members "$DATA/members.csv"
expect_rc 0 "import members: exit 0"
expect_out "import members: says how many" <<END
Imported 5 rows from $DATA/members.csv.
END
run export members
expect_rc 0 "export members: exit 0"
expect_out "export members: codes, yuan, quoting" <<'END'
no,name,gender,birth_date,join_date,status,kind,group,phone,wage_base,flags,note,status_date
T001,张三,m,1980-05-01,2005-09-01,active,teacher,语文组,13800000001,4567.80,hardship,,
T002,歐陽娜娜,f,1990-01-02,2015-09-01,active,teacher,数学组,,3456.00,hardship;model_worker,"备注, 含逗号",
T003,王芳,f,1975-03-15,1998-08-20,retired,teacher,退休组,,0.00,,"说""好""的",
T004,王芳,f,1988-11-30,2012-09-01,active,staff,后勤组,13800000004,2800.50,,,
T005,Smith,m,,,active,substitute,,,0.00,,,
END
cp "$OUT" "$TMP/first.csv"
# what export wrote, import reads back to the same roll
rm -f "$TMP/second.db"
"$BIN" -f "$TMP/second.db" import members "$TMP/first.csv" >/dev/null 2>&1
"$BIN" -f "$TMP/second.db" export members >"$TMP/second.csv" 2>&1
if cmp -s "$TMP/first.csv" "$TMP/second.csv"; then ok "export → import → export is the same"
else fail "export → import → export is the same" "$(diff "$TMP/first.csv" "$TMP/second.csv" | head -5)"; fi

# ---- GBK (as Excel/WPS save on Chinese Windows) and UTF-8 with BOM and CRLF ----
run import members "$DATA/members-gbk.csv"
expect_rc 0 "import a GBK file: exit 0"
run import members "$DATA/members-bom.csv"
expect_rc 0 "import a UTF-8 file with BOM and CRLF: exit 0"
run export members
grep -E '^(G|B)0' "$OUT" >"$TMP/gb"
expect_text "GBK and BOM rows decoded, traditional names of codes accepted" "$TMP/gb" <<'END'
B001,周烨,,,,active,teacher,,,0.00,,,
B002,昊天,,,,left,teacher,,,0.00,,,
G001,李雷,m,,,active,teacher,体育组,,3000.00,model_worker,,
G002,韩梅梅,f,,,active,teacher,英语组,,3100.00,,,
G003,歐陽修,m,,,active,teacher,語文組,,3200.00,hardship;model_worker,,
END

# ---- all rows or none ----------------------------------------------------------
run export members
cp "$OUT" "$TMP/before.csv"
bad() { # NAME FILE-CONTENT EXPECTED-FIRST-LINE
	printf '%s' "$2" >"$TMP/bad.csv"
	run import members "$TMP/bad.csv"
	expect_rc 1 "$1: exit 1"
	printf '%s\n' "$3" >"$TMP/want1"
	cp "$ERR" "$TMP/got1"
	if cmp -s "$TMP/want1" "$TMP/got1"; then ok "$1: message"
	else fail "$1: message" "got '$(cat "$TMP/got1")', expected '$3'"; fi
	run export members
	if cmp -s "$TMP/before.csv" "$OUT"; then ok "$1: database unchanged"
	else fail "$1: database unchanged" "$(diff "$TMP/before.csv" "$OUT" | head -3)"; fi
}
H='no,name,gender,birth_date,join_date,status,kind,group,phone,wage_base,flags,note,status_date'
bad "bad amount on line 3" "$H
N001,赵六,m,,,,,,,100,,
N002,钱七,m,,,,,,,12.3.4,,
" "$TMP/bad.csv:3: wage_base: \"12.3.4\" is not an amount of money."
bad "duplicate number inside the file" "$H
N001,赵六,m,,,,,,,100,,
N001,钱七,m,,,,,,,100,,
" "$TMP/bad.csv:3: Membership number N001 is already used."
bad "duplicate number already in the database" "$H
N001,赵六,m,,,,,,,100,,
T001,钱七,m,,,,,,,100,,
" "$TMP/bad.csv:3: Membership number T001 is already used."
bad "impossible date" "$H
N001,赵六,m,2025-02-30,,,,,,,,
" "$TMP/bad.csv:2: birth_date: \"2025-02-30\" is not a day of the calendar."
bad "unknown status" "$H
N001,赵六,m,,,在逃,,,,,,
" "$TMP/bad.csv:2: status \"在逃\" is not one of: active, retired, left, deceased."
bad "unknown gender" "$H
N001,赵六,x,,,,,,,,,
" "$TMP/bad.csv:2: gender \"x\" is not one of: m, f."
bad "empty name" "$H
N001,,m,,,,,,,,,
" "$TMP/bad.csv:2: name: the name is empty."
bad "unknown column" "no,name,salary
N001,赵六,100
" "$TMP/bad.csv:1: unknown column \"salary\" (the columns are: $H)."
bad "missing required column" "no,gender
N001,m
" "$TMP/bad.csv:1: the column \"name\" is missing."
bad "unclosed quote" "$H
N001,\"赵六,m,,,,,,,,,
" "$TMP/bad.csv:2: a quoted field is not closed."
bad "empty file" "" "$TMP/bad.csv: the file is empty."
bad "negative wage" "$H
N001,赵六,m,,,,,,,-100,,
" "$TMP/bad.csv:2: wage_base: \"-100\" is negative."

run import members "$TMP/no-such-file.csv"
expect_rc 1 "missing file: exit 1"
expect_err "missing file: one clear line" <<END
$TMP/no-such-file.csv: cannot open the file (No such file or directory).
END

# ---- usage errors exit 2 ----------------------------------------------------------
run import members
expect_rc 2 "import without a file: usage error"
run frobnicate
expect_rc 2 "unknown command: usage error"
expect_err "unknown command: says so and points to --help" <<'END'
gonghui: unknown command 'frobnicate'.
Try 'gonghui --help' for more information.
END
run export
expect_rc 2 "export without a kind: usage error"
run export members --format xml
expect_rc 2 "export --format xml: usage error"
run export teachers
expect_rc 2 "export of an unknown kind: a usage error, exit 2 as the README says"
expect_err "unknown kind names the kinds" <<'END'
gonghui: Unknown kind "teachers"; use one of: members dues ledger welfare visits events signups donations handovers congress proposals accounts settings caps.
Try 'gonghui export --help' for more information.
END
run import teachers "$TMP/x.csv"
expect_rc 2 "import of an unknown kind: exit 2"
run_bare --bogus
expect_rc 2 "unknown option: usage error"
run_bare --version
expect_rc 0 "--version: exit 0"
expect_grep "--version prints the version" "gonghui 0." "$OUT"
run_bare --help
expect_rc 0 "--help: exit 0"
expect_grep "--help shows the import command" "import KIND FILE.csv" "$OUT"

# ---- where the database lives ---------------------------------------------------------
export XDG_DATA_HOME="$TMP/xdg"
"$BIN" import members "$DATA/members.csv" >/dev/null 2>&1
if [ "$(stat -c %a "$TMP/xdg/gonghui")" = 700 ]; then ok "default folder is 0700"
else fail "default folder is 0700" "$(stat -c %a "$TMP/xdg/gonghui" 2>&1)"; fi
if [ "$(stat -c %a "$TMP/xdg/gonghui/gonghui.db")" = 600 ]; then ok "default file is 0600"
else fail "default file is 0600" "$(stat -c %a "$TMP/xdg/gonghui/gonghui.db" 2>&1)"; fi
GONGHUI_DB="$TMP/env.db" "$BIN" import members "$DATA/members-bom.csv" >/dev/null 2>&1
if [ -f "$TMP/env.db" ]; then ok "GONGHUI_DB names the database"
else fail "GONGHUI_DB names the database" "no $TMP/env.db"; fi
unset XDG_DATA_HOME

echo "just text, not a database at all; long enough to have a header of sorts........." >"$TMP/notdb"
"$BIN" -f "$TMP/notdb" export members >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "a file that is not a database: exit 1"
expect_err "a file that is not a database: one sentence" <<END
gonghui: $TMP/notdb: This file is not a gonghui database.
END

# ---- check, backup, restore ---------------------------------------------------------
run check
expect_rc 0 "check: exit 0"
expect_out "check: says the database is fine" <<END
$DB: the database is in good order.
No automatic backup has been made yet; 'gonghui backup FILE' makes one now.
END
run backup "$TMP/backup.db"
expect_rc 0 "backup: exit 0"
run import members "$DATA/members-bom.csv"   # fails: already there
printf 'no,name\nZ001,后来的人\n' >"$TMP/later.csv"
run import members "$TMP/later.csv"
run restore "$TMP/backup.db"
expect_rc 0 "restore: exit 0"
run export members
if grep -q Z001 "$OUT"; then fail "restore brings back the backed-up roll" "Z001 still there"
else ok "restore brings back the backed-up roll"; fi
if [ -f "$TMP/backups/test-2025-06-15-before-restore.db" ]; then ok "restore keeps the old contents among the backups"
else fail "restore keeps the old contents among the backups" "$(ls "$TMP" "$TMP/backups")"; fi
run restore "$TMP/notdb"
expect_rc 1 "restore from a file that is not a backup: exit 1"

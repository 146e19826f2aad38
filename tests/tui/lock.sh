#!/bin/sh
# Many hands: while the full-screen program has the book open, a second one is told so
# and does not start, and a restore is refused; the first save of the day makes the
# daily automatic backup (once); a clean quit removes the lock, a killed program leaves
# it behind, and the next start checks the file and goes on.
. "$(dirname "$0")/lib.sh"

seed_db || exit 1
rm -rf "$TMP/backups"
gh backup "$TMP/good.db" >/dev/null

app_start C.UTF-8
wait_for "张三" || { fail "the program starts" "no roll"; show_screen; }
pid=$(app_pid)
if [ -f "$DB-lock" ]; then ok "the open program holds the lock"
else fail "the open program holds the lock" "$(ls "$TMP")"; fi

gh </dev/null >"$TMP/out2" 2>"$TMP/err2"
expect_eq "a second full-screen program: exit 1" "$?" 1
printf 'gonghui: %s is open in another gonghui (process %s); close that one first.\n' \
	"$DB" "$pid" >"$TMP/want2"
expect_same "a second full-screen program: says who has it open" "$TMP/want2" "$TMP/err2"

gh restore "$TMP/good.db" >"$TMP/out2" 2>"$TMP/err2"
expect_eq "restore while it is open: exit 1" "$?" 1
printf 'gonghui: %s is open in another gonghui; close that one first, then restore.\n' \
	"$DB" >"$TMP/want2"
expect_same "restore while it is open: one sentence" "$TMP/want2" "$TMP/err2"
if [ ! -d "$TMP/backups" ]; then ok "nothing was backed up or restored"
else fail "nothing was backed up or restored" "$(ls "$TMP/backups")"; fi

# the first save of the day: a backup of the book as it was, once
add_member T101 "赵六"
if [ -f "$TMP/backups/test-2025-06-15.db" ]; then ok "the first save makes the daily backup"
else fail "the first save makes the daily backup" "$(ls "$TMP" "$TMP/backups" 2>&1)"; fi
LANG=C.UTF-8 "$BIN" -f "$TMP/backups/test-2025-06-15.db" export members >"$TMP/bak.csv" 2>&1
if grep -q T101 "$TMP/bak.csv"; then fail "the daily backup holds the book before the save" "T101 in it"
else ok "the daily backup holds the book before the save"; fi
m1=$(stat -c %Y.%s "$TMP/backups/test-2025-06-15.db")
add_member T102 "钱七"
m2=$(stat -c %Y.%s "$TMP/backups/test-2025-06-15.db")
expect_eq "once a day" "$m2" "$m1"
keys q
expect_status "a clean quit: exit 0" 0
if [ ! -e "$DB-lock" ]; then ok "a clean quit removes the lock"
else fail "a clean quit removes the lock" "$(ls "$TMP")"; fi

# killed: the lock file stays; the next start checks the file and opens it
app_start C.UTF-8
wait_for "钱七"
kill -9 "$(app_pid)"
wait_exit
if [ -s "$DB-lock" ]; then ok "a killed program leaves its marker"
else fail "a killed program leaves its marker" "$(ls "$TMP")"; fi
app_start C.UTF-8
expect_screen "after an unclean end the book is checked and opens" "钱七"
keys q
expect_status "and quits cleanly" 0

#!/bin/sh
# Command-line tests of backup and restore as a tired treasurer uses them: a backup onto
# the database itself (or a link to it, or its journal), a mistyped -f, an empty file, a
# damaged database or backup, the automatic backups listed and restored by date.
. "$(dirname "$0")/lib.sh"

size() { wc -c <"$1" | tr -d ' '; }
# damage one page of FILE: an index page's header becomes garbage
damage() { printf '\015\377\377\377\377\377\377\377' | dd of="$1" bs=4096 seek=5 conv=notrunc 2>/dev/null; }

fresh
run import members "$DATA/members.csv"
run export members
cp "$OUT" "$TMP/roll.csv"
before=$(size "$DB")

# ---- onto itself ------------------------------------------------------------------------
run backup "$DB"
expect_rc 1 "backup onto the database itself: exit 1"
expect_err "backup onto itself: one sentence" <<END
gonghui: $DB is the database itself; a backup must go to another file, best on another disk or a USB stick.
END
ln -s "$DB" "$TMP/link.db"
run backup "$TMP/link.db"
expect_rc 1 "backup onto a link to the database: exit 1"
run backup "$DB-journal"
expect_rc 1 "backup onto its journal: exit 1"
expect_err "backup onto its journal: one sentence" <<END
gonghui: $DB-journal is one of the database's own files; a backup must go to another file, best on another disk or a USB stick.
END
run backup "$TMP/./../$(basename "$TMP")/test.db"
expect_rc 1 "backup onto the database by another name: exit 1"
if [ "$(size "$DB")" = "$before" ] && [ ! -e "$DB-journal" ]; then ok "the database is untouched"
else fail "the database is untouched" "$(ls -l "$TMP")"; fi
run export members
if cmp -s "$TMP/roll.csv" "$OUT"; then ok "the roll is all there"; else fail "the roll is all there" "$(head -3 "$OUT")"; fi

# ---- a mistyped -f: no new empty database -------------------------------------------------
for cmd in "backup $TMP/x.db" "export members" check report "close 2025-05" "restore $TMP/x.db" backup; do
	"$BIN" -f "$TMP/typo.db" $cmd >"$OUT" 2>"$ERR"; RC=$?
	expect_rc 1 "-f typo.db $cmd: exit 1"
	expect_err "-f typo.db $cmd: there is no such file" <<END
gonghui: $TMP/typo.db: there is no such database file. Check the name; a new database is made only by the full-screen program or 'gonghui import'.
END
done
if [ ! -e "$TMP/typo.db" ] && [ ! -e "$TMP/x.db" ]; then ok "no file was made"
else fail "no file was made" "$(ls "$TMP")"; fi

# ---- an empty file is not a new database --------------------------------------------------
: >"$TMP/zero.db"
chmod 644 "$TMP/zero.db"
"$BIN" -f "$TMP/zero.db" check >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "an empty file: exit 1"
expect_err "an empty file: one sentence" <<END
gonghui: $TMP/zero.db is an empty file, not a gonghui database; remove it to start a new one there.
END
"$BIN" -f "$TMP/zero.db" import members "$DATA/members.csv" >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "import into an empty file: exit 1"
if [ "$(size "$TMP/zero.db")" = 0 ]; then ok "the empty file stays empty"; else fail "the empty file stays empty" "$(size "$TMP/zero.db")"; fi
"$BIN" -f "$TMP/new/made.db" import members "$DATA/members.csv" >/dev/null 2>&1
if [ "$(stat -c %a "$TMP/new/made.db")" = 600 ]; then ok "import makes a new path 0600"
else fail "import makes a new path 0600" "$(stat -c %a "$TMP/new/made.db" 2>&1)"; fi

# ---- a backup replaces the old one only when it is whole ----------------------------------
run backup "$TMP/usb.db"
expect_rc 0 "backup: exit 0"
expect_out "backup: says where" <<END
Backed up to $TMP/usb.db.
END
mkdir "$TMP/usb"
run backup "$TMP/usb"
expect_out "backup into a folder: a file named for the day" <<END
Backed up to $TMP/usb/test-2025-06-15.db.
END
if [ "$(stat -c %a "$TMP/usb/test-2025-06-15.db")" = 600 ]; then ok "a backup is 0600"
else fail "a backup is 0600" "$(stat -c %a "$TMP/usb/test-2025-06-15.db" 2>&1)"; fi
if ls -a "$TMP" "$TMP/usb" | grep -q 'tmp-'; then fail "no temporary file is left" "$(ls -a "$TMP")"
else ok "no temporary file is left"; fi
cp "$TMP/usb.db" "$TMP/usb-before.db"

# ---- a damaged database -------------------------------------------------------------------
cp "$DB" "$TMP/damaged.db"
damage "$TMP/damaged.db"
"$BIN" -f "$TMP/damaged.db" check >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "check of a damaged database: exit 1"
expect_err "check of a damaged database: a sentence, no SQLite words" <<END
gonghui: $TMP/damaged.db is damaged, so nothing was changed. Put back a good backup with 'gonghui restore FILE'.
END
"$BIN" -f "$TMP/damaged.db" backup "$TMP/usb.db" >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "backup of a damaged database: exit 1"
if cmp -s "$TMP/usb.db" "$TMP/usb-before.db"; then ok "the good backup there is untouched"
else fail "the good backup there is untouched" "it changed"; fi
printf 'no,name\nZ001,后来的人\n' >"$TMP/later.csv"
"$BIN" -f "$TMP/damaged.db" import members "$TMP/later.csv" >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "import into a damaged database: exit 1"
expect_err "import into a damaged database: refused" <<END
$TMP/damaged.db is damaged, so nothing was changed. Put back a good backup with 'gonghui restore FILE'.
END
"$BIN" -f "$TMP/damaged.db" close 2025-05 >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1 "closing a month of a damaged database: exit 1"

# a damaged backup is not restored
run restore "$TMP/damaged.db"
expect_rc 1 "restore of a damaged backup: exit 1"
expect_err "restore of a damaged backup: one sentence" <<END
gonghui: $TMP/damaged.db is damaged; it cannot be used as a backup.
END
run restore "$DB"
expect_rc 1 "restore of the database onto itself: exit 1"
if [ ! -d "$TMP/backups" ]; then ok "a refused restore leaves no backup behind"
else fail "a refused restore leaves no backup behind" "$(ls "$TMP/backups")"; fi

# a damaged database is replaced, and kept aside
"$BIN" -f "$TMP/damaged.db" restore "$TMP/usb.db" >"$OUT" 2>"$ERR"; RC=$?
expect_rc 0 "restore over a damaged database: exit 0"
expect_grep "restore over a damaged database: says where the damaged one is" \
	"the damaged database it replaced is kept as $TMP/damaged.db.damaged-" "$OUT"
"$BIN" -f "$TMP/damaged.db" check >"$OUT" 2>"$ERR"; RC=$?
expect_rc 0 "the restored database is in good order"

# ---- automatic backups: listed, restored by date ------------------------------------------
run backup
expect_out "no automatic backups yet" <<END
There are no automatic backups of $DB yet.
END
run import members "$TMP/later.csv"
run restore "$TMP/usb.db"
expect_rc 0 "restore: exit 0"
expect_out "restore: says where the old contents went" <<END
Restored from $TMP/usb.db; the database as it was is kept among the automatic backups ('gonghui backup' lists them).
END
run backup
expect_out "backup with no DEST lists them" <<END
1 automatic backup of $DB, newest first:
  2025-06-15  $TMP/backups/test-2025-06-15-before-restore.db  (before a restore)
'gonghui restore DATE' puts one back, e.g. 'gonghui restore 2025-06-15'.
END
if [ "$(stat -c %a "$TMP/backups")" = 700 ]; then ok "the backups folder is 0700"
else fail "the backups folder is 0700" "$(stat -c %a "$TMP/backups")"; fi
run check
expect_out "check says when the last backup was made" <<END
$DB: the database is in good order.
The last automatic backup was made on 2025-06-15 ($TMP/backups/test-2025-06-15-before-restore.db).
END
run restore 2025-06-14
expect_rc 1 "restore of a day without a backup: exit 1"
expect_err "restore of a day without a backup: one sentence" <<END
gonghui: There is no automatic backup from 2025-06-14; 'gonghui backup' lists the ones there are.
END
run restore 2025-06-15
expect_rc 0 "restore by date: exit 0"
run export members
expect_grep "restore by date brings back what was there before" "Z001,后来的人" "$OUT"

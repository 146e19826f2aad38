/* test_db.c — opening, migrating, refusing foreign files, transactions, backup. */
#include "db/db.h"
#include "tests/unit/check.h"

#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[256], path[300];

static void test_create(void)
{
	struct err e = { 0 };
	snprintf(path, sizeof path, "%s/sub/folder/g.db", dir);
	CHECK_INT(db_open(path, &e), ERR_OK);
	struct stat st;
	CHECK_INT(stat(path, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	char folder[300];
	snprintf(folder, sizeof folder, "%s/sub/folder", dir);
	CHECK_INT(stat(folder, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0700);
	CHECK_INT(db_schema_version(), db_schema_latest());
	int64_t fk = 0, accounts = 0;
	db_int(&e, &fk, "PRAGMA foreign_keys", NULL);
	CHECK_INT(fk, 1);
	db_int(&e, &accounts, "SELECT count(*) FROM account WHERE code IN ('401','50205','231')",
	       NULL);
	CHECK_INT(accounts, 3);
	CHECK_INT(db_check(&e), ERR_OK);
	db_close();
	/* opening again migrates nothing and leaves no backup */
	CHECK_INT(db_open(path, &e), ERR_OK);
	db_close();
	char bak[400];
	snprintf(bak, sizeof bak, "ls %s/sub/folder | grep -c bak >/dev/null", dir);
	CHECK(system(bak) != 0);
}

static void test_foreign_files(void)
{
	struct err e = { 0 };
	char p[300];
	snprintf(p, sizeof p, "%s/text.db", dir);
	FILE *f = fopen(p, "w");
	fputs("this is not a database, just some text that is long enough to look like a "
	      "file header of something else entirely; 0123456789abcdef\n", f);
	fclose(f);
	CHECK_INT(db_open(p, &e), ERR_NOTDB);
	char want[400];
	snprintf(want, sizeof want, "%s: This file is not a gonghui database.", p);
	CHECK_STR(e.msg, want);
	CHECK(!db_is_open());

	/* a SQLite file of some other program */
	snprintf(p, sizeof p, "%s/other.db", dir);
	sqlite3 *h;
	sqlite3_open(p, &h);
	sqlite3_exec(h, "CREATE TABLE t(x)", NULL, NULL, NULL);
	sqlite3_close(h);
	CHECK_INT(db_open(p, &e), ERR_NOTDB);

	/* made by a newer gonghui */
	snprintf(p, sizeof p, "%s/newer.db", dir);
	CHECK_INT(db_open(p, &e), ERR_OK);
	db_close();
	sqlite3_open(p, &h);
	sqlite3_exec(h, "PRAGMA user_version=99", NULL, NULL, NULL);
	sqlite3_close(h);
	CHECK_INT(db_open(p, &e), ERR_TOONEW);
	snprintf(want, sizeof want,
		 "%s: This database was made by a newer gonghui; please update the program.", p);
	CHECK_STR(e.msg, want);

	/* a folder */
	CHECK_INT(db_open(dir, &e), ERR_IO);
}

static void test_locked(void)
{
	struct err e = { 0 };
	sqlite3 *h;
	sqlite3_open(path, &h);
	sqlite3_exec(h, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
	CHECK_INT(db_open(path, &e), ERR_BUSY);
	sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(h);
	CHECK_INT(db_open(path, &e), ERR_OK);
}

static void test_transactions(void)
{
	struct err e = { 0 };
	int64_t n = -1;
	CHECK_INT(db_begin(&e), ERR_OK);
	CHECK_INT(db_begin(&e), ERR_OK);
	CHECK_INT(db_depth(), 2);
	db_exec(&e, "INSERT INTO setting(key, value) VALUES (?, ?)", "tt", "a", "1");
	db_rollback();   /* the inner one fails … */
	CHECK(db_commit(&e) != ERR_OK);   /* … so the outer cannot commit */
	CHECK_INT(db_depth(), 0);
	db_int(&e, &n, "SELECT count(*) FROM setting WHERE key = 'a'", NULL);
	CHECK_INT(n, 0);

	CHECK_INT(db_begin(&e), ERR_OK);
	CHECK_INT(db_begin(&e), ERR_OK);
	db_exec(&e, "INSERT INTO setting(key, value) VALUES (?, ?)", "tt", "b", "2");
	CHECK_INT(db_commit(&e), ERR_OK);
	CHECK_INT(db_commit(&e), ERR_OK);
	db_int(&e, &n, "SELECT count(*) FROM setting WHERE key = 'b'", NULL);
	CHECK_INT(n, 1);

	/* bound values are values: quotes do nothing */
	db_exec(&e, "INSERT INTO setting(key, value) VALUES (?, ?)", "tt", "q'); DROP TABLE x;--",
		"v");
	char v[16] = "";
	db_text(&e, v, sizeof v, "SELECT value FROM setting WHERE key = ?", "t",
		"q'); DROP TABLE x;--");
	CHECK_STR(v, "v");
	CHECK_INT(db_int(&e, &n, "SELECT 1 FROM setting WHERE key = ?", "t", "none"),
		  ERR_NOTFOUND);
}

/* Reads a setting row (key, value) into a char[2][16]. */
static void read_setting(db_stmt *st, void *elem)
{
	char (*kv)[16] = elem;
	snprintf(kv[0], sizeof kv[0], "%s", db_col_text(st, 0));
	snprintf(kv[1], sizeof kv[1], "%s", db_col_text(st, 1));
}

/* Binds ?1 to the prefix of the keys at arg. */
static err_code bind_prefix(db_stmt *st, const void *arg, struct err *e)
{
	return db_bind(st, e, "t", (const char *)arg);
}

static void test_one_count_page(void)
{
	struct err e = { 0 };
	for (int i = 1; i <= 5; i++) {
		char key[16], value[16];
		snprintf(key, sizeof key, "p%d", i);
		snprintf(value, sizeof value, "v%d", i);
		db_exec(&e, "INSERT INTO setting(key, value) VALUES (?, ?)", "tt", key, value);
	}
	char kv[8][2][16];
	CHECK_INT(db_one(&e, kv[0], read_setting, "SELECT key, value FROM setting WHERE key = ?",
			 "t", "p3"), ERR_OK);
	CHECK_STR(kv[0][1], "v3");
	CHECK_INT(db_one(&e, kv[0], read_setting, "SELECT key, value FROM setting WHERE key = ?",
			 "t", "none"), ERR_NOTFOUND);

	int n = -1, got = -1;
	CHECK_INT(db_count("SELECT count(*) FROM setting WHERE key LIKE ?1 || '%'", bind_prefix,
			   "p", &n, &e), ERR_OK);
	CHECK_INT(n, 5);
	CHECK_INT(db_count("SELECT count(*) FROM setting WHERE key = 'none'", NULL, NULL, &n, &e),
		  ERR_OK);
	CHECK_INT(n, 0);
	/* rows 2 … 4 of 5; the limit also stops the reading */
	CHECK_INT(db_page("SELECT key, value FROM setting WHERE key LIKE ?1 || '%' ORDER BY key "
			  "LIMIT :limit OFFSET :offset", bind_prefix, "p", 1, 3, kv, sizeof kv[0],
			  read_setting, &got, &e), ERR_OK);
	CHECK_INT(got, 3);
	CHECK_STR(kv[0][0], "p2");
	CHECK_STR(kv[2][0], "p4");
	CHECK_INT(db_page("SELECT key, value FROM setting WHERE key LIKE ?1 || '%' ORDER BY key "
			  "LIMIT :limit OFFSET :offset", bind_prefix, "p", 4, 8, kv, sizeof kv[0],
			  read_setting, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(kv[0][1], "v5");
	/* a listing without :limit is a mistake in the program, said as one */
	CHECK_INT(db_page("SELECT key, value FROM setting", NULL, NULL, 0, 8, kv, sizeof kv[0],
			  read_setting, &got, &e), ERR_DB);
	CHECK_INT(got, 0);

	CHECK(db_nullif(NULL) == NULL);
	CHECK(db_nullif("") == NULL);
	CHECK_STR(db_nullif("x"), "x");
	db_exec(&e, "DELETE FROM setting WHERE key LIKE 'p%'", NULL);
}

static void test_closed_and_audit(void)
{
	struct err e = { 0 };
	CHECK_INT(db_exec(&e, "INSERT INTO closed_month(month, closed_at) VALUES ('2025-01', 'x')",
			  NULL), ERR_OK);
	CHECK_INT(db_exec(&e, "INSERT INTO ledger_entry(date, debit, credit, amount) "
			      "VALUES ('2025-01-10', '101', '401', 100)", NULL), ERR_CLOSED);
	CHECK_STR(e.msg, "The month is closed: correct it with a reversing entry.");
	CHECK_INT(db_exec(&e, "INSERT INTO ledger_entry(date, debit, credit, amount) "
			      "VALUES ('2025-02-10', '101', '401', 100)", NULL), ERR_OK);
	int64_t n = 0;
	db_int(&e, &n, "SELECT count(*) FROM audit_log WHERE tbl = 'ledger_entry' "
		       "AND action = 'insert' AND json_extract(new, '$.amount') = 100", NULL);
	CHECK_INT(n, 1);
	/* a schema rule breaks: the sentence is ours, not SQLite's code */
	CHECK_INT(db_exec(&e, "INSERT INTO ledger_entry(date, debit, credit, amount) "
			      "VALUES ('2025-02-30', '101', '401', 100)", NULL), ERR_INPUT);
}

static void test_backup_restore(void)
{
	struct err e = { 0 };
	char bak[300];
	snprintf(bak, sizeof bak, "%s/backup.db", dir);
	CHECK_INT(db_backup(bak, &e), ERR_OK);
	struct stat st;
	CHECK_INT(stat(bak, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	db_exec(&e, "INSERT INTO setting(key, value) VALUES ('after', '1')", NULL);
	char aside[300] = "x";
	CHECK_INT(db_restore(bak, aside, sizeof aside, &e), ERR_OK);
	CHECK_STR(aside, "");
	int64_t n = -1;
	db_int(&e, &n, "SELECT count(*) FROM setting WHERE key = 'after'", NULL);
	CHECK_INT(n, 0);
	char notdb[300];
	snprintf(notdb, sizeof notdb, "%s/text.db", dir);
	CHECK_INT(db_restore(notdb, aside, sizeof aside, &e), ERR_NOTDB);
	/* onto itself, through a link, onto its journal: refused, the file untouched */
	struct stat before;
	stat(path, &before);
	CHECK_INT(db_backup(path, &e), ERR_INPUT);
	char want[700];
	snprintf(want, sizeof want, "%s is the database itself; a backup must go to another "
		 "file, best on another disk or a USB stick.", path);
	CHECK_STR(e.msg, want);
	char link_[300], journal[320];
	snprintf(link_, sizeof link_, "%s/link.db", dir);
	CHECK_INT(symlink(path, link_), 0);
	CHECK_INT(db_backup(link_, &e), ERR_INPUT);
	snprintf(journal, sizeof journal, "%s-journal", path);
	CHECK_INT(db_backup(journal, &e), ERR_INPUT);
	CHECK_INT(db_restore(link_, aside, sizeof aside, &e), ERR_INPUT);
	CHECK_INT(stat(path, &st), 0);
	CHECK_INT(st.st_size, before.st_size);
	CHECK_INT(db_check(&e), ERR_OK);
	db_close();
}

/* Who may make a database, and what an empty file is. */
static void test_open_rules(void)
{
	struct err e = { 0 };
	char p[300], want[700];
	snprintf(p, sizeof p, "%s/typo.db", dir);
	CHECK_INT(db_open_flags(p, 0, &e), ERR_NOFILE);
	snprintf(want, sizeof want, "%s: there is no such database file. Check the name; a new "
		 "database is made only by the full-screen program or 'gonghui import'.", p);
	CHECK_STR(e.msg, want);
	CHECK(access(p, F_OK) != 0);
	/* an empty file keeps being one, whatever its mode */
	snprintf(p, sizeof p, "%s/zero.db", dir);
	close(open(p, O_WRONLY | O_CREAT, 0644));
	CHECK_INT(db_open_flags(p, DB_CREATE, &e), ERR_NOTDB);
	struct stat st;
	CHECK_INT(stat(p, &st), 0);
	CHECK_INT(st.st_size, 0);
	/* a new path is made 0600 whatever the umask */
	mode_t old = umask(0);
	snprintf(p, sizeof p, "%s/new.db", dir);
	CHECK_INT(db_open_flags(p, DB_CREATE, &e), ERR_OK);
	umask(old);
	CHECK_INT(stat(p, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	db_close();
}

/* The full-screen program's lock, an unclean end, and a damaged file. */
static void test_hold_unclean_damaged(void)
{
	struct err e = { 0 };
	char p[300], lock[320];
	snprintf(p, sizeof p, "%s/held.db", dir);
	snprintf(lock, sizeof lock, "%s-lock", p);
	CHECK_INT(db_open_flags(p, DB_CREATE | DB_HOLD, &e), ERR_OK);
	CHECK_INT(access(lock, F_OK), 0);
	CHECK(!db_unclean());
	db_close();
	CHECK(access(lock, F_OK) != 0);   /* a clean end removes the marker */

	/* another process holds it: a second full-screen program is told who */
	int up[2], down[2];
	CHECK_INT(pipe(up), 0);
	CHECK_INT(pipe(down), 0);
	pid_t child = fork();
	if (child == 0) {
		char c = db_open_flags(p, DB_HOLD, NULL) == ERR_OK ? 'y' : 'n';
		write(up[1], &c, 1);
		read(down[0], &c, 1);
		db_close();
		_exit(0);
	}
	char c = 0;
	read(up[0], &c, 1);
	CHECK_INT(c, 'y');
	int pid = 0;
	CHECK(db_in_use(p, &pid));
	CHECK_INT(pid, (int)child);
	CHECK_INT(db_open_flags(p, DB_HOLD, &e), ERR_INUSE);
	char want0[700];
	snprintf(want0, sizeof want0, "%s is open in another gonghui (process %d); close that "
		 "one first.", p, (int)child);
	CHECK_STR(e.msg, want0);
	write(down[1], "x", 1);
	int status = 0;
	waitpid(child, &status, 0);
	CHECK(!db_in_use(p, NULL));
	CHECK(access(lock, F_OK) != 0);

	/* a marker left behind: an unclean end, so the file is checked */
	FILE *f = fopen(lock, "w");
	fputs("99999\n", f);
	fclose(f);
	CHECK_INT(db_open_flags(p, DB_HOLD, &e), ERR_OK);
	CHECK(db_unclean());
	CHECK(!db_damaged());
	db_close();

	/* damage in a page, found after an unclean end: the full-screen program refuses,
	 * the command line opens it for reading and refuses every write */
	f = fopen(p, "r+b");
	fseek(f, 5 * 4096, SEEK_SET);
	fwrite("\x0d\xff\xff\xff\xff\xff\xff\xff", 1, 8, f);
	fclose(f);
	f = fopen(lock, "w");
	fputs("99999\n", f);
	fclose(f);
	CHECK_INT(db_open_flags(p, DB_HOLD, &e), ERR_DAMAGED);
	char want[700];
	snprintf(want, sizeof want, "%s is damaged, so nothing was changed. Put back a good "
		 "backup with 'gonghui restore FILE'.", p);
	CHECK_STR(e.msg, want);
	CHECK(!db_is_open());
	CHECK_INT(db_open_flags(p, 0, &e), ERR_OK);
	CHECK_INT(db_check(&e), ERR_DAMAGED);
	CHECK_STR(e.msg, want);
	CHECK_INT(db_begin(&e), ERR_DAMAGED);
	CHECK_INT(db_depth(), 0);
	char bak[320];
	snprintf(bak, sizeof bak, "%s/from-damaged.db", dir);
	CHECK_INT(db_backup(bak, &e), ERR_DAMAGED);
	CHECK(access(bak, F_OK) != 0);
	db_close();
	unlink(lock);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	snprintf(dir, sizeof dir, "/tmp/gh-test-db-%d", (int)getpid());
	mkdir(dir, 0700);
	RUN(test_create);
	RUN(test_foreign_files);
	RUN(test_locked);
	RUN(test_transactions);
	RUN(test_one_count_page);
	RUN(test_closed_and_audit);
	RUN(test_backup_restore);
	RUN(test_open_rules);
	RUN(test_hold_unclean_damaged);
	char rm[300];
	snprintf(rm, sizeof rm, "rm -rf %s", dir);
	if (system(rm) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return check_done();
}

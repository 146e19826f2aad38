/* test_book.c — the automatic backups: the daily one of the full-screen program, the
 * one before an upgrade, the rotation, the newest, restore by date, and what a damaged
 * file's message offers. */
#include "core/book.h"
#include "core/setting.h"
#include "db/db.h"
#include "db/schema.h"
#include "tests/unit/check.h"

#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256], path[300], bdir[300];

static int exists(const char *name)
{
	char p[700];
	snprintf(p, sizeof p, "%s/%s", bdir, name);
	return access(p, F_OK) == 0;
}

static void plant(const char *name)
{
	char cmd[1200];
	snprintf(cmd, sizeof cmd, "cp %s/g-2025-06-15.db %s/%s", bdir, bdir, name);
	system(cmd);
}

static void test_daily(void)
{
	struct err e = { 0 };
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	CHECK_INT(book_open_as(path, BOOK_APP, &e), ERR_OK);
	struct book_backup b;
	CHECK_INT(book_last_backup(&b), ERR_NOTFOUND);
	CHECK_INT(setting_set("school_name", "红星小学", &e), ERR_OK);
	CHECK(exists("g-2025-06-15.db"));
	CHECK(book_backup_problem() == NULL);
	struct stat st;
	char p[700];
	snprintf(p, sizeof p, "%s/g-2025-06-15.db", bdir);
	CHECK_INT(stat(p, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0600);
	snprintf(p, sizeof p, "%s", bdir);
	CHECK_INT(stat(p, &st), 0);
	CHECK_INT(st.st_mode & 0777, 0700);
	CHECK_INT(book_last_backup(&b), ERR_OK);
	CHECK_STR(b.date, "2025-06-15");
	CHECK_STR(b.kind, "");
	CHECK_STR(book_backup_kind_name(b.kind), "daily");
	/* made before the first save: it holds the book as it was that morning */
	sqlite3 *h;
	snprintf(p, sizeof p, "%s/g-2025-06-15.db", bdir);
	sqlite3_open(p, &h);
	sqlite3_stmt *st2;
	sqlite3_prepare_v2(h, "SELECT count(*) FROM setting WHERE key = 'school_name'", -1, &st2,
			   NULL);
	sqlite3_step(st2);
	CHECK_INT(sqlite3_column_int(st2, 0), 0);
	sqlite3_finalize(st2);
	sqlite3_close(h);
	/* once a day */
	CHECK_INT(setting_set("union_name", "红星小学工会", &e), ERR_OK);
	CHECK_INT(book_backups(&b, 1), 1);
	setenv("GONGHUI_TODAY", "2025-06-16", 1);
	CHECK_INT(setting_set("union_name", "红星小学工会委员会", &e), ERR_OK);
	CHECK(exists("g-2025-06-16.db"));
	CHECK_INT(book_backups(&b, 1), 2);
	CHECK_STR(b.date, "2025-06-16");
	book_close();
	/* the command line makes none */
	setenv("GONGHUI_TODAY", "2025-06-17", 1);
	CHECK_INT(book_open(path, &e), ERR_OK);
	CHECK_INT(setting_set("union_name", "x", &e), ERR_OK);
	CHECK(!exists("g-2025-06-17.db"));
	book_close();
}

static void test_rotation(void)
{
	struct err e = { 0 };
	char name[64];
	for (int d = 1; d <= 14; d++) {
		snprintf(name, sizeof name, "g-2025-06-%02d.db", d);
		plant(name);
	}
	plant("g-2025-05-20.db");
	plant("g-2025-05-03.db");
	plant("g-2025-04-10.db");
	for (int m = 1; m <= 12; m++) {
		snprintf(name, sizeof name, "g-2024-%02d-05.db", m);
		plant(name);
	}
	plant("g-2025-06-15-before-restore.db");
	plant("other-2020-01-01.db");   /* another book's: never touched */
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	CHECK_INT(book_open(path, &e), ERR_OK);
	CHECK_INT(book_auto_backup("", &e), ERR_OK);
	/* days: 16 (test_daily's), 15 … 10; weeks (from Monday): 16, 15, 8, 1 June; months:
	 * June, May (20), April, 2024-12 … 2024-04; and all of today's */
	const char *kept[] = { "g-2025-06-15.db", "g-2025-06-15-before-restore.db",
			       "g-2025-06-14.db", "g-2025-06-13.db", "g-2025-06-12.db",
			       "g-2025-06-11.db", "g-2025-06-10.db",
			       "g-2025-06-08.db", "g-2025-06-01.db", "g-2025-05-20.db",
			       "g-2025-04-10.db", "g-2024-12-05.db", "g-2024-11-05.db",
			       "g-2024-10-05.db", "g-2024-09-05.db", "g-2024-08-05.db",
			       "g-2024-07-05.db", "g-2024-06-05.db", "g-2024-05-05.db",
			       "g-2024-04-05.db", "g-2025-06-16.db",
			       "other-2020-01-01.db" };
	const char *gone[] = { "g-2025-06-09.db", "g-2025-06-07.db", "g-2025-06-02.db", "g-2025-05-03.db",
			       "g-2024-03-05.db", "g-2024-02-05.db", "g-2024-01-05.db" };
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
		if (!exists(kept[i]))
			printf("FAIL %s:%d: rotation removed %s\n", __FILE__, __LINE__, kept[i]);
	for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
		if (exists(gone[i]))
			printf("FAIL %s:%d: rotation kept %s\n", __FILE__, __LINE__, gone[i]);
	struct book_backup b[64];
	/* g's only */
	CHECK_INT(book_backups(b, 64), 21);
	CHECK_STR(b[0].date, "2025-06-16");
	CHECK_STR(b[1].date, "2025-06-15");
	CHECK_STR(b[2].date, "2025-06-15");
	book_close();
}

static void test_restore_by_date_and_damage(void)
{
	struct err e = { 0 };
	setenv("GONGHUI_TODAY", "2025-06-20", 1);
	CHECK_INT(book_open(path, &e), ERR_OK);
	char used[600], aside[600], want[900];
	CHECK_INT(book_restore("2025-06-30", used, sizeof used, aside, sizeof aside, &e),
		  ERR_NOTFOUND);
	CHECK_STR(e.msg, "There is no automatic backup from 2025-06-30; 'gonghui backup' lists "
		  "the ones there are.");
	CHECK(!exists("g-2025-06-20-before-restore.db"));   /* a refusal leaves nothing */
	CHECK_INT(book_restore("2025-06-16", used, sizeof used, aside, sizeof aside, &e), ERR_OK);
	snprintf(want, sizeof want, "%s/g-2025-06-16.db", bdir);
	CHECK_STR(used, want);
	CHECK_STR(aside, "");
	CHECK(exists("g-2025-06-20-before-restore.db"));
	char v[64];
	CHECK_STR(setting_get("union_name", v, sizeof v), "红星小学工会");
	/* a second restore the same day keeps the first one's backup */
	CHECK_INT(book_restore("2025-06-15", used, sizeof used, aside, sizeof aside, &e), ERR_OK);
	CHECK(exists("g-2025-06-20-before-restore-2.db"));
	book_close();

	/* damage: the message says which backup puts it back */
	FILE *f = fopen(path, "r+b");
	fseek(f, 5 * 4096, SEEK_SET);
	fwrite("\x0d\xff\xff\xff\xff\xff\xff\xff", 1, 8, f);
	fclose(f);
	CHECK_INT(book_open(path, &e), ERR_OK);
	CHECK_INT(book_check(&e), ERR_DAMAGED);
	snprintf(want, sizeof want, "%s is damaged, so nothing was changed. The latest automatic "
		 "backup is from 2025-06-20: 'gonghui restore 2025-06-20' puts it back.", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(book_restore("2025-06-20", used, sizeof used, aside, sizeof aside, &e), ERR_OK);
	CHECK(strstr(aside, "g.db.damaged-") != NULL);
	CHECK(access(aside, F_OK) == 0);
	CHECK_INT(book_check(&e), ERR_OK);
	book_close();
	CHECK_INT(book_open_as(path, BOOK_APP, &e), ERR_OK);
	book_close();
}

static void test_upgrade_backup(void)
{
	struct err e = { 0 };
	char p[300], want[700];
	snprintf(p, sizeof p, "%s/old.db", dir);
	sqlite3 *h;
	sqlite3_open(p, &h);
	CHECK_INT(sqlite3_exec(h, schema_migrations[0].sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_exec(h, "PRAGMA application_id=1195922761; PRAGMA user_version=1", NULL, NULL,
		     NULL);
	sqlite3_close(h);
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	CHECK_INT(book_open(p, &e), ERR_OK);
	CHECK_INT(db_schema_version(), db_schema_latest());
	snprintf(want, sizeof want, "%s/old-2025-06-15-before-upgrade.db", bdir);
	sqlite3_open_v2(want, &h, SQLITE_OPEN_READONLY, NULL);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, NULL);
	sqlite3_step(st);
	CHECK_INT(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
	sqlite3_close(h);
	struct book_backup b;
	CHECK_INT(book_last_backup(&b), ERR_OK);
	CHECK_STR(b.kind, "before-upgrade");
	CHECK_STR(book_backup_kind_name(b.kind), "before an upgrade");
	book_close();
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	snprintf(dir, sizeof dir, "/tmp/gh-test-book-%d", (int)getpid());
	mkdir(dir, 0700);
	snprintf(path, sizeof path, "%s/g.db", dir);
	snprintf(bdir, sizeof bdir, "%s/backups", dir);
	RUN(test_daily);
	RUN(test_rotation);
	RUN(test_restore_by_date_and_damage);
	RUN(test_upgrade_backup);
	char rm[300];
	snprintf(rm, sizeof rm, "rm -rf %s", dir);
	system(rm);
	return check_done();
}

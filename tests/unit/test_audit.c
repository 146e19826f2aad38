/* test_audit.c — the compact audit log (migration 007): a file's audit rows read the
 * same through the audit_log view after the upgrade (later migrations only add rows), new changes are logged with
 * their values, and an insert into the view (as a later migration's triggers write)
 * is kept. */
#include "db/schema.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <sqlite3.h>

/* Every audit row as one text, in order. */
static char *snapshot(sqlite3 *h)
{
	static const char sql[] =
		"SELECT group_concat(id || '|' || at || '|' || tbl || '|' || row_id || '|' || "
		"action || '|' || coalesce(old, '-') || '|' || coalesce(new, '-'), char(10)) "
		"FROM (SELECT * FROM audit_log ORDER BY id)";
	sqlite3_stmt *st = NULL;
	char *out = NULL;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
		out = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return out;
}

static void test_upgrade_keeps_every_row(void)
{
	struct err e = { 0 };
	char path[64], rm[128];
	snprintf(path, sizeof path, "/tmp/gh-test-audit-v6-%d.db", (int)getpid());
	unlink(path);
	sqlite3 *h = NULL;
	CHECK_INT(sqlite3_open(path, &h), SQLITE_OK);
	for (int i = 0; i < 6; i++)
		CHECK_INT(sqlite3_exec(h, schema_migrations[i].sql, NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(sqlite3_exec(h,
		"PRAGMA application_id = 1195922761; PRAGMA user_version = 6;"
		"INSERT INTO member(no, name, wage_base, note) VALUES ('T1', '张三', 456780, "
		"  'a \"quoted\" note'), ('T2', '李四', 0, '');"
		"UPDATE member SET status = 'retired', status_date = '2025-03-01' WHERE no = 'T2';"
		"INSERT INTO ledger_entry(date, debit, credit, amount, description) VALUES"
		"  ('2025-01-10', '101', '401', 2280, 'Dues for 2025-01: 张三 (T1)');"
		"INSERT INTO dues(member_id, month, amount, paid_on, entry_id) VALUES"
		"  (1, '2025-01', 2280, '2025-01-10', 1);"
		"DELETE FROM dues;"
		"INSERT INTO setting(key, value) VALUES ('school_name', '第一中学');"
		"INSERT INTO audit_log(at, tbl, row_id, action, old) VALUES"
		"  ('2024-12-31 23:59:58', 'gone', 7, 'delete', json_object('a', 1, 'b', NULL));",
		NULL, NULL, NULL), SQLITE_OK);
	char *before = snapshot(h);
	sqlite3_close(h);
	CHECK(before != NULL && strstr(before, "\"note\":\"a \\\"quoted\\\" note\"") != NULL);

	CHECK_INT(db_open(path, &e), ERR_OK);
	CHECK_INT(db_schema_version(), db_schema_latest());
	db_close();
	CHECK_INT(sqlite3_open(path, &h), SQLITE_OK);
	/* Every row as it was; after them, only what a later migration wrote: 010 makes
	 * the deleted dues row (a payment cancelled, as only dues_cancel deletes one) a
	 * row of dues_cancelled, audited as it is made. */
	char *after = snapshot(h);
	size_t nb = before ? strlen(before) : 0;
	CHECK(after != NULL && strncmp(after, before, nb) == 0);
	CHECK(after != NULL && strlen(after) > nb &&
	      strstr(after + nb, "|dues_cancelled|1|insert|-|{\"member_id\":1,\"month\":"
				 "\"2025-01\",\"amount\":2280,\"paid_on\":\"2025-01-10\","
				 "\"entry_id\":1,\"cancelled_on\":") != NULL);
	CHECK(after != NULL && strchr(after + nb + 1, '\n') == NULL);   /* that one row */
	sqlite3_close(h);
	free(before);
	free(after);
	unlink(path);
	snprintf(rm, sizeof rm, "rm -f %s.v6-*.bak", path);
	system(rm);
}

static void test_new_rows(void)
{
	struct err e = { 0 };
	char buf[512];
	fixture_open("audit");
	int64_t id = FIXTURE_MEMBER("T1", "张三", .wage_base = 456780);
	CHECK_INT(db_exec(&e, "UPDATE member SET phone = '13800000000' WHERE id = ?", "i", id),
		  ERR_OK);
	CHECK_INT(db_text(&e, buf, sizeof buf, "SELECT action || ' ' || json_extract(old, '$.phone')"
			  " || ' ' || json_extract(new, '$.phone') || ' ' || json_extract(new, '$.name')"
			  " FROM audit_log WHERE tbl = 'member' AND row_id = ? ORDER BY id DESC LIMIT 1",
			  "i", id), ERR_OK);
	CHECK_STR(buf, "update  13800000000 张三");
	CHECK_INT(db_text(&e, buf, sizeof buf, "SELECT new FROM audit_log WHERE tbl = 'member' "
			  "AND action = 'insert'", NULL), ERR_OK);
	CHECK_STR(buf, "{\"no\":\"T1\",\"name\":\"张三\",\"gender\":null,\"birth_date\":null,"
		  "\"join_date\":null,\"status\":\"active\",\"status_date\":null,\"kind\":\"teacher\","
		  "\"grp\":\"\",\"phone\":\"\",\"wage_base\":456780,\"hardship\":0,"
		  "\"model_worker\":0,\"note\":\"\"}");
	/* the time reads back as local time text */
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log WHERE at GLOB "
				"'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]'"),
		  fixture_count("SELECT count(*) FROM audit"));
	/* an insert into the view, with a table and columns not seen before */
	CHECK_INT(db_exec(&e, "INSERT INTO audit_log(tbl, row_id, action, new) VALUES "
			      "('later', 3, 'insert', json_object('x', 'y', 'n', 2))", NULL), ERR_OK);
	CHECK_INT(db_text(&e, buf, sizeof buf, "SELECT tbl || ' ' || action || ' ' || new "
			  "FROM audit_log ORDER BY id DESC LIMIT 1", NULL), ERR_OK);
	CHECK_STR(buf, "later insert {\"x\":\"y\",\"n\":2}");
	CHECK_INT(db_text(&e, buf, sizeof buf, "SELECT new FROM audit ORDER BY id DESC LIMIT 1",
			  NULL), ERR_OK);
	CHECK_STR(buf, "[\"y\",2]");
	/* an action that is none of the three is refused */
	CHECK(db_exec(&e, "INSERT INTO audit_log(tbl, row_id, action) VALUES ('x', 1, 'oops')",
		      NULL) != ERR_OK);
	fixture_close();
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_upgrade_keeps_every_row);
	RUN(test_new_rows);
	return check_done();
}

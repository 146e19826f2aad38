/* test_dues_total.c — the dues' month totals (dues_month_total, kept by triggers) against
 * a full recomputation from the rows, to the fen, through payments, a cancellation, a
 * repair and an upgrade from a file that had none. */
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include "core/book.h"
#include "core/dues.h"
#include "db/schema.h"

#include <locale.h>
#include <sqlite3.h>

static int64_t direct(const char *sql_where)
{
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT coalesce(sum(amount), 0) FROM dues WHERE %s", sql_where);
	return fixture_count(sql);
}

static void test_totals_follow_rows(void)
{
	struct err e = { 0 };
	int rows = -1;
	int64_t amount = -1;
	fixture_open("dues-total");
	int64_t a = FIXTURE_MEMBER("T1", "张三", .join_date = "2024-01-01");
	int64_t b = FIXTURE_MEMBER("T2", "李四", .join_date = "2024-01-01");
	/* 2024-11 … 2025-02, both members, amounts that differ by month and member */
	static const char *const months[] = { "2024-11", "2024-12", "2025-01", "2025-02" };
	for (int i = 0; i < 4; i++) {
		char day[DATE_LEN];
		snprintf(day, sizeof day, "%s-10", months[i]);
		struct dues_pay p[2] = { { a, 2280 + i }, { b, 1005 * (i + 1) } };
		CHECK_INT(dues_record(months[i], day, p, 2, &e), ERR_OK);
	}
	CHECK_INT(dues_total_check(&e), ERR_OK);
	CHECK_INT(dues_total("2025-01", "2025-12", &rows, &amount, &e), ERR_OK);
	CHECK_INT(rows, 4);
	CHECK_INT(amount, 2282 + 2283 + 3015 + 4020);
	CHECK_INT(amount, direct("month BETWEEN '2025-01' AND '2025-12'"));
	CHECK_INT(dues_total("2024-01", "2024-12", &rows, &amount, &e), ERR_OK);
	CHECK_INT(rows, 4);
	CHECK_INT(amount, 2280 + 2281 + 1005 + 2010);

	/* a payment cancelled (its row goes), a row changed and one removed as only a
	 * repair would: the totals follow each */
	CHECK_INT(dues_cancel("2025-02", b, "2025-02-20", &e), ERR_OK);
	CHECK_INT(dues_total_check(&e), ERR_OK);
	CHECK_INT(dues_total("2025-02", "2025-02", &rows, &amount, &e), ERR_OK);
	CHECK_INT(rows, 1);
	CHECK_INT(amount, 2283);
	CHECK_INT(db_exec(&e, "UPDATE dues SET month = '2025-03', amount = 999 "
			      "WHERE member_id = ? AND month = '2025-01'", "i", b), ERR_OK);
	CHECK_INT(dues_total_check(&e), ERR_OK);
	CHECK_INT(db_exec(&e, "DELETE FROM dues WHERE member_id = ? AND month = '2024-11'", "i", a),
		  ERR_OK);
	CHECK_INT(dues_total_check(&e), ERR_OK);
	CHECK_INT(dues_total("2024-01", "2025-12", &rows, &amount, &e), ERR_OK);
	CHECK_INT(rows, 6);
	CHECK_INT(amount, direct("1"));
	/* nothing in a range with no rows */
	CHECK_INT(dues_total("2030-01", "2030-12", &rows, &amount, &e), ERR_OK);
	CHECK_INT(rows, 0);
	CHECK_INT(amount, 0);

	/* a total that does not match its rows is found, and gonghui check says so */
	CHECK_INT(db_exec(&e, "UPDATE dues_month_total SET amount = amount + 1 "
			      "WHERE month = '2024-12'", NULL), ERR_OK);
	CHECK_INT(dues_total_check(&e), ERR_DB);
	CHECK_STR(e.msg, "The month totals of the dues disagree with their rows in 1 month.");
	CHECK_INT(book_check(&e), ERR_DB);
	fixture_close();
}

/* The totals of a file from before they existed are computed when it is upgraded. */
static void test_migration_fills_totals(void)
{
	struct err e = { 0 };
	char path[64], rm[128];
	snprintf(path, sizeof path, "/tmp/gh-test-dues-total-v10-%d.db", (int)getpid());
	unlink(path);
	/* a file at schema version 10, written without this program */
	sqlite3 *h = NULL;
	CHECK_INT(sqlite3_open(path, &h), SQLITE_OK);
	for (int i = 0; i < 10; i++)
		CHECK_INT(sqlite3_exec(h, schema_migrations[i].sql, NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(sqlite3_exec(h, "PRAGMA application_id = 1195922761; PRAGMA user_version = 10;"
			       "INSERT INTO member(id, no, name) VALUES (1, 'T1', 'a'), (2, 'T2', 'b');"
			       "INSERT INTO dues(member_id, month, amount, paid_on) VALUES"
			       " (1, '2025-01', 500, '2025-01-10'), (2, '2025-01', 700, '2025-01-10'),"
			       " (1, '2025-02', 300, '2025-02-10');", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	CHECK_INT(db_open(path, &e), ERR_OK);
	CHECK_INT(db_schema_version(), db_schema_latest());
	CHECK_INT(dues_total_check(&e), ERR_OK);
	int rows = -1;
	int64_t amount = -1;
	CHECK_INT(dues_total("2025-01", "2025-01", &rows, &amount, &e), ERR_OK);
	CHECK_INT(rows, 2);
	CHECK_INT(amount, 1200);
	CHECK_INT(dues_total("2025-01", "2025-12", &rows, &amount, &e), ERR_OK);
	CHECK_INT(rows, 3);
	CHECK_INT(amount, 1500);
	db_close();
	unlink(path);
	snprintf(rm, sizeof rm, "rm -f %s.v10-*.bak", path);
	system(rm);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_totals_follow_rows);
	RUN(test_migration_fills_totals);
	return check_done();
}

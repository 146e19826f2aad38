/* test_ledger_month.c — the ledger's month totals (ledger_month) against a full
 * recomputation from the entries, to the fen, and balances over ranges that begin and
 * end inside a month. */
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include "db/schema.h"

#include <locale.h>
#include <sqlite3.h>

/* Debits minus credits of the entries dated from..to on accounts starting with code:
 * the sum the month totals must reproduce. */
static int64_t direct(const char *code, const char *from, const char *to)
{
	int64_t n = -1;
	db_int(NULL, &n, "SELECT coalesce(sum(CASE WHEN debit GLOB ?1 || '*' THEN amount ELSE 0 END)"
			 "     - sum(CASE WHEN credit GLOB ?1 || '*' THEN amount ELSE 0 END), 0)"
			 "  FROM ledger_entry WHERE date BETWEEN ?2 AND ?3", "ttt", code, from, to);
	return n;
}

static int64_t balance(const char *code, const char *from, const char *to)
{
	int64_t b = -1;
	struct err e = { 0 };
	if (ledger_balance(code, from, to, &b, &e) != ERR_OK)
		printf("FAIL balance %s %s..%s: %s\n", code, from ? from : "", to ? to : "", e.msg);
	return b;
}

static int64_t before(const char *code, const char *date)
{
	int64_t b = -1;
	struct err e = { 0 };
	if (ledger_balance_before(code, date, &b, &e) != ERR_OK)
		printf("FAIL balance before %s %s: %s\n", code, date, e.msg);
	return b;
}

static void post(const char *date, const char *dr, const char *cr, int64_t fen)
{
	struct err e = { 0 };
	if (ledger_post(date, "", dr, cr, fen, "t", "manual", NULL, &e) != ERR_OK)
		printf("FAIL post %s %s %s: %s\n", date, dr, cr, e.msg);
}

static void test_totals_follow_entries(void)
{
	struct err e = { 0 };
	fixture_open("ledger-month");
	/* 2024-01 … 2025-06: on the 1st, the 15th and the last day of each month */
	for (int m = 0; m < 18; m++) {
		char d[3][DATE_LEN];
		int y = 2024 + m / 12, mm = m % 12 + 1;
		snprintf(d[0], DATE_LEN, "%04d-%02d-01", y, mm);
		snprintf(d[1], DATE_LEN, "%04d-%02d-15", y, mm);
		snprintf(d[2], DATE_LEN, "%04d-%02d-%02d", y, mm, date_days_in_month(y, mm));
		post(d[0], "101", "401", 1001 + m);
		post(d[1], "102", "402", 250033);
		post(d[2], "50205", "101", 777 * (m + 1));
		post(d[2], "101", "102", 1);
	}
	CHECK_INT(ledger_month_check(&e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_month"), 18 * 5);
	CHECK_INT(fixture_count("SELECT debit FROM ledger_month WHERE account = '101' "
				"AND month = '2024-03'"), 1003 + 1);
	CHECK_INT(fixture_count("SELECT credit FROM ledger_month WHERE account = '101' "
				"AND month = '2024-03'"), 777 * 3);
	CHECK_INT(fixture_count("SELECT entries FROM ledger_month WHERE account = '101' "
				"AND month = '2024-03'"), 3);

	/* a reversal, an entry changed and one removed (as only a repair would): the
	 * totals follow each */
	int64_t id = 0, rev = 0;
	CHECK_INT(db_int(&e, &id, "SELECT min(id) FROM ledger_entry WHERE debit = '50205'", NULL),
		  ERR_OK);
	CHECK_INT(ledger_reverse(id, "2025-06-20", &rev, &e), ERR_OK);
	CHECK_INT(ledger_month_check(&e), ERR_OK);
	CHECK_INT(db_exec(&e, "UPDATE ledger_entry SET date = '2025-02-03', debit = '102', "
			      "amount = 999 WHERE id = ?", "i", id + 2), ERR_OK);
	CHECK_INT(ledger_month_check(&e), ERR_OK);
	CHECK_INT(db_exec(&e, "DELETE FROM ledger_entry WHERE id = ?", "i", id + 1), ERR_OK);
	CHECK_INT(ledger_month_check(&e), ERR_OK);

	/* every range: whole months, parts of months, one day, open ends */
	static const char *const r[][2] = {
		{ NULL, NULL }, { "2024-01-01", "2024-12-31" }, { "2024-01-02", "2024-12-30" },
		{ "2024-02-15", "2024-02-15" }, { "2024-02-16", "2024-03-14" },
		{ "2024-02-29", "2025-03-01" }, { "2025-01-01", NULL }, { NULL, "2024-06-15" },
		{ "2025-06-30", "2025-06-30" }, { "2026-01-01", "2026-12-31" },
	};
	static const char *const acc[] = { "101", "102", "401", "50205", "502" };
	for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
		for (size_t a = 0; a < sizeof acc / sizeof acc[0]; a++)
			CHECK_INT(balance(acc[a], r[i][0], r[i][1]),
				  direct(acc[a], r[i][0] ? r[i][0] : "", r[i][1] ? r[i][1] : "9999"));
	CHECK_INT(balance("101", "2024-03-01", "2024-03-31"), 1003 - 777 * 3 + 1);
	CHECK_INT(before("101", "2025-01-01"), direct("101", "", "2024-12-31"));
	CHECK_INT(before("101", "2024-03-16"), direct("101", "", "2024-03-15"));
	CHECK_INT(before("101", "2024-01-01"), 0);
	CHECK_INT(before("102", "2025-03-01"), direct("102", "", "2025-02-28"));

	/* a total that does not match its entries is found */
	CHECK_INT(db_exec(&e, "UPDATE ledger_month SET debit = debit + 1 WHERE account = '101' "
			      "AND month = '2024-05'", NULL), ERR_OK);
	CHECK_INT(ledger_month_check(&e), ERR_DB);
	CHECK_STR(e.msg, "The month totals of the books disagree with their entries in 1 place.");
	fixture_close();
}

/* The totals of a file from before they existed are computed when it is upgraded. */
static void test_migration_fills_totals(void)
{
	struct err e = { 0 };
	char path[64], rm[128];
	snprintf(path, sizeof path, "/tmp/gh-test-ledger-month-v2-%d.db", (int)getpid());
	unlink(path);
	/* a file at schema version 2, written without this program */
	sqlite3 *h = NULL;
	CHECK_INT(sqlite3_open(path, &h), SQLITE_OK);
	for (int i = 0; i < 2; i++)
		CHECK_INT(sqlite3_exec(h, schema_migrations[i].sql, NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(sqlite3_exec(h, "PRAGMA application_id = 1195922761; PRAGMA user_version = 2;"
			       "INSERT INTO ledger_entry(date, debit, credit, amount) VALUES"
			       " ('2025-01-10', '101', '401', 500), ('2025-01-20', '101', '401', 700),"
			       " ('2025-02-01', '50205', '101', 300);", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	CHECK_INT(db_open(path, &e), ERR_OK);
	CHECK_INT(db_schema_version(), db_schema_latest());
	CHECK_INT(ledger_month_check(&e), ERR_OK);
	CHECK_INT(fixture_count("SELECT debit FROM ledger_month WHERE account = '101' "
				"AND month = '2025-01'"), 1200);
	CHECK_INT(fixture_count("SELECT entries FROM ledger_month WHERE account = '101' "
				"AND month = '2025-02'"), 1);
	CHECK_INT(balance("101", NULL, NULL), 900);
	CHECK_INT(balance("101", "2025-02-01", NULL), -300);
	db_close();
	unlink(path);
	snprintf(rm, sizeof rm, "rm -f %s.v2-*.bak", path);
	system(rm);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_totals_follow_entries);
	RUN(test_migration_fills_totals);
	return check_done();
}

/* test_dues_import.c — importing dues posts one ledger entry per month and day paid
 * (as the Dues screen does), whatever the order of the rows; a refusal names its line
 * and writes nothing. */
#include "core/dues.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>

static char path[64];

static void import_ok(const char *csv, int want_rows)
{
	struct err e = { 0 };
	int rows = 0;
	fixture_write(path, csv);
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_OK);
	CHECK_INT(rows, want_rows);
}

static void test_one_entry_per_month_and_day(void)
{
	fixture_open("dues-import");
	FIXTURE_MEMBER("T1", "张三", .wage_base = 456780);
	FIXTURE_MEMBER("T2", "李四", .wage_base = 500000);
	FIXTURE_MEMBER("T10", "王芳", .wage_base = 321000);
	import_ok("month,member_no,amount,paid_on\n"
		  "2025-03,T1,,2025-03-10\n"
		  "2025-04,T1,,2025-04-10\n"
		  "2025-03,T2,25.00,2025-03-10\n"
		  "2025-03,T10,,2025-03-12\n"
		  "2025-04,T2,,2025-04-10\n"
		  "2025-04,T10,1.00,2025-04-10\n", 6);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), 6);
	/* each dues row points at the entry of its month and day, which holds their sum */
	CHECK_INT(fixture_count("SELECT count(*) FROM dues d JOIN ledger_entry l ON l.id = d.entry_id"
				" WHERE l.date = d.paid_on AND l.debit = '101' AND l.credit = '401'"
				"   AND l.source = 'dues'"), 6);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry l WHERE amount <> "
				"(SELECT sum(amount) FROM dues WHERE entry_id = l.id)"), 0);
	db_stmt *st = db_prepare(NULL, "SELECT date, amount, description FROM ledger_entry "
				       "ORDER BY id");
	static const struct { const char *date; int64_t amount; const char *desc; } want[] = {
		{ "2025-03-10", 2280 + 2500, "Dues for 2025-03 (2 members)" },
		{ "2025-03-12", 1605, "Dues for 2025-03: 王芳 (T10)" },
		{ "2025-04-10", 2280 + 2500 + 100, "Dues for 2025-04 (3 members)" },
	};
	for (int i = 0; i < 3; i++) {
		CHECK_INT(db_step(st, NULL), DB_ROW);
		CHECK_STR(db_col_text(st, 0), want[i].date);
		CHECK_INT(db_col_int(st, 1), want[i].amount);
		CHECK_STR(db_col_text(st, 2), want[i].desc);
	}
	CHECK_INT(db_step(st, NULL), DB_DONE);
	db_finalize(&st);
	CHECK_INT(fixture_balance("101"), 2280 * 2 + 2500 * 2 + 1605 + 100);
	/* a second import of the same month and day: its own entry, nothing posted twice */
	FIXTURE_MEMBER("T11", "赵六", .wage_base = 300000);
	import_ok("month,member_no,amount,paid_on\n2025-03,T11,,2025-03-10\n", 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 4);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry l WHERE amount <> "
				"(SELECT sum(amount) FROM dues WHERE entry_id = l.id)"), 0);
	/* nothing due: a dues row without an entry */
	FIXTURE_MEMBER("T12", "钱七");
	import_ok("month,member_no\n2025-03,T12\n", 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE entry_id IS NULL"), 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 4);
	fixture_close();
}

static void test_refusals_write_nothing(void)
{
	struct err e = { 0 };
	int rows = 0;
	char want[256];
	fixture_open("dues-import");
	FIXTURE_MEMBER("T1", "张三", .wage_base = 456780);
	FIXTURE_MEMBER("T2", "李四", .wage_base = 500000);
	CHECK_INT(ledger_close_month("2025-02", &e), ERR_OK);
	/* a row paid in a closed month, after good rows: its line, nothing written */
	fixture_write(path, "month,member_no,paid_on\n2025-03,T1,2025-03-10\n"
			    "2025-03,T2,2025-03-10\n2025-01,T1,2025-02-05\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_CLOSED);
	snprintf(want, sizeof want, "%s:4: The day paid, 2025-02-05, lies in a month that is "
		 "closed; a late payment of the dues for 2025-01 is dated in an open month, such "
		 "as today (2025-06-15).", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(rows, 0);
	/* the same member and month twice, on different days */
	fixture_write(path, "month,member_no,paid_on\n2025-03,T1,2025-03-10\n"
			    "2025-04,T2,2025-04-10\n2025-03,T1,2025-03-20\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_DUPLICATE);
	snprintf(want, sizeof want, "%s:4: 张三 (T1) has already paid the dues for 2025-03.", path);
	CHECK_STR(e.msg, want);
	/* a batch whose total is more than any amount the books hold */
	fixture_write(path, "month,member_no,amount,paid_on\n2025-03,T1,60000000000,2025-03-10\n"
			    "2025-03,T2,60000000000,2025-03-10\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_INPUT);
	snprintf(want, sizeof want, "%s:3: The amount is too large.", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 0);
	/* and after all that, a good file goes in whole */
	import_ok("month,member_no,paid_on\n2025-03,T1,2025-03-10\n2025-03,T2,2025-03-10\n", 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);
	CHECK_INT(fixture_count("SELECT amount FROM ledger_entry"), 2280 + 2500);
	fixture_close();
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	snprintf(path, sizeof path, "/tmp/gh-test-dues-import-%d.csv", (int)getpid());
	RUN(test_one_entry_per_month_and_day);
	RUN(test_refusals_write_nothing);
	unlink(path);
	return check_done();
}

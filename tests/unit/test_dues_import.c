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
	/* amounts no member pays (a batch whose total passes what the books hold cannot
	 * be made of such months any more) */
	fixture_write(path, "month,member_no,amount,paid_on\n2025-03,T1,60000000000,2025-03-10\n"
			    "2025-03,T2,60000000000,2025-03-10\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_INPUT);
	snprintf(want, sizeof want, "%s:2: 60,000,000,000.00 is more dues than any member pays "
		 "in a month (at most 10,000.00); check the amount.", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 0);
	/* and after all that, a good file goes in whole */
	import_ok("month,member_no,paid_on\n2025-03,T1,2025-03-10\n2025-03,T2,2025-03-10\n", 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);
	CHECK_INT(fixture_count("SELECT amount FROM ledger_entry"), 2280 + 2500);
	fixture_close();
}

/* Rows of dues_last that differ from the members' latest month paid, both ways. */
static int64_t last_paid_wrong(void)
{
	return fixture_count("SELECT count(*) FROM ("
			     " SELECT member_id, max(month) FROM dues GROUP BY member_id"
			     " EXCEPT SELECT member_id, month FROM dues_last"
			     " UNION ALL SELECT member_id, month FROM dues_last"
			     " EXCEPT SELECT member_id, max(month) FROM dues GROUP BY member_id)");
}

/* The month's list takes the last month paid from dues_last; a member who paid ahead
 * is behind by what the months before say. */
static void test_last_paid(void)
{
	struct err e = { 0 };
	struct dues_line *l = NULL;
	int n = 0;
	fixture_open("dues-import");
	int64_t t1 = FIXTURE_MEMBER("T1", "张三", .wage_base = 456780, .join_date = "2024-01-01");
	FIXTURE_MEMBER("T2", "李四", .wage_base = 500000, .join_date = "2024-01-01");
	FIXTURE_MEMBER("T3", "王芳", .wage_base = 500000, .join_date = "2024-01-01");
	import_ok("month,member_no,paid_on\n2025-01,T1,2025-01-10\n2025-01,T2,2025-01-10\n"
		  "2025-01,T3,2025-01-10\n2025-02,T2,2025-02-10\n2025-02,T3,2025-02-10\n"
		  "2025-03,T3,2025-03-10\n2025-05,T1,2025-03-10\n", 7);
	CHECK_INT(last_paid_wrong(), 0);
	CHECK_INT(fixture_count("SELECT month FROM dues_last WHERE member_id = 1") > 0, 1);
	CHECK_INT(dues_month("2025-04", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	/* T1 paid January and (ahead) May: behind February and March */
	CHECK_STR(l[0].no, "T1");
	CHECK_INT(l[0].months_behind, 2);
	CHECK_STR(l[1].no, "T2");
	CHECK_INT(l[1].months_behind, 1);
	CHECK_STR(l[2].no, "T3");
	CHECK_INT(l[2].months_behind, 0);
	dues_lines_free(&l);
	CHECK_INT(dues_month("2025-06", &l, &n, &e), ERR_OK);
	CHECK_INT(l[0].months_behind, 0);   /* May paid: behind nothing before June */
	CHECK_INT(l[1].months_behind, 3);
	dues_lines_free(&l);
	/* cancelling the latest month, then the only one: dues_last follows */
	CHECK_INT(dues_cancel("2025-05", t1, "2025-06-01", &e), ERR_OK);
	CHECK_INT(last_paid_wrong(), 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues_last WHERE member_id = 1 "
				"AND month = '2025-01'"), 1);
	CHECK_INT(dues_cancel("2025-01", t1, "2025-06-01", &e), ERR_OK);
	CHECK_INT(last_paid_wrong(), 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues_last WHERE member_id = 1"), 0);
	/* and a row moved by hand to another month */
	CHECK_INT(db_exec(&e, "UPDATE dues SET month = '2024-12' WHERE month = '2025-03'", NULL),
		  ERR_OK);
	CHECK_INT(last_paid_wrong(), 0);
	fixture_close();
}

/* A payment cancelled after saving comes back from its export: paid in its day's entry
 * with the others, then cancelled on its day — the same entries — and paid again when
 * it was. */
static void test_cancelled(void)
{
	struct err e = { 0 };
	int rows = 0;
	fixture_open("dues-cancelled");
	FIXTURE_MEMBER("T1", "张三", .wage_base = 456780);
	FIXTURE_MEMBER("T2", "李四", .wage_base = 500000);
	const char *csv = "month,member_no,amount,paid_on,cancelled_on,batch\n"
			  "2025-03,T1,22.80,2025-03-10,2025-03-11,\n"
			  "2025-03,T1,22.80,2025-03-20,,\n"
			  "2025-03,T2,25.00,2025-03-10,,\n"
			  "2025-04,T2,25.00,2025-04-10,2025-04-12,\n";
	import_ok(csv, 4);
	db_stmt *st = db_prepare(NULL, "SELECT date, debit, credit, amount, description "
				       "FROM ledger_entry ORDER BY date, id");
	static const struct {
		const char *date, *debit, *credit;
		int64_t amount;
		const char *desc;
	} want[] = {
		{ "2025-03-10", "101", "401", 2280 + 2500, "Dues for 2025-03 (2 members)" },
		{ "2025-03-11", "401", "101", 2280, "Dues for 2025-03 cancelled: 张三 (T1)" },
		{ "2025-03-20", "101", "401", 2280, "Dues for 2025-03: 张三 (T1)" },
		{ "2025-04-10", "101", "401", 2500, "Dues for 2025-04: 李四 (T2)" },
		{ "2025-04-12", "401", "101", 2500, "Dues for 2025-04 cancelled: 李四 (T2)" },
	};
	for (int i = 0; i < 5; i++) {
		CHECK_INT(db_step(st, NULL), DB_ROW);
		CHECK_STR(db_col_text(st, 0), want[i].date);
		CHECK_STR(db_col_text(st, 1), want[i].debit);
		CHECK_STR(db_col_text(st, 2), want[i].credit);
		CHECK_INT(db_col_int(st, 3), want[i].amount);
		CHECK_STR(db_col_text(st, 4), want[i].desc);
	}
	CHECK_INT(db_step(st, NULL), DB_DONE);
	db_finalize(&st);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues_cancelled"), 2);
	CHECK_INT(fixture_balance("101"), 2280 + 2500);
	char *buf = NULL;
	CHECK_INT(fixture_export("dues", &buf, &e), ERR_OK);
	CHECK_STR(buf, csv);
	free(buf);

	/* a cancellation before the payment, or a member paying twice in one day's save */
	fixture_write(path, "month,member_no,amount,paid_on,cancelled_on\n"
			    "2025-05,T1,,2025-05-10,2025-05-09\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_INPUT);
	CHECK(strstr(e.msg, ":2: cancelled_on: the payment cannot be cancelled (2025-05-09) "
			    "before it was paid (2025-05-10).") != NULL);
	fixture_write(path, "month,member_no,amount,paid_on,cancelled_on\n"
			    "2025-05,T1,,2025-05-10,2025-05-10\n"
			    "2025-05,T1,,2025-05-10,\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_INPUT);
	CHECK(strstr(e.msg, ":3: 张三 (T1) pays 2025-05 twice on 2025-05-10, one of the "
			    "payments cancelled; give the payment that stands another day.") != NULL);
	/* a month paid again while the payment before it still stood */
	fixture_write(path, "month,member_no,amount,paid_on,cancelled_on\n"
			    "2025-05,T1,,2025-05-10,2025-05-20\n"
			    "2025-05,T1,,2025-05-15,\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_INPUT);
	CHECK(strstr(e.msg, ":3: 张三 (T1) pays 2025-05 on 2025-05-15, while a payment of it "
			    "cancelled on 2025-05-20 still stood; a month is paid again only "
			    "after the cancellation.") != NULL);
	fixture_write(path, "month,member_no,amount,paid_on,cancelled_on\n"
			    "2025-05,T1,,2025-05-12,\n"
			    "2025-05,T1,,2025-05-10,2025-05-20\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_INPUT);
	CHECK(strstr(e.msg, ":3: 张三 (T1) pays 2025-05 on 2025-05-12, while a payment of it "
			    "cancelled on 2025-05-20 still stood;") != NULL);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE month = '2025-05'"), 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 5);
	/* two payments cancelled one after the other, then one that stands: fine */
	import_ok("month,member_no,amount,paid_on,cancelled_on\n"
		  "2025-05,T1,,2025-05-10,2025-05-11\n"
		  "2025-05,T1,,2025-05-12,2025-05-13\n"
		  "2025-05,T1,,2025-05-14,\n", 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues_cancelled WHERE month = '2025-05'"), 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE month = '2025-05'"), 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 10);
	fixture_close();
}

/* A month saved twice on one day (two entries, as two saves on the Dues screen make):
 * exported with the batch of each save, imported as the same two entries. */
static void test_two_saves_one_day(void)
{
	struct err e = { 0 };
	fixture_open("dues-batch");
	FIXTURE_MEMBER("T1", "张三", .wage_base = 456780);
	FIXTURE_MEMBER("T2", "李四", .wage_base = 500000);
	FIXTURE_MEMBER("T3", "王芳", .wage_base = 321000);
	import_ok("month,member_no,paid_on\n2025-06,T1,2025-06-10\n2025-06,T3,2025-06-10\n", 2);
	import_ok("month,member_no,paid_on\n2025-06,T2,2025-06-10\n", 1);
	import_ok("month,member_no,paid_on\n2025-05,T1,2025-05-31\n", 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 3);
	char *buf = NULL;
	CHECK_INT(fixture_export("dues", &buf, &e), ERR_OK);
	const char *want = "month,member_no,amount,paid_on,cancelled_on,batch\n"
			   "2025-05,T1,22.80,2025-05-31,,\n"
			   "2025-06,T1,22.80,2025-06-10,,1\n"
			   "2025-06,T2,25.00,2025-06-10,,2\n"
			   "2025-06,T3,16.05,2025-06-10,,1\n";
	CHECK_STR(buf, want);
	free(buf);
	fixture_close();

	fixture_open("dues-batch-b");
	FIXTURE_MEMBER("T1", "张三", .wage_base = 456780);
	FIXTURE_MEMBER("T2", "李四", .wage_base = 500000);
	FIXTURE_MEMBER("T3", "王芳", .wage_base = 321000);
	import_ok(want, 4);
	db_stmt *st = db_prepare(NULL, "SELECT date, amount, description FROM ledger_entry "
				       "ORDER BY id");
	static const struct { const char *date; int64_t amount; const char *desc; } w[] = {
		{ "2025-05-31", 2280, "Dues for 2025-05: 张三 (T1)" },
		{ "2025-06-10", 2280 + 1605, "Dues for 2025-06 (2 members)" },
		{ "2025-06-10", 2500, "Dues for 2025-06: 李四 (T2)" },
	};
	for (int i = 0; i < 3; i++) {
		CHECK_INT(db_step(st, NULL), DB_ROW);
		CHECK_STR(db_col_text(st, 0), w[i].date);
		CHECK_INT(db_col_int(st, 1), w[i].amount);
		CHECK_STR(db_col_text(st, 2), w[i].desc);
	}
	CHECK_INT(db_step(st, NULL), DB_DONE);
	db_finalize(&st);
	CHECK_INT(fixture_export("dues", &buf, &e), ERR_OK);
	CHECK_STR(buf, want);
	free(buf);
	fixture_close();
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	snprintf(path, sizeof path, "/tmp/gh-test-dues-import-%d.csv", (int)getpid());
	RUN(test_one_entry_per_month_and_day);
	RUN(test_refusals_write_nothing);
	RUN(test_last_paid);
	RUN(test_cancelled);
	RUN(test_two_saves_one_day);
	unlink(path);
	return check_done();
}

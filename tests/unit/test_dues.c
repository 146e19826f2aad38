/* test_dues.c — dues: the amount due (percent and fixed), who is on a month's list,
 * recording payments with their one ledger entry, the refusals, cancelling a payment with
 * a correcting entry, months behind and the 6-month flag, and the dues CSV kind.
 * Today is fixed at 2025-06-15. */
#include "core/dues.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/setting.h"
#include "db/db.h"
#include "check.h"
#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int64_t add(const char *no, const char *name, const char *join, const char *status,
		   const char *status_date, int64_t wage)
{
	return FIXTURE_MEMBER(no, name, .join_date = join, .status = status,
			      .status_date = status_date, .wage_base = wage);
}

/* Pay one member's dues for month on the month's 10th. */
static err_code pay(int64_t id, const char *month, int64_t amount)
{
	char day[DATE_LEN];
	snprintf(day, sizeof day, "%s-10", month);
	struct dues_pay p = { id, amount };
	return dues_record(month, day, &p, 1, NULL);
}

static void test_due(void)
{
	fixture_open("dues");
	struct member m;
	member_init(&m);
	static const struct { int64_t base, due; } pct[] = {
		{ 456780, 2280 },   /* 4567.80 → 4560 → 22.80 */
		{ 100000, 500 },    /* 1000.00 → 5.00 */
		{ 999, 0 },         /* 9.99 → 0 */
		{ 1009, 5 },        /* 10.09 → 10 → 0.05 */
		{ 1999, 5 },        /* 19.99 → 10 → 0.05 */
		{ 653219, 3265 },   /* 6532.19 → 6530 → 32.65 */
		{ 0, 0 },
	};
	for (size_t i = 0; i < sizeof pct / sizeof pct[0]; i++) {
		m.wage_base = pct[i].base;
		CHECK_INT(dues_due(&m), pct[i].due);
	}
	struct err e = { 0 };
	/* other rates: 1% of 4560 = 45.60; 0.3% of 6530 = 19.59 */
	CHECK_INT(setting_set("dues_rate", "1", &e), ERR_OK);
	m.wage_base = 456780;
	CHECK_INT(dues_due(&m), 4560);
	CHECK_INT(setting_set("dues_rate", "0.3", &e), ERR_OK);
	m.wage_base = 653219;
	CHECK_INT(dues_due(&m), 1959);
	CHECK_INT(setting_set("dues_rate", "０．７%", &e), ERR_OK);
	m.wage_base = 123456;   /* 1234.56 → 1230 → 8.61 */
	CHECK_INT(dues_due(&m), 861);
	m.wage_base = 123999;   /* 1239.99 → 1230 → 8.61 */
	CHECK_INT(dues_due(&m), 861);
	m.wage_base = 100001;   /* 1000.01 → 1000 → 7.00 */
	CHECK_INT(dues_due(&m), 700);
	CHECK_INT(setting_set("dues_rate", "0.5", &e), ERR_OK);

	/* a fixed amount needs the amount: refused alone, all or none with it */
	CHECK_INT(setting_set("dues_mode", "fixed", &e), ERR_INPUT);
	CHECK_STR(e.msg, "Dues are a fixed amount a month, so the amount a month (dues_fixed) "
		  "must be more than 0.");
	CHECK_INT(setting_int("dues_fixed"), 0);
	struct dues_rule rule;
	dues_rule_get(&rule);
	CHECK_INT(rule.fixed, 0);
	rule.fixed = 1;
	rule.fixed_fen = 1000;
	CHECK_INT(dues_rule_set(&rule, &e), ERR_OK);
	dues_rule_get(&rule);
	CHECK_INT(rule.fixed, 1);
	CHECK_INT(rule.rate_permille, 5);
	CHECK_INT(rule.fixed_fen, 1000);
	m.wage_base = 456780;
	CHECK_INT(dues_due(&m), 1000);
	m.wage_base = 0;
	CHECK_INT(dues_due(&m), 1000);
	CHECK_INT(setting_set("dues_mode", "percent", &e), ERR_OK);
	m.wage_base = 456780;
	CHECK_INT(dues_due(&m), 2280);
}

static void test_paid_on(void)
{
	char d[DATE_LEN];
	dues_default_paid_on("2025-05", d);
	CHECK_STR(d, "2025-05-31");
	dues_default_paid_on("2025-02", d);
	CHECK_STR(d, "2025-02-28");
	dues_default_paid_on("2024-02", d);
	CHECK_STR(d, "2024-02-29");
	dues_default_paid_on("2025-06", d);   /* today is earlier than 06-30 */
	CHECK_STR(d, "2025-06-15");
	dues_default_paid_on("2025-09", d);   /* paid ahead */
	CHECK_STR(d, "2025-06-15");
}

static void test_list(void)
{
	fixture_open("dues");
	struct err e = { 0 };
	add("T10", "新来的", "2025-05-01", "active", "", 300000);
	add("T1", "张三", "2024-01-01", "active", "", 456780);
	add("T2", "李四", "2010-09-01", "retired", "2025-02-10", 500000);
	add("T3", "王五", "", "left", "", 400000);
	add("T4", "赵六", "", "active", "", 0);
	add("T5", "钱七", "2024-01-01", "left", "2025-03-01", 200000);

	struct dues_line *l = NULL;
	int n = -1;
	CHECK_INT(dues_month("2025-3", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	CHECK_STR(l[0].no, "T1");
	CHECK_STR(l[0].name, "张三");
	CHECK_INT(l[0].due, 2280);
	CHECK_INT(l[0].paid, 0);
	CHECK_STR(l[0].paid_on, "");
	CHECK_INT(l[0].months_behind, 0);   /* no dues in the database at all yet */
	CHECK_STR(l[1].no, "T4");
	CHECK_INT(l[1].due, 0);
	dues_lines_free(&l);
	CHECK(l == NULL);

	/* January: the retired T2 (since February) and T5 (left in March) were active */
	CHECK_INT(dues_month("2025-01", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 4);
	CHECK_STR(l[0].no, "T1");
	CHECK_STR(l[1].no, "T2");
	CHECK_STR(l[2].no, "T4");
	CHECK_STR(l[3].no, "T5");
	dues_lines_free(&l);
	/* February: T5 still (left in March) */
	CHECK_INT(dues_month("2025-02", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_STR(l[2].no, "T5");
	dues_lines_free(&l);
	/* May: T10 joined; T2 < T10 ordering by length then text */
	CHECK_INT(dues_month("2025-05", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_STR(l[0].no, "T1");
	CHECK_STR(l[1].no, "T4");
	CHECK_STR(l[2].no, "T10");
	CHECK_INT(l[2].due, 1500);
	dues_lines_free(&l);

	CHECK_INT(dues_month("2025-13", &l, &n, &e), ERR_INPUT);
	CHECK(l == NULL);
	CHECK_INT(n, 0);
}

static void test_record(void)
{
	fixture_open("dues");
	struct err e = { 0 };
	int64_t a = add("T1", "张三", "2024-01-01", "active", "", 456780);
	int64_t b = add("T2", "李四", "2024-01-01", "active", "", 500000);
	int64_t c = add("T3", "王芳", "2024-01-01", "active", "", 300000);

	struct dues_pay p[3] = { { a, 2280 }, { b, 2500 }, { c, 0 } };
	CHECK_INT(dues_record("2025-03", "2025-03-20", p, 3, &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);
	struct ledger_entry le;
	CHECK_INT(ledger_get(1, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-03-20");
	CHECK_STR(le.debit, "101");
	CHECK_STR(le.credit, "401");
	CHECK_INT(le.amount, 4780);
	CHECK_STR(le.source, "dues");
	CHECK_STR(le.description, "Dues for 2025-03 (3 members)");
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE entry_id = 1 "
				"AND month = '2025-03' AND paid_on = '2025-03-20'"), 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log WHERE tbl = 'dues'"), 3);

	struct dues_line *l = NULL;
	int n = 0;
	CHECK_INT(dues_month("2025-03", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_INT(l[0].paid, 1);
	CHECK_INT(l[0].paid_amount, 2280);
	CHECK_STR(l[0].paid_on, "2025-03-20");
	CHECK_INT(l[2].paid, 1);
	CHECK_INT(l[2].paid_amount, 0);
	dues_lines_free(&l);

	/* refusals: nothing is written */
	struct dues_pay again[2] = { { c, 1500 }, { a, 2280 } };
	CHECK_INT(dues_record("2025-03", "2025-04-01", again, 2, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "王芳 (T3) has already paid the dues for 2025-03.");
	struct dues_pay twice[2] = { { a, 2280 }, { a, 2280 } };
	CHECK_INT(dues_record("2025-04", "2025-04-01", twice, 2, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "张三 (T1) has already paid the dues for 2025-04.");
	struct dues_pay ghost[2] = { { a, 2280 }, { 999, 100 } };
	CHECK_INT(dues_record("2025-04", "2025-04-01", ghost, 2, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");
	struct dues_pay neg[1] = { { a, -100 } };
	CHECK_INT(dues_record("2025-04", "2025-04-01", neg, 1, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The dues amount -1.00 is not allowed: it must be zero or more.");
	CHECK_INT(dues_record("2025-4", "2025-04-31", p, 1, &e), ERR_INPUT);
	CHECK_STR(e.msg, "\"2025-04-31\" is not a day of the calendar.");
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);

	/* one member: the description names them; no paid_on = end of month */
	struct dues_pay one = { a, 2280 };
	CHECK_INT(dues_record("2025-04", NULL, &one, 1, &e), ERR_OK);
	CHECK_INT(ledger_get(2, &le, &e), ERR_OK);
	CHECK_STR(le.description, "Dues for 2025-04: 张三 (T1)");
	CHECK_STR(le.date, "2025-04-30");
	/* all zero: no ledger entry, rows without one */
	struct dues_pay zero = { b, 0 };
	CHECK_INT(dues_record("2025-04", "2025-04-30", &zero, 1, &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE entry_id IS NULL"), 1);

	/* the cash_account setting */
	CHECK_INT(setting_set("cash_account", "银行存款", &e), ERR_OK);
	struct dues_pay bank = { c, 1500 };
	CHECK_INT(dues_record("2025-04", "2025-04-30", &bank, 1, &e), ERR_OK);
	CHECK_INT(ledger_get(3, &le, &e), ERR_OK);
	CHECK_STR(le.debit, "102");
	CHECK_INT(setting_set("cash_account", "101", &e), ERR_OK);

	/* a closed month: refused by paid_on's month; May's dues paid in June are a late
	 * payment: the row says May, the entry is dated in June (today when not given) */
	CHECK_INT(ledger_close_month("2025-05", &e), ERR_OK);
	struct dues_pay late = { a, 2280 };
	CHECK_INT(dues_record("2025-05", "2025-05-31", &late, 1, &e), ERR_CLOSED);
	CHECK_STR(e.msg, "The day paid, 2025-05-31, lies in a month that is closed; a late "
		  "payment of the dues for 2025-05 is dated in an open month, such as today "
		  "(2025-06-15).");
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE month = '2025-05'"), 0);
	char day[DATE_LEN];
	dues_default_paid_on("2025-05", day);
	CHECK_STR(day, "2025-06-15");
	CHECK_INT(dues_record("2025-05", NULL, &late, 1, &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE month = '2025-05' AND "
				"paid_on = '2025-06-15'"), 1);
	int64_t late_entry = fixture_count("SELECT entry_id FROM dues WHERE month = '2025-05'");
	CHECK_INT(ledger_get(late_entry, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-06-15");
	CHECK_INT(le.amount, 2280);
	char month[MONTH_LEN] = "";
	int members = 0;
	CHECK_INT(dues_of_entry(late_entry, month, &members, &e), ERR_OK);
	CHECK_STR(month, "2025-05");
	CHECK_INT(members, 1);
	CHECK_INT(dues_of_entry(9999, month, &members, &e), ERR_NOTFOUND);

	/* an outer transaction rolled back takes the dues and their entry away */
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(db_begin(&e), ERR_OK);
	struct dues_pay june = { a, 2280 };
	CHECK_INT(dues_record("2025-06", NULL, &june, 1, &e), ERR_OK);
	db_rollback();
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE month = '2025-06'"), 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);

	/* unpaid: T2 and T3 have no row for June... and nobody for July */
	CHECK_INT(dues_record("2025-06", NULL, &june, 1, &e), ERR_OK);
	CHECK_INT(dues_unpaid("2025-06", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	CHECK_STR(l[0].no, "T2");
	CHECK_STR(l[1].no, "T3");
	dues_lines_free(&l);
}

/* The balance of an account over June 2025. */
static int64_t june(const char *account)
{
	int64_t b = -1;
	struct err e = { 0 };
	if (ledger_balance(account, "2025-06-01", "2025-06-30", &b, &e) != ERR_OK)
		printf("FAIL balance %s: %s\n", account, e.msg);
	return b;
}

static void test_cancel(void)
{
	fixture_open("dues");
	struct err e = { 0 };
	int64_t a = add("T001", "张三", "2024-01-01", "active", "", 456780);
	int64_t b = add("T002", "欧阳娜娜", "2024-01-01", "active", "", 300000);
	int64_t c = add("T003", "Smith", "2024-01-01", "active", "", 500000);

	/* three members in one save: one entry of 62.80, debit 101, credit 401 */
	struct dues_pay p[3] = { { a, 2280 }, { b, 1500 }, { c, 2500 } };
	CHECK_INT(dues_record("2025-06", "2025-06-10", p, 3, &e), ERR_OK);
	CHECK_INT(june("401"), -6280);   /* ledger_balance: debits minus credits */
	CHECK_INT(june("101"), 6280);
	int64_t row = fixture_count("SELECT id FROM dues WHERE member_id = 2");
	CHECK_INT(row, 2);

	/* the account of the payment's entry is credited, whatever the setting says now */
	CHECK_INT(setting_set("cash_account", "102", &e), ERR_OK);
	CHECK_INT(dues_cancel("2025-06", b, "2025-06-15", &e), ERR_OK);
	CHECK_INT(june("401"), -4780);   /* 22.80 + 25.00 left as income */
	CHECK_INT(june("101"), 4780);
	CHECK_INT(june("102"), 0);
	struct ledger_entry le;
	CHECK_INT(ledger_get(2, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-06-15");
	CHECK_STR(le.debit, "401");
	CHECK_STR(le.credit, "101");
	CHECK_INT(le.amount, 1500);
	CHECK_STR(le.source, "dues");
	CHECK_STR(le.description, "Dues for 2025-06 cancelled: 欧阳娜娜 (T002)");
	CHECK_INT(le.reverses, 0);
	CHECK_INT(ledger_get(1, &le, &e), ERR_OK);   /* the payment's entry stands */
	CHECK_INT(le.amount, 6280);
	CHECK_STR(le.description, "Dues for 2025-06 (3 members)");
	CHECK_INT(setting_set("cash_account", "101", &e), ERR_OK);

	/* the payment is remembered as cancelled, with both its entries */
	CHECK_INT(fixture_count("SELECT count(*) FROM dues_cancelled WHERE member_id = 2 AND "
				"month = '2025-06' AND amount = 1500 AND paid_on = '2025-06-10' "
				"AND entry_id = 1 AND cancelled_on = '2025-06-15' AND "
				"cancel_entry_id = 2"), 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log WHERE tbl = 'dues_cancelled' "
				"AND action = 'insert'"), 1);
	/* the row is gone, the audit_log keeps it, the others are untouched */
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE member_id = 2"), 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE month = '2025-06'"), 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log WHERE tbl = 'dues' AND "
				"row_id = 2 AND action = 'delete' AND "
				"json_extract(old, '$.member_id') = 2 AND "
				"json_extract(old, '$.month') = '2025-06' AND "
				"json_extract(old, '$.amount') = 1500 AND "
				"json_extract(old, '$.paid_on') = '2025-06-10'"), 1);
	struct dues_line *l = NULL;
	int n = 0;
	CHECK_INT(dues_month("2025-06", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_STR(l[1].no, "T002");
	CHECK_INT(l[1].paid, 0);
	CHECK_INT(l[1].paid_amount, 0);
	CHECK_STR(l[1].paid_on, "");
	CHECK_INT(l[1].due, 1500);
	CHECK_INT(l[0].paid, 1);
	CHECK_INT(l[2].paid, 1);
	dues_lines_free(&l);

	/* refusals leave everything as it was */
	int64_t dues = fixture_count("SELECT count(*) FROM dues");
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int64_t audit = fixture_count("SELECT count(*) FROM audit_log");
	CHECK_INT(dues_cancel("2025-06", b, "2025-06-15", &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "欧阳娜娜 (T002) has no payment of dues for 2025-06 to cancel.");
	CHECK_INT(dues_cancel("2025-06", a, "2025-06-09", &e), ERR_INPUT);
	CHECK_STR(e.msg, "The correction (2025-06-09) cannot be dated before the payment "
		  "(2025-06-10).");
	CHECK_INT(dues_cancel("2025-06", 999, NULL, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");
	CHECK_INT(dues_cancel("2025-13", a, NULL, &e), ERR_INPUT);
	CHECK_INT(dues_cancel("2025-06", a, "2025-06-31", &e), ERR_INPUT);
	CHECK_STR(e.msg, "\"2025-06-31\" is not a day of the calendar.");
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), dues);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log"), audit);

	/* a closed month: neither the payment nor a correction dated in it can be touched */
	struct dues_pay apr = { a, 2280 }, may = { c, 2500 };
	CHECK_INT(dues_record("2025-04", "2025-04-20", &apr, 1, &e), ERR_OK);
	CHECK_INT(dues_record("2025-05", "2025-05-20", &may, 1, &e), ERR_OK);
	CHECK_INT(ledger_close_month("2025-05", &e), ERR_OK);
	dues = fixture_count("SELECT count(*) FROM dues");
	entries = fixture_count("SELECT count(*) FROM ledger_entry");
	audit = fixture_count("SELECT count(*) FROM audit_log");
	CHECK_INT(dues_cancel("2025-05", c, NULL, &e), ERR_CLOSED);
	CHECK_STR(e.msg, "Smith (T003) paid the dues for 2025-05 on 2025-05-20, in a month that "
		  "is closed; enter the correction as a ledger entry instead.");
	CHECK_INT(dues_cancel("2025-04", a, "2025-05-31", &e), ERR_CLOSED);
	CHECK_STR(e.msg, "May 2025 (2025-05) is closed; enter a reversing entry in an open month "
		  "instead.");
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), dues);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log"), audit);
	CHECK_INT(fixture_balance("401"), -4780 - 2280 - 2500);

	/* April's payment (April is open), corrected today (NULL: 2025-06-15) */
	CHECK_INT(dues_cancel("2025/4", a, NULL, &e), ERR_OK);
	CHECK_INT(ledger_get(entries + 1, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-06-15");
	CHECK_INT(le.amount, 2280);
	CHECK_STR(le.description, "Dues for 2025-04 cancelled: 张三 (T001)");
	CHECK_INT(fixture_balance("401"), -4780 - 2500);
	CHECK_INT(june("401"), -4780 + 2280);

	/* a payment of zero has no entry: cancelling it posts none */
	struct dues_pay zero = { b, 0 };
	CHECK_INT(dues_record("2025-07", "2025-06-15", &zero, 1, &e), ERR_OK);
	entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(dues_cancel("2025-07", b, NULL, &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE month = '2025-07'"), 0);

	/* inside an outer transaction rolled back: the row and the entry come back */
	entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(db_begin(&e), ERR_OK);
	CHECK_INT(dues_cancel("2025-06", c, NULL, &e), ERR_OK);
	db_rollback();
	CHECK_INT(fixture_count("SELECT count(*) FROM dues WHERE member_id = 3 AND "
				"month = '2025-06'"), 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
}

static void test_behind(void)
{
	fixture_open("dues");
	struct err e = { 0 };
	int64_t a = add("A1", "甲", "2024-01-01", "active", "", 300000);
	int64_t b = add("A2", "乙", "2024-12-15", "active", "", 300000);
	int64_t c = add("A3", "丙", "", "active", "", 300000);
	/* the database's dues start in 2024-06; A1 paid June to August 2024 only */
	CHECK_INT(pay(a, "2024-06", 1500), ERR_OK);
	CHECK_INT(pay(a, "2024-07", 1500), ERR_OK);
	CHECK_INT(pay(a, "2024-08", 1500), ERR_OK);

	/* A1: unpaid 2024-09 … 2025-02 = 6 months before March */
	CHECK_INT(dues_months_behind(a, "2025-02"), 6);
	CHECK_INT(dues_months_behind(a, "2025-01"), 5);
	CHECK_INT(dues_months_behind(a, "2024-08"), 0);
	CHECK_INT(dues_months_behind(a, "2024-09"), 1);
	/* A2 joined 2024-12: Dec … May = 6 */
	CHECK_INT(dues_months_behind(b, "2025-05"), 6);
	CHECK_INT(dues_months_behind(b, "2025-04"), 5);
	CHECK_INT(dues_months_behind(b, "2024-11"), 0);
	/* A3, join unknown: counted from the first dues month, 2024-06 */
	CHECK_INT(dues_months_behind(c, "2025-05"), 12);
	CHECK_INT(dues_months_behind(c, "2024-05"), 0);
	/* at most 24 months back */
	CHECK_INT(dues_months_behind(c, "2027-01"), 24);
	CHECK_INT(dues_months_behind(a, "2027-01"), 24);

	struct dues_line *l = NULL;
	int n = 0;
	CHECK_INT(dues_month("2025-03", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_STR(l[0].no, "A1");
	CHECK_INT(l[0].months_behind, 6);   /* Sep … Feb, ending the month before */
	CHECK_STR(l[1].no, "A2");
	CHECK_INT(l[1].months_behind, 3);   /* Dec … Feb */
	CHECK_STR(l[2].no, "A3");
	CHECK_INT(l[2].months_behind, 9);   /* Jun … Feb */
	dues_lines_free(&l);

	CHECK_INT(dues_behind("2025-01", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 1);                    /* A1 5, A2 2, A3 8 */
	CHECK_STR(l[0].no, "A3");
	CHECK_INT(l[0].months_behind, 8);
	dues_lines_free(&l);
	CHECK_INT(dues_behind("2025-02", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	CHECK_STR(l[0].no, "A1");
	CHECK_INT(l[0].months_behind, 6);
	CHECK_STR(l[1].no, "A3");
	CHECK_INT(l[1].months_behind, 9);
	dues_lines_free(&l);
	CHECK_INT(dues_behind("2025-05", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_STR(l[1].no, "A2");
	CHECK_INT(l[1].months_behind, 6);
	dues_lines_free(&l);

	/* paying the latest month clears the run, even with older gaps */
	CHECK_INT(pay(a, "2025-02", 1500), ERR_OK);
	CHECK_INT(dues_months_behind(a, "2025-02"), 0);
	CHECK_INT(dues_months_behind(a, "2025-03"), 1);
	CHECK_INT(dues_behind("2025-02", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 1);
	CHECK_STR(l[0].no, "A3");
	dues_lines_free(&l);
}

static void test_csv(void)
{
	fixture_open("dues");
	struct err e = { 0 };
	add("T1", "张三", "2024-01-01", "active", "", 456780);
	add("T2", "李四", "2024-01-01", "active", "", 500000);
	char path[64];
	snprintf(path, sizeof path, "/tmp/gh-test-dues-%d.csv", (int)getpid());
	fixture_write(path, "member_no,month,amount,paid_on\n"
			    "T2,2025-03,,2025-03-05\n"
			    "T1,2025/3,20.00,\n"
			    "T1,2025-06,,\n");
	int rows = 0;
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_OK);
	CHECK_INT(rows, 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry WHERE source = 'dues'"), 3);
	char *buf = NULL;
	CHECK_INT(fixture_export("dues", &buf, &e), ERR_OK);
	CHECK_STR(buf, "month,member_no,amount,paid_on,cancelled_on,batch\n"
		  "2025-03,T1,20.00,2025-03-31,,\n"
		  "2025-03,T2,25.00,2025-03-05,,\n"
		  "2025-06,T1,22.80,2025-06-15,,\n");
	free(buf);

	static const struct { const char *row, *msg; } bad[] = {
		{ "T9,2025-04,,", ":2: member_no: No member has the membership number \"T9\"." },
		{ ",2025-04,,", ":2: member_no: the membership number is empty." },
		{ "T1,,,", ":2: month: the month is empty." },
		{ "T1,2025-13,,", ":2: month: \"2025-13\" is not a month of the calendar." },
		{ "T1,2025-04,-3,", ":2: amount: \"-3\" is negative." },
		{ "T1,2025-04,12.3.4,", ":2: amount: \"12.3.4\" is not an amount of money." },
		{ "T1,2025-04,,2025-04-31", ":2: paid_on: \"2025-04-31\" is not a day of the "
		  "calendar." },
		{ "T1,2025-03,,", ":2: 张三 (T1) has already paid the dues for 2025-03." },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		FILE *f = fopen(path, "w");
		fprintf(f, "member_no,month,amount,paid_on\n%s\n", bad[i].row);
		fclose(f);
		char want[512];
		snprintf(want, sizeof want, "%s%s", path, bad[i].msg);
		CHECK(io_import("dues", path, &rows, &e) != ERR_OK);
		CHECK_STR(e.msg, want);
	}
	/* the same member and month twice in one file */
	fixture_write(path, "member_no,month\nT2,2025-04\nT2,2025-04\n");
	CHECK_INT(io_import("dues", path, &rows, &e), ERR_DUPLICATE);
	char want[256];
	snprintf(want, sizeof want, "%s:3: 李四 (T2) has already paid the dues for 2025-04.", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 3);
	unlink(path);
}

/* Core's verdict on a month's dues typed for a member (the Dues screen asks or refuses
 * by it; dues_record refuses what it refuses). */
static void test_verdict(void)
{
	struct err e = { 0 };
	CHECK_INT(dues_amount_verdict(2280, 2280, "张三", &e), DUES_AMOUNT_OK);
	CHECK_INT(dues_amount_verdict(22800, 2280, "张三", &e), DUES_AMOUNT_OK);   /* 10× */
	CHECK_INT(dues_amount_verdict(22801, 2280, "张三", &e), DUES_AMOUNT_ASK);
	CHECK_STR(e.msg, "228.01 is more than ten times the 22.80 张三 owes a month. Keep it?");
	CHECK_INT(dues_amount_verdict(0, 2280, "张三", &e), DUES_AMOUNT_OK);
	CHECK_INT(dues_amount_verdict(500, 0, "李四", &e), DUES_AMOUNT_ASK);
	CHECK_STR(e.msg, "李四 owes nothing a month, and 5.00 was typed. Keep it?");
	CHECK_INT(dues_amount_verdict(1000000, 2280, "张三", &e), DUES_AMOUNT_ASK);
	CHECK_INT(dues_amount_verdict(1000001, 2280, "张三", &e), DUES_AMOUNT_REFUSED);
	CHECK_STR(e.msg, "10,000.01 is more dues than any member pays in a month (at most "
		  "10,000.00); check the amount.");
	CHECK_INT(dues_amount_verdict(9999999999900, 2280, "张三", &e), DUES_AMOUNT_REFUSED);
	CHECK_STR(e.msg, "99,999,999,999.00 is more dues than any member pays in a month (at "
		  "most 10,000.00); check the amount.");
	CHECK_INT(dues_amount_verdict(-1, 2280, "张三", &e), DUES_AMOUNT_REFUSED);
	int64_t id = add("V1", "赵六", "2020-01-01", "active", NULL, 456000);
	int64_t rows = fixture_count("SELECT count(*) FROM dues");
	struct dues_pay p = { id, 9999999999900 };
	CHECK_INT(dues_record("2025-06", "2025-06-10", &p, 1, &e), ERR_INPUT);
	CHECK_STR(e.msg, "99,999,999,999.00 is more dues than any member pays in a month (at "
		  "most 10,000.00); check the amount.");
	CHECK_INT(fixture_count("SELECT count(*) FROM dues"), rows);
}

/* Behind means owing money; a month's list shows everyone who paid in it. */
static void test_behind_owing(void)
{
	fixture_open("dues-owing");
	struct err e = { 0 };
	int64_t zhang = add("W1", "张三", "2020-01-01", "active", NULL, 456000);
	int64_t nowage = add("W2", "李四", "2020-01-01", "active", NULL, 0);
	int64_t old = add("W3", "王芳", "2020-01-01", "active", NULL, 300000);
	CHECK_INT(pay(zhang, "2025-01", 2280), ERR_OK);    /* the books begin in January */
	CHECK_INT(pay(old, "2025-05", 1500), ERR_OK);
	/* 王芳 retires after paying for May */
	CHECK_INT(member_set_status(old, "retired", "2025-05-20", &e), ERR_OK);
	struct dues_line *l = NULL;
	int n = 0;
	CHECK_INT(dues_month("2025-05", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	if (n == 3) {
		CHECK_STR(l[1].name, "李四");
		CHECK_INT(l[1].due, 0);
		CHECK_INT(l[1].months_behind, 0);       /* nothing due: not behind */
		CHECK_INT(l[0].months_behind, 3);       /* 张三: February to April */
		CHECK_STR(l[2].name, "王芳");            /* retired, but paid for May: listed */
		CHECK_INT(l[2].paid, 1);
		CHECK_INT(l[2].paid_amount, 1500);
	}
	dues_lines_free(&l);
	CHECK_INT(dues_months_behind(nowage, "2025-12"), 0);
	CHECK_INT(dues_months_behind(zhang, "2025-12"), 11);
	/* June: 王芳 retired and did not pay, so she is not on it */
	CHECK_INT(dues_month("2025-06", &l, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	dues_lines_free(&l);
	int listed = 0, paid = 0, owing = 0;
	int64_t collected = 0;
	CHECK_INT(dues_month_tally("2025-05", &listed, &paid, &owing, &collected, &e), ERR_OK);
	CHECK_INT(listed, 3);
	CHECK_INT(paid, 1);
	CHECK_INT(owing, 1);            /* 张三; 李四 owes nothing */
	CHECK_INT(collected, 1500);
	/* and the payment can be undone */
	CHECK_INT(dues_cancel("2025-05", old, "2025-06-15", &e), ERR_OK);
}

/* The first screen's "not yet" is the Dues screen's owing: on the month's list, not
 * paid, and something due. One with nothing due (no wage base, or one under 10 yuan,
 * under the rate) is not waited for; under a fixed amount everyone owes it. */
static void test_tally_owing(void)
{
	fixture_open("dues-tally");
	struct err e = { 0 };
	int64_t paid_one = add("O1", "张三", "2010-09-01", "active", NULL, 400000);  /* 20.00 */
	add("O2", "李四", "2010-09-01", "active", NULL, 0);          /* nothing due */
	add("O3", "王五", "2010-09-01", "active", NULL, 999);        /* 9.99: nothing due */
	add("O4", "赵六", "2010-09-01", "active", NULL, 1000);       /* 10.00: 0.05 due */
	add("O5", "钱七", "2010-09-01", "active", NULL, 300000);     /* 15.00 due */
	int64_t excused = add("O6", "孙八", "2010-09-01", "active", NULL, 0);
	add("R1", "周九", "1980-09-01", "retired", "2020-07-01", 0); /* not on the list */
	add("J1", "吴十", "2025-07-01", "active", NULL, 500000);     /* joins in July */
	CHECK_INT(pay(paid_one, "2025-06", 2000), ERR_OK);
	CHECK_INT(pay(excused, "2025-06", 0), ERR_OK);

	int listed = -1, paid = -1, owing = -1;
	int64_t collected = -1;
	CHECK_INT(dues_month_tally("2025-06", &listed, &paid, &owing, &collected, &e), ERR_OK);
	CHECK_INT(listed, 6);
	CHECK_INT(paid, 2);
	CHECK_INT(owing, 2);            /* 赵六 and 钱七, not 李四 or 王五 */
	CHECK_INT(collected, 2000);

	/* the same as the Dues screen's lines: not paid and due more than 0 */
	struct dues_line *l = NULL;
	int n = 0, not_paid = 0, screen_owing = 0;
	CHECK_INT(dues_month("2025-06", &l, &n, &e), ERR_OK);
	for (int i = 0; i < n; i++) {
		not_paid += !l[i].paid;
		screen_owing += !l[i].paid && l[i].due > 0;
	}
	dues_lines_free(&l);
	CHECK_INT(n, 6);
	CHECK_INT(not_paid, 4);
	CHECK_INT(screen_owing, 2);

	/* the lowest rate, 0.1%: 10.00 still owes 0.01, 9.99 nothing */
	CHECK_INT(setting_set("dues_rate", "0.1", &e), ERR_OK);
	CHECK_INT(dues_month_tally("2025-06", &listed, &paid, &owing, &collected, &e), ERR_OK);
	CHECK_INT(owing, 2);
	/* a fixed 10.00 a month: everyone not paid owes it, wage base or not */
	struct dues_rule rule;
	dues_rule_get(&rule);
	rule.fixed = 1;
	rule.fixed_fen = 1000;
	CHECK_INT(dues_rule_set(&rule, &e), ERR_OK);
	CHECK_INT(dues_month_tally("2025-06", &listed, &paid, &owing, &collected, &e), ERR_OK);
	CHECK_INT(listed, 6);
	CHECK_INT(paid, 2);
	CHECK_INT(owing, 4);
	/* May, which nobody paid, under the rate again: the same six on the list; the three
	 * with nothing due (孙八 too) are not waited for */
	CHECK_INT(setting_set("dues_mode", "percent", &e), ERR_OK);
	CHECK_INT(dues_month_tally("2025-05", &listed, &paid, &owing, &collected, &e), ERR_OK);
	CHECK_INT(listed, 6);
	CHECK_INT(paid, 0);
	CHECK_INT(owing, 3);            /* 张三, 赵六, 钱七 */
	CHECK_INT(collected, 0);
}

int main(void)
{
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("dues");
	RUN(test_due);
	RUN(test_paid_on);
	RUN(test_list);
	RUN(test_record);
	RUN(test_cancel);
	RUN(test_behind);
	RUN(test_csv);
	RUN(test_verdict);
	RUN(test_behind_owing);
	RUN(test_tally_owing);
	fixture_close();
	return check_done();
}

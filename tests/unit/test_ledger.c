/* test_ledger.c — the books: account lookup, posting and its refusals, closed months,
 * reversals, balances, the 2% split, paging and the ledger CSV kind. Today is fixed at
 * 2025-06-15. */
#include "core/io.h"
#include "core/ledger.h"
#include "core/setting.h"
#include "db/db.h"
#include "check.h"
#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void test_account(void)
{
	struct err e = { 0 };
	char code[ACCOUNT_LEN];
	static const struct { const char *in, *code; } ok[] = {
		{ "101", "101" }, { " 401 ", "401" }, { "１０１", "101" },
		{ "库存现金", "101" }, { "庫存現金", "101" }, { "銀行存款", "102" },
		{ "送温暖费", "50205" }, { "送溫暖費", "50205" }, { "會費收入", "401" },
		{ "困難職工幫扶費", "50204" }, { "職工活動支出", "501" }, { "其他收入", "408" },
		{ "其他支出", "508" }, { "撥繳經費收入", "402" }, { "應付上級經費", "221" },
		{ "文體活動支出", "50102" }, { "結餘", "302" },
	};
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		code[0] = '\0';
		CHECK_INT(ledger_account(ok[i].in, code, &e), ERR_OK);
		CHECK_STR(code, ok[i].code);
	}
	CHECK_INT(ledger_account("999", code, &e), ERR_INPUT);
	CHECK_STR(e.msg, "There is no account \"999\" in the chart of accounts; give its code, "
		  "such as 101, or its name.");
	CHECK_INT(ledger_account("送暖费", code, &e), ERR_INPUT);
	CHECK_STR(e.msg, "There is no account \"送暖费\" in the chart of accounts; give its "
		  "code, such as 101, or its name.");
	CHECK_INT(ledger_account("", code, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The account is empty.");

	char name[96];
	CHECK_STR(ledger_account_name("50205", name, sizeof name), "送温暖费");
	CHECK_STR(ledger_account_name("77", name, sizeof name), "77");
	struct ledger_account_row rows[64];
	int got = 0;
	CHECK_INT(ledger_accounts(rows, 64, &got, &e), ERR_OK);
	CHECK_INT(got, 23);
	CHECK_STR(rows[0].code, "101");
	CHECK_STR(rows[13].code, "50101");
	CHECK_STR(rows[13].parent, "501");
	CHECK_STR(rows[13].type, "expense");
}

/* Every seeded account has its English msgid in ledger.c's chart, so the reader sees
 * the whole chart in their language (here, untranslated: English; zh_CN and zh_TW in
 * tests/cli/report_zh.sh); a renamed account is shown as the union named it. */
static void test_labels(void)
{
	fixture_open("ledger");
	struct ledger_account_row rows[64];
	int got = 0;
	struct err e = { 0 };
	CHECK_INT(ledger_accounts(rows, 64, &got, &e), ERR_OK);
	CHECK_INT(got, 23);
	for (int i = 0; i < got; i++) {
		const char *label = ledger_account_label(rows[i].code, rows[i].name);
		CHECK(label != rows[i].name);                 /* from the chart's msgid … */
		CHECK((unsigned char)label[0] < 0x80);        /* … in English */
	}
	CHECK_STR(ledger_account_label("401", "会费收入"), "Dues income");
	CHECK_STR(ledger_account_label("50205", "送温暖费"), "Sending warmth (condolences and gifts)");
	CHECK_STR(ledger_account_label("231", "代管经费"), "Funds held for others");
	const char *renamed = "会费收入（含退休会员）";
	CHECK(ledger_account_label("401", renamed) == renamed);
	CHECK_STR(ledger_account_label("999", "自定科目"), "自定科目");
}

static void test_post(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	int64_t id = 0;
	CHECK_INT(ledger_post("2025/3/5", "V001", "送溫暖費", "101", 20000, "看望住院的李老师",
			      NULL, &id, &e), ERR_OK);
	CHECK_INT(id, 1);
	struct ledger_entry le;
	CHECK_INT(ledger_get(id, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-03-05");
	CHECK_STR(le.voucher, "V001");
	CHECK_STR(le.debit, "50205");
	CHECK_STR(le.credit, "101");
	CHECK_INT(le.amount, 20000);
	CHECK_STR(le.description, "看望住院的李老师");
	CHECK_STR(le.source, "manual");
	CHECK_INT(le.reverses, 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log WHERE tbl = 'ledger_entry'"), 1);

	/* refusals write nothing */
	CHECK_INT(ledger_post("2025-03-05", "", "101", "库存现金", 100, "", NULL, NULL, &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "The debit and the credit account are the same (101); an entry moves "
		  "money between two accounts.");
	CHECK_INT(ledger_post("2025-03-05", "", "501", "101", 0, "", NULL, NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The amount must be more than zero.");
	CHECK_INT(ledger_post("2025-03-05", "", "501", "101", -500, "", NULL, NULL, &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "The amount must be more than zero.");
	CHECK_INT(ledger_post("2025-03-05", "", "599", "101", 500, "", NULL, NULL, &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "There is no account \"599\" in the chart of accounts; give its code, "
		  "such as 101, or its name.");
	CHECK_INT(ledger_post("2025-03-05", "", "501", "现金", 500, "", NULL, NULL, &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "There is no account \"现金\" in the chart of accounts; give its code, "
		  "such as 101, or its name.");
	CHECK_INT(ledger_post("2025-02-30", "", "501", "101", 500, "", NULL, NULL, &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "\"2025-02-30\" is not a day of the calendar.");
	CHECK_INT(ledger_post("2025-03-05", "", "501", "101", 500, "a\nb", NULL, NULL, &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "The description contains characters that cannot be shown, such as a "
		  "line break.");
	CHECK_INT(ledger_post("2025-03-05", "1234567890123456789012345678901", "501", "101", 500,
			      "", NULL, NULL, &e), ERR_INPUT);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);

	/* joins the caller's transaction: a rollback there takes it away */
	CHECK_INT(db_begin(&e), ERR_OK);
	CHECK_INT(ledger_post("2025-03-06", "", "501", "101", 500, "", "event", &id, &e), ERR_OK);
	CHECK_INT(id, 2);
	db_rollback();
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);
}

static void test_closed(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	int64_t id = 0;
	CHECK_INT(ledger_post("2025-03-31", "", "501", "101", 500, "", NULL, &id, &e), ERR_OK);
	CHECK_INT(ledger_is_closed("2025-03"), 0);
	CHECK_INT(ledger_close_month("2025-3", &e), ERR_OK);
	CHECK_INT(ledger_is_closed("2025-03"), 1);
	CHECK_INT(ledger_is_closed("2025-03-01"), 1);
	CHECK_INT(ledger_is_closed("2025-04-01"), 0);
	CHECK_INT(ledger_check_open("2025-04-01", &e), ERR_OK);
	CHECK_INT(ledger_check_open("2025-03-15", &e), ERR_CLOSED);
	CHECK_STR(e.msg, "March 2025 (2025-03) is closed; enter a reversing entry in an open "
		  "month instead.");
	CHECK_INT(ledger_post("2025-03-10", "", "501", "101", 500, "", NULL, NULL, &e),
		  ERR_CLOSED);
	CHECK_STR(e.msg, "March 2025 (2025-03) is closed; enter a reversing entry in an open "
		  "month instead.");
	CHECK_INT(ledger_close_month("2025-03", &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "March 2025 (2025-03) is already closed.");
	CHECK_INT(ledger_close_month("2025-07", &e), ERR_INPUT);
	CHECK_STR(e.msg, "July 2025 (2025-07) has not begun yet; only a past month or the "
		  "current one can be closed.");
	CHECK_INT(ledger_close_month("2025-06", &e), ERR_OK);
	CHECK_INT(ledger_close_month("2025-13", &e), ERR_INPUT);
	/* closing is permanent: the schema refuses changing the entry behind our back */
	CHECK_INT(db_exec(&e, "UPDATE ledger_entry SET amount = 1 WHERE id = ?", "i", id),
		  ERR_CLOSED);
	CHECK_INT(db_exec(&e, "DELETE FROM ledger_entry WHERE id = ?", "i", id), ERR_CLOSED);
	CHECK_INT(fixture_count("SELECT count(*) FROM closed_month"), 2);
}

static void test_reverse(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	int64_t id = 0, rid = 0, bal = 0;
	CHECK_INT(ledger_post("2025-03-05", "V7", "50205", "101", 30000, "春节慰问", NULL, &id,
			      &e), ERR_OK);
	CHECK_INT(ledger_close_month("2025-03", &e), ERR_OK);
	/* the reversal must be in an open month, and not before the entry */
	CHECK_INT(ledger_reverse(id, "2025-03-20", &rid, &e), ERR_CLOSED);
	CHECK_STR(e.msg, "March 2025 (2025-03) is closed; enter a reversing entry in an open "
		  "month instead.");
	CHECK_INT(ledger_reverse(id, "2025-02-20", &rid, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The reversal (2025-02-20) cannot be dated before the entry it reverses "
		  "(2025-03-05).");
	CHECK_INT(ledger_reverse(99, "2025-04-02", &rid, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That entry no longer exists.");
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);

	CHECK_INT(ledger_reverse(id, "2025-04-02", &rid, &e), ERR_OK);
	CHECK_INT(rid, 2);
	struct ledger_entry le;
	CHECK_INT(ledger_get(rid, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-04-02");
	CHECK_STR(le.voucher, "V7");
	CHECK_STR(le.debit, "50205");
	CHECK_STR(le.credit, "101");
	CHECK_INT(le.amount, -30000);
	CHECK_STR(le.description, "Reversal of 2025-03-05: 春节慰问");
	CHECK_STR(le.source, "reversal");
	CHECK_INT(le.reverses, 1);

	CHECK_INT(ledger_reverse(id, "2025-04-03", NULL, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "2025-03-05 春节慰问 300.00 was already reversed on 2025-04-02.");
	CHECK_INT(ledger_reverse(rid, "2025-04-03", NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "2025-04-02 Reversal of 2025-03-05: 春节慰问 -300.00 is itself the "
		  "reversal of 2025-03-05 春节慰问 300.00 and cannot be reversed.");
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 2);

	CHECK_INT(ledger_balance("50205", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 0);
	CHECK_INT(ledger_balance("101", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 0);
	CHECK_INT(ledger_balance("502", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 0);
	/* March alone still shows the original */
	CHECK_INT(ledger_balance("50205", "2025-03-01", "2025-03-31", &bal, &e), ERR_OK);
	CHECK_INT(bal, 30000);

	/* today's date when none is given (2025-06-15) */
	CHECK_INT(ledger_post("2025-05-05", "", "501", "101", 100, "", NULL, &id, &e), ERR_OK);
	CHECK_INT(ledger_reverse(id, NULL, &rid, &e), ERR_OK);
	CHECK_INT(ledger_get(rid, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-06-15");
	CHECK_STR(le.description, "Reversal of 2025-05-05: ");

	/* a long description is cut to fit without splitting a character */
	char longd[256];
	memset(longd, 0, sizeof longd);
	for (int i = 0; i < 85; i++)
		memcpy(longd + 3 * i, "费", 3);
	CHECK_INT(ledger_post("2025-05-06", "", "501", "101", 100, longd, NULL, &id, &e),
		  ERR_OK);
	CHECK_INT(ledger_reverse(id, "2025-05-07", &rid, &e), ERR_OK);
	CHECK_INT(ledger_get(rid, &le, &e), ERR_OK);
	CHECK_INT((int)strlen(le.description), 255);   /* 24 ASCII + 77 × 3 */
	CHECK_STR(le.description + 252, "费");
}

static void test_balance(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	int64_t bal = -1;
	CHECK_INT(ledger_post("2025-01-10", "", "102", "401", 100000, "", NULL, NULL, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-02-10", "", "50204", "102", 20000, "", NULL, NULL, &e),
		  ERR_OK);
	CHECK_INT(ledger_post("2025-03-10", "", "50205", "102", 30000, "", NULL, NULL, &e),
		  ERR_OK);
	CHECK_INT(ledger_post("2025-03-11", "", "502", "102", 1000, "", NULL, NULL, &e), ERR_OK);
	CHECK_INT(ledger_balance("502", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 51000);
	CHECK_INT(ledger_balance("維權支出", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 51000);
	CHECK_INT(ledger_balance("50205", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 30000);
	CHECK_INT(ledger_balance("102", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 49000);
	CHECK_INT(ledger_balance("401", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, -100000);
	CHECK_INT(ledger_balance("102", "2025-02-01", NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, -51000);
	CHECK_INT(ledger_balance("102", NULL, "2025-02-10", &bal, &e), ERR_OK);
	CHECK_INT(bal, 80000);
	CHECK_INT(ledger_balance("502", "2025-03-11", "2025-03-11", &bal, &e), ERR_OK);
	CHECK_INT(bal, 1000);
	CHECK_INT(ledger_balance("501", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 0);
	/* an entry between a parent and its child nets to zero under the parent */
	CHECK_INT(ledger_post("2025-03-12", "", "50204", "502", 700, "", NULL, NULL, &e), ERR_OK);
	CHECK_INT(ledger_balance("502", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 51000);
	CHECK_INT(ledger_balance("50204", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 20700);
	CHECK_INT(ledger_balance("999", NULL, NULL, &bal, &e), ERR_INPUT);
	CHECK_INT(ledger_balance("102", "2025-13-01", NULL, &bal, &e), ERR_INPUT);
}

static void test_funds(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	int64_t kept = 0, owed = 0, kid = 0, oid = 0, bal = 0;
	ledger_funds_split(100000, 60, &kept, &owed);
	CHECK_INT(kept, 60000);
	CHECK_INT(owed, 40000);
	ledger_funds_split(33333, 60, &kept, &owed);   /* 199.998 → 200.00 */
	CHECK_INT(kept, 20000);
	CHECK_INT(owed, 13333);
	ledger_funds_split(33341, 60, &kept, &owed);   /* 200.046 → 200.05 */
	CHECK_INT(kept, 20005);
	CHECK_INT(owed, 13336);
	ledger_funds_split(1, 50, &kept, &owed);       /* half a fen rounds up */
	CHECK_INT(kept, 1);
	CHECK_INT(owed, 0);
	ledger_funds_split(12345, 0, &kept, &owed);
	CHECK_INT(kept, 0);
	CHECK_INT(owed, 12345);

	CHECK_INT(ledger_post_funds("2025-04-20", "F1", 100000, NULL, &kid, &oid, &e), ERR_OK);
	struct ledger_entry le;
	CHECK_INT(ledger_get(kid, &le, &e), ERR_OK);
	CHECK_STR(le.debit, "102");
	CHECK_STR(le.credit, "402");
	CHECK_INT(le.amount, 60000);
	CHECK_STR(le.voucher, "F1");
	CHECK_STR(le.description, "Union funds (2%): the share kept");
	CHECK_INT(ledger_get(oid, &le, &e), ERR_OK);
	CHECK_STR(le.debit, "102");
	CHECK_STR(le.credit, "221");
	CHECK_INT(le.amount, 40000);
	CHECK_STR(le.description, "Union funds (2%): the share owed to the union above");

	CHECK_INT(ledger_post_funds("2025-04-21", "", 33333, "第二季度经费", &kid, &oid, &e),
		  ERR_OK);
	CHECK_INT(ledger_get(kid, &le, &e), ERR_OK);
	CHECK_INT(le.amount, 20000);
	CHECK_STR(le.description, "第二季度经费");
	CHECK_INT(ledger_get(oid, &le, &e), ERR_OK);
	CHECK_INT(le.amount, 13333);
	CHECK_INT(ledger_balance("102", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, 133333);
	CHECK_INT(ledger_balance("402", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, -80000);
	CHECK_INT(ledger_balance("221", NULL, NULL, &bal, &e), ERR_OK);
	CHECK_INT(bal, -53333);

	/* the setting decides the share; 100% posts no owed entry */
	CHECK_INT(setting_set("funds_kept_percent", "100", &e), ERR_OK);
	CHECK_INT(ledger_post_funds("2025-04-22", "", 5000, NULL, &kid, &oid, &e), ERR_OK);
	CHECK(kid > 0);
	CHECK_INT(oid, 0);
	CHECK_INT(setting_set("funds_kept_percent", "70", &e), ERR_OK);
	CHECK_INT(ledger_post_funds("2025-04-22", "", 10000, NULL, &kid, &oid, &e), ERR_OK);
	CHECK_INT(ledger_get(kid, &le, &e), ERR_OK);
	CHECK_INT(le.amount, 7000);
	/* a share past 100% is refused by the setting's check and changes nothing */
	CHECK_INT(setting_set("funds_kept_percent", "160", &e), ERR_INPUT);
	CHECK_STR(e.msg, "\"160\" is not a whole number from 0 to 100.");
	CHECK_INT(ledger_post_funds("2025-04-22", "", 10000, NULL, &kid, &oid, &e), ERR_OK);
	CHECK_INT(ledger_get(kid, &le, &e), ERR_OK);
	CHECK_INT(le.amount, 7000);
	CHECK_INT(setting_set("funds_kept_percent", "60", &e), ERR_OK);
	CHECK_INT(ledger_post_funds("2025-04-22", "", 0, NULL, &kid, &oid, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The amount must be more than zero.");

	/* in a closed month neither share is written */
	int64_t before = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(ledger_close_month("2025-05", &e), ERR_OK);
	CHECK_INT(ledger_post_funds("2025-05-02", "", 10000, NULL, &kid, &oid, &e), ERR_CLOSED);
	CHECK_INT(kid, 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), before);
}

static void test_page(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	/* posted out of date order */
	CHECK_INT(ledger_post("2025-03-02", "", "501", "101", 300, "c", NULL, NULL, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-03-01", "", "501", "101", 100, "a", NULL, NULL, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-03-01", "", "501", "101", 200, "b", NULL, NULL, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-04-01", "", "501", "101", 400, "d", NULL, NULL, &e), ERR_OK);
	int n = 0, got = 0;
	CHECK_INT(ledger_count(NULL, NULL, &n, &e), ERR_OK);
	CHECK_INT(n, 4);
	CHECK_INT(ledger_count("2025-03-01", "2025-03-31", &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_INT(ledger_count("2025-03-02", "", &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	struct ledger_entry out[3];
	CHECK_INT(ledger_page(NULL, NULL, 0, 3, out, &got, &e), ERR_OK);
	CHECK_INT(got, 3);
	CHECK_STR(out[0].description, "a");
	CHECK_STR(out[1].description, "b");
	CHECK_STR(out[2].description, "c");
	CHECK_INT(ledger_page(NULL, NULL, 3, 3, out, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(out[0].description, "d");
	CHECK_INT(ledger_page("2025-03-02", "2025-03-31", 0, 3, out, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_INT(out[0].id, 1);
}

static void test_csv(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	char path[64];
	snprintf(path, sizeof path, "/tmp/gh-test-ledger-%d.csv", (int)getpid());
	fixture_write(path, "date,debit,credit,amount,description,voucher\n"
			    "2025-03-01,银行存款,會費收入,\"1,200.00\",三月会费,V1\n"
			    "2025/3/2,50205,库存现金,200元,慰问,\n");
	int rows = 0;
	CHECK_INT(io_import("ledger", path, &rows, &e), ERR_OK);
	CHECK_INT(rows, 2);
	char *buf = NULL;
	CHECK_INT(fixture_export("ledger", &buf, &e), ERR_OK);
	CHECK_STR(buf, "date,voucher,debit,credit,amount,description,source\n"
		  "2025-03-01,V1,102,401,1200.00,三月会费,manual\n"
		  "2025-03-02,,50205,101,200.00,慰问,manual\n");
	free(buf);

	/* An export's source column: a reversal reverses the entry it names by accounts,
	 * voucher and amount; entries posted by dues, welfare and donations are left to
	 * their own imports (not counted as imported, io_import_skipped says how many). */
	fixture_write(path, "date,voucher,debit,credit,amount,description,source\n"
			    "2025-03-04,V2,501,102,80,茶叶,manual\n"
			    "2025-03-05,,101,401,22.80,Dues for 2025-03: 张三 (T1),dues\n"
			    "2025-03-06,,50205,101,300,Welfare,welfare\n"
			    "2025-03-06,,101,231,50,Donation,donation\n"
			    "2025-03-09,V2,501,102,-80.00,Reversal,reversal\n");
	CHECK_INT(io_import("ledger", path, &rows, &e), ERR_OK);
	CHECK_INT(rows, 2);
	CHECK_INT(io_import_skipped(), 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 4);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry WHERE reverses = 3 AND "
				"amount = -8000 AND date = '2025-03-09'"), 1);
	CHECK_INT(fixture_export("ledger", &buf, &e), ERR_OK);
	CHECK_STR(buf, "date,voucher,debit,credit,amount,description,source\n"
		  "2025-03-01,V1,102,401,1200.00,三月会费,manual\n"
		  "2025-03-02,,50205,101,200.00,慰问,manual\n"
		  "2025-03-04,V2,501,102,80.00,茶叶,manual\n"
		  "2025-03-09,V2,501,102,-80.00,Reversal of 2025-03-04: 茶叶,reversal\n");
	free(buf);
	/* the same reversal again: nothing left to reverse; an unknown source */
	fixture_write(path, "date,voucher,debit,credit,amount,source\n"
			    "2025-03-10,V2,501,102,-80,reversal\n");
	CHECK_INT(io_import("ledger", path, &rows, &e), ERR_INPUT);
	char want2[512];
	snprintf(want2, sizeof want2, "%s:2: source: this reversal has no entry to reverse: no "
		 "entry of 80.00 from 102 to 501 on or before 2025-03-10 that is not reversed "
		 "already.", path);
	CHECK_STR(e.msg, want2);
	fixture_write(path, "date,debit,credit,amount,source\n2025-03-10,501,102,8,bank\n");
	CHECK_INT(io_import("ledger", path, &rows, &e), ERR_INPUT);
	snprintf(want2, sizeof want2, "%s:2: source: \"bank\" is not one of manual, reversal, "
		 "dues, welfare, donation.", path);
	CHECK_STR(e.msg, want2);
	fixture_write(path, "date,debit,credit,amount,source\n2025-03-10,501,102,8,reversal\n");
	CHECK_INT(io_import("ledger", path, &rows, &e), ERR_INPUT);
	snprintf(want2, sizeof want2, "%s:2: amount: a reversal carries the amount it takes "
		 "back as a negative number, not \"8\".", path);
	CHECK_STR(e.msg, want2);
	CHECK_INT(db_exec(&e, "DELETE FROM ledger_entry WHERE id > 2", NULL), ERR_OK);

	static const struct { const char *row, *msg; } bad[] = {
		{ "2025-03-03,501,101,-5,x", ":2: amount: \"-5\" is negative; only positive "
		  "amounts can be imported (correct a mistake with a reversing entry in the "
		  "program)." },
		{ "2025-03-03,501,101,0,x", ":2: amount: the amount must be more than zero." },
		{ "2025-03-03,501,101,12.3.4,x", ":2: amount: \"12.3.4\" is not an amount of "
		  "money." },
		{ "2025-03-03,501,101,,x", ":2: amount: the amount is empty." },
		{ "2025-03-03,501,现金,5,x", ":2: credit: There is no account \"现金\" in the "
		  "chart of accounts; give its code, such as 101, or its name." },
		{ "2025-03-03,,101,5,x", ":2: debit: the account is empty." },
		{ "2025-03-03,101,101,5,x", ":2: The debit and the credit account are the same "
		  "(101); an entry moves money between two accounts." },
		{ "2025-02-29,501,101,5,x", ":2: date: \"2025-02-29\" is not a day of the "
		  "calendar." },
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		FILE *f = fopen(path, "w");
		fprintf(f, "date,debit,credit,amount,description\n%s\n", bad[i].row);
		fclose(f);
		char want[512];
		snprintf(want, sizeof want, "%s%s", path, bad[i].msg);
		CHECK_INT(io_import("ledger", path, &rows, &e), ERR_INPUT);
		CHECK_STR(e.msg, want);
	}
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 2);

	/* a closed month in the middle of a file: nothing is imported */
	CHECK_INT(ledger_close_month("2025-04", &e), ERR_OK);
	fixture_write(path, "date,debit,credit,amount\n2025-03-05,501,101,5\n"
			    "2025-04-05,501,101,5\n");
	CHECK_INT(io_import("ledger", path, &rows, &e), ERR_CLOSED);
	char want[256];
	snprintf(want, sizeof want, "%s:3: April 2025 (2025-04) is closed; enter a reversing "
		 "entry in an open month instead.", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 2);
	unlink(path);
}

/* The Books screen: a month's entries with running balances, its totals, the next
 * voucher, the account picker, the overdraw check, the chart with figures. */
static void test_books(void)
{
	fixture_open("ledger");
	struct err e = { 0 };
	int64_t id = 0;
	CHECK_INT(ledger_post("2025-02-20", "2025-009", "101", "401", 50000, "会费", "dues",
			      NULL, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-02-21", "2025-010", "102", "402", 300000, "拨缴经费",
			      NULL, NULL, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-03-02", "2025-011", "50102", "101", 35000, "乒乓球赛奖品",
			      NULL, &id, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-03-03", "", "101", "102", 100000, "提现", NULL, NULL, &e),
		  ERR_OK);
	CHECK_INT(ledger_post("2025-03-09", "2025-012", "101", "401", 12000, "三月会费", "dues",
			      NULL, &e), ERR_OK);
	CHECK_INT(ledger_reverse(id, "2025-03-10", NULL, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-04-01", "2025-013", "501", "101", 100, "x", NULL, NULL, &e),
		  ERR_OK);

	struct ledger_line l[8];
	int got = 0;
	CHECK_INT(ledger_month_page("2025-03", 0, 8, l, &got, &e), ERR_OK);
	CHECK_INT(got, 4);
	CHECK_STR(l[0].entry.description, "乒乓球赛奖品");
	CHECK_INT(l[0].cash_after, 15000);
	CHECK_INT(l[0].bank_after, 300000);
	CHECK_INT(l[1].cash_after, 115000);
	CHECK_INT(l[1].bank_after, 200000);
	CHECK_INT(l[2].cash_after, 127000);
	CHECK_STR(l[2].entry.source, "dues");
	CHECK_STR(l[3].entry.source, "reversal");
	CHECK_INT(l[3].cash_after, 162000);
	/* a page further down starts from the right balance */
	CHECK_INT(ledger_month_page("2025-03", 2, 8, l, &got, &e), ERR_OK);
	CHECK_INT(got, 2);
	CHECK_INT(l[0].cash_after, 127000);
	CHECK_INT(l[1].bank_after, 200000);
	CHECK_INT(ledger_month_page("2025-13", 0, 8, l, &got, &e), ERR_INPUT);

	struct ledger_month m;
	CHECK_INT(ledger_month_sum("2025-03", &m, &e), ERR_OK);
	CHECK_STR(m.month, "2025-03");
	CHECK_INT(m.entries, 4);
	CHECK_INT(m.no_voucher, 1);
	CHECK_INT(m.income, 12000);
	CHECK_INT(m.expense, 0);   /* the prizes and their reversal */
	CHECK_INT(m.cash_open, 50000);
	CHECK_INT(m.bank_open, 300000);
	CHECK_INT(m.cash_close, 162000);
	CHECK_INT(m.bank_close, 200000);
	CHECK_INT(m.closed, 0);
	CHECK_INT(ledger_month_sum("2025-02", &m, &e), ERR_OK);
	CHECK_INT(m.income, 350000);
	CHECK_INT(m.cash_open, 0);

	char v[32];
	ledger_next_voucher("2025-05-01", v);
	CHECK_STR(v, "2025-014");
	ledger_next_voucher("2024-05-01", v);
	CHECK_STR(v, "1");
	CHECK_INT(ledger_post("2024-05-01", "记-9", "501", "231", 100, "", NULL, NULL, &e),
		  ERR_OK);
	ledger_next_voucher("2024-12-31", v);
	CHECK_STR(v, "记-10");
	ledger_next_voucher(NULL, v);   /* today, 2025-06-15 */
	CHECK_STR(v, "2025-014");

	struct ledger_account_hit hit[32];
	CHECK_INT(ledger_account_search("wthd", hit, 32, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(hit[0].a.code, "50102");
	CHECK_STR(hit[0].label, "Sports and culture");   /* English here */
	CHECK_INT(ledger_account_search("送溫暖", hit, 32, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(hit[0].a.code, "50205");
	CHECK_INT(ledger_account_search("5010", hit, 32, &got, &e), ERR_OK);
	CHECK_INT(got, 4);
	CHECK_STR(hit[0].a.code, "50101");
	CHECK_INT(ledger_account_search("", hit, 32, &got, &e), ERR_OK);
	CHECK_INT(got, 23);
	CHECK_INT(ledger_account_search("qqq", hit, 32, &got, &e), ERR_OK);
	CHECK_INT(got, 0);

	int64_t after = 1;
	CHECK_INT(ledger_would_overdraw("2025-03-02", "101", 15000, &after), 0);
	CHECK_INT(ledger_would_overdraw("2025-03-02", "101", 15001, &after), 1);
	CHECK_INT(after, -1);
	CHECK_INT(ledger_would_overdraw("2025-03-02", "库存现金", 20000, &after), 1);
	CHECK_INT(after, -5000);
	CHECK_INT(ledger_would_overdraw("2025-03-02", "401", 9999999, &after), 0);

	struct ledger_entry le = { .date = "2025-03-02", .amount = 35000,
				   .description = "乒乓球赛奖品" };
	char lab[128];
	CHECK_STR(ledger_entry_label(&le, lab, sizeof lab), "2025-03-02 乒乓球赛奖品 350.00");

	struct ledger_chart_row ch[64];
	CHECK_INT(ledger_chart("2025-03", ch, 64, &got, &e), ERR_OK);
	CHECK_INT(got, 23);
	CHECK_STR(ch[0].a.code, "101");
	CHECK_INT(ch[0].month, 112000);
	CHECK_INT(ch[0].year, 162000);
	CHECK_INT(ch[0].balance, 162000);
	CHECK_STR(ch[1].a.code, "102");
	CHECK_INT(ch[1].month, -100000);
	CHECK_INT(ch[1].balance, 200000);
	int i401 = -1;
	for (int i = 0; i < got; i++)
		if (strcmp(ch[i].a.code, "401") == 0)
			i401 = i;
	CHECK(i401 >= 0);
	CHECK_STR(ch[i401].label, "Dues income");
	CHECK_INT(ch[i401].month, 12000);
	CHECK_INT(ch[i401].year, 62000);
	CHECK_INT(ch[i401].balance, 62000);
	/* April: the month moves 1.00 of cash out; the balance keeps March's */
	CHECK_INT(ledger_chart("2025-04", ch, 64, &got, &e), ERR_OK);
	CHECK_INT(ch[0].month, -100);
	CHECK_INT(ch[0].balance, 161900);
}

int main(void)
{
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("ledger");
	RUN(test_account);
	RUN(test_labels);
	RUN(test_post);
	RUN(test_closed);
	RUN(test_reverse);
	RUN(test_balance);
	RUN(test_funds);
	RUN(test_page);
	RUN(test_csv);
	RUN(test_books);
	fixture_close();
	return check_done();
}

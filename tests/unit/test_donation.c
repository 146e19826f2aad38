/* test_donation.c — donation drives and gifts: refusals, exactly one 101 ← 231 entry per
 * gift, totals, closed months, paging, the CSV donor rule. */
#include "core/donation.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/money.h"
#include "core/report.h"
#include "core/setting.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int64_t mem[2];

static struct donation gift(int64_t drive, const char *date, int64_t member, const char *donor,
			    int64_t amount)
{
	struct donation d;
	memset(&d, 0, sizeof d);
	d.drive_id = drive;
	snprintf(d.date, sizeof d.date, "%s", date);
	d.member_id = member;
	snprintf(d.donor, sizeof d.donor, "%s", donor);
	d.amount = amount;
	return d;
}

static int64_t drive_id;

static void test_drives(void)
{
	struct err e = { 0 };
	struct drive d = { 0 };
	CHECK_INT(drive_add(&d, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The name of the donation drive is empty.");
	snprintf(d.name, sizeof d.name, "为王老师爱心捐款");
	snprintf(d.date, sizeof d.date, "2025-06-31");
	CHECK_INT(drive_add(&d, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date of the donation drive \"2025-06-31\" is not a date.");
	snprintf(d.date, sizeof d.date, "2025-06-01");
	snprintf(d.cause, sizeof d.cause, "王老师住院手术");
	CHECK_INT(drive_add(&d, &e), ERR_OK);
	CHECK(d.id > 0);
	drive_id = d.id;
	struct drive again = d;
	CHECK_INT(drive_add(&again, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "There is already a donation drive named 为王老师爱心捐款.");

	struct drive got;
	CHECK_INT(drive_find(" 为王老师爱心捐款 ", &got, &e), ERR_OK);   /* trimmed */
	CHECK_INT(got.id, d.id);
	CHECK_STR(got.date, "2025-06-01");
	CHECK_STR(got.cause, "王老师住院手术");
	CHECK_INT(got.gifts, 0);
	CHECK_INT(got.total, 0);
	CHECK_INT(drive_find("抗洪", &got, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "There is no donation drive named \"抗洪\".");
}

static void test_gifts(void)
{
	struct err e = { 0 };
	/* a member's gift: one entry, debit 101, credit 231, source donation */
	struct donation d = gift(drive_id, "2025-06-03", mem[0], "", 10000);
	snprintf(d.note, sizeof d.note, "现金");
	CHECK_INT(donation_add(&d, &e), ERR_OK);
	CHECK(d.id > 0);
	CHECK(d.entry_id > 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 1);
	struct ledger_entry le;
	CHECK_INT(ledger_get(d.entry_id, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-06-03");
	CHECK_STR(le.debit, "101");
	CHECK_STR(le.credit, "231");
	CHECK_INT(le.amount, 10000);
	CHECK_STR(le.source, "donation");
	CHECK_STR(le.description, "Donation to 为王老师爱心捐款: 张三");
	CHECK_INT(fixture_balance("231"), -10000);   /* credited: held for others */
	CHECK_INT(fixture_balance("101"), 10000);

	/* an outside donor, by name */
	struct donation o = gift(drive_id, "2025-06-04", 0, "校友 李明", 50050);
	CHECK_INT(donation_add(&o, &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 2);
	CHECK_INT(ledger_get(o.entry_id, &le, &e), ERR_OK);
	CHECK_STR(le.description, "Donation to 为王老师爱心捐款: 校友 李明");
	CHECK_INT(fixture_balance("231"), -60050);

	/* refusals write nothing */
	struct donation bad = gift(drive_id, "2025-06-04", 0, "  ", 100);
	CHECK_INT(donation_add(&bad, &e), ERR_INPUT);
	CHECK_STR(e.msg, "A gift from outside the union needs the donor's name.");
	bad = gift(drive_id, "2025-06-04", mem[1], "", 0);
	CHECK_INT(donation_add(&bad, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The amount given must be more than zero.");
	bad.amount = -500;
	CHECK_INT(donation_add(&bad, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The amount given must be more than zero.");
	bad = gift(drive_id, "2025-6-4", mem[1], "", 100);
	CHECK_INT(donation_add(&bad, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date of the gift \"2025-6-4\" is not a date.");
	bad = gift(9999, "2025-06-04", mem[1], "", 100);
	CHECK_INT(donation_add(&bad, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That donation drive no longer exists.");
	bad = gift(drive_id, "2025-06-04", 9999, "", 100);
	CHECK_INT(donation_add(&bad, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");

	/* a closed month refuses the gift with the ledger's sentence */
	CHECK_INT(ledger_close_month("2025-05", &e), ERR_OK);
	bad = gift(drive_id, "2025-05-30", mem[1], "", 100);
	CHECK_INT(donation_add(&bad, &e), ERR_CLOSED);
	CHECK(strstr(e.msg, "2025-05") != NULL);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation"), 2);
	CHECK_INT(fixture_balance("231"), -60050);

	/* inside a transaction that is rolled back, neither gift nor entry stays */
	struct err e2 = { 0 };
	CHECK_INT(db_begin(&e2), ERR_OK);
	struct donation t = gift(drive_id, "2025-06-05", mem[1], "", 700);
	CHECK_INT(donation_add(&t, &e2), ERR_OK);
	db_rollback();
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation"), 2);

	struct donation w = gift(drive_id, "2025-06-02", mem[1], "", 20000);
	CHECK_INT(donation_add(&w, &e), ERR_OK);

	struct drive dr;
	CHECK_INT(drive_get(drive_id, &dr, &e), ERR_OK);
	CHECK_INT(dr.gifts, 3);
	CHECK_INT(dr.total, 80050);
	CHECK_INT(fixture_balance("231"), -80050);

	/* gifts by date, then id, with the giver's number and name */
	struct donation out[4];
	int got = 0, n = 0;
	CHECK_INT(donation_count(drive_id, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_INT(donation_page(drive_id, 0, 4, out, &got, &e), ERR_OK);
	CHECK_INT(got, 3);
	CHECK_STR(out[0].name, "王芳");
	CHECK_STR(out[0].member_no, "T002");
	CHECK_STR(out[1].name, "张三");
	CHECK_STR(out[1].note, "现金");
	CHECK_STR(out[2].name, "校友 李明");
	CHECK_STR(out[2].member_no, "");
	CHECK_INT(out[2].member_id, 0);
	CHECK_INT(out[2].amount, 50050);
	CHECK_INT(donation_page(0, 1, 1, out, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(out[0].name, "张三");
}

/* A year's drives; a gift from many: all or none, one entry each. Runs last
 * (May 2025 is closed; the drive of 2025-06-01 holds 800.50, 抗洪救灾 1,200.00). */
static void test_year_and_many(void)
{
	struct err e = { 0 };
	struct drive old = { 0 };
	snprintf(old.name, sizeof old.name, "2024年抗洪");
	snprintf(old.date, sizeof old.date, "2024-07-01");
	CHECK_INT(drive_add(&old, &e), ERR_OK);
	int n = -1, n2025 = -1, all = -1, got = 0;
	struct drive dr[4];
	CHECK_INT(drive_count_year(2025, &n2025, &e), ERR_OK);
	CHECK_INT(drive_count(&all, &e), ERR_OK);
	CHECK_INT(n2025, all - 1);                     /* all but the one of 2024 */
	CHECK_INT(n2025, fixture_count("SELECT count(*) FROM drive WHERE date LIKE '2025-%'"));
	CHECK_INT(drive_page_year(2025, 0, 4, dr, &got, &e), ERR_OK);
	CHECK_INT(got, n2025 < 4 ? n2025 : 4);
	CHECK(strcmp(dr[0].date, dr[1].date) >= 0);   /* newest first */
	CHECK_INT(drive_count_year(2024, &n, &e), ERR_OK);
	CHECK_INT(n, 1);
	CHECK_INT(drive_page_year(2024, 0, 4, dr, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(dr[0].name, "2024年抗洪");
	CHECK_INT(drive_count_year(2023, &n, &e), ERR_OK);
	CHECK_INT(n, 0);
	int64_t held = fixture_balance("231");
	int gifts = fixture_count("SELECT count(*) FROM donation");
	struct drive before;
	CHECK_INT(drive_get(drive_id, &before, &e), ERR_OK);

	int entries = fixture_count("SELECT count(*) FROM ledger_entry");
	struct donation d = gift(drive_id, "2025-06-10", 0, "", 5050);
	snprintf(d.note, sizeof d.note, "集体");
	int64_t both[2] = { mem[0], mem[1] };
	CHECK_INT(donation_add_many(&d, both, 2, &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation WHERE date = '2025-06-10' "
				"AND amount = 5050 AND note = '集体' AND donor = ''"), 2);
	CHECK_INT(drive_get(drive_id, &dr[0], &e), ERR_OK);
	CHECK_INT(dr[0].total, before.total + 10100);
	CHECK_INT(fixture_balance("231"), held - 10100);

	/* one member unknown: nothing of the gift stays, and the sentence says why */
	int64_t bad[2] = { mem[0], 9999 };
	CHECK_INT(donation_add_many(&d, bad, 2, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation WHERE date = '2025-06-10'"), 2);
	/* nobody, a zero amount, a closed month: refused, nothing written */
	CHECK_INT(donation_add_many(&d, both, 0, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Nobody was chosen to give.");
	d.amount = 0;
	CHECK_INT(donation_add_many(&d, both, 2, &e), ERR_INPUT);
	CHECK_STR(e.msg, "T001 张三: The amount given must be more than zero.");
	d.amount = 100;
	snprintf(d.date, sizeof d.date, "2025-05-31");
	CHECK_INT(donation_add_many(&d, both, 2, &e), ERR_CLOSED);
	CHECK(strncmp(e.msg, "T001 张三: ", strlen("T001 张三: ")) == 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation"), gifts + 2);
	CHECK_INT(fixture_balance("231"), held - 10100);

	/* by bank transfer: the entry's cash side is 102, and it reads back so */
	char acc[8];
	CHECK_INT(donation_account("银行存款", acc, &e), ERR_OK);
	CHECK_STR(acc, "102");
	CHECK_INT(donation_account("", acc, &e), ERR_OK);
	CHECK_STR(acc, "101");
	CHECK_INT(donation_account("401", acc, &e), ERR_INPUT);
	CHECK_STR(e.msg, "\"401\" is neither cash (101) nor the bank (102).");
	CHECK_STR(e.field, "account");
	int64_t bank0 = fixture_balance("102");
	struct donation b = gift(drive_id, "2025-06-11", 0, "县教育局工会", 30000);
	snprintf(b.account, sizeof b.account, "bank");
	CHECK_INT(donation_add(&b, &e), ERR_OK);
	CHECK_STR(b.account, "102");
	CHECK_INT(fixture_balance("102"), bank0 + 30000);
	struct donation last[1];
	CHECK_INT(donation_page(drive_id, before.gifts + 2, 1, last, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(last[0].name, "县教育局工会");
	CHECK_STR(last[0].account, "102");
	struct handover h = { 0 };
	h.drive_id = drive_id;
	snprintf(h.date, sizeof h.date, "2025-06-12");
	snprintf(h.recipient, sizeof h.recipient, "王老师");
	snprintf(h.account, sizeof h.account, "102");
	h.amount = 30000;
	CHECK_INT(handover_add(&h, &e), ERR_OK);
	CHECK_INT(fixture_balance("102"), bank0);
	struct handover hs[1];
	CHECK_INT(handover_page(drive_id, 0, 1, hs, &got, &e), ERR_OK);
	CHECK_STR(hs[0].account, "102");
	h.account[0] = 'x';
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_INT(fixture_count("SELECT count(*) FROM handover"), 1);
}

static void test_csv_rules(void)
{
	struct err e = { 0 };
	/* a new drive on first use, dated its first row; the note names an outside donor
	 * when there is neither member_no nor donor */
	CHECK_INT(fixture_import("donations", "drive,date,member_no,amount,note\n"
					      "抗洪救灾,2025-07-02,T001,200,\n"
					      "抗洪救灾,2025-07-03,,1000,某某公司\n", &e), ERR_OK);
	struct drive dr;
	CHECK_INT(drive_find("抗洪救灾", &dr, &e), ERR_OK);
	CHECK_STR(dr.date, "2025-07-02");
	CHECK_INT(dr.gifts, 2);
	CHECK_INT(dr.total, 120000);
	struct donation out[2];
	int got = 0;
	CHECK_INT(donation_page(dr.id, 0, 2, out, &got, &e), ERR_OK);
	CHECK_STR(out[1].donor, "某某公司");
	CHECK_STR(out[1].note, "");
	CHECK_INT(fixture_balance("231"), -80050 - 120000);

	CHECK_INT(fixture_import("donations", "drive,date,member_no,donor,amount\n"
					      "抗洪救灾,2025-07-04,T001,李明,10\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: Give either member_no (a member's gift) or donor (a gift from "
		  "outside), not both.");
	CHECK_INT(fixture_import("donations", "drive,date,member_no,amount\n"
					      "抗洪救灾,2025-07-04,,10\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: donor: a gift from outside the union needs the donor's name (or "
		  "give member_no).");
	CHECK_INT(fixture_import("donations", "drive,date,member_no,amount\n"
					      "新的,2025-07-04,T001,0\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: amount: the amount given must be more than zero.");
	CHECK_INT(fixture_import("donations", "drive,date,member_no,amount\n"
					      "新的,2025-07-04,T001,-5\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: amount: \"-5\" is negative.");
	/* nothing of a refused file stays: not even the drive it would have created */
	CHECK_INT(drive_find("新的", &dr, &e), ERR_NOTFOUND);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), 5);
}

/* A drive's date and cause go out with its gifts and come back: the cause on its first
 * row; a drive without gifts, or dated other than its first gift, as a row of its own. */
static void test_csv_cause(void)
{
	struct err e = { 0 };
	struct drive dr;
	char *out = NULL;
	/* a drive made as on screen, with a cause and no gift yet */
	memset(&dr, 0, sizeof dr);
	snprintf(dr.name, sizeof dr.name, "困难教师春节慰问");
	snprintf(dr.date, sizeof dr.date, "2025-06-10");
	snprintf(dr.cause, sizeof dr.cause, "为两位困难教师募集\n春节慰问金");
	CHECK_INT(drive_add(&dr, &e), ERR_OK);
	CHECK_INT(fixture_export("donations", &out, &e), ERR_OK);
	CHECK_STR(out, "drive,date,member_no,donor,amount,note,cause,account,reversed_on\n"
		  "为王老师爱心捐款,2025-06-01,,,,,王老师住院手术,,\n"
		  "为王老师爱心捐款,2025-06-02,T002,,200.00,,,101,\n"
		  "为王老师爱心捐款,2025-06-03,T001,,100.00,现金,,101,\n"
		  "为王老师爱心捐款,2025-06-04,,校友 李明,500.50,,,101,\n"
		  "困难教师春节慰问,2025-06-10,,,,,\"为两位困难教师募集\n春节慰问金\",,\n"
		  "抗洪救灾,2025-07-02,T001,,200.00,,,101,\n"
		  "抗洪救灾,2025-07-03,,某某公司,1000.00,,,101,\n");
	free(out);

	/* on import: a drive's first row gives its cause; a later row may repeat it */
	CHECK_INT(fixture_import("donations", "drive,date,member_no,amount,cause\n"
					      "助学,2025-07-05,T001,50,资助学生\n"
					      "助学,2025-07-06,T002,60,资助学生\n", &e), ERR_OK);
	CHECK_INT(drive_find("助学", &dr, &e), ERR_OK);
	CHECK_STR(dr.cause, "资助学生");
	CHECK_STR(dr.date, "2025-07-05");
	CHECK_INT(dr.gifts, 2);
	/* … not change it */
	CHECK_INT(fixture_import("donations", "drive,date,member_no,amount,cause\n"
					      "助学,2025-07-07,T001,10,别的\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: cause: the donation drive 助学 already has its cause (\"资助学生\"); "
		  "give it once, on the drive's first row.");
	/* a drive's own row: a new drive without gifts; one there already keeps its date */
	CHECK_INT(fixture_import("donations", "drive,date,member_no,donor,amount,note,cause\n"
					      "空的,2025-07-08,,,,,还没有人捐\n", &e), ERR_OK);
	CHECK_INT(drive_find("空的", &dr, &e), ERR_OK);
	CHECK_STR(dr.cause, "还没有人捐");
	CHECK_INT(dr.gifts, 0);
	CHECK_INT(fixture_import("donations", "drive,date,amount\n"
					      "空的,2025-07-09,\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: date: the donation drive 空的 is dated 2025-07-08, not 2025-07-09.");
	CHECK_INT(fixture_count("SELECT count(*) FROM drive"), 5);
}

static struct handover handing(int64_t drive, const char *date, const char *account,
			       int64_t amount)
{
	struct handover h;
	memset(&h, 0, sizeof h);
	h.drive_id = drive;
	snprintf(h.date, sizeof h.date, "%s", date);
	snprintf(h.recipient, sizeof h.recipient, "赵老师");
	snprintf(h.account, sizeof h.account, "%s", account);
	h.amount = amount;
	return h;
}

/* Money is handed over from the account it came into and not before it came; a gift
 * from many names a member listed twice; a member's gift has no outside donor; an
 * account not said is where the union's cash goes. */
static void test_handover_rules(void)
{
	struct err e = { 0 };
	struct drive dr = { 0 };
	snprintf(dr.name, sizeof dr.name, "为赵老师捐款");
	snprintf(dr.date, sizeof dr.date, "2025-08-01");
	CHECK_INT(drive_add(&dr, &e), ERR_OK);
	/* 100.00 in cash on 08-01, 300.00 by bank on 08-10 and 200.00 more on 08-20 */
	struct donation g = gift(dr.id, "2025-08-01", mem[0], "", 10000);
	CHECK_INT(donation_add(&g, &e), ERR_OK);
	g = gift(dr.id, "2025-08-10", 0, "家长委员会", 30000);
	snprintf(g.account, sizeof g.account, "102");
	CHECK_INT(donation_add(&g, &e), ERR_OK);
	g = gift(dr.id, "2025-08-20", mem[1], "", 20000);
	CHECK_INT(donation_add(&g, &e), ERR_OK);
	int64_t held;
	CHECK_INT(drive_held_in(dr.id, "101", "", &held, &e), ERR_OK);
	CHECK_INT(held, 30000);
	CHECK_INT(drive_held_in(dr.id, "102", "", &held, &e), ERR_OK);
	CHECK_INT(held, 30000);
	CHECK_INT(drive_held_in(dr.id, "101", "2025-08-05", &held, &e), ERR_OK);
	CHECK_INT(held, 10000);
	CHECK_INT(drive_held_in(dr.id, "102", "2025-08-05", &held, &e), ERR_OK);
	CHECK_INT(held, 0);

	int entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int64_t cash = fixture_balance("101"), bank = fixture_balance("102");
	/* the drive holds 600.00, but only 300.00 of it in cash */
	struct handover h = handing(dr.id, "2025-08-25", "101", 40000);
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_STR(e.msg, "From 2025-08-25 on, 为赵老师捐款 holds 300.00 in cash (101): 400.00 "
		  "cannot be handed over from there.");
	CHECK_STR(e.field, "amount");
	/* the bank's 300.00 came on 08-10: not before */
	h = handing(dr.id, "2025-08-05", "102", 30000);
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_STR(e.msg, "From 2025-08-05 on, 为赵老师捐款 holds 0.00 in the bank (102): 300.00 "
		  "cannot be handed over from there.");
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_balance("101"), cash);
	CHECK_INT(fixture_balance("102"), bank);

	/* 100.00 of cash handed over on 08-15; then on 08-05 only what stays every day
	 * after: 100.00 − 100.00 on 08-15 leaves nothing for 08-05 */
	h = handing(dr.id, "2025-08-15", "101", 10000);
	CHECK_INT(handover_add(&h, &e), ERR_OK);
	h = handing(dr.id, "2025-08-05", "101", 10000);
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_STR(e.msg, "From 2025-08-05 on, 为赵老师捐款 holds 0.00 in cash (101): 100.00 "
		  "cannot be handed over from there.");
	h = handing(dr.id, "2025-08-20", "101", 20000);   /* the day's gift counts */
	CHECK_INT(handover_add(&h, &e), ERR_OK);
	CHECK_INT(drive_held_in(dr.id, "101", "", &held, &e), ERR_OK);
	CHECK_INT(held, 0);
	CHECK_INT(fixture_balance("101"), cash - 30000);
	CHECK_INT(fixture_balance("102"), bank);

	/* a member on the list twice: named, nothing written */
	entries = fixture_count("SELECT count(*) FROM ledger_entry");
	g = gift(dr.id, "2025-08-21", 0, "", 1000);
	int64_t twice[3] = { mem[0], mem[1], mem[0] };
	CHECK_INT(donation_add_many(&g, twice, 3, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "T001 张三 is on the list twice.");
	g.amount = MONEY_MAX;
	int64_t both[2] = { mem[0], mem[1] };
	CHECK_INT(donation_add_many(&g, both, 2, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The amount is too large.");
	/* a member's gift with an outside donor's name too */
	g = gift(dr.id, "2025-08-21", mem[0], "李明", 1000);
	CHECK_INT(donation_add(&g, &e), ERR_INPUT);
	CHECK_STR(e.msg, "A gift is from a member or from someone outside the union, not both.");
	CHECK_STR(e.field, "donor");
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);

	/* not said: where the union's cash goes */
	char acc[8];
	CHECK_INT(setting_set("cash_account", "102", &e), ERR_OK);
	CHECK_INT(donation_account("", acc, &e), ERR_OK);
	CHECK_STR(acc, "102");
	CHECK_INT(setting_set("cash_account", "101", &e), ERR_OK);
	CHECK_INT(donation_account("", acc, &e), ERR_OK);
	CHECK_STR(acc, "101");
}

/* The figures of drive id, and the balances of 231, 101 and 102, as one line. */
static void figures(int64_t id, char *buf, size_t n)
{
	struct drive d;
	struct err e = { 0 };
	int64_t cash = -1, bank = -1;
	if (drive_get(id, &d, &e) != ERR_OK)
		printf("FAIL drive_get: %s\n", e.msg);
	drive_held_in(id, "101", "", &cash, &e);
	drive_held_in(id, "102", "", &bank, &e);
	snprintf(buf, n, "gifts %d total %lld handed %lld held %lld (cash %lld bank %lld)"
		 " | 231 %lld 101 %lld 102 %lld", d.gifts, (long long)d.total,
		 (long long)d.handed, (long long)d.held, (long long)cash, (long long)bank,
		 (long long)fixture_balance("231"), (long long)fixture_balance("101"),
		 (long long)fixture_balance("102"));
}

/* A gift or a handover saved wrong is taken back by a red entry and a reversal row:
 * the drive's figures leave it out, the list keeps it; refusals write nothing. Runs
 * after the others (its own drive, in September). */
static void test_reversal(void)
{
	struct err e = { 0 };
	struct drive dr = { 0 };
	char f[256], before[256];
	snprintf(dr.name, sizeof dr.name, "为钱老师捐款");
	snprintf(dr.date, sizeof dr.date, "2025-09-01");
	CHECK_INT(drive_add(&dr, &e), ERR_OK);
	int64_t b231 = fixture_balance("231"), b101 = fixture_balance("101"),
		b102 = fixture_balance("102");
	/* 200.00 cash from 张三, 300.00 by bank from 家长委员会, 50.00 cash from 王芳 */
	struct donation a = gift(dr.id, "2025-09-01", mem[0], "", 20000);
	CHECK_INT(donation_add(&a, &e), ERR_OK);
	struct donation b = gift(dr.id, "2025-09-02", 0, "家长委员会", 30000);
	snprintf(b.account, sizeof b.account, "102");
	CHECK_INT(donation_add(&b, &e), ERR_OK);
	struct donation c = gift(dr.id, "2025-09-03", mem[1], "", 5000);
	CHECK_INT(donation_add(&c, &e), ERR_OK);
	figures(dr.id, f, sizeof f);
	CHECK_INT(fixture_balance("231"), b231 - 55000);
	CHECK_INT(fixture_balance("101"), b101 + 25000);
	CHECK_INT(fixture_balance("102"), b102 + 30000);
	CHECK(strstr(f, "gifts 3 total 55000 handed 0 held 55000 (cash 25000 bank 30000)") == f);

	/* the bank gift taken back on 09-05: one red entry, 231 ← 102 */
	int entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(donation_reverse(b.id, "2025-09-05", &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 1);
	struct ledger_entry le;
	int64_t red = 0;
	db_int(NULL, &red, "SELECT entry_id FROM donation_reversal WHERE donation_id = ?", "i",
	       b.id);
	CHECK_INT(ledger_get(red, &le, &e), ERR_OK);
	CHECK_STR(le.date, "2025-09-05");
	CHECK_STR(le.debit, "102");
	CHECK_STR(le.credit, "231");
	CHECK_INT(le.amount, -30000);
	CHECK_INT(le.reverses, b.entry_id);
	CHECK_STR(le.description, "Reversal of 2025-09-02: Donation to 为钱老师捐款: 家长委员会");
	CHECK_INT(fixture_balance("231"), b231 - 25000);
	CHECK_INT(fixture_balance("101"), b101 + 25000);
	CHECK_INT(fixture_balance("102"), b102);
	figures(dr.id, f, sizeof f);
	CHECK(strstr(f, "gifts 2 total 25000 handed 0 held 25000 (cash 25000 bank 0)") == f);
	/* still listed, marked */
	struct donation list[4];
	int got = 0, n = 0;
	CHECK_INT(donation_count(dr.id, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_INT(donation_page(dr.id, 0, 4, list, &got, &e), ERR_OK);
	CHECK_INT(got, 3);
	CHECK_STR(list[0].reversed_on, "");
	CHECK_STR(list[1].name, "家长委员会");
	CHECK_STR(list[1].reversed_on, "2025-09-05");
	CHECK_STR(list[1].account, "102");
	/* the year's drives leave it out too */
	struct drive year[16];
	CHECK_INT(drive_page_year(2025, 0, 16, year, &got, &e), ERR_OK);
	CHECK_STR(year[0].name, "为钱老师捐款");
	CHECK_INT(year[0].gifts, 2);
	CHECK_INT(year[0].total, 25000);

	/* refusals: each one sentence, nothing written */
	figures(dr.id, before, sizeof before);
	entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(donation_reverse(b.id, "2025-09-06", &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "The gift of 2025-09-02 from 家长委员会, 300.00, was already reversed on "
		  "2025-09-05.");
	CHECK_INT(donation_reverse(a.id, "2025-08-31", &e), ERR_INPUT);
	CHECK_STR(e.msg, "The reversal (2025-08-31) cannot be dated before the entry it reverses "
		  "(2025-09-01).");
	CHECK_INT(donation_reverse(a.id, "2025-9-31", &e), ERR_INPUT);
	CHECK_INT(donation_reverse(999999, "2025-09-06", &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That gift no longer exists.");
	/* 220.00 of the cash handed over on 09-06: 张三's 200.00 is no longer all there */
	struct handover h = handing(dr.id, "2025-09-06", "101", 22000);
	snprintf(h.recipient, sizeof h.recipient, "钱老师家属");
	CHECK_INT(handover_add(&h, &e), ERR_OK);
	figures(dr.id, before, sizeof before);
	CHECK(strstr(before, "gifts 2 total 25000 handed 22000 held 3000 (cash 3000 bank 0)") ==
	      before);
	entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(donation_reverse(a.id, "2025-09-07", &e), ERR_INPUT);
	CHECK_STR(e.msg, "The gift of 2025-09-01 from 张三, 200.00, cannot be reversed: from "
		  "2025-09-07 on 为钱老师捐款 holds only 30.00 in cash (101); the rest was handed "
		  "over.");
	/* … and before the handover, what came after counts: the same */
	CHECK_INT(donation_reverse(a.id, "2025-09-05", &e), ERR_INPUT);
	CHECK(strstr(e.msg, "holds only 30.00 in cash (101)") != NULL);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation_reversal"), 1);
	figures(dr.id, f, sizeof f);
	CHECK_STR(f, before);

	/* the handover taken back on 09-08: the cash is held again (101 ← 231 reversed) */
	CHECK_INT(handover_reverse(h.id, "2025-09-08", &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 1);
	figures(dr.id, f, sizeof f);
	CHECK(strstr(f, "gifts 2 total 25000 handed 0 held 25000 (cash 25000 bank 0)") == f);
	CHECK_INT(fixture_balance("231"), b231 - 25000);
	CHECK_INT(fixture_balance("101"), b101 + 25000);
	struct handover hs[2];
	CHECK_INT(handover_page(dr.id, 0, 2, hs, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(hs[0].reversed_on, "2025-09-08");
	CHECK_INT(handover_reverse(h.id, "2025-09-09", &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "The handover of 2025-09-06 to 钱老师家属, 220.00, was already reversed "
		  "on 2025-09-08.");
	CHECK_INT(handover_reverse(h.id, "2025-09-01", &e), ERR_DUPLICATE);
	h = handing(dr.id, "2025-09-06", "101", 1000);
	CHECK_INT(handover_add(&h, &e), ERR_OK);
	CHECK_INT(handover_reverse(h.id, "2025-09-05", &e), ERR_INPUT);
	CHECK_STR(e.msg, "The reversal (2025-09-05) cannot be dated before the entry it reverses "
		  "(2025-09-06).");
	CHECK_INT(handover_reverse(h.id, "2025-09-08", &e), ERR_OK);
	/* before the handover came back, 09-07 had only 30.00; from 09-08 on it is all
	 * there, so 张三's gift can go then */
	CHECK_INT(donation_reverse(a.id, "2025-09-07", &e), ERR_INPUT);
	CHECK_INT(donation_reverse(a.id, "2025-09-08", &e), ERR_OK);
	figures(dr.id, f, sizeof f);
	CHECK(strstr(f, "gifts 1 total 5000 handed 0 held 5000 (cash 5000 bank 0)") == f);
	CHECK_INT(fixture_balance("231"), b231 - 5000);
	CHECK_INT(fixture_balance("101"), b101 + 5000);
	CHECK_INT(fixture_balance("102"), b102);
	/* more than is held cannot be handed over now */
	h = handing(dr.id, "2025-09-10", "101", 5001);
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_STR(e.msg, "50.01 is more than 为钱老师捐款 still holds (50.00).");

	/* a closed month: the reversal is not dated in one (the ledger's sentence), also
	 * when the schema is written to directly */
	struct donation june[1];
	CHECK_INT(donation_page(drive_id, 1, 1, june, &got, &e), ERR_OK);
	CHECK_STR(june[0].date, "2025-06-03");
	CHECK_INT(ledger_close_month("2025-06", &e), ERR_OK);
	entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK_INT(donation_reverse(june[0].id, "2025-06-20", &e), ERR_CLOSED);
	CHECK_STR(e.msg, "June 2025 (2025-06) is closed; enter a reversing entry in an open month "
		  "instead.");
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation_reversal"), 2);
	CHECK_INT(db_exec(&e, "INSERT INTO donation_reversal(donation_id, date) VALUES (?, "
			  "'2025-06-20')", "i", june[0].id), ERR_CLOSED);
	/* a gift of closed June is taken back in September: its entry stays in June, the
	 * red one is in September */
	int sept = fixture_count("SELECT count(*) FROM ledger_entry WHERE date = '2025-09-08'");
	CHECK_INT(donation_reverse(june[0].id, "2025-09-08", &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry WHERE date = '2025-09-08'"),
		  sept + 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM donation_reversal"), 3);
}

/* Reversed gifts and handovers go out with the day they were taken back and come in
 * again with their red entries; a handover taken back before a gift was is brought back
 * with its reversal (checked alone, it could not be paid out). */
static void test_reversal_csv(void)
{
	struct err e = { 0 };
	char *out = NULL;
	int entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int64_t b101 = fixture_balance("101"), b231 = fixture_balance("231");
	CHECK_INT(fixture_import("donations", "drive,date,donor,amount,reversed_on\n"
					      "边例,2025-09-10,甲,100,2025-09-14\n", &e), ERR_OK);
	CHECK_INT(fixture_import("handovers", "drive,date,recipient,amount,reversed_on\n"
					      "边例,2025-09-11,乙,100,2025-09-12\n", &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 4);
	CHECK_INT(fixture_balance("101"), b101);
	CHECK_INT(fixture_balance("231"), b231);
	struct drive dr;
	CHECK_INT(drive_find("边例", &dr, &e), ERR_OK);
	CHECK_INT(dr.gifts, 0);
	CHECK_INT(dr.total, 0);
	CHECK_INT(dr.held, 0);
	/* a reversed handover that would leave less than nothing is still refused */
	CHECK_INT(fixture_import("handovers", "drive,date,recipient,amount,reversed_on\n"
					      "边例,2025-09-13,乙,100,2025-09-15\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: From 2025-09-13 on, 边例 holds 0.00 in cash (101): 100.00 cannot be "
		  "handed over from there.");
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 4);
	CHECK_INT(fixture_export("handovers", &out, &e), ERR_OK);
	CHECK(strstr(out, "drive,date,recipient,amount,note,account,reversed_on\n") == out);
	CHECK(strstr(out, "\n边例,2025-09-11,乙,100.00,,101,2025-09-12\n") != NULL);
	CHECK(strstr(out, "\n为钱老师捐款,2025-09-06,钱老师家属,220.00,,101,2025-09-08\n") != NULL);
	free(out);
	CHECK_INT(fixture_export("donations", &out, &e), ERR_OK);
	CHECK(strstr(out, "\n为钱老师捐款,2025-09-02,,家长委员会,300.00,,,102,2025-09-05\n"
			  "为钱老师捐款,2025-09-03,T002,,50.00,,,101,\n") != NULL);
	CHECK(strstr(out, "\n边例,2025-09-10,,甲,100.00,,,101,2025-09-14\n") != NULL);
	free(out);
}

/* A gift reversed in a later year stays in its own year's report (that year's books
 * still hold its entry); reversed within the year it is out of it. */
static void test_reversal_report_year(void)
{
	struct err e = { 0 };
	struct drive dr = { 0 };
	snprintf(dr.name, sizeof dr.name, "年终爱心");
	snprintf(dr.date, sizeof dr.date, "2027-12-20");
	CHECK_INT(drive_add(&dr, &e), ERR_OK);
	struct donation a = gift(dr.id, "2027-12-20", mem[0], "", 10000);
	struct donation b = gift(dr.id, "2027-12-21", mem[1], "", 5000);
	CHECK_INT(donation_add(&a, &e), ERR_OK);
	CHECK_INT(donation_add(&b, &e), ERR_OK);
	CHECK_INT(donation_reverse(b.id, "2027-12-22", &e), ERR_OK);   /* within 2027 */
	CHECK_INT(donation_reverse(a.id, "2028-01-05", &e), ERR_OK);   /* in the next year */
	struct report r;
	CHECK_INT(report_compute(2027, &r, &e), ERR_OK);
	int found = 0;
	for (int i = 0; i < r.donations.n; i++)
		if (strcmp(r.donations.item[i].key, "年终爱心") == 0) {
			found = 1;
			CHECK_INT(r.donations.item[i].count, 1);
			CHECK_INT(r.donations.item[i].amount, 10000);
		}
	CHECK_INT(found, 1);
	report_free(&r);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("donation");
	mem[0] = FIXTURE_MEMBER("T001", "张三");
	mem[1] = FIXTURE_MEMBER("T002", "王芳");
	RUN(test_drives);
	RUN(test_gifts);
	RUN(test_csv_rules);
	RUN(test_csv_cause);
	RUN(test_year_and_many);
	RUN(test_handover_rules);
	RUN(test_reversal);
	RUN(test_reversal_csv);
	RUN(test_reversal_report_year);
	fixture_close();
	return check_done();
}

/*
 * test_report.c — the year-end report on a hand-made year (2024) written straight into
 * the tables with INSERT statements: every count and amount, the CSV contract line by
 * line, the aligned text report, an empty year, and dues in fixed mode.
 *
 * The year holds, among others: a welfare grant and the row reversing it (neither
 * counted), a ledger entry and its reversal (no line for that account), visits in 2023
 * and 2025 (not counted), a member visited twice (distinct people < 人次), a drive whose
 * name needs CSV quoting, and members whose status changed before, during and after
 * the year.
 */
#include "core/report.h"
#include "core/setting.h"
#include "core/text.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void sql(const char *s)
{
	struct err e = { 0 };
	if (db_exec(&e, s, NULL) != ERR_OK)
		printf("FAIL setup: %s: %s\n", e.msg, s);
}

static void fill(void)
{
	/* Members (wage_base in fen; dues 0.5% of the base with the part under 10 yuan
	 * dropped: 4567.89 → 22.80 a month). Months owed in 2024: T001 12 × 22.80,
	 * T002 10 × 15.00 (joined in March), T003 6 × 25.00 (retired in July), T004 9 × 10.00
	 * (left in October), T005 12 × 20.00, T008 12 × 5.00 (died in 2025); none for T006
	 * (joined 2025), T007 (retired 2020) and T009 (left 2023). */
	sql("INSERT INTO member(id, no, name, gender, join_date, status, status_date, wage_base)"
	    " VALUES"
	    " (1, 'T001', '张三', 'm', '2010-09-01', 'active', NULL, 456789),"
	    " (2, 'T002', '王芳', 'f', '2024-03-15', 'active', NULL, 300000),"
	    " (3, 'T003', '李梅', 'f', '2000-01-01', 'retired', '2024-07-01', 500000),"
	    " (4, 'T004', '赵强', 'm', '2015-01-01', 'left', '2024-10-20', 200000),"
	    " (5, 'T005', '歐陽娜娜', 'f', '2005-01-01', 'active', NULL, 400000),"
	    " (6, 'T006', '周烨', 'm', '2025-02-01', 'active', NULL, 900000),"
	    " (7, 'T007', '孙秀英', 'f', '1980-01-01', 'retired', '2020-06-30', 0),"
	    " (8, 'T008', '钱进', 'm', '1990-01-01', 'deceased', '2025-03-01', 100000),"
	    " (9, 'T009', '吴静', 'f', '2001-01-01', 'left', '2023-05-01', 300000)");

	sql("INSERT INTO dues(member_id, month, amount, paid_on) VALUES"
	    " (1, '2024-01', 2280, '2024-01-31'), (1, '2024-02', 2280, '2024-02-29'),"
	    " (1, '2024-03', 2280, '2024-03-31'), (1, '2024-04', 2280, '2024-04-30'),"
	    " (1, '2024-05', 2280, '2024-05-31'), (1, '2024-06', 2280, '2024-06-30'),"
	    " (1, '2024-07', 2280, '2024-07-31'), (1, '2024-08', 2280, '2024-08-31'),"
	    " (1, '2024-09', 2280, '2024-09-30'), (1, '2024-10', 2280, '2024-10-31'),"
	    " (1, '2024-11', 2280, '2024-11-30'), (1, '2024-12', 2280, '2024-12-31'),"
	    " (2, '2024-03', 1500, '2024-03-31'), (2, '2024-04', 1500, '2024-04-30'),"
	    " (2, '2024-05', 1500, '2024-05-31'),"
	    " (3, '2023-12', 2500, '2023-12-31'),"   /* another year */
	    " (5, '2025-01', 2000, '2024-12-31')");  /* paid early for next year */

	/* Ledger. Before 2024: bank +10,000.00, cash −500.00, and 2,000.00 from bank to
	 * cash (no change to the sum). */
	sql("INSERT INTO ledger_entry(id, date, debit, credit, amount) VALUES"
	    " (1, '2023-03-01', '101', '102', 200000),"
	    " (2, '2023-06-01', '102', '403', 1000000),"
	    " (3, '2023-12-20', '50205', '101', 50000),"
	    " (4, '2024-01-31', '101', '401', 31860),"
	    " (5, '2024-04-10', '102', '402', 800000),"
	    " (6, '2024-04-11', '402', '221', 320000),"   /* 40% owed upward */
	    " (7, '2024-05-05', '50205', '101', 120000),"
	    " (8, '2024-06-01', '50102', '102', 300000),"
	    " (9, '2024-06-02', '503', '101', 45000),"
	    " (11, '2024-09-10', '101', '408', 5050),"
	    " (12, '2025-01-05', '50104', '101', 99900)");
	sql("INSERT INTO ledger_entry(id, date, debit, credit, amount, source, reverses) VALUES"
	    " (10, '2024-06-03', '503', '101', -45000, 'reversal', 9)");

	sql("INSERT INTO welfare(id, date, member_id, kind, cash, goods, goods_value, paid_by,"
	    " reverses) VALUES"
	    " (1, '2024-02-01', 1, 'hospital', 50000, '', 0, 'union', NULL),"
	    " (2, '2024-03-01', 3, 'hospital', 30000, '水果', 8000, 'union', NULL),"
	    " (3, '2024-04-01', 2, 'wedding', 20000, '', 0, 'union', NULL),"
	    " (4, '2024-04-05', 2, 'wedding', 20000, '', 0, 'union', 3),"   /* reverses 3 */
	    " (5, '2024-09-09', 7, 'elderly_day', 0, '月饼', 12050, 'union', NULL),"
	    " (6, '2023-12-31', 1, 'illness', 10000, '', 0, 'union', NULL),"
	    " (7, '2024-12-31', 5, 'holiday', 30000, '', 0, 'school', NULL)");

	sql("INSERT INTO visit(date, member_id, reason) VALUES"
	    " ('2024-02-02', 1, 'hospital'), ('2024-02-10', 1, 'hospital'),"
	    " ('2024-03-02', 3, 'hospital'), ('2024-09-09', 7, 'elderly_day'),"
	    " ('2024-09-09', 3, 'elderly_day'),"
	    " ('2023-11-11', 1, 'illness'), ('2025-01-02', 2, 'wedding')");
	sql("INSERT INTO must_visit(member_id, reason, opened_on, closed_on) VALUES"
	    " (1, 'hospital', '2024-02-01', '2024-02-02'),"
	    " (2, 'wedding', '2024-04-01', '2025-01-02'),"   /* open at the end of 2024 */
	    " (4, 'bereavement', '2024-11-01', NULL),"       /* open */
	    " (5, 'hardship', '2025-02-01', NULL)");         /* not yet opened */

	sql("INSERT INTO event(id, code, name, kind, start_date) VALUES"
	    " (1, 'E1', '乒乓球赛', 'sports', '2024-04-20'),"
	    " (2, 'E2', '拔河', 'sports', '2024-10-01'),"
	    " (3, 'E3', '春游', 'outing', '2024-05-01'),"
	    " (4, 'E4', '元旦晚会', 'culture', '2025-01-01'),"
	    " (5, 'E5', '体检', 'health_check', '2024-11-11'),"
	    " (6, 'E6', '待定', 'other', NULL)");
	sql("INSERT INTO signup(event_id, member_id, family, status) VALUES"
	    " (1, 1, 0, 'signed'), (1, 2, 1, 'attended'), (1, 5, 2, 'cancelled'),"
	    " (1, 8, 0, 'waitlist'), (1, 3, 0, 'absent'),"
	    " (2, 1, 0, 'attended'), (2, 5, 0, 'attended'),"
	    " (3, 2, 2, 'signed'), (3, 1, 1, 'attended'),"
	    " (4, 1, 3, 'signed'), (6, 1, 0, 'signed')");

	sql("INSERT INTO drive(id, name, date) VALUES"
	    " (1, '为李老师捐款, 2024', '2024-03-01'), (2, '水灾捐款', '2024-08-01'),"
	    " (3, '旧捐款', '2023-05-01')");
	sql("INSERT INTO donation(drive_id, date, member_id, donor, amount) VALUES"
	    " (1, '2024-03-01', 1, '', 10000), (1, '2024-03-02', 5, '', 5000),"
	    " (1, '2024-03-03', NULL, '县教育局', 20000), (2, '2024-08-01', 2, '', 8800),"
	    " (2, '2025-01-03', 1, '', 100), (3, '2023-05-02', 1, '', 700)");

	sql("INSERT INTO proposal(date, title, status, answer) VALUES"
	    " ('2024-03-01', '食堂', 'received', ''),"
	    " ('2024-03-02', '路灯', 'answered', '已安排'),"
	    " ('2024-04-01', '午休', 'adopted', '采纳'),"
	    " ('2024-05-01', '加薪', 'rejected', '经费不足'),"
	    " ('2024-06-01', '车棚', 'received', '在研究'),"
	    " ('2023-12-01', '旧提案', 'adopted', '好')");
}

static void test_counts(void)
{
	struct report r;
	struct err e = { 0 };
	CHECK_INT(report_compute(2024, &r, &e), ERR_OK);
	CHECK_INT(r.year, 2024);

	CHECK_INT(r.members.active, 4);    /* T001 T002 T005, and T008 (died 2025) */
	CHECK_INT(r.members.female, 2);    /* T002 T005 */
	CHECK_INT(r.members.retired, 2);   /* T003 T007 */
	CHECK_INT(r.members.joined, 1);    /* T002 */
	CHECK_INT(r.members.left, 1);      /* T004; not T009 (2023), not T008 (2025) */

	CHECK_INT(r.dues.expected_months, 61);
	CHECK_INT(r.dues.expected, 12 * 2280 + 10 * 1500 + 6 * 2500 + 9 * 1000 + 12 * 2000 +
		  12 * 500);
	CHECK_INT(r.dues.paid_months, 15);
	CHECK_INT(r.dues.collected, 31860);

	CHECK_INT(r.ledger.opening, 950000);
	CHECK_INT(r.ledger.closing, 950000 + 31860 + 800000 - 120000 - 300000 + 5050);
	CHECK_INT(r.ledger.income.n, 3);
	CHECK_STR(r.ledger.income.item[0].key, "401");
	CHECK_STR(r.ledger.income.item[0].name, "会费收入");
	CHECK_INT(r.ledger.income.item[0].amount, 31860);
	CHECK_STR(r.ledger.income.item[1].key, "402");
	CHECK_INT(r.ledger.income.item[1].amount, 480000);   /* net of the 40% owed */
	CHECK_STR(r.ledger.income.item[2].key, "408");
	CHECK_INT(r.ledger.income.item[2].amount, 5050);
	CHECK_INT(r.ledger.income.amount, 516910);
	CHECK_INT(r.ledger.expense.n, 2);                    /* 503 reversed: no line */
	CHECK_STR(r.ledger.expense.item[0].key, "50102");
	CHECK_INT(r.ledger.expense.item[0].amount, 300000);
	CHECK_STR(r.ledger.expense.item[1].key, "50205");
	CHECK_INT(r.ledger.expense.item[1].amount, 120000);
	CHECK_INT(r.ledger.expense.amount, 420000);

	CHECK_INT(r.welfare.n, 3);
	CHECK_STR(r.welfare.item[0].key, "hospital");
	CHECK_INT(r.welfare.item[0].count, 2);
	CHECK_INT(r.welfare.item[0].amount, 88000);
	CHECK_STR(r.welfare.item[1].key, "holiday");
	CHECK_INT(r.welfare.item[1].count, 1);
	CHECK_INT(r.welfare.item[1].amount, 30000);
	CHECK_STR(r.welfare.item[2].key, "elderly_day");
	CHECK_INT(r.welfare.item[2].count, 1);
	CHECK_INT(r.welfare.item[2].amount, 12050);
	CHECK_INT(r.welfare.count, 4);                       /* not the wedding nor its reversal */
	CHECK_INT(r.welfare.amount, 130050);

	CHECK_INT(r.visits.n, 2);
	CHECK_STR(r.visits.item[0].key, "hospital");
	CHECK_INT(r.visits.item[0].count, 3);
	CHECK_INT(r.visits.item[0].people, 2);
	CHECK_STR(r.visits.item[1].key, "elderly_day");
	CHECK_INT(r.visits.item[1].count, 2);
	CHECK_INT(r.visits.item[1].people, 2);
	CHECK_INT(r.visits.count, 5);
	CHECK_INT(r.visits.people, 3);                       /* T001 T003 T007 */
	CHECK_INT(r.must_open, 2);

	CHECK_INT(r.events.n, 3);
	CHECK_STR(r.events.item[0].key, "sports");
	CHECK_INT(r.events.item[0].count, 2);
	CHECK_INT(r.events.item[0].people, 4);
	CHECK_STR(r.events.item[1].key, "outing");
	CHECK_INT(r.events.item[1].count, 1);
	CHECK_INT(r.events.item[1].people, 2);
	CHECK_STR(r.events.item[2].key, "health_check");
	CHECK_INT(r.events.item[2].count, 1);
	CHECK_INT(r.events.item[2].people, 0);
	CHECK_INT(r.events.count, 4);
	CHECK_INT(r.events.people, 6);
	CHECK_INT(r.family, 4);

	CHECK_INT(r.donations.n, 2);
	CHECK_STR(r.donations.item[0].key, "为李老师捐款, 2024");
	CHECK_INT(r.donations.item[0].count, 3);
	CHECK_INT(r.donations.item[0].amount, 35000);
	CHECK_STR(r.donations.item[1].key, "水灾捐款");
	CHECK_INT(r.donations.item[1].count, 1);
	CHECK_INT(r.donations.item[1].amount, 8800);
	CHECK_INT(r.donations.count, 4);
	CHECK_INT(r.donations.amount, 43800);

	CHECK_INT(r.proposals.received, 5);
	CHECK_INT(r.proposals.answered, 4);
	CHECK_INT(r.proposals.adopted, 1);
	report_free(&r);
	CHECK(r.welfare.item == NULL);
}

static char *capture(const struct report *r, int csv, int width)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (csv)
		report_print_csv(f, r);
	else
		report_print_text(f, r, width);
	fclose(f);
	return buf;
}

static void test_csv(void)
{
	struct report r;
	struct err e = { 0 };
	CHECK_INT(report_compute(2024, &r, &e), ERR_OK);
	char *got = capture(&r, 1, 0);
	CHECK_STR(got,
		  "section,item,count,amount\n"
		  "members,active,4,\n"
		  "members,female,2,\n"
		  "members,retired,2,\n"
		  "members,joined,1,\n"
		  "members,left,1,\n"
		  "dues,expected,61,963.60\n"
		  "dues,collected,15,318.60\n"
		  "ledger,opening,,9500.00\n"
		  "ledger,closing,,13669.10\n"
		  "ledger,income:401,,318.60\n"
		  "ledger,income:402,,4800.00\n"
		  "ledger,income:408,,50.50\n"
		  "ledger,expense:50102,,3000.00\n"
		  "ledger,expense:50205,,1200.00\n"
		  "ledger,received_for_others,,0.00\n"
		  "ledger,paid_for_others,,0.00\n"
		  "ledger,owed_upward,,3200.00\n"
		  "ledger,paid_upward,,0.00\n"
		  "ledger,other,,0.00\n"
		  "ledger,held_for_others,,0.00\n"
		  "ledger,owed_to_union_above,,3200.00\n"
		  "ledger,own_funds,,10469.10\n"
		  "welfare,hospital,2,880.00\n"
		  "welfare,holiday,1,300.00\n"
		  "welfare,elderly_day,1,120.50\n"
		  "welfare,total,4,1300.50\n"
		  "welfare,cash,,1100.00\n"
		  "welfare,goods,,200.50\n"
		  "welfare,union_paid,,1000.50\n"
		  "welfare,school_paid,,300.00\n"
		  "visits,hospital,3,\n"
		  "visits,elderly_day,2,\n"
		  "visits,total,5,\n"
		  "visits,people,3,\n"
		  "visits,must_open,2,\n"
		  "events,sports,2,\n"
		  "events,outing,1,\n"
		  "events,health_check,1,\n"
		  "events,total,4,\n"
		  "participants,sports,4,\n"
		  "participants,outing,2,\n"
		  "participants,health_check,0,\n"
		  "participants,total,6,\n"
		  "participants,family,4,\n"
		  "donations,\"为李老师捐款, 2024\",3,350.00\n"
		  "donations,水灾捐款,1,88.00\n"
		  "donations,total,4,438.00\n"
		  "proposals,received,5,\n"
		  "proposals,answered,4,\n"
		  "proposals,adopted,1,\n"
		  "proposals,answer_rate,80,\n");
	free(got);
	report_free(&r);
}

static void test_text(void)
{
	struct report r;
	struct err e = { 0 };
	CHECK_INT(report_compute(2024, &r, &e), ERR_OK);
	char *got = capture(&r, 0, 80);
	CHECK_STR(got,
"Year-end report 2024\n"
"====================\n"
"\n"
"Members                                                   people\n"
"  Working members at year end                                  4\n"
"    of them women                                              2\n"
"  Retired members                                              2\n"
"  Joined during the year                                       1\n"
"  Left during the year                                         1\n"
"\n"
"Dues                                                      months          amount\n"
"  Expected                                                    61          963.60\n"
"  Collected                                                   15          318.60\n"
"\n"
"Ledger: cash and bank                                                     amount\n"
"  Balance at the start of the year                                      9,500.00\n"
"  Income\n"
"    401 Dues income                                                       318.60\n"
"    402 Union funds from the school (2%)                                4,800.00\n"
"    408 Other income                                                       50.50\n"
"  Total income                                                          5,169.10\n"
"  Expense\n"
"    50102 Sports and culture                                            3,000.00\n"
"    50205 Sending warmth (condolences and gifts)                        1,200.00\n"
"  Total expense                                                         4,200.00\n"
"  Received for others (231)                                                 0.00\n"
"  Paid out for others (231)                                                 0.00\n"
"  Owed to the union above (221)                                         3,200.00\n"
"  Paid to the union above (221)                                             0.00\n"
"  Balance at the end of the year                                       13,669.10\n"
"    of it held for others (231)                                             0.00\n"
"    of it owed to the union above (221)                                 3,200.00\n"
"  The union's own funds at the end of the year                         10,469.10\n"
"\n"
"Welfare by kind                                            times          amount\n"
"  hospital stay                                                2          880.00\n"
"  holiday                                                      1          300.00\n"
"  Double Ninth                                                 1          120.50\n"
"  Total                                                        4        1,300.50\n"
"    in cash                                                             1,100.00\n"
"    in goods (their value)                                                200.50\n"
"    from union funds                                                    1,000.50\n"
"    paid by the school                                                    300.00\n"
"\n"
"Visits by reason                                           times          people\n"
"  hospital stay                                                3               2\n"
"  Double Ninth                                                 2               2\n"
"  Total                                                        5               3\n"
"  Must-visit cases open at year end                            2\n"
"\n"
"Events by kind                                            events    participants\n"
"  sports                                                       2               4\n"
"  outing                                                       1               2\n"
"  health check                                                 1               0\n"
"  Total                                                        4               6\n"
"  Family members coming along                                                  4\n"
"\n"
"Donations by drive                                         gifts          amount\n"
"  为李老师捐款, 2024                                           3          350.00\n"
"  水灾捐款                                                     1           88.00\n"
"  Total                                                        4          438.00\n"
"\n"
"Proposals                                                  count\n"
"  Received                                                     5\n"
"  Answered                                                     4\n"
"  Adopted                                                      1\n"
"  Answer rate                                                80%\n"
"\n"
"Sentences for the annual report\n"
"At the end of 2024 the union had 4 working members. 2 of them are women. 2\n"
"  retired members stay on the roll. During the year 1 member joined and 1 left.\n"
"In 2024 dues of 963.6 yuan were expected for 61 member-months; 318.6 yuan was\n"
"  paid, for 15 of them.\n"
"In 2024 the union's income was 5169.1 yuan and its spending 4200 yuan; cash\n"
"  and bank held 9500 yuan at the start of the year and 13669.1 yuan at its end.\n"
"  Of the 13669.1 yuan at the end of 2024, 0 yuan was held for others and 3200\n"
"  yuan was owed to the union above; the union's own funds were 10469.1 yuan.\n"
"In 2024 the union gave welfare 4 times: 1100 yuan in cash and goods worth\n"
"  200.5 yuan, of which 1000.5 yuan came from union funds and 300 yuan was paid\n"
"  by the school.\n"
"In 2024 the union made 5 visits to 3 members.\n"
"At the end of 2024, 2 must-visit cases were still waiting for a visit.\n"
"In 2024 the union held 4 events. Members took part 6 times. 4 family members\n"
"  came along.\n"
"In 2024 donation drives raised 438 yuan from 4 gifts.\n"
"In 2024 the union collected 5 proposals, answered 4 and adopted 1.\n");
	/* Every line fits in 80 columns, Chinese included. */
	int widest = 0;
	for (char *line = strtok(got, "\n"); line; line = strtok(NULL, "\n"))
		if (text_width(line) > widest)
			widest = text_width(line);
	CHECK_INT(widest, 80);
	free(got);

	/* A narrower page: labels shrink, numbers stay whole. */
	got = capture(&r, 0, 60);
	CHECK(strstr(got, "    401 Dues income                     "
			  "              318.60\n") != NULL);
	CHECK(strstr(got, "  为李老师捐款, 2024                       3          "
			  "350.00\n") != NULL);
	free(got);
	report_free(&r);
}

static void test_empty_year(void)
{
	struct report r;
	struct err e = { 0 };
	CHECK_INT(report_compute(2030, &r, &e), ERR_OK);
	CHECK_INT(r.members.active, 4);   /* T006 joined in 2025; T008 is gone */
	CHECK_INT(r.dues.paid_months, 0);
	char *got = capture(&r, 1, 0);
	CHECK_STR(got,
		  "section,item,count,amount\n"
		  "members,active,4,\n"
		  "members,female,2,\n"
		  "members,retired,2,\n"
		  "members,joined,0,\n"
		  "members,left,0,\n"
		  "dues,expected,48,1233.60\n"
		  "dues,collected,0,0.00\n"
		  "ledger,opening,,12670.10\n"
		  "ledger,closing,,12670.10\n"
		  "ledger,received_for_others,,0.00\n"
		  "ledger,paid_for_others,,0.00\n"
		  "ledger,owed_upward,,0.00\n"
		  "ledger,paid_upward,,0.00\n"
		  "ledger,other,,0.00\n"
		  "ledger,held_for_others,,0.00\n"
		  "ledger,owed_to_union_above,,3200.00\n"
		  "ledger,own_funds,,9470.10\n"
		  "welfare,total,0,0.00\n"
		  "welfare,cash,,0.00\n"
		  "welfare,goods,,0.00\n"
		  "welfare,union_paid,,0.00\n"
		  "welfare,school_paid,,0.00\n"
		  "visits,total,0,\n"
		  "visits,people,0,\n"
		  "visits,must_open,2,\n"
		  "events,total,0,\n"
		  "participants,total,0,\n"
		  "participants,family,0,\n"
		  "donations,total,0,0.00\n"
		  "proposals,received,0,\n"
		  "proposals,answered,0,\n"
		  "proposals,adopted,0,\n"
		  "proposals,answer_rate,0,\n");
	free(got);
	report_free(&r);

	/* Before anything happened: every fact is zero, so no sentence at all. */
	CHECK_INT(report_compute(1970, &r, &e), ERR_OK);
	got = capture(&r, 0, 80);
	const char *tail = "\nSentences for the annual report\nNothing was recorded for 1970.\n";
	size_t n = strlen(got), t = strlen(tail);
	CHECK(n > t && strcmp(got + n - t, tail) == 0);
	CHECK(strstr(got, "  Total                                                        0"
			  "            0.00\n") != NULL);
	free(got);
	report_free(&r);
}

static void test_fixed_dues(void)
{
	struct report r;
	struct err e = { 0 };
	sql("UPDATE setting SET value = 'fixed' WHERE key = 'dues_mode'");
	sql("UPDATE setting SET value = '1000' WHERE key = 'dues_fixed'");
	CHECK_INT(report_compute(2024, &r, &e), ERR_OK);
	CHECK_INT(r.dues.expected_months, 61);
	CHECK_INT(r.dues.expected, 61000);
	report_free(&r);
	sql("UPDATE setting SET value = 'percent' WHERE key = 'dues_mode'");
	sql("INSERT INTO setting(key, value) VALUES ('union_name', '红星小学工会')");
	CHECK_INT(report_compute(2024, &r, &e), ERR_OK);
	CHECK_INT(r.dues.expected, 96360);
	char *got = capture(&r, 0, 80);
	CHECK(strncmp(got, "红星小学工会\nYear-end report 2024\n=====", 40) == 0);
	free(got);
	report_free(&r);
}

/* Expected dues start at the later of joining and the books' first month (setting
 * books_start; by default the first month with dues, here 2023-12): a roll begun in
 * July 2024 owes nothing for January to June. */
static void test_books_start(void)
{
	struct report r;
	struct err e = { 0 };
	CHECK_INT(report_compute(2024, &r, &e), ERR_OK);
	CHECK_INT(r.dues.expected_months, 61);
	report_free(&r);
	CHECK_INT(setting_set("books_start", "2024-07", &e), ERR_OK);
	CHECK_INT(report_compute(2024, &r, &e), ERR_OK);
	/* T001 6 × 22.80, T002 6 × 15.00, T003 none (retired 2024-07-01), T004 July to
	 * September 3 × 10.00, T005 6 × 20.00, T008 6 × 5.00 */
	CHECK_INT(r.dues.expected_months, 27);
	CHECK_INT(r.dues.expected, 40680);
	report_free(&r);
	CHECK_INT(report_compute(2023, &r, &e), ERR_OK);
	CHECK_INT(r.dues.expected_months, 0);
	report_free(&r);
	sql("DELETE FROM setting WHERE key = 'books_start'");
}

static void test_control_chars(void)
{
	struct report r;
	struct err e = { 0 };
	/* A drive name holding "clear the screen" prints as text in the report. */
	sql("INSERT INTO drive(id, name, date) VALUES (9, 'a\x1b[2Jb', '2031-01-01')");
	sql("INSERT INTO donation(drive_id, date, amount) VALUES (9, '2031-01-02', 100)");
	CHECK_INT(report_compute(2031, &r, &e), ERR_OK);
	char *got = capture(&r, 0, 80);
	CHECK(strstr(got, "\x1b") == NULL);
	CHECK(strstr(got, "  a^[[2Jb                                                      1"
			  "            1.00\n") != NULL);
	CHECK(strstr(got, "In 2031 donation drives raised 1 yuan from 1 gift.\n") != NULL);
	free(got);
	report_free(&r);
}

/* The cash section adds up line by line in a year with donation drives (issue: 14,540
 * yuan held for others made the printed figures impossible to follow): 2026 on its own
 * database, every kind of movement once. */
static void test_cash_reconciles(void)
{
	fixture_open("report-cash");
	sql("INSERT INTO ledger_entry(date, voucher, debit, credit, amount, description, source)"
	    " VALUES ('2025-12-31', 'J0', '102', '302', 1000000, 'opening', 'manual'),"
	    /* the union's own: 2% funds kept and owed, dues, an expense */
	    " ('2026-01-10', 'J1', '102', '402', 600000, 'kept', 'manual'),"
	    " ('2026-01-10', 'J1', '102', '221', 400000, 'owed', 'manual'),"
	    " ('2026-02-01', '', '101', '401', 12345, 'dues', 'dues'),"
	    " ('2026-03-01', 'J2', '50102', '101', 250000, 'sports', 'manual'),"
	    /* donations received for others, part handed over */
	    " ('2026-04-01', '', '101', '231', 1454000, 'drive', 'donation'),"
	    " ('2026-04-20', '', '231', '101', 1200000, 'handed over', 'donation'),"
	    /* part of what is owed paid upward; a transfer between cash and bank */
	    " ('2026-06-30', 'J3', '221', '102', 300000, 'paid up', 'manual'),"
	    " ('2026-07-01', 'J4', '101', '102', 50000, 'cash drawn', 'manual'),"
	    /* an adjustment of the surplus (neither income nor expense) */
	    " ('2026-08-01', 'J5', '102', '302', 7000, 'adjustment', 'manual')");
	struct report r;
	struct err e = { 0 };
	CHECK_INT(report_compute(2026, &r, &e), ERR_OK);
	CHECK_INT(r.ledger.opening, 1000000);
	CHECK_INT(r.ledger.income.amount, 612345);
	CHECK_INT(r.ledger.expense.amount, 250000);
	CHECK_INT(r.ledger.held_in, 1454000);
	CHECK_INT(r.ledger.held_out, 1200000);
	CHECK_INT(r.ledger.owed_in, 400000);
	CHECK_INT(r.ledger.owed_out, 300000);
	CHECK_INT(r.ledger.other, 7000);
	CHECK_INT(r.ledger.closing, 1723345);
	CHECK_INT(r.ledger.opening + r.ledger.income.amount - r.ledger.expense.amount +
		  r.ledger.held_in - r.ledger.held_out + r.ledger.owed_in - r.ledger.owed_out +
		  r.ledger.other, r.ledger.closing);
	CHECK_INT(r.ledger.held, 254000);
	CHECK_INT(r.ledger.owed, 100000);
	CHECK_INT(r.ledger.own, 1369345);
	char *got = capture(&r, 0, 80);
	const char *cash = strstr(got, "Ledger: cash and bank");
	const char *end = cash ? strstr(cash, "\n\n") : NULL;
	CHECK(end != NULL);
	if (end)
		((char *)end)[1] = '\0';
	CHECK_STR(cash,
"Ledger: cash and bank                                                     amount\n"
"  Balance at the start of the year                                     10,000.00\n"
"  Income\n"
"    401 Dues income                                                       123.45\n"
"    402 Union funds from the school (2%)                                6,000.00\n"
"  Total income                                                          6,123.45\n"
"  Expense\n"
"    50102 Sports and culture                                            2,500.00\n"
"  Total expense                                                         2,500.00\n"
"  Received for others (231)                                            14,540.00\n"
"  Paid out for others (231)                                            12,000.00\n"
"  Owed to the union above (221)                                         4,000.00\n"
"  Paid to the union above (221)                                         3,000.00\n"
"  Other movements of cash and bank                                         70.00\n"
"  Balance at the end of the year                                       17,233.45\n"
"    of it held for others (231)                                         2,540.00\n"
"    of it owed to the union above (221)                                 1,000.00\n"
"  The union's own funds at the end of the year                         13,693.45\n");
	free(got);
	got = capture(&r, 0, 80);
	CHECK_STR(strstr(got, "Sentences"), "Sentences for the annual report\n"
"In 2026 the union's income was 6123.45 yuan and its spending 2500 yuan; cash\n"
"  and bank held 10000 yuan at the start of the year and 17233.45 yuan at its\n"
"  end. Of the 17233.45 yuan at the end of 2026, 2540 yuan was held for others\n"
"  and 1000 yuan was owed to the union above; the union's own funds were 13693.45\n"
"  yuan.\n");
	free(got);
	got = capture(&r, 1, 0);
	CHECK(strstr(got, "ledger,opening,,10000.00\n"
			  "ledger,closing,,17233.45\n"
			  "ledger,income:401,,123.45\n"
			  "ledger,income:402,,6000.00\n"
			  "ledger,expense:50102,,2500.00\n"
			  "ledger,received_for_others,,14540.00\n"
			  "ledger,paid_for_others,,12000.00\n"
			  "ledger,owed_upward,,4000.00\n"
			  "ledger,paid_upward,,3000.00\n"
			  "ledger,other,,70.00\n"
			  "ledger,held_for_others,,2540.00\n"
			  "ledger,owed_to_union_above,,1000.00\n"
			  "ledger,own_funds,,13693.45\n") != NULL);
	free(got);
	report_free(&r);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	fixture_open("report");
	fill();
	RUN(test_counts);
	RUN(test_csv);
	RUN(test_text);
	RUN(test_empty_year);
	RUN(test_fixed_dues);
	RUN(test_books_start);
	RUN(test_control_chars);
	fixture_close();
	RUN(test_cash_reconciles);
	fixture_close();
	return check_done();
}

/* test_year.c — the union's year beyond dues: retirees due a visit under the union's
 * rule, birthdays with the round ones, a month's dues at a glance, money of a donation
 * drive handed over (out of 231), the proposals' answer rate and congress sessions, and
 * the first screen's figures gathered from them (home_load). Today is 2025-06-15. */
#include "core/donation.h"
#include "core/dues.h"
#include "core/home.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/proposal.h"
#include "core/setting.h"
#include "core/visit.h"
#include "core/welfare.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TODAY "2025-06-15"

static int64_t t1, t2, t3, r70, r80, r81, rnew, rold, left;

static int64_t person(const char *no, const char *name, const char *birth, const char *status,
		      const char *status_date, int64_t wage)
{
	struct member m;
	struct err e = { 0 };
	member_init(&m);
	snprintf(m.no, sizeof m.no, "%s", no);
	snprintf(m.name, sizeof m.name, "%s", name);
	snprintf(m.birth_date, sizeof m.birth_date, "%s", birth);
	snprintf(m.status, sizeof m.status, "%s", status);
	snprintf(m.status_date, sizeof m.status_date, "%s", status_date);
	m.wage_base = wage;
	if (member_add(&m, &e) != ERR_OK)
		printf("FAIL add %s: %s\n", no, e.msg);
	return m.id;
}

static void visit(int64_t member, const char *date, const char *reason)
{
	struct visit v;
	struct err e = { 0 };
	visit_init(&v);
	v.member_id = member;
	snprintf(v.date, sizeof v.date, "%s", date);
	snprintf(v.reason, sizeof v.reason, "%s", reason);
	if (visit_add(&v, &e) != ERR_OK)
		printf("FAIL visit: %s\n", e.msg);
}

static void setup(void)
{
	fixture_open("year");
	t1 = person("T1", "张三", "1965-06-03", "active", "", 456780);
	t2 = person("T2", "李四", "1990-06-30", "active", "", 300000);
	t3 = person("T3", "王五", "1985-07-01", "active", "", 300000);
	r70 = person("R1", "赵一", "1955-06-20", "retired", "2015-07-01", 0);   /* 70 */
	r80 = person("R2", "钱二", "1945-01-02", "retired", "2005-02-01", 0);   /* 80 */
	r81 = person("R3", "孙三", "1944-03-03", "retired", "2004-04-01", 0);   /* 81 */
	rnew = person("R4", "周四", "1965-05-01", "retired", "2025-06-10", 0);  /* new */
	rold = person("R5", "吴五", "1960-09-09", "retired", "2020-09-30", 0);  /* 65 */
	left = person("L1", "郑六", "1945-06-01", "left", "2020-01-01", 0);
}

static void test_retirees_due(void)
{
	struct err e = { 0 };
	struct visit_due d[16];
	int got = -1, total = -1;
	CHECK_INT(visit_retirees_due(TODAY, d, 16, &got, &total, &e), ERR_OK);
	/* new retiree first (by 2025-06-20, 5 days left), then 80+ for this half-year
	 * (钱二, 孙三), then 70+ for the year (赵一); 吴五 (65) and the one who left not */
	CHECK_INT(total, 4);
	CHECK_INT(got, 4);
	CHECK_STR(d[0].member_no, "R4");
	CHECK_INT(d[0].why, VISIT_DUE_NEW);
	CHECK_STR(d[0].by, "2025-06-20");
	CHECK_INT(d[0].days_left, 5);
	CHECK_STR(d[1].member_no, "R2");
	CHECK_INT(d[1].why, VISIT_DUE_TWICE);
	CHECK_STR(d[1].by, "2025-06-30");
	CHECK_INT(d[1].days_left, 15);
	CHECK_INT(d[1].age, 80);
	CHECK_STR(d[2].member_no, "R3");
	CHECK_STR(d[3].member_no, "R1");
	CHECK_INT(d[3].why, VISIT_DUE_ONCE);
	CHECK_STR(d[3].by, "2025-12-31");
	CHECK_INT(d[3].age, 70);

	/* 钱二 visited in March (this half-year), 孙三 last December (not), 赵一 in January
	 * (this year), 周四 the day after retiring */
	visit(r80, "2025-03-01", "elderly_day");
	visit(r81, "2024-12-20", "elderly_day");
	visit(r70, "2025-01-10", "holiday");
	visit(rnew, "2025-06-11", "retirement");
	CHECK_INT(visit_retirees_due(TODAY, d, 16, &got, &total, &e), ERR_OK);
	CHECK_INT(total, 1);
	CHECK_STR(d[0].member_no, "R3");
	CHECK_STR(d[0].last_visit, "2024-12-20");
	/* in July the 80-year-olds are due again, the 70-year-old not */
	CHECK_INT(visit_retirees_due("2025-07-01", d, 16, &got, &total, &e), ERR_OK);
	CHECK_INT(total, 2);
	CHECK_STR(d[0].member_no, "R2");
	CHECK_STR(d[0].by, "2025-12-31");
	CHECK_STR(d[1].member_no, "R3");
	/* a visit after today does not count for today */
	visit(r81, "2025-06-20", "elderly_day");
	CHECK_INT(visit_retirees_due(TODAY, d, 16, &got, &total, &e), ERR_OK);
	CHECK_INT(total, 1);
	/* the rule is a setting: 65 and over once a year brings in 吴五; late by a day */
	CHECK_INT(setting_set("visit_retired_once_age", "65", &e), ERR_OK);
	CHECK_INT(visit_retirees_due("2026-01-01", d, 1, &got, &total, &e), ERR_OK);
	CHECK_INT(total, 4);   /* 钱二 孙三 赵一 吴五: a new year */
	CHECK_INT(got, 1);
	CHECK_INT(setting_set("visit_retired_once_age", "70", &e), ERR_OK);
	/* on the day 周四 retired (before the visit of 06-11) she is due, with ten days
	 * left; with the rule off (0) she is not, and only 孙三 is */
	CHECK_INT(visit_retirees_due("2025-06-10", d, 16, &got, &total, &e), ERR_OK);
	CHECK_INT(total, 2);
	CHECK_STR(d[0].member_no, "R4");
	CHECK_INT(d[0].days_left, 10);
	CHECK_INT(setting_set("visit_new_retiree_days", "0", &e), ERR_OK);
	CHECK_INT(visit_retirees_due("2025-06-10", d, 16, &got, &total, &e), ERR_OK);
	CHECK_INT(total, 1);
	CHECK_STR(d[0].member_no, "R3");
	CHECK_INT(setting_set("visit_new_retiree_days", "10", &e), ERR_OK);
}

static void test_birthdays(void)
{
	struct err e = { 0 };
	struct member_birthday b[8];
	int got = -1, total = -1;
	CHECK_INT(member_birthdays("2025-06", b, 8, &got, &total, &e), ERR_OK);
	/* June: 张三 06-03 (60, round), 赵一 06-20 (70, round), 李四 06-30 (35); not 郑六
	 * (left) */
	CHECK_INT(total, 3);
	CHECK_INT(got, 3);
	CHECK_STR(b[0].no, "T1");
	CHECK_INT(b[0].age, 60);
	CHECK_INT(b[0].round, 60);
	CHECK_STR(b[1].no, "R1");
	CHECK_INT(b[1].round, 70);
	CHECK_STR(b[2].no, "T2");
	CHECK_INT(b[2].age, 35);
	CHECK_INT(b[2].round, 0);
	CHECK_INT(member_birthdays("2025-06", b, 1, &got, &total, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_INT(total, 3);
	CHECK_INT(member_birthdays("2025-13", b, 8, &got, &total, &e), ERR_INPUT);
	/* the query uses the index on the birthday, not a scan of the roll */
	db_stmt *st = db_prepare(&e, "EXPLAIN QUERY PLAN SELECT id FROM member WHERE "
				     "substr(birth_date, 6, 5) BETWEEN '06-01' AND '06-31' "
				     "AND +status IN ('active', 'retired')");
	char plan[256] = "";
	if (st && db_step(st, &e) == DB_ROW)
		snprintf(plan, sizeof plan, "%s", db_col_text(st, 3));
	db_finalize(&st);
	CHECK(strstr(plan, "USING INDEX member_birthday") != NULL);
}

static void test_dues_tally(void)
{
	struct err e = { 0 };
	int listed = -1, paid = -1, owing = -1;
	int64_t sum = -1;
	struct dues_pay p[] = { { t1, 2280 }, { t2, 1500 } };
	CHECK_INT(dues_record("2025-06", "2025-06-05", p, 2, &e), ERR_OK);
	CHECK_INT(dues_month_tally("2025-06", &listed, &paid, &owing, &sum, &e), ERR_OK);
	CHECK_INT(listed, 3);
	CHECK_INT(paid, 2);
	CHECK_INT(owing, 1);
	CHECK_INT(sum, 3780);
	/* in May 周四 was still working (retired 2025-06-10) */
	CHECK_INT(dues_month_tally("2025-05", &listed, &paid, &owing, &sum, &e), ERR_OK);
	CHECK_INT(listed, 4);
	CHECK_INT(paid, 0);
	CHECK_INT(owing, 3);    /* 周四 has no wage base: nothing due */
	CHECK_INT(sum, 0);
}

static void test_handover(void)
{
	struct err e = { 0 };
	struct drive dr = { 0 };
	snprintf(dr.name, sizeof dr.name, "为王老师爱心捐款");
	snprintf(dr.date, sizeof dr.date, "2025-06-01");
	CHECK_INT(drive_add(&dr, &e), ERR_OK);
	int64_t held0 = fixture_balance("231");
	struct donation g = { 0 };
	g.drive_id = dr.id;
	snprintf(g.date, sizeof g.date, "2025-06-02");
	g.member_id = t1;
	g.amount = 20000;
	CHECK_INT(donation_add(&g, &e), ERR_OK);
	memset(&g, 0, sizeof g);
	g.drive_id = dr.id;
	snprintf(g.date, sizeof g.date, "2025-06-02");
	snprintf(g.donor, sizeof g.donor, "县教育局");
	g.amount = 574000;
	CHECK_INT(donation_add(&g, &e), ERR_OK);
	CHECK_INT(fixture_balance("231") - held0, -594000);   /* 5,940.00 held */

	struct handover h = { 0 };
	h.drive_id = dr.id;
	snprintf(h.date, sizeof h.date, "2025-06-10");
	snprintf(h.recipient, sizeof h.recipient, "王老师");
	h.amount = 500000;
	CHECK_INT(handover_add(&h, &e), ERR_OK);
	CHECK(h.entry_id > 0);
	struct ledger_entry le;
	CHECK_INT(ledger_get(h.entry_id, &le, &e), ERR_OK);
	CHECK_STR(le.debit, "231");
	CHECK_STR(le.credit, "101");
	CHECK_INT(le.amount, 500000);
	CHECK_STR(le.date, "2025-06-10");
	CHECK_STR(le.description, "Donations of 为王老师爱心捐款 handed over to 王老师");
	CHECK_INT(fixture_balance("231") - held0, -94000);
	struct drive got;
	CHECK_INT(drive_get(dr.id, &got, &e), ERR_OK);
	CHECK_INT(got.total, 594000);
	CHECK_INT(got.handed, 500000);
	CHECK_INT(got.held, 94000);

	/* refusals */
	h.id = 0;
	h.amount = 94001;
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_STR(e.msg, "940.01 is more than 为王老师爱心捐款 still holds (940.00).");
	h.amount = 0;
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	h.amount = 100;
	snprintf(h.date, sizeof h.date, "2025-05-31");
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The money cannot be handed over on 2025-05-31, before the drive "
		  "began (2025-06-01).");
	snprintf(h.date, sizeof h.date, "2025-06-11");
	h.recipient[0] = '\0';
	CHECK_INT(handover_add(&h, &e), ERR_INPUT);
	CHECK_INT(handover_count(dr.id, &(int){ 0 }, &e), ERR_OK);
	int n = -1;
	handover_count(0, &n, &e);
	CHECK_INT(n, 1);
	struct handover page[4];
	int gotn = -1;
	CHECK_INT(handover_page(dr.id, 0, 4, page, &gotn, &e), ERR_OK);
	CHECK_INT(gotn, 1);
	CHECK_STR(page[0].recipient, "王老师");
	/* the rest, 940.00, handed over in full */
	snprintf(h.recipient, sizeof h.recipient, "王老师家属");
	h.amount = 94000;
	CHECK_INT(handover_add(&h, &e), ERR_OK);
	CHECK_INT(drive_get(dr.id, &got, &e), ERR_OK);
	CHECK_INT(got.held, 0);
	CHECK_INT(fixture_balance("231"), held0);
	/* a second drive, not handed over yet: 100.00 held */
	struct drive d2 = { 0 };
	snprintf(d2.name, sizeof d2.name, "助学");
	snprintf(d2.date, sizeof d2.date, "2025-06-12");
	CHECK_INT(drive_add(&d2, &e), ERR_OK);
	memset(&g, 0, sizeof g);
	g.drive_id = d2.id;
	snprintf(g.date, sizeof g.date, "2025-06-12");
	g.member_id = t2;
	g.amount = 10000;
	CHECK_INT(donation_add(&g, &e), ERR_OK);
}

static void test_proposals(void)
{
	struct err e = { 0 };
	CHECK_INT(proposal_rate(18, 20), 90);
	CHECK_INT(proposal_rate(2, 3), 67);
	CHECK_INT(proposal_rate(1, 3), 33);
	CHECK_INT(proposal_rate(1, 8), 13);   /* 12.5 rounds up */
	CHECK_INT(proposal_rate(0, 0), 0);
	CHECK_INT(proposal_rate(5, 5), 100);

	struct congress cg = { 0 };
	snprintf(cg.name, sizeof cg.name, "六届五次教代会");
	snprintf(cg.date, sizeof cg.date, "2025-03-20");
	CHECK_INT(congress_add(&cg, &e), ERR_OK);
	struct congress dup = cg;
	CHECK_INT(congress_add(&dup, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "There is already a congress session named 六届五次教代会.");
	int64_t dele[] = { t1, t2, t1 };
	CHECK_INT(congress_set_delegates(cg.id, dele, 3, &e), ERR_OK);
	int64_t ghost[] = { 999 };
	CHECK_INT(congress_set_delegates(cg.id, ghost, 1, &e), ERR_NOTFOUND);
	CHECK(congress_is_delegate(cg.id, t2));
	CHECK(!congress_is_delegate(cg.id, t3));

	const char *titles[] = { "食堂改善", "增加体育器材", "教师阅览室" };
	int64_t ids[3];
	for (int i = 0; i < 3; i++) {
		struct proposal p;
		proposal_init(&p);
		snprintf(p.date, sizeof p.date, "2025-03-%02d", 20 + i);
		snprintf(p.title, sizeof p.title, "%s", titles[i]);
		p.member_id = t1;
		p.congress_id = i < 2 ? cg.id : 0;
		CHECK_INT(proposal_add(&p, &e), ERR_OK);
		ids[i] = p.id;
	}
	CHECK_INT(proposal_answer(ids[0], "已安排", "2025-04-01", "adopted", &e), ERR_OK);
	CHECK_INT(proposal_answer(ids[1], "明年解决", "2025-04-02", "answered", &e), ERR_OK);
	struct proposal_tally t;
	CHECK_INT(proposal_tally("2025", &t, &e), ERR_OK);
	CHECK_INT(t.received, 3);
	CHECK_INT(t.answered, 2);
	CHECK_INT(t.adopted, 1);
	CHECK_INT(t.rate, 67);
	CHECK_INT(proposal_tally("2024", &t, &e), ERR_OK);
	CHECK_INT(t.received, 0);
	CHECK_INT(t.rate, 0);

	struct congress got;
	CHECK_INT(congress_find("六届五次教代会", &got, &e), ERR_OK);
	CHECK_INT(got.delegates, 2);
	CHECK_INT(got.proposals, 2);
	struct proposal_query q = { .congress_id = cg.id };
	int n = -1;
	CHECK_INT(proposal_count(&q, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	struct proposal p;
	CHECK_INT(proposal_get(ids[0], &p, &e), ERR_OK);
	CHECK_INT(p.congress_id, cg.id);
	CHECK_INT(congress_find("七届一次", &got, &e), ERR_NOTFOUND);
	struct proposal bad;
	proposal_init(&bad);
	snprintf(bad.date, sizeof bad.date, "2025-03-20");
	snprintf(bad.title, sizeof bad.title, "x");
	bad.congress_id = 999;
	CHECK_INT(proposal_add(&bad, &e), ERR_NOTFOUND);
}

static void test_home(void)
{
	struct err e = { 0 };
	struct home h;
	/* a hospital stay opened 2025-06-01 (14 days waiting), a wedding 2025-06-14 */
	struct welfare w;
	welfare_init(&w);
	snprintf(w.date, sizeof w.date, "2025-06-01");
	w.member_id = t3;
	snprintf(w.kind, sizeof w.kind, "hospital");
	w.cash = 50000;
	CHECK_INT(welfare_add(&w, &e), ERR_OK);
	welfare_init(&w);
	snprintf(w.date, sizeof w.date, "2025-06-14");
	w.member_id = t2;
	snprintf(w.kind, sizeof w.kind, "wedding");
	w.cash = 60000;
	CHECK_INT(welfare_add(&w, &e), ERR_OK);
	CHECK_INT(ledger_close_month("2025-05", &e), ERR_OK);

	CHECK_INT(home_load(TODAY, 8, &h, &e), ERR_OK);
	CHECK_STR(h.month, "2025-06");
	CHECK_STR(h.last_month, "2025-05");
	CHECK_INT(h.dues.listed, 3);
	CHECK_INT(h.dues.paid, 2);
	CHECK_INT(h.dues.owing, 1);
	CHECK_INT(h.dues.collected, 3780);
	CHECK_INT(h.dues.closed, 0);
	CHECK_INT(h.dues.last_closed, 1);
	CHECK_INT(h.must_total, 2);
	CHECK_STR(h.must[0].member_no, "T3");
	CHECK_INT(h.must[0].days_open, 14);
	CHECK_STR(h.must[1].reason, "wedding");
	CHECK_INT(h.must[1].days_open, 1);
	CHECK_INT(h.due_total, 1);
	CHECK_STR(h.due[0].member_no, "R3");
	CHECK_INT(h.bday_total, 3);
	CHECK_INT(h.bday[0].round, 60);
	CHECK_STR(h.caps_preset, "none");
	CHECK_INT(h.caps_n, 0);
	/* cash: dues 37.80 + gifts 200.00 + 5,740.00 + 100.00 - handed over 5,940.00
	 *       - welfare 500.00 - 600.00 = -962.20 (no opening balance entered) */
	CHECK_INT(h.cash, 3780 + 20000 + 574000 + 10000 - 594000 - 50000 - 60000);
	CHECK_INT(h.bank, 0);
	CHECK_INT(h.held, 10000);
	CHECK_INT(h.backup_known, 0);
	/* fewer lines asked: the totals stay */
	CHECK_INT(home_load(TODAY, 1, &h, &e), ERR_OK);
	CHECK_INT(h.must_n, 1);
	CHECK_INT(h.must_total, 2);
	CHECK_INT(h.bday_n, 1);
	CHECK_INT(home_load("2025-02-30", 8, &h, &e), ERR_INPUT);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setup();
	RUN(test_retirees_due);
	RUN(test_birthdays);
	RUN(test_dues_tally);
	RUN(test_handover);
	RUN(test_proposals);
	RUN(test_home);
	fixture_close();
	return check_done();
}

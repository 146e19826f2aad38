/* test_welfare.c — welfare (慰问/补助): refusals, the ledger entry of a union-paid row
 * (account by kind, exact fen), school-paid rows, closed months, the 五必访 item a row
 * opens, reversal, paging, tallies and the CSV kind. */
#include "core/category.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/visit.h"
#include "core/welfare.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int64_t zhang, li, wang;

static void fill(struct welfare *w, const char *date, int64_t member, const char *kind,
		 int64_t cash, int64_t goods_value, const char *paid_by)
{
	welfare_init(w);
	snprintf(w->date, sizeof w->date, "%s", date);
	w->member_id = member;
	snprintf(w->kind, sizeof w->kind, "%s", kind);
	w->cash = cash;
	w->goods_value = goods_value;
	if (goods_value > 0)   /* goods with a value are named */
		snprintf(w->goods, sizeof w->goods, "%s", "慰问品");
	snprintf(w->paid_by, sizeof w->paid_by, "%s", paid_by);
}

/* Add a row; its id, or 0 (and the message printed) when refused. */
static int64_t give(const char *date, int64_t member, const char *kind, int64_t cash,
		    int64_t goods_value, const char *paid_by)
{
	struct welfare w;
	struct err e = { 0 };
	fill(&w, date, member, kind, cash, goods_value, paid_by);
	if (welfare_add(&w, &e) != ERR_OK) {
		printf("give %s %s: %s\n", date, kind, e.msg);
		return 0;
	}
	return w.id;
}

static void test_accounts(void)
{
	CHECK_STR(welfare_account("hardship"), "50204");
	CHECK_STR(welfare_account("disaster"), "50204");
	CHECK_STR(welfare_account("illness"), "50205");
	CHECK_STR(welfare_account("hospital"), "50205");
	CHECK_STR(welfare_account("bereavement"), "50205");
	CHECK_STR(welfare_account("childbirth"), "50205");
	CHECK_STR(welfare_account("retirement"), "50205");
	CHECK_STR(welfare_account("longevity"), "50205");
	CHECK_STR(welfare_account("elderly_day"), "50205");
	CHECK_STR(welfare_account("holiday"), "50205");
	CHECK_STR(welfare_account("wedding"), "50104");
	CHECK_STR(welfare_account("birthday"), "50104");
	CHECK_STR(welfare_account("model_worker"), "50104");
	CHECK_STR(welfare_account("other"), "50104");
	CHECK(welfare_account("party") == NULL);
	CHECK(welfare_account(NULL) == NULL);
	/* every kind of the category list has its account */
	int n, missing = 0;
	const struct category *k = cat_list(CAT_WELFARE, &n);
	for (int i = 0; i < n; i++)
		missing += welfare_account(k[i].code) == NULL;
	CHECK_INT(n, 14);
	CHECK_INT(missing, 0);
}

static void test_refusals(void)
{
	struct welfare w;
	struct err e = { 0 };
	int64_t rows = fixture_count("SELECT count(*) FROM welfare");
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");

	fill(&w, "2025-04-01", 9999, "illness", 30000, 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");

	fill(&w, "2025-04-01", zhang, "illness", -100, 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The cash cannot be negative.");

	fill(&w, "2025-04-01", zhang, "illness", 100, -1, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The value of the goods cannot be negative.");

	fill(&w, "2025-04-01", zhang, "party", 100, 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Unknown welfare kind \"party\".");

	fill(&w, "2025-04-01", zhang, "住院", 100, 0, "union");   /* a name, not the code */
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Unknown welfare kind \"住院\".");

	fill(&w, "2025-02-30", zhang, "illness", 100, 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date \"2025-02-30\" is not a date.");

	fill(&w, "2025/04/01", zhang, "illness", 100, 0, "union");   /* not stored form */
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date \"2025/04/01\" is not a date.");

	fill(&w, "2025-04-01", zhang, "illness", 0, 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Nothing was given: enter the cash, the goods, or both.");

	fill(&w, "2025-04-01", zhang, "illness", 100, 0, "city");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Paid by must be union or school, not \"city\".");

	fill(&w, "2025-04-01", zhang, "illness", 100, 0, "union");
	snprintf(w.note, sizeof w.note, "a\x1b[2Jb");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The goods or note contain characters that cannot be shown.");

	fill(&w, "2025-04-01", zhang, "illness", 100, 0, "union");
	w.reverses = 1;
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);

	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), rows);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(w.id, 0);
}

static void test_school_paid(void)
{
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	/* school-paid illness: 300.00 cash + 50.00 goods, no ledger entry */
	int64_t id = give("2025-04-02", li, "illness", 30000, 5000, "school");
	CHECK(id > 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_balance("50205"), 0);
	CHECK_INT(fixture_balance("101"), 0);
	struct welfare w;
	CHECK_INT(welfare_get(id, &w, NULL), ERR_OK);
	CHECK_INT(w.entry_id, 0);
	CHECK_STR(w.paid_by, "school");
	CHECK_INT(w.cash, 30000);
	CHECK_INT(w.goods_value, 5000);
	CHECK_STR(w.member_no, "T002");
	CHECK_STR(w.member_name, "李四");

	/* union-paid goods of unknown value (月饼, 0.00): no entry either */
	struct welfare g;
	struct err e = { 0 };
	fill(&g, "2025-04-03", li, "holiday", 0, 0, "union");
	snprintf(g.goods, sizeof g.goods, "月饼");
	CHECK_INT(welfare_add(&g, &e), ERR_OK);
	CHECK_INT(g.entry_id, 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
}

static void test_union_paid_posts_one_entry(void)
{
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	/* hospital: 500.00 cash + 120.50 goods → 620.50 to 50205 送温暖费 */
	struct welfare w;
	struct err e = { 0 };
	fill(&w, "2025-04-05", zhang, "hospital", 50000, 12050, "union");
	snprintf(w.goods, sizeof w.goods, "水果、牛奶");
	CHECK_INT(welfare_add(&w, &e), ERR_OK);
	CHECK(w.id > 0);
	CHECK(w.entry_id > 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 1);
	CHECK_INT(fixture_balance("50205"), 62050);
	CHECK_INT(fixture_balance("502"), 62050);
	CHECK_INT(fixture_balance("101"), -62050);
	CHECK_INT(fixture_balance("50204"), 0);
	CHECK_INT(fixture_balance("50104"), 0);
	struct ledger_entry le;
	CHECK_INT(ledger_get(w.entry_id, &le, &e), ERR_OK);
	CHECK_INT(le.amount, 62050);
	CHECK_STR(le.debit, "50205");
	CHECK_STR(le.credit, "101");
	CHECK_STR(le.date, "2025-04-05");
	CHECK_STR(le.source, "welfare");
	CHECK_STR(le.description, "Welfare for T001 张三: hospital stay");
	struct welfare back;
	CHECK_INT(welfare_get(w.id, &back, &e), ERR_OK);
	CHECK_INT(back.entry_id, w.entry_id);
	CHECK_STR(back.goods, "水果、牛奶");

	/* hardship 1,000.00 → 50204 困难职工帮扶费 */
	CHECK(give("2025-04-06", wang, "hardship", 100000, 0, "union") > 0);
	CHECK_INT(fixture_balance("50204"), 100000);
	/* wedding 200.00 + 0.01 goods → 50104 职工集体福利支出 */
	CHECK(give("2025-04-07", li, "wedding", 20000, 1, "union") > 0);
	CHECK_INT(fixture_balance("50104"), 20001);
	/* disaster 0.00 cash + 300.00 goods → 50204 */
	CHECK(give("2025-04-08", li, "disaster", 0, 30000, "union") > 0);
	CHECK_INT(fixture_balance("50204"), 130000);
	CHECK_INT(fixture_balance("50205"), 62050);
	CHECK_INT(fixture_balance("101"), -(62050 + 100000 + 20001 + 30000));
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 4);
	/* each row leaves its audit trail */
	CHECK(fixture_count("SELECT count(*) FROM audit_log WHERE tbl = 'welfare'") >= 4);
}

static void test_must_visit_opened(void)
{
	/* test_union_paid_posts_one_entry gave 张三 a hospital row on 2025-04-05 and 王芳
	 * a hardship row on 2025-04-06; 李四 a wedding on 2025-04-07 */
	CHECK_INT(fixture_open_items(), 3);
	struct mustvisit mv[8];
	int got = 0;
	CHECK_INT(mustvisit_list_open("2025-04-15", 0, 8, mv, &got, NULL), ERR_OK);
	CHECK_INT(got, 3);
	CHECK_STR(mv[0].member_no, "T001");
	CHECK_STR(mv[0].member_name, "张三");
	CHECK_STR(mv[0].reason, "hospital");
	CHECK_STR(mv[0].opened_on, "2025-04-05");
	CHECK_INT(mv[0].days_open, 10);
	CHECK(mv[0].welfare_id > 0);
	CHECK_STR(mv[1].reason, "hardship");
	CHECK_STR(mv[2].reason, "wedding");

	/* a second hospital row for 张三 opens no second item */
	CHECK(give("2025-04-20", zhang, "hospital", 20000, 0, "union") > 0);
	CHECK_INT(fixture_open_items(), 3);
	CHECK_INT(fixture_count("SELECT count(*) FROM must_visit WHERE reason = 'hospital'"), 1);
	/* a bereavement for 张三 is another reason: a new item */
	CHECK(give("2025-04-21", zhang, "bereavement", 50000, 0, "school") > 0);
	CHECK_INT(fixture_open_items(), 4);
	/* illness, holiday, birthday are not among the six */
	CHECK(give("2025-04-22", zhang, "illness", 10000, 0, "union") > 0);
	CHECK(give("2025-04-22", zhang, "birthday", 0, 8800, "union") > 0);
	CHECK_INT(fixture_open_items(), 4);

	/* once the hospital item is closed by a visit, a new hospital stay opens another */
	struct visit v;
	struct err e = { 0 };
	visit_init(&v);
	snprintf(v.date, sizeof v.date, "2025-04-23");
	v.member_id = zhang;
	snprintf(v.reason, sizeof v.reason, "hospital");
	CHECK_INT(visit_add(&v, &e), ERR_OK);
	CHECK_INT(fixture_open_items(), 3);
	CHECK(give("2025-05-10", zhang, "hospital", 30000, 0, "union") > 0);
	CHECK_INT(fixture_open_items(), 4);
	CHECK_INT(fixture_count("SELECT count(*) FROM must_visit WHERE reason = 'hospital'"), 2);
}

static void test_closed_month(void)
{
	struct err e = { 0 };
	CHECK(give("2025-03-10", wang, "holiday", 20000, 0, "union") > 0);
	int64_t before = fixture_count("SELECT count(*) FROM welfare");
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int64_t items = fixture_open_items();
	CHECK_INT(ledger_close_month("2025-03", &e), ERR_OK);

	struct welfare w;
	fill(&w, "2025-03-20", wang, "hospital", 20000, 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_CLOSED);
	CHECK_STR(e.msg, "March 2025 (2025-03) is closed; enter a reversing entry in an open "
			 "month instead.");
	fill(&w, "2025-03-20", wang, "hospital", 20000, 0, "school");
	CHECK_INT(welfare_add(&w, &e), ERR_CLOSED);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), before);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_open_items(), items);
	/* the month after is open */
	CHECK(give("2025-04-01", wang, "holiday", 100, 0, "union") > 0);
}

static void test_reverse(void)
{
	struct err e = { 0 };
	int64_t b0 = fixture_balance("50205"), cash0 = fixture_balance("101");
	int items = fixture_open_items();
	/* 李四 hospital, 400.00 union-paid: opens an item */
	int64_t id = give("2025-05-02", li, "hospital", 40000, 0, "union");
	CHECK(id > 0);
	CHECK_INT(fixture_balance("50205"), b0 + 40000);
	CHECK_INT(fixture_open_items(), items + 1);

	CHECK_INT(welfare_reverse(id, "2025-05-01", NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The reversal date 2025-05-01 is before the welfare it reverses: "
		  "2025-05-02 for 李四 (T002), 400.00.");
	CHECK_INT(welfare_reverse(99999, "2025-05-03", NULL, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That welfare record no longer exists.");

	int64_t rid = 0;
	CHECK_INT(welfare_reverse(id, "2025-05-03", &rid, &e), ERR_OK);
	CHECK(rid > id);
	/* the money is back; the open item it made is gone */
	CHECK_INT(fixture_balance("50205"), b0);
	CHECK_INT(fixture_balance("101"), cash0);
	CHECK_INT(fixture_open_items(), items);
	struct welfare w, r;
	CHECK_INT(welfare_get(id, &w, &e), ERR_OK);
	CHECK_INT(w.reversed_by, rid);
	CHECK_INT(welfare_get(rid, &r, &e), ERR_OK);
	CHECK_INT(r.reverses, id);
	CHECK_INT(r.cash, 0);
	CHECK_INT(r.goods_value, 0);
	CHECK_STR(r.kind, "hospital");
	CHECK_INT(r.member_id, li);
	CHECK_STR(r.date, "2025-05-03");
	CHECK_STR(r.note, "reversal of the welfare of 2025-05-02, 400.00");
	struct ledger_entry le;
	CHECK_INT(ledger_get(r.entry_id, &le, &e), ERR_OK);
	CHECK_INT(le.amount, -40000);
	CHECK_INT(le.reverses, w.entry_id);

	CHECK_INT(welfare_reverse(id, "2025-05-04", NULL, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "The welfare of 2025-05-02 for 李四 (T002), 400.00, has already been "
		  "reversed.");
	CHECK_INT(welfare_reverse(rid, "2025-05-04", NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The row of 2025-05-03 for 李四 (T002) is itself a reversal; it cannot "
		  "be reversed.");

	/* a school-paid row has no entry to reverse */
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int64_t sid = give("2025-05-05", wang, "other", 1000, 0, "school");
	CHECK_INT(welfare_reverse(sid, NULL, &rid, &e), ERR_OK);   /* today: 2025-06-15 */
	CHECK_INT(welfare_get(rid, &r, &e), ERR_OK);
	CHECK_STR(r.date, "2025-06-15");
	CHECK_INT(r.entry_id, 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);

	/* a row in a closed month is reversed in an open one, not in the closed one */
	int64_t march = 0;
	db_int(NULL, &march, "SELECT id FROM welfare WHERE date = '2025-03-10'", NULL);
	CHECK_INT(welfare_reverse(march, "2025-03-31", NULL, &e), ERR_CLOSED);
	int64_t b50205 = fixture_balance("50205");
	CHECK_INT(welfare_reverse(march, "2025-05-06", NULL, &e), ERR_OK);
	CHECK_INT(fixture_balance("50205"), b50205 - 20000);

	/* a visit closed item stays closed when its welfare row is reversed */
	int64_t hid = give("2025-05-20", wang, "childbirth", 20000, 0, "union");
	struct visit v;
	visit_init(&v);
	snprintf(v.date, sizeof v.date, "2025-05-21");
	v.member_id = wang;
	snprintf(v.reason, sizeof v.reason, "childbirth");
	CHECK_INT(visit_add(&v, &e), ERR_OK);
	CHECK(v.closed_item > 0);
	CHECK_INT(welfare_reverse(hid, "2025-05-22", NULL, &e), ERR_OK);
	CHECK_INT(fixture_count("SELECT count(*) FROM must_visit WHERE reason = 'childbirth' "
				"AND closed_on = '2025-05-21'"), 1);
}

static void test_pages_and_tally(void)
{
	/* a fresh member with a known history */
	int64_t zhao = FIXTURE_MEMBER("T004", "赵六");
	CHECK(give("2025-06-01", zhao, "illness", 10000, 0, "union") > 0);
	int64_t b = give("2025-06-02", zhao, "illness", 20000, 0, "union");
	CHECK(give("2025-06-02", zhao, "holiday", 0, 5000, "school") > 0);
	int64_t rid = 0;
	CHECK_INT(welfare_reverse(b, "2025-06-03", &rid, NULL), ERR_OK);

	struct welfare_query q = { 0 };
	q.member_id = zhao;
	int n = -1, got = -1;
	CHECK_INT(welfare_count(&q, &n, NULL), ERR_OK);
	CHECK_INT(n, 4);
	struct welfare page[8];
	CHECK_INT(welfare_page(&q, 0, 8, page, &got, NULL), ERR_OK);
	CHECK_INT(got, 4);
	/* newest first; on one date the later id first */
	CHECK_STR(page[0].date, "2025-06-03");
	CHECK_INT(page[0].id, rid);
	CHECK_STR(page[1].kind, "holiday");
	CHECK_INT(page[2].id, b);
	CHECK_INT(page[2].reversed_by, rid);
	CHECK_STR(page[3].date, "2025-06-01");
	CHECK_STR(page[3].member_no, "T004");
	CHECK_STR(page[3].member_name, "赵六");
	/* a page in the middle */
	CHECK_INT(welfare_page(&q, 1, 2, page, &got, NULL), ERR_OK);
	CHECK_INT(got, 2);
	CHECK_STR(page[0].kind, "holiday");
	CHECK_INT(page[1].id, b);
	/* counted only: the void row and its reversal left out */
	q.counted_only = 1;
	CHECK_INT(welfare_count(&q, &n, NULL), ERR_OK);
	CHECK_INT(n, 2);
	/* by kind and dates */
	struct welfare_query k = { .from = "2025-06-02", .to = "2025-06-30", .kind = "illness" };
	CHECK_INT(welfare_count(&k, &n, NULL), ERR_OK);
	CHECK_INT(n, 2);   /* the reversed row and the reversal */

	/* tally over June: illness 1 人次 100.00; holiday 1 人次 goods 50.00 school-paid */
	struct welfare_tally t[16];
	CHECK_INT(welfare_tally("2025-06-01", "2025-06-30", t, 16, &got, NULL), ERR_OK);
	CHECK_INT(got, 2);
	CHECK_STR(t[0].kind, "illness");
	CHECK_INT(t[0].times, 1);
	CHECK_INT(t[0].people, 1);
	CHECK_INT(t[0].cash, 10000);
	CHECK_INT(t[0].union_paid, 10000);
	CHECK_STR(t[1].kind, "holiday");
	CHECK_INT(t[1].times, 1);
	CHECK_INT(t[1].cash, 0);
	CHECK_INT(t[1].goods_value, 5000);
	CHECK_INT(t[1].union_paid, 0);

	/* tally over April (zhang: hospital 620.50 and 200.00; li: wedding 200.01, …) */
	CHECK_INT(welfare_tally("2025-04-01", "2025-04-30", t, 16, &got, NULL), ERR_OK);
	int hospital = -1;
	for (int i = 0; i < got; i++)
		if (strcmp(t[i].kind, "hospital") == 0)
			hospital = i;
	CHECK(hospital >= 0);
	if (hospital >= 0) {
		CHECK_INT(t[hospital].times, 2);
		CHECK_INT(t[hospital].people, 1);
		CHECK_INT(t[hospital].cash, 70000);
		CHECK_INT(t[hospital].goods_value, 12050);
		CHECK_INT(t[hospital].union_paid, 82050);
	}
}

static void test_outer_rollback(void)
{
	/* welfare_add joins the caller's transaction: a rollback takes everything back */
	struct err e = { 0 };
	int64_t rows = fixture_count("SELECT count(*) FROM welfare");
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int items = fixture_open_items();
	CHECK_INT(db_begin(&e), ERR_OK);
	CHECK(give("2025-06-10", li, "retirement", 100000, 0, "union") > 0);
	db_rollback();
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), rows);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_open_items(), items);
}

static void test_csv(void)
{
	struct err e = { 0 };
	char path[64], want[256];
	int rows = -1;
	snprintf(path, sizeof path, "/tmp/gh-test-welfare-%d.csv", (int)getpid());
	int64_t before = fixture_count("SELECT count(*) FROM welfare");
	int64_t b50104 = fixture_balance("50104");

	/* names in Chinese, traditional paid_by, yuan with a comma, full-width digits */
	CHECK(fixture_write(path, "date,member_no,kind,cash,goods,goods_value,paid_by,note\n"
				  "2025-06-11,T002,生日,\"1,000.50\",蛋糕,１２,工會,好\n"
				  "2025/6/12,T003,other,5,,,学校,\n"));
	CHECK_INT(io_import("welfare", path, &rows, &e), ERR_OK);
	CHECK_INT(rows, 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), before + 2);
	CHECK_INT(fixture_balance("50104"), b50104 + 100050 + 1200);

	/* an unknown member: the row's line, nothing stored */
	CHECK(fixture_write(path, "date,member_no,kind,cash\n"
				  "2025-06-11,T001,illness,10\n"
				  "2025-06-11,T999,illness,10\n"));
	CHECK_INT(io_import("welfare", path, &rows, &e), ERR_NOTFOUND);
	snprintf(want, sizeof want, "%s:3: No member has the membership number \"T999\".", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(rows, 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), before + 2);

	/* negative cash, unknown kind, unknown paid_by */
	CHECK(fixture_write(path, "date,member_no,kind,cash\n2025-06-11,T001,illness,-1\n"));
	CHECK_INT(io_import("welfare", path, &rows, &e), ERR_INPUT);
	snprintf(want, sizeof want, "%s:2: cash: \"-1\" is negative.", path);
	CHECK_STR(e.msg, want);
	CHECK(fixture_write(path, "date,member_no,kind,cash\n2025-06-11,T001,party,1\n"));
	CHECK_INT(io_import("welfare", path, &rows, &e), ERR_INPUT);
	snprintf(want, sizeof want, "%s:2: kind \"party\" is not one of: illness, hospital, "
		 "wedding, bereavement, childbirth, retirement, hardship, holiday, birthday, "
		 "longevity, elderly_day, model_worker, disaster, other.", path);
	CHECK_STR(e.msg, want);
	CHECK(fixture_write(path, "date,member_no,kind,cash,paid_by\n"
				  "2025-06-11,T001,other,1,city\n"));
	CHECK_INT(io_import("welfare", path, &rows, &e), ERR_INPUT);
	snprintf(want, sizeof want, "%s:2: paid_by \"city\" is not one of: union, school.", path);
	CHECK_STR(e.msg, want);
	CHECK(fixture_write(path, "member_no,kind,cash\nT001,other,1\n"));
	CHECK_INT(io_import("welfare", path, &rows, &e), ERR_INPUT);
	snprintf(want, sizeof want, "%s:1: the column \"date\" is missing.", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), before + 2);
	unlink(path);

	/* export: counted rows only, date then id order; check the last lines */
	char *buf = NULL;
	CHECK_INT(fixture_export("welfare", &buf, &e), ERR_OK);
	const char *tail = buf ? strstr(buf, "2025-06-11,") : NULL;
	CHECK_STR(tail, "2025-06-11,T002,birthday,1000.50,蛋糕,12.00,union,好,,\n"
			"2025-06-12,T003,other,5.00,,0.00,school,,,\n");
	const char *head = "date,member_no,kind,cash,goods,goods_value,paid_by,note,"
			   "reversed_on,gift\n";
	CHECK(buf && strncmp(buf, head, strlen(head)) == 0);
	/* a reversed row with the day of its reversal; no reversal row */
	CHECK(buf && strstr(buf, "\n2025-05-02,T002,hospital,400.00,,0.00,union,,2025-05-03,\n"));
	CHECK(buf && strstr(buf, "reversal") == NULL);
	CHECK(buf && strstr(buf, ",holiday,200.00,,0.00,union,,2025-05-06,\n"));
	free(buf);
}

/* Goods with a value must be named; welfare and visits are recorded once they have
 * happened, not dated ahead (today is 2025-06-15). */
static void test_goods_and_future(void)
{
	struct err e = { 0 };
	struct welfare w;
	fill(&w, "2025-06-01", zhang, "holiday", 0, 20000, "union");
	w.goods[0] = '\0';
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Goods worth 200.00 were given, but not what they were: name the goods.");
	fill(&w, "2026-06-01", zhang, "holiday", 10000, 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date 2026-06-01 is after today (2025-06-15): a welfare payment is "
		  "recorded once it has happened; check the year.");
	struct visit v;
	visit_init(&v);
	snprintf(v.date, sizeof v.date, "%s", "2025-06-16");
	v.member_id = zhang;
	snprintf(v.reason, sizeof v.reason, "%s", "hospital");
	CHECK_INT(visit_add(&v, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date 2025-06-16 is after today (2025-06-15): a visit is recorded "
		  "once it has happened; check the year.");
	snprintf(v.date, sizeof v.date, "%s", "2025-06-15");
	CHECK_INT(visit_add(&v, &e), ERR_OK);
}

/* The gift column: rows of one gift to many come back as one entry; a row that differs
 * from the gift's first row, or one with another gift, gets its own. */
static void test_csv_gift(void)
{
	struct err e = { 0 };
	char path[64];
	snprintf(path, sizeof path, "/tmp/gh-test-gift-%d.csv", (int)getpid());
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	CHECK(fixture_write(path, "date,member_no,kind,cash,paid_by,note,reversed_on,gift\n"
			    "2025-06-13,T001,holiday,30,union,端午,,4\n"
			    "2025-06-13,T002,holiday,30,union,端午,2025-06-14,4\n"
			    "2025-06-13,T003,holiday,30,union,端午,,4\n"
			    "2025-06-13,T003,holiday,31,union,端午,,4\n"
			    "2025-06-13,T001,holiday,30,union,端午,,5\n"));
	int rows = 0;
	CHECK_INT(io_import("welfare", path, &rows, &e), ERR_OK);
	CHECK_INT(rows, 5);
	unlink(path);
	/* one entry of 90.00 for the three, the part taken back, then two of their own */
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries + 4);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry WHERE date = '2025-06-13' "
				"AND amount = 9000 AND description = "
				"'Welfare for 3 members: holiday'"), 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry WHERE date = '2025-06-14' "
				"AND amount = 3000 AND debit = '101' AND credit = '50205'"), 1);
	CHECK_INT(fixture_count("SELECT count(*) FROM (SELECT 1 FROM welfare w "
				"WHERE w.date = '2025-06-13' AND w.entry_id IS NOT NULL "
				"GROUP BY w.entry_id HAVING count(*) = 3)"), 1);
	char *buf = NULL;
	CHECK_INT(fixture_export("welfare", &buf, &e), ERR_OK);
	CHECK(buf && strstr(buf, "\n2025-06-13,T001,holiday,30.00,,0.00,union,端午,,1\n"
			    "2025-06-13,T002,holiday,30.00,,0.00,union,端午,2025-06-14,1\n"
			    "2025-06-13,T003,holiday,30.00,,0.00,union,端午,,1\n"
			    "2025-06-13,T003,holiday,31.00,,0.00,union,端午,,\n"
			    "2025-06-13,T001,holiday,30.00,,0.00,union,端午,,\n"));
	free(buf);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("welfare");
	zhang = FIXTURE_MEMBER("T001", "张三");
	li = FIXTURE_MEMBER("T002", "李四");
	wang = FIXTURE_MEMBER("T003", "王芳");
	RUN(test_accounts);
	RUN(test_refusals);
	RUN(test_school_paid);
	RUN(test_union_paid_posts_one_entry);
	RUN(test_must_visit_opened);
	RUN(test_closed_month);
	RUN(test_reverse);
	RUN(test_pages_and_tally);
	RUN(test_outer_rollback);
	RUN(test_csv);
	RUN(test_csv_gift);
	RUN(test_goods_and_future);
	fixture_close();
	return check_done();
}

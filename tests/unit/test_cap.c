/* test_cap.c — welfare caps (the Anhui preset, custom caps), what a gift does to a cap
 * (fen-exact), the no-cash rule, gifts to many at once (集体发放) with their one ledger
 * entry and the reversal of one member's part, and the year's figures against the
 * caps. */
#include "core/cap.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/report.h"
#include "core/setting.h"
#include "core/welfare.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t a, b, c3, r1;

static int64_t person(const char *no, const char *name, const char *gender, const char *status,
		      const char *grp)
{
	struct member m;
	struct err e = { 0 };
	member_init(&m);
	snprintf(m.no, sizeof m.no, "%s", no);
	snprintf(m.name, sizeof m.name, "%s", name);
	snprintf(m.gender, sizeof m.gender, "%s", gender);
	snprintf(m.status, sizeof m.status, "%s", status);
	snprintf(m.grp, sizeof m.grp, "%s", grp);
	if (member_add(&m, &e) != ERR_OK)
		printf("FAIL add %s: %s\n", no, e.msg);
	return m.id;
}

static void fill(struct welfare *w, const char *date, int64_t member, const char *kind,
		 int64_t cash, const char *goods, int64_t value, const char *paid_by)
{
	welfare_init(w);
	snprintf(w->date, sizeof w->date, "%s", date);
	w->member_id = member;
	snprintf(w->kind, sizeof w->kind, "%s", kind);
	w->cash = cash;
	snprintf(w->goods, sizeof w->goods, "%s", goods);
	w->goods_value = value;
	snprintf(w->paid_by, sizeof w->paid_by, "%s", paid_by);
}

static int64_t give(const char *date, int64_t member, const char *kind, int64_t cash,
		    const char *goods, int64_t value, const char *paid_by)
{
	struct welfare w;
	struct err e = { 0 };
	fill(&w, date, member, kind, cash, goods, value, paid_by);
	if (welfare_add(&w, &e) != ERR_OK) {
		printf("FAIL give: %s\n", e.msg);
		return 0;
	}
	return w.id;
}

static void setup(void)
{
	fixture_open("cap");
	a = person("T1", "张三", "m", "active", "语文组");
	b = person("T2", "李芳", "f", "active", "数学组");
	c3 = person("T3", "王芳", "f", "active", "语文组");
	r1 = person("T10", "赵老师", "f", "retired", "");
}

static void test_presets(void)
{
	struct err e = { 0 };
	struct cap k[16];
	int n = -1;
	char buf[16];
	CHECK_STR(cap_preset_current(buf, sizeof buf), "none");
	CHECK_INT(cap_list(k, 16, &n, &e), ERR_OK);
	CHECK_INT(n, 0);
	CHECK_INT(cap_preset_apply("anhui", &e), ERR_OK);
	CHECK_STR(cap_preset_current(buf, sizeof buf), "anhui");
	CHECK_INT(cap_list(k, 16, &n, &e), ERR_OK);
	CHECK_INT(n, 6);
	/* in the order of the welfare kinds: hospital wedding bereavement childbirth
	 * retirement holiday */
	CHECK_STR(k[0].kind, "hospital");
	CHECK_INT(k[0].amount, 200000);
	CHECK_INT(k[0].no_cash, 0);
	CHECK_STR(k[5].kind, "holiday");
	CHECK_INT(k[5].amount, 220000);
	CHECK_INT(k[5].no_cash, 1);
	struct cap one;
	CHECK_INT(cap_get("illness", &one, &e), ERR_OK);
	CHECK_INT(one.amount, CAP_NONE);
	CHECK_INT(cap_preset_apply("mars", &e), ERR_INPUT);
	CHECK_STR(e.msg, "Unknown preset of welfare caps \"mars\": use none or anhui.");
	CHECK_INT(cap_preset_apply("custom", &e), ERR_INPUT);

	/* a cap changed by hand makes the preset custom; CAP_NONE without no-cash removes */
	CHECK_INT(cap_set("birthday", 30000, 0, &e), ERR_OK);
	CHECK_STR(cap_preset_current(buf, sizeof buf), "custom");
	CHECK_INT(cap_get("birthday", &one, &e), ERR_OK);
	CHECK_INT(one.amount, 30000);
	CHECK_INT(cap_set("birthday", CAP_NONE, 0, &e), ERR_OK);
	CHECK_INT(cap_get("birthday", &one, &e), ERR_OK);
	CHECK_INT(one.amount, CAP_NONE);
	CHECK_INT(cap_set("birthday", -5, 0, &e), ERR_INPUT);
	/* a cap of nothing is no rule: empty is no limit, 0 is refused */
	CHECK_INT(cap_set("birthday", 0, 0, &e), ERR_INPUT);
	CHECK_STR(e.msg, "A cap must be an amount above zero (leave it empty for no limit).");
	/* the preset stays when a cap is set to what it is already (F2 on an unchanged
	 * form): the caps are still the preset's */
	CHECK_INT(cap_preset_apply("anhui", &e), ERR_OK);
	CHECK_INT(cap_set("wedding", 200000, 0, &e), ERR_OK);
	CHECK_STR(cap_preset_current(buf, sizeof buf), "anhui");
	CHECK_INT(cap_set("illness", CAP_NONE, 0, &e), ERR_OK);   /* none, and still none */
	CHECK_STR(cap_preset_current(buf, sizeof buf), "anhui");
	CHECK_INT(cap_set("holiday", 220000, 0, &e), ERR_OK);     /* goods only no more */
	CHECK_STR(cap_preset_current(buf, sizeof buf), "custom");
	CHECK_INT(cap_set("party", 100, 0, &e), ERR_INPUT);
	CHECK_INT(cap_preset_apply("none", &e), ERR_OK);
	CHECK_INT(cap_list(k, 16, &n, &e), ERR_OK);
	CHECK_INT(n, 0);
	CHECK_INT(cap_preset_apply("anhui", &e), ERR_OK);
}

static void test_check_exact(void)
{
	struct err e = { 0 };
	struct welfare w;
	struct cap_verdict v;
	/* 1,500.00 of festival goods already given to 张三 this year */
	CHECK(give("2025-01-20", a, "holiday", 0, "米、油", 150000, "union") > 0);
	/* 700.00 more reaches 2,200.00 exactly: within */
	fill(&w, "2025-09-10", a, "holiday", 0, "月饼", 70000, "union");
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.cap, 220000);
	CHECK_INT(v.given, 150000);
	CHECK_INT(v.after, 220000);
	CHECK_INT(v.over, 0);
	/* one fen more is over by one fen */
	w.goods_value = 70001;
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.over, 1);
	/* 800.50 is over by 100.50 */
	w.goods_value = 80050;
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.over, 10050);
	/* next year starts again from nothing */
	snprintf(w.date, sizeof w.date, "2026-01-05");
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.given, 0);
	CHECK_INT(v.over, 0);
	/* paid by the school: not union funds, not counted */
	fill(&w, "2025-09-10", a, "holiday", 0, "月饼", 500000, "school");
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.over, 0);
	CHECK(give("2025-02-01", a, "holiday", 0, "水果", 900000, "school") > 0);
	fill(&w, "2025-09-10", a, "holiday", 0, "月饼", 70000, "union");
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.given, 150000);
	/* a reversed gift no longer counts */
	int64_t id = give("2025-03-01", a, "holiday", 0, "花", 30000, "union");
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.given, 180000);
	CHECK_INT(v.over, 30000);
	CHECK_INT(welfare_reverse(id, "2025-03-02", NULL, &e), ERR_OK);
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.given, 150000);
	CHECK_INT(v.over, 0);
	/* a kind without a cap */
	fill(&w, "2025-09-10", a, "illness", 9999900, "", 0, "union");
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.cap, CAP_NONE);
	CHECK_INT(v.over, 0);
	/* a wedding: 2,000.00 for one member a year */
	CHECK(give("2025-05-01", b, "wedding", 150000, "", 0, "union") > 0);
	fill(&w, "2025-05-02", b, "wedding", 50001, "", 0, "union");
	CHECK_INT(cap_check(&w, &v, &e), ERR_OK);
	CHECK_INT(v.over, 1);
}

static void test_no_cash(void)
{
	struct err e = { 0 };
	struct welfare w;
	struct cap_verdict v;
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int64_t rows = fixture_count("SELECT count(*) FROM welfare");
	fill(&w, "2025-09-10", b, "holiday", 20000, "", 0, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Under the union's welfare caps, holiday gifts may not be given in "
		  "cash: give goods instead.");
	CHECK_INT(cap_check(&w, &v, &e), ERR_INPUT);
	fill(&w, "2025-09-10", b, "holiday", 0, "超市购物卡", 20000, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Under the union's welfare caps, holiday gifts may not be shopping "
		  "cards or vouchers.");
	fill(&w, "2025-09-10", b, "holiday", 0, "Gift Card", 20000, "union");
	CHECK_INT(welfare_add(&w, &e), ERR_INPUT);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), rows);
	/* the school may give cash; the union may give cash for a wedding */
	CHECK(give("2025-09-10", b, "holiday", 20000, "", 0, "school") > 0);
	CHECK(cap_is_card("购物券") && cap_is_card("提貨卡") && !cap_is_card("大米"));
}

static void test_give_many(void)
{
	struct err e = { 0 };
	struct welfare w;
	int64_t *ids = NULL, entry = 0;
	int n = 0;
	CHECK_INT(member_ids_of(MEMBER_WHO_ACTIVE, NULL, &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	free(ids);
	CHECK_INT(member_ids_of(MEMBER_WHO_RETIRED, NULL, &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 1);
	CHECK_INT(ids[0], r1);
	free(ids);
	CHECK_INT(member_ids_of(MEMBER_WHO_GROUP, "语文组", &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	free(ids);
	CHECK_INT(member_ids_of(MEMBER_WHO_WOMEN, NULL, &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	CHECK_INT(ids[0], b);
	CHECK_INT(ids[1], c3);

	/* 三八节: towels worth 45.50 to each active woman (neither has had a festival gift
	 * from the union this year) */
	int64_t before = fixture_balance("50205");
	int64_t rows = fixture_count("SELECT count(*) FROM welfare");
	fill(&w, "2025-03-08", 0, "holiday", 0, "毛巾", 4550, "union");
	int over = -1;
	int64_t most = -1;
	CHECK_INT(cap_check_many(&w, ids, n, &over, &most, &e), ERR_OK);
	CHECK_INT(over, 0);
	CHECK_INT(welfare_give_many(&w, ids, n, &entry, &e), ERR_OK);
	CHECK(entry > 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), rows + 2);
	CHECK_INT(fixture_balance("50205") - before, 9100);
	struct ledger_entry le;
	CHECK_INT(ledger_get(entry, &le, &e), ERR_OK);
	CHECK_INT(le.amount, 9100);
	CHECK_STR(le.debit, "50205");
	CHECK_STR(le.credit, "101");
	CHECK_STR(le.description, "Welfare for 2 members: holiday");
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare WHERE entry_id IS NOT NULL AND "
				"entry_id = (SELECT max(id) FROM ledger_entry)"), 2);

	/* 2,200.00 more to both: 李芳 and 王芳 both go past by 45.50 */
	w.goods_value = 220000;
	CHECK_INT(cap_check_many(&w, ids, n, &over, &most, &e), ERR_OK);
	CHECK_INT(over, 2);
	CHECK_INT(most, 4550);

	/* reversing one member's part takes back only hers */
	int64_t one = 0;
	db_int(NULL, &one, "SELECT id FROM welfare WHERE member_id = ? AND date = '2025-03-08'",
	       "i", c3);
	int64_t rev = 0;
	CHECK_INT(welfare_reverse(one, "2025-03-09", &rev, &e), ERR_OK);
	CHECK_INT(fixture_balance("50205") - before, 4550);
	int64_t reversals = -1;
	db_int(NULL, &reversals, "SELECT count(*) FROM ledger_entry WHERE reverses = ?", "i",
	       entry);
	CHECK_INT(reversals, 0);   /* the shared entry stands; 李芳's part with it */
	struct welfare got;
	CHECK_INT(welfare_get(rev, &got, &e), ERR_OK);
	CHECK(got.entry_id > 0);
	CHECK_INT(ledger_get(got.entry_id, &le, &e), ERR_OK);
	CHECK_INT(le.amount, 4550);
	CHECK_STR(le.debit, "101");
	CHECK_STR(le.credit, "50205");
	CHECK_STR(le.description, "Welfare for T3 王芳 cancelled: holiday");

	/* refusals write nothing */
	rows = fixture_count("SELECT count(*) FROM welfare");
	int64_t entries = fixture_count("SELECT count(*) FROM ledger_entry");
	int64_t twice[] = { a, b, a };
	fill(&w, "2025-04-01", 0, "holiday", 0, "粽子", 5000, "union");
	CHECK_INT(welfare_give_many(&w, twice, 3, NULL, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "T1 张三 is on the list twice.");
	CHECK_INT(welfare_give_many(&w, twice, 0, NULL, &e), ERR_INPUT);
	w.cash = 100;
	CHECK_INT(welfare_give_many(&w, twice, 2, NULL, &e), ERR_INPUT);
	int64_t ghost[] = { a, 999 };
	w.cash = 0;
	CHECK_INT(welfare_give_many(&w, ghost, 2, NULL, &e), ERR_NOTFOUND);
	CHECK_INT(ledger_close_month("2025-04", &e), ERR_OK);
	CHECK_INT(welfare_give_many(&w, twice, 2, NULL, &e), ERR_CLOSED);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), rows);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	/* school-paid: rows, no entry */
	fill(&w, "2025-05-04", 0, "holiday", 3000, "", 0, "school");
	CHECK_INT(welfare_give_many(&w, twice, 2, &entry, &e), ERR_OK);
	CHECK_INT(entry, 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare"), rows + 2);
	CHECK_INT(fixture_count("SELECT count(*) FROM ledger_entry"), entries);
	free(ids);
}

static void test_figures(void)
{
	struct err e = { 0 };
	struct cap_figure f[16];
	int n = -1;
	/* 张三 2025 holiday union: 1,500.00 (+300.00 reversed) = 1,500.00;
	 * 李芳 45.50; 王芳 45.50 reversed → nothing. weddings: 李芳 1,500.00. */
	CHECK(give("2025-10-01", a, "holiday", 0, "月饼", 80050, "union") > 0);
	/* 张三 now 2,300.50: over by 100.50 */
	CHECK_INT(cap_figures(2025, f, 16, &n, &e), ERR_OK);
	CHECK_INT(n, 6);
	CHECK_STR(f[1].kind, "wedding");
	CHECK_INT(f[1].people, 1);
	CHECK_INT(f[1].total, 150000);
	CHECK_INT(f[1].over, 0);
	CHECK_STR(f[5].kind, "holiday");
	CHECK_INT(f[5].cap, 220000);
	CHECK_INT(f[5].people, 2);
	CHECK_INT(f[5].total, 150000 + 80050 + 4550);
	CHECK_INT(f[5].most, 230050);
	CHECK_INT(f[5].over, 1);
	CHECK_INT(f[5].over_by, 10050);
	CHECK_INT(f[5].cash_rows, 0);
	CHECK_INT(f[0].people, 0);
	CHECK_INT(f[0].total, 0);
	/* a year with nothing */
	CHECK_INT(cap_figures(2024, f, 16, &n, &e), ERR_OK);
	CHECK_INT(n, 6);
	CHECK_INT(f[5].people, 0);
	CHECK_INT(f[5].most, 0);
}

/* The report shows the same figures, in its text and its CSV. */
static void test_report(void)
{
	struct err e = { 0 };
	struct report r;
	CHECK_INT(report_compute(2025, &r, &e), ERR_OK);
	CHECK_INT(r.caps_n, 6);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	report_print_csv(f, &r);
	fclose(f);
	const char *want =
		"caps,hospital,0,0.00\n"
		"caps,hospital:cap,,2000.00\n"
		"caps,hospital:over,0,0.00\n"
		"caps,hospital:cash,0,\n"
		"caps,wedding,1,1500.00\n"
		"caps,wedding:cap,,2000.00\n"
		"caps,wedding:over,0,0.00\n"
		"caps,wedding:cash,0,\n";
	CHECK(buf && strstr(buf, want) != NULL);
	CHECK(buf && strstr(buf, "caps,holiday,2,2346.00\n"
			    "caps,holiday:cap,,2200.00\n"
			    "caps,holiday:over,1,100.50\n"
			    "caps,holiday:cash,0,\n") != NULL);
	free(buf);
	buf = NULL;
	f = open_memstream(&buf, &len);
	report_print_text(f, &r, 80);
	fclose(f);
	CHECK(buf && strstr(buf,
		"Welfare against the caps                                  people          amount\n"
		"  hospital stay, at most 2,000.00 each                         0            0.00\n"
		"  wedding, at most 2,000.00 each                               1        1,500.00\n"
		"  bereavement, at most 2,000.00 each                           0            0.00\n"
		"  childbirth, at most 2,000.00 each                            0            0.00\n"
		"  retirement, at most 2,000.00 each                            0            0.00\n"
		"  holiday, at most 2,200.00 each, goods only                   2        2,346.00\n"
		"    past the cap, by                                           1          100.50\n"
		"\n") != NULL);
	if (getenv("SHOW"))
		printf("%s", buf);
	free(buf);
	report_free(&r);
}

/* The caps kind: a preset comes back as that preset; caps changed by hand come back
 * one by one (custom); a bad row is refused at its line. Run last: it replaces the caps. */
static void test_csv(void)
{
	struct err e = { 0 };
	char *out = NULL, buf[16];
	CHECK_INT(cap_preset_apply("anhui", &e), ERR_OK);
	CHECK_INT(fixture_export("caps", &out, &e), ERR_OK);
	CHECK_STR(out, "kind,amount,goods_only,preset\n"
		  "hospital,2000.00,,anhui\nwedding,2000.00,,anhui\n"
		  "bereavement,2000.00,,anhui\nchildbirth,2000.00,,anhui\n"
		  "retirement,2000.00,,anhui\nholiday,2200.00,1,anhui\n");
	CHECK_INT(cap_preset_apply("none", &e), ERR_OK);
	CHECK_INT(fixture_import("caps", out, &e), ERR_OK);
	free(out);
	CHECK_STR(cap_preset_current(buf, sizeof buf), "anhui");
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare_cap"), 6);

	/* by hand: a cap of 500.00 on birthdays, hospital goods only with no amount */
	CHECK_INT(cap_preset_apply("none", &e), ERR_OK);
	CHECK_INT(fixture_import("caps", "kind,amount,goods_only,preset\n"
					 "生日,500,,custom\nhospital,,1,custom\n", &e), ERR_OK);
	CHECK_STR(cap_preset_current(buf, sizeof buf), "custom");
	struct cap k;
	CHECK_INT(cap_get("birthday", &k, &e), ERR_OK);
	CHECK_INT(k.amount, 50000);
	CHECK_INT(k.no_cash, 0);
	CHECK_INT(cap_get("hospital", &k, &e), ERR_OK);
	CHECK_INT(k.amount, CAP_NONE);
	CHECK_INT(k.no_cash, 1);
	CHECK_INT(fixture_export("caps", &out, &e), ERR_OK);
	CHECK_STR(out, "kind,amount,goods_only,preset\n"
		  "hospital,,1,custom\nbirthday,500.00,,custom\n");
	free(out);
	CHECK_INT(fixture_import("caps", "kind,amount\nholiday,10\nholiday,20\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "3: kind: the cap of holiday is given twice.");
	CHECK_INT(fixture_import("caps", "kind,amount\nholiday,0\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: amount: a cap must be above zero (leave it empty for no limit).");
	CHECK_INT(fixture_import("caps", "kind,goods_only\nholiday,yes\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: goods_only: \"yes\" is neither 1 (goods only) nor 0.");
	CHECK_INT(fixture_count("SELECT count(*) FROM welfare_cap"), 2);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setup();
	RUN(test_presets);
	RUN(test_check_exact);
	RUN(test_no_cash);
	RUN(test_give_many);
	RUN(test_figures);
	RUN(test_report);
	RUN(test_csv);
	fixture_close();
	return check_done();
}

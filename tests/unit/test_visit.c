/* test_visit.c — visits (走访慰问) and 五必访 items: a visit closes the oldest open item
 * with its reason opened on or before it, and nothing else; opening items by hand and
 * their refusals; the open list with days open; paging; tallies; the CSV kind. */
#include "core/io.h"
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

static void fill(struct visit *v, const char *date, int64_t member, const char *reason)
{
	visit_init(v);
	snprintf(v->date, sizeof v->date, "%s", date);
	v->member_id = member;
	snprintf(v->reason, sizeof v->reason, "%s", reason);
}

/* Log a visit; the id of the item it closed (0: none), or -1 when refused. */
static int64_t visit(const char *date, int64_t member, const char *reason)
{
	struct visit v;
	struct err e = { 0 };
	fill(&v, date, member, reason);
	if (visit_add(&v, &e) != ERR_OK) {
		printf("visit %s %s: %s\n", date, reason, e.msg);
		return -1;
	}
	return v.closed_item;
}

static void test_reasons(void)
{
	CHECK(mustvisit_is_reason("hospital"));
	CHECK(mustvisit_is_reason("wedding"));
	CHECK(mustvisit_is_reason("bereavement"));
	CHECK(mustvisit_is_reason("childbirth"));
	CHECK(mustvisit_is_reason("retirement"));
	CHECK(mustvisit_is_reason("hardship"));
	CHECK(!mustvisit_is_reason("illness"));
	CHECK(!mustvisit_is_reason("holiday"));
	CHECK(!mustvisit_is_reason(""));
	CHECK(!mustvisit_is_reason(NULL));
}

static void test_open_by_hand(void)
{
	struct err e = { 0 };
	CHECK_INT(mustvisit_open(zhang, "hospital", "2025-03-01", "县医院", &e), ERR_OK);
	CHECK_INT(fixture_open_items(), 1);
	/* a duplicate for the same member and reason */
	CHECK_INT(mustvisit_open(zhang, "hospital", "2025-03-09", "", &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "This member already has an open visit to make for: hospital stay.");
	/* not one of the six */
	CHECK_INT(mustvisit_open(zhang, "illness", "2025-03-01", "", &e), ERR_INPUT);
	CHECK_STR(e.msg, "\"illness\" is not one of the events that need a visit (hospital, "
			 "wedding, bereavement, childbirth, retirement, hardship).");
	CHECK_INT(mustvisit_open(9999, "wedding", "2025-03-01", "", &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");
	CHECK_INT(mustvisit_open(li, "wedding", "2025-02-30", "", &e), ERR_INPUT);
	/* another reason for the same member, and the same reason for another member */
	CHECK_INT(mustvisit_open(zhang, "wedding", "2025-03-02", "", &e), ERR_OK);
	CHECK_INT(mustvisit_open(li, "hospital", "2025-02-20", NULL, &e), ERR_OK);
	/* today ($GONGHUI_TODAY) when no date is given */
	CHECK_INT(mustvisit_open(wang, "retirement", NULL, "", &e), ERR_OK);
	CHECK_INT(fixture_open_items(), 4);

	struct mustvisit mv[8];
	int got = -1;
	CHECK_INT(mustvisit_list_open("2025-03-10", 0, 8, mv, &got, &e), ERR_OK);
	CHECK_INT(got, 4);
	/* oldest first, days counted to the given today */
	CHECK_STR(mv[0].member_no, "T002");
	CHECK_STR(mv[0].member_name, "李四");
	CHECK_STR(mv[0].reason, "hospital");
	CHECK_STR(mv[0].opened_on, "2025-02-20");
	CHECK_INT(mv[0].days_open, 18);
	CHECK_STR(mv[1].member_no, "T001");
	CHECK_STR(mv[1].reason, "hospital");
	CHECK_STR(mv[1].note, "县医院");
	CHECK_INT(mv[1].welfare_id, 0);
	CHECK_INT(mv[1].days_open, 9);
	CHECK_STR(mv[2].reason, "wedding");
	CHECK_STR(mv[3].opened_on, "2025-06-15");
	CHECK_INT(mv[3].days_open, -97);
	/* paging */
	CHECK_INT(mustvisit_list_open("2025-03-10", 1, 2, mv, &got, &e), ERR_OK);
	CHECK_INT(got, 2);
	CHECK_STR(mv[0].member_no, "T001");
	CHECK_STR(mv[1].reason, "wedding");
	/* today from $GONGHUI_TODAY */
	CHECK_INT(mustvisit_list_open(NULL, 0, 1, mv, &got, &e), ERR_OK);
	CHECK_INT(mv[0].days_open, 115);
}

static void test_visit_closes(void)
{
	/* open now: 李四 hospital 02-20; 张三 hospital 03-01, wedding 03-02; 王芳
	 * retirement 06-15 */
	/* a visit with another reason closes nothing */
	CHECK_INT(visit("2025-03-05", zhang, "illness"), 0);
	CHECK_INT(visit("2025-03-05", zhang, "bereavement"), 0);
	CHECK_INT(fixture_open_items(), 4);
	/* a visit dated before the item was opened closes nothing */
	CHECK_INT(visit("2025-02-28", zhang, "hospital"), 0);
	CHECK_INT(fixture_open_items(), 4);
	/* visiting another member closes nothing of 张三's */
	int64_t li_item = 0;
	db_int(NULL, &li_item, "SELECT id FROM must_visit WHERE member_id = ?", "i", li);
	CHECK_INT(visit("2025-03-05", li, "hospital"), li_item);
	CHECK_INT(fixture_open_items(), 3);

	/* the matching visit, on the day the item opened, closes it */
	int64_t item = 0;
	db_int(NULL, &item, "SELECT id FROM must_visit WHERE member_id = ? AND reason = "
	       "'hospital'", "i", zhang);
	struct visit v;
	struct err e = { 0 };
	fill(&v, "2025-03-01", zhang, "hospital");
	snprintf(v.visitors, sizeof v.visitors, "王校长、李主席");
	snprintf(v.place, sizeof v.place, "县医院");
	CHECK_INT(visit_add(&v, &e), ERR_OK);
	CHECK_INT(v.closed_item, item);
	CHECK_INT(fixture_open_items(), 2);
	char closed[DATE_LEN] = "";
	db_text(NULL, closed, sizeof closed, "SELECT closed_on FROM must_visit WHERE id = ?", "i",
		item);
	CHECK_STR(closed, "2025-03-01");
	int64_t by = 0;
	db_int(NULL, &by, "SELECT visit_id FROM must_visit WHERE id = ?", "i", item);
	CHECK_INT(by, v.id);
	/* a second visit for the same reason closes nothing more */
	CHECK_INT(visit("2025-03-08", zhang, "hospital"), 0);
	CHECK_INT(fixture_open_items(), 2);
	/* the wedding item is still open */
	CHECK_INT(fixture_count("SELECT count(*) FROM must_visit WHERE reason = 'wedding' "
				"AND closed_on IS NULL"), 1);
}

static void test_oldest_first(void)
{
	/* two open items for one member and reason (as an old import may leave): a visit
	 * closes the oldest opened on or before it */
	struct err e = { 0 };
	CHECK_INT(db_exec(&e, "INSERT INTO must_visit(member_id, reason, opened_on) VALUES "
			  "(?1, 'hardship', '2025-04-10'), (?1, 'hardship', '2025-04-01'), "
			  "(?1, 'hardship', '2025-05-01')", "i", li), ERR_OK);
	int64_t first = 0, second = 0, third = 0;
	db_int(NULL, &first, "SELECT id FROM must_visit WHERE opened_on = '2025-04-01'", NULL);
	db_int(NULL, &second, "SELECT id FROM must_visit WHERE opened_on = '2025-04-10'", NULL);
	db_int(NULL, &third, "SELECT id FROM must_visit WHERE opened_on = '2025-05-01'", NULL);
	CHECK_INT(visit("2025-04-20", li, "hardship"), first);
	CHECK_INT(visit("2025-04-21", li, "hardship"), second);
	CHECK_INT(visit("2025-04-22", li, "hardship"), 0);   /* the third opens later */
	CHECK_INT(visit("2025-05-01", li, "hardship"), third);
}

static void test_refusals(void)
{
	struct visit v;
	struct err e = { 0 };
	int64_t before = fixture_count("SELECT count(*) FROM visit");
	fill(&v, "2025-03-01", 9999, "hospital");
	CHECK_INT(visit_add(&v, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");
	fill(&v, "2025-13-01", zhang, "hospital");
	CHECK_INT(visit_add(&v, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date \"2025-13-01\" is not a date.");
	fill(&v, "2025-03-01", zhang, "party");
	CHECK_INT(visit_add(&v, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Unknown reason for a visit \"party\".");
	fill(&v, "2025-03-01", zhang, "hospital");
	snprintf(v.place, sizeof v.place, "a\x1b[2Jb");
	CHECK_INT(visit_add(&v, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The visitors, place or note contain characters that cannot be shown.");
	fill(&v, "2025-03-01", zhang, "hospital");
	v.welfare_id = 9999;
	CHECK_INT(visit_add(&v, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That welfare record no longer exists.");
	CHECK_INT(fixture_count("SELECT count(*) FROM visit"), before);
	CHECK_INT(v.id, 0);
}

static void test_welfare_link(void)
{
	/* a school-paid childbirth gift to 王芳 opens an item; the visit that brought it
	 * links to it and closes the item */
	struct welfare w;
	struct err e = { 0 };
	welfare_init(&w);
	snprintf(w.date, sizeof w.date, "2025-05-10");
	w.member_id = wang;
	snprintf(w.kind, sizeof w.kind, "childbirth");
	w.cash = 50000;
	snprintf(w.paid_by, sizeof w.paid_by, "school");
	CHECK_INT(welfare_add(&w, &e), ERR_OK);
	int items = fixture_open_items();

	struct visit v;
	fill(&v, "2025-05-12", li, "childbirth");
	v.welfare_id = w.id;   /* given to 王芳, not 李四 */
	CHECK_INT(visit_add(&v, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The welfare chosen for this visit was given to another member.");

	fill(&v, "2025-05-12", wang, "childbirth");
	v.welfare_id = w.id;
	snprintf(v.note, sizeof v.note, "带去红包\n和鸡蛋");
	CHECK_INT(visit_add(&v, &e), ERR_OK);
	CHECK(v.closed_item > 0);
	CHECK_INT(fixture_open_items(), items - 1);
	struct visit back;
	CHECK_INT(visit_get(v.id, &back, &e), ERR_OK);
	CHECK_INT(back.welfare_id, w.id);
	CHECK_STR(back.note, "带去红包\n和鸡蛋");
	CHECK_STR(back.member_no, "T003");
	CHECK_STR(back.member_name, "王芳");
	CHECK_INT(visit_get(99999, &back, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That visit no longer exists.");
}

static void test_pages_and_tally(void)
{
	int64_t zhao = FIXTURE_MEMBER("T004", "赵六");
	CHECK_INT(visit("2025-06-01", zhao, "holiday"), 0);
	CHECK_INT(visit("2025-06-02", zhao, "birthday"), 0);
	CHECK_INT(visit("2025-06-02", zhao, "holiday"), 0);

	struct visit_query q = { .member_id = zhao };
	int n = -1, got = -1;
	CHECK_INT(visit_count(&q, &n, NULL), ERR_OK);
	CHECK_INT(n, 3);
	struct visit page[8];
	CHECK_INT(visit_page(&q, 0, 8, page, &got, NULL), ERR_OK);
	CHECK_INT(got, 3);
	CHECK_STR(page[0].date, "2025-06-02");
	CHECK_STR(page[0].reason, "holiday");   /* later id first on one date */
	CHECK_STR(page[1].reason, "birthday");
	CHECK_STR(page[2].date, "2025-06-01");
	CHECK_STR(page[2].member_no, "T004");
	CHECK_STR(page[2].member_name, "赵六");
	CHECK_INT(visit_page(&q, 2, 8, page, &got, NULL), ERR_OK);
	CHECK_INT(got, 1);
	struct visit_query r = { .from = "2025-03-01", .to = "2025-03-31", .reason = "hospital" };
	CHECK_INT(visit_count(&r, &n, NULL), ERR_OK);
	CHECK_INT(n, 3);   /* 李四 03-05, 张三 03-01 and 03-08 */
	CHECK_INT(visit_count_people(&r, &n, NULL), ERR_OK);
	CHECK_INT(n, 2);   /* 李四 and 张三 */
	/* 赵六's three visits are one person */
	CHECK_INT(visit_count_people(&q, &n, NULL), ERR_OK);
	CHECK_INT(n, 1);
	/* March, every reason: 5 visits (张三 4: illness, bereavement, hospital twice; 李四
	 * 1) to 2 people, where the tally by reason adds up to 1 + 2 + 1 */
	struct visit_query march = { .from = "2025-03-01", .to = "2025-03-31" };
	CHECK_INT(visit_count(&march, &n, NULL), ERR_OK);
	CHECK_INT(n, 5);
	CHECK_INT(visit_count_people(&march, &n, NULL), ERR_OK);
	CHECK_INT(n, 2);
	/* no visit in 2020: no one */
	struct visit_query none = { .from = "2020-01-01", .to = "2020-12-31" };
	n = -1;
	CHECK_INT(visit_count_people(&none, &n, NULL), ERR_OK);
	CHECK_INT(n, 0);

	/* March: illness 1, hospital 3 人次 by 2 people, bereavement 1 */
	struct visit_tally t[16];
	CHECK_INT(visit_tally("2025-03-01", "2025-03-31", t, 16, &got, NULL), ERR_OK);
	CHECK_INT(got, 3);
	CHECK_STR(t[0].reason, "illness");
	CHECK_INT(t[0].times, 1);
	CHECK_STR(t[1].reason, "hospital");
	CHECK_INT(t[1].times, 3);
	CHECK_INT(t[1].people, 2);
	CHECK_STR(t[2].reason, "bereavement");
	CHECK_INT(t[2].people, 1);
	/* max cuts the list */
	CHECK_INT(visit_tally("2025-03-01", "2025-03-31", t, 2, &got, NULL), ERR_OK);
	CHECK_INT(got, 2);
}

static void test_csv(void)
{
	struct err e = { 0 };
	char path[64], want[256];
	int rows = -1;
	snprintf(path, sizeof path, "/tmp/gh-test-visit-%d.csv", (int)getpid());
	CHECK_INT(mustvisit_open(zhang, "bereavement", "2025-06-05", "", &e), ERR_OK);
	int items = fixture_open_items();
	int64_t before = fixture_count("SELECT count(*) FROM visit");

	/* columns in any order, reasons by Chinese name (traditional too) */
	CHECK(fixture_write(path, "member_no,date,reason,place,visitors,note\n"
				  "T001,2025-06-10,喪事,家中,\"王校长, 李主席\","
				  "\"说\"\"节哀\"\"\"\n"
				  "T002,2025/6/11,生日,,,\n"));
	CHECK_INT(io_import("visits", path, &rows, &e), ERR_OK);
	CHECK_INT(rows, 2);
	CHECK_INT(fixture_open_items(), items - 1);   /* the bereavement item was closed */
	CHECK_INT(fixture_count("SELECT count(*) FROM visit"), before + 2);

	/* a bad row: the row's line, nothing stored, no item closed */
	CHECK_INT(mustvisit_open(zhang, "retirement", "2025-06-12", "", &e), ERR_OK);
	items = fixture_open_items();
	CHECK(fixture_write(path, "date,member_no,reason\n"
				  "2025-06-13,T001,retirement\n"
				  "2025-06-13,T999,retirement\n"));
	CHECK_INT(io_import("visits", path, &rows, &e), ERR_NOTFOUND);
	snprintf(want, sizeof want, "%s:3: No member has the membership number \"T999\".", path);
	CHECK_STR(e.msg, want);
	CHECK_INT(fixture_open_items(), items);
	CHECK_INT(fixture_count("SELECT count(*) FROM visit"), before + 2);
	CHECK(fixture_write(path, "date,member_no,reason\n2025-06-13,T001,party\n"));
	CHECK_INT(io_import("visits", path, &rows, &e), ERR_INPUT);
	CHECK(fixture_write(path, "date,member_no,reason\n2025-06-13,,wedding\n"));
	CHECK_INT(io_import("visits", path, &rows, &e), ERR_INPUT);
	snprintf(want, sizeof want, "%s:2: member_no: the membership number is empty.", path);
	CHECK_STR(e.msg, want);
	unlink(path);

	/* export: date then id order; the last lines are June's */
	char *buf = NULL;
	CHECK_INT(fixture_export("visits", &buf, &e), ERR_OK);
	const char *head = "date,member_no,reason,visitors,place,note\n"
			   "2025-02-28,T001,hospital,,,\n";
	CHECK(buf && strncmp(buf, head, strlen(head)) == 0);
	const char *tail = buf ? strstr(buf, "2025-06-10,") : NULL;
	CHECK_STR(tail, "2025-06-10,T001,bereavement,\"王校长, 李主席\",家中,\"说\"\"节哀\"\"\"\n"
			"2025-06-11,T002,birthday,,,\n");
	free(buf);
}

/* mustvisit_of_welfare finds the open item a welfare row opened; mustvisit_get finds any
 * item by id, with days open counted up to today (2025-06-15) or up to its closing. */
static void test_get_and_of_welfare(void)
{
	struct err e = { 0 };
	struct mustvisit mv;
	struct welfare w;
	int64_t sun = FIXTURE_MEMBER("T009", "孙七");

	welfare_init(&w);
	snprintf(w.date, sizeof w.date, "2025-06-02");
	w.member_id = sun;
	snprintf(w.kind, sizeof w.kind, "hospital");
	w.cash = 30000;
	CHECK_INT(welfare_add(&w, &e), ERR_OK);
	CHECK_INT(mustvisit_of_welfare(w.id, &mv, &e), ERR_OK);
	CHECK_INT(mv.member_id, sun);
	CHECK_STR(mv.member_no, "T009");
	CHECK_STR(mv.member_name, "孙七");
	CHECK_STR(mv.reason, "hospital");
	CHECK_STR(mv.opened_on, "2025-06-02");
	CHECK_INT(mv.welfare_id, w.id);
	CHECK_INT(mv.days_open, 13);
	int64_t item = mv.id;
	memset(&mv, 0, sizeof mv);
	CHECK_INT(mustvisit_get(item, &mv, &e), ERR_OK);
	CHECK_INT(mv.id, item);
	CHECK_STR(mv.opened_on, "2025-06-02");
	CHECK_INT(mv.days_open, 13);

	/* an illness row opens nothing */
	struct welfare ill = w;
	ill.id = 0;
	snprintf(ill.kind, sizeof ill.kind, "illness");
	CHECK_INT(welfare_add(&ill, &e), ERR_OK);
	CHECK_INT(mustvisit_of_welfare(ill.id, &mv, &e), ERR_NOTFOUND);

	/* the visit on 2025-06-05 closes it: no longer "open", still found by id */
	CHECK_INT(visit("2025-06-05", sun, "hospital"), item);
	CHECK_INT(mustvisit_of_welfare(w.id, &mv, &e), ERR_NOTFOUND);
	CHECK_INT(mustvisit_get(item, &mv, &e), ERR_OK);
	CHECK_INT(mv.days_open, 3);
	CHECK_INT(mustvisit_get(99999, &mv, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That must-visit case no longer exists.");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("visit");
	zhang = FIXTURE_MEMBER("T001", "张三");
	li = FIXTURE_MEMBER("T002", "李四");
	wang = FIXTURE_MEMBER("T003", "王芳");
	RUN(test_reasons);
	RUN(test_open_by_hand);
	RUN(test_visit_closes);
	RUN(test_oldest_first);
	RUN(test_refusals);
	RUN(test_welfare_link);
	RUN(test_pages_and_tally);
	RUN(test_csv);
	RUN(test_get_and_of_welfare);
	fixture_close();
	return check_done();
}

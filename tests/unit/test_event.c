/* test_event.c — events and sign-ups: validation, capacity and the waiting list,
 * cancellations and promotion, re-signing, attendance, paging, CSV rules. */
#include "core/event.h"
#include "core/io.h"
#include "core/member.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int64_t mem[6];   /* T001 … T005 active, T006 left */

static void event_fill(struct event *ev, const char *code, const char *name, const char *kind,
		       const char *start, int capacity)
{
	event_init(ev);
	snprintf(ev->code, sizeof ev->code, "%s", code);
	snprintf(ev->name, sizeof ev->name, "%s", name);
	snprintf(ev->kind, sizeof ev->kind, "%s", kind);
	snprintf(ev->start_date, sizeof ev->start_date, "%s", start);
	ev->capacity = capacity;
}

/* "T002:signed:2 T003:waitlist:3 …" for an event, in signup_page order. */
static const char *queue(int64_t event_id)
{
	static char buf[512];
	struct signup s[16];
	int got = 0;
	struct err e = { 0 };
	buf[0] = '\0';
	if (signup_page(event_id, 0, 16, s, &got, &e) != ERR_OK) {
		snprintf(buf, sizeof buf, "%s", e.msg);
		return buf;
	}
	size_t o = 0;
	for (int i = 0; i < got; i++)
		o += snprintf(buf + o, sizeof buf - o, "%s%s:%s:%lld", i ? " " : "",
			      s[i].member_no, s[i].status, (long long)s[i].seq);
	return buf;
}

static void test_event_rules(void)
{
	struct err e = { 0 };
	struct event ev, got;
	event_fill(&ev, "E01", "乒乓球赛", "sports", "2025-05-02", 2);
	snprintf(ev.end_date, sizeof ev.end_date, "2025-05-01");
	CHECK_INT(event_add(&ev, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The event ends (2025-05-01) before it starts (2025-05-02).");
	snprintf(ev.end_date, sizeof ev.end_date, "2025-05-03");
	snprintf(ev.deadline, sizeof ev.deadline, "2025-05-04");
	CHECK_INT(event_add(&ev, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The sign-up deadline 2025-05-04 is after the event's last day "
		  "2025-05-03.");
	snprintf(ev.deadline, sizeof ev.deadline, "2025-04-30");
	snprintf(ev.kind, sizeof ev.kind, "party");
	CHECK_INT(event_add(&ev, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Unknown event kind \"party\".");
	snprintf(ev.kind, sizeof ev.kind, "sports");
	ev.start_date[0] = '\0';
	CHECK_INT(event_add(&ev, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The start date of the event is empty.");
	snprintf(ev.start_date, sizeof ev.start_date, "2025-02-30");
	CHECK_INT(event_add(&ev, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The start date \"2025-02-30\" is not a date.");
	snprintf(ev.start_date, sizeof ev.start_date, "2025-05-02");
	snprintf(ev.code, sizeof ev.code, "E 01");
	CHECK_INT(event_add(&ev, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The event code \"E 01\" must be up to 32 letters or digits "
		  "without spaces.");
	snprintf(ev.code, sizeof ev.code, "E01");
	ev.capacity = -1;
	CHECK_INT(event_add(&ev, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The capacity cannot be negative (0 means no limit).");
	ev.capacity = 2;
	ev.fee = 1050;
	ev.budget = 200000;
	snprintf(ev.place, sizeof ev.place, "学校体育馆");
	CHECK_INT(event_add(&ev, &e), ERR_OK);
	CHECK(ev.id > 0);

	struct event dup;
	event_fill(&dup, "E01", "另一个", "culture", "2025-06-01", 0);
	CHECK_INT(event_add(&dup, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "Event code E01 is already used.");

	/* by code, with full-width letters as an input method types them */
	CHECK_INT(event_find("Ｅ０１", &got, &e), ERR_OK);
	CHECK_INT(got.id, ev.id);
	CHECK_STR(got.name, "乒乓球赛");
	CHECK_STR(got.kind, "sports");
	CHECK_STR(got.start_date, "2025-05-02");
	CHECK_STR(got.end_date, "2025-05-03");
	CHECK_STR(got.deadline, "2025-04-30");
	CHECK_STR(got.place, "学校体育馆");
	CHECK_INT(got.capacity, 2);
	CHECK_INT(got.fee, 1050);
	CHECK_INT(got.budget, 200000);
	CHECK_INT(event_find("E99", &got, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "No event has the code \"E99\".");
	CHECK_INT(event_get(9999, &got, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That event no longer exists.");

	/* update: code kept unique against others, not against itself */
	CHECK_INT(event_add(&dup, &(struct err){ 0 }), ERR_DUPLICATE);
	snprintf(dup.code, sizeof dup.code, "E02");
	CHECK_INT(event_add(&dup, &e), ERR_OK);
	snprintf(dup.code, sizeof dup.code, "E01");
	CHECK_INT(event_update(&dup, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "Event code E01 is already used.");
	snprintf(dup.code, sizeof dup.code, "E02");
	snprintf(dup.name, sizeof dup.name, "合唱比赛");
	CHECK_INT(event_update(&dup, &e), ERR_OK);
	CHECK_INT(event_get(dup.id, &got, &e), ERR_OK);
	CHECK_STR(got.name, "合唱比赛");
}

/* Capacity 2, four sign-ups; cancellations promote the first waiting; a cancelled
 * member signing again goes to the end of the queue. */
static void test_waiting_list(void)
{
	struct err e = { 0 };
	struct event ev;
	event_fill(&ev, "W01", "春游", "outing", "2025-04-10", 2);
	CHECK_INT(event_add(&ev, &e), ERR_OK);
	char st[16];
	CHECK_INT(signup_add(ev.id, mem[0], 0, st, &e), ERR_OK);
	CHECK_STR(st, "signed");
	CHECK_INT(signup_add(ev.id, mem[1], 2, st, &e), ERR_OK);
	CHECK_STR(st, "signed");
	CHECK_INT(signup_add(ev.id, mem[2], 0, st, &e), ERR_OK);
	CHECK_STR(st, "waitlist");
	CHECK_INT(signup_add(ev.id, mem[3], 1, st, &e), ERR_OK);
	CHECK_STR(st, "waitlist");
	CHECK_STR(queue(ev.id), "T001:signed:1 T002:signed:2 T003:waitlist:3 T004:waitlist:4");

	struct signup_tally t;
	CHECK_INT(signup_tally(ev.id, &t, &e), ERR_OK);
	CHECK_INT(t.total, 4);
	CHECK_INT(t.taken, 2);
	CHECK_INT(t.signed_up, 2);
	CHECK_INT(t.waitlist, 2);
	CHECK_INT(t.family, 2);

	/* a second sign-up is refused, naming member and event */
	CHECK_INT(signup_add(ev.id, mem[0], 0, NULL, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "张三 (T001) has already signed up for 春游.");
	CHECK_INT(signup_add(ev.id, mem[2], 0, NULL, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "李四 (T003) is already on the waiting list for 春游.");

	/* cancel a signed one: the first waiting (T003) gets the place, T004 still waits */
	struct signup up;
	CHECK_INT(signup_cancel(ev.id, mem[0], &up, &e), ERR_OK);
	CHECK_STR(queue(ev.id), "T002:signed:2 T003:signed:3 T004:waitlist:4 T001:cancelled:1");
	CHECK_INT(up.member_id, mem[2]);   /* who moved up, to name on screen */
	CHECK_STR(up.member_name, "李四");
	CHECK_STR(up.member_no, "T003");
	CHECK_STR(up.status, "signed");
	CHECK_INT(signup_cancel(ev.id, mem[0], &up, &e), ERR_INPUT);
	CHECK_INT(up.id, 0);
	CHECK_STR(e.msg, "The sign-up of 张三 (T001) for 春游 is already cancelled.");
	CHECK_INT(signup_cancel(ev.id, mem[4], NULL, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "赵六 (T005) has not signed up for 春游.");

	/* cancelled, then signing again: to the end of the queue, behind T004 */
	CHECK_INT(signup_add(ev.id, mem[0], 1, st, &e), ERR_OK);
	CHECK_STR(st, "waitlist");
	CHECK_STR(queue(ev.id), "T002:signed:2 T003:signed:3 T004:waitlist:4 T001:waitlist:5");
	struct signup s;
	CHECK_INT(signup_get(ev.id, mem[0], &s, &e), ERR_OK);
	CHECK_INT(s.family, 1);
	CHECK_STR(s.member_name, "张三");

	/* cancelling a waiting one promotes nobody */
	CHECK_INT(signup_cancel(ev.id, mem[3], &up, &e), ERR_OK);
	CHECK_INT(up.id, 0);
	CHECK_STR(queue(ev.id), "T002:signed:2 T003:signed:3 T001:waitlist:5 T004:cancelled:4");
	/* a place frees: T001 is next */
	CHECK_INT(signup_cancel(ev.id, mem[1], NULL, &e), ERR_OK);
	CHECK_STR(queue(ev.id),
		  "T003:signed:3 T001:signed:5 T002:cancelled:2 T004:cancelled:4");

	/* raising the capacity promotes the waiting in order */
	CHECK_INT(signup_add(ev.id, mem[4], 0, st, &e), ERR_OK);
	CHECK_STR(st, "waitlist");
	CHECK_INT(signup_add(ev.id, mem[1], 0, st, &e), ERR_OK);
	CHECK_STR(st, "waitlist");
	ev.capacity = 3;
	CHECK_INT(event_update(&ev, &e), ERR_OK);
	CHECK_STR(queue(ev.id), "T003:signed:3 T001:signed:5 T005:signed:6 T002:waitlist:7 "
		  "T004:cancelled:4");
	ev.capacity = 0;   /* no limit: everyone waiting gets a place */
	CHECK_INT(event_update(&ev, &e), ERR_OK);
	CHECK_STR(queue(ev.id), "T003:signed:3 T001:signed:5 T005:signed:6 T002:signed:7 "
		  "T004:cancelled:4");

	/* the audit trail saw every change */
	int64_t n = 0;
	db_int(&e, &n, "SELECT count(*) FROM audit_log WHERE tbl = 'signup'", NULL);
	CHECK_INT(n, 14);
}

static void test_refusals_and_attendance(void)
{
	struct err e = { 0 };
	struct event ev;
	event_fill(&ev, "A01", "教职工运动会", "sports", "2025-05-20", 0);
	CHECK_INT(event_add(&ev, &e), ERR_OK);
	CHECK_INT(signup_add(ev.id, mem[5], 0, NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "周八 (T006) has left the union and cannot sign up for "
		  "教职工运动会.");
	CHECK_INT(signup_add(ev.id, mem[0], -1, NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The number of family members must be between 0 and 99.");
	CHECK_INT(signup_add(9999, mem[0], 0, NULL, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That event no longer exists.");
	CHECK_INT(signup_add(ev.id, 9999, 0, NULL, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");

	char st[16];
	CHECK_INT(signup_add(ev.id, mem[0], 0, st, &e), ERR_OK);
	CHECK_STR(st, "signed");   /* capacity 0: no limit */
	CHECK_INT(signup_add(ev.id, mem[1], 0, st, &e), ERR_OK);
	CHECK_INT(signup_add(ev.id, mem[2], 0, st, &e), ERR_OK);

	CHECK_INT(signup_set(ev.id, mem[0], "attended", "跳绳一等奖", &e), ERR_OK);
	CHECK_INT(signup_set(ev.id, mem[1], "缺席", NULL, &e), ERR_OK);   /* Chinese name */
	/* the result only */
	CHECK_INT(signup_set(ev.id, mem[0], NULL, "跳绳二等奖", &e), ERR_OK);
	struct signup s;
	CHECK_INT(signup_get(ev.id, mem[0], &s, &e), ERR_OK);
	CHECK_STR(s.status, "attended");
	CHECK_STR(s.result, "跳绳二等奖");
	CHECK_INT(signup_get(ev.id, mem[1], &s, &e), ERR_OK);
	CHECK_STR(s.status, "absent");
	CHECK_STR(s.result, "");

	CHECK_INT(signup_set(ev.id, mem[2], "signed", NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Attendance is either attended or absent, not \"signed\".");
	CHECK_INT(signup_set(ev.id, mem[2], NULL, "a\nb", &e), ERR_INPUT);
	CHECK_STR(e.msg, "The result must be on one line.");
	CHECK_INT(signup_cancel(ev.id, mem[2], NULL, &e), ERR_OK);
	CHECK_INT(signup_set(ev.id, mem[2], "attended", NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The sign-up of 李四 (T003) for 教职工运动会 was cancelled; "
		  "sign them up again first.");
	CHECK_INT(signup_set(ev.id, mem[3], "attended", NULL, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "王五 (T004) has not signed up for 教职工运动会.");

	struct signup_tally t;
	CHECK_INT(signup_tally(ev.id, &t, &e), ERR_OK);
	CHECK_INT(t.total, 3);
	CHECK_INT(t.taken, 1);
	CHECK_INT(t.attended, 1);
	CHECK_INT(t.absent, 1);
	CHECK_INT(t.cancelled, 1);
}

static void test_paging(void)
{
	struct err e = { 0 };
	struct event ev, out[8];
	int n = 0, got = 0;
	event_fill(&ev, "C01", "读书会", "culture", "2024-12-01", 0);
	CHECK_INT(event_add(&ev, &e), ERR_OK);
	/* so far: W01 2025-04-10, E01 2025-05-02, A01 2025-05-20, E02 2025-06-01, C01 2024 */
	CHECK_INT(event_count(NULL, &n, &e), ERR_OK);
	CHECK_INT(n, 5);
	CHECK_INT(event_page(NULL, 0, 8, out, &got, &e), ERR_OK);
	CHECK_INT(got, 5);
	CHECK_STR(out[0].code, "C01");
	CHECK_STR(out[1].code, "W01");
	CHECK_STR(out[4].code, "E02");
	struct event_query q = { .year = "2025", .desc = 1 };
	CHECK_INT(event_count(&q, &n, &e), ERR_OK);
	CHECK_INT(n, 4);
	CHECK_INT(event_page(&q, 1, 2, out, &got, &e), ERR_OK);
	CHECK_INT(got, 2);
	CHECK_STR(out[0].code, "A01");
	CHECK_STR(out[1].code, "E01");
	q = (struct event_query){ .kind = "sports" };
	CHECK_INT(event_count(&q, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	q = (struct event_query){ .search = "运动" };
	CHECK_INT(event_page(&q, 0, 8, out, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(out[0].code, "A01");
	q = (struct event_query){ .search = "w0" };
	CHECK_INT(event_page(&q, 0, 8, out, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(out[0].code, "W01");
}

static void test_csv_rules(void)
{
	struct err e = { 0 };
	CHECK_INT(fixture_import("events", "code,name,kind,start_date,capacity\n"
					   "S01,拔河比赛,体育,2025/9/10,1\n", &e), ERR_OK);
	struct event ev;
	CHECK_INT(event_find("S01", &ev, &e), ERR_OK);
	CHECK_STR(ev.kind, "sports");
	CHECK_STR(ev.start_date, "2025-09-10");
	/* empty status: by capacity; explicit signed on a full event is an error */
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nS01,T001,\nS01,T002,\n",
			      &e), ERR_OK);
	CHECK_STR(queue(ev.id), "T001:signed:1 T002:waitlist:2");
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nS01,T003,signed\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "2: 拔河比赛 is full (capacity 1): 李四 (T003) can only wait; "
		  "leave the status empty or write waitlist.");
	CHECK_STR(queue(ev.id), "T001:signed:1 T002:waitlist:2");
	/* a member who left: refused for a new sign-up, accepted as a record of the past */
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nS01,T006,\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "2: 周八 (T006) has left the union and cannot sign up for "
		  "拔河比赛.");
	CHECK_INT(fixture_import("signups", "event_code,member_no,status,result\n"
					    "S01,T006,已参加,亚军\n"
					    "S01,T004,cancelled,\n", &e), ERR_OK);
	CHECK_STR(queue(ev.id), "T001:signed:1 T006:attended:3 T002:waitlist:2 T004:cancelled:4");
	CHECK_INT(fixture_import("signups", "event_code,member_no\nS99,T001\n", &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "2: No event has the code \"S99\".");
	CHECK_INT(fixture_import("signups", "event_code,member_no,family\nS01,T005,x\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "2: family: \"x\" is not a whole number.");
}

/* The checklist: many at once in one transaction, past capacity to the waiting list;
 * one refusal leaves nothing written. */
static void test_many(void)
{
	struct err e = { 0 };
	struct event ev;
	event_fill(&ev, "M01", "拔河", "sports", "2025-06-20", 2);
	CHECK_INT(event_add(&ev, &e), ERR_OK);
	int64_t ids[3] = { mem[0], mem[5], mem[2] };
	char st[3][16];
	int waiting = -1;
	CHECK_INT(signup_add_many(ev.id, ids, 3, st, &waiting, &e), ERR_INPUT);
	CHECK_STR(e.msg, "周八 (T006) has left the union and cannot sign up for 拔河.");
	CHECK_INT(waiting, 0);
	CHECK_STR(queue(ev.id), "");
	ids[1] = mem[1];
	CHECK_INT(signup_add_many(ev.id, ids, 3, st, &waiting, &e), ERR_OK);
	CHECK_STR(st[0], "signed");
	CHECK_STR(st[1], "signed");
	CHECK_STR(st[2], "waitlist");
	CHECK_INT(waiting, 1);
	CHECK_STR(queue(ev.id), "T001:signed:1 T002:signed:2 T003:waitlist:3");
	/* listed again: the whole checklist is refused */
	int64_t again[2] = { mem[3], mem[0] };
	CHECK_INT(signup_add_many(ev.id, again, 2, NULL, NULL, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "张三 (T001) has already signed up for 拔河.");
	CHECK_STR(queue(ev.id), "T001:signed:1 T002:signed:2 T003:waitlist:3");
	CHECK_INT(db_depth(), 0);
}

/* Space on the sign-ups screen; the deadline; the next code. */
static void test_attendance_deadline_code(void)
{
	struct err e = { 0 };
	struct event ev;
	event_fill(&ev, "E2025-07", "羽毛球赛", "sports", "2025-06-10", 1);
	snprintf(ev.deadline, sizeof ev.deadline, "2025-06-05");
	CHECK_INT(event_add(&ev, &e), ERR_OK);
	CHECK_INT(signup_add(ev.id, mem[0], 0, NULL, &e), ERR_OK);
	CHECK_INT(signup_add(ev.id, mem[2], 0, NULL, &e), ERR_OK);   /* waits */
	char st[16] = "";
	CHECK_INT(signup_toggle_attended(ev.id, mem[0], "2025-06-09", st, &e), ERR_INPUT);
	CHECK_STR(e.msg, "羽毛球赛 has not taken place yet (it starts on 2025-06-10); "
		  "attendance is marked after it.");
	CHECK_INT(signup_toggle_attended(ev.id, mem[0], "2025-06-10", st, &e), ERR_OK);
	CHECK_STR(st, "attended");
	CHECK_INT(signup_toggle_attended(ev.id, mem[0], "2025-06-10", st, &e), ERR_OK);
	CHECK_STR(st, "absent");
	CHECK_INT(signup_toggle_attended(ev.id, mem[0], "2025-06-11", st, &e), ERR_OK);
	CHECK_STR(st, "attended");
	CHECK_INT(signup_toggle_attended(ev.id, mem[2], "2025-06-11", st, &e), ERR_INPUT);
	CHECK_STR(e.msg, "李四 (T003) is on the waiting list for 羽毛球赛 and had no place to "
		  "attend.");
	CHECK_INT(signup_toggle_attended(ev.id, mem[3], "2025-06-11", st, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "王五 (T004) has not signed up for 羽毛球赛.");

	CHECK_INT(event_past_deadline(&ev, "2025-06-05"), 0);
	CHECK_INT(event_past_deadline(&ev, "2025-06-06"), 1);
	ev.deadline[0] = '\0';
	CHECK_INT(event_past_deadline(&ev, "2025-12-31"), 0);

	char code[64];
	event_next_code("2025", code, sizeof code);
	CHECK_STR(code, "E2025-08");
	event_next_code("2026", code, sizeof code);
	CHECK_STR(code, "E2026-01");
	event_next_code(NULL, code, sizeof code);   /* GONGHUI_TODAY 2025-06-15 */
	CHECK_STR(code, "E2025-08");
}

/* import signups: cancelled (or 取消) cancels an existing sign-up and promotes; a
 * cancelled sign-up can be signed up again; one sign-up per member per event. */
static void test_import_cancel(void)
{
	struct err e = { 0 };
	CHECK_INT(fixture_import("events", "code,name,kind,start_date,capacity\n"
					   "K01,篮球赛,体育,2025-10-10,2\n", &e), ERR_OK);
	struct event ev;
	CHECK_INT(event_find("K01", &ev, &e), ERR_OK);
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\n"
					    "K01,T001,\nK01,T002,\nK01,T003,\n", &e), ERR_OK);
	CHECK_STR(queue(ev.id), "T001:signed:1 T002:signed:2 T003:waitlist:3");
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nK01,T001,取消\n", &e),
		  ERR_OK);
	CHECK_STR(queue(ev.id), "T002:signed:2 T003:signed:3 T001:cancelled:1");
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nK01,T002,已取消\n"
					    "K01,T001,\n", &e), ERR_OK);
	CHECK_STR(queue(ev.id), "T003:signed:3 T001:signed:4 T002:cancelled:2");
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nK01,T003,cancelled\n"
					    "K01,T003,cancelled\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "3: The sign-up of 李四 (T003) for 篮球赛 is already cancelled.");
	CHECK_STR(queue(ev.id), "T003:signed:3 T001:signed:4 T002:cancelled:2");
	CHECK_INT(fixture_import("signups", "event_code,member_no\nK01,T001\n", &e),
		  ERR_DUPLICATE);
	CHECK_STR(e.msg, "2: 张三 (T001) has already signed up for 篮球赛.");
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nK01,T002,报名\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "2: 篮球赛 is full (capacity 2): 王芳 (T002) can only wait; leave the "
		  "status empty or write waitlist.");
	CHECK_INT(fixture_import("signups", "event_code,member_no,status\nK01,T002,\n", &e),
		  ERR_OK);
	CHECK_STR(queue(ev.id), "T003:signed:3 T001:signed:4 T002:waitlist:5");
}

/* Each refusal names the field it is about (as the struct member), so the event form
 * shows the sentence beside that field; the family count of a sign-up too. */
static void test_field_named(void)
{
	struct err e = { 0 };
	struct event ev;
	static const char *const fields[] = { "code", "name", "kind", "start_date",
					      "end_date", "deadline", "capacity", "fee",
					      "budget", "place", "note" };
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		event_fill(&ev, "F01", "拔河比赛", "sports", "2025-05-10", 0);
		const char *f = fields[i];
		if (!strcmp(f, "code"))
			snprintf(ev.code, sizeof ev.code, "F 01");
		else if (!strcmp(f, "name"))
			ev.name[0] = '\0';
		else if (!strcmp(f, "kind"))
			snprintf(ev.kind, sizeof ev.kind, "party");
		else if (!strcmp(f, "start_date"))
			snprintf(ev.start_date, sizeof ev.start_date, "2025-02-30");
		else if (!strcmp(f, "end_date"))
			snprintf(ev.end_date, sizeof ev.end_date, "2025-05-09");
		else if (!strcmp(f, "deadline"))
			snprintf(ev.deadline, sizeof ev.deadline, "2025-05-11");
		else if (!strcmp(f, "capacity"))
			ev.capacity = -1;
		else if (!strcmp(f, "fee"))
			ev.fee = -1;
		else if (!strcmp(f, "budget"))
			ev.budget = -1;
		else if (!strcmp(f, "place"))
			snprintf(ev.place, sizeof ev.place, "体育\x1b[2J馆");
		else
			snprintf(ev.note, sizeof ev.note, "a\x1b[2Jb");
		CHECK_INT(event_add(&ev, &e), ERR_INPUT);
		CHECK_STR(e.field, f);
	}
	event_fill(&ev, "F01", "拔河比赛", "sports", "2025-05-10", 0);
	CHECK_INT(event_add(&ev, &e), ERR_OK);
	struct event dup;
	event_fill(&dup, "F01", "拔河", "sports", "2025-05-11", 0);
	CHECK_INT(event_add(&dup, &e), ERR_DUPLICATE);
	CHECK_STR(e.field, "code");
	CHECK_INT(signup_add(ev.id, mem[0], 100, NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The number of family members must be between 0 and 99.");
	CHECK_STR(e.field, "family");
	/* a refusal about whom signs up names no field (the form puts it by the member) */
	CHECK_INT(signup_add(ev.id, mem[5], 0, NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "周八 (T006) has left the union and cannot sign up for 拔河比赛.");
	CHECK_STR(e.field, "");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("event");
	mem[0] = FIXTURE_MEMBER("T001", "张三", .status = "active");
	mem[1] = FIXTURE_MEMBER("T002", "王芳", .status = "retired");
	mem[2] = FIXTURE_MEMBER("T003", "李四", .status = "active");
	mem[3] = FIXTURE_MEMBER("T004", "王五", .status = "active");
	mem[4] = FIXTURE_MEMBER("T005", "赵六", .status = "active");
	mem[5] = FIXTURE_MEMBER("T006", "周八", .status = "left");
	RUN(test_event_rules);
	RUN(test_waiting_list);
	RUN(test_refusals_and_attendance);
	RUN(test_paging);
	RUN(test_csv_rules);
	RUN(test_many);
	RUN(test_attendance_deadline_code);
	RUN(test_import_cancel);
	RUN(test_field_named);
	fixture_close();
	return check_done();
}

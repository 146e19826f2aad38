/* test_proposal.c — proposals: validation, the answer rules, anonymous proposals,
 * paging and counting, the CSV status rule; the congress sessions as CSV (kind congress)
 * and the proposals' session column. */
#include "core/io.h"
#include "core/member.h"
#include "core/proposal.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int64_t mem1;

static struct proposal make(const char *date, int64_t member, const char *title)
{
	struct proposal p;
	proposal_init(&p);
	snprintf(p.date, sizeof p.date, "%s", date);
	p.member_id = member;
	snprintf(p.title, sizeof p.title, "%s", title);
	return p;
}

static void test_add(void)
{
	struct err e = { 0 };
	struct proposal p = make("2025-03-01", mem1, "");
	CHECK_INT(proposal_add(&p, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The title of the proposal is empty.");
	p = make("2025-02-29", mem1, "食堂增加早餐品种");
	CHECK_INT(proposal_add(&p, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The date of the proposal \"2025-02-29\" is not a date.");
	p = make("2025-03-01", 9999, "食堂增加早餐品种");
	CHECK_INT(proposal_add(&p, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That member no longer exists.");
	p = make("2025-03-01", mem1, "食堂增加早餐品种");
	snprintf(p.answer, sizeof p.answer, "已安排");
	CHECK_INT(proposal_add(&p, &e), ERR_INPUT);
	CHECK_STR(e.msg, "An answered proposal needs the status answered, adopted or not "
		  "adopted, not received.");
	p.answer[0] = '\0';
	snprintf(p.answered_on, sizeof p.answered_on, "2025-03-05");
	CHECK_INT(proposal_add(&p, &e), ERR_INPUT);
	CHECK_STR(e.msg, "A proposal with an answer date cannot still be received: give it a "
		  "status.");
	snprintf(p.status, sizeof p.status, "adopted");
	snprintf(p.answered_on, sizeof p.answered_on, "2025-02-28");
	CHECK_INT(proposal_add(&p, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The answer date 2025-02-28 is before the proposal's date 2025-03-01.");
	snprintf(p.status, sizeof p.status, "done");
	p.answered_on[0] = '\0';
	CHECK_INT(proposal_add(&p, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Unknown proposal status \"done\".");

	p = make("2025-03-01", mem1, "食堂增加早餐品种");
	CHECK_INT(proposal_add(&p, &e), ERR_OK);
	CHECK(p.id > 0);
	struct proposal got;
	CHECK_INT(proposal_get(p.id, &got, &e), ERR_OK);
	CHECK_STR(got.status, "received");
	CHECK_STR(got.answer, "");
	CHECK_STR(got.answered_on, "");
	CHECK_STR(got.member_no, "T001");
	CHECK_STR(got.member_name, "张三");

	/* anonymous (or collective): no member */
	struct proposal a = make("2025-03-02", 0, "增设教师休息室");
	CHECK_INT(proposal_add(&a, &e), ERR_OK);
	CHECK_INT(proposal_get(a.id, &got, &e), ERR_OK);
	CHECK_INT(got.member_id, 0);
	CHECK_STR(got.member_no, "");
	CHECK_STR(got.member_name, "");
}

static void test_answer(void)
{
	struct err e = { 0 };
	struct proposal p = make("2025-04-01", mem1, "校车路线调整");
	CHECK_INT(proposal_add(&p, &e), ERR_OK);
	const char *ans = "已与校方协商";
	CHECK_INT(proposal_answer(p.id, ans, "2025-04-10", "received", &e), ERR_INPUT);
	CHECK_STR(e.msg, "An answer needs the status answered, adopted or not adopted.");
	CHECK_INT(proposal_answer(p.id, ans, "2025-04-10", NULL, &e), ERR_INPUT);
	CHECK_STR(e.msg, "An answer needs the status answered, adopted or not adopted.");
	CHECK_INT(proposal_answer(p.id, ans, "2025-03-31", "answered", &e), ERR_INPUT);
	CHECK_STR(e.msg, "The answer date 2025-03-31 is before the proposal's date 2025-04-01.");
	CHECK_INT(proposal_answer(p.id, ans, "2025-04-31", "answered", &e), ERR_INPUT);
	CHECK_STR(e.msg, "The answer date \"2025-04-31\" is not a date.");
	CHECK_INT(proposal_answer(9999, "x", "2025-04-10", "answered", &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That proposal no longer exists.");
	struct proposal got;
	CHECK_INT(proposal_get(p.id, &got, &e), ERR_OK);
	CHECK_STR(got.status, "received");   /* the refusals changed nothing */

	/* the answer date is the proposal's own date at the earliest; status by Chinese name */
	CHECK_INT(proposal_answer(p.id, ans, "2025-04-01", "已采纳", &e), ERR_OK);
	CHECK_INT(proposal_get(p.id, &got, &e), ERR_OK);
	CHECK_STR(got.status, "adopted");
	CHECK_STR(got.answer, "已与校方协商");
	CHECK_STR(got.answered_on, "2025-04-01");
	/* no date: today */
	CHECK_INT(proposal_answer(p.id, "", NULL, "rejected", &e), ERR_OK);
	CHECK_INT(proposal_get(p.id, &got, &e), ERR_OK);
	CHECK_STR(got.status, "rejected");
	CHECK_STR(got.answer, "");
	CHECK_STR(got.answered_on, "2025-06-15");
}

static void test_paging(void)
{
	struct err e = { 0 };
	struct proposal p = make("2024-11-20", 0, "增加图书角");
	CHECK_INT(proposal_add(&p, &e), ERR_OK);
	/* now: 2024-11-20 图书角, 2025-03-01 早餐, 2025-03-02 休息室, 2025-04-01 校车 */
	int n = 0, got = 0;
	struct proposal out[8];
	CHECK_INT(proposal_count(NULL, &n, &e), ERR_OK);
	CHECK_INT(n, 4);
	CHECK_INT(proposal_page(NULL, 0, 8, out, &got, &e), ERR_OK);
	CHECK_INT(got, 4);
	CHECK_STR(out[0].title, "增加图书角");
	CHECK_STR(out[3].title, "校车路线调整");
	struct proposal_query q = { .year = "2025", .desc = 1 };
	CHECK_INT(proposal_count(&q, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	CHECK_INT(proposal_page(&q, 0, 2, out, &got, &e), ERR_OK);
	CHECK_INT(got, 2);
	CHECK_STR(out[0].title, "校车路线调整");
	CHECK_STR(out[1].title, "增设教师休息室");
	q = (struct proposal_query){ .status = "received" };
	CHECK_INT(proposal_count(&q, &n, &e), ERR_OK);
	CHECK_INT(n, 3);
	q = (struct proposal_query){ .search = "早餐" };
	CHECK_INT(proposal_page(&q, 0, 8, out, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(out[0].member_no, "T001");
}

static void test_csv_rules(void)
{
	struct err e = { 0 };
	/* an empty status with an answer reads as answered */
	CHECK_INT(fixture_import("proposals", "date,member_no,title,status,answer,answered_on\n"
					      "2025-05-01,,操场照明,,已安装,2025-05-20\n"
					      "2025-05-02,T001,饮水机,未采纳,,\n", &e), ERR_OK);
	struct proposal_query q = { .search = "操场" };
	struct proposal out[2];
	int got = 0;
	CHECK_INT(proposal_page(&q, 0, 2, out, &got, &e), ERR_OK);
	CHECK_INT(got, 1);
	CHECK_STR(out[0].status, "answered");
	CHECK_STR(out[0].answered_on, "2025-05-20");
	q.search = "饮水机";
	CHECK_INT(proposal_page(&q, 0, 2, out, &got, &e), ERR_OK);
	CHECK_STR(out[0].status, "rejected");

	CHECK_INT(fixture_import("proposals", "date,title,status,answer\n"
					      "2025-05-03,x,received,好\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: An answered proposal needs the status answered, adopted or not "
		  "adopted, not received.");
	CHECK_INT(fixture_import("proposals", "date,title,member_no\n2025-05-03,x,T404\n", &e),
		  ERR_NOTFOUND);
	CHECK_STR(e.msg, "2: No member has the membership number \"T404\".");
	CHECK_INT(fixture_import("proposals", "date,title,status\n2025-05-03,x,done\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "2: status \"done\" is not one of: received, answered, adopted, "
		  "rejected.");
	int n = 0;
	CHECK_INT(proposal_count(NULL, &n, &e), ERR_OK);
	CHECK_INT(n, 6);
}

/* Editing a proposal keeps its answer; editing a session and reading its delegates. */
static void test_edit(void)
{
	struct err e = { 0 };
	int64_t t2 = FIXTURE_MEMBER("T2", "王芳"), t10 = FIXTURE_MEMBER("T10", "李娜");
	struct congress cg = { 0 };
	snprintf(cg.name, sizeof cg.name, "六届五次教代会");
	snprintf(cg.date, sizeof cg.date, "2025-03-01");
	CHECK_INT(congress_add(&cg, &e), ERR_OK);
	struct congress other = { 0 };
	snprintf(other.name, sizeof other.name, "六届六次教代会");
	snprintf(other.date, sizeof other.date, "2025-09-01");
	CHECK_INT(congress_add(&other, &e), ERR_OK);

	struct proposal p = make("2025-03-05", mem1, "增加体育器材");
	snprintf(p.status, sizeof p.status, "adopted");
	snprintf(p.answer, sizeof p.answer, "下学期采购");
	snprintf(p.answered_on, sizeof p.answered_on, "2025-03-20");
	CHECK_INT(proposal_add(&p, &e), ERR_OK);
	struct proposal ed = p;
	snprintf(ed.title, sizeof ed.title, "增加篮球架");
	snprintf(ed.date, sizeof ed.date, "2025-03-06");
	ed.member_id = t2;
	ed.congress_id = cg.id;
	snprintf(ed.status, sizeof ed.status, "received");   /* not what update changes */
	ed.answer[0] = '\0';
	CHECK_INT(proposal_update(&ed, &e), ERR_OK);
	struct proposal got;
	CHECK_INT(proposal_get(p.id, &got, &e), ERR_OK);
	CHECK_STR(got.title, "增加篮球架");
	CHECK_STR(got.date, "2025-03-06");
	CHECK_STR(got.member_no, "T2");
	CHECK_INT(got.congress_id, cg.id);
	CHECK_STR(got.status, "adopted");
	CHECK_STR(got.answer, "下学期采购");
	CHECK_STR(got.answered_on, "2025-03-20");
	/* anonymous again, no session */
	ed.member_id = 0;
	ed.congress_id = 0;
	CHECK_INT(proposal_update(&ed, &e), ERR_OK);
	CHECK_INT(proposal_get(p.id, &got, &e), ERR_OK);
	CHECK_INT(got.member_id, 0);
	CHECK_INT(got.congress_id, 0);
	/* refusals change nothing */
	snprintf(ed.date, sizeof ed.date, "2025-03-21");
	CHECK_INT(proposal_update(&ed, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The answer date 2025-03-20 is before the proposal's date 2025-03-21.");
	snprintf(ed.date, sizeof ed.date, "2025-03-06");
	ed.title[0] = '\0';
	CHECK_INT(proposal_update(&ed, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The title of the proposal is empty.");
	snprintf(ed.title, sizeof ed.title, "x");
	ed.member_id = 9999;
	CHECK_INT(proposal_update(&ed, &e), ERR_NOTFOUND);
	ed.member_id = 0;
	ed.congress_id = 9999;
	CHECK_INT(proposal_update(&ed, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That congress session no longer exists.");
	ed.congress_id = 0;
	ed.id = 9999;
	CHECK_INT(proposal_update(&ed, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "That proposal no longer exists.");
	CHECK_INT(proposal_get(p.id, &got, &e), ERR_OK);
	CHECK_STR(got.title, "增加篮球架");
	CHECK_STR(got.date, "2025-03-06");

	/* a session renamed; another session's name is refused, its own is fine */
	struct congress c2 = cg;
	snprintf(c2.name, sizeof c2.name, "六届六次教代会");
	CHECK_INT(congress_update(&c2, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "There is already a congress session named 六届六次教代会.");
	CHECK_STR(e.field, "name");
	snprintf(c2.name, sizeof c2.name, "六届五次教代会");
	snprintf(c2.note, sizeof c2.note, "到会代表45人");
	snprintf(c2.date, sizeof c2.date, "2025-03-02");
	CHECK_INT(congress_update(&c2, &e), ERR_OK);
	struct congress back;
	CHECK_INT(congress_get(cg.id, &back, &e), ERR_OK);
	CHECK_STR(back.date, "2025-03-02");
	CHECK_STR(back.note, "到会代表45人");
	snprintf(c2.date, sizeof c2.date, "2025-02-30");
	CHECK_INT(congress_update(&c2, &e), ERR_INPUT);
	CHECK_STR(e.field, "date");

	/* delegates by number as the roll sorts them, T2 before T10 */
	char nos[64];
	CHECK_INT(congress_delegate_nos(cg.id, nos, sizeof nos, &e), ERR_OK);
	CHECK_STR(nos, "");
	int64_t dele[3] = { t10, mem1, t2 };
	CHECK_INT(congress_set_delegates(cg.id, dele, 3, &e), ERR_OK);
	CHECK_INT(congress_delegate_nos(cg.id, nos, sizeof nos, &e), ERR_OK);
	CHECK_STR(nos, "T2, T10, T001");   /* the roll's order: shorter numbers first */
	CHECK_INT(congress_delegate_nos(cg.id, nos, 8, &e), ERR_INPUT);
	CHECK_INT(congress_get(cg.id, &back, &e), ERR_OK);
	CHECK_INT(back.delegates, 3);
}

/* Delegates typed as an input method types them; a session and its delegates saved
 * together or not at all; the place of a proposal in its year's list. */
static void test_delegates_and_place(void)
{
	struct err e = { 0 };
	int64_t t3 = FIXTURE_MEMBER("T003", "赵强");
	int64_t *ids = NULL;
	int n = -1;
	/* full-width letters and digits, the Chinese comma, 、, the ideographic space */
	CHECK_INT(congress_delegates_parse("Ｔ００１，T003", &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_INT(ids[0], mem1);
		CHECK_INT(ids[1], t3);
	}
	free(ids);
	CHECK_INT(congress_delegates_parse("T003、 T001", &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	free(ids);
	CHECK_INT(congress_delegates_parse("T001　T003", &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	free(ids);
	CHECK_INT(congress_delegates_parse("", &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 0);
	CHECK_INT(congress_delegates_parse("T001, Ｔ９９９", &ids, &n, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "delegate \"T999\" is not a member.");
	CHECK(ids == NULL);

	/* an unknown delegate: neither the session nor any delegate is written, and it
	 * stays new */
	int sessions = fixture_count("SELECT count(*) FROM congress");
	struct congress cg = { 0 };
	snprintf(cg.name, sizeof cg.name, "七届一次教代会");
	snprintf(cg.date, sizeof cg.date, "2025-10-10");
	CHECK_INT(congress_save(&cg, "T001, T998", &e), ERR_NOTFOUND);
	CHECK_STR(e.field, "delegates");
	CHECK_INT(cg.id, 0);
	CHECK_INT(fixture_count("SELECT count(*) FROM congress"), sessions);
	CHECK_INT(congress_save(&cg, "T001，T003", &e), ERR_OK);
	CHECK(cg.id > 0);
	char nos[64];
	CHECK_INT(congress_delegate_nos(cg.id, nos, sizeof nos, &e), ERR_OK);
	CHECK_STR(nos, "T001, T003");
	/* a changed name with a wrong delegate: the old name and delegates stay */
	struct congress ch = cg;
	snprintf(ch.name, sizeof ch.name, "七届一次职代会");
	CHECK_INT(congress_save(&ch, "T003, X", &e), ERR_NOTFOUND);
	struct congress got;
	CHECK_INT(congress_get(cg.id, &got, &e), ERR_OK);
	CHECK_STR(got.name, "七届一次教代会");
	CHECK_INT(congress_delegate_nos(cg.id, nos, sizeof nos, &e), ERR_OK);
	CHECK_STR(nos, "T001, T003");

	/* the place of a proposal among the year's, by date then id */
	struct proposal a = make("2026-05-01", mem1, "甲"), b = make("2026-03-01", t3, "乙"),
			c = make("2026-05-01", t3, "丙");
	CHECK_INT(proposal_add(&a, &e), ERR_OK);
	CHECK_INT(proposal_add(&b, &e), ERR_OK);
	CHECK_INT(proposal_add(&c, &e), ERR_OK);
	struct proposal_query q = { .year = "2026" };
	int place = -1;
	q.before = b.id;
	CHECK_INT(proposal_count(&q, &place, &e), ERR_OK);
	CHECK_INT(place, 0);
	q.before = a.id;
	CHECK_INT(proposal_count(&q, &place, &e), ERR_OK);
	CHECK_INT(place, 1);
	q.before = c.id;
	CHECK_INT(proposal_count(&q, &place, &e), ERR_OK);
	CHECK_INT(place, 2);

	/* waiting for an answer, of any year: as counted by hand, the oldest by date */
	int waiting = -1;
	char oldest[DATE_LEN];
	CHECK_INT(proposal_waiting(&waiting, oldest, &e), ERR_OK);
	CHECK_INT(waiting, fixture_count("SELECT count(*) FROM proposal WHERE status = 'received'"));
	CHECK(waiting >= 3);
	char want[DATE_LEN] = "";
	CHECK_INT(db_text(&e, want, sizeof want, "SELECT min(date) FROM proposal WHERE status = "
			  "'received'", ""), ERR_OK);
	CHECK_STR(oldest, want);
	CHECK_INT(proposal_answer(b.id, "已答复", "2026-03-05", "answered", &e), ERR_OK);
	int after = -1;
	CHECK_INT(proposal_waiting(&after, oldest, &e), ERR_OK);
	CHECK_INT(after, waiting - 1);
}

/* The sessions as CSV: name, date, note and the delegates by number, as an export writes
 * them and as people type them; the proposals name their session. A bad row is one
 * sentence with its line, and the whole file is refused. */
static void test_congress_csv(void)
{
	struct err e = { 0 };
	fixture_open("proposal-csv");
	FIXTURE_MEMBER("T001", "张三");
	FIXTURE_MEMBER("T2", "王芳");
	FIXTURE_MEMBER("T10", "李娜");

	/* commas with or without spaces, full-width ones, 、, and spaces */
	CHECK_INT(fixture_import("congress", "name,date,note,delegates\n"
					     "五届四次教代会,2024-03-10,\"到会代表40人, 列席5人\","
					     "\"T10, T001,T2\"\n"
					     "五届五次教代会,2024-09-20,,T2 T10\n"
					     "五届六次教代会,2024-12-01,,T001、T2，T10\n"
					     "六届一次教代会,2025-03-01,,\n", &e), ERR_OK);
	char *out = NULL;
	CHECK_INT(fixture_export("congress", &out, &e), ERR_OK);
	CHECK_STR(out, "name,date,note,delegates\n"
		       "五届四次教代会,2024-03-10,\"到会代表40人, 列席5人\",T2 T10 T001\n"
		       "五届五次教代会,2024-09-20,,T2 T10\n"
		       "五届六次教代会,2024-12-01,,T2 T10 T001\n"
		       "六届一次教代会,2025-03-01,,\n");
	free(out);
	struct congress cg;
	CHECK_INT(congress_find("五届五次教代会", &cg, &e), ERR_OK);
	CHECK_INT(cg.delegates, 2);

	/* a session named in the proposals; empty: none; a file without the column imports */
	CHECK_INT(fixture_import("proposals", "date,member_no,title,status,answer,answered_on,"
					      "session\n"
					      "2024-03-10,T2,教师节慰问标准,adopted,已采纳,2024-03-20,"
					      "五届四次教代会\n"
					      "2024-03-11,,增加绿化,,,,\n", &e), ERR_OK);
	CHECK_INT(fixture_import("proposals", "date,title\n2024-09-20,开放图书馆\n", &e), ERR_OK);
	CHECK_INT(fixture_export("proposals", &out, &e), ERR_OK);
	CHECK_STR(out, "date,member_no,title,status,answer,answered_on,session\n"
		       "2024-03-10,T2,教师节慰问标准,adopted,已采纳,2024-03-20,五届四次教代会\n"
		       "2024-03-11,,增加绿化,received,,,\n"
		       "2024-09-20,,开放图书馆,received,,,\n");
	free(out);
	CHECK_INT(congress_find("五届四次教代会", &cg, &e), ERR_OK);
	CHECK_INT(cg.proposals, 1);

	/* refusals: one sentence, the row's line, nothing of the file kept */
	CHECK_INT(fixture_import("congress", "name,date,delegates\n"
					     "六届二次教代会,2025-04-01,T001\n"
					     "六届三次教代会,2025-05-01,T001 T999\n", &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "3: delegate \"T999\" is not a member.");
	CHECK_INT(fixture_import("congress", "name,date,delegates\n"
					     "六届二次教代会,2025-04-01,\"T2, T001, T2\"\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "2: delegate \"T2\" is named twice.");
	CHECK_INT(fixture_import("congress", "name,date\n五届五次教代会,2025-04-01\n", &e),
		  ERR_DUPLICATE);
	CHECK_STR(e.msg, "2: There is already a congress session named 五届五次教代会.");
	CHECK_INT(fixture_import("congress", "name,date\n,2025-04-01\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: The name of the congress session is empty.");
	CHECK_INT(fixture_import("congress", "name,date\n六届二次教代会,\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: date: the date is empty.");
	CHECK_INT(fixture_import("congress", "name,note\n六届二次教代会,x\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "1: the column \"date\" is missing.");
	CHECK_INT(fixture_import("proposals", "date,title,session\n"
					      "2025-04-02,食堂,六届一次教代会\n"
					      "2025-04-02,校车,六届二次教代会\n", &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "3: session: there is no congress session named \"六届二次教代会\"; "
		  "import the sessions first (gonghui import congress).");
	int n = 0;
	CHECK_INT(congress_count(&n, &e), ERR_OK);
	CHECK_INT(n, 4);
	CHECK_INT(proposal_count(NULL, &n, &e), ERR_OK);
	CHECK_INT(n, 3);

	/* the parser the import uses, on its own */
	int64_t *ids = NULL;
	CHECK_INT(congress_delegates_parse("  T2 ;T001\t", &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 2);
	free(ids);
	CHECK_INT(congress_delegates_parse("", &ids, &n, &e), ERR_OK);
	CHECK_INT(n, 0);
	free(ids);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("proposal");
	mem1 = FIXTURE_MEMBER("T001", "张三");
	RUN(test_add);
	RUN(test_answer);
	RUN(test_paging);
	RUN(test_csv_rules);
	RUN(test_edit);
	RUN(test_delegates_and_place);
	RUN(test_congress_csv);
	fixture_close();
	return check_done();
}

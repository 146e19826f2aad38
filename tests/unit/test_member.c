/* test_member.c — the member roll: add, refuse, update, status, search, paging. */
#include "core/category.h"
#include "core/member.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int64_t add(const char *no, const char *name, const char *grp, const char *status)
{
	return FIXTURE_MEMBER(no, name, .grp = grp, .status = status);
}

static void test_add_and_refuse(void)
{
	struct err e = { 0 };
	CHECK(add("T001", "张三", "语文组", "active") > 0);
	CHECK(add("T002", "王芳", "数学组", "active") > 0);
	CHECK(add("T003", "王芳", "语文组", "active") > 0);   /* two 王芳 is normal */
	CHECK(add("T010", "歐陽娜娜", "数学组", "retired") > 0);
	CHECK(add("T011", "Smith", "", "active") > 0);
	CHECK(add("T004", "周烨", "数学组", "left") > 0);

	struct member m;
	member_init(&m);
	snprintf(m.no, sizeof m.no, "T001");
	snprintf(m.name, sizeof m.name, "李四");
	CHECK_INT(member_add(&m, &e), ERR_DUPLICATE);
	CHECK_STR(e.msg, "Membership number T001 is already used.");
	snprintf(m.no, sizeof m.no, "T099");
	m.name[0] = '\0';
	CHECK_INT(member_add(&m, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The name is empty.");
	snprintf(m.name, sizeof m.name, "a\x1b[2Jb");
	CHECK_INT(member_add(&m, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The name contains characters that cannot be shown.");
	snprintf(m.name, sizeof m.name, "李四");
	snprintf(m.birth_date, sizeof m.birth_date, "2025-02-30");
	CHECK_INT(member_add(&m, &e), ERR_INPUT);
	CHECK_STR(e.msg, "The birth date \"2025-02-30\" is not a date.");
	m.birth_date[0] = '\0';
	snprintf(m.status, sizeof m.status, "gone");
	CHECK_INT(member_add(&m, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Unknown status \"gone\".");
	int64_t n = 0;
	db_int(&e, &n, "SELECT count(*) FROM member", NULL);
	CHECK_INT(n, 6);
}

static void test_find_update_status(void)
{
	struct err e = { 0 };
	struct member m;
	CHECK_INT(member_find("T001", &m, &e), ERR_OK);
	CHECK_STR(m.name, "张三");
	CHECK_INT(member_find("Ｔ００１", &m, &e), ERR_OK);   /* full-width, from an IME */
	CHECK_INT(member_find("T404", &m, &e), ERR_NOTFOUND);
	CHECK_STR(e.msg, "No member has the membership number \"T404\".");

	CHECK_INT(member_find("T001", &m, &e), ERR_OK);
	m.wage_base = 456780;
	snprintf(m.phone, sizeof m.phone, "13800000000");
	CHECK_INT(member_update(&m, &e), ERR_OK);
	struct member again;
	member_get(m.id, &again, &e);
	CHECK_INT(again.wage_base, 456780);
	CHECK_STR(again.phone, "13800000000");

	snprintf(m.no, sizeof m.no, "T002");   /* renumber onto someone else */
	CHECK_INT(member_update(&m, &e), ERR_DUPLICATE);

	CHECK_INT(member_set_status(m.id, "退休", "2025-07-01", &e), ERR_OK);
	member_get(m.id, &again, &e);
	CHECK_STR(again.status, "retired");
	CHECK_STR(again.status_date, "2025-07-01");
	CHECK_INT(member_set_status(m.id, "active", "", &e), ERR_OK);

	int64_t n = 0;
	db_int(&e, &n, "SELECT count(*) FROM audit_log WHERE tbl = 'member' AND row_id = ? "
		       "AND action = 'update'", "i", m.id);
	CHECK_INT(n, 3);
}

/* member_update dates a change of status itself (today), unless given a date; a
 * change of anything else leaves the date alone. The sentence of a failed check names
 * its field. */
static void test_update_dates_status(void)
{
	struct err e = { 0 };
	struct member m, again;
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	member_init(&m);
	snprintf(m.no, sizeof m.no, "T050");
	snprintf(m.name, sizeof m.name, "赵六");
	CHECK_INT(member_add(&m, &e), ERR_OK);
	CHECK_STR(m.status_date, "");
	snprintf(m.status, sizeof m.status, "retired");
	CHECK_INT(member_update(&m, &e), ERR_OK);
	member_get(m.id, &again, &e);
	CHECK_STR(again.status, "retired");
	CHECK_STR(again.status_date, "2025-06-15");

	setenv("GONGHUI_TODAY", "2025-09-01", 1);
	snprintf(again.phone, sizeof again.phone, "0550-1234567");
	CHECK_INT(member_update(&again, &e), ERR_OK);
	member_get(m.id, &m, &e);
	CHECK_STR(m.status_date, "2025-06-15");   /* not a change of status */

	snprintf(m.status, sizeof m.status, "left");
	snprintf(m.status_date, sizeof m.status_date, "2025-08-31");
	CHECK_INT(member_update(&m, &e), ERR_OK);
	member_get(m.id, &again, &e);
	CHECK_STR(again.status_date, "2025-08-31");   /* the date given wins */
	unsetenv("GONGHUI_TODAY");

	snprintf(m.name, sizeof m.name, "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子");
	CHECK_INT(member_update(&m, &e), ERR_INPUT);
	CHECK_STR(e.field, "name");
	m.name[0] = '\0';
	CHECK_INT(member_update(&m, &e), ERR_INPUT);
	CHECK_STR(e.field, "name");
	CHECK_STR(e.msg, "The name is empty.");
	CHECK_INT(db_exec(&e, "DELETE FROM member WHERE no = 'T050'", ""), ERR_OK);
}

static const char *page_nos(const struct member_query *q, int offset, int limit)
{
	static char out[256];
	struct member rows[16];
	int got = 0;
	static struct err e;
	out[0] = '\0';
	if (member_page(q, offset, limit, rows, &got, &e) != ERR_OK)
		return e.msg;
	for (int i = 0; i < got; i++)
		snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? " " : "", rows[i].no);
	return out;
}

static void test_search_and_pages(void)
{
	struct member_query q = { 0 };
	CHECK_STR(page_nos(&q, 0, 16), "T001 T002 T003 T004 T010 T011");
	CHECK_STR(page_nos(&q, 2, 2), "T003 T004");
	q.search = "zs";
	CHECK_STR(page_nos(&q, 0, 16), "T001");
	q.search = "ZS";
	CHECK_STR(page_nos(&q, 0, 16), "T001");
	q.search = "wf";
	CHECK_STR(page_nos(&q, 0, 16), "T002 T003");
	q.search = "王";
	CHECK_STR(page_nos(&q, 0, 16), "T002 T003");
	q.search = "t01";
	CHECK_STR(page_nos(&q, 0, 16), "T010 T011");
	q.search = "oynn";
	CHECK_STR(page_nos(&q, 0, 16), "T010");
	q.search = "zy";
	CHECK_STR(page_nos(&q, 0, 16), "T004");
	q.search = "smi";
	CHECK_STR(page_nos(&q, 0, 16), "T011");
	q.search = "ｚｓ";   /* full-width letters from an input method */
	CHECK_STR(page_nos(&q, 0, 16), "T001");
	q.search = "lisi";
	CHECK_STR(page_nos(&q, 0, 16), "");
	q.search = NULL;
	q.status = "active";
	CHECK_STR(page_nos(&q, 0, 16), "T001 T002 T003 T011");
	int count = 0;
	struct err e = { 0 };
	member_count(&q, &count, &e);
	CHECK_INT(count, 4);
	q.status = NULL;
	q.grp = "数学组";
	CHECK_STR(page_nos(&q, 0, 16), "T002 T004 T010");
	q.grp = NULL;
	q.sort = MEMBER_SORT_NO;
	q.desc = 1;
	CHECK_STR(page_nos(&q, 0, 3), "T011 T010 T004");

	char groups[8][96];
	int got = 0;
	member_groups(groups, 8, &got, &e);
	CHECK_INT(got, 2);
}

static void test_sort_by_name_pinyin(void)
{
	/* zh_CN collation sorts by pinyin: 王 (wang) before 张 (zhang); glibc's zh_CN puts
	 * Latin names after the Chinese ones */
	if (!setlocale(LC_COLLATE, "zh_CN.UTF-8")) {
		printf("SKIP zh_CN.UTF-8 locale missing\n");
		return;
	}
	struct member_query q = { 0 };
	q.sort = MEMBER_SORT_NAME;
	q.status = "active";
	CHECK_STR(page_nos(&q, 0, 16), "T002 T003 T001 T011");
	setlocale(LC_COLLATE, "C.UTF-8");
}

static void test_categories(void)
{
	CHECK_STR(cat_code(CAT_STATUS, "退休"), "retired");
	CHECK_STR(cat_code(CAT_STATUS, "RETIRED"), "retired");
	CHECK_STR(cat_code(CAT_WELFARE, "住院"), "hospital");
	CHECK_STR(cat_code(CAT_WELFARE, "重陽"), "elderly_day");
	CHECK_STR(cat_code(CAT_EVENT, "療休養"), "rest_leave");
	CHECK_STR(cat_code(CAT_GENDER, "女"), "f");
	CHECK(cat_code(CAT_WELFARE, "picnic") == NULL);
	const char *code = NULL;
	struct err e = { 0 };
	CHECK_INT(cat_parse(CAT_MEMBER_KIND, "kind", "boss", &code, &e), ERR_INPUT);
	CHECK_STR(e.msg, "kind \"boss\" is not one of: teacher, staff, substitute.");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	fixture_open("member");
	RUN(test_add_and_refuse);
	RUN(test_find_update_status);
	RUN(test_update_dates_status);
	RUN(test_search_and_pages);
	RUN(test_sort_by_name_pinyin);
	RUN(test_categories);
	fixture_close();
	return check_done();
}

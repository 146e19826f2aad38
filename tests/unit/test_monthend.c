/* test_monthend.c — the month-close summary: what a month holds and what looks missing
 * (members without dues, must-visits opened and not visited, entries without a voucher
 * number), and the question asked before closing. Today is fixed at 2025-06-15. */
#include "core/dues.h"
#include "core/ledger.h"
#include "core/monthend.h"
#include "core/visit.h"
#include "db/db.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

static void test_summary(void)
{
	struct err e = { 0 };
	int64_t m[7];
	m[0] = FIXTURE_MEMBER("T001", "张三", .wage_base = 456780, .join_date = "2020-01-01");
	m[1] = FIXTURE_MEMBER("T002", "李四", .wage_base = 400000);
	m[2] = FIXTURE_MEMBER("T003", "王芳", .wage_base = 400000);
	m[3] = FIXTURE_MEMBER("T004", "赵六", .wage_base = 400000);
	m[4] = FIXTURE_MEMBER("T005", "钱七", .wage_base = 400000);
	m[5] = FIXTURE_MEMBER("T006", "孙八", .wage_base = 400000);
	m[6] = FIXTURE_MEMBER("T007", "周九", .wage_base = 400000);
	m[6] = FIXTURE_MEMBER("T008", "吴十", .status = "retired");
	struct dues_pay pay[1] = { { m[0], 2280 } };
	CHECK_INT(dues_record("2025-03", "2025-03-10", pay, 1, &e), ERR_OK);
	CHECK_INT(ledger_post("2025-03-12", "", "50102", "101", 1000, "奖品", NULL, NULL, &e),
		  ERR_OK);
	CHECK_INT(ledger_post("2025-03-13", "J-2", "102", "402", 100000, "经费", NULL, NULL,
			      &e), ERR_OK);
	CHECK_INT(mustvisit_open(m[2], "hospital", "2025-03-08", "", &e), ERR_OK);
	CHECK_INT(mustvisit_open(m[3], "wedding", "2025-02-27", "", &e), ERR_OK);  /* February */

	struct monthend s;
	CHECK_INT(monthend_summary("2025-03", &s, &e), ERR_OK);
	CHECK_STR(s.month, "2025-03");
	CHECK_INT(s.books.entries, 3);
	CHECK_INT(s.books.income, 102280);
	CHECK_INT(s.books.expense, 1000);
	/* Only the prizes: the dues entry has no voucher number either, but what dues
	 * (welfare, donations) post is vouched for by its record, not by a 凭证. */
	CHECK_INT(s.books.no_voucher, 1);
	CHECK_INT(s.dues_listed, 7);
	CHECK_INT(s.dues_paid, 1);
	CHECK_INT(s.dues_total, 2280);
	CHECK_INT(s.no_dues, 6);
	CHECK_STR(s.no_dues_names, "李四 (T002), 王芳 (T003), 赵六 (T004), 钱七 (T005), "
		  "孙八 (T006) and 1 more");
	CHECK_INT(s.unvisited, 1);
	CHECK_STR(s.unvisited_names, "王芳 (T003), hospital stay, since 2025-03-08");
	CHECK_INT(monthend_missing(&s), 8);

	char lines[MONTHEND_LINES][MONTHEND_LINE];
	int n = monthend_lines(&s, lines, MONTHEND_LINES);
	CHECK_INT(n, 10);
	CHECK_STR(lines[0], "What the month holds:");
	CHECK_STR(lines[1], "3 entries in the books: income 1,022.80, expense 10.00.");
	CHECK_STR(lines[2], "At the month's end: cash 12.80, bank 1,000.00.");
	CHECK_STR(lines[3], "Dues: 1 of 7 members paid, 22.80 in all.");
	CHECK_STR(lines[4], "What looks missing:");
	CHECK_STR(lines[5], "6 members on the dues list have no dues for 2025-03:");
	CHECK_STR(lines[6], "  李四 (T002), 王芳 (T003), 赵六 (T004), 钱七 (T005), 孙八 (T006) "
		  "and 1 more");
	CHECK_STR(lines[7], "1 must-visit case opened this month has not been visited:");
	CHECK_STR(lines[8], "  王芳 (T003), hospital stay, since 2025-03-08");
	CHECK_STR(lines[9], "1 entry has no voucher number.");

	char q[256];
	CHECK_STR(monthend_question(&s, q, sizeof q), "Close March 2025 (2025-03)? This cannot "
		  "be undone: its records of money can no longer be changed.");

	/* a quiet month: nobody paid */
	CHECK_INT(monthend_summary("2024-12", &s, &e), ERR_OK);
	n = monthend_lines(&s, lines, MONTHEND_LINES);
	CHECK_INT(n, 7);
	CHECK_STR(lines[1], "0 entries in the books: income 0.00, expense 0.00.");
	CHECK_STR(lines[2], "At the month's end: cash 0.00, bank 0.00.");
	CHECK_STR(lines[3], "Dues: 0 of 7 members paid, 0.00 in all.");
	CHECK_STR(lines[5], "7 members on the dues list have no dues for 2024-12:");

	/* a month where nothing is missing: everyone paid, the entry has a voucher */
	struct dues_pay all[7];
	for (int i = 0; i < 6; i++)
		all[i] = (struct dues_pay){ m[i], 2000 };
	all[6] = (struct dues_pay){ fixture_count("SELECT id FROM member WHERE no = 'T007'"),
				    2000 };
	CHECK_INT(dues_record("2025-04", "2025-04-10", all, 7, &e), ERR_OK);
	/* the dues entry of 2025-04-10 has no voucher number and is not missing one */
	CHECK_INT(monthend_summary("2025-04", &s, &e), ERR_OK);
	n = monthend_lines(&s, lines, MONTHEND_LINES);
	CHECK_INT(n, 5);
	CHECK_STR(lines[3], "Dues: 7 of 7 members paid, 140.00 in all.");
	CHECK_STR(lines[4], "Nothing looks missing.");
	CHECK_INT(s.books.no_voucher, 0);

	/* a hand-made entry without a voucher is missing one, and so is its reversal; the
	 * reversal of a dues entry is not */
	int64_t id = 0, dues_id = 0;
	CHECK_INT(ledger_post("2025-04-12", "", "50102", "101", 500, "奖品", NULL, &id, &e),
		  ERR_OK);
	CHECK_INT(ledger_reverse(id, "2025-04-13", NULL, &e), ERR_OK);
	CHECK_INT(db_int(&e, &dues_id, "SELECT id FROM ledger_entry WHERE date = '2025-04-10'",
			 NULL), ERR_OK);
	CHECK_INT(ledger_reverse(dues_id, "2025-04-14", NULL, &e), ERR_OK);
	CHECK_INT(monthend_summary("2025-04", &s, &e), ERR_OK);
	CHECK_INT(s.books.entries, 4);
	CHECK_INT(s.books.no_voucher, 2);
	CHECK_INT(monthend_summary("2025-13", &s, &e), ERR_INPUT);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	fixture_open("monthend");
	RUN(test_summary);
	fixture_close();
	return check_done();
}

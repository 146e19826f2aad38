/* test_sheet.c — printed sheets, line by line: the dues sheet of a month marks who paid,
 * who has not and who has nothing due, and counts as unpaid only those who owe. Today is
 * fixed at 2025-06-15; the text is the untranslated one. */
#include "core/dues.h"
#include "core/setting.h"
#include "core/sheet.h"
#include "check.h"
#include "fixture.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int64_t add(const char *no, const char *name, int64_t wage)
{
	return FIXTURE_MEMBER(no, name, .join_date = "2010-09-01", .status = "active",
			      .wage_base = wage);
}

/* Print sheet name with o into buf; returns its status. */
static err_code print(const char *name, const struct sheet_opts *o, char *buf, size_t n)
{
	struct err e = { 0 };
	FILE *f = fmemopen(buf, n, "w");
	if (!f)
		return ERR_NOMEM;
	err_code rc = sheet_print(name, o, f, &e);
	fclose(f);
	if (rc != ERR_OK)
		printf("note: %s\n", e.msg);
	return rc;
}

/* Under the rate (0.5% of the wage base, the part under 10 yuan dropped), a member with
 * no wage base or one under 10 yuan owes nothing: the sheet says "nothing due" beside
 * them, as the Dues screen does, and does not count them unpaid or due. A member who
 * paid though nothing was due stays paid. */
static void test_dues_nothing_due(void)
{
	fixture_open("sheet-dues");
	struct err e = { 0 };
	CHECK_INT(setting_set("union_name", "Red Star School Union", &e), ERR_OK);
	int64_t zhang = add("S1", "Zhang San", 400000);   /* 20.00 due, paid */
	add("S2", "Li Si", 0);                             /* nothing due */
	add("S3", "Wang Wu", 999);                         /* 9.99: nothing due */
	add("S4", "Zhao Liu", 300000);                     /* 15.00 due, not paid */
	int64_t sun = add("S5", "Sun Ba", 0);              /* nothing due, gave 1.00 */
	struct dues_pay p[] = { { zhang, 2000 }, { sun, 100 } };
	CHECK_INT(dues_record("2025-06", "2025-06-10", p, 2, &e), ERR_OK);

	struct sheet_opts o = { .month = "2025-06" };
	static char buf[8192];
	CHECK_INT(print("dues", &o, buf, sizeof buf), ERR_OK);
	CHECK_STR(buf,
		"                             Red Star School Union\n"
		"                                 Dues collected\n"
		"Month: 2025-06                                                       Page 1 of 1\n"
		"\n"
		" Row  Number    Name               Due        Paid  Paid on     Remark\n"
		"----  --------  ----------  ----------  ----------  ----------  --------------\n"
		"   1  S1        Zhang San        20.00       20.00  2025-06-10\n"
		"   2  S2        Li Si             0.00                          nothing due\n"
		"   3  S3        Wang Wu           0.00                          nothing due\n"
		"   4  S4        Zhao Liu         15.00                          unpaid\n"
		"   5  S5        Sun Ba            0.00        1.00  2025-06-10\n"
		"\n"
		"Due: 3 members, 35.00 yuan.  Paid: 2, 21.00 yuan.  Unpaid: 1, 15.00 yuan.\n"
		"Collected in capitals: 贰拾壹元整\n"
		"\n"
		"Handled by: __________   Checked by: __________   Union chair: __________\n");

	/* under a fixed amount everyone owes it: nobody is "nothing due" */
	struct dues_rule rule;
	dues_rule_get(&rule);
	rule.fixed = 1;
	rule.fixed_fen = 1000;
	CHECK_INT(dues_rule_set(&rule, &e), ERR_OK);
	CHECK_INT(print("dues", &o, buf, sizeof buf), ERR_OK);
	CHECK(strstr(buf, "   2  S2        Li Si            10.00                          unpaid\n")
	      != NULL);
	CHECK(strstr(buf, "nothing due") == NULL);
	CHECK(strstr(buf, "Due: 5 members, 50.00 yuan.  Paid: 2, 21.00 yuan.  "
			  "Unpaid: 3, 30.00 yuan.\n") != NULL);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	RUN(test_dues_nothing_due);
	fixture_close();
	return check_done();
}

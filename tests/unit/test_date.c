/* test_date.c — dates and months: forms accepted, calendar checked, stepping. */
#include "core/date.h"
#include "tests/unit/check.h"

#include <locale.h>
#include <stdlib.h>

static const char *d(const char *s)
{
	static char out[DATE_LEN];
	if (date_parse(s, out, NULL) != ERR_OK)
		return "ERR";
	return out;
}

static const char *m(const char *s)
{
	static char out[MONTH_LEN];
	if (month_parse(s, out, NULL) != ERR_OK)
		return "ERR";
	return out;
}

static void test_dates(void)
{
	CHECK_STR(d("2025-03-05"), "2025-03-05");
	CHECK_STR(d("2025-3-5"), "2025-03-05");
	CHECK_STR(d("2025/03/05"), "2025-03-05");
	CHECK_STR(d("2025.3.5"), "2025-03-05");
	CHECK_STR(d("20250305"), "2025-03-05");
	CHECK_STR(d("2025年3月5日"), "2025-03-05");
	CHECK_STR(d("２０２５－０３－０５"), "2025-03-05");
	CHECK_STR(d("2024-02-29"), "2024-02-29");
	CHECK_STR(d("2000-02-29"), "2000-02-29");
	CHECK_STR(d("1900-02-29"), "ERR");
	CHECK_STR(d("2025-02-29"), "ERR");
	CHECK_STR(d("2025-02-30"), "ERR");
	CHECK_STR(d("2025-13-01"), "ERR");
	CHECK_STR(d("2025-04-31"), "ERR");
	CHECK_STR(d("25-03-05"), "ERR");
	CHECK_STR(d("2025-03"), "ERR");
	CHECK_STR(d("2025-03-05x"), "ERR");
	CHECK_STR(d(""), "ERR");
	CHECK_STR(d("yesterday"), "ERR");
	struct err e;
	char out[DATE_LEN];
	date_parse("2025-02-30", out, &e);
	CHECK_STR(e.msg, "\"2025-02-30\" is not a day of the calendar.");
	date_parse("3/5", out, &e);
	CHECK_STR(e.msg, "\"3/5\" is not a date (write it as 2025-03-05).");
}

static void test_months(void)
{
	CHECK_STR(m("2025-03"), "2025-03");
	CHECK_STR(m("2025-3"), "2025-03");
	CHECK_STR(m("2025/12"), "2025-12");
	CHECK_STR(m("202503"), "2025-03");
	CHECK_STR(m("2025年3月"), "2025-03");
	CHECK_STR(m("２０２５－０３"), "2025-03");
	CHECK_STR(m("2025-13"), "ERR");
	CHECK_STR(m("2025-00"), "ERR");
	CHECK_STR(m("2025-03-01"), "ERR");
	CHECK_STR(m(""), "ERR");
}

static void test_steps(void)
{
	char out[MONTH_LEN];
	month_add("2025-01", -1, out);
	CHECK_STR(out, "2024-12");
	month_add("2025-11", 3, out);
	CHECK_STR(out, "2026-02");
	month_add("2025-06", -18, out);
	CHECK_STR(out, "2023-12");
	CHECK_INT(month_diff("2024-11", "2025-02"), 3);
	CHECK_INT(month_diff("2025-02", "2025-02"), 0);
	CHECK_INT(date_daynum("1970-01-01"), 0);
	CHECK_INT(date_daynum("2025-03-01") - date_daynum("2025-02-28"), 1);
	CHECK_INT(date_daynum("2024-03-01") - date_daynum("2024-02-28"), 2);
	CHECK_INT(date_days_in_month(2024, 2), 29);
	CHECK_INT(date_days_in_month(2100, 2), 28);
}

static void test_today(void)
{
	char t[DATE_LEN], mo[MONTH_LEN];
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	date_today(t);
	CHECK_STR(t, "2025-06-15");
	month_this(mo);
	CHECK_STR(mo, "2025-06");
	CHECK_INT(date_or_today("", t, NULL), ERR_OK);
	CHECK_STR(t, "2025-06-15");
	CHECK_INT(date_or_today(NULL, t, NULL), ERR_OK);
	CHECK_STR(t, "2025-06-15");
	CHECK_INT(date_or_today("2025/3/5", t, NULL), ERR_OK);
	CHECK_STR(t, "2025-03-05");
	CHECK_INT(date_or_today("2025-02-30", t, NULL), ERR_INPUT);
	unsetenv("GONGHUI_TODAY");
	date_today(t);
	CHECK_INT(strlen(t), 10);
}

static void test_is_iso(void)
{
	CHECK(date_is_iso("2025-03-05"));
	CHECK(date_is_iso("2024-02-29"));
	CHECK(!date_is_iso("2025-3-5"));
	CHECK(!date_is_iso("20250305"));
	CHECK(!date_is_iso("2025-02-29"));
	CHECK(!date_is_iso(""));
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_dates);
	RUN(test_months);
	RUN(test_steps);
	RUN(test_today);
	RUN(test_is_iso);
	return check_done();
}

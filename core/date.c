/* date.c — parsing, validating and stepping ISO dates and months. */
#include "core/date.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int date_days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

int date_valid(int y, int m, int d)
{
	return y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= date_days_in_month(y, m);
}

/* Split s into up to 3 numbers separated by - / . 年 月 日 or none (20250305).
 * Returns how many numbers were found, -1 on anything else. */
static int date_split(const char *s, int num[3], int digits[3])
{
	int k = 0;
	const char *p = s;
	while (*p) {
		if (k == 3)
			return -1;
		if (*p < '0' || *p > '9')
			return -1;
		num[k] = 0;
		digits[k] = 0;
		while (*p >= '0' && *p <= '9') {
			if (++digits[k] > 8)
				return -1;
			num[k] = num[k] * 10 + (*p++ - '0');
		}
		k++;
		if (*p == '-' || *p == '/' || *p == '.')
			p++;
		else if (strncmp(p, "年", 3) == 0 || strncmp(p, "月", 3) == 0 ||
			 strncmp(p, "日", 3) == 0)
			p += 3;
		else if (*p)
			return -1;
	}
	return k;
}

err_code date_parse(const char *in, char out[DATE_LEN], struct err *e)
{
	char *s = text_nfkc(in ? in : "");
	int num[3], dig[3];
	int k = s ? date_split(s, num, dig) : -1;
	free(s);
	if (k == 1 && dig[0] == 8) {
		num[2] = num[0] % 100;
		num[1] = num[0] / 100 % 100;
		num[0] /= 10000;
		k = 3;
		dig[0] = 4;
	}
	if (k != 3 || dig[0] != 4) {
		if (!in || !*in)
			return err_set(e, ERR_INPUT, _("The date is empty."));
		return err_set(e, ERR_INPUT, _("\"%s\" is not a date (write it as 2025-03-05)."), in);
	}
	if (!date_valid(num[0], num[1], num[2]))
		return err_set(e, ERR_INPUT, _("\"%s\" is not a day of the calendar."), in);
	snprintf(out, DATE_LEN, "%04d-%02d-%02d", num[0], num[1], num[2]);
	return ERR_OK;
}

err_code date_or_today(const char *s, char out[DATE_LEN], struct err *e)
{
	if (s && *s)
		return date_parse(s, out, e);
	date_today(out);
	return ERR_OK;
}

int date_is_iso(const char *s)
{
	char iso[DATE_LEN];
	return date_parse(s, iso, NULL) == ERR_OK && strcmp(iso, s) == 0;
}

err_code month_parse(const char *in, char out[MONTH_LEN], struct err *e)
{
	char *s = text_nfkc(in ? in : "");
	int num[3], dig[3];
	int k = s ? date_split(s, num, dig) : -1;
	free(s);
	if (k == 1 && dig[0] == 6) {
		num[1] = num[0] % 100;
		num[0] /= 100;
		k = 2;
		dig[0] = 4;
	}
	if (k != 2 || dig[0] != 4) {
		if (!in || !*in)
			return err_set(e, ERR_INPUT, _("The month is empty."));
		return err_set(e, ERR_INPUT, _("\"%s\" is not a month (write it as 2025-03)."), in);
	}
	if (!date_valid(num[0], num[1], 1))
		return err_set(e, ERR_INPUT, _("\"%s\" is not a month of the calendar."), in);
	snprintf(out, MONTH_LEN, "%04d-%02d", num[0], num[1]);
	return ERR_OK;
}

void date_today(char out[DATE_LEN])
{
	const char *fixed = getenv("GONGHUI_TODAY");
	if (fixed && date_parse(fixed, out, NULL) == ERR_OK)
		return;
	time_t now = time(NULL);
	strftime(out, DATE_LEN, "%Y-%m-%d", localtime(&now));
}

void month_this(char out[MONTH_LEN])
{
	char d[DATE_LEN];
	date_today(d);
	snprintf(out, MONTH_LEN, "%.7s", d);
}

void month_add(const char *ym, int n, char out[MONTH_LEN])
{
	int y = atoi(ym), m = atoi(ym + 5);
	int t = y * 12 + (m - 1) + n;
	snprintf(out, MONTH_LEN, "%04d-%02d", t / 12, t % 12 + 1);
}

int month_diff(const char *a, const char *b)
{
	return (atoi(b) * 12 + atoi(b + 5)) - (atoi(a) * 12 + atoi(a + 5));
}

long date_daynum(const char *iso)
{
	/* days from civil (Howard Hinnant's algorithm) */
	int y = atoi(iso), m = atoi(iso + 5), d = atoi(iso + 8);
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

err_code date_not_ahead(const char *iso, const char *what, struct err *e)
{
	char today[DATE_LEN];
	date_today(today);
	if (strcmp(iso, today) <= 0)
		return ERR_OK;
	/* L10N: %1$s the date given, %2$s today, %3$s what is recorded (a visit …). */
	return err_set(e, ERR_INPUT, _("The date %1$s is after today (%2$s): a %3$s is recorded "
				       "once it has happened; check the year."), iso, today, what);
}

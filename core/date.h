/*
 * date.h — dates are ISO text "YYYY-MM-DD", months "YYYY-MM", always validated
 * (no 2025-02-30). Input is NFKC-normalised first, so an input method's full-width
 * digits work, and the forms people write are accepted: 2025-3-5, 2025/03/05,
 * 2025.3.5, 20250305, 2025年3月5日; months 2025-3, 2025/03, 202503, 2025年3月.
 */
#ifndef GH_DATE_H
#define GH_DATE_H

#include "core/error.h"

#define DATE_LEN 11   /* "YYYY-MM-DD" + NUL */
#define MONTH_LEN 8   /* "YYYY-MM" + NUL */

err_code date_parse(const char *s, char out[DATE_LEN], struct err *e);
err_code month_parse(const char *s, char out[MONTH_LEN], struct err *e);
/* date_parse(s), or today when s is NULL or "" (the date of a change made now). */
err_code date_or_today(const char *s, char out[DATE_LEN], struct err *e);
/* Is s a valid date written exactly as "YYYY-MM-DD" (what the schema stores)? */
int date_is_iso(const char *s);

int date_valid(int y, int m, int d);
int date_days_in_month(int y, int m);

/* Today, from the clock, or from $GONGHUI_TODAY (YYYY-MM-DD) so tests can fix it. */
void date_today(char out[DATE_LEN]);
void month_this(char out[MONTH_LEN]);

/* ym plus n months (n may be negative). */
void month_add(const char *ym, int n, char out[MONTH_LEN]);
/* Whole months from a to b (b - a), both "YYYY-MM". */
int month_diff(const char *a, const char *b);
/* Days since 1970-01-01 of an ISO date (no validation). */
long date_daynum(const char *iso);

/* ERR_INPUT when iso ("YYYY-MM-DD") is after today: a record of something that has
 * happened (a visit, welfare given) cannot be dated ahead. `what` names it in the
 * sentence ("visit", "welfare"). */
err_code date_not_ahead(const char *iso, const char *what, struct err *e);

#endif

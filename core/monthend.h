/*
 * monthend.h — closing a month (月结) as a person does it: first a summary of what the
 * month holds and what looks missing, then the close itself (core/ledger.c's
 * ledger_close_month: permanent). The full-screen program and `gonghui close` show the
 * same sentences and ask the same question, so both come from here.
 *
 * What looks missing:
 *   - members on the month's dues list (core/dues.h: active during the month) with no
 *     dues row for it;
 *   - must-visit cases (五必访) opened during the month and still not visited;
 *   - entries of the month without a voucher number (凭证号).
 */
#ifndef GH_MONTHEND_H
#define GH_MONTHEND_H

#include <stddef.h>
#include <stdint.h>

#include "core/date.h"
#include "core/error.h"
#include "core/ledger.h"

#define MONTHEND_NAMES 5        /* names listed of each kind; the rest are counted */
#define MONTHEND_LINE 512       /* bytes of one line of the summary */
#define MONTHEND_LINES 12       /* at most this many lines */

struct monthend {
	char month[MONTH_LEN];
	struct ledger_month books;  /* entries, income, expense, balances, no_voucher */
	int dues_listed;            /* members on the month's dues list */
	int dues_paid;              /* … of them with a dues row */
	int64_t dues_total;         /* fen paid by them */
	int no_dues;                /* listed members without a dues row */
	char no_dues_names[MONTHEND_LINE];   /* "张三 (T001), 李四 (T003) and 2 more" */
	int unvisited;              /* must-visit cases opened in the month, still open */
	char unvisited_names[MONTHEND_LINE];
};

/* Gather the summary of month ("YYYY-MM" or as people write it). */
err_code monthend_summary(const char *month, struct monthend *m, struct err *e);

/* The summary as translated sentences, one a line (a list of names on its own line,
 * indented by two spaces), into lines; returns how many. */
int monthend_lines(const struct monthend *m, char (*lines)[MONTHEND_LINE], int max);

/* How many things look missing (members without dues + cases not visited + entries
 * without a voucher number). */
int monthend_missing(const struct monthend *m);

/* The question asked before closing: "Close March 2025 (2025-03)? This cannot be
 * undone: …". Returns buf. */
char *monthend_question(const struct monthend *m, char *buf, size_t n);

#endif

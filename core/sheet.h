/*
 * sheet.h — the sheets a union prints (`gonghui print SHEET`): plain text for a printer,
 * at most 80 columns (display width), in pages of `lines` lines. Every page opens with
 * the union's name, the sheet's title and a line with the period on the left and
 * "第 N 页，共 M 页" on the right; a table's column heads are repeated on every page;
 * pages are separated by a form feed; a row is never split across pages, and the
 * totals and signature lines stay together on the last page.
 *
 *   signsheet  实名签收表: welfare given on a day (date) or in a month (month), of one
 *              kind or all; or the gifts to a donation drive (drive). Number, member's
 *              number, name, what, amount, an empty column to sign; the total in figures
 *              and in capital numerals (money_capital), lines for who handled and
 *              checked it.
 *   notice     经费收支公开: the year's (or a quarter's) income and expense by account
 *              with the opening and closing cash and bank, the other movements, totals
 *              in figures and capitals — the figures of report_compute() (of
 *              report_money() for a quarter), not figures of its own.
 *   cashbook   现金日记账 and 银行存款日记账 of a month or a year: date, voucher,
 *              description, in, out, balance (ledger_month_page()), with the balance
 *              brought forward and each month's totals.
 *   roll       会员花名册: the members on the roll (active and retired).
 *   dues       会费收缴表 of a month: who paid what and when, who has not, and who has
 *              nothing due (left out of the unpaid count, as dues_month_tally).
 *
 * Reads only, through the record modules' functions. Names from the database are cleaned
 * of control characters. Text is in the reader's language; capital numerals in its
 * script (i18n_hant()).
 */
#ifndef GH_SHEET_H
#define GH_SHEET_H

#include <stdio.h>

#include "core/date.h"
#include "core/error.h"

struct sheet_opts {
	char month[MONTH_LEN];   /* "" when not given */
	char date[DATE_LEN];
	char kind[16];           /* a welfare kind code, "" for all */
	const char *drive;       /* a donation drive's name, NULL for none */
	int year;                /* 0: this year */
	int quarter;             /* 1-4 with year: the notice of a quarter; 0: of the year */
	int lines;               /* lines per page; 0: SHEET_LINES */
};

#define SHEET_LINES 60
#define SHEET_WIDTH 80

/* The sheets' names, space-separated, for help and messages. */
const char *sheet_names(void);
/* 1 when name is a sheet. */
int sheet_known(const char *name);

/* Print sheet `name` with o to out. A sheet that needs an option it was not given
 * (signsheet without month, date or drive) or that finds nothing to print says so in
 * e (ERR_INPUT / ERR_NOTFOUND) and prints nothing. */
err_code sheet_print(const char *name, const struct sheet_opts *o, FILE *out, struct err *e);

#endif

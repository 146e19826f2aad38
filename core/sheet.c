/* sheet.c — printable sheets (see sheet.h): a page layout over lines of text, and one
 * function per sheet that fills the lines from the record modules. */
#include "core/sheet.h"
#include "core/category.h"
#include "core/donation.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/money.h"
#include "core/report.h"
#include "core/setting.h"
#include "core/text.h"
#include "core/welfare.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- lines and pages ---- */

/* The lines of a sheet's body. A line with glue stays on the page of the line before
 * it: a table row and the blank line under it for the signature, the totals and the
 * signatures at the end. */
struct lines {
	char **text;
	unsigned char *glue;
	int n, cap;
	int oom;
};

struct doc {
	char union_name[192];
	char title[192];
	char period[256];
	struct lines head;   /* the table's column heads: repeated on every page */
	struct lines body;
	int page_lines;
};

static void lines_put(struct lines *l, int glue, const char *s)
{
	if (l->n == l->cap) {
		int cap = l->cap ? l->cap * 2 : 64;
		char **t = realloc(l->text, cap * sizeof *t);
		unsigned char *g = t ? realloc(l->glue, cap) : NULL;
		if (t)
			l->text = t;
		if (!t || !g) {
			l->oom = 1;
			return;
		}
		l->glue = g;
		l->cap = cap;
	}
	char *c = strdup(s);
	if (!c) {
		l->oom = 1;
		return;
	}
	/* no trailing blanks: a printer need not print them, a test need not see them */
	size_t len = strlen(c);
	while (len && c[len - 1] == ' ')
		c[--len] = '\0';
	l->text[l->n] = c;
	l->glue[l->n++] = (unsigned char)glue;
}

static void lines_add(struct lines *l, int glue, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void lines_add(struct lines *l, int glue, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	lines_put(l, glue, buf);
}

static void lines_free(struct lines *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->text[i]);
	free(l->text);
	free(l->glue);
	memset(l, 0, sizeof *l);
}

/* A table's columns: width in display columns, alignment; two spaces between them. */
struct col {
	int width;
	int align;   /* TEXT_LEFT, TEXT_RIGHT */
};

static void lines_row(struct lines *l, int glue, const struct col *cols, int ncols,
		      const char *const *cells)
{
	char line[1024] = "", cell[512];
	size_t len = 0;
	for (int i = 0; i < ncols; i++) {
		text_pad(cells[i] ? cells[i] : "", cols[i].width, cols[i].align, cell, sizeof cell);
		int k = snprintf(line + len, sizeof line - len, "%s%s", i ? "  " : "", cell);
		if (k < 0 || (size_t)k >= sizeof line - len)
			break;
		len += (size_t)k;
	}
	lines_put(l, glue, line);
}

/* A rule under the column heads, as wide as the columns. */
static void lines_rule(struct lines *l, const struct col *cols, int ncols)
{
	char line[256];
	size_t len = 0;
	for (int i = 0; i < ncols && len + cols[i].width + 3 < sizeof line; i++) {
		if (i) {
			line[len++] = ' ';
			line[len++] = ' ';
		}
		memset(line + len, '-', cols[i].width);
		len += cols[i].width;
	}
	line[len] = '\0';
	lines_put(l, 1, line);
}

/* Centre s in SHEET_WIDTH columns. */
static void put_centred(FILE *out, const char *s)
{
	char clean[512];
	text_trunc(s, SHEET_WIDTH, clean, sizeof clean);
	int pad = clean[0] ? (SHEET_WIDTH - text_width(clean)) / 2 : 0;
	fprintf(out, "%*s%s\n", pad > 0 ? pad : 0, "", clean);
}

/* Where the pages break: start[p] is the first body line of page p. */
static int doc_paginate(const struct doc *d, int *start, int max)
{
	int room = d->page_lines - 4 - d->head.n;   /* 3 heading lines and a blank one */
	if (room < 4)
		room = 4;
	int pages = 0, i = 0;
	start[pages++] = 0;
	int used = 0;
	while (i < d->body.n) {
		int j = i + 1;   /* the lines that go with line i */
		while (j < d->body.n && d->body.glue[j])
			j++;
		int need = j - i;
		if (used > 0 && used + need > room && pages < max) {
			start[pages++] = i;
			used = 0;
		}
		used += need;
		i = j;
	}
	return pages;
}

static void doc_print(const struct doc *d, FILE *out)
{
	int start[1000];
	int pages = doc_paginate(d, start, 1000);
	for (int p = 0; p < pages; p++) {
		int end = p + 1 < pages ? start[p + 1] : d->body.n;
		if (p)
			fputc('\f', out);
		put_centred(out, d->union_name);
		put_centred(out, d->title);
		char page[96], period[256];
		/* L10N: the page number in the heading of a printed sheet. */
		snprintf(page, sizeof page, _("Page %1$d of %2$d"), p + 1, pages);
		int room = SHEET_WIDTH - text_width(page) - 2;
		text_trunc(d->period, room, period, sizeof period);
		fprintf(out, "%s%*s%s\n", period, SHEET_WIDTH - text_width(period) - text_width(page),
			"", page);
		fputc('\n', out);
		for (int i = 0; i < d->head.n; i++)
			fprintf(out, "%s\n", d->head.text[i]);
		int i = start[p];
		while (p > 0 && i < end && !d->body.text[i][0])   /* no blank line at the top */
			i++;
		for (; i < end; i++)
			fprintf(out, "%s\n", d->body.text[i]);
	}
}

static void doc_init(struct doc *d, const struct sheet_opts *o, const char *title)
{
	memset(d, 0, sizeof *d);
	char name[192];
	text_clean(setting_title(name, sizeof name), d->union_name, sizeof d->union_name);
	snprintf(d->title, sizeof d->title, "%s", title);
	d->page_lines = o->lines > 0 ? o->lines : SHEET_LINES;
}

static void doc_free(struct doc *d)
{
	lines_free(&d->head);
	lines_free(&d->body);
}

static err_code doc_finish(struct doc *d, FILE *out, struct err *e)
{
	err_code rc = ERR_OK;
	if (d->head.oom || d->body.oom)
		rc = err_set(e, ERR_NOMEM, _("Out of memory."));
	else
		doc_print(d, out);
	doc_free(d);
	return rc;
}

/* The total in figures and capitals, and the lines to sign, kept together. */
static void doc_total(struct doc *d, int people, int64_t total, int signatures)
{
	char m[32], cap[200];
	lines_put(&d->body, 0, "");
	/* L10N: the total under a printed sheet; %2$s is an amount like 1,234.50. */
	lines_add(&d->body, 1, ngettext("Total: %1$d person, %2$s yuan",
					"Total: %1$d people, %2$s yuan", people),
		  people, money_format(total, m, sizeof m));
	/* L10N: the total in capital numerals (壹万玖仟叁佰叁拾元整) under a printed sheet. */
	lines_add(&d->body, 1, _("In capitals: %s"),
		  money_capital(total, i18n_hant(), cap, sizeof cap));
	if (signatures) {
		lines_put(&d->body, 1, "");
		/* L10N: the lines to sign under a printed sheet; keep it within 80 columns. */
		lines_put(&d->body, 1, _("Handled by: __________   Checked by: __________   "
					 "Union chair: __________"));
		lines_put(&d->body, 1, "");
		lines_put(&d->body, 1, _("Date: ______________"));
	}
}

/* ---- 实名签收表 ---- */

struct sign_row {
	char date[DATE_LEN];
	char no[64], name[192], what[320];
	int64_t amount;
};

static int sign_cmp(const void *a, const void *b)
{
	const struct sign_row *x = a, *y = b;
	int c = strcmp(x->date, y->date);
	if (c)
		return c;
	size_t lx = strlen(x->no), ly = strlen(y->no);
	if (lx != ly)
		return lx < ly ? -1 : 1;
	return strcmp(x->no, y->no);
}

static err_code sign_welfare(const struct sheet_opts *o, struct sign_row **rows, int *n,
			     struct err *e)
{
	char from[DATE_LEN], to[DATE_LEN];
	if (o->date[0]) {
		snprintf(from, sizeof from, "%s", o->date);
		snprintf(to, sizeof to, "%s", o->date);
	} else {
		snprintf(from, sizeof from, "%s-01", o->month);
		snprintf(to, sizeof to, "%s-31", o->month);
	}
	struct welfare_query q = { .from = from, .to = to, .kind = o->kind[0] ? o->kind : NULL,
				   .counted_only = 1 };
	int count = 0;
	err_code rc = welfare_count(&q, &count, e);
	if (rc != ERR_OK)
		return rc;
	*rows = count ? calloc(count, sizeof **rows) : NULL;
	struct welfare *page = calloc(100, sizeof *page);
	if ((count && !*rows) || !page) {
		free(page);
		return err_set(e, ERR_NOMEM, _("Out of memory."));
	}
	*n = 0;
	for (int off = 0; off < count; off += 100) {
		int got = 0;
		rc = welfare_page(&q, off, 100, page, &got, e);
		if (rc != ERR_OK)
			break;
		for (int i = 0; i < got && *n < count; i++) {
			struct sign_row *r = &(*rows)[(*n)++];
			const struct welfare *w = &page[i];
			snprintf(r->date, sizeof r->date, "%s", w->date);
			snprintf(r->no, sizeof r->no, "%s", w->member_no);
			snprintf(r->name, sizeof r->name, "%s", w->member_name);
			if (w->goods[0])
				/* L10N: what a member received on a sign sheet: the kind and the
				 * goods ("春节慰问：水果"). */
				snprintf(r->what, sizeof r->what, _("%1$s: %2$s"),
					 cat_name(CAT_WELFARE, w->kind), w->goods);
			else
				snprintf(r->what, sizeof r->what, "%s", cat_name(CAT_WELFARE, w->kind));
			r->amount = w->cash + w->goods_value;
		}
	}
	free(page);
	return rc;
}

static err_code sign_drive(const struct drive *dr, struct sign_row **rows, int *n,
			   struct err *e)
{
	int count = 0;
	err_code rc = donation_count(dr->id, &count, e);
	if (rc != ERR_OK)
		return rc;
	*rows = count ? calloc(count, sizeof **rows) : NULL;
	struct donation *page = calloc(100, sizeof *page);
	if ((count && !*rows) || !page) {
		free(page);
		return err_set(e, ERR_NOMEM, _("Out of memory."));
	}
	*n = 0;
	for (int off = 0; off < count; off += 100) {
		int got = 0;
		rc = donation_page(dr->id, off, 100, page, &got, e);
		if (rc != ERR_OK)
			break;
		for (int i = 0; i < got && *n < count; i++) {
			if (page[i].reversed_on[0])
				continue;   /* reversed: not given, nothing to sign for */
			struct sign_row *r = &(*rows)[(*n)++];
			snprintf(r->date, sizeof r->date, "%s", page[i].date);
			snprintf(r->no, sizeof r->no, "%s", page[i].member_no);
			snprintf(r->name, sizeof r->name, "%s", page[i].name);
			snprintf(r->what, sizeof r->what, "%s",
				 page[i].note[0] ? page[i].note : _("Donation"));
			r->amount = page[i].amount;
		}
	}
	free(page);
	return rc;
}

static err_code sheet_signsheet(const struct sheet_opts *o, FILE *out, struct err *e)
{
	if (!o->month[0] && !o->date[0] && !o->drive)
		return err_set(e, ERR_INPUT, _("The sign sheet needs --month, --date or --drive."));
	struct sign_row *rows = NULL;
	int n = 0;
	struct drive dr = { 0 };
	err_code rc;
	struct doc d;
	/* L10N: the title of the sheet members sign when they receive a gift. */
	doc_init(&d, o, _("Sign-for-receipt sheet"));
	if (o->drive) {
		rc = drive_find(o->drive, &dr, e);
		if (rc == ERR_OK)
			rc = sign_drive(&dr, &rows, &n, e);
		char name[192];
		/* L10N: the period line of a drive's sign sheet. */
		snprintf(d.period, sizeof d.period, _("Donation drive: %s"),
			 text_clean(dr.name, name, sizeof name));
	} else {
		rc = sign_welfare(o, &rows, &n, e);
		char what[128] = "";
		if (o->kind[0])
			/* L10N: the welfare kind in the period line of a sign sheet. */
			snprintf(what, sizeof what, _("Kind: %s"), cat_name(CAT_WELFARE, o->kind));
		if (o->date[0])
			/* L10N: the period line of a sign sheet for one day. */
			snprintf(d.period, sizeof d.period, _("Date: %s"), o->date);
		else
			/* L10N: the period line of a sign sheet for a month. */
			snprintf(d.period, sizeof d.period, _("Month: %s"), o->month);
		if (what[0]) {
			size_t l = strlen(d.period);
			snprintf(d.period + l, sizeof d.period - l, "    %s", what);
		}
	}
	if (rc == ERR_OK && n == 0)
		rc = err_set(e, ERR_NOTFOUND, o->drive ? _("The drive has no gifts to print.")
				 : _("Nothing was given then: there is no sign sheet to print."));
	if (rc != ERR_OK) {
		free(rows);
		doc_free(&d);
		return rc;
	}
	qsort(rows, n, sizeof *rows, sign_cmp);

	static const struct col cols[] = {
		{ 4, TEXT_RIGHT }, { 8, TEXT_LEFT }, { 10, TEXT_LEFT }, { 22, TEXT_LEFT },
		{ 10, TEXT_RIGHT }, { 14, TEXT_LEFT },
	};
	enum { NC = sizeof cols / sizeof cols[0] };
	/* L10N: the column heads of a sign sheet: row number, membership number, name,
	 * what was given, amount, signature. */
	const char *heads[NC] = { _("Row"), _("Number"), _("Name"), _("Item"), _("Amount"),
				  _("Signature") };
	lines_row(&d.head, 0, cols, NC, heads);
	lines_rule(&d.head, cols, NC);
	int64_t total = 0;
	for (int i = 0; i < n; i++) {
		char num[16], m[32], name[192], what[320];
		snprintf(num, sizeof num, "%d", i + 1);
		text_clean(rows[i].name, name, sizeof name);
		text_clean(rows[i].what, what, sizeof what);
		const char *cells[NC] = { num, rows[i].no, name, what,
					  money_format(rows[i].amount, m, sizeof m),
					  "______________" };
		lines_row(&d.body, 0, cols, NC, cells);
		lines_put(&d.body, 1, "");
		total += rows[i].amount;
	}
	free(rows);
	doc_total(&d, n, total, 1);
	return doc_finish(&d, out, e);
}

/* ---- 经费收支公开 ---- */

static void notice_list(struct doc *d, const struct report_list *l, const char *total_label)
{
	static const struct col cols[] = { { 4, TEXT_LEFT }, { 8, TEXT_LEFT }, { 44, TEXT_LEFT },
					   { 16, TEXT_RIGHT } };
	char m[32];
	for (int i = 0; i < l->n; i++) {
		char name[192];
		text_clean(ledger_account_label(l->item[i].key, l->item[i].name), name, sizeof name);
		const char *cells[] = { "", l->item[i].key, name,
					money_format(l->item[i].amount, m, sizeof m) };
		lines_row(&d->body, i > 0, cols, 4, cells);
	}
	if (l->n == 0) {
		const char *cells[] = { "", "", _("(none)"), money_format(0, m, sizeof m) };
		lines_row(&d->body, 0, cols, 4, cells);
	}
	const char *cells[] = { "", "", total_label, money_format(l->amount, m, sizeof m) };
	lines_row(&d->body, 1, cols, 4, cells);
}

static void notice_line(struct doc *d, int glue, const char *label, int64_t amount)
{
	static const struct col cols[] = { { 4, TEXT_LEFT }, { 54, TEXT_LEFT }, { 16, TEXT_RIGHT } };
	char m[32];
	const char *cells[] = { "", label, money_format(amount, m, sizeof m) };
	lines_row(&d->body, glue, cols, 3, cells);
}

static err_code sheet_notice(const struct sheet_opts *o, FILE *out, struct err *e)
{
	char today[DATE_LEN];
	date_today(today);
	int year = o->year ? o->year : atoi(today), q = o->quarter;
	struct report r;
	char m_from[MONTH_LEN], m_to[MONTH_LEN];
	snprintf(m_from, sizeof m_from, "%04d-%02d", year, q ? q * 3 - 2 : 1);
	snprintf(m_to, sizeof m_to, "%04d-%02d", year, q ? q * 3 : 12);
	err_code rc = q ? report_money(m_from, m_to, &r, e) : report_compute(year, &r, e);
	if (rc != ERR_OK)
		return rc;
	struct doc d;
	/* L10N: the title of the notice of the union's income and expense. */
	doc_init(&d, o, _("Public notice of the union's income and expense"));
	if (q) {
		static const char *const qname[] = {
			/* L10N: the quarters, for "Quarter: 2025, fourth quarter (…)" */
			N_("first quarter"), N_("second quarter"), N_("third quarter"),
			N_("fourth quarter") };
		/* L10N: the period line of a quarter's notice: %1$d the year, %2$s the quarter
		 * ("fourth quarter"), %3$s its first day, %4$s its last day. */
		snprintf(d.period, sizeof d.period, _("Quarter: %1$d, %2$s (%3$s-01 to %4$s-%5$02d)"),
			 year, _(qname[q - 1]), m_from, m_to,
			 date_days_in_month(year, q * 3));
	} else {
		/* L10N: the period line of the notice of income and expense. */
		snprintf(d.period, sizeof d.period, _("Year: %1$d (%1$d-01-01 to %1$d-12-31)"), year);
	}

	/* L10N: the first section of the notice. */
	lines_put(&d.body, 0, _("1. Income"));
	notice_list(&d, &r.ledger.income, _("Total income"));
	lines_put(&d.body, 0, "");
	lines_put(&d.body, 0, _("2. Expense"));
	notice_list(&d, &r.ledger.expense, _("Total expense"));
	lines_put(&d.body, 0, "");
	lines_put(&d.body, 0, _("3. Cash and bank"));
	notice_line(&d, 1, q ? _("Balance at the start of the quarter")
			     : _("Balance at the start of the year"), r.ledger.opening);
	notice_line(&d, 1, q ? _("Add: income of the quarter") : _("Add: income"),
		    r.ledger.income.amount);
	notice_line(&d, 1, q ? _("Less: expense of the quarter") : _("Less: expense"),
		    r.ledger.expense.amount);
	/* What moved cash without being the union's own income or expense — money held
	 * for others, owed to the union above — as the report reckons it (report.h), so
	 * that the lines add up to the closing balance; a line of nothing is left out. */
	if (r.ledger.held_in)
		notice_line(&d, 1, _("Received for others (231)"), r.ledger.held_in);
	if (r.ledger.held_out)
		notice_line(&d, 1, _("Paid out for others (231)"), r.ledger.held_out);
	if (r.ledger.owed_in)
		notice_line(&d, 1, _("Owed to the union above (221)"), r.ledger.owed_in);
	if (r.ledger.owed_out)
		notice_line(&d, 1, _("Paid to the union above (221)"), r.ledger.owed_out);
	if (r.ledger.other)
		notice_line(&d, 1, _("Other movements of cash and bank"), r.ledger.other);
	notice_line(&d, 1, q ? _("Balance at the end of the quarter")
			     : _("Balance at the end of the year"), r.ledger.closing);
	if (r.ledger.held || r.ledger.owed) {
		notice_line(&d, 1, _("of it held for others (231)"), r.ledger.held);
		notice_line(&d, 1, _("of it owed to the union above (221)"), r.ledger.owed);
		notice_line(&d, 1, q ? _("The union's own funds at the end of the quarter")
				     : _("The union's own funds at the end of the year"),
			    r.ledger.own);
	}
	char cap[200];
	lines_add(&d.body, 1, "    %s", "");
	lines_add(&d.body, 1, q ? _("    Balance at the end of the quarter in capitals: %s")
				: _("    Balance at the end of the year in capitals: %s"),
		  money_capital(r.ledger.closing, i18n_hant(), cap, sizeof cap));
	lines_add(&d.body, 1, q ? _("    Income of the quarter in capitals: %s")
				: _("    Income in capitals: %s"),
		  money_capital(r.ledger.income.amount, i18n_hant(), cap, sizeof cap));
	lines_add(&d.body, 1, q ? _("    Expense of the quarter in capitals: %s")
				: _("    Expense in capitals: %s"),
		  money_capital(r.ledger.expense.amount, i18n_hant(), cap, sizeof cap));
	lines_put(&d.body, 0, "");
	/* L10N: the closing lines of the posted notice. */
	lines_put(&d.body, 1, _("Members are welcome to look into these accounts and to ask "
				"the union committee."));
	lines_put(&d.body, 1, "");
	lines_put(&d.body, 1, _("Union committee (seal)          Posted on: ______________"));
	report_free(&r);
	return doc_finish(&d, out, e);
}

/* ---- 现金日记账 / 银行存款日记账 ---- */

static int under(const char *code, const char *top)
{
	return strncmp(code, top, strlen(top)) == 0;
}

/* One journal (cash "101" or bank "102") over months first..last. */
static err_code cashbook_journal(struct doc *d, const char *top, const char *first,
				 const char *last, struct err *e)
{
	static const struct col cols[] = {
		{ 5, TEXT_LEFT }, { 8, TEXT_LEFT }, { 26, TEXT_LEFT }, { 10, TEXT_RIGHT },
		{ 10, TEXT_RIGHT }, { 11, TEXT_RIGHT },
	};
	enum { NC = 6 };
	int cash = strcmp(top, "101") == 0;
	lines_put(&d->body, 0, cash ? _("Cash journal (101)") : _("Bank journal (102)"));
	const char *heads[NC] = { _("Date"), _("Voucher"), _("Description"), _("In"), _("Out"),
				  _("Balance") };
	lines_row(&d->body, 1, cols, NC, heads);
	lines_rule(&d->body, cols, NC);
	struct ledger_line *page = calloc(200, sizeof *page);
	if (!page)
		return err_set(e, ERR_NOMEM, _("Out of memory."));
	err_code rc = ERR_OK;
	char m1[32], m2[32], m3[32];
	int64_t year_in = 0, year_out = 0;
	char ym[MONTH_LEN];
	snprintf(ym, sizeof ym, "%s", first);
	for (int guard = 0; guard < 240; guard++) {
		struct ledger_month sum;
		rc = ledger_month_sum(ym, &sum, e);
		if (rc != ERR_OK)
			break;
		int64_t balance = cash ? sum.cash_open : sum.bank_open;
		const char *open[NC] = { "", "", _("Brought forward"), "", "",
					 money_format(balance, m3, sizeof m3) };
		lines_row(&d->body, 0, cols, NC, open);
		int64_t in = 0, outm = 0;
		for (int off = 0;; off += 200) {
			int got = 0;
			rc = ledger_month_page(ym, off, 200, page, &got, e);
			if (rc != ERR_OK)
				break;
			for (int i = 0; i < got; i++) {
				const struct ledger_entry *le = &page[i].entry;
				int dr = under(le->debit, top), cr = under(le->credit, top);
				if (dr == cr)
					continue;
				int64_t a_in = dr ? le->amount : 0, a_out = cr ? le->amount : 0;
				in += a_in;
				outm += a_out;
				balance = cash ? page[i].cash_after : page[i].bank_after;
				char desc[256], voucher[32];
				text_clean(le->description, desc, sizeof desc);
				text_clean(le->voucher, voucher, sizeof voucher);
				const char *cells[NC] = {
					le->date + 5, voucher, desc,
					a_in ? money_format(a_in, m1, sizeof m1) : "",
					a_out ? money_format(a_out, m2, sizeof m2) : "",
					money_format(balance, m3, sizeof m3) };
				lines_row(&d->body, 0, cols, NC, cells);
			}
			if (got < 200)
				break;
		}
		if (rc != ERR_OK)
			break;
		char label[64];
		/* L10N: the totals line of one month in a cash or bank journal. */
		snprintf(label, sizeof label, _("Total for %s"), ym);
		const char *tot[NC] = { "", "", label, money_format(in, m1, sizeof m1),
					money_format(outm, m2, sizeof m2),
					money_format(cash ? sum.cash_close : sum.bank_close, m3, sizeof m3) };
		lines_row(&d->body, 0, cols, NC, tot);
		year_in += in;
		year_out += outm;
		if (strcmp(ym, last) >= 0)
			break;
		month_add(ym, 1, ym);
	}
	if (rc == ERR_OK && strcmp(first, last) != 0) {
		const char *tot[NC] = { "", "", _("Total for the period"),
					money_format(year_in, m1, sizeof m1),
					money_format(year_out, m2, sizeof m2), "" };
		lines_row(&d->body, 1, cols, NC, tot);
	}
	free(page);
	return rc;
}

static err_code sheet_cashbook(const struct sheet_opts *o, FILE *out, struct err *e)
{
	char first[MONTH_LEN], last[MONTH_LEN];
	if (o->month[0]) {
		snprintf(first, sizeof first, "%s", o->month);
		snprintf(last, sizeof last, "%s", o->month);
	} else {
		char today[DATE_LEN];
		date_today(today);
		int year = o->year ? o->year : atoi(today);
		snprintf(first, sizeof first, "%04d-01", year);
		snprintf(last, sizeof last, "%04d-12", year);
	}
	struct doc d;
	/* L10N: the title of the printed cash and bank journals. */
	doc_init(&d, o, _("Cash and bank journals"));
	if (strcmp(first, last) == 0)
		snprintf(d.period, sizeof d.period, _("Month: %s"), first);
	else
		snprintf(d.period, sizeof d.period, _("Months: %1$s to %2$s"), first, last);
	err_code rc = cashbook_journal(&d, "101", first, last, e);
	if (rc == ERR_OK) {
		lines_put(&d.body, 0, "");
		rc = cashbook_journal(&d, "102", first, last, e);
	}
	if (rc != ERR_OK) {
		doc_free(&d);
		return rc;
	}
	lines_put(&d.body, 0, "");
	lines_put(&d.body, 1, _("Handled by: __________   Checked by: __________   "
				"Union chair: __________"));
	return doc_finish(&d, out, e);
}

/* ---- 会员花名册 ---- */

static err_code sheet_roll(const struct sheet_opts *o, FILE *out, struct err *e)
{
	static const struct col cols[] = {
		{ 3, TEXT_RIGHT }, { 6, TEXT_LEFT }, { 10, TEXT_LEFT }, { 6, TEXT_LEFT },
		{ 7, TEXT_LEFT }, { 7, TEXT_LEFT }, { 6, TEXT_LEFT }, { 8, TEXT_LEFT },
		{ 11, TEXT_LEFT },
	};
	enum { NC = sizeof cols / sizeof cols[0] };
	struct doc d;
	/* L10N: the title of the printed member roll. */
	doc_init(&d, o, _("Member roll"));
	char today[DATE_LEN];
	date_today(today);
	/* L10N: the period line of the member roll: the day it was printed. */
	snprintf(d.period, sizeof d.period, _("As of %s (active and retired members)"), today);
	/* L10N: the column heads of the member roll: row, membership number, name, gender,
	 * year and month of birth, of joining, kind, union group, phone. */
	const char *heads[NC] = { _("Row"), _("Number"), _("Name"), _("Sex"), _("Born"),
				  _("Joined"), _("Kind"), _("Group"), _("Phone") };
	lines_row(&d.head, 0, cols, NC, heads);
	lines_rule(&d.head, cols, NC);
	struct member *page = calloc(100, sizeof *page);
	if (!page) {
		doc_free(&d);
		return err_set(e, ERR_NOMEM, _("Out of memory."));
	}
	static const char *const statuses[] = { "active", "retired" };
	int row = 0, active = 0, retired = 0;
	err_code rc = ERR_OK;
	for (int s = 0; s < 2 && rc == ERR_OK; s++) {
		struct member_query q = { .status = statuses[s], .sort = MEMBER_SORT_NO };
		if (s == 1)
			lines_put(&d.body, 0, "");
		if (s == 1)
			lines_put(&d.body, 1, _("Retired members"));
		for (int off = 0;; off += 100) {
			int got = 0;
			rc = member_page(&q, off, 100, page, &got, e);
			if (rc != ERR_OK)
				break;
			for (int i = 0; i < got; i++) {
				const struct member *mb = &page[i];
				char num[16], born[8], joined[8], name[192], grp[96], phone[48], no[64];
				snprintf(num, sizeof num, "%d", ++row);
				snprintf(born, sizeof born, "%.7s", mb->birth_date);
				snprintf(joined, sizeof joined, "%.7s", mb->join_date);
				const char *cells[NC] = {
					num, text_clean(mb->no, no, sizeof no),
					text_clean(mb->name, name, sizeof name),
					mb->gender[0] ? cat_name(CAT_GENDER, mb->gender) : "",
					born, joined, cat_name(CAT_MEMBER_KIND, mb->kind),
					text_clean(mb->grp, grp, sizeof grp),
					text_clean(mb->phone, phone, sizeof phone) };
				lines_row(&d.body, 0, cols, NC, cells);
				if (s == 0)
					active++;
				else
					retired++;
			}
			if (got < 100)
				break;
		}
	}
	free(page);
	if (rc != ERR_OK) {
		doc_free(&d);
		return rc;
	}
	lines_put(&d.body, 0, "");
	/* L10N: the count under the member roll. */
	lines_add(&d.body, 1, _("Active members: %1$d    Retired: %2$d    In all: %3$d"),
		  active, retired, active + retired);
	return doc_finish(&d, out, e);
}

/* ---- 会费收缴表 ---- */

static err_code sheet_dues(const struct sheet_opts *o, FILE *out, struct err *e)
{
	char ym[MONTH_LEN];
	if (o->month[0])
		snprintf(ym, sizeof ym, "%s", o->month);
	else
		month_this(ym);
	struct dues_line *l = NULL;
	int n = 0;
	err_code rc = dues_month(ym, &l, &n, e);
	if (rc != ERR_OK)
		return rc;
	static const struct col cols[] = {
		{ 4, TEXT_RIGHT }, { 8, TEXT_LEFT }, { 10, TEXT_LEFT }, { 10, TEXT_RIGHT },
		{ 10, TEXT_RIGHT }, { 10, TEXT_LEFT }, { 14, TEXT_LEFT },
	};
	enum { NC = sizeof cols / sizeof cols[0] };
	struct doc d;
	/* L10N: the title of the printed list of a month's dues. */
	doc_init(&d, o, _("Dues collected"));
	snprintf(d.period, sizeof d.period, _("Month: %s"), ym);
	/* L10N: the column heads of the dues sheet: row, membership number, name, due,
	 * paid, date paid, remark. */
	const char *heads[NC] = { _("Row"), _("Number"), _("Name"), _("Due"), _("Paid"),
				  _("Paid on"), _("Remark") };
	lines_row(&d.head, 0, cols, NC, heads);
	lines_rule(&d.head, cols, NC);
	int paid = 0, unpaid = 0;
	int64_t due = 0, collected = 0, missing = 0;
	for (int i = 0; i < n; i++) {
		char num[16], m1[32], m2[32], name[192], remark[64] = "";
		snprintf(num, sizeof num, "%d", i + 1);
		/* one not paid with nothing due under the rule (dues_rule_due: a rate on a
		 * wage base under 10 yuan) owes nothing: marked so, as on the Dues screen,
		 * and neither due nor unpaid in the totals */
		int nothing_due = !l[i].paid && l[i].due == 0;
		if (nothing_due) {
			snprintf(remark, sizeof remark, "%s", _("nothing due"));
		} else if (!l[i].paid) {
			if (l[i].months_behind > 0)
				/* L10N: the remark of a member who has not paid, and how many
				 * months before it are unpaid too. */
				snprintf(remark, sizeof remark,
					 ngettext("unpaid, %d month behind", "unpaid, %d months behind",
						  l[i].months_behind), l[i].months_behind);
			else
				snprintf(remark, sizeof remark, "%s", _("unpaid"));
		}
		const char *cells[NC] = { num, l[i].no, text_clean(l[i].name, name, sizeof name),
					  money_format(l[i].due, m1, sizeof m1),
					  l[i].paid ? money_format(l[i].paid_amount, m2, sizeof m2) : "",
					  l[i].paid_on, remark };
		lines_row(&d.body, 0, cols, NC, cells);
		due += l[i].due;
		if (l[i].paid) {
			paid++;
			collected += l[i].paid_amount;
		} else if (!nothing_due) {
			unpaid++;
			missing += l[i].due;
		}
	}
	dues_lines_free(&l);
	char m1[32], m2[32], m3[32], cap[200];
	lines_put(&d.body, 0, "");
	/* L10N: the totals under the dues sheet; the plural follows %1$d, the members
	 * due (those paid and unpaid are counted as part of them). */
	lines_add(&d.body, 1, ngettext("Due: %1$d member, %2$s yuan.  Paid: %3$d, %4$s yuan.  "
				       "Unpaid: %5$d, %6$s yuan.",
				       "Due: %1$d members, %2$s yuan.  Paid: %3$d, %4$s yuan.  "
				       "Unpaid: %5$d, %6$s yuan.", paid + unpaid),
		  paid + unpaid, money_format(due, m1, sizeof m1), paid,
		  money_format(collected, m2, sizeof m2), unpaid, money_format(missing, m3, sizeof m3));
	lines_add(&d.body, 1, _("Collected in capitals: %s"),
		  money_capital(collected, i18n_hant(), cap, sizeof cap));
	lines_put(&d.body, 1, "");
	lines_put(&d.body, 1, _("Handled by: __________   Checked by: __________   "
				"Union chair: __________"));
	return doc_finish(&d, out, e);
}

/* ---- the table of sheets ---- */

static const struct {
	const char *name;
	err_code (*print)(const struct sheet_opts *o, FILE *out, struct err *e);
} sheets[] = {
	{ "signsheet", sheet_signsheet },
	{ "notice", sheet_notice },
	{ "cashbook", sheet_cashbook },
	{ "roll", sheet_roll },
	{ "dues", sheet_dues },
};

const char *sheet_names(void)
{
	return "signsheet notice cashbook roll dues";
}

int sheet_known(const char *name)
{
	for (size_t i = 0; i < sizeof sheets / sizeof sheets[0]; i++)
		if (strcmp(name, sheets[i].name) == 0)
			return 1;
	return 0;
}

err_code sheet_print(const char *name, const struct sheet_opts *o, FILE *out, struct err *e)
{
	for (size_t i = 0; i < sizeof sheets / sizeof sheets[0]; i++)
		if (strcmp(name, sheets[i].name) == 0)
			return sheets[i].print(o, out, e);
	return err_set(e, ERR_INPUT, _("Unknown sheet \"%s\"; use one of: %s."), name,
		       sheet_names());
}

/* journal.c — the ledger as an hledger journal and as a voucher CSV (see journal.h). */
#include "core/journal.h"
#include "core/csv.h"
#include "core/date.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"

#include <stdlib.h>
#include <string.h>

#define JOURNAL_MAXACCOUNTS 256
#define JOURNAL_PAGE 256

static struct {
	struct ledger_account_row acct[JOURNAL_MAXACCOUNTS];
	int nacct;
	/* the entries of the month being written */
	struct ledger_entry *month;
	int nmonth, capmonth;
} jn;

/* What a piece of text is in the journal, for journal_text. */
enum journal_part {
	JT_NAME,   /* an account's name: ':' would make a sub-account */
	JT_DESC,   /* a description: ';' would start a comment */
	JT_CODE,   /* a voucher, written "(code)" */
};

/* s as hledger reads it back unchanged: the characters it takes as syntax in that part
 * written as their full-width forms, tabs and runs of spaces as one space (two spaces
 * end an account name), control characters dropped (text_clean). */
static void journal_text(const char *s, enum journal_part part, char *out, size_t n)
{
	char clean[512];
	text_clean(s, clean, sizeof clean);
	size_t o = 0;
	int space = 0;
	for (const char *p = clean; *p && o + 4 < n; p++) {
		if (*p == ' ' || *p == '\t') {
			space = o > 0;
			continue;
		}
		if (space)
			out[o++] = ' ';
		space = 0;
		const char *w = *p == ';' ? "；"
				: *p == ':' && part == JT_NAME ? "："
				: *p == '(' && part == JT_CODE ? "（"
				: *p == ')' && part == JT_CODE ? "）" : NULL;
		if (w) {
			memcpy(out + o, w, strlen(w));
			o += strlen(w);
		} else {
			out[o++] = *p;
		}
	}
	out[o] = '\0';
}

static const struct ledger_account_row *journal_find(const char *code)
{
	for (int i = 0; i < jn.nacct; i++)
		if (strcmp(jn.acct[i].code, code) == 0)
			return &jn.acct[i];
	return NULL;
}

/* "502 维权支出:50205 送温暖费": the account under its parents, for hledger. */
static void journal_account(const char *code, char *out, size_t n)
{
	const struct ledger_account_row *chain[8];
	int depth = 0;
	for (const struct ledger_account_row *a = journal_find(code); a && depth < 8;
	     a = a->parent[0] ? journal_find(a->parent) : NULL)
		chain[depth++] = a;
	if (depth == 0) {   /* not in the chart (cannot happen: entries refer to it) */
		journal_text(code, JT_NAME, out, n);
		return;
	}
	size_t o = 0;
	out[0] = '\0';
	while (depth-- > 0 && o < n) {
		char name[128];
		journal_text(chain[depth]->name, JT_NAME, name, sizeof name);
		o += snprintf(out + o, n - o, "%s%s %s", o ? ":" : "", chain[depth]->code, name);
	}
}

static err_code journal_load_accounts(struct err *e)
{
	return ledger_accounts(jn.acct, JOURNAL_MAXACCOUNTS, &jn.nacct, e);
}

/* The entries of month ym (YYYY-MM) into jn.month, by date then id. */
static err_code journal_load_month(const char *ym, struct err *e)
{
	char from[DATE_LEN], to[DATE_LEN];
	snprintf(from, sizeof from, "%s-01", ym);
	snprintf(to, sizeof to, "%s-%02d", ym, date_days_in_month(atoi(ym), atoi(ym + 5)));
	jn.nmonth = 0;
	for (;;) {
		if (jn.nmonth + JOURNAL_PAGE > jn.capmonth) {
			int cap = jn.capmonth ? jn.capmonth * 2 : 4 * JOURNAL_PAGE;
			struct ledger_entry *m = realloc(jn.month, (size_t)cap * sizeof *m);
			if (!m)
				return err_set(e, ERR_NOMEM, NULL);
			jn.month = m, jn.capmonth = cap;
		}
		int got = 0;
		err_code c = ledger_page(from, to, jn.nmonth, JOURNAL_PAGE, jn.month + jn.nmonth,
					 &got, e);
		if (c != ERR_OK)
			return c;
		jn.nmonth += got;
		if (got < JOURNAL_PAGE)
			return ERR_OK;
	}
}

/* Call each(ym) for every month from the first entry's to the last one's, with that
 * month's entries loaded. */
static err_code journal_months(err_code (*each)(FILE *, const char *, struct err *), FILE *out,
			       struct err *e)
{
	int count = 0, got = 0;
	struct ledger_entry first, last;
	err_code c = ledger_count(NULL, NULL, &count, e);
	if (c != ERR_OK || count == 0)
		return c;
	if ((c = ledger_page(NULL, NULL, 0, 1, &first, &got, e)) != ERR_OK ||
	    (c = ledger_page(NULL, NULL, count - 1, 1, &last, &got, e)) != ERR_OK)
		return c;
	char ym[MONTH_LEN], end[MONTH_LEN];
	snprintf(ym, sizeof ym, "%.7s", first.date);
	snprintf(end, sizeof end, "%.7s", last.date);
	while (c == ERR_OK && strcmp(ym, end) <= 0) {
		if ((c = journal_load_month(ym, e)) == ERR_OK && jn.nmonth > 0)
			c = each(out, ym, e);
		char next[MONTH_LEN];
		month_add(ym, 1, next);
		memcpy(ym, next, sizeof ym);
	}
	return c;
}

static void journal_done(void)
{
	free(jn.month);
	jn.month = NULL;
	jn.nmonth = jn.capmonth = 0;
}

/* ---- the hledger journal ---- */

static err_code journal_month(FILE *out, const char *ym, struct err *e)
{
	for (int i = 0; i < jn.nmonth; i++) {
		const struct ledger_entry *le = &jn.month[i];
		char voucher[96], desc[512], debit[320], credit[320], amt[32], neg[32];
		journal_text(le->voucher, JT_CODE, voucher, sizeof voucher);
		journal_text(le->description, JT_DESC, desc, sizeof desc);
		/* a description read as a status mark or a code when no voucher stands first */
		if (!voucher[0] && (desc[0] == '*' || desc[0] == '!' || desc[0] == '(')) {
			memmove(desc + 3, desc + 1, strlen(desc));
			memcpy(desc, desc[0] == '*' ? "＊" : desc[0] == '!' ? "！" : "（", 3);
		}
		journal_account(le->debit, debit, sizeof debit);
		journal_account(le->credit, credit, sizeof credit);
		money_plain(le->amount, amt, sizeof amt);
		money_plain(-le->amount, neg, sizeof neg);
		fprintf(out, "\n%s", le->date);
		if (voucher[0])
			fprintf(out, " (%s)", voucher);
		if (desc[0])
			fprintf(out, " %s", desc);
		fputc('\n', out);
		fprintf(out, "    ; source: %s\n", le->source);
		fprintf(out, "    %s  %s\n    %s  %s\n", debit, amt, credit, neg);
	}
	return ferror(out) ? err_set(e, ERR_IO, _("Could not write the output.")) : ERR_OK;
}

err_code journal_write(FILE *out, struct err *e)
{
	err_code c = journal_load_accounts(e);
	if (c != ERR_OK)
		return c;
	char title[192];
	setting_title(title, sizeof title);
	char clean[192];
	text_clean(title, clean, sizeof clean);
	if (clean[0])
		fprintf(out, "; %s\n", clean);
	/* L10N: a comment at the top of the journal written for hledger */
	fprintf(out, "; %s\n\n", _("The books exported by gonghui: one transaction per entry, "
				   "the debit account first."));
	fprintf(out, "decimal-mark .\n\n");
	static const struct { const char *type, *tag; } types[] = {
		{ "asset", "A" }, { "liability", "L" }, { "net", "E" }, { "income", "R" },
		{ "expense", "X" },
	};
	for (int i = 0; i < jn.nacct; i++) {
		char name[320];
		journal_account(jn.acct[i].code, name, sizeof name);
		const char *tag = "";
		for (size_t t = 0; t < sizeof types / sizeof types[0]; t++)
			if (strcmp(jn.acct[i].type, types[t].type) == 0)
				tag = types[t].tag;
		fprintf(out, "account %s%s%s\n", name, *tag ? "  ; type: " : "", tag);
	}
	c = journal_months(journal_month, out, e);
	journal_done();
	return c;
}

/* ---- the voucher CSV ---- */

/* Does month's entry i's voucher number, or one already given, equal v? */
static int journal_voucher_used(const char *v, char (*given)[32])
{
	for (int i = 0; i < jn.nmonth; i++)
		if (strcmp(jn.month[i].voucher, v) == 0 || strcmp(given[i], v) == 0)
			return 1;
	return 0;
}

static err_code journal_voucher_month(FILE *out, const char *ym, struct err *e)
{
	char (*given)[32] = calloc((size_t)jn.nmonth, sizeof *given);
	if (!given)
		return err_set(e, ERR_NOMEM, NULL);
	int next = 1;
	for (int i = 0; i < jn.nmonth; i++) {
		if (jn.month[i].voucher[0])
			continue;
		char v[32];
		do
			snprintf(v, sizeof v, "记-%03d", next++);
		while (journal_voucher_used(v, given));
		memcpy(given[i], v, sizeof v);
	}
	for (int i = 0; i < jn.nmonth; i++) {
		const struct ledger_entry *le = &jn.month[i];
		const char *v = le->voucher[0] ? le->voucher : given[i];
		char amt[32];
		money_plain(le->amount, amt, sizeof amt);
		const char *acct[2] = { le->debit, le->credit };
		for (int side = 0; side < 2; side++) {
			const struct ledger_account_row *a = journal_find(acct[side]);
			const char *f[] = { le->date, v, le->description, acct[side],
					    a ? a->name : acct[side], side ? "" : amt,
					    side ? amt : "" };
			csv_row(out, 7, f);
		}
	}
	free(given);
	return ferror(out) ? err_set(e, ERR_IO, _("Could not write the output.")) : ERR_OK;
}

err_code journal_vouchers(FILE *out, struct err *e)
{
	err_code c = journal_load_accounts(e);
	if (c != ERR_OK)
		return c;
	fputs("日期,凭证字号,摘要,科目编码,科目名称,借方,贷方\n", out);
	c = journal_months(journal_voucher_month, out, e);
	journal_done();
	return c;
}

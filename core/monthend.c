/* monthend.c — the month-close summary (what the month holds, what looks missing) and
 * the question asked before closing. */
#include "core/monthend.h"
#include "core/category.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/visit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Append one name to a list of at most MONTHEND_NAMES, counting the rest. */
static void monthend_name(char *list, size_t n, int index, const char *name)
{
	if (index >= MONTHEND_NAMES)
		return;
	size_t o = strlen(list);
	/* L10N: between two names in a list (张三 (T001), 李四 (T002)); Chinese: "、". */
	snprintf(list + o, n - o, "%s%s", index ? _(", ") : "", name);
}

static void monthend_more(char *list, size_t n, int total)
{
	if (total <= MONTHEND_NAMES)
		return;
	char head[MONTHEND_LINE];
	snprintf(head, sizeof head, "%s", list);
	int more = total - MONTHEND_NAMES;
	/* L10N: %1$s the first few names of a list, %2$d how many more there are. */
	snprintf(list, n, ngettext("%1$s and %2$d more", "%1$s and %2$d more", more), head, more);
}

err_code monthend_summary(const char *month, struct monthend *m, struct err *e)
{
	memset(m, 0, sizeof *m);
	err_code c = ledger_month_sum(month, &m->books, e);
	if (c != ERR_OK)
		return c;
	snprintf(m->month, sizeof m->month, "%s", m->books.month);

	struct dues_line *lines = NULL;
	int n = 0;
	if ((c = dues_month(m->month, &lines, &n, e)) != ERR_OK)
		return c;
	m->dues_listed = n;
	for (int i = 0; i < n; i++) {
		if (lines[i].paid) {
			m->dues_paid++;
			m->dues_total += lines[i].paid_amount;
			continue;
		}
		char who[256];
		/* L10N: a member in a list: %1$s the name, %2$s the membership number. */
		snprintf(who, sizeof who, _("%1$s (%2$s)"), lines[i].name, lines[i].no);
		monthend_name(m->no_dues_names, sizeof m->no_dues_names, m->no_dues++, who);
	}
	dues_lines_free(&lines);
	monthend_more(m->no_dues_names, sizeof m->no_dues_names, m->no_dues);

	struct mustvisit mv[MONTHEND_NAMES];
	char first[DATE_LEN], last[DATE_LEN];
	int got = 0;
	snprintf(first, sizeof first, "%s-01", m->month);
	snprintf(last, sizeof last, "%s-31", m->month);
	if ((c = mustvisit_opened_open(first, last, MONTHEND_NAMES, mv, &got, &m->unvisited, e))
	    != ERR_OK)
		return c;
	for (int i = 0; i < got; i++) {
		char what[512];
		/* L10N: a must-visit case in a list: %1$s the name, %2$s the membership
		 * number, %3$s the reason (hospital stay), %4$s the day it was opened. */
		snprintf(what, sizeof what, _("%1$s (%2$s), %3$s, since %4$s"), mv[i].member_name,
			 mv[i].member_no, cat_name(CAT_WELFARE, mv[i].reason), mv[i].opened_on);
		monthend_name(m->unvisited_names, sizeof m->unvisited_names, i, what);
	}
	monthend_more(m->unvisited_names, sizeof m->unvisited_names, m->unvisited);
	return ERR_OK;
}

int monthend_missing(const struct monthend *m)
{
	return m->no_dues + m->unvisited + m->books.no_voucher;
}

int monthend_lines(const struct monthend *m, char (*lines)[MONTHEND_LINE], int max)
{
	int k = 0;
	char a[32], b[32], c[32];
#define LINE(...) do { if (k < max) snprintf(lines[k++], MONTHEND_LINE, __VA_ARGS__); } while (0)
	LINE("%s", _("What the month holds:"));
	money_format(m->books.income, a, sizeof a);
	money_format(m->books.expense, b, sizeof b);
	/* L10N: %1$d entries, %2$s the month's income, %3$s its expense. */
	LINE(ngettext("%1$d entry in the books: income %2$s, expense %3$s.",
		      "%1$d entries in the books: income %2$s, expense %3$s.", m->books.entries),
	     m->books.entries, a, b);
	money_format(m->books.cash_close, a, sizeof a);
	money_format(m->books.bank_close, b, sizeof b);
	/* L10N: %1$s cash (库存现金), %2$s bank (银行存款) at the month's end. */
	LINE(_("At the month's end: cash %1$s, bank %2$s."), a, b);
	money_format(m->dues_total, c, sizeof c);
	/* L10N: %1$d members who paid, %2$d members on the month's dues list, %3$s in all. */
	LINE(ngettext("Dues: %1$d of %2$d member paid, %3$s in all.",
		      "Dues: %1$d of %2$d members paid, %3$s in all.", m->dues_listed),
	     m->dues_paid, m->dues_listed, c);
	if (!monthend_missing(m)) {
		LINE("%s", _("Nothing looks missing."));
		return k;
	}
	LINE("%s", _("What looks missing:"));
	if (m->no_dues) {
		/* L10N: %1$d members, %2$s the month (2025-03). */
		LINE(ngettext("%1$d member on the dues list has no dues for %2$s:",
			      "%1$d members on the dues list have no dues for %2$s:", m->no_dues),
		     m->no_dues, m->month);
		LINE("  %s", m->no_dues_names);
	}
	if (m->unvisited) {
		LINE(ngettext("%d must-visit case opened this month has not been visited:",
			      "%d must-visit cases opened this month have not been visited:",
			      m->unvisited), m->unvisited);
		LINE("  %s", m->unvisited_names);
	}
	if (m->books.no_voucher)
		LINE(ngettext("%d entry has no voucher number.",
			      "%d entries have no voucher number.", m->books.no_voucher),
		     m->books.no_voucher);
#undef LINE
	return k;
}

char *monthend_question(const struct monthend *m, char *buf, size_t n)
{
	/* L10N: %1$s the month's name (March), %2$d the year, %3$s 2025-03. In Chinese:
	 * "要月结2025年3月（2025-03）吗？…" */
	snprintf(buf, n, _("Close %1$s %2$d (%3$s)? This cannot be undone: its records of "
			   "money can no longer be changed."),
		 ledger_month_name(m->month), atoi(m->month), m->month);
	return buf;
}

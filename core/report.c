/*
 * report.c — the year-end tallies: one aggregate query per fact over indexed date and
 * month columns (no loop over rows in C), and the two printers (aligned text with
 * ready sentences, and CSV). What each number means is written in report.h.
 */
#include "core/report.h"
#include "core/category.h"
#include "core/csv.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/proposal.h"
#include "core/setting.h"
#include "core/text.h"
#include "core/welfare.h"
#include "db/db.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- computing ---- */

/* Append one line to a list. */
static err_code list_add(struct report_list *l, const struct report_item *it, struct err *e)
{
	if ((l->n & (l->n - 1)) == 0) {   /* 0, 1, 2, 4, 8 …: grow to the next power of two */
		struct report_item *v = realloc(l->item, sizeof *v * (size_t)(l->n ? l->n * 2 : 1));
		if (!v)
			return err_set(e, ERR_NOMEM, NULL);
		l->item = v;
	}
	l->item[l->n++] = *it;
	return ERR_OK;
}

/* Put the lines of l in the display order of category kind order_by: the kind's list
 * order, then any code the list does not know. order_by < 0 leaves the order alone. */
static err_code list_sort(struct report_list *l, int order_by, struct err *e)
{
	if (order_by < 0 || l->n < 2)
		return ERR_OK;
	int ncat;
	const struct category *cat = cat_list((enum cat_kind)order_by, &ncat);
	/* list_add's room: the next power of two, so lines can still be added after */
	size_t room = 1;
	while (room < (size_t)l->n)
		room *= 2;
	struct report_item *sorted = malloc(sizeof *sorted * room);
	char *used = calloc((size_t)l->n, 1);
	if (!sorted || !used) {
		free(sorted);
		free(used);
		return err_set(e, ERR_NOMEM, NULL);
	}
	int k = 0;
	for (int i = 0; i < ncat; i++)
		for (int j = 0; j < l->n; j++)
			if (!used[j] && strcmp(l->item[j].key, cat[i].code) == 0) {
				sorted[k++] = l->item[j];
				used[j] = 1;
			}
	for (int j = 0; j < l->n; j++)
		if (!used[j])
			sorted[k++] = l->item[j];
	free(l->item);
	free(used);
	l->item = sorted;
	return ERR_OK;
}

/*
 * Run a query whose rows are (key, name, count, people, amount) with the year's first
 * and last day as ?1 and ?2 and up to two more integer parameters, and fill the list
 * (which must be empty). Totals of count and amount are added up; people too, which the
 * caller replaces where it must be distinct. With order_by >= 0 the lines are put in
 * the display order of that category kind.
 */
static err_code list_query(struct report_list *l, int order_by, const char *sql,
			   const char *from, const char *to, int64_t p3, int64_t p4,
			   struct err *e)
{
	err_code c = ERR_OK;
	db_stmt *st = db_prepare(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	c = db_bind(st, e, "ttii", from, to, p3, p4);
	int rc = DB_DONE;
	while (c == ERR_OK && (rc = db_step(st, e)) == DB_ROW) {
		struct report_item it;
		memset(&it, 0, sizeof it);
		snprintf(it.key, sizeof it.key, "%s", db_col_text(st, 0));
		snprintf(it.name, sizeof it.name, "%s", db_col_text(st, 1));
		it.count = (int)db_col_int(st, 2);
		it.people = (int)db_col_int(st, 3);
		it.amount = db_col_int(st, 4);
		c = list_add(l, &it, e);
		l->count += it.count;
		l->people += it.people;
		l->amount += it.amount;
	}
	if (c == ERR_OK && rc == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	if (c != ERR_OK)
		return c;
	return list_sort(l, order_by, e);
}

/* The first row of a query as n integers (zeros when there is none); the arguments after
 * e are bound as `types` says. */
static err_code ints_query(int64_t *out, int n, const char *sql, const char *types,
			   struct err *e, ...)
{
	db_stmt *st = db_prepare(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	va_list ap;
	va_start(ap, e);
	err_code c = db_bindv(st, e, types, ap);
	va_end(ap);
	if (c == ERR_OK) {
		int rc = db_step(st, e);
		if (rc == DB_ROW)
			for (int i = 0; i < n; i++)
				out[i] = db_col_int(st, i);
		else if (rc == DB_ERROR)
			c = e ? e->code : ERR_DB;
		else
			memset(out, 0, sizeof *out * (size_t)n);
	}
	db_finalize(&st);
	return c;
}

/* The roll in one pass (a school of 20,000 members read once, not twice): members at
 * the year's end, women among them, retired, joined and left in the year, then the
 * member-months of dues owed. ?1 and ?2 are the year's first and last days; months are
 * numbered year * 12 + month - 1: ?3 and ?4 are January and December of the year, ?5
 * the dues mode, ?6 the fixed due, ?7 the rate, ?8 the first month of the books
 * (setting books_start): nothing is owed before the later of joining and the books'
 * first month. */
#define MONTH_NO(d) \
	"(CAST(substr(" d ", 1, 4) AS INTEGER) * 12 + CAST(substr(" d ", 6, 2) AS INTEGER) - 1)"
static const char sql_members[] =
	"SELECT coalesce(sum(act), 0),"
	"       coalesce(sum(act AND gender = 'f'), 0),"
	"       coalesce(sum(joined AND status = 'retired'"
	"                    AND (status_date IS NULL OR status_date <= ?2)), 0),"
	"       coalesce(sum(join_date BETWEEN ?1 AND ?2), 0),"
	"       coalesce(sum(status IN ('left', 'deceased') AND status_date BETWEEN ?1 AND ?2), 0),"
	"       coalesce(sum(n), 0), coalesce(sum(n * due), 0)"
	"  FROM (SELECT gender, join_date, status, status_date,"
	"               (join_date IS NULL OR join_date <= ?2) AS joined,"
	"               (join_date IS NULL OR join_date <= ?2) AND"
	"               (status = 'active' OR coalesce(status_date > ?2, 0)) AS act,"
	"               max(0, min(?4, CASE WHEN status = 'active' THEN ?4"
	"                                   WHEN status_date IS NULL THEN -1"
	"                                   ELSE " MONTH_NO("status_date") " - 1 END)"
	"                    - max(?3, ?8, CASE WHEN join_date IS NULL THEN ?3"
	"                                       ELSE " MONTH_NO("join_date") " END) + 1) AS n,"
	"               CASE WHEN ?5 = 'fixed' THEN ?6 ELSE (wage_base / 1000) * ?7 END AS due"
	"          FROM member)";


/* ?3: 1 for income (credits minus debits), -1 for expense; ?4 unused. From the month
 * totals of the ledger (the year's months are whole months): twelve rows an account. */
static const char sql_accounts[] =
	"SELECT code, name, 0, 0, net FROM ("
	" SELECT a.code, a.name,"
	"        ?3 * (SELECT coalesce(sum(credit - debit), 0) FROM ledger_month"
	"               WHERE account = a.code"
	"                 AND month BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7)) AS net"
	"   FROM account a WHERE a.type = CASE WHEN ?3 > 0 THEN 'income' ELSE 'expense' END)"
	" WHERE net <> 0 ORDER BY code";

/* Cash and bank (101, 102 and the accounts under them): the balance before the year and
 * at its end, through the ledger's month totals, so the cost does not grow with the
 * years of history. */
static err_code report_cash(const char *from, const char *to, int64_t *opening,
			    int64_t *closing, struct err *e)
{
	static const char *const cash[] = { "101", "102" };
	*opening = *closing = 0;
	for (int i = 0; i < 2; i++) {
		int64_t before = 0, during = 0;
		err_code c = ledger_balance_before(cash[i], from, &before, e);
		if (c == ERR_OK)
			c = ledger_balance(cash[i], from, to, &during, e);
		if (c != ERR_OK)
			return c;
		*opening += before;
		*closing += before + during;
	}
	return ERR_OK;
}

/* The first month of the books (setting books_start) as a month number, year * 12 +
 * month - 1; 0 when it cannot be read. */
static int64_t report_books_start(void)
{
	char m[MONTH_LEN + 8];
	setting_get("books_start", m, sizeof m);
	if (strlen(m) < 7)
		return 0;
	return (int64_t)atoi(m) * 12 + atoi(m + 5) - 1;
}

/* Credits and debits over the months ?1..?2 of an account tree: ?3 the top account
 * (231, 221) — itself and the accounts under it. */
static const char sql_tree_moves[] =
	"SELECT coalesce(sum(credit), 0), coalesce(sum(debit), 0) FROM ledger_month"
	" WHERE month BETWEEN ?1 AND ?2"
	"   AND account IN (SELECT code FROM account WHERE code = ?3 OR parent = ?3)";

/* Credits minus debits over the months ?1..?2 of every account that is not cash and
 * bank, income, expense, 221 or 231 (nor under them). */
static const char sql_other_moves[] =
	"SELECT coalesce(sum(credit - debit), 0) FROM ledger_month"
	" WHERE month BETWEEN ?1 AND ?2"
	"   AND account NOT IN (SELECT code FROM account"
	"        WHERE type IN ('income', 'expense')"
	"           OR code IN ('101', '102', '221', '231')"
	"           OR parent IN ('101', '102', '221', '231'))";

/* The movements of the year that are not the union's own income and expense, and what
 * of the closing cash is held for others or owed upward (report.h says how they add
 * up). m_from, m_to: "YYYY-01", "YYYY-12"; to: the year's last day. */
static err_code report_cash_others(const char *m_from, const char *m_to, const char *to,
				   struct report *r, struct err *e)
{
	int64_t v[2], bal = 0;
	err_code c = ints_query(v, 2, sql_tree_moves, "ttt", e, m_from, m_to, "231");
	if (c != ERR_OK)
		return c;
	r->ledger.held_in = v[0];
	r->ledger.held_out = v[1];
	if ((c = ints_query(v, 2, sql_tree_moves, "ttt", e, m_from, m_to, "221")) != ERR_OK)
		return c;
	r->ledger.owed_in = v[0];
	r->ledger.owed_out = v[1];
	if ((c = ints_query(v, 1, sql_other_moves, "tt", e, m_from, m_to)) != ERR_OK)
		return c;
	r->ledger.other = v[0];
	/* ledger_balance: debits minus credits; these accounts hold credits */
	if ((c = ledger_balance("231", NULL, to, &bal, e)) != ERR_OK)
		return c;
	r->ledger.held = -bal;
	if ((c = ledger_balance("221", NULL, to, &bal, e)) != ERR_OK)
		return c;
	r->ledger.owed = -bal;
	r->ledger.own = r->ledger.closing - r->ledger.held - r->ledger.owed;
	return ERR_OK;
}

/* Welfare's cash and goods, by who paid, from the welfare module's own tally. */
static err_code report_welfare_money(const char *from, const char *to, struct report *r,
				     struct err *e)
{
	struct welfare_tally t[32];
	int n = 0;
	err_code c = welfare_tally(from, to, t, 32, &n, e);
	for (int i = 0; c == ERR_OK && i < n; i++) {
		r->welfare_money.cash += t[i].cash;
		r->welfare_money.goods += t[i].goods_value;
		r->welfare_money.union_paid += t[i].union_paid;
		r->welfare_money.school_paid += t[i].cash + t[i].goods_value - t[i].union_paid;
	}
	return c;
}

/* "+reverses": the year's rows by welfare_date, not every row of history that is not a
 * reversal by the index on reverses. */
static const char sql_welfare[] =
	"SELECT kind, '', count(*), 0, coalesce(sum(cash + goods_value), 0) FROM welfare w"
	" WHERE date BETWEEN ?1 AND ?2 AND +reverses IS NULL"
	"   AND NOT EXISTS (SELECT 1 FROM welfare r WHERE r.reverses = w.id)"
	" GROUP BY kind";

static const char sql_visits[] =
	"SELECT reason, '', count(*), count(DISTINCT member_id), 0 FROM visit"
	" WHERE date BETWEEN ?1 AND ?2 GROUP BY reason";

static const char sql_visit_people[] =
	"SELECT count(DISTINCT member_id),"
	"       (SELECT count(*) FROM must_visit"
	"         WHERE opened_on <= ?2 AND (closed_on IS NULL OR closed_on > ?2))"
	"  FROM visit WHERE date BETWEEN ?1 AND ?2";

#define TAKES_PART "s.status IN ('signed', 'attended')"
static const char sql_events[] =
	"SELECT e.kind, '', count(*),"
	"       coalesce(sum((SELECT count(*) FROM signup s"
	"                      WHERE s.event_id = e.id AND " TAKES_PART ")), 0), 0"
	"  FROM event e WHERE e.start_date BETWEEN ?1 AND ?2 GROUP BY e.kind";

static const char sql_family[] =
	"SELECT coalesce(sum(s.family), 0) FROM event e JOIN signup s ON s.event_id = e.id"
	" WHERE e.start_date BETWEEN ?1 AND ?2 AND " TAKES_PART;

static const char sql_donations[] =
	"SELECT d.name, '', count(*), 0, sum(x.amount)"
	"  FROM donation x JOIN drive d ON d.id = x.drive_id"
	" WHERE x.date BETWEEN ?1 AND ?2"
	"   AND NOT EXISTS (SELECT 1 FROM donation_reversal r WHERE r.donation_id = x.id"
	"                   AND r.date <= ?2)"   /* reversed later: its year stands */
	" GROUP BY d.id ORDER BY d.date, d.name";

/* The cash section (r->ledger) over the whole months m_from..m_to ("YYYY-MM"). */
static err_code report_ledger(const char *m_from, const char *m_to, struct report *r,
			      struct err *e)
{
	char from[16], to[16];
	snprintf(from, sizeof from, "%.7s-01", m_from);
	snprintf(to, sizeof to, "%.7s-%02d", m_to, date_days_in_month(atoi(m_to), atoi(m_to + 5)));
	err_code c = report_cash(from, to, &r->ledger.opening, &r->ledger.closing, e);
	if (c == ERR_OK)
		c = list_query(&r->ledger.income, -1, sql_accounts, from, to, 1, 0, e);
	if (c == ERR_OK)
		c = list_query(&r->ledger.expense, -1, sql_accounts, from, to, -1, 0, e);
	if (c == ERR_OK)
		c = report_cash_others(m_from, m_to, to, r, e);
	return c;
}

err_code report_money(const char *m_from, const char *m_to, struct report *r, struct err *e)
{
	memset(r, 0, sizeof *r);
	r->year = atoi(m_from);
	setting_title(r->union_name, sizeof r->union_name);
	err_code c = report_ledger(m_from, m_to, r, e);
	if (c != ERR_OK)
		report_free(r);
	return c;
}

err_code report_compute(int year, struct report *r, struct err *e)
{
	char from[16], to[16], m_from[16], m_to[16];
	int64_t v[7];
	err_code c;

	memset(r, 0, sizeof *r);
	r->year = year;
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	snprintf(m_from, sizeof m_from, "%04d-01", year);
	snprintf(m_to, sizeof m_to, "%04d-12", year);

	setting_title(r->union_name, sizeof r->union_name);

	/* The rule core/dues.c reckons with. */
	struct dues_rule rule;
	dues_rule_get(&rule);
	c = ints_query(v, 7, sql_members, "ttiitiii", e, from, to, (int64_t)year * 12,
		       (int64_t)year * 12 + 11, rule.fixed ? "fixed" : "percent",
		       rule.fixed_fen, (int64_t)rule.rate_permille, report_books_start());
	if (c != ERR_OK)
		goto fail;
	r->members.active = (int)v[0];
	r->members.female = (int)v[1];
	r->members.retired = (int)v[2];
	r->members.joined = (int)v[3];
	r->members.left = (int)v[4];
	r->dues.expected_months = (int)v[5];
	r->dues.expected = v[6];
	if ((c = dues_total(m_from, m_to, &r->dues.paid_months, &r->dues.collected, e)) != ERR_OK)
		goto fail;

	if ((c = report_ledger(m_from, m_to, r, e)) != ERR_OK)
		goto fail;

	if ((c = list_query(&r->welfare, CAT_WELFARE, sql_welfare, from, to, 0, 0, e)) != ERR_OK ||
	    (c = report_welfare_money(from, to, r, e)) != ERR_OK)
		goto fail;

	if ((c = list_query(&r->visits, CAT_WELFARE, sql_visits, from, to, 0, 0, e)) != ERR_OK)
		goto fail;
	c = ints_query(v, 2, sql_visit_people, "tt", e, from, to);
	if (c != ERR_OK)
		goto fail;
	r->visits.people = (int)v[0];
	r->must_open = (int)v[1];

	if ((c = list_query(&r->events, CAT_EVENT, sql_events, from, to, 0, 0, e)) != ERR_OK)
		goto fail;
	c = ints_query(v, 1, sql_family, "tt", e, from, to);
	if (c != ERR_OK)
		goto fail;
	r->family = (int)v[0];

	if ((c = list_query(&r->donations, -1, sql_donations, from, to, 0, 0, e)) != ERR_OK)
		goto fail;

	struct proposal_tally pt;
	char y[8];
	snprintf(y, sizeof y, "%04d", year);
	if ((c = proposal_tally(y, &pt, e)) != ERR_OK)
		goto fail;
	r->proposals.received = pt.received;
	r->proposals.answered = pt.answered;
	r->proposals.adopted = pt.adopted;
	r->proposals.rate = pt.rate;
	if ((c = cap_figures(year, r->caps, 16, &r->caps_n, e)) != ERR_OK)
		goto fail;
	return ERR_OK;

fail:
	report_free(r);
	return c;
}

void report_free(struct report *r)
{
	struct report_list *lists[] = {
		&r->ledger.income, &r->ledger.expense, &r->welfare, &r->visits, &r->events,
		&r->donations,
	};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
		free(lists[i]->item);
	int year = r->year;
	memset(r, 0, sizeof *r);
	r->year = year;
}

/* Add the lines of src into dst: a line with the same key adds up, a new one is put
 * after those of dst (then the kind's order, or the account codes' with order_by -2). */
static err_code list_merge(struct report_list *dst, const struct report_list *src,
			   int order_by, struct err *e)
{
	for (int i = 0; i < src->n; i++) {
		const struct report_item *it = &src->item[i];
		int j = 0;
		while (j < dst->n && strcmp(dst->item[j].key, it->key) != 0)
			j++;
		if (j < dst->n) {
			dst->item[j].count += it->count;
			dst->item[j].people += it->people;
			dst->item[j].amount += it->amount;
		} else {
			err_code c = list_add(dst, it, e);
			if (c != ERR_OK)
				return c;
		}
	}
	dst->count += src->count;
	dst->people += src->people;
	dst->amount += src->amount;
	if (order_by == -2) {
		/* account codes: insertion sort, the lists are short */
		for (int i = 1; i < dst->n; i++)
			for (int j = i; j > 0 && strcmp(dst->item[j - 1].key, dst->item[j].key) > 0; j--) {
				struct report_item t = dst->item[j];
				dst->item[j] = dst->item[j - 1];
				dst->item[j - 1] = t;
			}
		return ERR_OK;
	}
	return list_sort(dst, order_by, e);
}

err_code report_add(struct report *dst, const struct report *src, struct err *e)
{
	dst->members.active += src->members.active;
	dst->members.female += src->members.female;
	dst->members.retired += src->members.retired;
	dst->members.joined += src->members.joined;
	dst->members.left += src->members.left;
	dst->dues.expected_months += src->dues.expected_months;
	dst->dues.expected += src->dues.expected;
	dst->dues.paid_months += src->dues.paid_months;
	dst->dues.collected += src->dues.collected;
	dst->ledger.opening += src->ledger.opening;
	dst->ledger.closing += src->ledger.closing;
	dst->ledger.held_in += src->ledger.held_in;
	dst->ledger.held_out += src->ledger.held_out;
	dst->ledger.owed_in += src->ledger.owed_in;
	dst->ledger.owed_out += src->ledger.owed_out;
	dst->ledger.other += src->ledger.other;
	dst->ledger.held += src->ledger.held;
	dst->ledger.owed += src->ledger.owed;
	dst->ledger.own += src->ledger.own;
	dst->welfare_money.cash += src->welfare_money.cash;
	dst->welfare_money.goods += src->welfare_money.goods;
	dst->welfare_money.union_paid += src->welfare_money.union_paid;
	dst->welfare_money.school_paid += src->welfare_money.school_paid;
	dst->must_open += src->must_open;
	dst->family += src->family;
	dst->proposals.received += src->proposals.received;
	dst->proposals.answered += src->proposals.answered;
	dst->proposals.adopted += src->proposals.adopted;
	/* a rate is not added up: it is the rate of the sums */
	dst->proposals.rate = proposal_rate(dst->proposals.answered, dst->proposals.received);
	/* each school keeps caps of its own; the sum of its figures would compare nothing */
	dst->caps_n = 0;
	err_code c;
	if ((c = list_merge(&dst->ledger.income, &src->ledger.income, -2, e)) != ERR_OK ||
	    (c = list_merge(&dst->ledger.expense, &src->ledger.expense, -2, e)) != ERR_OK ||
	    (c = list_merge(&dst->welfare, &src->welfare, CAT_WELFARE, e)) != ERR_OK ||
	    (c = list_merge(&dst->visits, &src->visits, CAT_WELFARE, e)) != ERR_OK ||
	    (c = list_merge(&dst->events, &src->events, CAT_EVENT, e)) != ERR_OK ||
	    (c = list_merge(&dst->donations, &src->donations, -1, e)) != ERR_OK)
		return c;
	return ERR_OK;
}

/* ---- the text report ---- */

/* Columns: the label, then column A (counts, 12 wide) and column B (amounts or a
 * second count, 16 wide), all measured in display columns. */
enum { COL_A = 12, COL_B = 16 };

struct page {
	FILE *out;
	int width;
	int label;   /* width of the label field, indent included */
};

/* One line: label at indent, then a and b right-aligned in their columns. A NULL a or
 * b leaves its column empty; nothing is printed after the last non-empty column. */
static void row(const struct page *p, int indent, const char *label, const char *a,
		const char *b)
{
	char buf[1024];
	fprintf(p->out, "%*s", indent, "");
	if (!a && !b) {
		fprintf(p->out, "%s\n", text_trunc(label, p->width - indent, buf, sizeof buf));
		return;
	}
	/* Two columns of air between the label and the numbers. */
	fprintf(p->out, "%s  ", text_pad(label, p->label - indent - 2, TEXT_LEFT, buf, sizeof buf));
	fputs(text_pad(a ? a : "", COL_A, TEXT_RIGHT, buf, sizeof buf), p->out);
	if (b)
		fputs(text_pad(b, COL_B, TEXT_RIGHT, buf, sizeof buf), p->out);
	fputc('\n', p->out);
}

static const char *num(int n, char *buf, size_t size)
{
	snprintf(buf, size, "%d", n);
	return buf;
}

static void heading(const struct page *p, const char *title, const char *a, const char *b)
{
	fputc('\n', p->out);
	row(p, 0, title, a, b);
}

/* A list of category lines (or drives), then its total. */
static void list_rows(const struct page *p, const struct report_list *l, int kind,
		      int amounts)
{
	char a[32], b[48];
	for (int i = 0; i < l->n; i++) {
		const struct report_item *it = &l->item[i];
		const char *label = kind >= 0 ? cat_name((enum cat_kind)kind, it->key) : it->key;
		row(p, 2, label, num(it->count, a, sizeof a),
		    amounts ? money_format(it->amount, b, sizeof b) : num(it->people, b, sizeof b));
	}
	row(p, 2, _("Total"), num(l->count, a, sizeof a),
	    amounts ? money_format(l->amount, b, sizeof b) : num(l->people, b, sizeof b));
}

static void account_rows(const struct page *p, const struct report_list *l)
{
	char label[400], b[48];
	for (int i = 0; i < l->n; i++) {
		snprintf(label, sizeof label, "%s %s", l->item[i].key,
			 ledger_account_label(l->item[i].key, l->item[i].name));
		row(p, 4, label, NULL, money_format(l->item[i].amount, b, sizeof b));
	}
}

/* The cash section, every movement of cash and bank in the order it adds up: opening,
 * the union's own income and expense, money received and paid out for others (231),
 * owed and paid to the union above (221), anything else, closing; then what of the
 * closing is not the union's own. */
static void cash_rows(const struct page *p, const struct report *r)
{
	char b[48];
	heading(p, _("Ledger: cash and bank"), NULL, _("amount"));
	row(p, 2, _("Balance at the start of the year"), NULL,
	    money_format(r->ledger.opening, b, sizeof b));
	row(p, 2, _("Income"), NULL, NULL);
	account_rows(p, &r->ledger.income);
	row(p, 2, _("Total income"), NULL, money_format(r->ledger.income.amount, b, sizeof b));
	row(p, 2, _("Expense"), NULL, NULL);
	account_rows(p, &r->ledger.expense);
	row(p, 2, _("Total expense"), NULL, money_format(r->ledger.expense.amount, b, sizeof b));
	/* L10N: money collected for others (代管经费, the donation drives), added to cash. */
	row(p, 2, _("Received for others (231)"), NULL,
	    money_format(r->ledger.held_in, b, sizeof b));
	/* L10N: money held for others and paid out (handed over), taken from cash. */
	row(p, 2, _("Paid out for others (231)"), NULL,
	    money_format(r->ledger.held_out, b, sizeof b));
	/* L10N: the share of the 2% funds received that belongs to the union above. */
	row(p, 2, _("Owed to the union above (221)"), NULL,
	    money_format(r->ledger.owed_in, b, sizeof b));
	row(p, 2, _("Paid to the union above (221)"), NULL,
	    money_format(r->ledger.owed_out, b, sizeof b));
	if (r->ledger.other)
		/* L10N: cash moved against accounts that are neither income, expense, 221
		 * nor 231 (funds, surplus): credits minus debits. */
		row(p, 2, _("Other movements of cash and bank"), NULL,
		    money_format(r->ledger.other, b, sizeof b));
	row(p, 2, _("Balance at the end of the year"), NULL,
	    money_format(r->ledger.closing, b, sizeof b));
	row(p, 4, _("of it held for others (231)"), NULL,
	    money_format(r->ledger.held, b, sizeof b));
	row(p, 4, _("of it owed to the union above (221)"), NULL,
	    money_format(r->ledger.owed, b, sizeof b));
	row(p, 2, _("The union's own funds at the end of the year"), NULL,
	    money_format(r->ledger.own, b, sizeof b));
}

struct wrap_state {
	FILE *out;
	int lines;
};

static void wrap_line(const char *s, size_t n, void *arg)
{
	struct wrap_state *w = arg;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	/* A sentence may hold a name from the database: shown as text (text_clean). */
	char raw[1024], shown[4096];
	snprintf(raw, sizeof raw, "%.*s", (int)n, s);
	fprintf(w->out, "%s%s\n", w->lines++ ? "  " : "", text_clean(raw, shown, sizeof shown));
}

/* A sentence wrapped to the page, later lines indented so each stands apart. */
static int sentence(const struct page *p, const char *s)
{
	struct wrap_state w = { p->out, 0 };
	text_wrap(s, p->width - 2, wrap_line, &w);
	return 1;
}

/* Sentences about what the year holds: a fact that is all zero gets none; a year with
 * nothing at all gets one line saying so. */

/* One paragraph of the sentences: whole sentences, each its own format string, put
 * after one another (a space between sentences that end in ASCII, none after a
 * full-width stop). */
struct para {
	char s[2048];
	size_t n;
};

static void para_add(struct para *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void para_add(struct para *a, const char *fmt, ...)
{
	if (a->n > 0 && a->n + 1 < sizeof a->s && (unsigned char)a->s[a->n - 1] < 0x80)
		a->s[a->n++] = ' ';
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(a->s + a->n, sizeof a->s - a->n, fmt, ap);
	va_end(ap);
	if (k > 0)
		a->n = a->n + (size_t)k < sizeof a->s ? a->n + (size_t)k : sizeof a->s - 1;
}

static int para_say(const struct page *p, struct para *a)
{
	if (!a->n)
		return 0;
	sentence(p, a->s);
	a->n = 0;
	a->s[0] = '\0';
	return 1;
}

/* The members, each count in a sentence of its own so that it agrees with its noun. */
static void say_members(struct para *a, const struct report *r)
{
	int y = r->year;
	/* L10N: the sentences of the annual report are put together from whole
	 * sentences; end each with a full stop (。). %1$d the year, %2$d members at work.
	 * Intended: "截至%1$d年底，工会共有在职会员%2$d人。" */
	para_add(a, ngettext("At the end of %1$d the union had %2$d working member.",
			     "At the end of %1$d the union had %2$d working members.",
			     r->members.active), y, r->members.active);
	if (r->members.female)
		/* L10N: follows the working members. Intended: "其中女会员%d人。" */
		para_add(a, ngettext("%d of them is a woman.", "%d of them are women.",
				     r->members.female), r->members.female);
	/* L10N: Intended: "退休会员%d人。" */
	para_add(a, ngettext("%d retired member stays on the roll.",
			     "%d retired members stay on the roll.", r->members.retired),
		 r->members.retired);
	/* L10N: %1$d joined during the year, %2$d left. Intended:
	 * "全年新入会%1$d人，离会%2$d人。" */
	para_add(a, ngettext("During the year %1$d member joined and %2$d left.",
			     "During the year %1$d members joined and %2$d left.",
			     r->members.joined), r->members.joined, r->members.left);
}

/* What the cash at year end holds that is not the union's own, when anything. */
static void say_cash_held(struct para *a, const struct report *r)
{
	char m1[48], m2[48], m3[48], m4[48];
	if (!r->ledger.held && !r->ledger.owed)
		return;
	/* L10N: %1$d the year, %2$s yuan at the end of the year, of it %3$s yuan held for
	 * others (代管经费, donation drives) and %4$s yuan owed to the union above; %5$s
	 * yuan the union's own. Use every argument. Intended:
	 * "%1$d年末结存%2$s元中，代管经费%3$s元，应上缴上级经费%4$s元，工会自有资金%5$s元。" */
	para_add(a, _("Of the %2$s yuan at the end of %1$d, %3$s yuan was held for others and "
		      "%4$s yuan was owed to the union above; the union's own funds were %5$s "
		      "yuan."), r->year, money_short(r->ledger.closing, m1, sizeof m1),
		 money_short(r->ledger.held, m2, sizeof m2),
		 money_short(r->ledger.owed, m3, sizeof m3),
		 money_short(r->ledger.own, m4, sizeof m4));
}

/* The visits, and only the visits: what was given is the welfare sentence's. */
static void say_visits(struct para *a, const struct report *r)
{
	int y = r->year, n = r->visits.count, people = r->visits.people;
	if (n == 1)
		/* L10N: %1$d the year. Intended: "%1$d年共走访慰问教职工1人次（1人）。" */
		para_add(a, _("In %1$d the union visited one member once."), y);
	else if (people == 1)
		/* L10N: %1$d the year, %2$d visits, all to the same member. Intended:
		 * "%1$d年共走访慰问教职工%2$d人次（1人）。" */
		para_add(a, ngettext("In %1$d the union visited one member %2$d time.",
				     "In %1$d the union visited one member %2$d times.", n), y, n);
	else
		/* L10N: %1$d the year, %2$d visits (人次), %3$d different members (人).
		 * Intended: "%1$d年共走访慰问教职工%2$d人次（%3$d人）。" */
		para_add(a, ngettext("In %1$d the union made %2$d visit to %3$d members.",
				     "In %1$d the union made %2$d visits to %3$d members.", n),
			 y, n, people);
}

/* Welfare: how often, cash and goods apart, union funds apart from what the school
 * paid. */
static void say_welfare(struct para *a, const struct report *r)
{
	char m1[48], m2[48], m3[48], m4[48];
	/* L10N: %1$d the year, %2$d grants (人次), %3$s yuan in cash, %4$s yuan the value
	 * of goods, %5$s yuan of both from union funds, %6$s yuan paid by the school. Use
	 * every argument. Intended: "%1$d年发放各类慰问、补助%2$d人次，慰问金%3$s元，
	 * 慰问品折价%4$s元；其中工会经费支出%5$s元，学校行政支付%6$s元。" */
	para_add(a, ngettext("In %1$d the union gave welfare %2$d time: %3$s yuan in cash "
			     "and goods worth %4$s yuan, of which %5$s yuan came from union "
			     "funds and %6$s yuan was paid by the school.",
			     "In %1$d the union gave welfare %2$d times: %3$s yuan in cash "
			     "and goods worth %4$s yuan, of which %5$s yuan came from union "
			     "funds and %6$s yuan was paid by the school.", r->welfare.count),
		 r->year, r->welfare.count, money_short(r->welfare_money.cash, m1, sizeof m1),
		 money_short(r->welfare_money.goods, m2, sizeof m2),
		 money_short(r->welfare_money.union_paid, m3, sizeof m3),
		 money_short(r->welfare_money.school_paid, m4, sizeof m4));
}

/* Events: how many, how often members took part, how many family members came. */
static void say_events(struct para *a, const struct report *r)
{
	/* L10N: %1$d the year, %2$d events. Intended: "%1$d年共组织各类活动%2$d次。" */
	para_add(a, ngettext("In %1$d the union held %2$d event.",
			     "In %1$d the union held %2$d events.", r->events.count),
		 r->year, r->events.count);
	if (r->events.people)
		/* L10N: participations of members (人次). Intended: "教职工参加%d人次。" */
		para_add(a, ngettext("Members took part %d time.", "Members took part %d times.",
				     r->events.people), r->events.people);
	if (r->family)
		/* L10N: Intended: "家属参加%d人次。" */
		para_add(a, ngettext("%d family member came along.",
				     "%d family members came along.", r->family), r->family);
}

/* Sentences about what the year holds: a fact that is all zero gets none; a year with
 * nothing at all gets one line saying so. */
static void sentences(const struct page *p, const struct report *r)
{
	char m1[48], m2[48], m3[48], m4[48];
	struct para a = { .n = 0 };
	int y = r->year;
	int said = 0;

	if (r->members.active || r->members.female || r->members.retired ||
	    r->members.joined || r->members.left) {
		say_members(&a, r);
		said += para_say(p, &a);
	}
	if (r->dues.expected || r->dues.collected || r->dues.expected_months ||
	    r->dues.paid_months) {
		/* L10N: %1$d the year, %2$s yuan expected over %3$d member-months, %4$s yuan
		 * collected over %5$d of them. Use every argument. Intended:
		 * "%1$d年应收会费%2$s元（%3$d人月），实收会费%4$s元（%5$d人月）。" */
		para_add(&a, ngettext("In %1$d dues of %2$s yuan were expected for %3$d "
				      "member-month; %4$s yuan was paid, for %5$d of them.",
				      "In %1$d dues of %2$s yuan were expected for %3$d "
				      "member-months; %4$s yuan was paid, for %5$d of them.",
				      r->dues.expected_months),
			 y, money_short(r->dues.expected, m1, sizeof m1), r->dues.expected_months,
			 money_short(r->dues.collected, m2, sizeof m2), r->dues.paid_months);
		said += para_say(p, &a);
	}
	if (r->ledger.opening || r->ledger.closing || r->ledger.income.amount ||
	    r->ledger.expense.amount) {
		/* L10N: %1$d the year, %2$s yuan income, %3$s yuan spent, %4$s and %5$s yuan
		 * in cash and bank at the start and at the end of the year. Use every
		 * argument. Intended:
		 * "%1$d年工会经费收入%2$s元，支出%3$s元；年初结存%4$s元，年末结存%5$s元。" */
		para_add(&a, _("In %1$d the union's income was %2$s yuan and its "
			       "spending %3$s yuan; cash and bank held %4$s yuan at the "
			       "start of the year and %5$s yuan at its end."),
			 y, money_short(r->ledger.income.amount, m1, sizeof m1),
			 money_short(r->ledger.expense.amount, m2, sizeof m2),
			 money_short(r->ledger.opening, m3, sizeof m3),
			 money_short(r->ledger.closing, m4, sizeof m4));
		say_cash_held(&a, r);
		said += para_say(p, &a);
	}
	if (r->welfare.count || r->welfare.amount) {
		say_welfare(&a, r);
		said += para_say(p, &a);
	}
	if (r->visits.count) {
		say_visits(&a, r);
		said += para_say(p, &a);
	}
	if (r->must_open) {
		/* L10N: 五必访 items not yet visited. %1$d the year, %2$d items. Use every
		 * argument. Intended:
		 * "截至%1$d年底，尚有%2$d项“五必访”未走访。" */
		para_add(&a, ngettext("At the end of %1$d, %2$d must-visit case was "
				      "still waiting for a visit.",
				      "At the end of %1$d, %2$d must-visit cases were "
				      "still waiting for a visit.", r->must_open),
			 y, r->must_open);
		said += para_say(p, &a);
	}
	if (r->events.count || r->events.people || r->family) {
		say_events(&a, r);
		said += para_say(p, &a);
	}
	if (r->donations.count || r->donations.amount) {
		/* L10N: %1$d the year, %2$s yuan given in %3$d gifts (人次). Use every
		 * argument. Intended:
		 * "%1$d年爱心捐款%3$d人次，共捐款%2$s元。" */
		para_add(&a, ngettext("In %1$d donation drives raised %2$s yuan from "
					       "%3$d gift.",
					       "In %1$d donation drives raised %2$s yuan from "
					       "%3$d gifts.", r->donations.count),
			 y, money_short(r->donations.amount, m1, sizeof m1), r->donations.count);
		said += para_say(p, &a);
	}
	if (r->proposals.received || r->proposals.answered || r->proposals.adopted) {
		/* L10N: %1$d the year, %2$d proposals received, %3$d answered, %4$d adopted.
		 * Use every argument. Intended:
		 * "%1$d年收集合理化建议%2$d条，答复%3$d条，采纳%4$d条。" */
		para_add(&a, ngettext("In %1$d the union collected %2$d proposal, "
					       "answered %3$d and adopted %4$d.",
					       "In %1$d the union collected %2$d proposals, "
					       "answered %3$d and adopted %4$d.",
					       r->proposals.received),
			 y, r->proposals.received, r->proposals.answered, r->proposals.adopted);
		said += para_say(p, &a);
	}
	if (!said) {
		para_add(&a, _("Nothing was recorded for %d."), y);
		para_say(p, &a);
	}
}

/* The year's welfare against the union's caps: per kind its limit, the members given
 * it and the total; members past the cap and rows in cash against a goods-only rule. */
static void caps_rows(const struct page *p, const struct report *r)
{
	char a[32], b[32], cap[32], label[256];
	/* L10N: a heading: union-paid welfare of the year against the union's caps. */
	heading(p, _("Welfare against the caps"), _("people"), _("amount"));
	for (int i = 0; i < r->caps_n; i++) {
		const struct cap_figure *f = &r->caps[i];
		const char *kind = cat_name(CAT_WELFARE, f->kind);
		if (f->cap != CAP_NONE)
			money_format(f->cap, cap, sizeof cap);
		if (f->cap != CAP_NONE && f->no_cash)
			/* L10N: %1$s a welfare kind, %2$s its cap per member per year. */
			snprintf(label, sizeof label, _("%1$s, at most %2$s each, goods only"),
				 kind, cap);
		else if (f->cap != CAP_NONE)
			/* L10N: %1$s a welfare kind, %2$s its cap per member per year. */
			snprintf(label, sizeof label, _("%1$s, at most %2$s each"), kind, cap);
		else
			/* L10N: %s a welfare kind that may be given in goods only. */
			snprintf(label, sizeof label, _("%s, goods only"), kind);
		row(p, 2, label, num(f->people, a, sizeof a), money_format(f->total, b, sizeof b));
		if (f->over)
			row(p, 4, _("past the cap, by"), num(f->over, a, sizeof a),
			    money_format(f->over_by, b, sizeof b));
		if (f->cash_rows)
			/* L10N: rows of a goods-only kind given in cash, counted. */
			row(p, 4, _("given in cash against the rule"), num(f->cash_rows, a, sizeof a),
			    NULL);
	}
}

void report_print_text(FILE *out, const struct report *r, int width)
{
	struct page p = { out, width > 0 ? width : 80, 0 };
	char a[32], b[48], title[512], buf[1024];

	if (p.width < 60)
		p.width = 60;
	p.label = p.width - COL_A - COL_B;

	if (r->union_name[0])
		fprintf(out, "%s\n", text_trunc(r->union_name, p.width, buf, sizeof buf));
	/* L10N: the report's title; %d the year. E.g. "%d年度工会工作统计". */
	snprintf(title, sizeof title, _("Year-end report %d"), r->year);
	fprintf(out, "%s\n", text_trunc(title, p.width, buf, sizeof buf));
	int underline = text_width(buf);
	for (int i = 0; i < underline; i++)
		fputc('=', out);
	fputc('\n', out);

	/* L10N: column headings are right-aligned over numbers: keep them short
	 * (at most 12 columns, 6 Chinese characters). */
	heading(&p, _("Members"), _("people"), NULL);
	row(&p, 2, _("Working members at year end"), num(r->members.active, a, sizeof a), NULL);
	row(&p, 4, _("of them women"), num(r->members.female, a, sizeof a), NULL);
	row(&p, 2, _("Retired members"), num(r->members.retired, a, sizeof a), NULL);
	row(&p, 2, _("Joined during the year"), num(r->members.joined, a, sizeof a), NULL);
	row(&p, 2, _("Left during the year"), num(r->members.left, a, sizeof a), NULL);

	/* L10N: "member-months" as a column heading: 人月. */
	heading(&p, _("Dues"), _("months"), _("amount"));
	row(&p, 2, _("Expected"), num(r->dues.expected_months, a, sizeof a),
	    money_format(r->dues.expected, b, sizeof b));
	row(&p, 2, _("Collected"), num(r->dues.paid_months, a, sizeof a),
	    money_format(r->dues.collected, b, sizeof b));

	cash_rows(&p, r);

	/* L10N: "times" as a column heading: 人次. */
	heading(&p, _("Welfare by kind"), _("times"), _("amount"));
	list_rows(&p, &r->welfare, CAT_WELFARE, 1);
	/* L10N: lines under the welfare total: what it was given as, and who paid. */
	row(&p, 4, _("in cash"), NULL, money_format(r->welfare_money.cash, b, sizeof b));
	row(&p, 4, _("in goods (their value)"), NULL,
	    money_format(r->welfare_money.goods, b, sizeof b));
	row(&p, 4, _("from union funds"), NULL,
	    money_format(r->welfare_money.union_paid, b, sizeof b));
	row(&p, 4, _("paid by the school"), NULL,
	    money_format(r->welfare_money.school_paid, b, sizeof b));

	if (r->caps_n)
		caps_rows(&p, r);

	heading(&p, _("Visits by reason"), _("times"), _("people"));
	list_rows(&p, &r->visits, CAT_WELFARE, 0);
	row(&p, 2, _("Must-visit cases open at year end"), num(r->must_open, a, sizeof a), NULL);

	heading(&p, _("Events by kind"), _("events"), _("participants"));
	list_rows(&p, &r->events, CAT_EVENT, 0);
	row(&p, 2, _("Family members coming along"), NULL, num(r->family, b, sizeof b));

	heading(&p, _("Donations by drive"), _("gifts"), _("amount"));
	list_rows(&p, &r->donations, -1, 1);

	heading(&p, _("Proposals"), _("count"), NULL);
	row(&p, 2, _("Received"), num(r->proposals.received, a, sizeof a), NULL);
	row(&p, 2, _("Answered"), num(r->proposals.answered, a, sizeof a), NULL);
	row(&p, 2, _("Adopted"), num(r->proposals.adopted, a, sizeof a), NULL);
	if (r->proposals.received) {
		/* L10N: the share of proposals answered, in whole percent: "90%". */
		snprintf(a, sizeof a, _("%d%%"), r->proposals.rate);
		row(&p, 2, _("Answer rate"), a, NULL);
	}

	heading(&p, _("Sentences for the annual report"), NULL, NULL);
	sentences(&p, r);
}

/* ---- CSV ---- */

static void csv_line(FILE *out, const char *section, const char *item, const char *count,
		     const char *amount)
{
	const char *f[4] = { section, item, count ? count : "", amount ? amount : "" };
	csv_row(out, 4, f);
}

static void csv_n(FILE *out, const char *section, const char *item, int n)
{
	char c[32];
	csv_line(out, section, item, num(n, c, sizeof c), NULL);
}

static void csv_na(FILE *out, const char *section, const char *item, int n, int64_t amount)
{
	char c[32], m[48];
	csv_line(out, section, item, num(n, c, sizeof c), money_plain(amount, m, sizeof m));
}

void report_print_csv(FILE *out, const struct report *r)
{
	char m[48], item[256];

	csv_line(out, "section", "item", "count", "amount");
	csv_n(out, "members", "active", r->members.active);
	csv_n(out, "members", "female", r->members.female);
	csv_n(out, "members", "retired", r->members.retired);
	csv_n(out, "members", "joined", r->members.joined);
	csv_n(out, "members", "left", r->members.left);
	csv_na(out, "dues", "expected", r->dues.expected_months, r->dues.expected);
	csv_na(out, "dues", "collected", r->dues.paid_months, r->dues.collected);
	csv_line(out, "ledger", "opening", NULL, money_plain(r->ledger.opening, m, sizeof m));
	csv_line(out, "ledger", "closing", NULL, money_plain(r->ledger.closing, m, sizeof m));
	for (int i = 0; i < r->ledger.income.n; i++) {
		snprintf(item, sizeof item, "income:%s", r->ledger.income.item[i].key);
		csv_line(out, "ledger", item, NULL,
			 money_plain(r->ledger.income.item[i].amount, m, sizeof m));
	}
	for (int i = 0; i < r->ledger.expense.n; i++) {
		snprintf(item, sizeof item, "expense:%s", r->ledger.expense.item[i].key);
		csv_line(out, "ledger", item, NULL,
			 money_plain(r->ledger.expense.item[i].amount, m, sizeof m));
	}
	const struct { const char *item; int64_t v; } moves[] = {
		{ "received_for_others", r->ledger.held_in },
		{ "paid_for_others", r->ledger.held_out },
		{ "owed_upward", r->ledger.owed_in },
		{ "paid_upward", r->ledger.owed_out },
		{ "other", r->ledger.other },
		{ "held_for_others", r->ledger.held },
		{ "owed_to_union_above", r->ledger.owed },
		{ "own_funds", r->ledger.own },
	};
	for (size_t i = 0; i < sizeof moves / sizeof moves[0]; i++)
		csv_line(out, "ledger", moves[i].item, NULL, money_plain(moves[i].v, m, sizeof m));
	for (int i = 0; i < r->welfare.n; i++)
		csv_na(out, "welfare", r->welfare.item[i].key, r->welfare.item[i].count,
		       r->welfare.item[i].amount);
	csv_na(out, "welfare", "total", r->welfare.count, r->welfare.amount);
	csv_line(out, "welfare", "cash", NULL, money_plain(r->welfare_money.cash, m, sizeof m));
	csv_line(out, "welfare", "goods", NULL, money_plain(r->welfare_money.goods, m, sizeof m));
	csv_line(out, "welfare", "union_paid", NULL,
		 money_plain(r->welfare_money.union_paid, m, sizeof m));
	csv_line(out, "welfare", "school_paid", NULL,
		 money_plain(r->welfare_money.school_paid, m, sizeof m));
	for (int i = 0; i < r->visits.n; i++)
		csv_n(out, "visits", r->visits.item[i].key, r->visits.item[i].count);
	csv_n(out, "visits", "total", r->visits.count);
	csv_n(out, "visits", "people", r->visits.people);
	csv_n(out, "visits", "must_open", r->must_open);
	for (int i = 0; i < r->events.n; i++)
		csv_n(out, "events", r->events.item[i].key, r->events.item[i].count);
	csv_n(out, "events", "total", r->events.count);
	for (int i = 0; i < r->events.n; i++)
		csv_n(out, "participants", r->events.item[i].key, r->events.item[i].people);
	csv_n(out, "participants", "total", r->events.people);
	csv_n(out, "participants", "family", r->family);
	for (int i = 0; i < r->donations.n; i++)
		csv_na(out, "donations", r->donations.item[i].key, r->donations.item[i].count,
		       r->donations.item[i].amount);
	csv_na(out, "donations", "total", r->donations.count, r->donations.amount);
	csv_n(out, "proposals", "received", r->proposals.received);
	csv_n(out, "proposals", "answered", r->proposals.answered);
	csv_n(out, "proposals", "adopted", r->proposals.adopted);
	csv_n(out, "proposals", "answer_rate", r->proposals.rate);
	for (int i = 0; i < r->caps_n; i++) {
		const struct cap_figure *f = &r->caps[i];
		char key[48], amount[32];
		csv_na(out, "caps", f->kind, f->people, f->total);
		snprintf(key, sizeof key, "%s:cap", f->kind);
		if (f->cap != CAP_NONE)
			money_plain(f->cap, amount, sizeof amount);
		csv_line(out, "caps", key, NULL, f->cap != CAP_NONE ? amount : NULL);
		snprintf(key, sizeof key, "%s:over", f->kind);
		csv_na(out, "caps", key, f->over, f->over_by);
		snprintf(key, sizeof key, "%s:cash", f->kind);
		csv_n(out, "caps", key, f->cash_rows);
	}
}

/*
 * dues.c — membership dues: the amount due, a month's list with who paid and who is
 * behind, recording payments with their ledger entry, and the `dues` CSV kind. The rules
 * are described in dues.h.
 */
#include "core/dues.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/setting.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dues_rule_get(struct dues_rule *r)
{
	char mode[32];
	setting_get("dues_mode", mode, sizeof mode);
	r->fixed = strcmp(mode, "fixed") == 0;
	r->rate_permille = (int)setting_int("dues_rate");
	r->fixed_fen = setting_int("dues_fixed");
}

err_code dues_rule_set(const struct dues_rule *r, struct err *e)
{
	char rate[16], fixed[32];
	snprintf(rate, sizeof rate, "%d.%d", r->rate_permille / 10, r->rate_permille % 10);
	money_plain(r->fixed_fen, fixed, sizeof fixed);
	const char *keys[] = { "dues_mode", "dues_rate", "dues_fixed" };
	const char *values[] = { r->fixed ? "fixed" : "percent", rate, fixed };
	return setting_set_many(keys, values, 3, e);
}

#define DUES_BASE_STEP 1000   /* fen: the part of the wage base under 10 yuan is dropped */

int64_t dues_rule_due(const struct dues_rule *r, int64_t wage_base)
{
	if (r->fixed)
		return r->fixed_fen;
	if (wage_base <= 0)
		return 0;
	if (wage_base > MONEY_MAX)
		wage_base = MONEY_MAX;
	int64_t base = wage_base - wage_base % DUES_BASE_STEP;
	return base * r->rate_permille / 1000;         /* rounds down to the fen */
}

/* Who owes anything under rule r, for a query: 0 when nobody does; else 1, and
 * dues_rule_due(r, w) > 0 exactly for the wage bases w >= *from. A fixed amount is owed
 * whatever the base; under a rate of at least 0.1% the smallest base kept, 10 yuan, owes
 * at least a fen, and less is dropped to nothing. */
static int dues_rule_owed_from(const struct dues_rule *r, int64_t *from)
{
	if (r->fixed) {
		*from = 0;
		return r->fixed_fen > 0;
	}
	*from = DUES_BASE_STEP;
	return r->rate_permille > 0;
}

int64_t dues_due(const struct member *m)
{
	struct dues_rule r;
	dues_rule_get(&r);
	return dues_rule_due(&r, m->wage_base);
}

void dues_default_paid_on(const char *month, char out[DATE_LEN])
{
	char today[DATE_LEN];
	date_today(today);
	snprintf(out, DATE_LEN, "%.7s-%02d", month,
		 date_days_in_month(atoi(month), atoi(month + 5)));
	if (strcmp(today, out) < 0 || ledger_is_closed(out))
		memcpy(out, today, DATE_LEN);
}

err_code dues_of_entry(int64_t entry_id, char month[MONTH_LEN], int *members, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT min(month), count(*) FROM dues WHERE entry_id = ?");
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "i", entry_id);
	if (c == ERR_OK) {
		int r = db_step(st, e);
		if (r == DB_ROW && db_col_int(st, 1) > 0) {
			snprintf(month, MONTH_LEN, "%s", db_col_text(st, 0));
			if (members)
				*members = (int)db_col_int(st, 1);
		} else {
			c = r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_NOTFOUND;
		}
	}
	db_finalize(&st);
	return c;
}

/* The first month that has any dues row; "" when there is none. */
static void dues_first_month(char out[MONTH_LEN])
{
	out[0] = '\0';
	if (db_text(NULL, out, MONTH_LEN, "SELECT min(month) FROM dues", NULL) != ERR_OK)
		out[0] = '\0';
}

/* Months in a row without dues ending with end (inclusive): after the last paid month,
 * from the latest of (first month with any dues, the join month, end - DUES_WINDOW + 1). */
static int dues_behind_count(const char *first, const char *join, const char *last_paid,
			     const char *end)
{
	char start[MONTH_LEN], run[MONTH_LEN];
	if (!first[0])
		return 0;
	month_add(end, 1 - DUES_WINDOW, start);
	if (strcmp(first, start) > 0)
		snprintf(start, sizeof start, "%.7s", first);
	if (join[0] && strncmp(join, start, 7) > 0)
		snprintf(start, sizeof start, "%.7s", join);
	if (last_paid[0])
		month_add(last_paid, 1, run);
	else
		memcpy(run, start, MONTH_LEN);
	if (strcmp(run, start) < 0)
		memcpy(run, start, MONTH_LEN);
	if (strcmp(run, end) > 0)
		return 0;
	return month_diff(run, end) + 1;
}

int dues_months_behind(int64_t member_id, const char *end)
{
	char first[MONTH_LEN], join[DATE_LEN] = "", last[MONTH_LEN] = "";
	struct member m;
	if (member_get(member_id, &m, NULL) == ERR_OK && dues_due(&m) == 0)
		return 0;   /* behind means owing money */
	dues_first_month(first);
	db_text(NULL, join, sizeof join, "SELECT coalesce(join_date, '') FROM member WHERE id = ?",
		"i", member_id);
	db_text(NULL, last, sizeof last, "SELECT coalesce(max(month), '') FROM dues "
		"WHERE member_id = ? AND month <= ?", "it", member_id, end);
	return dues_behind_count(first, join, last, end);
}

void dues_lines_free(struct dues_line **lines)
{
	if (lines) {
		free(*lines);
		*lines = NULL;
	}
}

enum dues_which { DUES_ALL, DUES_UNPAID, DUES_BEHIND };

/* The members on month's list (see dues.h), with months behind counted up to end. */
static err_code dues_list(const char *month_in, enum dues_which which,
			  struct dues_line **lines, int *n, struct err *e)
{
	char month[MONTH_LEN], end[MONTH_LEN], first[MONTH_LEN];
	*lines = NULL;
	*n = 0;
	err_code c = month_parse(month_in, month, e);
	if (c != ERR_OK)
		return c;
	if (which == DUES_BEHIND)
		memcpy(end, month, MONTH_LEN);
	else
		month_add(month, -1, end);
	dues_first_month(first);
	struct dues_rule rule;
	dues_rule_get(&rule);

	db_stmt *st = db_prepare(e,
		"SELECT m.id, m.no, m.name, m.wage_base, d.id, d.amount, d.paid_on,"
		"       coalesce(m.join_date, ''),"
		/* the last month paid up to ?2: dues_last's; ?2 itself when paid then (one
		 * who paid this month already); the member's history only for the rest */
		"       CASE WHEN l.month IS NULL THEN ''"
		"            WHEN l.month <= ?2 THEN l.month"
		"            WHEN p.id IS NOT NULL THEN ?2"
		"            ELSE coalesce((SELECT max(x.month) FROM dues x"
		"                           WHERE x.member_id = m.id AND x.month <= ?2), '') END"
		"  FROM member m LEFT JOIN dues_last l ON l.member_id = m.id"
		"  LEFT JOIN dues d INDEXED BY dues_month ON d.month = ?1 AND d.member_id = m.id"
		"  LEFT JOIN dues p INDEXED BY dues_month ON p.month = ?2 AND p.member_id = m.id"
		/* on the month's list, or paid in it: one who retired after paying stays,
		 * so the payment can still be reached (and undone) */
		" WHERE ((m.status = 'active' OR substr(m.status_date, 1, 7) > ?1)"
		"        AND (m.join_date IS NULL OR substr(m.join_date, 1, 7) <= ?1)"
		"        OR d.id IS NOT NULL)"
		"   AND (?3 = 0 OR d.id IS NULL)"
		" ORDER BY length(m.no), m.no");
	if (!st)
		return e ? e->code : ERR_DB;
	struct dues_line *out = NULL;
	int cap = 0, r = DB_DONE;
	if ((c = db_bind(st, e, "ttd", month, end, which == DUES_UNPAID)) != ERR_OK)
		goto cleanup;
	while ((r = db_step(st, e)) == DB_ROW) {
		/* behind means owing money: one with nothing due is never behind */
		int64_t due = dues_rule_due(&rule, db_col_int(st, 3));
		int behind = due > 0 ? dues_behind_count(first, db_col_text(st, 7),
							 db_col_text(st, 8), end) : 0;
		if (which == DUES_BEHIND && behind < DUES_BEHIND_FLAG)
			continue;
		if (*n == cap) {
			int ncap = cap ? cap * 2 : 64;
			struct dues_line *nl = realloc(out, (size_t)ncap * sizeof *nl);
			if (!nl) {
				c = err_set(e, ERR_NOMEM, NULL);
				goto cleanup;
			}
			out = nl;
			cap = ncap;
		}
		struct dues_line *l = &out[(*n)++];
		memset(l, 0, sizeof *l);
		l->member_id = db_col_int(st, 0);
		snprintf(l->no, sizeof l->no, "%s", db_col_text(st, 1));
		snprintf(l->name, sizeof l->name, "%s", db_col_text(st, 2));
		l->due = due;
		l->paid = !db_col_null(st, 4);
		l->paid_amount = l->paid ? db_col_int(st, 5) : 0;
		snprintf(l->paid_on, sizeof l->paid_on, "%s", db_col_text(st, 6));
		l->months_behind = behind;
	}
	if (r == DB_ERROR)
		c = e ? e->code : ERR_DB;
cleanup:
	db_finalize(&st);
	if (c != ERR_OK) {
		free(out);
		out = NULL;
		*n = 0;
	}
	*lines = out;
	return c;
}

err_code dues_month_tally(const char *month_in, int *listed, int *paid, int *owing,
			  int64_t *collected, struct err *e)
{
	char month[MONTH_LEN];
	int64_t v = 0;
	*listed = *paid = *owing = 0;
	*collected = 0;
	err_code c = month_parse(month_in, month, e);
	if (c != ERR_OK)
		return c;
	struct dues_rule rule;
	int64_t from = 0;
	dues_rule_get(&rule);
	int owed = dues_rule_owed_from(&rule, &from);
	/* The list's rule (dues_list), counted, with its payments through index dues_month;
	 * owing: those of them not paid with something due, as the Dues screen shows them
	 * (not "nothing due"). */
	db_stmt *st = db_prepare(e,
		"SELECT count(*), coalesce(sum(d.id IS NULL AND ?2 AND m.wage_base >= ?3), 0)"
		"  FROM member m"
		"  LEFT JOIN dues d INDEXED BY dues_month ON d.month = ?1 AND d.member_id = m.id"
		" WHERE (m.status = 'active' OR substr(m.status_date, 1, 7) > ?1)"
		"   AND (m.join_date IS NULL OR substr(m.join_date, 1, 7) <= ?1)"
		"    OR d.id IS NOT NULL");
	if (!st)
		return e ? e->code : ERR_DB;
	if ((c = db_bind(st, e, "tdi", month, owed, from)) == ERR_OK) {
		int r = db_step(st, e);
		if (r == DB_ROW) {
			*listed = (int)db_col_int(st, 0);
			*owing = (int)db_col_int(st, 1);
		} else {
			c = e ? e->code : ERR_DB;
		}
	}
	db_finalize(&st);
	if (c != ERR_OK)
		return c;
	c = db_int(e, &v, "SELECT count(*) FROM dues d INDEXED BY dues_month WHERE d.month = ?1",
		   "t", month);
	if (c != ERR_OK)
		return c;
	*paid = (int)v;
	c = db_int(e, collected, "SELECT coalesce(sum(amount), 0) FROM dues WHERE month = ?",
		   "t", month);
	return c;
}

err_code dues_month(const char *month, struct dues_line **lines, int *n, struct err *e)
{
	return dues_list(month, DUES_ALL, lines, n, e);
}

err_code dues_unpaid(const char *month, struct dues_line **lines, int *n, struct err *e)
{
	return dues_list(month, DUES_UNPAID, lines, n, e);
}

err_code dues_behind(const char *month, struct dues_line **lines, int *n, struct err *e)
{
	return dues_list(month, DUES_BEHIND, lines, n, e);
}

/* The ledger description of n members' dues for month (first: the one member when n
 * is 1). */
static void dues_describe(const char *month, int n, const struct member *first, char *desc,
			  size_t size)
{
	if (n == 1)
		/* L10N: ledger description of one member's dues: %1$s the month (2025-03),
		 * %2$s the name, %3$s the membership number. */
		snprintf(desc, size, _("Dues for %1$s: %2$s (%3$s)"), month, first->name,
			 first->no);
	else
		/* L10N: ledger description of a month's dues: %1$s the month (2025-03),
		 * %2$d how many members paid. */
		snprintf(desc, size, ngettext("Dues for %1$s (%2$d member)",
					      "Dues for %1$s (%2$d members)", n), month, n);
}

/* Write n checked payments: one ledger entry for their total (debit cash, credit 401)
 * and a dues row each, in one transaction (joining an open one). */
static err_code dues_write(const char *month, const char *day, const char *cash,
			   const struct dues_pay *pays, int n, int64_t total,
			   const struct member *first, struct err *e)
{
	char desc[256];
	dues_describe(month, n, first, desc, sizeof desc);
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	int64_t entry = 0;
	if (total > 0)
		c = ledger_post(day, "", cash, "401", total, desc, "dues", &entry, e);
	for (int i = 0; c == ERR_OK && i < n; i++)
		c = db_exec(e, "INSERT INTO dues(member_id, month, amount, paid_on, entry_id) "
			       "VALUES (?, ?, ?, ?, ?)", entry ? "ititi" : "itit",
			    pays[i].member_id, month, pays[i].amount, day, entry);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

static err_code dues_amount_check(int64_t amount, struct err *e)
{
	char a[32], b[32];
	money_format(amount, a, sizeof a);
	if (amount < 0)
		return err_set(e, ERR_INPUT, _("The dues amount %s is not allowed: it must be zero "
					       "or more."), a);
	if (amount > DUES_MONTH_MAX)
		/* L10N: %1$s the amount typed, %2$s the limit (10,000.00). */
		return err_set(e, ERR_INPUT, _("%1$s is more dues than any member pays in a month "
					       "(at most %2$s); check the amount."), a,
			       money_format(DUES_MONTH_MAX, b, sizeof b));
	return ERR_OK;
}

enum dues_verdict dues_amount_verdict(int64_t amount, int64_t due, const char *name,
				      struct err *e)
{
	if (dues_amount_check(amount, e) != ERR_OK)
		return DUES_AMOUNT_REFUSED;
	if (amount == 0 || (due > 0 && amount <= due * DUES_ASK_TIMES))
		return DUES_AMOUNT_OK;
	char a[32], b[32];
	if (due > 0)
		/* L10N: a question: %1$s the amount typed, %2$s the amount due, %3$s the
		 * member's name. */
		err_set(e, ERR_INPUT, _("%1$s is more than ten times the %2$s %3$s owes a month. "
					"Keep it?"), money_format(amount, a, sizeof a),
			money_format(due, b, sizeof b), name);
	else
		/* L10N: a question: %1$s the amount typed, %2$s the member's name. */
		err_set(e, ERR_INPUT, _("%2$s owes nothing a month, and %1$s was typed. Keep it?"),
			money_format(amount, a, sizeof a), name);
	return DUES_AMOUNT_ASK;
}

static err_code dues_already_paid(const struct member *m, const char *month, struct err *e)
{
	/* L10N: %1$s the member's name, %2$s the membership number, %3$s the month
	 * (2025-03). */
	return err_set(e, ERR_DUPLICATE, _("%1$s (%2$s) has already paid the dues for %3$s."),
		       m->name, m->no, month);
}

static int dues_paid_already(int64_t member_id, const char *month)
{
	int64_t one = 0;
	return db_int(NULL, &one, "SELECT 1 FROM dues WHERE member_id = ? AND month = ?", "it",
		      member_id, month) == ERR_OK;
}

static int dues_cmp_pay(const void *a, const void *b)
{
	const struct dues_pay *x = a, *y = b;
	return (x->member_id > y->member_id) - (x->member_id < y->member_id);
}

/* ERR_CLOSED, saying how a late payment goes in, when the day paid lies in a closed
 * month. */
static err_code dues_day_open(const char *day, const char *month, struct err *e)
{
	if (!ledger_is_closed(day))
		return ERR_OK;
	char today[DATE_LEN];
	date_today(today);
	/* L10N: %1$s the day paid (2025-03-20), %2$s the month of dues (2025-03),
	 * %3$s today. */
	return err_set(e, ERR_CLOSED, _("The day paid, %1$s, lies in a month that is "
					"closed; a late payment of the dues for %2$s is "
					"dated in an open month, such as today (%3$s)."),
		       day, month, today);
}

/* Dues are owed from the month a member joined while they are a member: none before
 * joining, none after leaving or dying, none more than a year ahead. */
static err_code dues_may_pay(const struct member *m, const char *month, struct err *e)
{
	char now[MONTH_LEN], ahead[MONTH_LEN];
	if (m->join_date[0] && strncmp(month, m->join_date, 7) < 0)
		/* L10N: %1$s the name, %2$s the membership number, %3$s the day joined,
		 * %4$s the month of dues (2025-03). */
		return err_set(e, ERR_INPUT, _("%1$s (%2$s) joined the union on %3$s, so there are "
					       "no dues for %4$s."), m->name, m->no, m->join_date,
			       month);
	int left = strcmp(m->status, "left") == 0, died = strcmp(m->status, "deceased") == 0;
	if ((left || died) && (!m->status_date[0] || strncmp(month, m->status_date, 7) > 0)) {
		if (m->status_date[0])
			/* L10N: %1$s the name, %2$s the number, %3$s the day, %4$s the month */
			return err_set(e, ERR_INPUT, left
				       ? _("%1$s (%2$s) left the union on %3$s, so there are no "
					   "dues for %4$s.")
				       : _("%1$s (%2$s) died on %3$s, so there are no dues for "
					   "%4$s."), m->name, m->no, m->status_date, month);
		/* L10N: %1$s the name, %2$s the number, %3$s the month */
		return err_set(e, ERR_INPUT, left
			       ? _("%1$s (%2$s) has left the union, so there are no dues for %3$s "
				   "(record their dues before marking them as left).")
			       : _("%1$s (%2$s) has died, so there are no dues for %3$s (record "
				   "their dues before marking them as deceased)."), m->name, m->no, month);
	}
	month_this(now);
	month_add(now, 12, ahead);
	if (strcmp(month, ahead) > 0)
		/* L10N: %1$s the month of dues, %2$s this month */
		return err_set(e, ERR_INPUT, _("The dues month %1$s is more than a year after this "
					       "month (%2$s); check the year."), month, now);
	return ERR_OK;
}

err_code dues_record(const char *month_in, const char *paid_on, const struct dues_pay *pays,
		     int n, struct err *e)
{
	char month[MONTH_LEN], day[DATE_LEN], cash[ACCOUNT_LEN];
	err_code c = month_parse(month_in, month, e);
	if (c != ERR_OK)
		return c;
	if (paid_on && *paid_on) {
		if ((c = date_parse(paid_on, day, e)) != ERR_OK)
			return c;
	} else {
		dues_default_paid_on(month, day);
	}
	if (n <= 0 || !pays)
		return ERR_OK;
	if ((c = dues_day_open(day, month, e)) != ERR_OK)
		return c;

	/* Check everything before writing, so a refusal leaves the caller's transaction
	 * alone. A member listed twice: found among the ids sorted. */
	struct dues_pay *sorted = malloc(sizeof *sorted * (size_t)n);
	if (!sorted)
		return err_set(e, ERR_NOMEM, NULL);
	memcpy(sorted, pays, sizeof *sorted * (size_t)n);
	qsort(sorted, (size_t)n, sizeof *sorted, dues_cmp_pay);
	struct member first = { 0 };
	int64_t total = 0;
	for (int i = 0; i < n && c == ERR_OK; i++) {
		struct member m;
		if ((c = dues_amount_check(pays[i].amount, e)) != ERR_OK ||
		    (c = member_get(pays[i].member_id, &m, e)) != ERR_OK ||
		    (c = dues_may_pay(&m, month, e)) != ERR_OK)
			break;
		if (i == 0)
			first = m;
		struct dues_pay key = { pays[i].member_id, 0 }, *at =
			bsearch(&key, sorted, (size_t)n, sizeof *sorted, dues_cmp_pay);
		int twice = (at > sorted && at[-1].member_id == key.member_id) ||
			    (at && at + 1 < sorted + n && at[1].member_id == key.member_id);
		if (twice || dues_paid_already(m.id, month))
			c = dues_already_paid(&m, month, e);
		total += pays[i].amount;
	}
	free(sorted);
	if (c != ERR_OK)
		return c;
	if (total > MONEY_MAX)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	setting_get("cash_account", cash, sizeof cash);
	return dues_write(month, day, cash, pays, n, total, &first, e);
}

/* One saved payment, as dues_cancel needs it. */
struct dues_paid {
	int64_t id;
	int64_t amount;
	char paid_on[DATE_LEN];
	char account[ACCOUNT_LEN];   /* the debit of its ledger entry; "" without one */
	int64_t entry_id;            /* that entry, 0 without one */
};

static void dues_paid_row(db_stmt *st, void *elem)
{
	struct dues_paid *p = elem;
	p->id = db_col_int(st, 0);
	p->amount = db_col_int(st, 1);
	snprintf(p->paid_on, sizeof p->paid_on, "%s", db_col_text(st, 2));
	snprintf(p->account, sizeof p->account, "%s", db_col_text(st, 3));
	p->entry_id = db_col_int(st, 4);
}

err_code dues_cancel(const char *month_in, int64_t member_id, const char *date,
		     struct err *e)
{
	char month[MONTH_LEN], day[DATE_LEN], desc[256];
	struct member m;
	struct dues_paid p = { 0 };
	err_code c;

	if ((c = month_parse(month_in, month, e)) != ERR_OK ||
	    (c = date_or_today(date, day, e)) != ERR_OK ||
	    (c = member_get(member_id, &m, e)) != ERR_OK)
		return c;
	c = db_one(e, &p, dues_paid_row,
		   "SELECT d.id, d.amount, d.paid_on, coalesce(l.debit, ''), "
		   "coalesce(d.entry_id, 0) FROM dues d "
		   "LEFT JOIN ledger_entry l ON l.id = d.entry_id "
		   "WHERE d.member_id = ? AND d.month = ?", "it", m.id, month);
	if (c == ERR_NOTFOUND)
		/* L10N: %1$s the member's name, %2$s the membership number, %3$s the month
		 * (2025-06). */
		return err_set(e, ERR_NOTFOUND, _("%1$s (%2$s) has no payment of dues for %3$s "
						  "to cancel."), m.name, m.no, month);
	if (c != ERR_OK)
		return c;
	if (ledger_is_closed(p.paid_on))
		/* L10N: %1$s name, %2$s membership number, %3$s the month of the dues
		 * (2025-06), %4$s the day they were paid (2025-06-20). */
		return err_set(e, ERR_CLOSED, _("%1$s (%2$s) paid the dues for %3$s on %4$s, in "
						"a month that is closed; enter the correction as a "
						"ledger entry instead."), m.name, m.no, month,
			       p.paid_on);
	if (strcmp(day, p.paid_on) < 0)
		/* L10N: %1$s the date of the correction, %2$s the day the dues were paid. */
		return err_set(e, ERR_INPUT, _("The correction (%1$s) cannot be dated before the "
					       "payment (%2$s)."), day, p.paid_on);
	if ((c = ledger_check_open(day, e)) != ERR_OK)
		return c;
	if (!p.account[0])
		setting_get("cash_account", p.account, sizeof p.account);
	/* L10N: ledger description of a cancelled payment: %1$s the month (2025-06),
	 * %2$s the name, %3$s the membership number. */
	snprintf(desc, sizeof desc, _("Dues for %1$s cancelled: %2$s (%3$s)"), month, m.name,
		 m.no);

	if ((c = db_begin(e)) != ERR_OK)
		return c;
	/* The payment is remembered as cancelled (an export gives it back with the day of
	 * its cancellation, and an import pays and cancels it again: the same entries). */
	int64_t correction = 0;
	c = db_exec(e, "DELETE FROM dues WHERE id = ?", "i", p.id);
	if (c == ERR_OK && p.amount > 0)
		c = ledger_post(day, "", "401", p.account, p.amount, desc, "dues", &correction, e);
	if (c == ERR_OK)
		c = db_exec(e, "INSERT INTO dues_cancelled(member_id, month, amount, paid_on, "
			    "entry_id, cancelled_on, cancel_entry_id) "
			    "VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), ?6, nullif(?7, 0))", "itititi",
			    m.id, month, p.amount, p.paid_on, p.entry_id, day, correction);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

/* ---- CSV: month,member_no,amount,paid_on ---- */

/* An import gathers its rows into one batch per month and day paid, checked as they are
 * read (so a refusal names its line), and writes each batch at the end as the Dues
 * screen writes a month: one ledger entry for the batch, a dues row per member. The
 * rule and the cash account are read once per import, whether a month is closed once
 * per month met. */
struct dues_batch {
	char month[MONTH_LEN];
	char day[DATE_LEN];
	struct member first;         /* for the description of a batch of one */
	struct dues_pay *pays;
	int n, cap;
	int64_t total;
	int undos;                   /* how many of pays were cancelled since */
	int64_t grp;                 /* the batch column: which of the day's saves */
};

/* A payment of the file that was cancelled after saving: paid with its batch, then
 * cancelled on its day (dues_cancel), as it happened. */
struct dues_undo {
	int64_t member_id;
	char month[MONTH_LEN];
	char paid_on[DATE_LEN];
	char on[DATE_LEN];
	int done;
};

static struct {
	struct dues_rule rule;
	char cash[ACCOUNT_LEN];
	struct dues_batch *batch;
	int nbatch, capbatch, last;  /* last: the batch of the row before */
	uint64_t *seen;              /* member and month of every row, hashed */
	size_t nseen, capseen;
	struct dues_undo *undo;      /* the payments to cancel once paid (cancelled_on) */
	int nundo, capundo;
	char open_month[MONTH_LEN];  /* the last month found open ("" none yet) */
} dues_in;

/* (member, month) as one key: a member pays a month once. */
static uint64_t dues_key(int64_t member_id, const char *month)
{
	return (uint64_t)member_id * 100000u + (uint64_t)(atoi(month) * 12 + atoi(month + 5)) + 1;
}

/* Add key to the set of the rows read; 0 when it was there already, -1 out of memory. */
static int dues_seen_add(uint64_t key)
{
	if (2 * (dues_in.nseen + 1) > dues_in.capseen) {
		size_t cap = dues_in.capseen ? dues_in.capseen * 2 : 4096;
		uint64_t *t = calloc(cap, sizeof *t);
		if (!t)
			return -1;
		for (size_t i = 0; i < dues_in.capseen; i++) {
			uint64_t k = dues_in.seen[i];
			if (!k)
				continue;
			size_t j = (size_t)(k * 0x9E3779B97F4A7C15u >> 20) % cap;
			while (t[j])
				j = (j + 1) % cap;
			t[j] = k;
		}
		free(dues_in.seen);
		dues_in.seen = t;
		dues_in.capseen = cap;
	}
	size_t j = (size_t)(key * 0x9E3779B97F4A7C15u >> 20) % dues_in.capseen;
	while (dues_in.seen[j]) {
		if (dues_in.seen[j] == key)
			return 0;
		j = (j + 1) % dues_in.capseen;
	}
	dues_in.seen[j] = key;
	dues_in.nseen++;
	return 1;
}

static void dues_import_begin(void)
{
	dues_rule_get(&dues_in.rule);
	setting_get("cash_account", dues_in.cash, sizeof dues_in.cash);
	dues_in.nbatch = 0;
	dues_in.last = -1;
	dues_in.nseen = 0;
	dues_in.nundo = 0;
	if (dues_in.seen)
		memset(dues_in.seen, 0, dues_in.capseen * sizeof *dues_in.seen);
	dues_in.open_month[0] = '\0';
}

/* The batch of month, day and grp (the batch column), made when it is the first of
 * its kind. */
static struct dues_batch *dues_batch_for(const char *month, const char *day, int64_t grp,
					 const struct member *m)
{
	int l = dues_in.last;
	if (l >= 0 && strcmp(dues_in.batch[l].month, month) == 0 &&
	    strcmp(dues_in.batch[l].day, day) == 0 && dues_in.batch[l].grp == grp)
		return &dues_in.batch[l];
	for (int i = dues_in.nbatch - 1; i >= 0; i--)
		if (strcmp(dues_in.batch[i].month, month) == 0 &&
		    strcmp(dues_in.batch[i].day, day) == 0 && dues_in.batch[i].grp == grp) {
			dues_in.last = i;
			return &dues_in.batch[i];
		}
	if (dues_in.nbatch == dues_in.capbatch) {
		int cap = dues_in.capbatch ? dues_in.capbatch * 2 : 16;
		struct dues_batch *nb = realloc(dues_in.batch, sizeof *nb * (size_t)cap);
		if (!nb)
			return NULL;
		memset(nb + dues_in.capbatch, 0, sizeof *nb * (size_t)(cap - dues_in.capbatch));
		dues_in.batch = nb;
		dues_in.capbatch = cap;
	}
	struct dues_batch *b = &dues_in.batch[dues_in.nbatch];
	memcpy(b->month, month, MONTH_LEN);
	memcpy(b->day, day, DATE_LEN);
	b->first = *m;
	b->n = 0;
	b->total = 0;
	b->undos = 0;
	b->grp = grp;
	dues_in.last = dues_in.nbatch++;
	return b;
}

/* m pays month on day while a payment of it, cancelled on `on`, still stood. */
static err_code dues_paid_while(const struct member *m, const char *month, const char *day,
				const char *on, struct err *e)
{
	/* L10N: %1$s name, %2$s number, %3$s the month, %4$s the day of a payment, %5$s
	 * the day another payment of the month was cancelled. */
	return err_set(e, ERR_INPUT, _("%1$s (%2$s) pays %3$s on %4$s, while a payment of it "
				       "cancelled on %5$s still stood; a month is paid again only "
				       "after the cancellation."), m->name, m->no, month, day, on);
}

static err_code dues_import_row(const struct io_row *r, struct err *e)
{
	char month[MONTH_LEN], day[DATE_LEN];
	struct member m;
	err_code c;
	const char *v = io_get(r, "month");
	if (!*v)
		return err_set(e, ERR_INPUT, _("month: the month is empty."));
	if ((c = month_parse(v, month, e)) != ERR_OK) {
		err_prefix(e, "month: ");
		return c;
	}
	v = io_get(r, "member_no");
	if (!*v)
		return err_set(e, ERR_INPUT, _("member_no: the membership number is empty."));
	if ((c = member_find(v, &m, e)) != ERR_OK) {
		err_prefix(e, "member_no: ");
		return c;
	}
	if ((c = dues_may_pay(&m, month, e)) != ERR_OK)
		return c;
	struct dues_pay p = { m.id, 0 };
	if (!*io_get(r, "amount"))
		p.amount = dues_rule_due(&dues_in.rule, m.wage_base);
	else if ((c = io_money(r, "amount", &p.amount, 1, e)) != ERR_OK)
		return c;
	if ((c = dues_amount_check(p.amount, e)) != ERR_OK)
		return c;
	if ((c = io_date(r, "paid_on", day, 0, e)) != ERR_OK)
		return c;
	if (!day[0])
		dues_default_paid_on(month, day);
	char undo_on[DATE_LEN];
	if ((c = io_date(r, "cancelled_on", undo_on, 0, e)) != ERR_OK)
		return c;
	if (undo_on[0] && strcmp(undo_on, day) < 0)
		/* L10N: %1$s the day the payment was cancelled, %2$s the day it was paid. */
		return err_set(e, ERR_INPUT, _("cancelled_on: the payment cannot be cancelled "
					       "(%1$s) before it was paid (%2$s)."), undo_on, day);
	if (undo_on[0] && (c = ledger_check_open(undo_on, e)) != ERR_OK)
		return c;
	int64_t grp = 0;
	if ((c = io_int(r, "batch", &grp, 0, e)) != ERR_OK)
		return c;
	if (strncmp(dues_in.open_month, day, 7) != 0) {
		if ((c = dues_day_open(day, month, e)) != ERR_OK)
			return c;
		snprintf(dues_in.open_month, sizeof dues_in.open_month, "%.7s", day);
	}
	/* A member pays a month once; a payment cancelled since does not count. */
	int fresh = undo_on[0] ? 1 : dues_seen_add(dues_key(m.id, month));
	if (fresh < 0)
		return err_set(e, ERR_NOMEM, NULL);
	if (!fresh || dues_paid_already(m.id, month))
		return dues_already_paid(&m, month, e);
	struct dues_batch *b = dues_batch_for(month, day, grp, &m);
	if (!b)
		return err_set(e, ERR_NOMEM, NULL);
	/* A month paid again is paid after the payment before it was cancelled. */
	for (int k = 0; k < dues_in.nundo; k++) {
		const struct dues_undo *u = &dues_in.undo[k];
		if (!undo_on[0] && u->member_id == m.id && strcmp(u->month, month) == 0 &&
		    strcmp(day, u->on) < 0)
			return dues_paid_while(&m, month, day, u->on, e);
	}
	for (int i = 0; undo_on[0] && i < dues_in.nbatch; i++) {
		const struct dues_batch *o = &dues_in.batch[i];
		if (strcmp(o->month, month) != 0 || strcmp(o->day, undo_on) >= 0 ||
		    strcmp(o->day, day) == 0)
			continue;
		int there = 0, cancelled = 0;
		for (int j = 0; j < o->n && !there; j++)
			there = o->pays[j].member_id == m.id;
		for (int k = 0; there && k < dues_in.nundo && !cancelled; k++)
			cancelled = dues_in.undo[k].member_id == m.id &&
				    strcmp(dues_in.undo[k].month, month) == 0 &&
				    strcmp(dues_in.undo[k].paid_on, o->day) == 0;
		if (there && !cancelled)
			return dues_paid_while(&m, month, o->day, undo_on, e);
	}
	/* (only a batch with a cancelled payment can hold a member twice) */
	for (int i = 0; (undo_on[0] || b->undos) && i < b->n; i++)
		if (b->pays[i].member_id == m.id)
			/* L10N: %1$s name, %2$s number, %3$s the month, %4$s the day paid. */
			return err_set(e, ERR_INPUT, _("%1$s (%2$s) pays %3$s twice on %4$s, one of "
						       "the payments cancelled; give the payment "
						       "that stands another day."), m.name, m.no,
				       month, day);
	if (undo_on[0]) {
		if (dues_in.nundo == dues_in.capundo) {
			int cap = dues_in.capundo ? dues_in.capundo * 2 : 16;
			struct dues_undo *nu = realloc(dues_in.undo, sizeof *nu * (size_t)cap);
			if (!nu)
				return err_set(e, ERR_NOMEM, NULL);
			dues_in.undo = nu;
			dues_in.capundo = cap;
		}
		struct dues_undo *u = &dues_in.undo[dues_in.nundo++];
		u->member_id = m.id;
		memcpy(u->month, month, MONTH_LEN);
		memcpy(u->paid_on, day, DATE_LEN);
		memcpy(u->on, undo_on, DATE_LEN);
		u->done = 0;
		b->undos++;
	}
	if (b->total + p.amount > MONEY_MAX)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	if (b->n == b->cap) {
		int cap = b->cap ? b->cap * 2 : 64;
		struct dues_pay *np = realloc(b->pays, sizeof *np * (size_t)cap);
		if (!np)
			return err_set(e, ERR_NOMEM, NULL);
		b->pays = np;
		b->cap = cap;
	}
	b->pays[b->n++] = p;
	b->total += p.amount;
	return ERR_OK;
}

static int dues_cmp_batch(const void *a, const void *b)
{
	const struct dues_batch *x = a, *y = b;
	int c = strcmp(x->month, y->month);
	if (!c)
		c = strcmp(x->day, y->day);
	return c ? c : (x->grp > y->grp) - (x->grp < y->grp);
}

/* Write the batches in the order of month and day (every row was accepted), then let
 * go of them. An import that fails lets go at the next import_begin. */
static void dues_import_free(void)
{
	for (int i = 0; i < dues_in.capbatch; i++)
		free(dues_in.batch[i].pays);
	free(dues_in.batch);
	free(dues_in.seen);
	free(dues_in.undo);
	memset(&dues_in, 0, sizeof dues_in);
}

/* Cancel undo u (its payment is written). */
static err_code dues_undo_do(struct dues_undo *u, struct err *e)
{
	u->done = 1;
	return dues_cancel(u->month, u->member_id, u->on, e);
}

/* Was u's payment in a batch written before b (the batches go by month, then day)? */
static int dues_undo_before(const struct dues_undo *u, const struct dues_batch *b)
{
	int c = strcmp(u->month, b->month);
	return c < 0 || (c == 0 && strcmp(u->paid_on, b->day) < 0);
}

static err_code dues_import_end(struct err *e)
{
	err_code c = ERR_OK;
	if (dues_in.nbatch > 1)
		qsort(dues_in.batch, (size_t)dues_in.nbatch, sizeof *dues_in.batch,
		      dues_cmp_batch);
	for (int i = 0; c == ERR_OK && i < dues_in.nbatch; i++) {
		struct dues_batch *b = &dues_in.batch[i];
		/* A payment cancelled and paid again: cancelled before it is paid again. */
		for (int k = 0; c == ERR_OK && k < dues_in.nundo; k++) {
			struct dues_undo *u = &dues_in.undo[k];
			if (u->done || strcmp(u->month, b->month) != 0 || !dues_undo_before(u, b))
				continue;
			for (int j = 0; j < b->n; j++)
				if (b->pays[j].member_id == u->member_id) {
					c = dues_undo_do(u, e);
					break;
				}
		}
		if (c == ERR_OK)
			c = dues_write(b->month, b->day, dues_in.cash, b->pays, b->n, b->total,
				       &b->first, e);
	}
	for (int k = 0; c == ERR_OK && k < dues_in.nundo; k++)
		if (!dues_in.undo[k].done)
			c = dues_undo_do(&dues_in.undo[k], e);
	dues_import_free();
	return c;
}

/* The payments by month and member, a member's cancelled ones (with the day they were
 * cancelled) before the one that stands. When a month was saved more than once on one
 * day (each save its own entry), batch numbers the saves 1, 2 … in the order of their
 * entries, so that an import makes the same entries again; else it is empty. */
static err_code dues_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e,
		"WITH p AS (SELECT d.month, m.no, d.amount, d.paid_on, '' AS undo, 1 AS k, "
		"length(m.no) AS nl, d.entry_id AS eid FROM dues d "
		"JOIN member m ON m.id = d.member_id "
		"UNION ALL "
		"SELECT x.month, m.no, x.amount, x.paid_on, x.cancelled_on, 0, length(m.no), "
		"x.entry_id FROM dues_cancelled x JOIN member m ON m.id = x.member_id), "
		"q AS (SELECT p.*, dense_rank() OVER (PARTITION BY month, paid_on ORDER BY eid) "
		"AS grp FROM p), "
		"r AS (SELECT q.*, max(grp) OVER (PARTITION BY month, paid_on) AS ngrp FROM q) "
		"SELECT month, no, amount, paid_on, undo, CASE WHEN ngrp > 1 THEN grp ELSE '' END "
		"FROM r ORDER BY month, nl, no, k, paid_on, undo");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	while ((r = db_step(st, e)) == DB_ROW) {
		char amount[32];
		money_plain(db_col_int(st, 2), amount, sizeof amount);
		const char *f[] = { db_col_text(st, 0), db_col_text(st, 1), amount,
				    db_col_text(st, 3), db_col_text(st, 4), db_col_text(st, 5) };
		io_put_row(out, 6, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind dues_io = {
	.name = "dues",
	.columns = "month,member_no,amount,paid_on,cancelled_on,batch",
	.required = "month,member_no",
	.import_row = dues_import_row,
	.export_rows = dues_export_rows,
	.import_begin = dues_import_begin,
	.import_end = dues_import_end,
};

/* ---- the month totals (dues_month_total, kept by triggers) ---- */

err_code dues_total(const char *from, const char *to, int *rows, int64_t *amount,
		    struct err *e)
{
	int64_t v[2] = { 0, 0 };
	db_stmt *st = db_prepare(e, "SELECT coalesce(sum(rows), 0), coalesce(sum(amount), 0)"
				    "  FROM dues_month_total WHERE month BETWEEN ?1 AND ?2");
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "tt", from, to);
	if (c == ERR_OK) {
		int r = db_step(st, e);
		if (r == DB_ROW) {
			v[0] = db_col_int(st, 0);
			v[1] = db_col_int(st, 1);
		} else if (r == DB_ERROR) {
			c = e ? e->code : ERR_DB;
		}
	}
	db_finalize(&st);
	*rows = (int)v[0];
	*amount = v[1];
	return c;
}

err_code dues_total_check(struct err *e)
{
	/* every month the rows give, against the stored totals, both ways */
	static const char sql[] =
		"WITH r(month, rows, amount) AS ("
		"  SELECT month, count(*), sum(amount) FROM dues GROUP BY month) "
		"SELECT count(*) FROM ("
		"  SELECT month, rows, amount FROM r"
		"  EXCEPT SELECT month, rows, amount FROM dues_month_total"
		"  UNION ALL"
		"  SELECT month, rows, amount FROM dues_month_total WHERE rows <> 0 OR amount <> 0"
		"  EXCEPT SELECT month, rows, amount FROM r)";
	int64_t bad = 0;
	err_code c = db_int(e, &bad, sql, NULL);
	if (c != ERR_OK)
		return c;
	if (bad > 0)
		return err_set(e, ERR_DB, ngettext("The month totals of the dues disagree with "
						   "their rows in %lld month.",
						   "The month totals of the dues disagree with "
						   "their rows in %lld months.", bad),
			       (long long)bad);
	return ERR_OK;
}

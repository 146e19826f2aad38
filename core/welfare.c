/* welfare.c — welfare given to members (慰问/补助): validation, insert with its ledger
 * entry and 五必访 item, reversal, paging, tallies and the `welfare` CSV kind. The rules
 * are in welfare.h. */
#include "core/welfare.h"
#include "core/cap.h"
#include "core/category.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"
#include "core/visit.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where a union-paid row of each kind is booked (《工会会计制度》): help for members in
 * difficulty is 困难职工帮扶费, condolence and holiday gifts 送温暖费, the rest
 * collective welfare. Every CAT_WELFARE code must be here. */
static const struct {
	const char *kind;
	const char *account;
} welfare_accounts[] = {
	{ "hardship",     "50204" },   /* 困难职工帮扶费 */
	{ "disaster",     "50204" },
	{ "illness",      "50205" },   /* 送温暖费 */
	{ "hospital",     "50205" },
	{ "bereavement",  "50205" },
	{ "childbirth",   "50205" },
	{ "retirement",   "50205" },
	{ "longevity",    "50205" },
	{ "elderly_day",  "50205" },
	{ "holiday",      "50205" },
	{ "wedding",      "50104" },   /* 职工集体福利支出 */
	{ "birthday",     "50104" },
	{ "model_worker", "50104" },
	{ "other",        "50104" },
};

#define WELFARE_COLS "w.id, w.date, w.member_id, w.kind, w.cash, w.goods, w.goods_value, " \
		     "w.paid_by, coalesce(w.entry_id, 0), w.note, coalesce(w.reverses, 0), " \
		     "coalesce((SELECT r.id FROM welfare r WHERE r.reverses = w.id), 0), " \
		     "m.no, m.name"

const char *welfare_account(const char *kind)
{
	for (size_t i = 0; i < sizeof welfare_accounts / sizeof welfare_accounts[0]; i++)
		if (kind && strcmp(kind, welfare_accounts[i].kind) == 0)
			return welfare_accounts[i].account;
	return NULL;
}

void welfare_init(struct welfare *w)
{
	memset(w, 0, sizeof *w);
	date_today(w->date);
	strcpy(w->paid_by, "union");
}

err_code welfare_validate(const struct welfare *w, struct err *e)
{
	int64_t x;
	if (!date_is_iso(w->date))
		return err_set(e, ERR_INPUT, _("The date \"%s\" is not a date."), w->date);
	if (w->member_id <= 0 ||
	    db_int(NULL, &x, "SELECT id FROM member WHERE id = ?", "i", w->member_id) != ERR_OK)
		return err_set(e, ERR_NOTFOUND, _("That member no longer exists."));
	if (!welfare_account(w->kind))
		return err_set(e, ERR_INPUT, _("Unknown welfare kind \"%s\"."), w->kind);
	if (w->cash < 0)
		return err_set(e, ERR_INPUT, _("The cash cannot be negative."));
	if (w->goods_value < 0)
		return err_set(e, ERR_INPUT, _("The value of the goods cannot be negative."));
	if (w->cash > MONEY_MAX || w->goods_value > MONEY_MAX)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	if (!text_showable(w->goods, 0) || !text_showable(w->note, 1))
		return err_set(e, ERR_INPUT, _("The goods or note contain characters that cannot "
					       "be shown."));
	if (w->goods_value > 0 && !w->goods[0]) {
		char a[32];
		/* L10N: %s the value of the goods (200.00). */
		return err_set(e, ERR_INPUT, _("Goods worth %s were given, but not what they were: "
					       "name the goods."), money_format(w->goods_value, a,
										sizeof a));
	}
	/* L10N: what is recorded, in "a %s is recorded once it has happened" */
	if (date_not_ahead(w->date, _("welfare payment"), e) != ERR_OK)
		return ERR_INPUT;
	if (w->cash + w->goods_value == 0 && !w->goods[0])
		return err_set(e, ERR_INPUT, _("Nothing was given: enter the cash, the goods, "
					       "or both."));
	if (strcmp(w->paid_by, "union") && strcmp(w->paid_by, "school"))
		return err_set(e, ERR_INPUT, _("Paid by must be union or school, not \"%s\"."),
			       w->paid_by);
	return ERR_OK;
}

/* The description of the one entry of a gift to n members (welfare_give_many). */
static void welfare_many_desc(int n, const char *kind, char *desc, size_t size)
{
	/* L10N: the ledger entry of one gift to many members (集体发放): %1$d how
	 * many, %2$s the welfare kind (holiday …). */
	snprintf(desc, size, ngettext("Welfare for %1$d member: %2$s",
				      "Welfare for %1$d members: %2$s", n),
		 n, cat_name(CAT_WELFARE, kind));
}

/* Insert w with its entry and must-visit item. With join > 0 the row is the n-th of a
 * gift to many brought back by an import: it shares entry `join`, posted for the rows
 * before it, which then stands for all n (as welfare_give_many posted it). */
static err_code welfare_insert(struct welfare *w, int64_t join, int n, struct err *e)
{
	if (w->reverses)
		return err_set(e, ERR_INPUT, _("A reversal is made by reversing the record, "
					       "not by adding one."));
	err_code c = welfare_validate(w, e);
	if (c != ERR_OK || (c = cap_refuses(w, e)) != ERR_OK ||
	    (c = ledger_check_open(w->date, e)) != ERR_OK)
		return c;
	struct member m;
	if ((c = member_get(w->member_id, &m, e)) != ERR_OK)
		return c;

	if ((c = db_begin(e)) != ERR_OK)
		return c;
	int64_t total = w->cash + w->goods_value, entry = join;
	if (join > 0) {
		char desc[256];
		welfare_many_desc(n, w->kind, desc, sizeof desc);
		if ((c = ledger_regroup(join, total * n, desc, e)) != ERR_OK)
			goto fail;
	} else if (strcmp(w->paid_by, "union") == 0 && total > 0) {
		char desc[256], cash_acct[ACCOUNT_LEN];
		setting_get("cash_account", cash_acct, sizeof cash_acct);
		/* L10N: a ledger entry's description: %1$s membership number, %2$s name,
		 * %3$s the welfare kind (hospital stay, wedding …). */
		snprintf(desc, sizeof desc, _("Welfare for %1$s %2$s: %3$s"), m.no, m.name,
			 cat_name(CAT_WELFARE, w->kind));
		c = ledger_post(w->date, "", welfare_account(w->kind), cash_acct, total, desc,
				"welfare", &entry, e);
		if (c != ERR_OK)
			goto fail;
	}
	c = db_exec(e, "INSERT INTO welfare(date, member_id, kind, cash, goods, goods_value, "
		    "paid_by, entry_id, note) "
		    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9)",
		    "titititit", w->date, w->member_id, w->kind, w->cash, w->goods, w->goods_value,
		    w->paid_by, entry, w->note);
	if (c != ERR_OK)
		goto fail;
	w->id = db_last_id();
	w->entry_id = entry;
	if ((c = mustvisit_open_welfare(w->member_id, w->kind, w->date, w->id, NULL, e)) != ERR_OK)
		goto fail;
	if ((c = db_commit(e)) != ERR_OK)
		goto undo;
	return ERR_OK;
fail:
	db_rollback();
undo:
	w->id = 0;
	w->entry_id = 0;
	return c;
}

err_code welfare_add(struct welfare *w, struct err *e)
{
	return welfare_insert(w, 0, 0, e);
}

err_code welfare_give_many(const struct welfare *w, const int64_t *ids, int n,
			   int64_t *entry_id, struct err *e)
{
	if (entry_id)
		*entry_id = 0;
	if (n <= 0 || !ids)
		return err_set(e, ERR_INPUT, _("Nobody was chosen to receive the gift."));
	if (w->reverses)
		return err_set(e, ERR_INPUT, _("A reversal is made by reversing the record, "
					       "not by adding one."));
	struct welfare one = *w;
	err_code c;
	int64_t each = w->cash + w->goods_value;
	if (each > 0 && n > MONEY_MAX / each)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	/* Check everyone before writing anything. */
	for (int i = 0; i < n; i++) {
		one.member_id = ids[i];
		if ((c = welfare_validate(&one, e)) != ERR_OK)
			return c;
		for (int j = 0; j < i; j++)
			if (ids[j] == ids[i]) {
				struct member m;
				member_get(ids[i], &m, NULL);
				/* L10N: %1$s membership number, %2$s name. */
				return err_set(e, ERR_DUPLICATE, _("%1$s %2$s is on the list twice."),
					       m.no, m.name);
			}
	}
	if ((c = cap_refuses(w, e)) != ERR_OK || (c = ledger_check_open(w->date, e)) != ERR_OK)
		return c;

	if ((c = db_begin(e)) != ERR_OK)
		return c;
	int64_t entry = 0;
	if (strcmp(w->paid_by, "union") == 0 && each > 0) {
		char desc[256], cash_acct[ACCOUNT_LEN];
		setting_get("cash_account", cash_acct, sizeof cash_acct);
		welfare_many_desc(n, w->kind, desc, sizeof desc);
		c = ledger_post(w->date, "", welfare_account(w->kind), cash_acct, each * n, desc,
				"welfare", &entry, e);
		if (c != ERR_OK)
			goto fail;
	}
	db_stmt *st = db_prepare(e, "INSERT INTO welfare(date, member_id, kind, cash, goods, "
				    "goods_value, paid_by, entry_id, note) "
				    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9)");
	if (!st) {
		c = e ? e->code : ERR_DB;
		goto fail;
	}
	for (int i = 0; i < n && c == ERR_OK; i++) {
		db_reset(st);
		c = db_bind(st, e, "titititit", w->date, ids[i], w->kind, w->cash, w->goods,
			    w->goods_value, w->paid_by, entry, w->note);
		if (c == ERR_OK && db_step(st, e) == DB_ERROR)
			c = e ? e->code : ERR_DB;
		if (c == ERR_OK)
			c = mustvisit_open_welfare(ids[i], w->kind, w->date, db_last_id(), NULL, e);
	}
	db_finalize(&st);
	if (c != ERR_OK)
		goto fail;
	if ((c = db_commit(e)) != ERR_OK)
		return c;
	if (entry_id)
		*entry_id = entry;
	return ERR_OK;
fail:
	db_rollback();
	return c;
}

static void welfare_row(db_stmt *st, void *elem)
{
	struct welfare *w = elem;
	memset(w, 0, sizeof *w);
	w->id = db_col_int(st, 0);
	snprintf(w->date, sizeof w->date, "%s", db_col_text(st, 1));
	w->member_id = db_col_int(st, 2);
	snprintf(w->kind, sizeof w->kind, "%s", db_col_text(st, 3));
	w->cash = db_col_int(st, 4);
	snprintf(w->goods, sizeof w->goods, "%s", db_col_text(st, 5));
	w->goods_value = db_col_int(st, 6);
	snprintf(w->paid_by, sizeof w->paid_by, "%s", db_col_text(st, 7));
	w->entry_id = db_col_int(st, 8);
	snprintf(w->note, sizeof w->note, "%s", db_col_text(st, 9));
	w->reverses = db_col_int(st, 10);
	w->reversed_by = db_col_int(st, 11);
	snprintf(w->member_no, sizeof w->member_no, "%s", db_col_text(st, 12));
	snprintf(w->member_name, sizeof w->member_name, "%s", db_col_text(st, 13));
}

err_code welfare_get(int64_t id, struct welfare *w, struct err *e)
{
	err_code c = db_one(e, w, welfare_row, "SELECT " WELFARE_COLS " FROM welfare w "
			    "JOIN member m ON m.id = w.member_id WHERE w.id = ?", "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That welfare record no longer exists."));
	return c;
}

err_code welfare_reverse(int64_t id, const char *date, int64_t *new_id, struct err *e)
{
	struct welfare w;
	char iso[DATE_LEN];
	err_code c;
	if (new_id)
		*new_id = 0;
	if ((c = welfare_get(id, &w, e)) != ERR_OK)
		return c;
	char amount[32];
	money_format(w.cash + w.goods_value, amount, sizeof amount);
	/* The messages name the row as the user sees it: its date, the member and the
	 * amount, never its number. */
	if (w.reverses)
		/* L10N: %1$s the date, %2$s the member's name, %3$s the membership number. */
		return err_set(e, ERR_INPUT, _("The row of %1$s for %2$s (%3$s) is itself a "
					       "reversal; it cannot be reversed."), w.date,
			       w.member_name, w.member_no);
	if (w.reversed_by)
		/* L10N: %1$s the date, %2$s the member's name, %3$s the membership number,
		 * %4$s the amount (300.00). */
		return err_set(e, ERR_DUPLICATE, _("The welfare of %1$s for %2$s (%3$s), %4$s, "
						   "has already been reversed."), w.date,
			       w.member_name, w.member_no, amount);
	if ((c = date_or_today(date, iso, e)) != ERR_OK)
		return c;
	if (strcmp(iso, w.date) < 0)
		/* L10N: %1$s the reversal's date, %2$s the date of the welfare, %3$s the
		 * member's name, %4$s the membership number, %5$s the amount. */
		return err_set(e, ERR_INPUT, _("The reversal date %1$s is before the welfare it "
					       "reverses: %2$s for %3$s (%4$s), %5$s."), iso,
			       w.date, w.member_name, w.member_no, amount);
	if ((c = ledger_check_open(iso, e)) != ERR_OK)
		return c;

	if ((c = db_begin(e)) != ERR_OK)
		return c;
	int64_t entry = 0, sharing = 0;
	if (w.entry_id)
		db_int(NULL, &sharing, "SELECT count(*) FROM welfare WHERE entry_id = ?", "i",
		       w.entry_id);
	if (sharing > 1) {
		/* A gift to many (welfare_give_many) has one entry for all of them: take just
		 * this row's amount back out, leaving the others' standing. */
		struct ledger_entry le;
		char desc[256];
		if ((c = ledger_get(w.entry_id, &le, e)) != ERR_OK)
			goto fail;
		/* L10N: a ledger entry taking back one member's part of a gift to many:
		 * %1$s membership number, %2$s name, %3$s the welfare kind. */
		snprintf(desc, sizeof desc, _("Welfare for %1$s %2$s cancelled: %3$s"), w.member_no,
			 w.member_name, cat_name(CAT_WELFARE, w.kind));
		c = ledger_post(iso, le.voucher, le.credit, le.debit, w.cash + w.goods_value, desc,
				"welfare", &entry, e);
		if (c != ERR_OK)
			goto fail;
	} else if (w.entry_id && (c = ledger_reverse(w.entry_id, iso, &entry, e)) != ERR_OK) {
		goto fail;
	}
	char note[128];
	/* L10N: the note of a welfare row that cancels another: %1$s the cancelled row's
	 * date, %2$s its amount (300.00). */
	snprintf(note, sizeof note, _("reversal of the welfare of %1$s, %2$s"), w.date, amount);
	c = db_exec(e, "INSERT INTO welfare(date, member_id, kind, cash, goods, goods_value, "
		    "paid_by, entry_id, note, reverses) "
		    "VALUES (?1, ?2, ?3, 0, '', 0, ?4, nullif(?5, 0), ?6, ?7)",
		    "tittiti", iso, w.member_id, w.kind, w.paid_by, entry, note, id);
	if (c != ERR_OK)
		goto fail;
	int64_t rid = db_last_id();
	if ((c = mustvisit_drop_welfare(id, iso, e)) != ERR_OK)
		goto fail;
	if ((c = db_commit(e)) != ERR_OK)
		return c;
	if (new_id)
		*new_id = rid;
	return ERR_OK;
fail:
	db_rollback();
	return c;
}

/* Parameters ?1 from, ?2 to, ?3 member, ?4 kind, ?5 counted only. */
#define WELFARE_WHERE \
	" WHERE (?1 IS NULL OR w.date >= ?1) AND (?2 IS NULL OR w.date <= ?2)" \
	"   AND (?3 = 0 OR w.member_id = ?3) AND (?4 IS NULL OR w.kind = ?4)" \
	"   AND (?5 = 0 OR " WELFARE_COUNTED("w") ")"

static err_code welfare_bind_query(db_stmt *st, const void *arg, struct err *e)
{
	static const struct welfare_query all;
	const struct welfare_query *q = arg ? arg : &all;
	return db_bind(st, e, "ttitd", db_nullif(q->from), db_nullif(q->to), q->member_id,
		       db_nullif(q->kind), q->counted_only ? 1 : 0);
}

err_code welfare_count(const struct welfare_query *q, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM welfare w" WELFARE_WHERE, welfare_bind_query, q,
			count, e);
}

err_code welfare_page(const struct welfare_query *q, int offset, int limit,
		      struct welfare *out, int *got, struct err *e)
{
	return db_page("SELECT " WELFARE_COLS " FROM welfare w JOIN member m ON m.id = w.member_id"
		       WELFARE_WHERE " ORDER BY w.date DESC, w.id DESC LIMIT :limit OFFSET :offset",
		       welfare_bind_query, q, offset, limit, out, sizeof *out, welfare_row, got, e);
}

err_code welfare_tally(const char *from, const char *to, struct welfare_tally *out, int max,
		       int *got, struct err *e)
{
	*got = 0;
	db_stmt *st = db_prepare(e, "SELECT kind, count(*), count(DISTINCT member_id), "
				    "sum(cash), sum(goods_value), "
				    "sum(CASE WHEN paid_by = 'union' "
				    "    THEN cash + goods_value ELSE 0 END) "
				    "FROM welfare w WHERE date >= coalesce(?1, '') "
				    "AND date <= coalesce(?2, '9999-12-31') AND " WELFARE_COUNTED("w")
				    " GROUP BY kind");
	if (!st)
		return e ? e->code : ERR_DB;
	struct welfare_tally all[32];
	int n = 0, r = DB_DONE;
	err_code c = db_bind(st, e, "tt", db_nullif(from), db_nullif(to));
	while (c == ERR_OK && n < 32 && (r = db_step(st, e)) == DB_ROW) {
		snprintf(all[n].kind, sizeof all[n].kind, "%s", db_col_text(st, 0));
		all[n].times = (int)db_col_int(st, 1);
		all[n].people = (int)db_col_int(st, 2);
		all[n].cash = db_col_int(st, 3);
		all[n].goods_value = db_col_int(st, 4);
		all[n].union_paid = db_col_int(st, 5);
		n++;
	}
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	int nk;
	const struct category *k = cat_list(CAT_WELFARE, &nk);
	for (int i = 0; c == ERR_OK && i < nk; i++)
		for (int j = 0; j < n; j++)
			if (strcmp(all[j].kind, k[i].code) == 0 && *got < max)
				out[(*got)++] = all[j];
	return c;
}

/* ---- CSV: date,member_no,kind,cash,goods,goods_value,paid_by,note,reversed_on,gift ---- */

/*
 * A gift to many (welfare_give_many: one entry for all its rows) is exported with the
 * same number in the gift column on each of its rows (1, 2, … in date order); the
 * import gathers consecutive rows with the same gift and the same date, kind, amounts,
 * payer and note into one entry again. A reversed row of such a gift is reversed only
 * when the whole gift is back (import_end), as it was reversed after it was given.
 */
static struct {
	char gift[32];            /* the gift of the row before, "" if none */
	struct welfare first;     /* its first row */
	int n;                    /* rows of it so far */
	struct { int64_t id; char date[DATE_LEN]; } *later;   /* reversals left for the end */
	int nlater, caplater;
} wio;

static void welfare_import_begin(void)
{
	free(wio.later);
	memset(&wio, 0, sizeof wio);
}

static err_code welfare_import_end(struct err *e)
{
	err_code c = ERR_OK;
	for (int i = 0; c == ERR_OK && i < wio.nlater; i++)
		if ((c = welfare_reverse(wio.later[i].id, wio.later[i].date, NULL, e)) != ERR_OK)
			err_prefix(e, "reversed_on: ");
	welfare_import_begin();
	return c;
}

static int welfare_same_gift(const struct welfare *a, const struct welfare *b)
{
	return strcmp(a->date, b->date) == 0 && strcmp(a->kind, b->kind) == 0 &&
	       a->cash == b->cash && a->goods_value == b->goods_value &&
	       strcmp(a->goods, b->goods) == 0 && strcmp(a->paid_by, b->paid_by) == 0 &&
	       strcmp(a->note, b->note) == 0;
}

static err_code welfare_import_row(const struct io_row *r, struct err *e)
{
	struct welfare w;
	welfare_init(&w);
	err_code c;
	const char *code, *v;
	if ((c = io_date(r, "date", w.date, 1, e)) != ERR_OK)
		return c;
	const char *no = io_get(r, "member_no");
	if (!*no)
		return err_set(e, ERR_INPUT, _("member_no: the membership number is empty."));
	struct member m;
	if ((c = member_find(no, &m, e)) != ERR_OK)
		return c;
	w.member_id = m.id;
	if ((c = cat_parse(CAT_WELFARE, "kind", io_get(r, "kind"), &code, e)) != ERR_OK)
		return c;
	snprintf(w.kind, sizeof w.kind, "%s", code);
	if ((c = io_money(r, "cash", &w.cash, 0, e)) != ERR_OK ||
	    (c = io_money(r, "goods_value", &w.goods_value, 0, e)) != ERR_OK)
		return c;
	if ((c = io_text(r, "goods", w.goods, sizeof w.goods, e)) != ERR_OK)
		return c;
	if (*(v = io_get(r, "paid_by"))) {
		if ((c = cat_parse(CAT_PAID_BY, "paid_by", v, &code, e)) != ERR_OK)
			return c;
		snprintf(w.paid_by, sizeof w.paid_by, "%s", code);
	}
	if ((c = io_text(r, "note", w.note, sizeof w.note, e)) != ERR_OK)
		return c;
	char reversed_on[DATE_LEN];
	if ((c = io_date(r, "reversed_on", reversed_on, 0, e)) != ERR_OK)
		return c;
	const char *gift = io_get(r, "gift");
	if (*gift && wio.n > 0 && wio.first.entry_id > 0 && strcmp(gift, wio.gift) == 0 &&
	    welfare_same_gift(&w, &wio.first)) {
		c = welfare_insert(&w, wio.first.entry_id, wio.n + 1, e);
		if (c == ERR_OK)
			wio.n++;
	} else {
		c = welfare_add(&w, e);
		snprintf(wio.gift, sizeof wio.gift, "%s", gift);
		wio.first = w;
		wio.n = c == ERR_OK;
	}
	if (c != ERR_OK || !reversed_on[0])
		return c;
	if (*gift) {
		if (wio.nlater == wio.caplater) {
			int ncap = wio.caplater ? wio.caplater * 2 : 16;
			void *nl = realloc(wio.later, (size_t)ncap * sizeof *wio.later);
			if (!nl)
				return err_set(e, ERR_NOMEM, NULL);
			wio.later = nl;
			wio.caplater = ncap;
		}
		wio.later[wio.nlater].id = w.id;
		memcpy(wio.later[wio.nlater++].date, reversed_on, DATE_LEN);
		return ERR_OK;
	}
	if ((c = welfare_reverse(w.id, reversed_on, NULL, e)) != ERR_OK)
		err_prefix(e, "reversed_on: ");
	return c;
}

static err_code welfare_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e,
		"WITH shared AS (SELECT entry_id, min(date) AS d FROM welfare"
		"                 WHERE entry_id IS NOT NULL AND reverses IS NULL"
		"                 GROUP BY entry_id HAVING count(*) > 1),"
		"     gift AS (SELECT entry_id, row_number() OVER (ORDER BY d, entry_id) AS n"
		"                FROM shared) "
		"SELECT " WELFARE_COLS ", coalesce((SELECT r.date FROM welfare r"
		"                                    WHERE r.reverses = w.id), ''),"
		"       coalesce(g.n, '') FROM welfare w JOIN member m ON m.id = w.member_id"
		"  LEFT JOIN gift g ON g.entry_id = w.entry_id"
		" WHERE w.reverses IS NULL ORDER BY w.date, w.id");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	struct welfare w;
	while ((r = db_step(st, e)) == DB_ROW) {
		welfare_row(st, &w);
		char cash[32], value[32];
		money_plain(w.cash, cash, sizeof cash);
		money_plain(w.goods_value, value, sizeof value);
		const char *f[] = { w.date, w.member_no, w.kind, cash, w.goods, value, w.paid_by,
				    w.note, db_col_text(st, 14), db_col_text(st, 15) };
		io_put_row(out, 10, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind welfare_io = {
	.name = "welfare",
	.columns = "date,member_no,kind,cash,goods,goods_value,paid_by,note,reversed_on,gift",
	.required = "date,member_no,kind",
	.import_row = welfare_import_row,
	.export_rows = welfare_export_rows,
	.import_begin = welfare_import_begin,
	.import_end = welfare_import_end,
};

err_code welfare_of_entry(int64_t entry_id, int64_t *welfare_id, struct err *e)
{
	return db_int(e, welfare_id, "SELECT id FROM welfare WHERE entry_id = ? ORDER BY id "
		      "LIMIT 1", "i", entry_id);
}

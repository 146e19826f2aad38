/* cap.c — welfare caps per kind per member per year, their presets, checking a gift
 * against them and the year's figures against them. The rules are in cap.h. */
#include "core/cap.h"
#include "core/category.h"
#include "core/io.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct cap_preset presets[] = {
	/* L10N: a preset of welfare caps: no limits at all. */
	{ "none", N_("none") },
	/* L10N: a preset of welfare caps: the province of Anhui's rules (安徽). */
	{ "anhui", N_("Anhui") },
	/* L10N: welfare caps as the union set them by hand. */
	{ "custom", N_("custom") },
};

/* The caps of each preset (the "custom" one has none of its own). */
static const struct {
	const char *preset, *kind;
	int64_t amount;
	int no_cash;
} preset_caps[] = {
	{ "anhui", "holiday",     220000, 1 },
	{ "anhui", "wedding",     200000, 0 },
	{ "anhui", "childbirth",  200000, 0 },
	{ "anhui", "hospital",    200000, 0 },
	{ "anhui", "bereavement", 200000, 0 },
	{ "anhui", "retirement",  200000, 0 },
};

/* What a shopping card or voucher is called on a receipt, folded (NFKC, lower case). */
static const char *const card_words[] = {
	"购物卡", "購物卡", "购物券", "購物券", "超市卡", "提货卡", "提貨卡", "提货券", "提貨券",
	"储值卡", "儲值卡", "礼品卡", "禮品卡", "礼券", "禮券", "消费卡", "消費卡", "代金券",
	"充值卡", "shopping card", "gift card", "voucher",
};

const struct cap_preset *cap_presets(int *n)
{
	*n = (int)(sizeof presets / sizeof presets[0]);
	return presets;
}

char *cap_preset_current(char *buf, size_t n)
{
	return setting_get("welfare_caps", buf, n);
}

err_code cap_preset_apply(const char *code, struct err *e)
{
	int np, known = 0;
	cap_presets(&np);
	for (int i = 0; i < np; i++)
		if (code && strcmp(code, presets[i].code) == 0 && strcmp(code, "custom"))
			known = 1;
	if (!known)
		return err_set(e, ERR_INPUT, _("Unknown preset of welfare caps \"%s\": use none "
					       "or anhui."), code ? code : "");
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	if ((c = db_exec(e, "DELETE FROM welfare_cap", NULL)) != ERR_OK)
		goto fail;
	for (size_t i = 0; i < sizeof preset_caps / sizeof preset_caps[0]; i++) {
		if (strcmp(preset_caps[i].preset, code))
			continue;
		c = db_exec(e, "INSERT INTO welfare_cap(kind, amount, no_cash) VALUES (?, ?, ?)",
			    "tid", preset_caps[i].kind, preset_caps[i].amount, preset_caps[i].no_cash);
		if (c != ERR_OK)
			goto fail;
	}
	if ((c = setting_put("welfare_caps", code, e)) != ERR_OK)
		goto fail;
	return db_commit(e);
fail:
	db_rollback();
	return c;
}

static void cap_row(db_stmt *st, void *elem)
{
	struct cap *k = elem;
	memset(k, 0, sizeof *k);
	snprintf(k->kind, sizeof k->kind, "%s", db_col_text(st, 0));
	k->amount = db_col_null(st, 1) ? CAP_NONE : db_col_int(st, 1);
	k->no_cash = (int)db_col_int(st, 2);
}

err_code cap_get(const char *kind, struct cap *out, struct err *e)
{
	err_code c = db_one(e, out, cap_row, "SELECT kind, amount, no_cash FROM welfare_cap "
			    "WHERE kind = ?", "t", kind ? kind : "");
	if (c == ERR_NOTFOUND) {
		memset(out, 0, sizeof *out);
		snprintf(out->kind, sizeof out->kind, "%s", kind ? kind : "");
		out->amount = CAP_NONE;
		return ERR_OK;
	}
	return c;
}

err_code cap_list(struct cap *out, int max, int *got, struct err *e)
{
	int nk;
	const struct category *k = cat_list(CAT_WELFARE, &nk);
	*got = 0;
	for (int i = 0; i < nk && *got < max; i++) {
		struct cap one;
		err_code c = db_one(e, &one, cap_row, "SELECT kind, amount, no_cash FROM welfare_cap "
				    "WHERE kind = ?", "t", k[i].code);
		if (c == ERR_NOTFOUND)
			continue;
		if (c != ERR_OK)
			return c;
		out[(*got)++] = one;
	}
	return ERR_OK;
}

err_code cap_set(const char *kind, int64_t amount, int no_cash, struct err *e)
{
	if (!welfare_account(kind))
		return err_set(e, ERR_INPUT, _("Unknown welfare kind \"%s\"."), kind ? kind : "");
	/* A cap of nothing would be "none of this kind at all", which is no welfare rule; on
	 * a form an empty amount and 0 are one (no limit), so 0 is no cap anywhere. */
	if (amount == 0 || amount < CAP_NONE || amount > MONEY_MAX)
		return err_set(e, ERR_INPUT, _("A cap must be an amount above zero (leave it empty "
					       "for no limit)."));
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	if (amount == CAP_NONE && !no_cash)
		c = db_exec(e, "DELETE FROM welfare_cap WHERE kind = ?", "t", kind);
	else if (amount == CAP_NONE)
		c = db_exec(e, "INSERT INTO welfare_cap(kind, amount, no_cash) VALUES (?1, NULL, 1) "
			    "ON CONFLICT(kind) DO UPDATE SET amount = NULL, no_cash = 1 "
			    "WHERE amount IS NOT NULL OR no_cash IS NOT 1", "t", kind);
	else
		c = db_exec(e, "INSERT INTO welfare_cap(kind, amount, no_cash) VALUES (?1, ?2, ?3) "
			    "ON CONFLICT(kind) DO UPDATE SET amount = ?2, no_cash = ?3 "
			    "WHERE amount IS NOT ?2 OR no_cash IS NOT ?3",
			    "tid", kind, amount, no_cash ? 1 : 0);
	/* the caps become the union's own only when this changed one (the writes above
	 * change no row when the kind's cap is already so) */
	if (c == ERR_OK && db_changes() > 0)
		c = setting_put("welfare_caps", "custom", e);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

int cap_is_card(const char *goods)
{
	char *f = text_fold(goods ? goods : "");
	int hit = 0;
	for (size_t i = 0; f && !hit && i < sizeof card_words / sizeof card_words[0]; i++)
		hit = strstr(f, card_words[i]) != NULL;
	free(f);
	return hit;
}

err_code cap_refuses(const struct welfare *w, struct err *e)
{
	if (strcmp(w->paid_by, "union"))
		return ERR_OK;
	struct cap k;
	err_code c = cap_get(w->kind, &k, e);
	if (c != ERR_OK || !k.no_cash)
		return c;
	if (w->cash > 0)
		/* L10N: %s the welfare kind (holiday …) that the union's caps allow in goods
		 * only. */
		return err_set(e, ERR_INPUT, _("Under the union's welfare caps, %s gifts may not "
					       "be given in cash: give goods instead."),
			       cat_name(CAT_WELFARE, w->kind));
	if (cap_is_card(w->goods))
		return err_set(e, ERR_INPUT, _("Under the union's welfare caps, %s gifts may not "
					       "be shopping cards or vouchers."),
			       cat_name(CAT_WELFARE, w->kind));
	return ERR_OK;
}

/* What member got of kind in the calendar year of date, counted, union-paid. */
static err_code cap_given(int64_t member_id, const char *kind, const char *date, int64_t *out,
			  struct err *e)
{
	char year[8];
	snprintf(year, sizeof year, "%.4s", date);
	*out = 0;
	err_code c = db_int(e, out, "SELECT coalesce(sum(w.cash + w.goods_value), 0) FROM welfare w "
			    "WHERE w.member_id = ?1 AND w.date >= ?2 || '-01-01' "
			    "AND w.date <= ?2 || '-12-31' AND w.kind = ?3 AND w.paid_by = 'union' "
			    "AND " WELFARE_COUNTED("w"), "itt", member_id,
			    year, kind);
	return c == ERR_NOTFOUND ? ERR_OK : c;
}

err_code cap_check(const struct welfare *w, struct cap_verdict *v, struct err *e)
{
	memset(v, 0, sizeof *v);
	v->cap = CAP_NONE;
	err_code c = cap_refuses(w, e);
	if (c != ERR_OK)
		return c;
	if (strcmp(w->paid_by, "union") || !date_is_iso(w->date))
		return ERR_OK;
	struct cap k;
	if ((c = cap_get(w->kind, &k, e)) != ERR_OK)
		return c;
	v->cap = k.amount;
	if ((c = cap_given(w->member_id, w->kind, w->date, &v->given, e)) != ERR_OK)
		return c;
	v->after = v->given + w->cash + w->goods_value;
	if (k.amount != CAP_NONE && v->after > k.amount)
		v->over = v->after - k.amount;
	return ERR_OK;
}

err_code cap_check_many(const struct welfare *w, const int64_t *ids, int n, int *over_people,
			int64_t *over_most, struct err *e)
{
	*over_people = 0;
	*over_most = 0;
	struct welfare one = *w;
	for (int i = 0; i < n; i++) {
		struct cap_verdict v;
		one.member_id = ids[i];
		err_code c = cap_check(&one, &v, e);
		if (c != ERR_OK)
			return c;
		if (v.over > 0) {
			(*over_people)++;
			if (v.over > *over_most)
				*over_most = v.over;
		}
	}
	return ERR_OK;
}

err_code cap_figures(int year, struct cap_figure *out, int max, int *got, struct err *e)
{
	struct cap caps[32];
	int nc;
	*got = 0;
	err_code c = cap_list(caps, 32, &nc, e);
	if (c != ERR_OK)
		return c;
	char from[DATE_LEN], to[DATE_LEN];
	snprintf(from, sizeof from, "%04d-01-01", year);
	snprintf(to, sizeof to, "%04d-12-31", year);
	/* Per member of the kind, over the year's rows (welfare_date index), then summed. */
	db_stmt *st = db_prepare(e,
		"SELECT count(*), coalesce(sum(t), 0), coalesce(max(t), 0),"
		"       coalesce(sum(?4 >= 0 AND t > ?4), 0),"
		"       coalesce(sum(CASE WHEN ?4 >= 0 AND t > ?4 THEN t - ?4 ELSE 0 END), 0),"
		"       coalesce(sum(cr), 0)"
		"  FROM (SELECT sum(w.cash + w.goods_value) AS t, sum(w.cash > 0) AS cr"
		"          FROM welfare w WHERE w.date BETWEEN ?1 AND ?2 AND w.kind = ?3"
		"           AND w.paid_by = 'union' AND " WELFARE_COUNTED("w")
		"         GROUP BY w.member_id)");
	if (!st)
		return e ? e->code : ERR_DB;
	for (int i = 0; i < nc && *got < max && c == ERR_OK; i++) {
		db_reset(st);
		if ((c = db_bind(st, e, "ttti", from, to, caps[i].kind, caps[i].amount)) != ERR_OK)
			break;
		int r = db_step(st, e);
		if (r == DB_ERROR) {
			c = e ? e->code : ERR_DB;
			break;
		}
		struct cap_figure *f = &out[(*got)++];
		memset(f, 0, sizeof *f);
		snprintf(f->kind, sizeof f->kind, "%s", caps[i].kind);
		f->cap = caps[i].amount;
		f->no_cash = caps[i].no_cash;
		if (r == DB_ROW) {
			f->people = (int)db_col_int(st, 0);
			f->total = db_col_int(st, 1);
			f->most = db_col_int(st, 2);
			f->over = (int)db_col_int(st, 3);
			f->over_by = db_col_int(st, 4);
			f->cash_rows = f->no_cash ? (int)db_col_int(st, 5) : 0;
		}
	}
	db_finalize(&st);
	return c;
}

/* ---- CSV: kind,amount,goods_only,preset ----
 * One row per cap: the kind, its amount a member a year (empty: none), goods_only 1 for
 * no cash and no shopping cards, and the preset in use (anhui, or custom once a cap was
 * changed by hand). An import of rows that all name one preset applies that preset;
 * otherwise it sets each cap (the preset becomes custom), in the import's transaction. */

static struct {
	struct cap caps[64];
	int n;
	char preset[16];
	int mixed;       /* the rows name more than one preset */
} cap_in;

static void cap_import_begin(void) { memset(&cap_in, 0, sizeof cap_in); }

static err_code cap_import_row(const struct io_row *r, struct err *e)
{
	const char *code;
	struct cap k = { .amount = CAP_NONE };
	err_code c = cat_parse(CAT_WELFARE, "kind", io_get(r, "kind"), &code, e);
	if (c != ERR_OK)
		return c;
	snprintf(k.kind, sizeof k.kind, "%s", code);
	for (int i = 0; i < cap_in.n; i++)
		if (strcmp(cap_in.caps[i].kind, k.kind) == 0)
			/* L10N: %s the welfare kind's code (holiday). */
			return err_set(e, ERR_INPUT, _("kind: the cap of %s is given twice."), k.kind);
	if (*io_get(r, "amount") && (c = io_money(r, "amount", &k.amount, 1, e)) != ERR_OK)
		return c;
	if (k.amount == 0)
		return err_at(e, "amount", err_set(e, ERR_INPUT, _("amount: a cap must be above zero "
								    "(leave it empty for no limit).")));
	const char *g = io_get(r, "goods_only");
	if (*g && strcmp(g, "0") && strcmp(g, "1"))
		return err_set(e, ERR_INPUT, _("goods_only: \"%s\" is neither 1 (goods only) nor 0."),
			       g);
	k.no_cash = strcmp(g, "1") == 0;
	const char *p = io_get(r, "preset");
	if (cap_in.n == 0)
		snprintf(cap_in.preset, sizeof cap_in.preset, "%s", p);
	else if (strcmp(cap_in.preset, p) != 0)
		cap_in.mixed = 1;
	if (cap_in.n == (int)(sizeof cap_in.caps / sizeof cap_in.caps[0]))
		return err_set(e, ERR_INPUT, _("kind: there are more caps than kinds of welfare."));
	cap_in.caps[cap_in.n++] = k;
	return ERR_OK;
}

static err_code cap_import_end(struct err *e)
{
	if (cap_in.n == 0)
		return ERR_OK;
	if (!cap_in.mixed && strcmp(cap_in.preset, "custom") != 0 && cap_in.preset[0])
		return cap_preset_apply(cap_in.preset, e);
	for (int i = 0; i < cap_in.n; i++) {
		err_code c = cap_set(cap_in.caps[i].kind, cap_in.caps[i].amount,
				     cap_in.caps[i].no_cash, e);
		if (c != ERR_OK)
			return c;
	}
	return ERR_OK;
}

static err_code cap_export_rows(FILE *out, struct err *e)
{
	struct cap caps[64];
	int n = 0;
	char preset[16];
	err_code c = cap_list(caps, 64, &n, e);
	cap_preset_current(preset, sizeof preset);
	for (int i = 0; c == ERR_OK && i < n; i++) {
		char amount[32] = "";
		if (caps[i].amount != CAP_NONE)
			money_plain(caps[i].amount, amount, sizeof amount);
		const char *f[] = { caps[i].kind, amount, caps[i].no_cash ? "1" : "", preset };
		io_put_row(out, 4, f);
	}
	return c;
}

const struct io_kind caps_io = {
	.name = "caps",
	.columns = "kind,amount,goods_only,preset",
	.required = "kind",
	.import_row = cap_import_row,
	.export_rows = cap_export_rows,
	.import_begin = cap_import_begin,
	.import_end = cap_import_end,
};

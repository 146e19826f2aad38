/*
 * cap.h — the limits a union keeps to on welfare given to one member in one calendar
 * year (福利标准), per welfare kind. Only core/cap.c writes the welfare_cap table.
 *
 * A kind may have an amount (fen per member per year) and may be "goods only": no cash
 * and no shopping cards (购物卡) for it. A kind without a row has no limit.
 *
 * Presets (setting `welfare_caps`): "none" (the table empty), "anhui" (安徽省基层工会
 * 经费收支管理办法: festival gifts at most 2,200 yuan a year and goods only; weddings,
 * childbirth, hospital stays, bereavements and retirements at most 2,000 yuan each);
 * "custom" as soon as one cap is changed by hand.
 *
 * What counts against a cap: what the UNION paid (cash + goods value) for that member
 * and kind in the gift's calendar year, reversal rows and the rows they reverse left
 * out (WELFARE_COUNTED). Gifts paid by the school administration are not union funds
 * and are not counted; the no-cash rule does not apply to them either.
 *
 * Going past a cap is not refused by the core: cap_check() says by how much, and the
 * front end asks. A goods-only kind given in cash (or as a shopping card) by the union
 * IS refused, by welfare_add() through cap_refuses().
 */
#ifndef GH_CAP_H
#define GH_CAP_H

#include <stddef.h>
#include <stdint.h>

#include "core/error.h"
#include "core/welfare.h"

#define CAP_NONE (-1)   /* amount of a kind without a limit on the amount */

struct cap {
	char kind[16];      /* CAT_WELFARE code */
	int64_t amount;     /* fen per member per year, or CAP_NONE */
	int no_cash;        /* goods only: no cash, no shopping cards */
};

/* The presets, in order: code and translatable name. */
struct cap_preset {
	const char *code;   /* none anhui */
	const char *name;   /* N_() */
};
const struct cap_preset *cap_presets(int *n);
/* The preset in use: "none", "anhui" or "custom" (copied into buf; returns buf). */
char *cap_preset_current(char *buf, size_t n);
/* Replace the table with a preset's caps and record it, in one transaction. */
err_code cap_preset_apply(const char *code, struct err *e);

/* The caps in the table, in the order of cat_list(CAT_WELFARE). */
err_code cap_list(struct cap *out, int max, int *got, struct err *e);
/* One kind's cap; a kind without one gives amount CAP_NONE, no_cash 0 (and ERR_OK). */
err_code cap_get(const char *kind, struct cap *out, struct err *e);
/* Set (amount CAP_NONE and no_cash 0 removes it) one kind's cap; the preset becomes
 * "custom". One transaction (joining an open one). */
err_code cap_set(const char *kind, int64_t amount, int no_cash, struct err *e);

/* Would this gift be refused under the caps? ERR_INPUT with a sentence when the union
 * pays cash, or goods that are a shopping card, for a goods-only kind. */
err_code cap_refuses(const struct welfare *w, struct err *e);
/* Does the goods text name a shopping card or voucher (购物卡, 超市卡, 提货券 …)? */
int cap_is_card(const char *goods);

/* What a gift would do to its kind's cap. */
struct cap_verdict {
	int64_t cap;        /* the kind's limit, CAP_NONE when it has none */
	int64_t given;      /* counted so far that year for this member and kind */
	int64_t after;      /* given + this gift's union-paid value */
	int64_t over;       /* after - cap when positive, else 0 */
};
/* For w (member, kind, date, cash, goods_value, paid_by): ERR_OK with v filled, or the
 * refusal of cap_refuses(). A school-paid gift is within any cap (over 0). */
err_code cap_check(const struct welfare *w, struct cap_verdict *v, struct err *e);
/* The same gift to n members (集体发放): how many of them it takes past the cap, and the
 * most by which one goes past; ERR_OK unless refused. */
err_code cap_check_many(const struct welfare *w, const int64_t *ids, int n, int *over_people,
			int64_t *over_most, struct err *e);

/* A year's welfare against the caps, one line per kind in the cap table (cat order):
 * for the first screen and the report. */
struct cap_figure {
	char kind[16];
	int64_t cap;        /* CAP_NONE for a goods-only kind without an amount */
	int no_cash;
	int people;         /* members the union gave this kind to */
	int64_t total;      /* fen, union-paid, all of them */
	int64_t most;       /* the largest total of one member */
	int over;           /* members past the cap */
	int64_t over_by;    /* the sum of what those members got past it */
	int cash_rows;      /* union-paid rows with cash of a goods-only kind */
};
err_code cap_figures(int year, struct cap_figure *out, int max, int *got, struct err *e);

#endif

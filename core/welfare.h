/*
 * welfare.h — what the union gives members (慰问/补助): cash and/or goods for a hospital
 * stay, a wedding, a bereavement, a holiday … paid from union funds or by the school.
 * Only core/welfare.c writes the welfare table.
 *
 * Rules:
 *   - A union-paid row with cash + goods_value > 0 posts one ledger entry in the same
 *     transaction: debit the kind's expense account, credit 101 库存现金 (the
 *     `cash_account` setting, as for dues), amount cash + goods_value, source "welfare";
 *     its id is kept in entry_id. Accounts by kind
 *     (welfare_account()):
 *         hardship, disaster                                       50204 困难职工帮扶费
 *         illness, hospital, bereavement, childbirth, retirement,
 *         longevity, elderly_day, holiday                          50205 送温暖费
 *         wedding, birthday, model_worker, other                   50104 职工集体福利支出
 *     A school-paid row writes no ledger entry.
 *   - A hospital, wedding, bereavement, childbirth, retirement or hardship row opens a
 *     五必访 must-visit item (core/visit.h) in the same transaction, unless the member
 *     already has an open item for that reason.
 *   - The union's welfare caps (core/cap.h) refuse a union-paid gift in cash, or as a
 *     shopping card, of a goods-only kind (festival gifts under the Anhui preset).
 *   - A row dated in a closed month is refused. A mistake is corrected by
 *     welfare_reverse(): a new row (the reversal) with reverses = the old row's id, the
 *     same member and kind, cash 0 and goods_value 0, note "reversal of the welfare of DATE, AMOUNT"; the old
 *     row's ledger entry is reversed (红字冲销) and its still-open must-visit item removed.
 *     A row of a gift to many shares its entry with the others: then only its own part
 *     is taken back, by an entry the other way round (debit the cash account, credit
 *     the expense account), "Welfare for T001 张三 cancelled: holiday".
 *     (The schema requires cash >= 0, so the reversal cannot carry negated amounts.)
 *   - A row is VOID when another row reverses it. Void rows and reversal rows are not
 *     counted anywhere: not in welfare_tally() (the year-end 人次 and amounts) and not in
 *     the CSV export. The SQL condition for a counted row w is WELFARE_COUNTED("w").
 *   - CSV kind `welfare`: date,member_no,kind,cash,goods,goods_value,paid_by,note,
 *     reversed_on; paid_by is union or school (工会/学校/工會/學校), empty for union.
 *     reversed_on is the date of the reversal of a void row, empty otherwise: the import
 *     adds the row and reverses it on that date, with its entries. The export is in
 *     date, id order with void rows and their reversal dates (reversal rows are not
 *     written: reversed_on makes them again), so importing an export into an empty
 *     database gives the same rows, entries and tallies.
 */
#ifndef GH_WELFARE_H
#define GH_WELFARE_H

#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

/* SQL: the row aliased A is neither a reversal nor reversed (for reports' queries). The
 * unary + keeps the planner off the index of reverses, which nearly every row passes:
 * the queries that use this look rows up by date. */
#define WELFARE_COUNTED(a) \
	"(+" a ".reverses IS NULL AND NOT EXISTS (SELECT 1 FROM welfare r_ " \
	"WHERE r_.reverses = " a ".id))"

struct welfare {
	int64_t id;                 /* 0 until saved */
	char date[DATE_LEN];
	int64_t member_id;
	char kind[16];              /* CAT_WELFARE code */
	int64_t cash;               /* fen, >= 0 */
	char goods[256];            /* what was given: "水果、牛奶" */
	int64_t goods_value;        /* fen, >= 0 */
	char paid_by[8];            /* "union" or "school" */
	int64_t entry_id;           /* ledger entry (set by welfare_add), 0 if none */
	char note[512];
	int64_t reverses;           /* the row this one reverses, 0 if none */
	/* filled by welfare_get / welfare_page */
	int64_t reversed_by;        /* the row that reverses this one (it is void), 0 if none */
	char member_no[64];
	char member_name[192];
};

/* An empty row dated today, paid by the union. */
void welfare_init(struct welfare *w);

/* The expense account a union-paid row of this kind is posted to; NULL for an unknown
 * kind. */
const char *welfare_account(const char *kind);

/* Check every field; e names the first one that is wrong. */
err_code welfare_validate(const struct welfare *w, struct err *e);

/* Insert (sets w->id and w->entry_id), with its ledger entry and must-visit item, in one
 * transaction (joining an open one). w->reverses must be 0. */
err_code welfare_add(struct welfare *w, struct err *e);

/* 集体发放: give the same thing (w's date, kind, cash, goods, goods_value, paid_by, note;
 * w->member_id is ignored) to each of the n members in ids, in one transaction (joining
 * an open one): one welfare row each, each with its must-visit item as welfare_add()
 * opens it, and for a union-paid gift ONE ledger entry for the union's part, n × (cash +
 * goods_value), "Welfare for 42 members: holiday", to which every row links. Refuses,
 * writing nothing: nobody chosen, a member listed twice, anything welfare_add()
 * refuses for any one of them (closed month, the caps' no-cash rule). The caps' amounts
 * are not enforced: ask cap_check_many() first. *entry_id (if not NULL) gets the entry's
 * id, 0 when none was posted. */
err_code welfare_give_many(const struct welfare *w, const int64_t *ids, int n,
			   int64_t *entry_id, struct err *e);

/* Reverse row id with a reversal dated `date` (today when NULL or ""; in an open month,
 * not before the row's own date). *new_id (if not NULL) gets the reversal's id. */
err_code welfare_reverse(int64_t id, const char *date, int64_t *new_id, struct err *e);

err_code welfare_get(int64_t id, struct welfare *w, struct err *e);

struct welfare_query {
	const char *from, *to;      /* dates, inclusive; NULL or "" for open-ended */
	int64_t member_id;          /* 0 for all */
	const char *kind;           /* one code, NULL or "" for all */
	int counted_only;           /* leave out void and reversal rows */
};

/* How many rows match, and one page of them, newest first (date desc, id desc). */
err_code welfare_count(const struct welfare_query *q, int *count, struct err *e);
err_code welfare_page(const struct welfare_query *q, int offset, int limit,
		      struct welfare *out, int *got, struct err *e);

/* Counted rows by kind over from..to (NULL for open-ended), for the year-end report, in
 * the order of cat_list(CAT_WELFARE); kinds with no row left out. */
struct welfare_tally {
	char kind[16];
	int times;                  /* 人次 */
	int people;                 /* distinct members */
	int64_t cash;               /* fen, whoever paid */
	int64_t goods_value;
	int64_t union_paid;         /* cash + goods_value of the union-paid rows */
};
err_code welfare_tally(const char *from, const char *to, struct welfare_tally *out, int max,
		       int *got, struct err *e);

/* The welfare row whose ledger entry is entry_id (the Books screen opens it);
 * ERR_NOTFOUND, with no sentence, when there is none. */
err_code welfare_of_entry(int64_t entry_id, int64_t *welfare_id, struct err *e);

#endif

/*
 * dues.h — membership dues (会费): one row per member per month that was paid. Only
 * core/dues.c writes the dues table.
 *
 * The amount due (the dues rule, from the settings dues_mode, dues_rate and dues_fixed,
 * see core/setting.h; read and written as one struct dues_rule):
 *   a rate (mainland rule, the default): the rate (0.5%) of the monthly wage base after
 *       the part under 10 yuan is dropped, rounded down to the fen: 4567.80 → 4560 → 22.80;
 *   a fixed amount (Taiwan-style unions): the same amount a month, whatever the base.
 *
 * Who is on a month's list: members active during that month — status active, or a
 * status (retired, left, deceased) that changed after that month — who joined on or
 * before the month's end or whose join date is unknown — and everyone who paid in that
 * month, whatever their status since (one who retired after paying stays on it, so the
 * payment can be seen and undone). Ordered by membership number (T2 before T10).
 *
 * Months behind: how many months in a row, ending with a given month, a member has no
 * dues row; never any for a member with nothing due (no wage base entered): behind
 * means owing money. Only months that count are counted: not before the member joined, not before
 * the first month that has any dues row in the database (so the month a union starts
 * using gonghui does not flag everyone), and at most DUES_WINDOW months back. A member
 * DUES_BEHIND_FLAG or more months behind is flagged (章程: six months unpaid in a row
 * counts as leaving the union).
 *
 * Paying: dues_record() writes, in one transaction, one dues row per member and ONE
 * ledger entry for their total (debit the `cash_account` setting, 101 库存现金 when unset;
 * credit 401 会费收入; source "dues"), dated the day paid, and links every row to it
 * (dues.entry_id). A total of zero (every amount 0, e.g. members excused) posts no entry.
 *
 * CSV kind "dues": month,member_no,amount,paid_on,cancelled_on,batch. An empty amount
 * means the amount due now (from the member's wage base and the settings); an empty
 * paid_on means the month's last day, or today when that is earlier. The rows are
 * gathered into one entry per month, day paid and batch, as the Dues screen saves a
 * month (the import is all rows or none); batch tells apart the saves of one month on
 * one day, each with its entry (the export numbers them 1, 2 … only then). A row with cancelled_on is a payment cancelled after saving: paid with
 * its day's others, then cancelled on that day (dues_cancel), before a payment of the
 * same month that stands is paid — so a round trip gives back the same entries. Export
 * writes every payment by month, then membership number, a member's cancelled ones
 * first.
 */
#ifndef GH_DUES_H
#define GH_DUES_H

#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

struct member;

/* How dues are reckoned. */
struct dues_rule {
	int fixed;              /* 1: a fixed amount a month; 0: a rate of the wage base */
	int rate_permille;      /* 5 = 0.5% (1 … 100) */
	int64_t fixed_fen;      /* the amount a month, in fen */
};

/* The rule as the settings hold it. */
void dues_rule_get(struct dues_rule *r);
/* Save the rule (the three settings, checked, in one transaction). With r->fixed the
 * amount must be more than 0; the other way's figure is kept for switching back. */
err_code dues_rule_set(const struct dues_rule *r, struct err *e);
/* The amount due a month under rule r for a monthly wage base (fen). */
int64_t dues_rule_due(const struct dues_rule *r, int64_t wage_base);
#include "core/member.h"

#define DUES_BEHIND_FLAG 6   /* months unpaid in a row that flag a member */
#define DUES_WINDOW 24       /* months behind are counted at most this far back */

/* One member on a month's dues screen. */
struct dues_line {
	int64_t member_id;
	char no[64];
	char name[192];
	int64_t due;              /* fen, from the wage base and the settings */
	int paid;                 /* a dues row exists for this month */
	int64_t paid_amount;      /* fen, when paid */
	char paid_on[DATE_LEN];   /* when paid; "" if not */
	int months_behind;        /* see above; dues_month: ending the month before */
};

/* One member's payment for dues_record(). */
struct dues_pay {
	int64_t member_id;
	int64_t amount;           /* fen, 0 or more */
};

#define DUES_MONTH_MAX 1000000   /* fen: 10,000.00 yuan, more than any member pays a month */
#define DUES_ASK_TIMES 10        /* more than this many times the amount due is asked about */

/* Is amount (fen) believable as a month's dues from the member `name` who owes `due`?
 * The verdict for every front end: DUES_AMOUNT_REFUSED (negative, or more than
 * DUES_MONTH_MAX: dues_record refuses it too) with e's sentence; DUES_AMOUNT_ASK (more
 * than DUES_ASK_TIMES the amount due, or anything when nothing is due) with e holding
 * the question to put; DUES_AMOUNT_OK otherwise (zero included: an excused member). */
enum dues_verdict { DUES_AMOUNT_OK, DUES_AMOUNT_ASK, DUES_AMOUNT_REFUSED };
enum dues_verdict dues_amount_verdict(int64_t amount, int64_t due, const char *name,
				      struct err *e);

/* The amount due a month from this member under the current settings, in fen. */
int64_t dues_due(const struct member *m);

/* Everyone on the list for month ("YYYY-MM" or as people write it), with months_behind
 * counted up to the month BEFORE it. *lines is malloc'd (NULL when *n is 0); free it
 * with dues_lines_free(). */
err_code dues_month(const char *month, struct dues_line **lines, int *n, struct err *e);
void dues_lines_free(struct dues_line **lines);

/* Those on the list for month who are DUES_BEHIND_FLAG or more months behind, counting
 * up to and including month (months_behind says how many). */
err_code dues_behind(const char *month, struct dues_line **lines, int *n, struct err *e);
/* Those on the list for month without a dues row for it (months_behind as dues_month). */
err_code dues_unpaid(const char *month, struct dues_line **lines, int *n, struct err *e);

/* Record n payments of dues for month, paid on paid_on (NULL or "": the default below),
 * in one transaction (joining an open one) with one ledger entry for the total.
 * Refuses, before writing anything: a closed month (that of paid_on), an unknown
 * member, a negative amount, a member who already paid that month (naming the member
 * and the month; also when listed twice). */
err_code dues_record(const char *month, const char *paid_on, const struct dues_pay *pays,
		     int n, struct err *e);

/* Cancel a payment saved by mistake: member_id's dues row for month ("YYYY-MM" or as
 * people write it) is deleted (the audit_log keeps it) and, when its amount is more than
 * zero, a correcting ledger entry takes the amount back out of income: debit 401, credit
 * the account the payment went into (the original entry's debit; the cash_account
 * setting, 101 when unset, for a row without one), source "dues", described "Dues for
 * 2025-06 cancelled: 张三 (T001)", dated date (today when NULL or ""). One transaction
 * (joining an open one); the member shows unpaid for the month again.
 *
 * Why a new entry and not ledger_reverse(): the payment's entry usually covers every
 * member who paid in the same save ("Dues for 2025-06 (3 members)"), and a reversal is
 * one-to-one — it negates a whole entry and an entry can be reversed only once. The
 * correcting entry takes out just this member's amount and leaves the others' standing.
 *
 * Refuses, writing nothing: a member who has no payment for the month (ERR_NOTFOUND);
 * a payment whose paid_on lies in a closed month (ERR_CLOSED: the correction must then be
 * entered as a ledger entry); a correcting date in a closed month (ERR_CLOSED) or before
 * the day paid (ERR_INPUT). */
err_code dues_cancel(const char *month, int64_t member_id, const char *date, struct err *e);
/* (The payment is kept in dues_cancelled — month, member, amount, day paid and day
 * cancelled, and both entries — in the same transaction, for the export.) */

/* The day a payment for month is dated when none is given: the month's last day, or
 * today when that is earlier or when the month is closed (a late payment: its dues row
 * says the month it pays for, its ledger entry is dated in the open month). month must
 * be "YYYY-MM". A paid_on in a closed month is refused with a sentence saying so. */
void dues_default_paid_on(const char *month, char out[DATE_LEN]);

/* A month at a glance, for the first screen: how many are on its list (as dues_month),
 * how many of them have paid, how many of the rest owe something under the current
 * rule (the lines the Dues screen shows neither paid nor "nothing due": one with nothing
 * due is not waited for), and the sum of the month's dues rows (fen). Counts only: no
 * months behind are reckoned. */
err_code dues_month_tally(const char *month, int *listed, int *paid, int *owing,
			  int64_t *collected, struct err *e);

/* The year's dues rows and their sum (fen), months FROM to TO (YYYY-MM), from the month
 * totals the database keeps beside the rows (schema 011). */
err_code dues_total(const char *from, const char *to, int *rows, int64_t *amount,
		    struct err *e);
/* Those month totals against the rows themselves: ERR_DB with a sentence when they
 * differ anywhere (gonghui check). */
err_code dues_total_check(struct err *e);

/* The dues rows a ledger entry paid for (the Books screen opens them): the month and
 * how many members; ERR_NOTFOUND, with no sentence, when the entry paid for none (a
 * correction made by dues_cancel). */
err_code dues_of_entry(int64_t entry_id, char month[MONTH_LEN], int *members, struct err *e);

/* Months behind for one member, counted up to and including end ("YYYY-MM"). */
int dues_months_behind(int64_t member_id, const char *end);

#endif

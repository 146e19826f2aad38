/*
 * ledger.h — the union's books (收支账): the chart of accounts (table `account`, seeded
 * with the 《工会会计制度》 codes), entries that move an amount from a credit account to
 * a debit account, balances, month close (月结) and reversing entries (红字冲销).
 * Only core/ledger.c writes ledger_entry, account and closed_month; other modules post
 * their entries through ledger_post() inside their own transaction.
 *
 * Conventions: money in fen; income accounts (4xx) are credited, expense (5xx) and asset
 * (1xx) accounts debited; cash received for dues: debit 101 (or the `cash_account`
 * setting), credit 401. A reversal repeats the accounts with the amount negated and names
 * the entry it reverses (column `reverses`), dated in an open month.
 */
#ifndef GH_LEDGER_H
#define GH_LEDGER_H

#include <stddef.h>
#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

#define ACCOUNT_LEN 16
#define LEDGER_VOUCHER_MAX 30   /* bytes of a voucher number: letters and digits */

struct ledger_entry {
	int64_t id;
	char date[DATE_LEN];
	char voucher[32];
	char debit[ACCOUNT_LEN];
	char credit[ACCOUNT_LEN];
	int64_t amount;          /* fen; negative only for a reversal */
	char description[256];
	char source[16];         /* manual dues welfare donation event reversal */
	int64_t reverses;        /* id of the reversed entry, 0 if none */
};

/* Post one entry (joins the caller's transaction; runs in its own otherwise).
 * Refuses a closed month (ERR_CLOSED), an unknown account, equal accounts, a zero or
 * negative amount. *id (if not NULL) gets the new entry's id. source is one of the codes
 * above ("manual" when NULL). */
err_code ledger_post(const char *date, const char *voucher, const char *debit,
		     const char *credit, int64_t amount, const char *description,
		     const char *source, int64_t *id, struct err *e);

/* Reverse entry id with a red entry dated `date` (today when NULL) in an open month.
 * The original may lie in a closed month. Refuses a reversal of a reversal, an entry
 * already reversed, and a date before the original's. The reversal keeps the accounts
 * and voucher, negates the amount, and is described "Reversal of 2025-03-05: …" (the
 * date of the entry it reverses: a person never sees internal numbers). */
err_code ledger_reverse(int64_t id, const char *date, int64_t *new_id, struct err *e);

/* The translated name of the month of "YYYY-MM" (March, 3月), for sentences such as
 * "%1$s %2$d (%3$s) is closed". */
const char *ledger_month_name(const char *ym);
/* For an import that brings back a gift to many (one entry for several rows) row by
 * row, inside its transaction: entry id, posted for the rows before, now stands for
 * `amount` with `description`. Refuses a reversed entry or a reversal, a closed month,
 * an amount that is not positive. */
err_code ledger_regroup(int64_t id, int64_t amount, const char *description, struct err *e);

/* Is the month ("YYYY-MM") of this date or month closed? */
int ledger_is_closed(const char *date_or_month);
/* ERR_CLOSED with a sentence naming the month when the date's month is closed. */
err_code ledger_check_open(const char *date, struct err *e);
/* Close a month: every later change to a row dated in it is refused. Closing is
 * permanent; refuses a month already closed (ERR_DUPLICATE) and one after this month. */
err_code ledger_close_month(const char *month, struct err *e);
/* Could month be closed now? The refusals of ledger_close_month, writing nothing. */
err_code ledger_can_close(const char *month, struct err *e);

/* An account code from what a person typed: the code itself ("50205") or its name in
 * simplified or traditional Chinese (送温暖费 / 送溫暖費). */
err_code ledger_account(const char *input, char code[ACCOUNT_LEN], struct err *e);

/* Net movement of an account (debits minus credits, children included) over dates
 * from..to inclusive (either may be NULL for open-ended). Whole months come from the
 * month totals (table ledger_month, kept by triggers in the transaction that posts),
 * so the cost follows the number of months, not of entries. */
err_code ledger_balance(const char *account, const char *from, const char *to,
			int64_t *balance, struct err *e);
/* The balance of an account (children included) before date: every entry dated earlier. */
err_code ledger_balance_before(const char *account, const char *date, int64_t *balance,
			       struct err *e);
/* ERR_OK when the month totals equal a full recomputation from the entries, to the fen;
 * otherwise ERR_DB with a sentence saying in how many places they differ. */
err_code ledger_month_check(struct err *e);

/* ---- added by the ledger module ---- */

/* One row of the chart of accounts, for choice lists on screen. */
struct ledger_account_row {
	char code[ACCOUNT_LEN];
	char name[96];
	char type[12];           /* asset liability net income expense */
	char parent[ACCOUNT_LEN];  /* "" for a top-level account */
};

/* The chart of accounts ordered by code; writes up to max rows. */
err_code ledger_accounts(struct ledger_account_row *out, int max, int *got, struct err *e);
/* The account's name from the chart ("送温暖费"), or the code itself if unknown.
 * Returns buf. */
char *ledger_account_name(const char *code, char *buf, size_t n);
/* The name to show for an account whose stored name is `stored`: the seeded chart's
 * names (《工会会计制度》, stored in simplified Chinese) are shown through gettext, so a
 * zh_TW reader sees 會費收入; a name the union changed is shown as stored. */
const char *ledger_account_label(const char *code, const char *stored);

/* One entry by id; ERR_NOTFOUND with a sentence when there is none. */
err_code ledger_get(int64_t id, struct ledger_entry *out, struct err *e);

/* Entries dated from..to inclusive (either NULL or "" for open-ended), ordered by date
 * then id: how many there are, and one page of them (reversals included, with their
 * negative amounts). */
err_code ledger_count(const char *from, const char *to, int *count, struct err *e);
err_code ledger_page(const char *from, const char *to, int offset, int limit,
		     struct ledger_entry *out, int *got, struct err *e);

/* The 2% 拨缴经费 (union funds paid by the school, 2% of the payroll) as received into
 * the bank: the share the school union keeps (setting funds_kept_percent, 60 when unset)
 * rounded to the nearest fen, halves up, and the rest, owed to the union above, so that
 * kept + owed == total exactly (1000.00 → 600.00 + 400.00; 333.33 → 200.00 + 133.33). */
void ledger_funds_split(int64_t total, int kept_percent, int64_t *kept, int64_t *owed);
/* Post that allocation in one transaction: debit 102 / credit 402 for the kept share and
 * debit 102 / credit 221 for the share owed upward. A share of zero (0% or 100% kept)
 * is not posted and its id is 0. description NULL or "" gives a standard one per entry.
 * kept_id, owed_id may be NULL. */
err_code ledger_post_funds(const char *date, const char *voucher, int64_t total,
			   const char *description, int64_t *kept_id, int64_t *owed_id,
			   struct err *e);

/* ---- the Books screen ---- */

/* One entry of a month's book with the balance of cash (101 and the accounts under it)
 * and of the bank (102 …) just after it. */
struct ledger_line {
	struct ledger_entry entry;
	int64_t cash_after, bank_after;
};

/* A month's entries ("YYYY-MM"), by date then id, with running balances that start from
 * the balances at the end of the month before. */
err_code ledger_month_page(const char *month, int offset, int limit, struct ledger_line *out,
			   int *got, struct err *e);

/* The entry that reverses entry id (红字冲销), 0 when it has not been reversed. */
int64_t ledger_reversed_by(int64_t id);

/* What a month's book adds up to. income: credits to income accounts less debits to
 * them; expense: debits to expense accounts less credits to them (reversals net out). */
struct ledger_month {
	char month[MONTH_LEN];
	int closed;
	int entries;
	int no_voucher;             /* entries made by hand (source manual, or the reversal
				     * of one) without a voucher number; what dues, welfare,
				     * donations and events post is vouched for by its record */
	int64_t income, expense;
	int64_t cash_open, bank_open;   /* at the end of the month before */
	int64_t cash_close, bank_close; /* at the end of the month */
};
err_code ledger_month_sum(const char *month, struct ledger_month *out, struct err *e);

/* The voucher number to suggest for an entry dated `date` (NULL: today): the highest
 * number used in that year plus one, keeping its prefix and width (记-009 → 记-010,
 * 2025-031 → 2025-032); "1" when the year has none. */
void ledger_next_voucher(const char *date, char out[32]);

/* Accounts matching what was typed in the account picker: part of the code, part of the
 * name (as shown, or as stored), or the pinyin initials of the name ("wthd" finds
 * 文体活动支出); every account for "". Ordered by code. label: the name as shown
 * (ledger_account_label). */
struct ledger_account_hit {
	struct ledger_account_row a;
	char label[96];
};
err_code ledger_account_search(const char *query, struct ledger_account_hit *out, int max,
			       int *got, struct err *e);

/* Would an entry dated `date` that takes amount out of `credit` leave that account below
 * zero? Only asset accounts (cash 101, bank 102 …) are checked; the balance counts every
 * entry dated up to and including date. Returns 1 and *after = the balance it would leave
 * (negative), else 0. */
int ledger_would_overdraw(const char *date, const char *credit, int64_t amount,
			  int64_t *after);

/* "2025-03-05 春节慰问 300.00": the entry as a person names it in a question or a
 * message (date, description, amount; never the internal number). Returns buf. */
char *ledger_entry_label(const struct ledger_entry *le, char *buf, size_t n);

/* The chart of accounts with figures for a month: month and year (January to the end of
 * that month) are what moved through the account, shown the way it reads — income,
 * liabilities and net assets by their credits, assets and expense by their debits;
 * balance is the account's balance at the month's end read the same way (for income and
 * expense: the year so far). */
struct ledger_chart_row {
	struct ledger_account_row a;
	char label[96];
	int64_t month, year, balance;
};
err_code ledger_chart(const char *month, struct ledger_chart_row *out, int max, int *got,
		      struct err *e);

/* CSV kind "ledger": date,voucher,debit,credit,amount,description,source. Accounts as
 * code or Chinese name. source (empty or absent: manual) says who writes the entry:
 *   manual    posted by this import; the amount must be positive (a negative one is
 *             refused with a sentence);
 *   reversal  a negative amount that reverses the latest manual entry with the same
 *             accounts, voucher and amount, dated on or before it, not yet reversed
 *             (refused when there is none);
 *   dues, welfare, donation, event
 *             left out (io_skip): the dues, welfare and donations imports post these
 *             with their records, so a round trip of every kind posts nothing twice.
 * Export writes every entry by date, voucher, source, description and amount (the same
 * order whatever order the kinds were imported in), codes not names, reversals with
 * their negative amount and, for a reversal of a dues, welfare or donation entry, that
 * entry's source. */

#endif

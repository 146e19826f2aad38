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

#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

#define ACCOUNT_LEN 16

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

/* Reverse entry id with a red entry dated `date` (today when NULL) in an open month. */
err_code ledger_reverse(int64_t id, const char *date, int64_t *new_id, struct err *e);

/* Is the month ("YYYY-MM") of this date or month closed? */
int ledger_is_closed(const char *date_or_month);
/* ERR_CLOSED with a sentence naming the month when the date's month is closed. */
err_code ledger_check_open(const char *date, struct err *e);
/* Close a month: every later change to a row dated in it is refused. */
err_code ledger_close_month(const char *month, struct err *e);

/* An account code from what a person typed: the code itself ("50205") or its name in
 * simplified or traditional Chinese (送温暖费 / 送溫暖費). */
err_code ledger_account(const char *input, char code[ACCOUNT_LEN], struct err *e);

/* Net movement of an account (debits minus credits, children included) over dates
 * from..to inclusive (either may be NULL for open-ended). */
err_code ledger_balance(const char *account, const char *from, const char *to,
			int64_t *balance, struct err *e);

#endif

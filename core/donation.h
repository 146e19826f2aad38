/*
 * donation.h — donation drives (爱心捐款): a drive has a unique name, a date and a cause;
 * a gift comes from a member or from an outside donor named in words. The money is held
 * for others, so each gift is posted to the books as cash received into 代管经费:
 * debit 101, credit 231 (ledger source "donation"), in the same transaction as the gift.
 * The money is handed over to the person it was collected for with handover_add(): an
 * entry out of 231 (debit 231, credit 101, source "donation") with the date and to
 * whom, so what is still held shows in the books (the balance of 231) and per drive.
 * A gift may come in as cash or by bank transfer, and be handed over either way: the
 * entry's cash side is then 101 (库存现金) or 102 (银行存款); `account` says which ("" is
 * cash), and a gift read back has the account of its entry.
 * A gift or a handover saved wrong is taken back by donation_reverse() or
 * handover_reverse() (红字冲销): the red entry of its ledger entry, dated the day of the
 * correction, and a row in donation_reversal / handover_reversal, in one transaction.
 * It stays listed (reversed_on says when it was taken back) and no longer counts: not
 * in the drive's gifts, total, handed or held, not in drive_held_in after the day of
 * the reversal, not in the report's year.
 * Only core/donation.c writes the drive, donation, handover and reversal tables.
 */
#ifndef GH_DONATION_H
#define GH_DONATION_H

#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

struct drive {
	int64_t id;                 /* 0 until saved */
	char name[192];             /* unique: 2025年6月为王老师爱心捐款 */
	char date[DATE_LEN];
	char cause[512];
	int gifts;                  /* filled by drive_get/find/page: how many gifts */
	int64_t total;              /* … and their sum in fen */
	int64_t handed;             /* … what was handed over, fen */
	int64_t held;               /* … and what is still held: total - handed */
};

struct handover {
	int64_t id;                 /* 0 until saved */
	int64_t drive_id;
	char date[DATE_LEN];
	char recipient[192];        /* to whom: 王老师 (or his family) */
	int64_t amount;             /* fen, > 0, at most what the drive still holds */
	char note[512];
	char account[8];            /* "101" cash ("" too), "102" bank */
	int64_t entry_id;           /* the ledger entry, set by handover_add */
	char reversed_on[DATE_LEN]; /* filled by handover_page: the day it was reversed, "" */
};

struct donation {
	int64_t id;                 /* 0 until saved */
	int64_t drive_id;
	char date[DATE_LEN];
	int64_t member_id;          /* 0: an outside donor, named in donor */
	char donor[192];            /* the outside donor's name ("" for a member) */
	int64_t amount;             /* fen, > 0 */
	char note[512];
	char account[8];            /* "101" cash ("" too), "102" bank */
	int64_t entry_id;           /* the ledger entry, set by donation_add */
	char member_no[64];         /* filled by donation_page: the member's number and */
	char name[192];             /* the giver's name (member's or donor's) */
	char reversed_on[DATE_LEN]; /* … and the day it was reversed, "" if it stands */
};

/* The account a gift or handover goes through: "", 101, cash, 现金 → "101"; 102, bank,
 * 银行, 银行存款 → "102" (out: 8 bytes); anything else ERR_INPUT with a sentence. */
err_code donation_account(const char *in, char *out, struct err *e);
/* "in the bank (102)" or "in cash (101)", translated, for the sentences about where a
 * drive's money is. */
const char *donation_account_where(const char *account);

/* Insert a drive (sets d->id); refuses an empty or used name, a bad date. */
err_code drive_add(struct drive *d, struct err *e);
err_code drive_get(int64_t id, struct drive *d, struct err *e);
/* By name (NFKC-normalised, trimmed); ERR_NOTFOUND with a sentence naming it. */
err_code drive_find(const char *name, struct drive *d, struct err *e);
/* Drives, newest first, with their gifts and totals. */
err_code drive_count(int *count, struct err *e);
err_code drive_page(int offset, int limit, struct drive *out, int *got, struct err *e);
/* The same for the drives dated in one year (the Donations section's list). */
err_code drive_count_year(int year, int *count, struct err *e);
err_code drive_page_year(int year, int offset, int limit, struct drive *out, int *got,
			 struct err *e);

/* Record a gift (sets d->id and d->entry_id) and post it (101 ← 231) in one
 * transaction. Refuses a closed month, an amount that is not positive, an unknown
 * member, an outside donor without a name. */
err_code donation_add(struct donation *d, struct err *e);
/* The same gift (d's drive, date, amount and note) from each of n members, in ONE
 * transaction: all are recorded, each with its own entry (101 ← 231), or none is.
 * Refuses n == 0 and what donation_add refuses (naming the member it refused). */
err_code donation_add_many(const struct donation *d, const int64_t *members, int n,
			   struct err *e);

/* Gifts to one drive (drive_id 0: every drive) by date, then id. */
err_code donation_count(int64_t drive_id, int *count, struct err *e);
err_code donation_page(int64_t drive_id, int offset, int limit, struct donation *out,
		       int *got, struct err *e);

/* Hand money of a drive over (sets h->id and h->entry_id) and post it (231 → 101) in
 * one transaction. Refuses a closed month, a bad date, a date before the drive's, no
 * recipient, an amount that is not positive or more than the drive still holds. */
err_code handover_add(struct handover *h, struct err *e);
/* What the drive holds in `account` ("101", "102") that can be handed over on `date`
 * ("" = now): the least of its balance there at the end of that day and of every later
 * day, so a handover never makes the account hold less than nothing on any day. */
err_code drive_held_in(int64_t drive_id, const char *account, const char *date,
		       int64_t *held, struct err *e);
/* Handovers of one drive (drive_id 0: every drive) by date, then id. */
err_code handover_count(int64_t drive_id, int *count, struct err *e);
err_code handover_page(int64_t drive_id, int offset, int limit, struct handover *out,
		       int *got, struct err *e);

/* Reverse gift id, the reversal dated `date` (today when NULL or ""): the red entry of
 * its entry (231 ← 101/102 taken back) and its donation_reversal row, in one
 * transaction. Refuses a gift reversed already, a closed month (the gift's or the
 * reversal's), a date before the gift's, and a gift whose money is no longer all held
 * in its account on that day and every later one (it was handed over). */
err_code donation_reverse(int64_t id, const char *date, struct err *e);
/* The same for handover id: the money comes back to the drive's account and is held
 * again. */
err_code handover_reverse(int64_t id, const char *date, struct err *e);
/* Would donation_reverse / handover_reverse refuse? Their sentences, writing nothing
 * (the screen asks only when it would be done). */
err_code donation_can_reverse(int64_t id, const char *date, struct err *e);
err_code handover_can_reverse(int64_t id, const char *date, struct err *e);
err_code donation_get(int64_t id, struct donation *d, struct err *e);
err_code handover_get(int64_t id, struct handover *h, struct err *e);

/* The gift whose ledger entry is entry_id, and its drive (the Books screen opens it);
 * ERR_NOTFOUND, with no sentence, when there is none. */
err_code donation_of_entry(int64_t entry_id, int64_t *drive_id, int64_t *donation_id,
			   struct err *e);

#endif

/*
 * report.h — the year-end tallies the union chair hands to the staff congress
 * (doc/design.md "The records"): members, dues, the ledger, welfare, visits, events,
 * donations and proposals of one calendar year, computed by aggregate SQL queries over
 * indexed columns, and printed as an aligned text report with ready sentences for the
 * annual report, or as CSV.
 *
 * The report only reads; it reads every module's tables directly.
 *
 * Rules (what each number means), for year Y, "year end" being Y-12-31:
 *   members   active: joined by year end (or no join date) and status active, or a
 *             status that changed only after year end; female: active and gender f;
 *             retired: status retired since on or before year end; joined: join date
 *             in Y; left: status left or deceased with its status date in Y.
 *   dues      expected: member-months of Y in which a member was active (from the later
 *             of the month of joining — January without a join date — and the books'
 *             first month, setting books_start; up to the month before a change away
 *             from active), each at the member's monthly due from the
 *             settings: dues_fixed in "fixed" mode, otherwise the dues_rate of the
 *             wage base with the part under 10 yuan dropped (as core/dues.c reckons
 *             it); the whole of Y, also while Y is still running. collected: dues rows
 *             whose month is in Y (count and sum), whenever they were paid.
 *   ledger    opening / closing: balance of cash and bank (101, 102 and their
 *             sub-accounts) over all entries before Y-01-01 / up to Y-12-31. Income per
 *             income account: credits minus debits in Y; expense per expense account:
 *             debits minus credits in Y. Reversals carry negative amounts, so they net
 *             out; an account whose movements net to zero has no line. Then the money
 *             that moved cash without being the union's income or expense: received
 *             for others (credits to 231 代管经费 and its sub-accounts in Y: the
 *             donation drives) and paid out for them (debits to 231), owed to the union
 *             above (credits to 221 应付上级经费) and paid to it (debits to 221), and
 *             any other account that is not cash, income or expense (credits minus
 *             debits). Every entry moves one account's debit and another's credit by
 *             the same amount, so opening + income - expense + received - paid out +
 *             owed - paid upward + other = closing, to the fen. At year end: held (the
 *             balance of 231), owed (of 221), and the union's own funds, closing minus
 *             both.
 *   welfare   per kind: grants dated in Y (人次) and cash + goods value, leaving out
 *             reversal rows and the rows they reverse.
 *   visits    per reason: visits dated in Y (人次) and distinct members; the total's
 *             people are distinct over all reasons. must_open: must-visit items opened
 *             on or before year end and not closed by then.
 *   events    per kind: events starting in Y, and their sign-ups with status signed or
 *             attended (人次); family members of those sign-ups are counted apart.
 *   donations per drive: gifts dated in Y (count and sum), drives in order of date.
 *   proposals received: dated in Y; answered: of those, with an answer text or a status
 *             other than received; adopted: of those, with status adopted; the answer
 *             rate answered / received in whole percent, halves up (proposal_tally()).
 *   caps      the year's union-paid welfare per kind against the union's caps, per
 *             member (cap_figures(), core/cap.h); only when the union keeps caps.
 */
#ifndef GH_REPORT_H
#define GH_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "core/cap.h"
#include "core/error.h"

/* One line of a list: a category (welfare kind, visit reason, event kind), an account
 * or a donation drive. Only lines with something in the year are kept. */
struct report_item {
	char key[192];     /* category code, account code or drive name */
	char name[192];    /* the account's name for ledger lines, "" otherwise */
	int count;         /* grants, visits (人次), events, gifts */
	int people;        /* visits: distinct members; events: participants (人次) */
	int64_t amount;    /* fen: welfare, ledger lines, donations */
};

struct report_list {
	struct report_item *item;   /* in display order: category order, code, drive date */
	int n;
	/* totals over the whole year (visits: people distinct over all reasons) */
	int count;
	int people;
	int64_t amount;
};

struct report {
	int year;
	char union_name[192];   /* setting union_name, "" when not set */
	struct {
		int active, female, retired, joined, left;
	} members;
	struct {
		int expected_months;    /* member-months owed */
		int64_t expected;       /* fen */
		int paid_months;        /* dues rows */
		int64_t collected;      /* fen */
	} dues;
	struct {
		int64_t opening, closing;          /* cash and bank, fen */
		struct report_list income, expense;
		/* The other movements of the year that make opening + income - expense
		 * + held_in - held_out + owed_in - owed_out + other = closing, exactly: */
		int64_t held_in, held_out;         /* 231 代管经费: credited, debited */
		int64_t owed_in, owed_out;         /* 221 应付上级经费: credited, debited */
		int64_t other;                     /* every other account that is not cash,
						    * income or expense: credits - debits */
		/* At year end: what of the closing cash is not the union's own. */
		int64_t held, owed;                /* balances of 231 and 221 (credit side) */
		int64_t own;                       /* closing - held - owed */
	} ledger;
	struct report_list welfare;     /* by kind */
	struct {
		int64_t cash, goods;            /* fen: cash given, value of goods given */
		int64_t union_paid, school_paid;   /* fen: cash + goods by who paid */
	} welfare_money;
	struct report_list visits;      /* by reason */
	int must_open;
	struct report_list events;      /* by kind: count events, people participants */
	int family;                     /* family members coming along to those events */
	struct report_list donations;   /* by drive */
	struct {
		int received, answered, adopted;
		int rate;                   /* answer rate, percent */
	} proposals;
	int caps_n;                     /* kinds with a cap, 0 when the union keeps none */
	struct cap_figure caps[16];
};

/* Compute the tallies of `year` from the open database into r (which the caller
 * releases with report_free). On failure r is left empty and e says why. */
err_code report_compute(int year, struct report *r, struct err *e);
/* Only the union's name and the cash section (r->ledger: opening, income and expense by
 * account, the other movements, closing) over the whole months m_from..m_to ("YYYY-MM",
 * m_from <= m_to), reckoned as report_compute reckons a year: a quarter's notice. Free
 * with report_free. */
err_code report_money(const char *m_from, const char *m_to, struct report *r, struct err *e);
void report_free(struct report *r);
/* Add the figures of src into dst (a county's totals over its schools): every count and
 * amount adds up; list lines with the same key (kind, reason, account code, drive name)
 * add up, in the lists' display order; the answer rate is that of the sums, and the caps
 * are left out (each school keeps its own). A field added to struct report is added here too,
 * or the county's totals stop matching its schools' (tests/cli/county.sh checks). */
err_code report_add(struct report *dst, const struct report *src, struct err *e);

/* The report for a terminal or a printer: sections with columns aligned by display
 * width within `width` columns (80 when 0 or less; at least 60), then the same facts as
 * ready sentences for the annual report, one format string each, amounts as
 * money_short ("2400"). A sentence whose facts are all zero is left out (the visits
 * sentence when there was no visit); a year with nothing at all says so in one line.
 * Names from the database are cleaned of control characters. Plain text, no escapes. */
void report_print_text(FILE *out, const struct report *r, int width);

/* The same facts as CSV, a contract for scripts:
 *     section,item,count,amount
 *     members,active|female|retired|joined|left,N,
 *     dues,expected|collected,N,AMOUNT
 *     ledger,opening|closing,,AMOUNT
 *     ledger,income:CODE|expense:CODE,,AMOUNT       (after them:)
 *     ledger,received_for_others|paid_for_others|owed_upward|paid_upward|other,,AMOUNT
 *     ledger,held_for_others|owed_to_union_above|own_funds,,AMOUNT   (at year end)
 *     welfare,KIND|total,N,AMOUNT
 *     welfare,cash|goods|union_paid|school_paid,,AMOUNT
 *     visits,REASON|total|people|must_open,N,
 *     events,KIND|total,N,
 *     participants,KIND|total|family,N,
 *     donations,DRIVE|total,N,AMOUNT
 *     proposals,received|answered|adopted|answer_rate,N,
 *     caps,KIND,PEOPLE,TOTAL         (only when the union keeps caps: per kind with one)
 *     caps,KIND:cap,,CAP             (empty amount: goods only, no limit on the amount)
 *     caps,KIND:over,MEMBERS,OVER_BY (members past the cap and by how much in all)
 *     caps,KIND:cash,ROWS,           (union-paid rows in cash of a goods-only kind)
 * Amounts are yuan with two decimals. A kind, account or drive with nothing in the year
 * has no line; every other line (members, dues, the ledger's lines other than the
 * accounts, totals, people,
 * must_open, family, proposals) is always there, with 0 and 0.00 in an empty year. */
void report_print_csv(FILE *out, const struct report *r);

#endif

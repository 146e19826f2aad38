/* donation.c — donation drives and gifts, each gift posted 101 ← 231 in its own
 * transaction; CSV kind `donations`. */
#include "core/donation.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* SQL: gift g, handover h stands (was not reversed). */
#define GIFT_STANDS(g) \
	"NOT EXISTS (SELECT 1 FROM donation_reversal r_ WHERE r_.donation_id = " g ".id)"
#define HANDOVER_STANDS(h) \
	"NOT EXISTS (SELECT 1 FROM handover_reversal r_ WHERE r_.handover_id = " h ".id)"

/* A drive with its number of gifts and their total, reversed ones left out. */
#define DRIVE_COLS "d.id, d.name, d.date, d.cause, " \
		   "(SELECT count(*) FROM donation g WHERE g.drive_id = d.id AND " \
		   GIFT_STANDS("g") "), " \
		   "(SELECT coalesce(sum(amount), 0) FROM donation g WHERE g.drive_id = d.id " \
		   "AND " GIFT_STANDS("g") "), " \
		   "(SELECT coalesce(sum(amount), 0) FROM handover h WHERE h.drive_id = d.id " \
		   "AND " HANDOVER_STANDS("h") ")"
#define DONATION_COLS "g.id, g.drive_id, g.date, coalesce(g.member_id, 0), g.donor, " \
		      "g.amount, g.note, coalesce(g.entry_id, 0), coalesce(m.no, ''), " \
		      "coalesce(m.name, g.donor), " \
		      "coalesce((SELECT debit FROM ledger_entry l WHERE l.id = g.entry_id), '101'), " \
		      "coalesce((SELECT date FROM donation_reversal r WHERE r.donation_id = g.id), '')"

err_code donation_account(const char *in, char *out, struct err *e)
{
	static const struct { const char *word, *code; } words[] = {
		{ "101", "101" }, { "cash", "101" }, { "现金", "101" },
		{ "库存现金", "101" }, { "現金", "101" }, { "庫存現金", "101" },
		{ "102", "102" }, { "bank", "102" }, { "银行", "102" }, { "银行存款", "102" },
		{ "銀行", "102" }, { "銀行存款", "102" },
	};
	if (!in || !*in) {
		/* Not said: where the union's cash goes (the cash_account setting) when that
		 * is the bank, else cash. */
		char cash[16] = "";
		setting_get("cash_account", cash, sizeof cash);
		snprintf(out, 8, "%s", strcmp(cash, "102") == 0 ? "102" : "101");
		return ERR_OK;
	}
	char *key = text_nfkc(in);
	for (size_t i = 0; key && i < sizeof words / sizeof words[0]; i++)
		if (strcasecmp(key, words[i].word) == 0) {
			snprintf(out, 8, "%s", words[i].code);
			free(key);
			return ERR_OK;
		}
	free(key);
	return err_at(e, "account", err_set(e, ERR_INPUT, _("\"%s\" is neither cash (101) nor "
							     "the bank (102)."), in ? in : ""));
}

const char *donation_account_where(const char *account)
{
	return account && strcmp(account, "102") == 0 ? _("in the bank (102)")
						       : _("in cash (101)");
}

/* ---- drives ---- */

err_code drive_add(struct drive *d, struct err *e)
{
	char *name = text_nfkc(d->name);
	/* L10N: a field's name in "…: too long" */
	err_code c = text_copy(d->name, sizeof d->name, name, _("the drive's name"), e);
	free(name);
	if (c != ERR_OK)
		return c;
	if (!d->name[0])
		return err_at(e, "name", err_set(e, ERR_INPUT, _("The name of the donation drive "
								  "is empty.")));
	if (!text_showable(d->name, 0) || !text_showable(d->cause, 1))
		return err_set(e, ERR_INPUT, _("The name of the donation drive contains "
					       "characters that cannot be shown."));
	if (!date_is_iso(d->date))
		return err_at(e, "date", err_set(e, ERR_INPUT, _("The date of the donation drive "
								  "\"%s\" is not a date."),
						  d->date));
	int64_t other;
	if (db_int(NULL, &other, "SELECT id FROM drive WHERE name = ?", "t", d->name) == ERR_OK)
		return err_at(e, "name", err_set(e, ERR_DUPLICATE, _("There is already a donation "
								      "drive named %s."), d->name));
	c = db_begin(e);
	if (c != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO drive(name, date, cause) VALUES (?, ?, ?)", "ttt", d->name,
		    d->date, d->cause);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	d->id = db_last_id();
	d->gifts = 0;
	d->total = d->handed = d->held = 0;
	return db_commit(e);
}

static void drive_row(db_stmt *st, void *elem)
{
	struct drive *d = elem;
	memset(d, 0, sizeof *d);
	d->id = db_col_int(st, 0);
	snprintf(d->name, sizeof d->name, "%s", db_col_text(st, 1));
	snprintf(d->date, sizeof d->date, "%s", db_col_text(st, 2));
	snprintf(d->cause, sizeof d->cause, "%s", db_col_text(st, 3));
	d->gifts = (int)db_col_int(st, 4);
	d->total = db_col_int(st, 5);
	d->handed = db_col_int(st, 6);
	d->held = d->total - d->handed;
}

err_code drive_get(int64_t id, struct drive *d, struct err *e)
{
	err_code c = db_one(e, d, drive_row, "SELECT " DRIVE_COLS " FROM drive d WHERE d.id = ?",
			    "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That donation drive no longer exists."));
	return c;
}

err_code drive_find(const char *name, struct drive *d, struct err *e)
{
	char *key = text_nfkc(name ? name : "");
	err_code c = db_one(e, d, drive_row, "SELECT " DRIVE_COLS " FROM drive d "
			    "WHERE d.name = ?", "t", key ? key : "");
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("There is no donation drive named \"%s\"."), name ? name : "");
	free(key);
	return c;
}

err_code drive_count(int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM drive", NULL, NULL, count, e);
}

err_code drive_page(int offset, int limit, struct drive *out, int *got, struct err *e)
{
	return db_page("SELECT " DRIVE_COLS " FROM drive d ORDER BY d.date DESC, d.id DESC "
		       "LIMIT :limit OFFSET :offset", NULL, NULL, offset, limit, out,
		       sizeof *out, drive_row, got, e);
}

static err_code drive_bind_year(db_stmt *st, const void *arg, struct err *e)
{
	char from[16], to[16];
	int y = *(const int *)arg;
	snprintf(from, sizeof from, "%04d-01-01", y);
	snprintf(to, sizeof to, "%04d-12-31", y);
	return db_bind(st, e, "tt", from, to);
}

err_code drive_count_year(int year, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM drive WHERE date BETWEEN ?1 AND ?2",
			drive_bind_year, &year, count, e);
}

err_code drive_page_year(int year, int offset, int limit, struct drive *out, int *got,
			 struct err *e)
{
	return db_page("SELECT " DRIVE_COLS " FROM drive d WHERE d.date BETWEEN ?1 AND ?2 "
		       "ORDER BY d.date DESC, d.id DESC LIMIT :limit OFFSET :offset",
		       drive_bind_year, &year, offset, limit, out, sizeof *out, drive_row, got,
		       e);
}

/* ---- gifts ---- */

err_code donation_add(struct donation *d, struct err *e)
{
	struct drive dr;
	struct member m;
	err_code c;
	if ((c = drive_get(d->drive_id, &dr, e)) != ERR_OK)
		return c;
	if (!date_is_iso(d->date))
		return err_at(e, "date", err_set(e, ERR_INPUT, _("The date of the gift \"%s\" is "
								  "not a date."), d->date));
	if (d->amount <= 0 || d->amount > MONEY_MAX)
		return err_at(e, "amount", err_set(e, ERR_INPUT, _("The amount given must be more "
								    "than zero.")));
	const char *who;
	if (d->member_id) {
		if (d->donor[0])
			return err_at(e, "donor", err_set(e, ERR_INPUT, _("A gift is from a member "
									   "or from someone outside "
									   "the union, not both.")));
		if ((c = member_get(d->member_id, &m, e)) != ERR_OK)
			return c;
		who = m.name;
	} else {
		char *name = text_nfkc(d->donor);
		/* L10N: a field's name in "…: too long" */
		c = text_copy(d->donor, sizeof d->donor, name, _("the donor"), e);
		free(name);
		if (c != ERR_OK)
			return c;
		if (!d->donor[0])
			return err_at(e, "donor", err_set(e, ERR_INPUT, _("A gift from outside "
									   "the union needs the "
									   "donor's name.")));
		if (text_has_control(d->donor))
			return err_set(e, ERR_INPUT, _("The donor's name contains control "
						       "characters."));
		who = d->donor;
	}
	if (!text_showable(d->note, 1))
		return err_set(e, ERR_INPUT, _("The note contains control characters."));
	if ((c = donation_account(d->account, d->account, e)) != ERR_OK)
		return c;
	if ((c = ledger_check_open(d->date, e)) != ERR_OK)
		return c;

	char desc[512], fit[256];
	/* L10N: the ledger entry of a gift; %1$s the drive's name, %2$s the giver's name. */
	snprintf(desc, sizeof desc, _("Donation to %1$s: %2$s"), dr.name, who);
	text_trunc(desc, 120, fit, sizeof fit);

	if ((c = db_begin(e)) != ERR_OK)
		return c;
	int64_t entry = 0;
	c = ledger_post(d->date, "", d->account, "231", d->amount, fit, "donation", &entry, e);
	if (c == ERR_OK)
		c = db_exec(e, "INSERT INTO donation(drive_id, date, member_id, donor, amount, "
			    "note, entry_id) VALUES (?1, ?2, nullif(?3, 0), ?4, ?5, ?6, ?7)",
			    "itititi", d->drive_id, d->date, d->member_id, d->donor, d->amount,
			    d->note, entry);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	d->id = db_last_id();
	d->entry_id = entry;
	return db_commit(e);
}

err_code donation_add_many(const struct donation *d, const int64_t *members, int n,
			   struct err *e)
{
	if (n <= 0)
		return err_set(e, ERR_INPUT, _("Nobody was chosen to give."));
	if (d->amount > 0 && n > MONEY_MAX / d->amount)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	for (int i = 0; i < n; i++)
		for (int j = 0; j < i; j++)
			if (members[j] == members[i]) {
				struct member m;
				if (member_get(members[i], &m, NULL) != ERR_OK)
					m.no[0] = m.name[0] = '\0';
				/* L10N: %1$s membership number, %2$s name. */
				return err_set(e, ERR_DUPLICATE, _("%1$s %2$s is on the list twice."),
					       m.no, m.name);
			}
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < n && c == ERR_OK; i++) {
		struct donation one = *d;
		one.id = one.entry_id = 0;
		one.member_id = members[i];
		one.donor[0] = '\0';
		if ((c = donation_add(&one, e)) != ERR_OK && members[i]) {
			struct member m;
			struct err quiet = { 0 };
			char why[sizeof e->msg];
			snprintf(why, sizeof why, "%s", e ? e->msg : "");
			if (e && member_get(members[i], &m, &quiet) == ERR_OK)
				/* L10N: what a gift from many refused; %1$s the member's number,
				 * %2$s the name, %3$s why. */
				err_set(e, c, _("%1$s %2$s: %3$s"), m.no, m.name, why);
		}
	}
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

static void donation_row(db_stmt *st, void *elem)
{
	struct donation *d = elem;
	memset(d, 0, sizeof *d);
	d->id = db_col_int(st, 0);
	d->drive_id = db_col_int(st, 1);
	snprintf(d->date, sizeof d->date, "%s", db_col_text(st, 2));
	d->member_id = db_col_int(st, 3);
	snprintf(d->donor, sizeof d->donor, "%s", db_col_text(st, 4));
	d->amount = db_col_int(st, 5);
	snprintf(d->note, sizeof d->note, "%s", db_col_text(st, 6));
	d->entry_id = db_col_int(st, 7);
	snprintf(d->member_no, sizeof d->member_no, "%s", db_col_text(st, 8));
	snprintf(d->name, sizeof d->name, "%s", db_col_text(st, 9));
	snprintf(d->account, sizeof d->account, "%s", db_col_text(st, 10));
	snprintf(d->reversed_on, sizeof d->reversed_on, "%s", db_col_text(st, 11));
}

err_code donation_get(int64_t id, struct donation *d, struct err *e)
{
	err_code c = db_one(e, d, donation_row, "SELECT " DONATION_COLS " FROM donation g "
			    "LEFT JOIN member m ON m.id = g.member_id WHERE g.id = ?", "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That gift no longer exists."));
	return c;
}

err_code donation_count(int64_t drive_id, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM donation WHERE ?1 = 0 OR drive_id = ?1", db_bind_id,
			&drive_id, count, e);
}

err_code donation_page(int64_t drive_id, int offset, int limit, struct donation *out,
		       int *got, struct err *e)
{
	return db_page("SELECT " DONATION_COLS " FROM donation g "
		       "LEFT JOIN member m ON m.id = g.member_id "
		       "WHERE ?1 = 0 OR g.drive_id = ?1 ORDER BY g.date, g.id "
		       "LIMIT :limit OFFSET :offset", db_bind_id, &drive_id, offset, limit, out,
		       sizeof *out, donation_row, got, e);
}

/* ---- handing the money over ---- */

err_code drive_held_in(int64_t drive_id, const char *account, const char *date,
		       int64_t *held, struct err *e)
{
	*held = 0;
	/* The drive's gifts into the account and handovers out of it, by day (a day's
	 * gifts before its handovers), each reversed one taken back on the day of its
	 * reversal, as the books have it; the balance after `date`'s day and after every
	 * later day, of which the least is what can still go. */
	db_stmt *st = db_prepare(e,
		"SELECT date, sum(amount) FROM ("
		"  SELECT g.date AS date, g.amount AS amount FROM donation g"
		"    LEFT JOIN ledger_entry l ON l.id = g.entry_id"
		"   WHERE g.drive_id = ?1 AND coalesce(l.debit, '101') = ?2"
		"  UNION ALL"
		"  SELECT r.date, -g.amount FROM donation_reversal r"
		"    JOIN donation g ON g.id = r.donation_id"
		"    LEFT JOIN ledger_entry l ON l.id = g.entry_id"
		"   WHERE g.drive_id = ?1 AND coalesce(l.debit, '101') = ?2"
		"  UNION ALL"
		"  SELECT h.date, -h.amount FROM handover h"
		"    LEFT JOIN ledger_entry l ON l.id = h.entry_id"
		"   WHERE h.drive_id = ?1 AND coalesce(l.credit, '101') = ?2"
		"  UNION ALL"
		"  SELECT r.date, h.amount FROM handover_reversal r"
		"    JOIN handover h ON h.id = r.handover_id"
		"    LEFT JOIN ledger_entry l ON l.id = h.entry_id"
		"   WHERE h.drive_id = ?1 AND coalesce(l.credit, '101') = ?2)"
		" GROUP BY date ORDER BY date");
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "it", drive_id, account);
	int later = date && *date;   /* else: what it holds after its last day */
	int64_t bal = 0, least = 0;
	int seen = 0, r = DB_DONE;
	while (c == ERR_OK && (r = db_step(st, e)) == DB_ROW) {
		const char *day = db_col_text(st, 0);
		if (later && !seen && strcmp(day, date) > 0) {
			least = bal;   /* the end of `date` itself, a day with nothing on it */
			seen = 1;
		}
		bal += db_col_int(st, 1);
		if (!later || strcmp(day, date) < 0)
			continue;   /* before the day: only the balance counts */
		if (!seen++ || bal < least)
			least = bal;
	}
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	if (c != ERR_OK)
		return c;
	*held = seen ? least : bal;   /* no day from `date` on: the balance then */
	return ERR_OK;
}

/* What the drive holds in h's account from h's date on cannot pay h out: the sentence
 * naming it, on the amount. */
static err_code handover_no_room(const struct handover *h, const struct drive *dr,
				 int64_t room, struct err *e)
{
	char a[32], b[32];
	const char *where = donation_account_where(h->account);
	if (room < 0)
		room = 0;
	/* L10N: %1$s the drive, %2$s what it holds, %3$s "in cash (101)" or "in the
	 * bank (102)", %4$s the handover's date, %5$s the amount typed. */
	err_set(e, ERR_INPUT, _("From %4$s on, %1$s holds %2$s %3$s: %5$s cannot be "
				"handed over from there."), dr->name,
		money_format(room, b, sizeof b), where, h->date,
		money_format(h->amount, a, sizeof a));
	return err_at(e, "amount", ERR_INPUT);
}

/* handover_add; with check_room 0 (an import bringing back a handover with its
 * reversal) what the drive holds is checked by the caller, after the reversal. */
static err_code handover_add_(struct handover *h, int check_room, struct err *e)
{
	struct drive dr;
	err_code c;
	if ((c = drive_get(h->drive_id, &dr, e)) != ERR_OK)
		return c;
	if (!date_is_iso(h->date))
		return err_set(e, ERR_INPUT, _("The date of the handover \"%s\" is not a date."),
			       h->date);
	if (strcmp(h->date, dr.date) < 0)
		/* L10N: %1$s the handover's date, %2$s the drive's date. */
		return err_at(e, "date", err_set(e, ERR_INPUT, _("The money cannot be handed "
								  "over on %1$s, before the drive "
								  "began (%2$s)."), h->date,
						  dr.date));
	char *name = text_nfkc(h->recipient);
	/* L10N: a field's name in "…: too long" */
	c = text_copy(h->recipient, sizeof h->recipient, name, _("the recipient"), e);
	free(name);
	if (c != ERR_OK)
		return c;
	if (!h->recipient[0])
		return err_at(e, "recipient", err_set(e, ERR_INPUT, _("Say to whom the money was "
								       "handed over.")));
	if (text_has_control(h->recipient) || !text_showable(h->note, 1))
		return err_set(e, ERR_INPUT, _("The recipient or note contain characters that "
					       "cannot be shown."));
	if (h->amount <= 0 || h->amount > MONEY_MAX)
		return err_at(e, "amount", err_set(e, ERR_INPUT, _("The amount handed over must "
								    "be more than zero.")));
	if (check_room && h->amount > dr.held) {
		char a[32], b[32];
		/* L10N: %1$s the amount typed, %2$s the drive's name, %3$s what it holds. */
		err_set(e, ERR_INPUT, _("%1$s is more than %2$s still holds (%3$s)."),
			money_format(h->amount, a, sizeof a), dr.name,
			money_format(dr.held, b, sizeof b));
		return err_at(e, "amount", ERR_INPUT);
	}
	if ((c = donation_account(h->account, h->account, e)) != ERR_OK)
		return c;
	/* Out of the account it came into, and not before it came. */
	int64_t room;
	if (check_room) {
		if ((c = drive_held_in(h->drive_id, h->account, h->date, &room, e)) != ERR_OK)
			return c;
		if (h->amount > room)
			return handover_no_room(h, &dr, room, e);
	}
	if ((c = ledger_check_open(h->date, e)) != ERR_OK)
		return c;

	char desc[512], fit[256];
	/* L10N: the ledger entry of money handed over; %1$s the drive, %2$s to whom. */
	snprintf(desc, sizeof desc, _("Donations of %1$s handed over to %2$s"), dr.name,
		 h->recipient);
	text_trunc(desc, 120, fit, sizeof fit);
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	int64_t entry = 0;
	c = ledger_post(h->date, "", "231", h->account, h->amount, fit, "donation", &entry, e);
	if (c == ERR_OK)
		c = db_exec(e, "INSERT INTO handover(drive_id, date, recipient, amount, note, "
			    "entry_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "ittiti", h->drive_id,
			    h->date, h->recipient, h->amount, h->note, entry);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	h->id = db_last_id();
	h->entry_id = entry;
	return db_commit(e);
}

err_code handover_add(struct handover *h, struct err *e)
{
	return handover_add_(h, 1, e);
}

/* ---- taking a gift or a handover back (红字冲销) ---- */

/* The reversal's date iso (today for NULL or ""): refuses a closed month for it (the
 * record may be of one: its entry stays there, the red entry goes in the open month,
 * as welfare's and the books' reversals do) and a day before the record's. */
static err_code donation_reversal_date(const char *date, const char *rec_date,
				       char iso[DATE_LEN], struct err *e)
{
	err_code c;
	if ((c = date_or_today(date, iso, e)) != ERR_OK)
		return c;
	if ((c = ledger_check_open(iso, e)) != ERR_OK)
		return c;
	if (strcmp(iso, rec_date) < 0)
		return err_set(e, ERR_INPUT, _("The reversal (%1$s) cannot be dated before the "
					       "entry it reverses (%2$s)."), iso, rec_date);
	return ERR_OK;
}

/* The red entry of a gift's (handover 0) or a handover's (1) ledger entry, dated iso, and
 * the row that says it was reversed: one transaction. */
static err_code donation_reversal_write(int handover, int64_t id, int64_t entry_id,
					const char *iso, struct err *e)
{
	static const char *const sql[] = {
		"INSERT INTO donation_reversal(donation_id, date, entry_id) "
		"VALUES (?1, ?2, nullif(?3, 0))",
		"INSERT INTO handover_reversal(handover_id, date, entry_id) "
		"VALUES (?1, ?2, nullif(?3, 0))",
	};
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	int64_t entry = 0;
	if (entry_id)
		c = ledger_reverse(entry_id, iso, &entry, e);
	if (c == ERR_OK)
		c = db_exec(e, sql[handover ? 1 : 0], "iti", id, iso, entry);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

/* donation_reverse; with write 0 only its refusals (donation_can_reverse). */
static err_code donation_reverse_(int64_t id, const char *date, int write, struct err *e)
{
	struct donation g;
	struct drive dr;
	char iso[DATE_LEN], amount[32];
	err_code c;
	if ((c = donation_get(id, &g, e)) != ERR_OK || (c = drive_get(g.drive_id, &dr, e)) != ERR_OK)
		return c;
	money_format(g.amount, amount, sizeof amount);
	/* The sentences name the gift as the list shows it: date, giver, amount. */
	if (g.reversed_on[0])
		/* L10N: %1$s the gift's date, %2$s the giver, %3$s the amount, %4$s the day it
		 * was reversed. */
		return err_set(e, ERR_DUPLICATE, _("The gift of %1$s from %2$s, %3$s, was already "
						   "reversed on %4$s."), g.date, g.name, amount,
			       g.reversed_on);
	if ((c = donation_reversal_date(date, g.date, iso, e)) != ERR_OK)
		return c;
	/* Its money must still all be in its account that day and every day after. */
	int64_t room;
	if ((c = drive_held_in(g.drive_id, g.account, iso, &room, e)) != ERR_OK)
		return c;
	if (g.amount > room) {
		char held[32];
		money_format(room > 0 ? room : 0, held, sizeof held);
		/* L10N: %1$s the gift's date, %2$s the giver, %3$s its amount, %4$s the drive,
		 * %5$s what the drive holds, %6$s "in cash (101)" or "in the bank (102)",
		 * %7$s the reversal's date. */
		return err_set(e, ERR_INPUT, _("The gift of %1$s from %2$s, %3$s, cannot be "
					       "reversed: from %7$s on %4$s holds only %5$s %6$s; "
					       "the rest was handed over."), g.date, g.name, amount,
			       dr.name, held,
			       donation_account_where(g.account), iso);
	}
	if (!write)
		return ERR_OK;
	return donation_reversal_write(0, id, g.entry_id, iso, e);
}

err_code donation_reverse(int64_t id, const char *date, struct err *e)
{
	return donation_reverse_(id, date, 1, e);
}

err_code donation_can_reverse(int64_t id, const char *date, struct err *e)
{
	return donation_reverse_(id, date, 0, e);
}

static err_code handover_reverse_(int64_t id, const char *date, int write, struct err *e)
{
	struct handover h;
	char iso[DATE_LEN], amount[32], who[sizeof h.recipient];
	err_code c;
	if ((c = handover_get(id, &h, e)) != ERR_OK)
		return c;
	money_format(h.amount, amount, sizeof amount);
	snprintf(who, sizeof who, "%s", h.recipient);
	if (h.reversed_on[0])
		/* L10N: %1$s the handover's date, %2$s to whom, %3$s the amount, %4$s the day
		 * it was reversed. */
		return err_set(e, ERR_DUPLICATE, _("The handover of %1$s to %2$s, %3$s, was "
						   "already reversed on %4$s."), h.date, who,
			       amount, h.reversed_on);
	if ((c = donation_reversal_date(date, h.date, iso, e)) != ERR_OK || !write)
		return c;
	return donation_reversal_write(1, id, h.entry_id, iso, e);
}

err_code handover_reverse(int64_t id, const char *date, struct err *e)
{
	return handover_reverse_(id, date, 1, e);
}

err_code handover_can_reverse(int64_t id, const char *date, struct err *e)
{
	return handover_reverse_(id, date, 0, e);
}

static void handover_row(db_stmt *st, void *elem)
{
	struct handover *h = elem;
	memset(h, 0, sizeof *h);
	h->id = db_col_int(st, 0);
	h->drive_id = db_col_int(st, 1);
	snprintf(h->date, sizeof h->date, "%s", db_col_text(st, 2));
	snprintf(h->recipient, sizeof h->recipient, "%s", db_col_text(st, 3));
	h->amount = db_col_int(st, 4);
	snprintf(h->note, sizeof h->note, "%s", db_col_text(st, 5));
	h->entry_id = db_col_int(st, 6);
	snprintf(h->account, sizeof h->account, "%s", db_col_text(st, 7));
	snprintf(h->reversed_on, sizeof h->reversed_on, "%s", db_col_text(st, 8));
}

#define HANDOVER_COLS "id, drive_id, date, recipient, amount, note, coalesce(entry_id, 0), " \
		      "coalesce((SELECT credit FROM ledger_entry l WHERE l.id = h.entry_id), " \
		      "'101'), coalesce((SELECT date FROM handover_reversal r " \
		      "WHERE r.handover_id = h.id), '')"

err_code handover_get(int64_t id, struct handover *h, struct err *e)
{
	err_code c = db_one(e, h, handover_row, "SELECT " HANDOVER_COLS " FROM handover h "
			    "WHERE h.id = ?", "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That handover no longer exists."));
	return c;
}

err_code handover_count(int64_t drive_id, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM handover WHERE ?1 = 0 OR drive_id = ?1", db_bind_id,
			&drive_id, count, e);
}

err_code handover_page(int64_t drive_id, int offset, int limit, struct handover *out,
		       int *got, struct err *e)
{
	return db_page("SELECT " HANDOVER_COLS " FROM handover h "
		       "WHERE ?1 = 0 OR drive_id = ?1 ORDER BY date, id LIMIT :limit OFFSET :offset",
		       db_bind_id, &drive_id, offset, limit, out, sizeof *out, handover_row, got, e);
}

/* ---- CSV: drive,date,member_no,donor,amount,note,cause,account,reversed_on ----
 * account (optional): 101 cash (empty too) or 102 bank, the entry's cash side; empty
 * on a row that is the drive itself.
 * reversed_on (optional): the day a reversed gift was taken back; the import records
 * the gift and reverses it on that day (donation_reverse), so the red entry comes back
 * with it and the drive's figures leave it out as before.
 * A gift from a member gives member_no (and no donor); a gift from outside the union
 * leaves member_no empty and names the donor in `donor` — or, in a file without a
 * donor, in `note` (the note then becomes the donor's name, not a note). A drive is
 * created on its first row, dated that row's date, with that row's cause. A row with
 * neither member_no, donor, amount nor note is the drive itself: its date and cause
 * (an export writes one for a drive without gifts, or dated other than its first
 * gift, before its gifts). The cause is given once, on the drive's first row; a later
 * row may repeat it, not change it. */

/* The drive of row r named name: found, or made dated date with the row's cause. */
static err_code donation_drive(const struct io_row *r, const char *name, const char *date,
			       struct drive *dr, struct err *e)
{
	char cause[sizeof dr->cause];
	err_code c = io_text(r, "cause", cause, sizeof cause, e);
	if (c != ERR_OK)
		return c;
	if ((c = drive_find(name, dr, NULL)) == ERR_NOTFOUND) {
		memset(dr, 0, sizeof *dr);
		snprintf(dr->date, sizeof dr->date, "%s", date);
		snprintf(dr->cause, sizeof dr->cause, "%s", cause);
		if ((c = text_copy(dr->name, sizeof dr->name, name, "drive", e)) == ERR_OK)
			c = drive_add(dr, e);
		return c;
	}
	if (c != ERR_OK)
		return err_set(e, c, NULL);
	if (cause[0] && strcmp(cause, dr->cause) != 0)
		/* L10N: %1$s the drive's name, %2$s the cause it was given first. */
		return err_set(e, ERR_INPUT, _("cause: the donation drive %1$s already has its "
					       "cause (\"%2$s\"); give it once, on the drive's "
					       "first row."), dr->name, dr->cause);
	return ERR_OK;
}

static err_code donation_import_row(const struct io_row *r, struct err *e)
{
	struct donation d;
	memset(&d, 0, sizeof d);
	err_code c;
	const char *v = io_get(r, "drive");
	if (!*v)
		return err_set(e, ERR_INPUT, _("drive: the name of the donation drive is empty."));
	if ((c = io_date(r, "date", d.date, 1, e)) != ERR_OK)
		return c;
	const char *no = io_get(r, "member_no"), *donor = io_get(r, "donor");
	int drive_only = !*no && !*donor && !*io_get(r, "amount") && !*io_get(r, "note");
	int found = drive_find(v, &(struct drive){ 0 }, NULL) == ERR_OK;
	struct drive dr;
	if ((c = donation_drive(r, v, d.date, &dr, e)) != ERR_OK)
		return c;
	if (drive_only) {
		if (found && strcmp(dr.date, d.date) != 0)
			/* L10N: %1$s the drive's name, %2$s its date, %3$s the date given. */
			return err_set(e, ERR_INPUT, _("date: the donation drive %1$s is dated %2$s, "
						       "not %3$s."), dr.name, dr.date, d.date);
		return ERR_OK;
	}
	d.drive_id = dr.id;

	if ((c = io_text(r, "note", d.note, sizeof d.note, e)) != ERR_OK)
		return c;
	if (*no) {
		struct member m;
		if (*donor)
			return err_set(e, ERR_INPUT, _("Give either member_no (a member's gift) or "
						       "donor (a gift from outside), not both."));
		if ((c = member_find(no, &m, e)) != ERR_OK)
			return c;
		d.member_id = m.id;
	} else if (*donor) {
		if ((c = text_copy(d.donor, sizeof d.donor, donor, "donor", e)) != ERR_OK)
			return c;
	} else if (d.note[0]) {
		if ((c = text_copy(d.donor, sizeof d.donor, d.note, "note", e)) != ERR_OK)
			return c;
		d.note[0] = '\0';
	} else {
		return err_set(e, ERR_INPUT, _("donor: a gift from outside the union needs the "
					       "donor's name (or give member_no)."));
	}
	if ((c = io_money(r, "amount", &d.amount, 1, e)) != ERR_OK)
		return c;
	if ((c = donation_account(io_get(r, "account"), d.account, e)) != ERR_OK) {
		err_prefix(e, "account: ");
		return c;
	}
	if (d.amount == 0)
		return err_set(e, ERR_INPUT, _("amount: the amount given must be more than zero."));
	char reversed_on[DATE_LEN];
	if ((c = io_date(r, "reversed_on", reversed_on, 0, e)) != ERR_OK)
		return c;
	if ((c = donation_add(&d, e)) != ERR_OK || !reversed_on[0])
		return c;
	if ((c = donation_reverse(d.id, reversed_on, e)) != ERR_OK)
		err_prefix(e, "reversed_on: ");
	return c;
}

/* The gifts by date, each drive's cause on its first; a drive without gifts, or dated
 * other than its first gift, as a row of its own before its gifts. */
static err_code donation_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e,
		"WITH dd AS (SELECT dr.id, dr.name, dr.date, dr.cause, (SELECT min(x.date) "
		"FROM donation x WHERE x.drive_id = dr.id) AS first FROM drive dr), "
		"g AS (SELECT g.*, row_number() OVER (PARTITION BY g.drive_id "
		"ORDER BY g.date, g.id) AS rn FROM donation g) "
		"SELECT dd.name, dd.date, '', '', 0, '', dd.cause, '', "
		"min(dd.date, coalesce(dd.first, dd.date)) AS k1, 0 AS k2, dd.id AS k3, '' FROM dd "
		"WHERE dd.first IS NULL OR dd.first <> dd.date "
		"UNION ALL "
		"SELECT dd.name, g.date, coalesce(m.no, ''), g.donor, g.amount, g.note, "
		"CASE WHEN g.rn = 1 AND dd.first = dd.date THEN dd.cause ELSE '' END, "
		"coalesce(l.debit, '101'), "
		"g.date, 1, g.id, coalesce(r.date, '') FROM g JOIN dd ON dd.id = g.drive_id "
		"LEFT JOIN member m ON m.id = g.member_id "
		"LEFT JOIN ledger_entry l ON l.id = g.entry_id "
		"LEFT JOIN donation_reversal r ON r.donation_id = g.id "
		"ORDER BY 9, 10, 11");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	while ((r = db_step(st, e)) == DB_ROW) {
		char amount[32] = "";
		if (db_col_int(st, 9))
			money_plain(db_col_int(st, 4), amount, sizeof amount);
		const char *f[] = { db_col_text(st, 0), db_col_text(st, 1), db_col_text(st, 2),
				    db_col_text(st, 3), amount, db_col_text(st, 5),
				    db_col_text(st, 6), db_col_text(st, 7), db_col_text(st, 11) };
		io_put_row(out, 9, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind donations_io = {
	.name = "donations",
	.columns = "drive,date,member_no,donor,amount,note,cause,account,reversed_on",
	.required = "drive,date,amount",
	.import_row = donation_import_row,
	.export_rows = donation_export_rows,
};

/* ---- CSV: drive,date,recipient,amount,note,account,reversed_on ----
 * account (optional): 101 cash (empty too) or 102 bank, where the money went out of.
 * reversed_on (optional): the day a reversed handover was taken back; the import hands
 * it over and reverses it on that day, checking what the drive holds with both in (the
 * gifts, and their reversals, are there already: one reversed later than this handover
 * came back could not be paid out if it were checked alone).
 * Money of a drive handed over to the person it was collected for; the drive must be
 * there already (import the donations first). Each row goes through handover_add, so
 * it posts its entry out of 231 as on screen, and a round trip of every kind keeps
 * what each drive still holds. */

static err_code handover_import_row(const struct io_row *r, struct err *e)
{
	struct handover h;
	memset(&h, 0, sizeof h);
	err_code c;
	const char *v = io_get(r, "drive");
	if (!*v)
		return err_set(e, ERR_INPUT, _("drive: the name of the donation drive is empty."));
	struct drive dr;
	if ((c = drive_find(v, &dr, e)) != ERR_OK) {
		err_prefix(e, "drive: ");
		return c;
	}
	h.drive_id = dr.id;
	if ((c = io_date(r, "date", h.date, 1, e)) != ERR_OK ||
	    (c = io_money(r, "amount", &h.amount, 1, e)) != ERR_OK)
		return c;
	if ((c = io_text(r, "recipient", h.recipient, sizeof h.recipient, e)) != ERR_OK)
		return c;
	if ((c = io_text(r, "note", h.note, sizeof h.note, e)) != ERR_OK)
		return c;
	if ((c = donation_account(io_get(r, "account"), h.account, e)) != ERR_OK) {
		err_prefix(e, "account: ");
		return c;
	}
	char reversed_on[DATE_LEN];
	if ((c = io_date(r, "reversed_on", reversed_on, 0, e)) != ERR_OK)
		return c;
	if (!reversed_on[0])
		return handover_add(&h, e);
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	int64_t room = 0;
	if ((c = handover_add_(&h, 0, e)) == ERR_OK &&
	    (c = handover_reverse(h.id, reversed_on, e)) != ERR_OK)
		err_prefix(e, "reversed_on: ");
	if (c == ERR_OK &&
	    (c = drive_held_in(h.drive_id, h.account, h.date, &room, e)) == ERR_OK && room < 0)
		c = handover_no_room(&h, &dr, room + h.amount, e);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

static err_code handover_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT dr.name, h.date, h.recipient, h.amount, h.note, "
				    "coalesce(l.credit, '101'), coalesce(r.date, '') "
				    "FROM handover h JOIN drive dr ON dr.id = h.drive_id "
				    "LEFT JOIN ledger_entry l ON l.id = h.entry_id "
				    "LEFT JOIN handover_reversal r ON r.handover_id = h.id "
				    "ORDER BY h.date, h.id");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	while ((r = db_step(st, e)) == DB_ROW) {
		char amount[32];
		money_plain(db_col_int(st, 3), amount, sizeof amount);
		const char *f[] = { db_col_text(st, 0), db_col_text(st, 1), db_col_text(st, 2),
				    amount, db_col_text(st, 4), db_col_text(st, 5),
				    db_col_text(st, 6) };
		io_put_row(out, 7, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind handovers_io = {
	.name = "handovers",
	.columns = "drive,date,recipient,amount,note,account,reversed_on",
	.required = "drive,date,recipient,amount",
	.import_row = handover_import_row,
	.export_rows = handover_export_rows,
};

err_code donation_of_entry(int64_t entry_id, int64_t *drive_id, int64_t *donation_id,
			   struct err *e)
{
	int64_t id = 0;
	err_code c = db_int(e, &id, "SELECT id FROM donation WHERE entry_id = ?", "i", entry_id);
	if (c == ERR_OK && drive_id)
		c = db_int(e, drive_id, "SELECT drive_id FROM donation WHERE id = ?", "i", id);
	if (c == ERR_OK && donation_id)
		*donation_id = id;
	return c;
}

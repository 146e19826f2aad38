/*
 * scr_donations.c — donation drives (爱心捐款), the Donations section: the drive for a
 * colleague whose house burned, what was collected, what was handed over, what the
 * union still holds for them (account 231, 代管经费).
 *
 * Shows: the year's drives, newest first, one page at a time (drive_count_year +
 * drive_page_year): date, name, how many gifts, collected, handed over, still held;
 * under the list the cause of the drive under the bar and the year's totals. Enter
 * opens the drive's gifts over it (donation_count + donation_page: date, number, name,
 * amount, cash or bank, note) with its handovers (handover_page) under them.
 *
 * Writes through core/donation.h only: drive_add (n), donation_add (a: a member picked
 * with tui/pick.c, or an outside donor by name; cash or bank), donation_add_many (A:
 * the same gift from all active members, the women, the retirees, a group or a list,
 * in one transaction, asked first), handover_add (h: to whom, how much — the amount
 * held is offered —, cash or bank, the date; more than is held is refused),
 * donation_reverse (x on a gift: asks first, naming it; a correcting entry dated today)
 * and handover_reverse (X: a small form asks which of the drive's handovers that stand,
 * the latest offered, then asks first). Each is one transaction with its ledger entry.
 * A reversed gift stays in the list, dim and marked "reversed"; a reversed handover
 * stays under the gifts, dim, with the day it was reversed. Neither counts in the
 * figures. What core would refuse (money handed over, a closed month) is said before
 * anything is asked.
 *
 * Keys on the drives (KM_DONATIONS, then the list's and the global ones): a gift, A
 * from many, h hand over, n new drive, Enter the gifts, < > (, .) year, t this year.
 * On the gifts (KM_DRIVE, then moving): a, A, h as above, x reverse the gift, X reverse
 * a handover, Esc or q back, ? help.
 */
#include "tui/form.h"
#include "tui/frame.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/scr_gift.h"
#include "tui/screen.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/date.h"
#include "core/donation.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200

/* ---- the drives ---- */

enum { DC_DATE, DC_NAME, DC_GIFTS, DC_TOTAL, DC_HANDED, DC_HELD, DC_NCOLS };

#define AT(m) LIST_AT(struct drive, m)
static const struct list_col donations_scr_cols[DC_NCOLS] = {
	[DC_DATE] = { .title = N_("Date"), .width = 10, .kind = LC_DATE, AT(date) },
	/* L10N: column heading: the donation drive's name. */
	[DC_NAME] = { .title = N_("Drive"), .width = 0, AT(name) },
	/* L10N: column heading: how many gifts a drive had (笔数); 5 columns at most. */
	[DC_GIFTS] = { .title = N_("Gifts"), .width = 5, .kind = LC_INT, AT(gifts) },
	/* L10N: column heading: money a drive collected; 11 columns at most. */
	[DC_TOTAL] = { .title = N_("Collected"), .width = 11, .kind = LC_MONEY, AT(total) },
	/* L10N: column heading: money handed over to whom it was for; 11 columns at most. */
	[DC_HANDED] = { .title = N_("Handed over"), .width = 11, .kind = LC_MONEY, .blank = 1,
			AT(handed) },
	/* L10N: column heading: money the union still holds for them (代管); 11 at most. */
	[DC_HELD] = { .title = N_("Held"), .width = 11, .kind = LC_MONEY, .blank = 1,
		      AT(held) },
};
#undef AT

/* ---- one drive's gifts ---- */

static void donations_scr_way(const void *row, char *buf, size_t n, enum ui_look *look);
static void donations_scr_state(const void *row, char *buf, size_t n, enum ui_look *look);
static enum ui_look donations_scr_look(const void *row);

enum { GC_DATE, GC_NO, GC_NAME, GC_AMOUNT, GC_WAY, GC_STATE, GC_NOTE, GC_NCOLS };

#define AT(m) LIST_AT(struct donation, m), .look = donations_scr_look
static struct list_col donations_scr_gift_cols[GC_NCOLS] = {
	[GC_DATE] = { .title = N_("Date"), .width = 10, .kind = LC_DATE, AT(date) },
	[GC_NO] = { .title = N_("No."), .width = 6, AT(member_no) },
	[GC_NAME] = { .title = N_("Name"), .width = 0, AT(name) },
	[GC_AMOUNT] = { .title = N_("Amount"), .width = 11, .kind = LC_MONEY, AT(amount) },
	/* L10N: column heading: cash or bank; 6 columns at most. */
	[GC_WAY] = { .title = N_("By"), .width = 4, .kind = LC_FN, .fn = donations_scr_way,
		     .look = donations_scr_look },
	[GC_STATE] = { .title = "", .width = 8, .kind = LC_FN, .fn = donations_scr_state,
		       .look = donations_scr_look },
	[GC_NOTE] = { .title = N_("Note"), .width = 16, AT(note) },
};
#undef AT

#define HANDOVERS_SHOWN 3

static struct {
	int ready;
	int year;
	struct list list;                    /* the drives */
	struct drive page[PAGE_MAX];
	int64_t collected, handed, held;     /* the year's drives together */
	int drives, gifts;
	/* the drive open over the list */
	struct drive drive;
	struct list gifts_list;
	struct donation gift_page[PAGE_MAX];
	struct handover handovers[HANDOVERS_SHOWN];
	int nhandovers, handovers_all;
} ds;

/* L10N: how a gift came in or went out, in a narrow column: 现金 / 银行. */
static const char *donations_scr_way_word(const char *account)
{
	return strcmp(account, "102") == 0 ? _("bank") : _("cash");
}

static void donations_scr_way(const void *row, char *buf, size_t n, enum ui_look *look)
{
	(void)look;
	snprintf(buf, n, "%s", donations_scr_way_word(((const struct donation *)row)->account));
}

/* L10N: marks a gift that was reversed (已冲销) in a drive's gifts; 8 columns at most. */
static const char *donations_scr_reversed_word(void) { return _("reversed"); }

static void donations_scr_state(const void *row, char *buf, size_t n, enum ui_look *look)
{
	(void)look;
	snprintf(buf, n, "%s", ((const struct donation *)row)->reversed_on[0]
				       ? donations_scr_reversed_word() : "");
}

/* A reversed gift is dim: listed, not counted. */
static enum ui_look donations_scr_look(const void *row)
{
	return ((const struct donation *)row)->reversed_on[0] ? UI_DIM : UI_NORMAL;
}

static err_code donations_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return drive_count_year(ds.year, n, e);
}

static err_code donations_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	return drive_page_year(ds.year, offset, limit, ds.page, &got, e);
}

/* The year's totals: every drive of the year, a page at a time. */
static void donations_scr_totals(void)
{
	struct err e = { 0 };
	struct drive d[64];
	int got = 0;
	ds.collected = ds.handed = ds.held = 0;
	ds.drives = ds.gifts = 0;
	for (int off = 0;; off += got) {
		if (drive_page_year(ds.year, off, 64, d, &got, &e) != ERR_OK) {
			ui_error("%s", e.msg);
			return;
		}
		for (int i = 0; i < got; i++) {
			ds.collected += d[i].total;
			ds.handed += d[i].handed;
			ds.held += d[i].held;
			ds.gifts += d[i].gifts;
			ds.drives++;
		}
		if (got < 64)
			break;
	}
}

static void donations_scr_reload(void)
{
	struct err e = { 0 };
	if (list_reload(&ds.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	donations_scr_totals();
}

static void donations_scr_set_year(int y)
{
	if (y < 1900)
		y = 1900;
	if (y > 9999)
		y = 9999;
	if (y != ds.year)
		ds.list.sel = ds.list.top = 0;
	ds.year = y;
}

static const struct drive *donations_scr_current(void)
{
	int i = list_current(&ds.list);
	return i < 0 ? NULL : &ds.page[i];
}

/* ---- drawing the drives ---- */

static void donations_scr_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], empty[256], pos[32];

	curs_set(0);
	/* L10N: the donations screen's title; %d is the year. */
	snprintf(line, sizeof line, _("Donation drives of %d"), ds.year);
	/* L10N: %d is the year; n starts a donation drive. */
	snprintf(empty, sizeof empty, _("No donation drive in %d: press n to start one."),
		 ds.year);
	ds.list.empty = empty;
	list_draw(&ds.list, y + 1, bottom - 2);
	frame_title(y, line, list_position(&ds.list, pos, sizeof pos));

	ui_clear_line(bottom - 1, UI_NORMAL);
	ui_clear_line(bottom, UI_NORMAL);
	int i = list_selected(&ds.list);
	if (i >= 0 && ds.page[i].cause[0]) {
		char cause[600];
		text_clean(ds.page[i].cause, cause, sizeof cause);
		/* L10N: under the drives: the cause of the drive under the bar. */
		snprintf(line, sizeof line, _("Cause: %s"), cause);
		ui_text(bottom - 1, 1, line, COLS - 2, TEXT_LEFT, UI_NORMAL);
	}
	if (ds.drives > 0) {
		char total[32], handed[32], held[32];
		money_format(ds.collected, total, sizeof total);
		money_format(ds.handed, handed, sizeof handed);
		money_format(ds.held, held, sizeof held);
		/* L10N: the totals under the drives: %1$d the year, %2$d drives, %3$d gifts,
		 * %4$s collected, %5$s handed over, %6$s still held. Must fit in 78 columns
		 * with amounts of six digits. */
		snprintf(line, sizeof line, ngettext("%1$d: %2$d drive, %3$d gifts, collected %4$s, "
						     "handed over %5$s, held %6$s",
						     "%1$d: %2$d drives, %3$d gifts, collected %4$s, "
						     "handed over %5$s, held %6$s", ds.drives),
			 ds.year, ds.drives, ds.gifts, total, handed, held);
		ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_DIM);
	}
}

/* ---- forms ---- */

static const struct form_choice donations_scr_accounts[] = {
	/* L10N: a gift or handover in cash (库存现金, 101). */
	{ "101", N_("cash (101)") },
	/* L10N: … by bank transfer (银行存款, 102). */
	{ "102", N_("bank (102)") },
};

#define AT(m) FORM_AT(struct drive, m)
static const struct form_field donations_scr_drive_fields[] = {
	/* L10N: form label: the donation drive's name (为王老师爱心捐款). */
	{ .name = "name", .label = N_("Name of the drive"), .kind = FK_TEXT, .width = 40,
	  .required = 1, AT(name), .max = 190 },
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(date), .max = 32 },
	/* L10N: form label: what the money is collected for (事由). */
	{ .name = "cause", .label = N_("Cause"), .kind = FK_TEXT, .width = 48, AT(cause),
	  .max = 500 },
};
#undef AT

#define AT(m) FORM_AT(struct donation, m)
static const struct form_field donations_scr_gift_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(date), .max = 32 },
	{ .name = "member_id", .label = N_("Member"), .kind = FK_MEMBER, .width = 12,
	  AT(member_id), .max = 128 },
	/* L10N: form label: the name of a donor from outside the union. */
	{ .name = "donor", .label = N_("Or from outside"), .kind = FK_TEXT, .width = 30,
	  AT(donor), .max = 190 },
	{ .name = "amount", .label = N_("Amount"), .kind = FK_MONEY, .width = 12,
	  .required = 1, AT(amount), .max = 32 },
	/* L10N: form label: cash or bank. */
	{ .name = "account", .label = N_("Received as"), .kind = FK_CHOICE, .width = 14,
	  FORM_CHOICES(donations_scr_accounts), AT(account) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(note),
	  .max = 500 },
};
#undef AT

/* The same gift from many members. */
struct donations_scr_many {
	char who[12];
	char grp[96];
	char list[512];
	struct donation d;
};

enum { MF_WHO, MF_GRP, MF_LIST };

#define AT(m) FORM_AT(struct donations_scr_many, m)
static const struct form_field donations_scr_many_fields[] = {
	/* L10N: form label: who gives (a gift from many members). */
	[MF_WHO] = { .name = "who", .label = N_("From"), .kind = FK_CHOICE, .width = 20,
		     .choices = gift_who, .nchoices = 5, AT(who) },
	[MF_GRP] = { .name = "grp", .label = N_("Group"), .kind = FK_TEXT, .width = 20,
		     .required = 1, AT(grp) },
	[MF_LIST] = { .name = "list", .label = N_("Numbers"), .kind = FK_TEXT, .width = 48,
		      .required = 1, AT(list) },
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(d.date), .max = 32 },
	/* L10N: form label: what each member gives. */
	{ .name = "amount", .label = N_("Each gives"), .kind = FK_MONEY, .width = 12,
	  .required = 1, AT(d.amount), .max = 32 },
	{ .name = "account", .label = N_("Received as"), .kind = FK_CHOICE, .width = 14,
	  FORM_CHOICES(donations_scr_accounts), AT(d.account) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(d.note),
	  .max = 500 },
};
#undef AT

#define AT(m) FORM_AT(struct handover, m)
static const struct form_field donations_scr_handover_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(date), .max = 32 },
	/* L10N: form label: to whom the drive's money was handed over. */
	{ .name = "recipient", .label = N_("Handed to"), .kind = FK_TEXT, .width = 30,
	  .required = 1, AT(recipient), .max = 190 },
	{ .name = "amount", .label = N_("Amount"), .kind = FK_MONEY, .width = 12,
	  .required = 1, AT(amount), .max = 32 },
	/* L10N: form label: paid out in cash or from the bank. */
	{ .name = "account", .label = N_("Paid out as"), .kind = FK_CHOICE, .width = 14,
	  FORM_CHOICES(donations_scr_accounts), AT(account) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(note),
	  .max = 500 },
};
#undef AT

#define NFIELDS(t) ((int)(sizeof(t) / sizeof((t)[0])))

static err_code donations_scr_drive_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	return drive_add(rec, e);
}

/* n: a new drive; the list then shows its year with the bar on it. */
static void donations_scr_new_drive(void)
{
	struct drive d;
	char name[256];
	memset(&d, 0, sizeof d);
	date_today(d.date);
	struct form *f = form_new(_("A new donation drive"), donations_scr_drive_fields,
				  NFIELDS(donations_scr_drive_fields));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &d, sizeof d);
	form_note(f, _("* must be filled in. The name is the drive's own (为王老师爱心捐款). F2 "
		       "saves."));
	form_on_save(f, donations_scr_drive_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	donations_scr_set_year(atoi(d.date));
	donations_scr_reload();
	/* the bar on the new drive */
	for (int off = 0; off < ds.list.count; off += PAGE_MAX) {
		struct drive page[PAGE_MAX];
		int got = 0;
		struct err e = { 0 };
		if (drive_page_year(ds.year, off, PAGE_MAX, page, &got, &e) != ERR_OK)
			break;
		for (int i = 0; i < got; i++)
			if (page[i].id == d.id)
				ds.list.sel = off + i;
		if (got < PAGE_MAX)
			break;
	}
	text_clean(d.name, name, sizeof name);
	/* L10N: %s the drive's name; a records a gift to it. */
	ui_msg(_("Started %s: press a to record a gift."), name);
}

/* What drive id holds now in cash (101) and in the bank (102). */
static void donations_scr_split(int64_t id, int64_t *cash, int64_t *bank)
{
	*cash = *bank = 0;
	drive_held_in(id, "101", "", cash, NULL);
	drive_held_in(id, "102", "", bank, NULL);
}

/* "为赵强家火灾捐款 holds 200.00 (collected 1,400.00, handed over 1,200.00)." */
static void donations_scr_holds(const struct drive *d, char *buf, size_t n)
{
	char name[256], held[32], total[32], handed[32];
	text_clean(d->name, name, sizeof name);
	money_format(d->held, held, sizeof held);
	money_format(d->total, total, sizeof total);
	money_format(d->handed, handed, sizeof handed);
	/* L10N: %1$s the drive, %2$s what it still holds, %3$s collected, %4$s handed
	 * over. */
	int64_t cash, bank;
	donations_scr_split(d->id, &cash, &bank);
	if (cash > 0 && bank > 0) {
		char c[32], b[32];
		/* L10N: %1$s the drive, %2$s what it still holds, of which %3$s in cash
		 * (101) and %4$s in the bank (102). */
		snprintf(buf, n, _("%1$s holds %2$s: %3$s in cash, %4$s in the bank."), name, held,
			 money_format(cash, c, sizeof c), money_format(bank, b, sizeof b));
		return;
	}
	snprintf(buf, n, _("%1$s holds %2$s (collected %3$s, handed over %4$s)."), name, held,
		 total, handed);
}

/* Reload what shows after a write: the drives, and the open drive's gifts. */
static void donations_scr_drive_reload(void);

static err_code donations_scr_gift_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	return donation_add(rec, e);
}

/* a: a gift to drive d. */
static void donations_scr_gift(const struct drive *dr)
{
	struct donation d;
	char title[512], name[256], what[32];
	memset(&d, 0, sizeof d);
	d.drive_id = dr->id;
	date_today(d.date);
	if (strcmp(d.date, dr->date) < 0)
		snprintf(d.date, sizeof d.date, "%s", dr->date);
	donation_account("", d.account, NULL);   /* where the union's cash goes */
	text_clean(dr->name, name, sizeof name);
	/* L10N: the gift form's title; %s the drive. */
	snprintf(title, sizeof title, _("A gift to %s"), name);
	struct form *f = form_new(title, donations_scr_gift_fields,
				  NFIELDS(donations_scr_gift_fields));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &d, sizeof d);
	form_note(f, _("* must be filled in. Member: a number, a name or pinyin initials; for a "
		       "gift from outside the union leave it empty and give the donor's name. F2 "
		       "saves."));
	form_footer(f, _("The gift goes in the books as money held for others (代管经费, 231) "
			 "until it is handed over (h)."));
	form_on_save(f, donations_scr_gift_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	struct member m;
	struct err e = { 0 };
	char who[256];
	/* the giver's name as stored */
	if (d.member_id && member_get(d.member_id, &m, &e) == ERR_OK)
		text_clean(m.name, who, sizeof who);
	else
		text_clean(d.donor, who, sizeof who);
	donations_scr_drive_reload();
	money_format(d.amount, what, sizeof what);
	/* L10N: %1$s the amount, %2$s who gave, %3$s the drive. */
	ui_msg(_("Recorded %1$s from %2$s to %3$s."), what, who, name);
}

static int donations_scr_many_shown(const struct form *f, int i)
{
	const char *who = form_get(f, "who");
	if (i == MF_GRP)
		return strcmp(who, "group") == 0;
	if (i == MF_LIST)
		return strcmp(who, "list") == 0;
	return 1;
}

/* Asked before saving: how many give, and what it comes to. */
static int donations_scr_many_question(struct form *f, const void *rec, char *buf, size_t n)
{
	const struct donations_scr_many *m = rec;
	int64_t *ids = NULL;
	int count = 0;
	struct err e = { 0 };
	(void)f;
	if (gift_who_ids(m->who, m->grp, m->list, &ids, &count, &e) != ERR_OK || !count) {
		free(ids);
		return 0;   /* the save says what is wrong */
	}
	free(ids);
	char each[32], total[32], name[256];
	money_format(m->d.amount, each, sizeof each);
	money_format(m->d.amount * count, total, sizeof total);
	text_clean(ds.drive.name, name, sizeof name);
	/* L10N: before a gift from many is saved: %1$s each one's amount, %2$d members,
	 * %3$s the total, %4$s the drive. */
	snprintf(buf, n, ngettext("Record %1$s from %2$d member, %3$s in all, to %4$s?",
				  "Record %1$s from each of %2$d members, %3$s in all, to %4$s?",
				  count),
		 each, count, total, name);
	return 1;
}

static err_code donations_scr_many_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	struct donations_scr_many *m = rec;
	int64_t *ids = NULL;
	int count = 0;
	err_code c = gift_who_ids(m->who, m->grp, m->list, &ids, &count, e);
	if (c == ERR_OK && !count)
		c = err_at(e, "who", err_set(e, ERR_INPUT, _("Nobody was chosen to give.")));
	if (c == ERR_OK)
		c = donation_add_many(&m->d, ids, count, e);
	if (c == ERR_OK) {
		char each[32], total[32], name[256];
		money_format(m->d.amount, each, sizeof each);
		money_format(m->d.amount * count, total, sizeof total);
		text_clean(ds.drive.name, name, sizeof name);
		/* L10N: after a gift from many: %1$s each, %2$d members, %3$s in all, %4$s the
		 * drive. */
		ui_msg(ngettext("Recorded %1$s from %2$d member, %3$s in all, to %4$s.",
				"Recorded %1$s from each of %2$d members, %3$s in all, to %4$s.",
				count),
		       each, count, total, name);
	}
	free(ids);
	return c;
}

/* A: the same gift from many members to drive dr. */
static void donations_scr_many(const struct drive *dr)
{
	static struct donations_scr_many m;
	char title[512], name[256];
	memset(&m, 0, sizeof m);
	ds.drive = *dr;
	m.d.drive_id = dr->id;
	date_today(m.d.date);
	if (strcmp(m.d.date, dr->date) < 0)
		snprintf(m.d.date, sizeof m.d.date, "%s", dr->date);
	snprintf(m.who, sizeof m.who, "active");
	donation_account("", m.d.account, NULL);
	text_clean(dr->name, name, sizeof name);
	/* L10N: the title of the form of a gift from many; %s the drive. */
	snprintf(title, sizeof title, _("The same gift from many members to %s"), name);
	struct form *f = form_new(title, donations_scr_many_fields,
				  NFIELDS(donations_scr_many_fields));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &m, sizeof m);
	form_shown(f, donations_scr_many_shown);
	form_note(f, _("Each of them gives the same amount; all are recorded or none. F2 saves "
		       "(asks first)."));
	form_footer(f, _("Numbers: membership numbers separated by commas (T001, T002). Each gift "
			 "has its own entry in the books, as money held for others (231)."));
	form_confirm(f, donations_scr_many_question);
	form_on_save(f, donations_scr_many_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r == FORM_SAVED)
		donations_scr_drive_reload();
}

static err_code donations_scr_handover_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	return handover_add(rec, e);
}

/* h: hand the money of drive dr over; the amount it holds is offered. */
static void donations_scr_handover(const struct drive *dr)
{
	struct handover h;
	char title[512], name[256], note[512];
	if (dr->held <= 0) {
		text_clean(dr->name, name, sizeof name);
		/* L10N: %s the drive: everything it collected was handed over already. */
		ui_msg(_("%s holds nothing: all it collected was handed over."), name);
		return;
	}
	memset(&h, 0, sizeof h);
	h.drive_id = dr->id;
	date_today(h.date);
	if (strcmp(h.date, dr->date) < 0)
		snprintf(h.date, sizeof h.date, "%s", dr->date);
	/* Offered: all of what is held, from the account that holds the more of it. */
	int64_t cash, bank;
	donations_scr_split(dr->id, &cash, &bank);
	snprintf(h.account, sizeof h.account, "%s", bank > cash ? "102" : "101");
	h.amount = bank > cash ? bank : cash;
	text_clean(dr->name, name, sizeof name);
	/* L10N: the handover form's title; %s the drive. */
	snprintf(title, sizeof title, _("Hand over the money of %s"), name);
	donations_scr_holds(dr, note, sizeof note);
	struct form *f = form_new(title, donations_scr_handover_fields,
				  NFIELDS(donations_scr_handover_fields));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &h, sizeof h);
	form_note(f, note);
	form_footer(f, _("The money leaves the books' money held for others (231) on that date; "
			 "what is left stays held. F2 saves."));
	form_on_save(f, donations_scr_handover_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	struct drive now;
	struct err e = { 0 };
	char what[32], who[256], held[32];
	money_format(h.amount, what, sizeof what);
	text_clean(h.recipient, who, sizeof who);
	if (drive_get(dr->id, &now, &e) == ERR_OK)
		money_format(now.held, held, sizeof held);
	else
		snprintf(held, sizeof held, "?");
	donations_scr_drive_reload();
	/* L10N: %1$s the amount, %2$s the drive, %3$s to whom, %4$s what is still held. */
	ui_msg(_("Handed %1$s of %2$s over to %3$s; still held: %4$s."), what, name, who, held);
}

/* ---- taking a gift or a handover back (红字冲销) ---- */

/* "2025-06-15 张三 200.00 (cash)": a gift or a handover as the screen names it. */
static void donations_scr_naming(const char *date, const char *who, int64_t amount,
				 const char *account, char *buf, size_t n)
{
	char name[256], a[32];
	text_clean(who, name, sizeof name);
	money_format(amount, a, sizeof a);
	/* L10N: a gift or handover named in a question: %1$s its date, %2$s the giver or
	 * to whom, %3$s the amount, %4$s cash or bank. */
	snprintf(buf, n, _("%1$s %2$s %3$s (%4$s)"), date, name, a,
		 donations_scr_way_word(account));
}

/* x: the gift under the bar, taken back by a correcting entry dated today; what core
 * would refuse is said first, else it asks. */
static void donations_scr_reverse_gift(const struct donation *cur)
{
	struct donation g = *cur;
	struct err e = { 0 };
	char today[DATE_LEN], what[512], q[1024];
	if (donation_can_reverse(g.id, NULL, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	date_today(today);
	donations_scr_naming(g.date, g.name, g.amount, g.account, what, sizeof what);
	/* L10N: before reversing a gift: %1$s the gift ("2025-06-15 张三 200.00 (cash)"),
	 * %2$s today's date (the correcting entry's). */
	snprintf(q, sizeof q, _("Reverse the gift %1$s? A correcting entry dated %2$s goes in "
				"the books; the gift stays listed as reversed."), what, today);
	if (!view_ask(q))
		return;
	if (donation_reverse(g.id, NULL, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	donations_scr_drive_reload();
	char held[32];
	money_format(ds.drive.held, held, sizeof held);
	/* L10N: after a gift was reversed: %1$s the gift, %2$s what the drive still holds. */
	ui_msg(_("Reversed the gift %1$s by a correcting entry; still held: %2$s."), what,
	       held);
}

/* X: which handover, asked in a form whose one field offers those that stand. */
#define HANDOVER_CHOICES 32

static struct {
	struct handover h[HANDOVER_CHOICES];
	struct form_choice choice[HANDOVER_CHOICES];
	char code[HANDOVER_CHOICES][24];
	char name[HANDOVER_CHOICES][320];
	int n;
	char pick[24];   /* the form's record: the chosen handover's id */
} dsr;

static const struct handover *donations_scr_picked(const char *code)
{
	for (int i = 0; i < dsr.n; i++)
		if (strcmp(dsr.code[i], code) == 0)
			return &dsr.h[i];
	return NULL;
}

static int donations_scr_undo_question(struct form *f, const void *rec, char *buf, size_t n)
{
	(void)f;
	const struct handover *h = donations_scr_picked(rec);
	char what[512], today[DATE_LEN];
	if (!h)
		return 0;
	date_today(today);
	donations_scr_naming(h->date, h->recipient, h->amount, h->account, what, sizeof what);
	/* L10N: before reversing a handover: %1$s it ("2025-06-15 王老师 300.00 (cash)"),
	 * %2$s today's date (the correcting entry's). */
	snprintf(buf, n, _("Reverse the handover %1$s? A correcting entry dated %2$s goes in the "
			   "books and the money is held again."), what, today);
	return 1;
}

static err_code donations_scr_undo_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	const struct handover *h = donations_scr_picked(rec);
	if (!h)
		return err_set(e, ERR_NOTFOUND, _("That handover no longer exists."));
	return handover_reverse(h->id, NULL, e);
}

static const struct form_field donations_scr_undo_fields[] = {
	/* L10N: form label: which handover is reversed. */
	{ .name = "handover", .label = N_("Handover"), .kind = FK_CHOICE, .width = 50,
	  .at = 0, .size = sizeof dsr.pick },
};

static void donations_scr_reverse_handover(const struct drive *dr)
{
	struct err e = { 0 };
	char title[512], name[256], what[512];
	int all = 0, got = 0;
	struct handover page[HANDOVER_CHOICES];
	text_clean(dr->name, name, sizeof name);
	dsr.n = 0;
	/* those that stand, the latest first (the most likely mistake) */
	if (handover_count(dr->id, &all, &e) != ERR_OK ||
	    handover_page(dr->id, all > HANDOVER_CHOICES ? all - HANDOVER_CHOICES : 0,
			  HANDOVER_CHOICES, page, &got, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	for (int i = got - 1; i >= 0; i--) {
		if (page[i].reversed_on[0] || handover_can_reverse(page[i].id, NULL, NULL) != ERR_OK)
			continue;
		struct handover *h = &dsr.h[dsr.n];
		*h = page[i];
		snprintf(dsr.code[dsr.n], sizeof dsr.code[0], "%lld", (long long)h->id);
		donations_scr_naming(h->date, h->recipient, h->amount, h->account, dsr.name[dsr.n],
				     sizeof dsr.name[0]);
		dsr.choice[dsr.n] = (struct form_choice){ dsr.code[dsr.n], dsr.name[dsr.n] };
		dsr.n++;
	}
	if (!dsr.n) {
		/* the last one that stands tells why it cannot be taken back (a closed month) */
		for (int i = got - 1; i >= 0; i--)
			if (!page[i].reversed_on[0] &&
			    handover_can_reverse(page[i].id, NULL, &e) != ERR_OK) {
				ui_error("%s", e.msg);
				return;
			}
		/* L10N: X on a drive with no handover that could be reversed; %s the drive. */
		ui_msg(_("%s has no handover to reverse."), name);
		return;
	}
	struct form_field fields[1];
	memcpy(fields, donations_scr_undo_fields, sizeof fields);
	fields[0].choices = dsr.choice;
	fields[0].nchoices = dsr.n;
	/* L10N: the title of the form that reverses a handover; %s the drive. */
	snprintf(title, sizeof title, _("Reverse a handover of %s"), name);
	struct form *f = form_new(title, fields, 1);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	snprintf(dsr.pick, sizeof dsr.pick, "%s", dsr.code[0]);
	form_record(f, dsr.pick, sizeof dsr.pick);
	form_note(f, _("< > picks the handover saved wrong. F2 reverses it (asks first)."));
	form_footer(f, _("A correcting entry dated today takes the money back into what the drive "
			 "holds (231); the handover stays listed as reversed."));
	form_confirm(f, donations_scr_undo_question);
	form_on_save(f, donations_scr_undo_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	const struct handover *h = donations_scr_picked(dsr.pick);
	if (h)
		donations_scr_naming(h->date, h->recipient, h->amount, h->account, what,
				     sizeof what);
	else
		what[0] = '\0';
	donations_scr_drive_reload();
	char held[32];
	money_format(ds.drive.held, held, sizeof held);
	/* L10N: after a handover was reversed: %1$s it, %2$s what the drive now holds. */
	ui_msg(_("Reversed the handover %1$s by a correcting entry; still held: %2$s."), what,
	       held);
}

/* ---- one drive's gifts (Enter) ---- */

static err_code donations_scr_gift_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return donation_count(ds.drive.id, n, e);
}

static err_code donations_scr_gift_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	return donation_page(ds.drive.id, offset, limit, ds.gift_page, &got, e);
}

static int donations_scr_drive_open;   /* the gifts view is on the stack */

static void donations_scr_drive_reload(void)
{
	struct err e = { 0 };
	donations_scr_reload();
	if (!donations_scr_drive_open)
		return;
	if (drive_get(ds.drive.id, &ds.drive, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	if (list_reload(&ds.gifts_list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	ds.nhandovers = 0;
	if (handover_count(ds.drive.id, &ds.handovers_all, &e) == ERR_OK) {
		int from = ds.handovers_all > HANDOVERS_SHOWN ? ds.handovers_all - HANDOVERS_SHOWN
							      : 0;
		if (handover_page(ds.drive.id, from, HANDOVERS_SHOWN, ds.handovers, &ds.nhandovers,
				  &e) != ERR_OK)
			ui_error("%s", e.msg);
	}
}

static void donations_scr_drive_draw(struct view *v)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[1024], name[256], pos[32], total[32], handed[32], held[32];
	(void)v;

	curs_set(0);
	erase();
	frame_draw(KM_DRIVE, 0);
	text_clean(ds.drive.name, name, sizeof name);
	/* L10N: the title over a drive's gifts: %1$s the drive, %2$s its date. */
	snprintf(line, sizeof line, _("%1$s, %2$s"), name, ds.drive.date);
	ds.gifts_list.empty = _("No gift yet: press a to record one.");
	/* under the list: the cause, the figures, the handovers */
	int rows = 1 + (ds.drive.cause[0] ? 1 : 0) + (ds.nhandovers ? ds.nhandovers + 1 : 1);
	if (ds.handovers_all > ds.nhandovers)
		rows++;
	list_draw(&ds.gifts_list, y + 1, bottom - rows);
	frame_title(y, line, list_position(&ds.gifts_list, pos, sizeof pos));

	int hy = bottom - rows + 1;
	if (ds.drive.cause[0]) {
		char cause[600];
		text_clean(ds.drive.cause, cause, sizeof cause);
		snprintf(line, sizeof line, _("Cause: %s"), cause);
		ui_text(hy++, 1, line, COLS - 2, TEXT_LEFT, UI_NORMAL);
	}
	money_format(ds.drive.total, total, sizeof total);
	money_format(ds.drive.handed, handed, sizeof handed);
	money_format(ds.drive.held, held, sizeof held);
	/* L10N: under a drive's gifts: %1$d gifts, %2$s collected, %3$s handed over, %4$s
	 * still held. */
	snprintf(line, sizeof line, ngettext("%1$d gift, collected %2$s; handed over %3$s, "
					     "held %4$s",
					     "%1$d gifts, collected %2$s; handed over %3$s, "
					     "held %4$s", ds.drive.gifts),
		 ds.drive.gifts, total, handed, held);
	ui_text(hy++, 1, line, COLS - 2, TEXT_LEFT, UI_NORMAL);
	if (!ds.nhandovers) {
		/* L10N: under a drive's gifts when nothing was handed over; h does it. */
		ui_text(hy, 1, _("Nothing handed over yet: h hands the money over."), COLS - 2,
			TEXT_LEFT, UI_DIM);
		return;
	}
	/* L10N: the heading of a drive's handovers (转交记录). */
	ui_text(hy++, 1, _("Handed over:"), COLS - 2, TEXT_LEFT, UI_LABEL);
	if (ds.handovers_all > ds.nhandovers) {
		/* L10N: before the last handovers shown: %d more, earlier. */
		snprintf(line, sizeof line, ngettext("…%d earlier", "…%d earlier",
						     ds.handovers_all - ds.nhandovers),
			 ds.handovers_all - ds.nhandovers);
		ui_text(hy++, 3, line, COLS - 4, TEXT_LEFT, UI_DIM);
	}
	for (int i = 0; i < ds.nhandovers; i++) {
		const struct handover *h = &ds.handovers[i];
		char who[256], note[600], amount[32];
		text_clean(h->recipient, who, sizeof who);
		text_clean(h->note, note, sizeof note);
		money_format(h->amount, amount, sizeof amount);
		if (h->reversed_on[0])
			/* L10N: one handover that was reversed (dim, not counted): %1$s date,
			 * %2$s to whom, %3$s amount, %4$s cash or bank, %5$s the day it was
			 * reversed, %6$s the note. */
			snprintf(line, sizeof line, _("%1$s  %2$s  %3$s (%4$s), reversed on %5$s  "
						      "%6$s"), h->date, who, amount,
				 donations_scr_way_word(h->account), h->reversed_on, note);
		else
			/* L10N: one handover: %1$s date, %2$s to whom, %3$s amount, %4$s cash or
			 * bank, %5$s the note. */
			snprintf(line, sizeof line, _("%1$s  %2$s  %3$s (%4$s)  %5$s"), h->date,
				 who, amount, donations_scr_way_word(h->account), note);
		ui_text(hy++, 3, line, COLS - 4, TEXT_LEFT,
			h->reversed_on[0] ? UI_DIM : UI_NORMAL);
	}
}

static int donations_scr_drive_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (list_act(&ds.gifts_list, a))
		return 1;
	struct drive dr = ds.drive;
	switch (a) {
	case ACT_BACK:
		view_close(v, 0);
		break;
	case ACT_ADD:
		donations_scr_gift(&dr);
		break;
	case ACT_GIVE_MANY:
		donations_scr_many(&dr);
		break;
	case ACT_HANDOVER:
		donations_scr_handover(&dr);
		break;
	case ACT_VOID: {
		int i = list_current(&ds.gifts_list);
		if (i >= 0)
			donations_scr_reverse_gift(&ds.gift_page[i]);
		break;
	}
	case ACT_VOID_HANDOVER:
		donations_scr_reverse_handover(&dr);
		break;
	default:
		return 0;   /* help: the shell's */
	}
	return 1;
}

/* Enter: the drive's gifts over the drives. */
static void donations_scr_gifts(const struct drive *dr)
{
	static const struct list_source src = { .count = donations_scr_gift_count,
						.fetch = donations_scr_gift_fetch,
						.rows = ds.gift_page,
						.stride = sizeof ds.gift_page[0] };
	int state = text_width(donations_scr_reversed_word());
	donations_scr_gift_cols[GC_STATE].width = state < 8 ? state : 8;
	int way = text_width(_(donations_scr_gift_cols[GC_WAY].title));
	if (text_width(_("cash")) > way)
		way = text_width(_("cash"));
	if (text_width(_("bank")) > way)
		way = text_width(_("bank"));
	donations_scr_gift_cols[GC_WAY].width = way < 6 ? way : 6;
	ds.drive = *dr;
	list_init(&ds.gifts_list, donations_scr_gift_cols, GC_NCOLS, &src);
	donations_scr_drive_open = 1;
	donations_scr_drive_reload();
	struct view v = { .name = _("A drive's gifts"), .keymap = KM_DRIVE,
			  .draw = donations_scr_drive_draw, .act = donations_scr_drive_act };
	view_run(&v);
	donations_scr_drive_open = 0;
	donations_scr_reload();
}

/* ---- the section ---- */

static void donations_scr_enter(void)
{
	static const struct list_source src = { .count = donations_scr_count,
						.fetch = donations_scr_fetch, .rows = ds.page,
						.stride = sizeof ds.page[0] };
	if (!ds.ready) {
		char today[DATE_LEN];
		list_init(&ds.list, donations_scr_cols, DC_NCOLS, &src);
		date_today(today);
		ds.year = atoi(today);
		ds.ready = 1;
	}
	donations_scr_reload();
}

static void donations_scr_new_key(enum action a)
{
	(void)a;
	donations_scr_new_drive();
}

/* a A h Enter act on the drive under the bar. */
static void donations_scr_row(enum action a)
{
	const struct drive *cur = donations_scr_current();
	if (!cur)
		return;
	struct drive d = *cur;
	if (a == ACT_ADD)
		donations_scr_gift(&d);
	else if (a == ACT_GIVE_MANY)
		donations_scr_many(&d);
	else if (a == ACT_HANDOVER)
		donations_scr_handover(&d);
	else
		donations_scr_gifts(&d);
}

static void donations_scr_year(enum action a)
{
	char today[DATE_LEN];
	date_today(today);
	if (a == ACT_THIS_YEAR)
		donations_scr_set_year(atoi(today));
	else
		donations_scr_set_year(ds.year + (a == ACT_NEXT_YEAR ? 1 : -1));
	donations_scr_reload();
}

static const struct screen_action donations_scr_actions[] = {
	{ KM_DONATIONS, ACT_ADD, donations_scr_row },
	{ KM_DONATIONS, ACT_GIVE_MANY, donations_scr_row },
	{ KM_DONATIONS, ACT_HANDOVER, donations_scr_row },
	{ KM_DONATIONS, ACT_OPEN, donations_scr_row },
	{ KM_DONATIONS, ACT_NEW_DRIVE, donations_scr_new_key },
	{ KM_DONATIONS, ACT_PREV_YEAR, donations_scr_year },
	{ KM_DONATIONS, ACT_NEXT_YEAR, donations_scr_year },
	{ KM_DONATIONS, ACT_THIS_YEAR, donations_scr_year },
};

static int donations_scr_act(enum action a, int key)
{
	(void)key;
	return list_act(&ds.list, a);
}

const struct screen donations_screen = {
	/* L10N: the section of donation drives (爱心捐款); a short tab: 捐款. */
	.name = N_("Donations"),
	.keymap = KM_DONATIONS,
	.enter = donations_scr_enter,
	.draw = donations_scr_draw,
	.act = donations_scr_act,
	SCREEN_ACTIONS(donations_scr_actions),
};

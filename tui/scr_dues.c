/*
 * scr_dues.c — dues for a month (section 2): the monthly job on one screen.
 *
 * Shows: every member on the month's list (core/dues.h dues_month: the active ones) with
 * the amount due; who has paid already (with the amount and date, not editable); the
 * marks not saved yet; how many months in a row a member was behind before this month
 * (six or more: "!" in red). A line at the bottom totals what is marked.
 *
 * Reads dues_month; writes with dues_record, which stores the month's payments and
 * their one ledger entry in one transaction, and dues_cancel, which deletes one saved
 * payment and posts its correcting ledger entry in one transaction.
 *
 * Keys (KM_DUES, then the list's and the global ones): Space mark paid (or not) and go
 * down, A mark every unpaid member, N clear the marks, e/Enter change the amount, < and
 * > (or , and .) previous/next month, t this month, F2/Ctrl-S save (asks first), x cancel
 * the saved payment of the line (asks first; the marks not saved yet stay), p print the
 * month's saved dues (会费收缴表, with lp: tui/printer.c).
 * Leaving the month or the section with marks not saved asks first.
 *
 * A closed month (月结, closed on the Books screen) says so in its title and, before any
 * key, under the list: what is saved stays as it is (x refuses to cancel a payment made
 * in a closed month), and a payment saved now is a late payment for that month, dated
 * today (core: dues_default_paid_on), whose question says so.
 */
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/form.h"
#include "tui/list.h"
#include "tui/printer.h"
#include "tui/ui.h"
#include "core/date.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A line of the month: the member's dues line and what is marked, not saved yet. */
struct dues_scr_row {
	struct dues_line d;
	int mark;           /* 1: record a payment for this line at the next save */
	int64_t amount;     /* what it will be (the amount due unless changed) */
};

static void dues_scr_mark_cell(const void *row, char *buf, size_t n, enum ui_look *look);
static void dues_scr_pay_cell(const void *row, char *buf, size_t n, enum ui_look *look);
static void dues_scr_state_cell(const void *row, char *buf, size_t n, enum ui_look *look);

enum { COL_MARK, COL_NO, COL_NAME, COL_DUE, COL_PAY, COL_STATE, NCOLS };

static const struct list_col cols[NCOLS] = {
	[COL_MARK] = { .title = "", .width = 3, .kind = LC_FN, .fn = dues_scr_mark_cell },
	[COL_NO] = { .title = N_("No."), .width = 8, LIST_AT(struct dues_scr_row, d.no) },
	[COL_NAME] = { .title = N_("Name"), .width = 0, LIST_AT(struct dues_scr_row, d.name) },
	[COL_DUE] = { .title = N_("Due"), .width = 10, .kind = LC_MONEY,
		      LIST_AT(struct dues_scr_row, d.due) },
	[COL_PAY] = { .title = N_("Amount"), .width = 10, .align = TEXT_RIGHT, .kind = LC_FN,
		      .fn = dues_scr_pay_cell },
	[COL_STATE] = { .title = N_("State"), .width = 20, .kind = LC_FN,
			.fn = dues_scr_state_cell },
};

static struct {
	int ready;
	char month[MONTH_LEN];
	struct dues_line *lines;
	struct dues_scr_row *rows;
	int n;
	int marked;         /* how many marks */
	int closed;         /* the month is closed (月结): a payment now is a late one */
	struct list list;
} ds;

/* ---- data ---- */

static void dues_scr_free(void)
{
	dues_lines_free(&ds.lines);
	free(ds.rows);
	ds.rows = NULL;
	ds.n = ds.marked = 0;
}

static void dues_scr_load(void)
{
	struct err e = { 0 };
	struct dues_line *lines = NULL;
	int n = 0;

	dues_scr_free();
	ds.closed = ledger_is_closed(ds.month);
	if (dues_month(ds.month, &lines, &n, &e) != ERR_OK) {
		ui_error("%s", e.msg);
	} else {
		ds.lines = lines;
		ds.n = n;
		ds.rows = calloc((size_t)(n ? n : 1), sizeof *ds.rows);
		if (!ds.rows) {
			ui_error("%s", err_text(ERR_NOMEM));
			dues_scr_free();
		} else {
			for (int i = 0; i < n; i++) {
				ds.rows[i].d = lines[i];
				ds.rows[i].amount = lines[i].due;
			}
		}
	}
	list_reload(&ds.list, &e);
}

static err_code dues_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	(void)e;
	*n = ds.n;
	return ERR_OK;
}

static err_code dues_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	/* The month's list is already in memory (one row per active member): the page
	 * starts at row offset. */
	(void)arg;
	(void)limit;
	(void)e;
	ds.list.src.rows = ds.rows ? ds.rows + offset : NULL;
	return ERR_OK;
}

static void dues_scr_mark_cell(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct dues_scr_row *r = row;
	(void)look;
	snprintf(buf, n, "%s", r->d.paid ? "" : r->mark ? "[x]" : "[ ]");
}

/* What was paid (green), or what a mark will record. */
static void dues_scr_pay_cell(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct dues_scr_row *r = row;
	if (r->d.paid) {
		money_format(r->d.paid_amount, buf, n);
		*look = UI_GOOD;
	} else if (r->mark) {
		money_format(r->amount, buf, n);
	}
}

static void dues_scr_state_cell(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct dues_line *d = &((const struct dues_scr_row *)row)->d;
	if (d->paid) {
		/* L10N: %s is the date dues were paid (2025-06-30). */
		snprintf(buf, n, _("paid %s"), d->paid_on);
		*look = UI_GOOD;
	} else if (d->months_behind > 0) {
		/* L10N: months of dues unpaid in a row before this month. */
		snprintf(buf, n, ngettext("%d month behind", "%d months behind", d->months_behind),
			 d->months_behind);
		if (d->months_behind >= DUES_BEHIND_FLAG) {
			char tmp[128];
			snprintf(tmp, sizeof tmp, "!%s", buf);
			snprintf(buf, n, "%s", tmp);
			*look = UI_WARN;
		}
	} else if (d->due == 0) {
		snprintf(buf, n, "%s", _("nothing due"));
		*look = UI_DIM;
	}
}

/* ---- drawing ---- */

static void dues_scr_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], total[32];
	int paid = 0;
	int64_t sum = 0;

	curs_set(0);
	for (int i = 0; i < ds.n; i++) {
		paid += ds.rows[i].d.paid;
		if (ds.rows && ds.rows[i].mark)
			sum += ds.rows[i].amount;
	}
	if (ds.closed)
		/* L10N: the title of a closed month's dues (已月结，只读): %1$s the month
		 * (2025-05), %2$d how many have paid, %3$d how many are on the list. */
		snprintf(line, sizeof line, _("Dues for %1$s, closed and read-only: %2$d of %3$d "
					      "paid"), ds.month, paid, ds.n);
	else
		/* L10N: %1$s the month (2025-06), %2$d how many have paid, %3$d how many are
		 * on the list. */
		snprintf(line, sizeof line, _("Dues for %1$s: %2$d of %3$d paid"), ds.month, paid,
			 ds.n);
	ds.list.empty = _("Nobody is on this month's list: add members in section 1.");
	list_draw(&ds.list, y + 1, bottom - 1);
	char pos[32];
	frame_title(y, line, list_position(&ds.list, pos, sizeof pos));

	/* The totals line at the bottom of the body. */
	ui_clear_line(bottom, UI_NORMAL);
	if (ds.marked > 0) {
		money_format(sum, total, sizeof total);
		/* L10N: %1$d members marked paid, %2$s their total; F2 saves. */
		snprintf(line, sizeof line, ngettext("Marked %1$d member paid, %2$s in all: "
						     "F2 saves.",
						     "Marked %1$d members paid, %2$s in all: "
						     "F2 saves.", ds.marked),
			 ds.marked, total);
		ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_TITLE);
	} else if (ds.closed) {
		char today[DATE_LEN];
		date_today(today);
		if (ledger_is_closed(today))
			/* L10N: %s the closed month (2025-05); today's month is closed too. */
			snprintf(line, sizeof line, _("%s is closed, and so is this month: no "
						      "payment can be saved until the next month."),
				 ds.month);
		else
			/* L10N: %1$s the closed month (2025-05), %2$s today. */
			snprintf(line, sizeof line, _("A payment saved now is a late payment for "
						      "%1$s, dated %2$s."), ds.month, today);
		ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_WARN);
	} else if (ds.n > paid) {
		ui_text(bottom, 1, _("Space marks a member paid, A marks everyone; then F2 saves."),
			COLS - 2, TEXT_LEFT, UI_DIM);
	}
}

/* ---- actions ---- */

static void dues_scr_set_mark(int k, int on)
{
	if (k < 0 || k >= ds.n || ds.rows[k].d.paid || ds.rows[k].mark == on)
		return;
	ds.rows[k].mark = on;
	ds.marked += on ? 1 : -1;
}

static int dues_scr_current(void)
{
	if (ds.n == 0) {
		ui_msg("%s", _("The list is empty."));
		return -1;
	}
	return ds.list.sel;
}

static int dues_scr_already_paid(int k)
{
	const struct dues_line *d = &ds.rows[k].d;
	char name[256], money[32];
	if (!d->paid)
		return 0;
	text_clean(d->name, name, sizeof name);
	if (ledger_is_closed(d->paid_on)) {
		/* L10N: %1$s name, %2$s amount, %3$s date paid, in a month that is closed. */
		ui_msg(_("%1$s paid %2$s on %3$s, in a closed month: the payment stays as it is."),
		       name, money_format(d->paid_amount, money, sizeof money), d->paid_on);
		return 1;
	}
	/* L10N: %1$s name, %2$s amount, %3$s date paid; x is the key that cancels it. */
	ui_msg(_("%1$s paid %2$s on %3$s: already saved; x cancels the payment."), name,
	       money_format(d->paid_amount, money, sizeof money), d->paid_on);
	return 1;
}

/* The amount form's record: what the member pays this month. */
struct dues_scr_amount {
	int64_t amount;
};

static const struct form_field amount_fields[] = {
	{ .name = "amount", .label = N_("Amount"), .kind = FK_MONEY, .width = 12, .required = 1,
	  FORM_AT(struct dues_scr_amount, amount) },
};

static void dues_scr_amount(int k)
{
	char title[512], name[256];
	struct dues_scr_amount rec = { ds.rows[k].amount };

	if (dues_scr_already_paid(k))
		return;
	text_clean(ds.rows[k].d.name, name, sizeof name);
	/* L10N: %1$s name, %2$s membership number, %3$s month. */
	snprintf(title, sizeof title, _("Dues of %1$s (%2$s) for %3$s"), name, ds.rows[k].d.no,
		 ds.month);
	/* core's verdict on the amount: refused, asked about (more than ten times what is
	 * due), or fine; the form comes back with what was typed until it is one of them. */
	for (;;) {
		struct form *f = form_new(title, amount_fields, 1);
		if (!f)
			return;
		form_record(f, &rec, sizeof rec);
		form_note(f, _("The amount paid this month. Enter to confirm, Esc to cancel."));
		form_enter_saves(f, 1);
		int r = form_run(f);
		form_free(&f);
		if (r != FORM_SAVED)
			return;
		struct err e = { 0 };
		enum dues_verdict v = dues_amount_verdict(rec.amount, ds.rows[k].d.due, name, &e);
		if (v == DUES_AMOUNT_REFUSED) {
			ui_error("%s", e.msg);
			continue;
		}
		if (v == DUES_AMOUNT_ASK && !view_ask(e.msg))
			continue;
		break;
	}
	ds.rows[k].amount = rec.amount;
	dues_scr_set_mark(k, 1);
}

static void dues_scr_save(void)
{
	struct err e = { 0 };
	char paid_on[DATE_LEN], total[32], question[512];
	int64_t sum = 0;
	int n = 0;

	if (ds.marked == 0) {
		ui_msg("%s", _("Nothing is marked: Space marks a member paid."));
		return;
	}
	struct dues_pay *pays = calloc((size_t)ds.marked, sizeof *pays);
	if (!pays) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	for (int i = 0; i < ds.n; i++)
		if (ds.rows[i].mark && n < ds.marked) {
			pays[n].member_id = ds.rows[i].d.member_id;
			pays[n].amount = ds.rows[i].amount;
			sum += ds.rows[i].amount;
			n++;
		}
	dues_default_paid_on(ds.month, paid_on);
	money_format(sum, total, sizeof total);
	if (ds.closed)
		snprintf(question, sizeof question,
			 /* L10N: %1$d payments, %2$s their total, %3$s the closed month, %4$s
			  * the date they are booked on (today, in an open month). */
			 ngettext("%3$s is closed: save %1$d late payment of dues for %3$s, %2$s "
				  "in all, dated %4$s?",
				  "%3$s is closed: save %1$d late payments of dues for %3$s, %2$s "
				  "in all, dated %4$s?", n),
			 n, total, ds.month, paid_on);
	else
		snprintf(question, sizeof question,
			 /* L10N: %1$d payments, %2$s their total, %3$s the month, %4$s the date
			  * they are booked on. */
			 ngettext("Save %1$d payment of dues for %3$s, %2$s in all, dated %4$s?",
				  "Save %1$d payments of dues for %3$s, %2$s in all, dated %4$s?", n),
			 n, total, ds.month, paid_on);
	if (!view_ask(question))
		goto cleanup;
	if (dues_record(ds.month, paid_on, pays, n, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		goto cleanup;
	}
	int sel = ds.list.sel;
	dues_scr_load();
	ds.list.sel = sel;
	list_reload(&ds.list, &e);
	/* L10N: %1$d payments, %2$s month, %3$s total. */
	ui_msg(ngettext("Saved %1$d payment for %2$s, %3$s in all.",
			"Saved %1$d payments for %2$s, %3$s in all.", n), n, ds.month, total);
cleanup:
	free(pays);
}

/* Load the month again keeping the marks not saved yet (the list's members are the same:
 * a payment saved or cancelled does not change who is on it). */
static void dues_scr_reload_keeping_marks(void)
{
	struct err e = { 0 };
	int n = ds.n, sel = ds.list.sel;
	int64_t *ids = calloc((size_t)(n ? n : 1), sizeof *ids);
	int64_t *amounts = calloc((size_t)(n ? n : 1), sizeof *amounts);
	int *marks = calloc((size_t)(n ? n : 1), sizeof *marks);

	if (!ids || !amounts || !marks) {
		ui_error("%s", err_text(ERR_NOMEM));
		goto cleanup;
	}
	for (int i = 0; i < n; i++) {
		ids[i] = ds.rows[i].d.member_id;
		amounts[i] = ds.rows[i].amount;
		marks[i] = ds.rows[i].mark;
	}
	dues_scr_load();
	for (int i = 0, j = 0; i < ds.n; i++) {
		while (j < n && ids[j] != ds.rows[i].d.member_id)
			j++;
		if (j == n)
			break;
		ds.rows[i].amount = amounts[j];
		dues_scr_set_mark(i, marks[j]);
	}
cleanup:
	ds.list.sel = sel;
	list_reload(&ds.list, &e);
	free(ids);
	free(amounts);
	free(marks);
}

/* x on a paid line: cancel the saved payment (core/dues.h dues_cancel), asking first. */
static void dues_scr_cancel_payment(int k)
{
	struct err e = { 0 };
	const struct dues_line *d = &ds.rows[k].d;
	char name[256], no[128], money[32], question[1024];

	text_clean(d->name, name, sizeof name);
	text_clean(d->no, no, sizeof no);
	if (!d->paid) {
		/* L10N: %1$s name, %2$s membership number, %3$s the month (2025-06). */
		ui_msg(_("%1$s (%2$s) has not paid for %3$s: there is no payment to cancel."),
		       name, no, ds.month);
		return;
	}
	money_format(d->paid_amount, money, sizeof money);
	if (ledger_is_closed(d->paid_on)) {
		/* Refused before asking: a payment made in a closed month stays. */
		/* L10N: %1$s name, %2$s membership number, %3$s the day paid (2025-05-20), in
		 * a closed month. */
		ui_error(_("%1$s (%2$s) paid on %3$s, in a closed month: the payment stays; put "
			   "a mistake right with an entry in the Books."), name, no, d->paid_on);
		return;
	}
	if (d->paid_amount > 0)
		/* L10N: %1$s the month (2025-06), %2$s the amount, %3$s the name, %4$s the
		 * membership number. */
		snprintf(question, sizeof question, _("Cancel the %1$s payment of %2$s by %3$s "
						      "(%4$s)? A correcting ledger entry will "
						      "be made."), ds.month, money, name, no);
	else
		/* L10N: as above, for a payment of 0.00, which has no ledger entry. */
		snprintf(question, sizeof question, _("Cancel the %1$s payment of %2$s by %3$s "
						      "(%4$s)?"), ds.month, money, name, no);
	if (!view_ask(question))
		return;
	if (dues_cancel(ds.month, d->member_id, NULL, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	dues_scr_reload_keeping_marks();
	/* L10N: %1$s the month, %2$s the amount, %3$s the name, %4$s the number. */
	ui_msg(_("The %1$s payment of %2$s by %3$s (%4$s) is cancelled."), ds.month, money, name,
	       no);
}

static void dues_scr_go(const char *month)
{
	if (ds.marked > 0 && !view_ask(_("Discard the marks not saved yet?")))
		return;
	snprintf(ds.month, sizeof ds.month, "%s", month);
	ds.list.sel = ds.list.top = 0;
	dues_scr_load();
}

/* ---- the screen ---- */

static void dues_scr_enter(void)
{
	static const struct list_source src = { .count = dues_scr_count, .fetch = dues_scr_fetch,
						.stride = sizeof(struct dues_scr_row) };
	if (!ds.ready) {
		list_init(&ds.list, cols, NCOLS, &src);
		month_this(ds.month);
		ds.ready = 1;
	}
	dues_scr_load();
}

/* Space: mark the line paid (or not) and go down. */
static void dues_scr_mark(enum action a)
{
	int k;
	(void)a;
	if ((k = dues_scr_current()) >= 0 && !dues_scr_already_paid(k)) {
		dues_scr_set_mark(k, !ds.rows[k].mark);
		list_act(&ds.list, ACT_DOWN);
	}
}

/* A marks every unpaid line, N clears the marks. */
static void dues_scr_mark_all(enum action a)
{
	for (int i = 0; i < ds.n; i++)
		dues_scr_set_mark(i, a == ACT_MARK_ALL);
	if (a == ACT_MARK_ALL && ds.marked == 0)
		ui_msg("%s", _("Everyone has paid this month."));
}

/* The line's own action, on the line selected. */
static void dues_scr_line(enum action a)
{
	int k = dues_scr_current();
	if (k < 0)
		return;
	if (a == ACT_AMOUNT)
		dues_scr_amount(k);
	else
		dues_scr_cancel_payment(k);
}

/* < > t: another month. */
static void dues_scr_month(enum action a)
{
	char month[MONTH_LEN];
	if (a == ACT_THIS_MONTH)
		month_this(month);
	else
		month_add(ds.month, a == ACT_PREV_MONTH ? -1 : 1, month);
	dues_scr_go(month);
}

static void dues_scr_save_marks(enum action a)
{
	(void)a;
	dues_scr_save();
}

/* p: the dues sheet of the month shown (会费收缴表, `gonghui print dues --month`) to the
 * printer: what is saved; marks not saved yet are not on it. */
static void dues_scr_print(enum action a)
{
	(void)a;
	struct sheet_opts o = { 0 };
	snprintf(o.month, sizeof o.month, "%s", ds.month);
	char done[160];
	/* L10N: %s the month (2025-06) */
	snprintf(done, sizeof done, _("The dues sheet of %s is sent to the printer."), ds.month);
	printer_sheet("dues", &o, done);
}

static const struct screen_action dues_scr_actions[] = {
	{ KM_DUES, ACT_MARK, dues_scr_mark },
	{ KM_DUES, ACT_MARK_ALL, dues_scr_mark_all },
	{ KM_DUES, ACT_UNMARK_ALL, dues_scr_mark_all },
	{ KM_DUES, ACT_AMOUNT, dues_scr_line },
	{ KM_DUES, ACT_CANCEL_PAY, dues_scr_line },
	{ KM_DUES, ACT_PREV_MONTH, dues_scr_month },
	{ KM_DUES, ACT_NEXT_MONTH, dues_scr_month },
	{ KM_DUES, ACT_THIS_MONTH, dues_scr_month },
	{ KM_DUES, ACT_SAVE, dues_scr_save_marks },
	{ KM_DUES, ACT_PRINT, dues_scr_print },
};

static int dues_scr_act(enum action a, int key)
{
	(void)key;
	return list_act(&ds.list, a);
}

static int dues_scr_unsaved(void) { return ds.marked > 0; }

static void dues_scr_discard(void)
{
	for (int i = 0; i < ds.n; i++)
		dues_scr_set_mark(i, 0);
}

const struct screen dues_screen = {
	.name = N_("Dues"),
	.keymap = KM_DUES,
	.enter = dues_scr_enter,
	.draw = dues_scr_draw,
	.act = dues_scr_act,
	SCREEN_ACTIONS(dues_scr_actions),
	.unsaved = dues_scr_unsaved,
	.discard = dues_scr_discard,
};

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
 * the saved payment of the line (asks first; the marks not saved yet stay).
 * Leaving the month or the section with marks not saved asks first.
 */
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/form.h"
#include "tui/list.h"
#include "tui/ui.h"
#include "core/date.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COL_MARK, COL_NO, COL_NAME, COL_DUE, COL_PAY, COL_STATE, NCOLS };

static const struct list_col cols[NCOLS] = {
	[COL_MARK] = { .title = "", .width = 3, .align = TEXT_LEFT },
	[COL_NO] = { .title = N_("No."), .width = 8, .align = TEXT_LEFT },
	[COL_NAME] = { .title = N_("Name"), .width = 0, .align = TEXT_LEFT },
	[COL_DUE] = { .title = N_("Due"), .width = 10, .align = TEXT_RIGHT },
	[COL_PAY] = { .title = N_("Amount"), .width = 10, .align = TEXT_RIGHT },
	[COL_STATE] = { .title = N_("State"), .width = 20, .align = TEXT_LEFT },
};

static struct {
	int ready;
	char month[MONTH_LEN];
	struct dues_line *lines;
	int n;
	int *mark;          /* 1: record a payment for this line at the next save */
	int64_t *amount;    /* what it will be (the amount due unless changed) */
	int marked;         /* how many marks */
	struct list list;
} ds;

/* ---- data ---- */

static void dues_free(void)
{
	dues_lines_free(&ds.lines);
	free(ds.mark);
	free(ds.amount);
	ds.mark = NULL;
	ds.amount = NULL;
	ds.n = ds.marked = 0;
}

static void dues_load(void)
{
	struct err e = { 0 };
	struct dues_line *lines = NULL;
	int n = 0;

	dues_free();
	if (dues_month(ds.month, &lines, &n, &e) != ERR_OK) {
		ui_error("%s", e.msg);
	} else {
		ds.lines = lines;
		ds.n = n;
		ds.mark = calloc((size_t)(n ? n : 1), sizeof *ds.mark);
		ds.amount = calloc((size_t)(n ? n : 1), sizeof *ds.amount);
		if (!ds.mark || !ds.amount) {
			ui_error("%s", err_text(ERR_NOMEM));
			dues_free();
		} else {
			for (int i = 0; i < n; i++)
				ds.amount[i] = lines[i].due;
		}
	}
	list_reload(&ds.list, &e);
}

static err_code dues_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	(void)e;
	*n = ds.n;
	return ERR_OK;
}

static err_code dues_fetch(void *arg, int offset, int limit, struct err *e)
{
	/* The month's list is already in memory (one row per active member). */
	(void)arg;
	(void)offset;
	(void)limit;
	(void)e;
	return ERR_OK;
}

static void dues_cell(void *arg, int i, int col, char *buf, size_t n, enum ui_look *look)
{
	(void)arg;
	int k = ds.list.loaded_top + i;
	const struct dues_line *d;
	char money[32];

	if (k < 0 || k >= ds.n)
		return;
	d = &ds.lines[k];
	switch (col) {
	case COL_MARK:
		snprintf(buf, n, "%s", d->paid ? "" : ds.mark[k] ? "[x]" : "[ ]");
		break;
	case COL_NO:
		snprintf(buf, n, "%s", d->no);
		break;
	case COL_NAME:
		snprintf(buf, n, "%s", d->name);
		break;
	case COL_DUE:
		snprintf(buf, n, "%s", money_format(d->due, money, sizeof money));
		break;
	case COL_PAY:
		if (d->paid) {
			snprintf(buf, n, "%s", money_format(d->paid_amount, money, sizeof money));
			*look = UI_GOOD;
		} else if (ds.mark[k]) {
			snprintf(buf, n, "%s", money_format(ds.amount[k], money, sizeof money));
		}
		break;
	case COL_STATE:
		if (d->paid) {
			/* L10N: %s is the date dues were paid (2025-06-30). */
			snprintf(buf, n, _("paid %s"), d->paid_on);
			*look = UI_GOOD;
		} else if (d->months_behind > 0) {
			/* L10N: months of dues unpaid in a row before this month. */
			snprintf(buf, n, ngettext("%d month behind", "%d months behind",
						  d->months_behind), d->months_behind);
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
		break;
	default:
		break;
	}
}

/* ---- drawing ---- */

static void dues_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], total[32];
	int paid = 0;
	int64_t sum = 0;

	curs_set(0);
	for (int i = 0; i < ds.n; i++) {
		paid += ds.lines[i].paid;
		if (ds.mark && ds.mark[i])
			sum += ds.amount[i];
	}
	/* L10N: %1$s the month (2025-06), %2$d how many have paid, %3$d how many are on the
	 * list. */
	snprintf(line, sizeof line, _("Dues for %1$s: %2$d of %3$d paid"), ds.month, paid, ds.n);
	ds.list.empty = _("Nobody is on this month's list: add members in section 1.");
	list_draw(&ds.list, y + 1, bottom - 1);
	char pos[32];
	int pw = text_width(list_position(&ds.list, pos, sizeof pos));
	ui_clear_line(y, UI_TITLE);
	ui_text(y, 1, line, COLS - 4 - pw, TEXT_LEFT, UI_TITLE);
	ui_put(y, COLS - 1 - pw, pos, pw, UI_TITLE);

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
	} else if (ds.n > paid) {
		ui_text(bottom, 1, _("Space marks a member paid, A marks everyone; then F2 saves."),
			COLS - 2, TEXT_LEFT, UI_DIM);
	}
}

/* ---- actions ---- */

static void dues_set_mark(int k, int on)
{
	if (k < 0 || k >= ds.n || ds.lines[k].paid || ds.mark[k] == on)
		return;
	ds.mark[k] = on;
	ds.marked += on ? 1 : -1;
}

static int dues_current(void)
{
	if (ds.n == 0) {
		ui_msg("%s", _("The list is empty."));
		return -1;
	}
	return ds.list.sel;
}

static int dues_already_paid(int k)
{
	const struct dues_line *d = &ds.lines[k];
	char name[256], money[32];
	if (!d->paid)
		return 0;
	text_clean(d->name, name, sizeof name);
	/* L10N: %1$s name, %2$s amount, %3$s date paid; x is the key that cancels it. */
	ui_msg(_("%1$s paid %2$s on %3$s: already saved; x cancels the payment."), name,
	       money_format(d->paid_amount, money, sizeof money), d->paid_on);
	return 1;
}

static const struct form_field amount_fields[] = {
	{ .name = "amount", .label = N_("Amount"), .kind = FK_MONEY, .width = 12, .required = 1, .max = 32 },
};

static err_code dues_amount_check(struct form *f, void *arg, struct err *e)
{
	int64_t *out = arg;
	return money_parse(form_get(f, "amount"), out, e);
}

static void dues_amount(int k)
{
	char title[512], name[256], plain[32];
	int64_t amount = ds.amount[k];

	if (dues_already_paid(k))
		return;
	text_clean(ds.lines[k].name, name, sizeof name);
	/* L10N: %1$s name, %2$s membership number, %3$s month. */
	snprintf(title, sizeof title, _("Dues of %1$s (%2$s) for %3$s"), name, ds.lines[k].no,
		 ds.month);
	struct form *f = form_new(title, amount_fields, 1);
	if (!f)
		return;
	form_set(f, "amount", money_plain(amount, plain, sizeof plain));
	form_note(f, _("The amount paid this month. Enter to confirm, Esc to cancel."));
	form_enter_saves(f, 1);
	form_on_save(f, dues_amount_check, &amount);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	ds.amount[k] = amount;
	dues_set_mark(k, 1);
}

static void dues_save(void)
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
		if (ds.mark[i] && n < ds.marked) {
			pays[n].member_id = ds.lines[i].member_id;
			pays[n].amount = ds.amount[i];
			sum += ds.amount[i];
			n++;
		}
	dues_default_paid_on(ds.month, paid_on);
	money_format(sum, total, sizeof total);
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
	dues_load();
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
static void dues_reload_keeping_marks(void)
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
		ids[i] = ds.lines[i].member_id;
		amounts[i] = ds.amount[i];
		marks[i] = ds.mark[i];
	}
	dues_load();
	for (int i = 0, j = 0; i < ds.n; i++) {
		while (j < n && ids[j] != ds.lines[i].member_id)
			j++;
		if (j == n)
			break;
		ds.amount[i] = amounts[j];
		dues_set_mark(i, marks[j]);
	}
cleanup:
	ds.list.sel = sel;
	list_reload(&ds.list, &e);
	free(ids);
	free(amounts);
	free(marks);
}

/* x on a paid line: cancel the saved payment (core/dues.h dues_cancel), asking first. */
static void dues_cancel_payment(int k)
{
	struct err e = { 0 };
	const struct dues_line *d = &ds.lines[k];
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
	dues_reload_keeping_marks();
	/* L10N: %1$s the month, %2$s the amount, %3$s the name, %4$s the number. */
	ui_msg(_("The %1$s payment of %2$s by %3$s (%4$s) is cancelled."), ds.month, money, name,
	       no);
}

static void dues_go(const char *month)
{
	if (ds.marked > 0 && !view_ask(_("Discard the marks not saved yet?")))
		return;
	snprintf(ds.month, sizeof ds.month, "%s", month);
	ds.list.sel = ds.list.top = 0;
	dues_load();
}

/* ---- the screen ---- */

static void dues_enter(void)
{
	static const struct list_source src = { .count = dues_count, .fetch = dues_fetch, .cell = dues_cell };
	if (!ds.ready) {
		list_init(&ds.list, cols, NCOLS, &src);
		month_this(ds.month);
		ds.ready = 1;
	}
	dues_load();
}

static int dues_act(enum action a, int key)
{
	(void)key;
	char month[MONTH_LEN];
	int k;

	if (list_act(&ds.list, a))
		return 1;
	switch (a) {
	case ACT_MARK:
		if ((k = dues_current()) >= 0 && !dues_already_paid(k)) {
			dues_set_mark(k, !ds.mark[k]);
			list_act(&ds.list, ACT_DOWN);
		}
		return 1;
	case ACT_MARK_ALL:
		for (int i = 0; i < ds.n; i++)
			dues_set_mark(i, 1);
		if (ds.marked == 0)
			ui_msg("%s", _("Everyone has paid this month."));
		return 1;
	case ACT_UNMARK_ALL:
		for (int i = 0; i < ds.n; i++)
			dues_set_mark(i, 0);
		return 1;
	case ACT_AMOUNT:
		if ((k = dues_current()) >= 0)
			dues_amount(k);
		return 1;
	case ACT_PREV_MONTH:
	case ACT_NEXT_MONTH:
		month_add(ds.month, a == ACT_PREV_MONTH ? -1 : 1, month);
		dues_go(month);
		return 1;
	case ACT_THIS_MONTH:
		month_this(month);
		dues_go(month);
		return 1;
	case ACT_SAVE:
		dues_save();
		return 1;
	case ACT_CANCEL_PAY:
		if ((k = dues_current()) >= 0)
			dues_cancel_payment(k);
		return 1;
	default:
		return 0;
	}
}

static int dues_unsaved(void) { return ds.marked > 0; }

static void dues_discard(void)
{
	for (int i = 0; i < ds.n; i++)
		dues_set_mark(i, 0);
}

const struct screen dues_screen = {
	N_("Dues"),
	KM_DUES,
	dues_enter,
	dues_draw,
	dues_act,
	dues_unsaved,
	dues_discard,
	NULL,
};

/*
 * scr_welfare.c — welfare and visits (section 4, 慰问): the treasurer's monthly "who was
 * in hospital and what the union gave them, who was visited and by whom, and 五必访".
 *
 * Shows: the title line with the year and how many must-visit cases are open; the
 * year's welfare rows, newest first, one page at a time (welfare_count + welfare_page
 * over the year's dates: never the whole table): date, number, name, reason, cash, the
 * goods' value (or the goods when they have none), who paid (union funds or the school),
 * and "void" on a row that was reversed and "reversal" on the row that reverses it, its
 * amounts shown negated (红字; neither row is counted); under the list the year's
 * counted totals (welfare_tally).
 * `V` shows the year's visits instead (and back: tui/scr_visits.c); `m` opens the list
 * of open must-visit cases over it (tui/scr_mustvisit.c). The section always opens on
 * the welfare list. The title line says which list and the year.
 *
 * Reads core/welfare.h, core/visit.h, core/member.h (the member field's picker,
 * tui/pick.c) and core/ledger.h (ledger_check_open, to refuse before asking). Writes
 * through welfare_add (the row, its ledger entry when the union pays, and a must-visit
 * case for a hospital stay, wedding, bereavement, childbirth, retirement or hardship, in
 * one transaction) and welfare_reverse (a reversing row and entry, in one transaction);
 * visits are written by tui/scr_visits.c.
 *
 * Keys on the welfare list (KM_WELFARE, then the list's and the global ones): a add
 * welfare, v log a visit, V the visits list, m the open must-visit cases (there: Enter or
 * v opens the visit form filled in with the case's member and reason, Esc goes back),
 * x reverse the row (asks first), < and > (or , and .) previous/next year, t this year,
 * Enter shows the row's goods and note, p prints the sign sheet (实名签收表) of the row's
 * day and kind with lp (tui/printer.c).
 * On the visits list (KM_VISITS): v or a log a visit (a adds to the list on screen, as
 * everywhere), V back to the welfare list, m, < > t as above, Enter shows the visit in
 * full. The section tells the shell which of the two keymaps is in force
 * (welfare_scr_keymap).
 */
#include "tui/form.h"
#include "tui/frame.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/scr_gift.h"
#include "tui/scr_mustvisit.h"
#include "tui/scr_visits.h"
#include "tui/screen.h"
#include "tui/printer.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/category.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/money.h"
#include "core/text.h"
#include "core/visit.h"
#include "core/welfare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200

/* A row of the list: the record and the amounts as shown — a reversal's are the
 * reversed row's, negated (红字). */
struct welfare_scr_row {
	struct welfare w;
	int64_t cash, goods_value;
};

static void welfare_scr_goods(const void *row, char *buf, size_t n, enum ui_look *look);
static void welfare_scr_payer(const void *row, char *buf, size_t n, enum ui_look *look);
static void welfare_scr_state(const void *row, char *buf, size_t n, enum ui_look *look);
static enum ui_look welfare_scr_look(const void *row);

enum { COL_DATE, COL_NO, COL_NAME, COL_KIND, COL_CASH, COL_GOODS, COL_PAID, COL_STATE, NCOLS };

/* The widths of the reason, payer and state columns follow their translated words
 * (welfare_scr_widths), so a Chinese screen gives the name the room English needs for
 * "hospital stay". A reversed row and its reversal are dim. */
#define AT(m) LIST_AT(struct welfare_scr_row, m), .look = welfare_scr_look
static struct list_col welfare_cols[NCOLS] = {
	[COL_DATE] = { .title = N_("Date"), .width = 10, .kind = LC_DATE, AT(w.date) },
	[COL_NO] = { .title = N_("No."), .width = 6, AT(w.member_no) },
	[COL_NAME] = { .title = N_("Name"), .width = 0, AT(w.member_name) },
	[COL_KIND] = { .title = N_("Reason"), .width = 13, .kind = LC_CAT, .cat = CAT_WELFARE,
		       AT(w.kind) },
	/* L10N: column heading: cash given (慰问金); 9 columns at most. */
	[COL_CASH] = { .title = N_("Cash"), .width = 9, .kind = LC_MONEY, .blank = 1,
		       AT(cash) },
	/* L10N: column heading: the value of the goods given (慰问品折价); 9 columns at
	 * most. */
	[COL_GOODS] = { .title = N_("In kind"), .width = 9, .align = TEXT_RIGHT, .kind = LC_FN,
			.fn = welfare_scr_goods, .look = welfare_scr_look },
	[COL_PAID] = { .title = N_("Paid by"), .width = 6, .kind = LC_FN,
		       .fn = welfare_scr_payer, .look = welfare_scr_look },
	[COL_STATE] = { .title = "", .width = 8, .kind = LC_FN, .fn = welfare_scr_state,
			.look = welfare_scr_look },
};
#undef AT

enum welfare_list { WL_WELFARE, WL_VISITS };

static struct {
	int ready;
	enum welfare_list view;          /* which list the section shows */
	int year;
	char from[DATE_LEN], to[DATE_LEN];
	struct welfare_query q;
	struct list list;
	struct welfare_scr_row page[PAGE_MAX];   /* the rows on screen */
	struct welfare got[PAGE_MAX];
	int open_cases;                  /* must-visit cases open */
	struct welfare_tally tally;      /* the year's counted rows, all kinds together */
} ws;

/* ---- words ---- */

/* L10N: who paid, in the welfare list's narrow column (the form says "union funds"). */
static const char *welfare_scr_payer_word(const char *paid_by)
{
	return strcmp(paid_by, "school") == 0 ? _("school") : _("union");
}

/* "void" on a reversed row, "reversal" on the row that reverses it, "" otherwise. */
static const char *welfare_scr_state_word(const struct welfare *w)
{
	if (w->reverses)
		/* L10N: marks the welfare row that reverses (冲销) another one; 8 columns at
		 * most. */
		return _("reversal");
	if (w->reversed_by)
		/* L10N: marks a welfare row that was reversed (作废); 8 columns at most. */
		return _("void");
	return "";
}

static void welfare_scr_goods(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct welfare_scr_row *r = row;
	(void)look;
	/* The goods' value; the goods themselves when they were given no value. */
	if (r->goods_value)
		money_format(r->goods_value, buf, n);
	else
		snprintf(buf, n, "%s", r->w.goods);
}

static void welfare_scr_payer(const void *row, char *buf, size_t n, enum ui_look *look)
{
	(void)look;
	snprintf(buf, n, "%s", welfare_scr_payer_word(((const struct welfare_scr_row *)row)->w.paid_by));
}

static void welfare_scr_state(const void *row, char *buf, size_t n, enum ui_look *look)
{
	(void)look;
	snprintf(buf, n, "%s", welfare_scr_state_word(&((const struct welfare_scr_row *)row)->w));
}

static enum ui_look welfare_scr_look(const void *row)
{
	const struct welfare *w = &((const struct welfare_scr_row *)row)->w;
	return w->reverses || w->reversed_by ? UI_DIM : UI_NORMAL;
}

static int welfare_scr_max(int w, const char *s)
{
	int x = text_width(s);
	return x > w ? x : w;
}

static void welfare_scr_widths(void)
{
	int n, kind = 0;
	const struct category *k = cat_list(CAT_WELFARE, &n);
	for (int i = 0; i < n; i++)
		kind = welfare_scr_max(kind, cat_name(CAT_WELFARE, k[i].code));
	kind = welfare_scr_max(kind, _(welfare_cols[COL_KIND].title));
	welfare_cols[COL_KIND].width = kind < 13 ? kind : 13;
	int paid = welfare_scr_max(welfare_scr_max(text_width(_("union")), _("school")),
				   _(welfare_cols[COL_PAID].title));
	welfare_cols[COL_PAID].width = paid < 8 ? paid : 8;
	struct welfare probe = { 0 };
	probe.reverses = 1;
	int state = text_width(welfare_scr_state_word(&probe));
	probe.reverses = 0;
	probe.reversed_by = 1;
	state = welfare_scr_max(state, welfare_scr_state_word(&probe));
	welfare_cols[COL_STATE].width = state < 8 ? state : 8;
}

/* ---- the year's rows ---- */

/* Show year y (kept within 1900…9999); both lists start again at the top when it
 * changes. The caller reloads. */
static void welfare_scr_set_year(int y)
{
	if (y < 1900)
		y = 1900;
	if (y > 9999)
		y = 9999;
	if (y != ws.year) {
		ws.list.sel = ws.list.top = 0;
		visits_scr_top();
	}
	ws.year = y;
}

static err_code welfare_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return welfare_count(&ws.q, n, e);
}

static err_code welfare_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	err_code c = welfare_page(&ws.q, offset, limit, ws.got, &got, e);
	for (int i = 0; i < got; i++) {
		struct welfare orig;
		struct err quiet = { 0 };
		struct welfare_scr_row *r = &ws.page[i];
		r->w = ws.got[i];
		r->cash = r->w.cash;
		r->goods_value = r->w.goods_value;
		if (r->w.reverses) {
			r->cash = r->goods_value = 0;
			if (welfare_get(r->w.reverses, &orig, &quiet) == ERR_OK) {
				r->cash = -orig.cash;
				r->goods_value = -orig.goods_value;
			}
		}
	}
	return c;
}

/* Count again: both lists, the open cases, the year's totals. */
static void welfare_scr_reload(void)
{
	struct err e = { 0 };
	struct welfare_tally t[32];
	int got = 0;

	snprintf(ws.from, sizeof ws.from, "%04d-01-01", ws.year);
	snprintf(ws.to, sizeof ws.to, "%04d-12-31", ws.year);
	memset(&ws.q, 0, sizeof ws.q);
	ws.q.from = ws.from;
	ws.q.to = ws.to;
	if (list_reload(&ws.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	visits_scr_reload(ws.from, ws.to);
	if (mustvisit_count_open(&ws.open_cases, &e) != ERR_OK)
		ui_error("%s", e.msg);
	memset(&ws.tally, 0, sizeof ws.tally);
	if (welfare_tally(ws.from, ws.to, t, 32, &got, &e) != ERR_OK)
		ui_error("%s", e.msg);
	for (int i = 0; i < got; i++) {
		ws.tally.times += t[i].times;
		ws.tally.cash += t[i].cash;
		ws.tally.goods_value += t[i].goods_value;
		ws.tally.union_paid += t[i].union_paid;
	}
}

/* ---- drawing ---- */

static void welfare_scr_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], part[256], empty[256], pos[32];

	curs_set(0);
	if (ws.view == WL_VISITS) {
		visits_scr_draw(ws.year, ws.open_cases);
		return;
	}
	/* L10N: the welfare screen's title; %d is the year. */
	snprintf(line, sizeof line, _("Welfare in %d"), ws.year);
	/* L10N: after the title: how many 五必访 cases are open (not yet visited). */
	snprintf(part, sizeof part, _("must-visit open: %d"), ws.open_cases);
	snprintf(line + strlen(line), sizeof line - strlen(line), "    %s", part);
	/* L10N: %d is the year; a adds a welfare record. */
	snprintf(empty, sizeof empty, _("No welfare recorded in %d: press a to add one."), ws.year);
	ws.list.empty = empty;
	list_draw(&ws.list, y + 1, bottom - 1);
	frame_title(y, line, list_position(&ws.list, pos, sizeof pos));

	ui_clear_line(bottom, UI_NORMAL);
	if (ws.list.count > 0) {
		char cash[32], goods[32], paid[32];
		money_format(ws.tally.cash, cash, sizeof cash);
		money_format(ws.tally.goods_value, goods, sizeof goods);
		money_format(ws.tally.union_paid, paid, sizeof paid);
		/* L10N: the totals under the welfare list: %1$d the year, %2$d times given
		 * (人次), %3$s cash, %4$s the goods' value, %5$s the part paid from union
		 * funds. Reversed records are not counted. Keep it short: with amounts of
		 * five digits it must fit in 78 columns. */
		snprintf(line, sizeof line, ngettext("%1$d: %2$d time, cash %3$s, goods %4$s, "
						     "from union funds %5$s",
						     "%1$d: %2$d times, cash %3$s, goods %4$s, "
						     "from union funds %5$s",
						     ws.tally.times),
			 ws.year, ws.tally.times, cash, goods, paid);
		ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_DIM);
	}
}

/* ---- adding welfare ---- */

#define AT(m) FORM_AT(struct welfare, m)
static const struct form_field welfare_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(date) },
	{ .name = "member_id", .label = N_("Member"), .kind = FK_MEMBER, .width = 12,
	  .required = 1, AT(member_id) },
	{ .name = "kind", .label = N_("Reason"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_WELFARE, AT(kind) },
	{ .name = "cash", .label = N_("Cash"), .kind = FK_MONEY, .width = 12, AT(cash) },
	/* L10N: form label: what goods were given (慰问品: fruit, milk …). */
	{ .name = "goods", .label = N_("Goods"), .kind = FK_TEXT, .width = 30, AT(goods) },
	/* L10N: form label: what the goods are worth (慰问品折价). */
	{ .name = "goods_value", .label = N_("Goods value"), .kind = FK_MONEY, .width = 12,
	  AT(goods_value) },
	{ .name = "paid_by", .label = N_("Paid by"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_PAID_BY, AT(paid_by) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(note) },
};
#undef AT
#define NWFIELDS ((int)(sizeof welfare_fields / sizeof welfare_fields[0]))

static err_code welfare_scr_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	return welfare_add(rec, e);
}

/* After saving: what was given, to whom, whether it went in the books and whether a
 * must-visit case opened — one sentence per case. */
static void welfare_scr_saved_msg(const struct welfare *w)
{
	struct mustvisit mv;
	struct err e = { 0 };
	char what[256], name[256], no[128];
	int opened = mustvisit_of_welfare(w->id, &mv, &e) == ERR_OK;
	const char *kind = cat_name(CAT_WELFARE, w->kind);

	if (w->cash + w->goods_value > 0)
		money_format(w->cash + w->goods_value, what, sizeof what);
	else
		text_clean(w->goods, what, sizeof what);
	text_clean(w->member_name, name, sizeof name);
	text_clean(w->member_no, no, sizeof no);
	/* L10N (the six messages below): %1$s what was given (an amount such as 300.00,
	 * or the goods), %2$s the member's name, %3$s the membership number, %4$s the reason
	 * (hospital stay, wedding …). */
	if (w->entry_id && opened)
		ui_msg(_("Saved: %1$s to %2$s (%3$s), %4$s, entered in the books; a must-visit "
			 "case is now open."), what, name, no, kind);
	else if (w->entry_id)
		ui_msg(_("Saved: %1$s to %2$s (%3$s), %4$s, entered in the books."), what, name,
		       no, kind);
	else if (strcmp(w->paid_by, "school") == 0 && opened)
		ui_msg(_("Saved: %1$s to %2$s (%3$s), %4$s, paid by the school (not in the "
			 "union's books); a must-visit case is now open."), what, name, no, kind);
	else if (strcmp(w->paid_by, "school") == 0)
		ui_msg(_("Saved: %1$s to %2$s (%3$s), %4$s, paid by the school (not in the "
			 "union's books)."), what, name, no, kind);
	else if (opened)
		ui_msg(_("Saved: %1$s to %2$s (%3$s), %4$s, with no amount for the books; a "
			 "must-visit case is now open."), what, name, no, kind);
	else
		ui_msg(_("Saved: %1$s to %2$s (%3$s), %4$s, with no amount for the books."),
		       what, name, no, kind);
}

static void welfare_scr_add(void)
{
	struct welfare w;
	struct member m;
	struct err e = { 0 };

	welfare_init(&w);
	struct form *f = form_new(_("Welfare given to a member"), welfare_fields, NWFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &w, sizeof w);
	form_note(f, _("* must be filled in. Member: a number, a name or pinyin initials. F2 "
		       "saves."));
	form_footer(f, _("Paid from union funds, the cash and the goods' value go in the books "
			 "as an expense. A hospital stay, wedding, bereavement, childbirth, "
			 "retirement or hardship opens a must-visit case (五必访) until a visit "
			 "for it is logged."));
	form_on_save(f, welfare_scr_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	/* The member's number and name, as stored, for the message. */
	if (member_get(w.member_id, &m, &e) == ERR_OK) {
		snprintf(w.member_no, sizeof w.member_no, "%s", m.no);
		snprintf(w.member_name, sizeof w.member_name, "%s", m.name);
	}
	/* Show the year the new row is in, at the top (newest first). */
	welfare_scr_set_year(atoi(w.date));
	ws.list.sel = ws.list.top = 0;
	welfare_scr_reload();
	welfare_scr_saved_msg(&w);
}

/* v: the visit form; on the visits list, show the year of the visit from the top. */
static void welfare_scr_visit(void)
{
	int year = visits_scr_form(0, NULL);
	if (!year)
		return;
	if (ws.view == WL_VISITS) {
		welfare_scr_set_year(year);
		visits_scr_top();
	}
	welfare_scr_reload();
}

static const struct welfare *welfare_scr_current(void)
{
	int i = list_current(&ws.list);
	return i < 0 ? NULL : &ws.page[i].w;
}

/* ---- reversing ---- */

static void welfare_scr_reverse(const struct welfare *cur)
{
	struct welfare w = *cur;
	struct mustvisit mv;
	struct err e = { 0 };
	char today[DATE_LEN], what[256], name[256], no[128], q[1024];

	/* A reversal, or a row already reversed: core says why it cannot be done (and does
	 * nothing), so there is nothing to ask. */
	if (w.reverses || w.reversed_by) {
		if (welfare_reverse(w.id, NULL, NULL, &e) != ERR_OK)
			ui_error("%s", e.msg);
		welfare_scr_reload();
		return;
	}
	/* The reversal is dated today: a closed month refuses it before anything is asked. */
	date_today(today);
	if (ledger_check_open(today, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	if (w.cash + w.goods_value > 0)
		money_format(w.cash + w.goods_value, what, sizeof what);
	else
		text_clean(w.goods, what, sizeof what);
	text_clean(w.member_name, name, sizeof name);
	text_clean(w.member_no, no, sizeof no);
	int open_case = mustvisit_of_welfare(w.id, &mv, &e) == ERR_OK;
	const char *kind = cat_name(CAT_WELFARE, w.kind);
	/* L10N (the four questions below): %1$s the record's date, %2$s what was given
	 * (300.00, or the goods), %3$s name, %4$s membership number, %5$s the reason
	 * (hospital stay …), %6$s today's date (the correcting entry's). */
	if (w.entry_id && open_case)
		snprintf(q, sizeof q, _("Reverse the welfare of %1$s, %2$s to %3$s (%4$s), %5$s? "
					"A correcting entry dated %6$s goes in the books and the "
					"open must-visit case is removed."),
			 w.date, what, name, no, kind, today);
	else if (w.entry_id)
		snprintf(q, sizeof q, _("Reverse the welfare of %1$s, %2$s to %3$s (%4$s), %5$s? "
					"A correcting entry dated %6$s goes in the books."),
			 w.date, what, name, no, kind, today);
	else if (open_case)
		snprintf(q, sizeof q, _("Reverse the welfare of %1$s, %2$s to %3$s (%4$s), %5$s? "
					"The open must-visit case is removed."),
			 w.date, what, name, no, kind);
	else
		snprintf(q, sizeof q, _("Reverse the welfare of %1$s, %2$s to %3$s (%4$s), "
					"%5$s?"),
			 w.date, what, name, no, kind);
	if (!view_ask(q))
		return;
	if (welfare_reverse(w.id, NULL, NULL, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	/* The reversal, dated today, comes in at the top of this year's list: keep the bar
	 * on the row just reversed. */
	if (atoi(today) == ws.year)
		ws.list.sel++;
	welfare_scr_reload();
	/* L10N: %1$s the record's date, %2$s what was given, %3$s name, %4$s number. */
	if (w.entry_id)
		ui_msg(_("Reversed the welfare of %1$s, %2$s to %3$s (%4$s); a correcting entry "
			 "is in the books."), w.date, what, name, no);
	else
		ui_msg(_("Reversed the welfare of %1$s, %2$s to %3$s (%4$s)."), w.date, what,
		       name, no);
}

/* Enter: what the narrow columns leave out. */
static void welfare_scr_details(const struct welfare *w)
{
	char goods[300], note[600];
	text_clean(w->goods[0] ? w->goods : "-", goods, sizeof goods);
	text_clean(w->note[0] ? w->note : "-", note, sizeof note);
	/* L10N: %1$s the date, %2$s the goods given, %3$s who paid ("union funds",
	 * "school"), %4$s the note. */
	ui_msg(_("Welfare of %1$s: goods: %2$s; paid by %3$s; note: %4$s"), w->date,
	       goods, cat_name(CAT_PAID_BY, w->paid_by), note);
}

/* ---- the screen ---- */

static void welfare_scr_enter(void)
{
	static const struct list_source src = { .count = welfare_scr_count,
						.fetch = welfare_scr_fetch, .rows = ws.page,
						.stride = sizeof ws.page[0] };
	if (!ws.ready) {
		char today[DATE_LEN];
		list_init(&ws.list, welfare_cols, NCOLS, &src);
		date_today(today);
		ws.year = atoi(today);
		ws.ready = 1;
	}
	ws.view = WL_WELFARE;   /* a section opens on its main list */
	welfare_scr_widths();
	welfare_scr_reload();
}

static enum keymap welfare_scr_keymap(void)
{
	return ws.view == WL_VISITS ? KM_VISITS : KM_WELFARE;
}

/* V: the other list. */
static void welfare_scr_switch(enum action a)
{
	(void)a;
	ws.view = ws.view == WL_VISITS ? WL_WELFARE : WL_VISITS;
	welfare_scr_reload();
}

static void welfare_scr_add_key(enum action a)
{
	(void)a;
	welfare_scr_add();
}

/* A: a gift to many; then the year it is in, from the top. */
static void welfare_scr_many_key(enum action a)
{
	(void)a;
	int year = gift_scr_form();
	if (!year)
		return;
	welfare_scr_set_year(year);
	ws.list.sel = ws.list.top = 0;
	welfare_scr_reload();
}

static void welfare_scr_visit_key(enum action a)
{
	(void)a;
	welfare_scr_visit();
}

static void welfare_scr_mustvisit(enum action a)
{
	(void)a;
	mustvisit_scr_show();
	welfare_scr_reload();
}

/* x reverses the row, Enter shows it in full. */
static void welfare_scr_row(enum action a)
{
	const struct welfare *cur = welfare_scr_current();
	if (!cur)
		return;
	if (a == ACT_VOID)
		welfare_scr_reverse(cur);
	else
		welfare_scr_details(cur);
}

static void welfare_scr_visit_details(enum action a)
{
	visits_scr_act(a);
}

/* < > t: another year, on either list. */
static void welfare_scr_year(enum action a)
{
	char today[DATE_LEN];
	date_today(today);
	if (a == ACT_THIS_YEAR)
		welfare_scr_set_year(atoi(today));
	else
		welfare_scr_set_year(ws.year + (a == ACT_NEXT_YEAR ? 1 : -1));
	welfare_scr_reload();
}

/* p: the sign sheet (实名签收表) of the row's day and kind — the holiday gifts of that
 * day, say — to the printer (`gonghui print signsheet --date D --kind K`). */
static void welfare_scr_print(enum action a)
{
	(void)a;
	const struct welfare *cur = welfare_scr_current();
	if (!cur) {
		ui_error("%s", _("There is no welfare row here to print a sign sheet for."));
		return;
	}
	struct sheet_opts o = { 0 };
	snprintf(o.date, sizeof o.date, "%s", cur->date);
	snprintf(o.kind, sizeof o.kind, "%s", cur->kind);
	char done[200];
	/* L10N: %1$s the date, %2$s the welfare kind (节日) */
	snprintf(done, sizeof done, _("The sign sheet of %1$s (%2$s) is sent to the printer."),
		 cur->date, cat_name(CAT_WELFARE, cur->kind));
	printer_sheet("signsheet", &o, done);
}

static const struct screen_action welfare_scr_actions[] = {
	{ KM_WELFARE, ACT_ADD, welfare_scr_add_key },
	{ KM_WELFARE, ACT_GIVE_MANY, welfare_scr_many_key },
	{ KM_WELFARE, ACT_VISIT, welfare_scr_visit_key },
	{ KM_WELFARE, ACT_MUSTVISIT, welfare_scr_mustvisit },
	{ KM_WELFARE, ACT_VISITS, welfare_scr_switch },
	{ KM_WELFARE, ACT_VOID, welfare_scr_row },
	{ KM_WELFARE, ACT_OPEN, welfare_scr_row },
	{ KM_WELFARE, ACT_PREV_YEAR, welfare_scr_year },
	{ KM_WELFARE, ACT_NEXT_YEAR, welfare_scr_year },
	{ KM_WELFARE, ACT_THIS_YEAR, welfare_scr_year },
	{ KM_WELFARE, ACT_PRINT, welfare_scr_print },
	/* the visits list (V): its a logs a visit too */
	{ KM_VISITS, ACT_VISIT, welfare_scr_visit_key },
	{ KM_VISITS, ACT_MUSTVISIT, welfare_scr_mustvisit },
	{ KM_VISITS, ACT_VISITS, welfare_scr_switch },
	{ KM_VISITS, ACT_OPEN, welfare_scr_visit_details },
	{ KM_VISITS, ACT_PREV_YEAR, welfare_scr_year },
	{ KM_VISITS, ACT_NEXT_YEAR, welfare_scr_year },
	{ KM_VISITS, ACT_THIS_YEAR, welfare_scr_year },
};

/* Moving in the list on screen. */
static int welfare_scr_act(enum action a, int key)
{
	(void)key;
	if (ws.view == WL_VISITS)
		return a != ACT_OPEN && visits_scr_act(a);
	return list_act(&ws.list, a);
}

const struct screen welfare_screen = {
	/* L10N: the section of welfare and visits (慰问). */
	.name = N_("Welfare"),
	.keymap = KM_WELFARE,
	.enter = welfare_scr_enter,
	.draw = welfare_scr_draw,
	.act = welfare_scr_act,
	SCREEN_ACTIONS(welfare_scr_actions),
	.keymap_now = welfare_scr_keymap,
};

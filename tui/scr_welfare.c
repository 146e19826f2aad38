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
 * `V` shows the year's visits instead (and back): who was visited, when, why, by whom and
 * where, newest first, one page at a time (visit_count + visit_page over the year's
 * dates), with the year's totals under it (visits and different people:
 * visit_count_people). The title line says which list and the year.
 * `m` shows the open must-visit cases instead (mustvisit_list_open, oldest first).
 *
 * Reads core/welfare.h, core/visit.h, core/member.h (the member field's picker,
 * tui/pick.c) and core/ledger.h (ledger_check_open, to refuse before asking). Writes
 * through welfare_add (the row, its ledger entry when the union pays, and a must-visit
 * case for a hospital stay, wedding, bereavement, childbirth, retirement or hardship, in
 * one transaction), welfare_reverse (a reversing row and entry, in one transaction) and
 * visit_add (the visit, closing the member's oldest open case with the same reason).
 *
 * Keys on the welfare list (KM_WELFARE, then the list's and the global ones): a add
 * welfare, v log a visit, V the visits list, m the open must-visit cases (there: Enter or
 * v opens the visit form filled in with the case's member and reason, Esc goes back),
 * x reverse the row (asks first), < and > (or , and .) previous/next year, t this year,
 * Enter shows the row's goods and note.
 * On the visits list (KM_VISITS): v or a log a visit (a adds to the list on screen, as
 * everywhere), V back to the welfare list, m, < > t as above, Enter shows the visit in
 * full (visitors, place, note, the welfare it brought). The section tells the shell
 * which of the two keymaps is in force (welfare_keymap).
 */
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/form.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/ui.h"
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

enum { COL_DATE, COL_NO, COL_NAME, COL_KIND, COL_CASH, COL_GOODS, COL_PAID, COL_STATE, NCOLS };

/* The widths of the reason, payer and state columns follow their translated words
 * (welfare_widths), so a Chinese screen gives the name the room English needs for
 * "hospital stay". */
static struct list_col cols[NCOLS] = {
	[COL_DATE] = { .title = N_("Date"), .width = 10, .align = TEXT_LEFT },
	[COL_NO] = { .title = N_("No."), .width = 6, .align = TEXT_LEFT },
	[COL_NAME] = { .title = N_("Name"), .width = 0, .align = TEXT_LEFT },
	[COL_KIND] = { .title = N_("Reason"), .width = 13, .align = TEXT_LEFT },
	/* L10N: column heading: cash given (慰问金); 9 columns at most. */
	[COL_CASH] = { .title = N_("Cash"), .width = 9, .align = TEXT_RIGHT },
	/* L10N: column heading: the value of the goods given (慰问品折价); 9 columns at
	 * most. */
	[COL_GOODS] = { .title = N_("In kind"), .width = 9, .align = TEXT_RIGHT },
	[COL_PAID] = { .title = N_("Paid by"), .width = 6, .align = TEXT_LEFT },
	[COL_STATE] = { .title = "", .width = 8, .align = TEXT_LEFT },
};

enum { MV_OPENED, MV_DAYS, MV_NO, MV_NAME, MV_REASON, MV_NCOLS };

/* The visits list. Visitors and place share what the date, number and reason leave with
 * the name (visits_widths). */
enum { VC_DATE, VC_NO, VC_NAME, VC_REASON, VC_VISITORS, VC_PLACE, VC_NCOLS };

static struct list_col vcols[VC_NCOLS] = {
	[VC_DATE] = { .title = N_("Date"), .width = 10, .align = TEXT_LEFT },
	[VC_NO] = { .title = N_("No."), .width = 6, .align = TEXT_LEFT },
	[VC_NAME] = { .title = N_("Name"), .width = 0, .align = TEXT_LEFT },
	[VC_REASON] = { .title = N_("Reason"), .width = 13, .align = TEXT_LEFT },
	[VC_VISITORS] = { .title = N_("Visitors"), .width = 16, .align = TEXT_LEFT },
	[VC_PLACE] = { .title = N_("Place"), .width = 12, .align = TEXT_LEFT },
};

static struct list_col mv_cols[MV_NCOLS] = {
	/* L10N: column heading: the date a must-visit case was opened. */
	[MV_OPENED] = { .title = N_("Opened"), .width = 10, .align = TEXT_LEFT },
	/* L10N: column heading: days a must-visit case has been open; 6 columns at most. */
	[MV_DAYS] = { .title = N_("Days"), .width = 6, .align = TEXT_RIGHT },
	[MV_NO] = { .title = N_("No."), .width = 8, .align = TEXT_LEFT },
	[MV_NAME] = { .title = N_("Name"), .width = 0, .align = TEXT_LEFT },
	[MV_REASON] = { .title = N_("Reason"), .width = 13, .align = TEXT_LEFT },
};

enum welfare_list { WL_WELFARE, WL_VISITS };

static struct {
	int ready;
	enum welfare_list view;                  /* which list the section shows */
	int year;
	char from[DATE_LEN], to[DATE_LEN];
	struct welfare_query q;
	struct list list;
	struct welfare page[PAGE_MAX];   /* the rows on screen */
	/* a reversal row's cash and goods value: the reversed row's, negated (红字) */
	int64_t undo_cash[PAGE_MAX], undo_goods[PAGE_MAX];
	int open_cases;                  /* must-visit cases open */
	struct welfare_tally tally;      /* the year's counted rows, all kinds together */
	/* the visits list: the year's visits; vlist.count of them went to `people` members */
	struct visit_query vq;
	struct list vlist;
	struct visit vpage[PAGE_MAX];
	int people;
	/* the must-visit view */
	struct list mv;
	struct mustvisit mv_page[PAGE_MAX];
	char today[DATE_LEN];
} ws;

/* ---- words ---- */

/* L10N: who paid, in the welfare list's narrow column (the form says "union funds"). */
static const char *welfare_payer(const char *paid_by)
{
	return strcmp(paid_by, "school") == 0 ? _("school") : _("union");
}

/* "void" on a reversed row, "reversal" on the row that reverses it, "" otherwise. */
static const char *welfare_state(const struct welfare *w)
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

static int max_width(int w, const char *s)
{
	int x = text_width(s);
	return x > w ? x : w;
}

static void welfare_widths(void)
{
	int n, kind = 0;
	const struct category *k = cat_list(CAT_WELFARE, &n);
	for (int i = 0; i < n; i++)
		kind = max_width(kind, cat_name(CAT_WELFARE, k[i].code));
	kind = max_width(kind, _(cols[COL_KIND].title));
	cols[COL_KIND].width = kind < 13 ? kind : 13;
	mv_cols[MV_REASON].width = cols[COL_KIND].width;
	vcols[VC_REASON].width = cols[COL_KIND].width;
	int paid = max_width(max_width(text_width(_("union")), _("school")),
			     _(cols[COL_PAID].title));
	cols[COL_PAID].width = paid < 8 ? paid : 8;
	struct welfare probe = { 0 };
	probe.reverses = 1;
	int state = text_width(welfare_state(&probe));
	probe.reverses = 0;
	probe.reversed_by = 1;
	state = max_width(state, welfare_state(&probe));
	cols[COL_STATE].width = state < 8 ? state : 8;
}

/* ---- the year's rows ---- */

static void welfare_query_year(void)
{
	snprintf(ws.from, sizeof ws.from, "%04d-01-01", ws.year);
	snprintf(ws.to, sizeof ws.to, "%04d-12-31", ws.year);
	memset(&ws.q, 0, sizeof ws.q);
	ws.q.from = ws.from;
	ws.q.to = ws.to;
	memset(&ws.vq, 0, sizeof ws.vq);
	ws.vq.from = ws.from;
	ws.vq.to = ws.to;
}

/* Show year y (kept within 1900…9999); both lists start again at the top when it
 * changes. The caller reloads. */
static void welfare_set_year(int y)
{
	if (y < 1900)
		y = 1900;
	if (y > 9999)
		y = 9999;
	if (y != ws.year)
		ws.list.sel = ws.list.top = ws.vlist.sel = ws.vlist.top = 0;
	ws.year = y;
}

static err_code welfare_count_rows(void *arg, int *n, struct err *e)
{
	(void)arg;
	return welfare_count(&ws.q, n, e);
}

static err_code welfare_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	err_code c = welfare_page(&ws.q, offset, limit, ws.page, &got, e);
	for (int i = 0; i < got; i++) {
		struct welfare orig;
		struct err quiet = { 0 };
		ws.undo_cash[i] = ws.undo_goods[i] = 0;
		if (ws.page[i].reverses &&
		    welfare_get(ws.page[i].reverses, &orig, &quiet) == ERR_OK) {
			ws.undo_cash[i] = -orig.cash;
			ws.undo_goods[i] = -orig.goods_value;
		}
	}
	return c;
}

static void welfare_cell(void *arg, int i, int col, char *buf, size_t n, enum ui_look *look)
{
	(void)arg;
	const struct welfare *w = &ws.page[i];
	int64_t cash = w->reverses ? ws.undo_cash[i] : w->cash;
	int64_t goods = w->reverses ? ws.undo_goods[i] : w->goods_value;
	char money[32];

	if (w->reverses || w->reversed_by)
		*look = UI_DIM;
	switch (col) {
	case COL_DATE: snprintf(buf, n, "%s", w->date); break;
	case COL_NO: snprintf(buf, n, "%s", w->member_no); break;
	case COL_NAME: snprintf(buf, n, "%s", w->member_name); break;
	case COL_KIND: snprintf(buf, n, "%s", cat_name(CAT_WELFARE, w->kind)); break;
	case COL_CASH:
		snprintf(buf, n, "%s", cash ? money_format(cash, money, sizeof money) : "");
		break;
	case COL_GOODS:
		/* The goods' value; the goods themselves when they were given no value. */
		snprintf(buf, n, "%s", goods ? money_format(goods, money, sizeof money)
					     : w->goods);
		break;
	case COL_PAID: snprintf(buf, n, "%s", welfare_payer(w->paid_by)); break;
	case COL_STATE: snprintf(buf, n, "%s", welfare_state(w)); break;
	default: break;
	}
}

/* ---- the year's visits ---- */

static err_code visits_count_rows(void *arg, int *n, struct err *e)
{
	(void)arg;
	return visit_count(&ws.vq, n, e);
}

static err_code visits_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	return visit_page(&ws.vq, offset, limit, ws.vpage, &got, e);
}

static void visits_cell(void *arg, int i, int col, char *buf, size_t n, enum ui_look *look)
{
	(void)arg;
	(void)look;
	const struct visit *v = &ws.vpage[i];
	switch (col) {
	case VC_DATE: snprintf(buf, n, "%s", v->date); break;
	case VC_NO: snprintf(buf, n, "%s", v->member_no); break;
	case VC_NAME: snprintf(buf, n, "%s", v->member_name); break;
	case VC_REASON: snprintf(buf, n, "%s", cat_name(CAT_WELFARE, v->reason)); break;
	case VC_VISITORS: snprintf(buf, n, "%s", v->visitors); break;
	case VC_PLACE: snprintf(buf, n, "%s", v->place); break;
	default: break;
	}
}

/* The name, the visitors and the place share what the fixed columns leave: at 80
 * columns in English 16, 16 and 12 (工会主席 李明 and 县人民医院 fit); a wider terminal
 * widens all three. */
static void visits_widths(void)
{
	int fixed = vcols[VC_DATE].width + vcols[VC_NO].width + vcols[VC_REASON].width;
	/* a margin on each side and a space between columns, as list_col_span counts */
	int room = COLS - 2 - (VC_NCOLS - 1) - fixed;
	vcols[VC_VISITORS].width = room * 3 / 8 > 8 ? room * 3 / 8 : 8;
	vcols[VC_PLACE].width = room * 2 / 7 > 6 ? room * 2 / 7 : 6;
}

/* Count again: both lists, the open cases, the year's totals. */
static void welfare_reload(void)
{
	struct err e = { 0 };
	struct welfare_tally t[32];
	int got = 0;

	welfare_query_year();
	if (list_reload(&ws.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	if (list_reload(&ws.vlist, &e) != ERR_OK)
		ui_error("%s", e.msg);
	if (visit_count_people(&ws.vq, &ws.people, &e) != ERR_OK)
		ui_error("%s", e.msg);
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

static void title_line(int y, const char *text, const struct list *l)
{
	char pos[32];
	int pw = text_width(list_position(l, pos, sizeof pos));
	ui_clear_line(y, UI_TITLE);
	ui_text(y, 1, text, COLS - 4 - pw, TEXT_LEFT, UI_TITLE);
	ui_put(y, COLS - 1 - pw, pos, pw, UI_TITLE);
}

/* "    must-visit open: 2", after either list's title. */
static void welfare_open_cases(char *line, size_t n)
{
	char part[256];
	/* L10N: after the title: how many 五必访 cases are open (not yet visited). */
	snprintf(part, sizeof part, _("must-visit open: %d"), ws.open_cases);
	snprintf(line + strlen(line), n - strlen(line), "    %s", part);
}

static void visits_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], empty[256];

	/* L10N: the title of the visits list (走访记录); %d is the year. */
	snprintf(line, sizeof line, _("Visits in %d"), ws.year);
	welfare_open_cases(line, sizeof line);
	/* L10N: %d is the year; v logs a visit. */
	snprintf(empty, sizeof empty, _("No visits recorded in %d: press v to log one."),
		 ws.year);
	ws.vlist.empty = empty;
	visits_widths();
	list_draw(&ws.vlist, y + 1, bottom - 1);
	title_line(y, line, &ws.vlist);

	ui_clear_line(bottom, UI_NORMAL);
	if (ws.vlist.count > 0) {
		int times = ws.vlist.count;
		/* One sentence for one person, one for any other number of people, each
		 * with the plural of the visits. */
		if (ws.people == 1)
			/* L10N: the totals under the visits list when one person was visited:
			 * %1$d the year, %2$d visits (人次), %3$d people (人, here 1). */
			snprintf(line, sizeof line, ngettext("%1$d: %2$d visit, %3$d person",
							     "%1$d: %2$d visits, %3$d person",
							     times), ws.year, times, ws.people);
		else
			/* L10N: the totals under the visits list: %1$d the year, %2$d visits
			 * (人次), %3$d different people visited (人). */
			snprintf(line, sizeof line, ngettext("%1$d: %2$d visit, %3$d people",
							     "%1$d: %2$d visits, %3$d people",
							     times), ws.year, times, ws.people);
		ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_DIM);
	}
}

static void welfare_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], empty[256];

	curs_set(0);
	if (ws.view == WL_VISITS) {
		visits_draw();
		return;
	}
	/* L10N: the welfare screen's title; %d is the year. */
	snprintf(line, sizeof line, _("Welfare in %d"), ws.year);
	welfare_open_cases(line, sizeof line);
	/* L10N: %d is the year; a adds a welfare record. */
	snprintf(empty, sizeof empty, _("No welfare recorded in %d: press a to add one."), ws.year);
	ws.list.empty = empty;
	list_draw(&ws.list, y + 1, bottom - 1);
	title_line(y, line, &ws.list);

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

static const struct form_field welfare_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1, .max = 32 },
	{ .name = "member", .label = N_("Member"), .kind = FK_MEMBER, .width = 12, .required = 1, .max = 128 },
	{ .name = "kind", .label = N_("Reason"), .kind = FK_CHOICE, .width = 14, .cat = CAT_WELFARE },
	{ .name = "cash", .label = N_("Cash"), .kind = FK_MONEY, .width = 12, .max = 32 },
	/* L10N: form label: what goods were given (慰问品: fruit, milk …). */
	{ .name = "goods", .label = N_("Goods"), .kind = FK_TEXT, .width = 30, .max = 250 },
	/* L10N: form label: what the goods are worth (慰问品折价). */
	{ .name = "value", .label = N_("Goods value"), .kind = FK_MONEY, .width = 12, .max = 32 },
	{ .name = "paid_by", .label = N_("Paid by"), .kind = FK_CHOICE, .width = 14, .cat = CAT_PAID_BY },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, .max = 500 },
};
#define NWFIELDS ((int)(sizeof welfare_fields / sizeof welfare_fields[0]))

static err_code welfare_from_form(struct form *f, void *arg, struct err *e)
{
	struct welfare *w = arg;
	struct member m;
	err_code c;

	welfare_init(w);
	snprintf(w->date, sizeof w->date, "%s", form_get(f, "date"));
	if ((c = member_find(form_get(f, "member"), &m, e)) != ERR_OK)
		return c;
	w->member_id = m.id;
	snprintf(w->kind, sizeof w->kind, "%s", form_get(f, "kind"));
	if (form_get(f, "cash")[0] && (c = money_parse(form_get(f, "cash"), &w->cash, e)))
		return c;
	if (form_get(f, "value")[0] &&
	    (c = money_parse(form_get(f, "value"), &w->goods_value, e)))
		return c;
	snprintf(w->goods, sizeof w->goods, "%s", form_get(f, "goods"));
	snprintf(w->paid_by, sizeof w->paid_by, "%s", form_get(f, "paid_by"));
	snprintf(w->note, sizeof w->note, "%s", form_get(f, "note"));
	if ((c = welfare_add(w, e)) != ERR_OK)
		return c;
	/* Show the member's name, as it is stored, in the message. */
	snprintf(w->member_no, sizeof w->member_no, "%s", m.no);
	snprintf(w->member_name, sizeof w->member_name, "%s", m.name);
	return ERR_OK;
}

/* After saving: what was given, to whom, whether it went in the books and whether a
 * must-visit case opened — one sentence per case. */
static void welfare_saved_msg(const struct welfare *w)
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

static void welfare_add_form(void)
{
	struct welfare w;
	char today[DATE_LEN];

	struct form *f = form_new(_("Welfare given to a member"), welfare_fields, NWFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	date_today(today);
	form_set(f, "date", today);
	form_set(f, "paid_by", "union");
	form_note(f, _("* must be filled in. Member: a number, a name or pinyin initials. F2 "
		       "saves."));
	form_footer(f, _("Paid from union funds, the cash and the goods' value go in the books "
			 "as an expense. A hospital stay, wedding, bereavement, childbirth, "
			 "retirement or hardship opens a must-visit case (五必访) until a visit "
			 "for it is logged."));
	form_on_save(f, welfare_from_form, &w);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	/* Show the year the new row is in, at the top (newest first). */
	welfare_set_year(atoi(w.date));
	ws.list.sel = ws.list.top = 0;
	welfare_reload();
	welfare_saved_msg(&w);
}

/* ---- logging a visit ---- */

static const struct form_field visit_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1, .max = 32 },
	{ .name = "member", .label = N_("Member"), .kind = FK_MEMBER, .width = 12, .required = 1, .max = 128 },
	{ .name = "reason", .label = N_("Reason"), .kind = FK_CHOICE, .width = 14, .cat = CAT_WELFARE },
	/* L10N: form label: who went on the visit (走访人). */
	{ .name = "visitors", .label = N_("Visitors"), .kind = FK_TEXT, .width = 30, .max = 190 },
	/* L10N: form label: where the visit was (地点: at home, the county hospital …). */
	{ .name = "place", .label = N_("Place"), .kind = FK_TEXT, .width = 30, .max = 190 },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, .max = 500 },
};
#define NVFIELDS ((int)(sizeof visit_fields / sizeof visit_fields[0]))

static err_code visit_from_form(struct form *f, void *arg, struct err *e)
{
	struct visit *v = arg;
	struct member m;
	err_code c;

	visit_init(v);
	snprintf(v->date, sizeof v->date, "%s", form_get(f, "date"));
	if ((c = member_find(form_get(f, "member"), &m, e)) != ERR_OK)
		return c;
	v->member_id = m.id;
	snprintf(v->reason, sizeof v->reason, "%s", form_get(f, "reason"));
	snprintf(v->visitors, sizeof v->visitors, "%s", form_get(f, "visitors"));
	snprintf(v->place, sizeof v->place, "%s", form_get(f, "place"));
	snprintf(v->note, sizeof v->note, "%s", form_get(f, "note"));
	if ((c = visit_add(v, e)) != ERR_OK)
		return c;
	snprintf(v->member_no, sizeof v->member_no, "%s", m.no);
	snprintf(v->member_name, sizeof v->member_name, "%s", m.name);
	return ERR_OK;
}

/* The visit form, with the member (number) and reason filled in when given. Returns 1
 * when a visit was saved. */
static int welfare_visit_form(const char *member_no, const char *reason)
{
	struct visit v;
	struct mustvisit mv;
	struct err e = { 0 };
	char today[DATE_LEN], name[256], no[128];

	struct form *f = form_new(_("A visit to a member"), visit_fields, NVFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return 0;
	}
	date_today(today);
	form_set(f, "date", today);
	if (member_no)
		form_set(f, "member", member_no);
	if (reason)
		form_set(f, "reason", reason);
	form_note(f, _("* must be filled in. Member: a number, a name or pinyin initials. F2 "
		       "saves."));
	form_footer(f, _("A visit closes the member's oldest open must-visit case (五必访) with "
			 "the same reason."));
	form_on_save(f, visit_from_form, &v);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return 0;
	/* On the visits list: show the year the visit is in, from the top (newest first). */
	if (ws.view == WL_VISITS) {
		welfare_set_year(atoi(v.date));
		ws.vlist.sel = ws.vlist.top = 0;
	}
	welfare_reload();
	text_clean(v.member_name, name, sizeof name);
	text_clean(v.member_no, no, sizeof no);
	if (v.closed_item && mustvisit_get(v.closed_item, &mv, &e) == ERR_OK)
		/* L10N: %1$s name, %2$s membership number, %3$s the date the 五必访 case was
		 * opened. */
		ui_msg(_("Saved the visit to %1$s (%2$s); this closes the must-visit case opened "
			 "on %3$s."), name, no, mv.opened_on);
	else
		/* L10N: %1$s name, %2$s membership number. */
		ui_msg(_("Saved the visit to %1$s (%2$s)."), name, no);
	return 1;
}

/* ---- the open must-visit cases ---- */

static err_code mv_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return mustvisit_count_open(n, e);
}

static err_code mv_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	return mustvisit_list_open(ws.today, offset, limit, ws.mv_page, &got, e);
}

static void mv_cell(void *arg, int i, int col, char *buf, size_t n, enum ui_look *look)
{
	(void)arg;
	(void)look;
	const struct mustvisit *m = &ws.mv_page[i];
	switch (col) {
	case MV_OPENED: snprintf(buf, n, "%s", m->opened_on); break;
	case MV_DAYS: snprintf(buf, n, "%d", m->days_open); break;
	case MV_NO: snprintf(buf, n, "%s", m->member_no); break;
	case MV_NAME: snprintf(buf, n, "%s", m->member_name); break;
	case MV_REASON: snprintf(buf, n, "%s", cat_name(CAT_WELFARE, m->reason)); break;
	default: break;
	}
}

static void mv_draw(struct view *v)
{
	int y = UI_BODY_TOP;
	char line[256];
	(void)v;

	curs_set(0);
	erase();
	frame_draw(KM_MUSTVISIT, 0);
	/* L10N: the title of the list of open 五必访 cases; %d how many. */
	snprintf(line, sizeof line, ngettext("%d must-visit case open, oldest first",
					     "%d must-visit cases open, oldest first",
					     ws.mv.count), ws.mv.count);
	ws.mv.empty = _("No must-visit case is open: everyone who needed a visit has had one.");
	list_draw(&ws.mv, y + 1, ui_body_bottom());
	title_line(y, line, &ws.mv);
}

static int mv_act(struct view *v, enum action a, int key)
{
	struct err e = { 0 };
	(void)key;
	if (list_act(&ws.mv, a))
		return 1;
	if (a == ACT_BACK) {
		view_close(v, 0);
	} else if (a == ACT_VISIT) {
		int i = list_current(&ws.mv);
		if (i < 0)
			return 1;
		struct mustvisit m = ws.mv_page[i];
		if (welfare_visit_form(m.member_no, m.reason) &&
		    list_reload(&ws.mv, &e) != ERR_OK)
			ui_error("%s", e.msg);
	} else {
		return 0;   /* help: the shell's */
	}
	return 1;
}

static void welfare_mustvisit(void)
{
	static const struct list_source src = { .count = mv_count, .fetch = mv_fetch,
						.cell = mv_cell };
	struct err e = { 0 };

	list_init(&ws.mv, mv_cols, MV_NCOLS, &src);
	date_today(ws.today);
	if (list_reload(&ws.mv, &e) != ERR_OK)
		ui_error("%s", e.msg);
	struct view v = { .name = _("Must-visit cases"), .keymap = KM_MUSTVISIT,
			  .draw = mv_draw, .act = mv_act };
	view_run(&v);
}

/* ---- reversing ---- */

static const struct welfare *welfare_current(void)
{
	int i = list_current(&ws.list);
	return i < 0 ? NULL : &ws.page[i];
}

static void welfare_reverse_row(const struct welfare *cur)
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
		welfare_reload();
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
	welfare_reload();
	/* L10N: %1$s the record's date, %2$s what was given, %3$s name, %4$s number. */
	if (w.entry_id)
		ui_msg(_("Reversed the welfare of %1$s, %2$s to %3$s (%4$s); a correcting entry "
			 "is in the books."), w.date, what, name, no);
	else
		ui_msg(_("Reversed the welfare of %1$s, %2$s to %3$s (%4$s)."), w.date, what,
		       name, no);
}

/* Enter: what the narrow columns leave out. */
static void welfare_details(const struct welfare *w)
{
	char goods[300], note[600];
	text_clean(w->goods[0] ? w->goods : "-", goods, sizeof goods);
	text_clean(w->note[0] ? w->note : "-", note, sizeof note);
	/* L10N: %1$lld the record's number, %2$s the goods given, %3$s who paid ("union
	 * funds", "school"), %4$s the note. */
	ui_msg(_("Record #%1$lld: goods: %2$s; paid by %3$s; note: %4$s"), (long long)w->id,
	       goods, cat_name(CAT_PAID_BY, w->paid_by), note);
}

/* The selected visit, or NULL (saying why) when there is none. */
static const struct visit *visits_current(void)
{
	int i = list_current(&ws.vlist);
	return i < 0 ? NULL : &ws.vpage[i];
}

/* Enter on a visit: what the columns cut short or leave out. */
static void visit_details(const struct visit *v)
{
	struct welfare w;
	struct err e = { 0 };
	char who[256], place[256], note[600], what[300];

	text_clean(v->visitors[0] ? v->visitors : "-", who, sizeof who);
	text_clean(v->place[0] ? v->place : "-", place, sizeof place);
	text_clean(v->note[0] ? v->note : "-", note, sizeof note);
	if (v->welfare_id && welfare_get(v->welfare_id, &w, &e) == ERR_OK) {
		if (w.cash + w.goods_value > 0)
			money_format(w.cash + w.goods_value, what, sizeof what);
		else
			text_clean(w.goods, what, sizeof what);
		/* L10N: %1$lld the visit's number, %2$s who went, %3$s where, %4$s the note,
		 * %5$s what was brought (an amount such as 300.00, or the goods), %6$lld the
		 * welfare record's number, %7$s its date. */
		ui_msg(_("Visit #%1$lld: visitors: %2$s; place: %3$s; note: %4$s; brought: %5$s "
			 "(welfare record #%6$lld of %7$s)."), (long long)v->id, who, place, note,
		       what, (long long)w.id, w.date);
	} else {
		/* L10N: %1$lld the visit's number, %2$s who went, %3$s where, %4$s the
		 * note. */
		ui_msg(_("Visit #%1$lld: visitors: %2$s; place: %3$s; note: %4$s; no welfare "
			 "recorded with it."), (long long)v->id, who, place, note);
	}
}

/* ---- the screen ---- */

static void welfare_enter(void)
{
	static const struct list_source src = { .count = welfare_count_rows, .fetch = welfare_fetch, .cell = welfare_cell };
	static const struct list_source vsrc = { .count = visits_count_rows,
						 .fetch = visits_fetch, .cell = visits_cell };
	if (!ws.ready) {
		char today[DATE_LEN];
		list_init(&ws.list, cols, NCOLS, &src);
		list_init(&ws.vlist, vcols, VC_NCOLS, &vsrc);
		date_today(today);
		ws.year = atoi(today);
		ws.ready = 1;
	}
	ws.view = WL_WELFARE;   /* a section opens on its main list */
	welfare_widths();
	welfare_reload();
}

static enum keymap welfare_keymap(void)
{
	return ws.view == WL_VISITS ? KM_VISITS : KM_WELFARE;
}

static int welfare_act(enum action a, int key)
{
	(void)key;
	const struct welfare *cur;
	const struct visit *v;
	char today[DATE_LEN];

	if (list_act(ws.view == WL_VISITS ? &ws.vlist : &ws.list, a))
		return 1;
	/* The visits list's own meaning of a key; the rest is shared below. (Its keymap has
	 * no x, and its a logs a visit.) */
	if (ws.view == WL_VISITS && a == ACT_OPEN) {
		if ((v = visits_current()))
			visit_details(v);
		return 1;
	}
	switch (a) {
	case ACT_VISITS:
		ws.view = ws.view == WL_VISITS ? WL_WELFARE : WL_VISITS;
		welfare_reload();
		return 1;
	case ACT_ADD:
		welfare_add_form();
		return 1;
	case ACT_VISIT:
		welfare_visit_form(NULL, NULL);
		return 1;
	case ACT_MUSTVISIT:
		welfare_mustvisit();
		welfare_reload();
		return 1;
	case ACT_VOID:
		if ((cur = welfare_current()))
			welfare_reverse_row(cur);
		return 1;
	case ACT_OPEN:
		if ((cur = welfare_current()))
			welfare_details(cur);
		return 1;
	case ACT_PREV_YEAR:
	case ACT_NEXT_YEAR:
	case ACT_THIS_YEAR:
		date_today(today);
		if (a == ACT_THIS_YEAR)
			welfare_set_year(atoi(today));
		else
			welfare_set_year(ws.year + (a == ACT_NEXT_YEAR ? 1 : -1));
		welfare_reload();
		return 1;
	default:
		return 0;
	}
}

const struct screen welfare_screen = {
	/* L10N: the section of welfare and visits (慰问). */
	N_("Welfare"),
	KM_WELFARE,
	welfare_enter,
	welfare_draw,
	welfare_act,
	NULL,
	NULL,
	welfare_keymap,
};

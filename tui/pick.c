/*
 * pick.c — the member picker (see pick.h): deciding whom a member field's text means,
 * and the small boxed list for choosing among several matches.
 *
 * The box is drawn over the screen below it (the form): the drawer that was current
 * draws first, then the box — number, name, union group and status, at most PICK_ROWS
 * rows, scrolling through the query one page at a time (the list widget's paging,
 * tui/list.c) — and then the key line of KM_PICK.
 */
#include "tui/pick.h"
#include "tui/help.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/category.h"
#include "core/i18n.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PICK_ROWS 10

enum { COL_NO, COL_NAME, COL_GROUP, COL_STATUS, NCOLS };

static const struct list_col cols[NCOLS] = {
	[COL_NO] = { .title = N_("No."), .width = 8, LIST_AT(struct member, no) },
	[COL_NAME] = { .title = N_("Name"), .width = 0, LIST_AT(struct member, name) },
	[COL_GROUP] = { .title = N_("Group"), .width = 14, LIST_AT(struct member, grp) },
	[COL_STATUS] = { .title = N_("Status"), .width = 8, .kind = LC_CAT, .cat = CAT_STATUS,
			 LIST_AT(struct member, status) },
};

static struct {
	struct member_query q;
	struct list list;
	struct member page[PICK_ROWS];
	char title[512];
	int y;                        /* the row asked for the top of the box */
	struct member *picked;        /* where the member picked goes */
} pk;

err_code pick_lookup(const char *text, struct member *m, int *matches, struct err *e)
{
	struct member_query q = { 0 };
	struct err quiet = { 0 };
	char shown[256];
	int n = 0, got = 0;
	err_code c;

	if (matches)
		*matches = 0;
	/* A membership number as it stands (full-width folded) wins over a search: T1 is T1
	 * even when T10 and T11 exist. */
	if (member_find(text, m, &quiet) == ERR_OK) {
		if (matches)
			*matches = 1;
		return ERR_OK;
	}
	q.search = text;
	q.sort = MEMBER_SORT_NO;
	if ((c = member_count(&q, &n, e)) != ERR_OK)
		return c;
	if (matches)
		*matches = n;
	text_clean(text, shown, sizeof shown);
	if (n == 0)
		/* L10N: %s is what was typed in a member field (a name, number or pinyin
		 * initials). */
		return err_set(e, ERR_NOTFOUND, _("No member matches \"%s\"."), shown);
	if (n > 1)
		/* L10N: %1$d members match what was typed (%2$s): a list to choose from
		 * opens. */
		return err_set(e, ERR_INPUT, ngettext("%1$d member matches \"%2$s\": choose one.",
						      "%1$d members match \"%2$s\": choose one.",
						      n), n, shown);
	if ((c = member_page(&q, 0, 1, m, &got, e)) != ERR_OK)
		return c;
	return got == 1 ? ERR_OK : err_set(e, ERR_NOTFOUND, _("No member matches \"%s\"."),
					   shown);
}

/* ---- the list's source ---- */

static err_code pick_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return member_count(&pk.q, n, e);
}

static err_code pick_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PICK_ROWS)
		limit = PICK_ROWS;
	return member_page(&pk.q, offset, limit, pk.page, &got, e);
}

/* ---- drawing ---- */

/* The box's columns inside its frame at x0 … x0+w-1 (a space inside each edge): like
 * list_col_span, over the box. */
static void pick_span(int x0, int w, int col, int *x, int *cw)
{
	int fixed = 0;
	for (int i = 0; i < NCOLS; i++)
		fixed += cols[i].width;
	int cx = x0 + 2;   /* the frame and a space */
	for (int i = 0; i < NCOLS; i++) {
		int width = cols[i].width ? cols[i].width : w - 4 - (NCOLS - 1) - fixed;
		if (width < 1)
			width = 1;
		if (i == col) {
			*x = cx;
			*cw = width;
			return;
		}
		cx += width + 1;
	}
	*x = cx;
	*cw = 0;
}

static void pick_draw(struct view *v)
{
	struct err e = { 0 };
	struct list *l = &pk.list;
	char buf[512], pos[32];

	view_draw_under(v);
	curs_set(0);

	int rows = l->count < PICK_ROWS ? l->count : PICK_ROWS;
	if (rows < 1)
		rows = 1;
	int x0 = 2, w = COLS - 4;
	int h = rows + 3;                       /* frame, headings, rows, frame */
	int top = pk.y, bottom = ui_body_bottom();
	if (top + h - 1 > bottom)
		top = bottom - h + 1;
	if (top < UI_BODY_TOP)
		top = UI_BODY_TOP;
	l->height = rows;
	if (list_load(l, &e) != ERR_OK)
		ui_error("%s", e.msg);

	/* The frame, with the question in the top edge and where we are in the bottom. */
	ui_look(UI_NORMAL);
	mvaddch(top, x0, ACS_ULCORNER);
	mvhline(top, x0 + 1, ACS_HLINE, w - 2);
	mvaddch(top, x0 + w - 1, ACS_URCORNER);
	mvaddch(top + h - 1, x0, ACS_LLCORNER);
	mvhline(top + h - 1, x0 + 1, ACS_HLINE, w - 2);
	mvaddch(top + h - 1, x0 + w - 1, ACS_LRCORNER);
	for (int y = top + 1; y < top + h - 1; y++) {
		mvaddch(y, x0, ACS_VLINE);
		ui_text(y, x0 + 1, "", w - 2, TEXT_LEFT, UI_NORMAL);
		ui_look(UI_NORMAL);
		mvaddch(y, x0 + w - 1, ACS_VLINE);
	}
	char title[600];
	snprintf(title, sizeof title, " %s ", pk.title);
	ui_put(top, x0 + 2, title, w - 4, UI_TITLE);
	list_position(l, pos, sizeof pos);
	if (pos[0])
		ui_put(top + h - 1, x0 + w - 2 - text_width(pos), pos, 12, UI_DIM);

	for (int c = 0; c < NCOLS; c++) {
		int x, cw;
		pick_span(x0, w, c, &x, &cw);
		ui_text(top + 1, x, _(cols[c].title), cw, cols[c].align, UI_HEADER);
	}
	for (int i = 0; i < l->loaded_n && i < rows; i++) {
		int y = top + 2 + i, selected = l->loaded_top + i == l->sel;
		if (selected)
			ui_text(y, x0 + 1, "", w - 2, TEXT_LEFT, UI_SELECT);
		for (int c = 0; c < NCOLS; c++) {
			int x, cw;
			pick_span(x0, w, c, &x, &cw);
			enum ui_look look = UI_NORMAL;
			list_cell(l, i, c, buf, sizeof buf, &look);
			ui_text(y, x, buf, cw, cols[c].align, selected ? UI_SELECT : look);
		}
	}
	keys_bar(KM_PICK);
}

/* ---- running ---- */

static int pick_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (list_act(&pk.list, a))
		return 1;
	if (a == ACT_ACCEPT) {
		int i = list_selected(&pk.list);
		if (i >= 0) {
			*pk.picked = pk.page[i];
			view_close(v, 1);
		}
	} else if (a == ACT_CANCEL) {
		view_close(v, 0);
	} else if (a == ACT_HELP) {
		help_show(KM_PICK, pk.title);
	}
	return 1;
}

int pick_member(const char *text, int y, struct member *m)
{
	static const struct list_source src = { .count = pick_count, .fetch = pick_fetch,
						.rows = pk.page, .stride = sizeof pk.page[0] };
	struct err e = { 0 };
	char search[256], shown[256];

	snprintf(search, sizeof search, "%s", text);
	memset(&pk.q, 0, sizeof pk.q);
	pk.q.search = search;
	pk.q.sort = MEMBER_SORT_NO;
	pk.y = y;
	pk.picked = m;
	list_init(&pk.list, cols, NCOLS, &src);
	pk.list.height = PICK_ROWS;
	if (list_reload(&pk.list, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return 0;
	}
	text_clean(text, shown, sizeof shown);
	/* L10N: the title of the list that opens when several members match what was
	 * typed (%s) in a member field. */
	snprintf(pk.title, sizeof pk.title, _("Members matching \"%s\""), shown);
	struct view v = { .name = pk.title, .keymap = KM_PICK, .draw = pick_draw,
			  .act = pick_act, .overlay = 1 };
	int r = view_run(&v);
	return r == VIEW_SIGNAL ? -1 : r;
}

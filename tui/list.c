/*
 * list.c — the list widget (see list.h). Column widths: fixed ones as declared, the
 * one with width 0 gets what is left of the terminal's width; every cell is fitted with
 * text_pad, so whatever the script of a name, the next column starts at the same
 * screen column.
 */
#include "tui/list.h"
#include "tui/edit.h"
#include "tui/frame.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/category.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"

#include <stdint.h>

#include <stdio.h>
#include <string.h>

void list_init(struct list *l, const struct list_col *cols, int ncols,
	       const struct list_source *src)
{
	memset(l, 0, sizeof *l);
	l->cols = cols;
	l->ncols = ncols;
	l->src = *src;
	l->sort_col = -1;
	l->height = 10;
	l->loaded_n = -1;
}

static void list_clamp(struct list *l)
{
	int h = l->height > 0 ? l->height : 1;
	if (l->sel >= l->count)
		l->sel = l->count - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
	/* no empty rows at the bottom while there are rows above */
	if (l->top > l->count - h)
		l->top = l->count - h;
	if (l->top < 0)
		l->top = 0;
}

err_code list_reload(struct list *l, struct err *e)
{
	int n = 0;
	err_code c = l->src.count(l->src.arg, &n, e);
	l->count = c == ERR_OK ? n : 0;
	l->loaded_n = -1;
	list_clamp(l);
	return c;
}

err_code list_load(struct list *l, struct err *e)
{
	int want = l->count - l->top;
	if (want > l->height)
		want = l->height;
	if (want < 0)
		want = 0;
	if (l->loaded_n == want && l->loaded_top == l->top)
		return ERR_OK;
	err_code c = want > 0 ? l->src.fetch(l->src.arg, l->top, want, e) : ERR_OK;
	l->loaded_top = l->top;
	l->loaded_n = c == ERR_OK ? want : 0;
	return c;
}

int list_act(struct list *l, enum action a)
{
	int h = l->height > 1 ? l->height : 1;
	switch (a) {
	case ACT_UP: l->sel--; break;
	case ACT_DOWN: l->sel++; break;
	case ACT_PGUP: l->sel -= h - 1; l->top -= h - 1; break;
	case ACT_PGDN: l->sel += h - 1; l->top += h - 1; break;
	case ACT_HOME: l->sel = 0; break;
	case ACT_END: l->sel = l->count - 1; break;
	default: return 0;
	}
	if (l->top < 0)
		l->top = 0;
	list_clamp(l);
	return 1;
}

int list_selected(const struct list *l)
{
	if (l->count == 0 || l->loaded_n <= 0)
		return -1;
	int i = l->sel - l->loaded_top;
	return i >= 0 && i < l->loaded_n ? i : -1;
}

const void *list_row(const struct list *l, int i)
{
	return l->src.rows ? (const char *)l->src.rows + (size_t)i * l->src.stride : NULL;
}

void list_cell(const struct list *l, int i, int col, char *buf, size_t n, enum ui_look *look)
{
	const struct list_col *c = &l->cols[col];
	const char *row = list_row(l, i);

	buf[0] = '\0';
	if (!row)
		return;
	const char *p = row + c->at;
	switch (c->kind) {
	case LC_TEXT:
	case LC_DATE:
		snprintf(buf, n, "%.*s", (int)strnlen(p, c->size), p);
		break;
	case LC_CAT:
		if (*p)
			snprintf(buf, n, "%s", cat_name((enum cat_kind)c->cat, p));
		break;
	case LC_MONEY: {
		int64_t v;
		memcpy(&v, p, sizeof v);
		if (v || !c->blank)
			money_format(v, buf, n);
		break;
	}
	case LC_INT: {
		int v;
		memcpy(&v, p, sizeof v);
		if (v || !c->blank)
			snprintf(buf, n, "%d", v);
		break;
	}
	case LC_FN:
		if (c->fn)
			c->fn(row, buf, n, look);
		break;
	}
	if (c->look)
		*look = c->look(row);
}

/* Money and counts line up on the right whatever the table says. */
static int list_align(const struct list_col *c)
{
	return c->kind == LC_MONEY || c->kind == LC_INT ? TEXT_RIGHT : c->align;
}

char *list_position(const struct list *l, char *buf, size_t n)
{
	if (l->count == 0)
		snprintf(buf, n, "%s", "");
	else
		snprintf(buf, n, "%d/%d", l->sel + 1, l->count);
	return buf;
}

void list_col_span(const struct list *l, int col, int *x, int *w)
{
	int fixed = 0, flex = -1;
	for (int i = 0; i < l->ncols; i++) {
		if (l->cols[i].width > 0)
			fixed += l->cols[i].width;
		else
			flex = i;
	}
	/* one column of margin on the left, one space between columns */
	int left = COLS - 1 - (l->ncols - 1) - fixed - 1;
	int cx = 1;
	for (int i = 0; i < l->ncols; i++) {
		int cw = l->cols[i].width > 0 ? l->cols[i].width : (i == flex ? left : 0);
		if (cw < 1)
			cw = 1;
		if (i == col) {
			*x = cx;
			*w = cw;
			return;
		}
		cx += cw + 1;
	}
	*x = cx;
	*w = 0;
}

void list_draw(struct list *l, int y, int bottom)
{
	struct err e = { 0 };
	char buf[1024];
	int x, w;

	l->height = bottom - y;
	if (l->height < 1)
		l->height = 1;
	list_clamp(l);
	ui_clear_line(y, UI_HEADER);
	for (int c = 0; c < l->ncols; c++) {
		list_col_span(l, c, &x, &w);
		ui_text(y, x, l->cols[c].title[0] ? _(l->cols[c].title) : "", w, list_align(&l->cols[c]),
			c == l->sort_col ? UI_HEADER_ON : UI_HEADER);
	}
	if (list_load(l, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	if (l->count == 0 && l->empty) {
		ui_put(y + 2, 3, l->empty, COLS - 6, UI_DIM);
		return;
	}
	for (int i = 0; i < l->loaded_n && y + 1 + i <= bottom; i++) {
		int row = y + 1 + i, selected = l->loaded_top + i == l->sel;
		if (selected)
			ui_clear_line(row, UI_SELECT);
		for (int c = 0; c < l->ncols; c++) {
			enum ui_look look = UI_NORMAL;
			buf[0] = '\0';
			list_cell(l, i, c, buf, sizeof buf, &look);
			list_col_span(l, c, &x, &w);
			ui_text(row, x, buf, w, list_align(&l->cols[c]), selected ? UI_SELECT : look);
		}
	}
}

/* ---- search as you type ---- */

struct search {
	struct list *l;
	struct edit ed;
	void (*changed)(void *arg);
	void (*body)(void);
	void *arg;
};

static void list_search_draw(struct view *v)
{
	struct search *sr = v->data;
	erase();
	frame_draw(KM_SEARCH, FRAME_TYPING);
	sr->body();
	/* The prompt and the text on the message line, the cursor in it. */
	/* L10N: the prompt of a search as you type, on the message line. */
	const char *prompt = _("Search:");
	int y = LINES - 2, x = 1 + ui_put(y, 1, prompt, COLS / 2, UI_TITLE) + 1;
	curs_set(1);
	edit_draw(&sr->ed, y, x, COLS - x - 1, UI_NORMAL, 1);
}

static int list_search_act(struct view *v, enum action a, int key)
{
	struct search *sr = v->data;
	if (a == ACT_ACCEPT || a == ACT_DOWN) {
		view_close(v, 0);
	} else if (a == ACT_CANCEL) {
		if (sr->ed.buf[0]) {
			sr->ed.buf[0] = '\0';
			sr->changed(sr->arg);
		}
		view_close(v, 0);
	} else {
		int full = 0;
		if (edit_key(&sr->ed, a, key, &full) > 0) {
			sr->l->sel = sr->l->top = 0;
			sr->changed(sr->arg);
		}
	}
	return 1;
}

int list_search(struct list *l, char *buf, size_t cap, void (*changed)(void *arg),
		void (*body)(void), void *arg)
{
	struct search sr = { .l = l, .changed = changed, .body = body, .arg = arg };
	struct view v = { .name = _("Search:"), .keymap = KM_SEARCH, .draw = list_search_draw,
			  .act = list_search_act, .data = &sr, .typing = 1 };
	edit_init(&sr.ed, buf, cap);
	ui_msg_clear();
	int r = view_run(&v);
	curs_set(0);
	return r == VIEW_SIGNAL ? UI_SIGNAL : 0;
}

int list_current(struct list *l)
{
	struct err e = { 0 };
	if (list_load(l, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return -1;
	}
	int i = list_selected(l);
	if (i < 0)
		ui_msg("%s", _("The list is empty."));
	return i;
}

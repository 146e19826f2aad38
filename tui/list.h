/*
 * list.h — the list widget every screen reuses: column headings, rows that line up by
 * display width (张三 is 4 columns; long text ends in "…" without splitting a
 * character), a selection bar, moving by line and page, and paging through a core query:
 * the list asks its source for the number of rows and then only for the rows on screen
 * (offset/limit), never for the whole table.
 *
 * Columns are typed: a row of the column table says where in the row's struct the value
 * is and what it is, and the list shows it (tig's view_column is the model):
 *
 *     static const struct list_col cols[] = {
 *             { .title = N_("No."), .width = 8, .kind = LC_TEXT,
 *               LIST_AT(struct member, no) },
 *             { .title = N_("Status"), .width = 8, .kind = LC_CAT, .cat = CAT_STATUS,
 *               LIST_AT(struct member, status) },
 *             { .title = N_("Dues"), .width = 17, .kind = LC_FN, .fn = members_behind },
 *     };
 *
 * and the source says where the loaded rows are (.rows, .stride): the page array the
 * fetch fills. LC_FN is for the rare computed cell.
 */
#ifndef GH_LIST_H
#define GH_LIST_H

#include <stddef.h>

#include "core/error.h"
#include "core/text.h"
#include "tui/keys.h"
#include "tui/ui.h"

enum list_kind {
	LC_TEXT,    /* char[]: shown as it is (control characters replaced) */
	LC_MONEY,   /* int64_t fen: 1,234.50 (right-aligned); 0 shows as empty with .blank */
	LC_DATE,    /* char[] YYYY-MM-DD */
	LC_CAT,     /* char[] holding a code of category .cat: its translated name */
	LC_INT,     /* int: a count (right-aligned); 0 shows as empty with .blank */
	LC_FN,      /* .fn computes the cell */
};

#define LIST_AT(type, member) \
	.at = offsetof(type, member), .size = sizeof(((type *)0)->member)

struct list_col {
	const char *title;    /* N_("Name") */
	int width;            /* columns; 0 = what is left over (one such column) */
	int align;            /* TEXT_LEFT or TEXT_RIGHT (money and counts: always right) */
	enum list_kind kind;
	size_t at, size;      /* LIST_AT: where in the row */
	int cat;              /* LC_CAT: an enum cat_kind */
	int blank;            /* LC_MONEY, LC_INT: 0 shows as empty */
	/* LC_FN: the text of the cell for row (may set *look: UI_WARN, UI_DIM …). */
	void (*fn)(const void *row, char *buf, size_t n, enum ui_look *look);
	/* Any kind: the look of the cell for row (NULL: normal). */
	enum ui_look (*look)(const void *row);
};

struct list_source {
	/* How many rows there are. */
	err_code (*count)(void *arg, int *n, struct err *e);
	/* Load rows offset … offset+limit-1 (the ones on screen). */
	err_code (*fetch)(void *arg, int offset, int limit, struct err *e);
	/* Where the loaded rows are: row i (0 = the first loaded) at rows + i * stride. */
	const void *rows;
	size_t stride;
	void *arg;
};

struct list {
	const struct list_col *cols;
	int ncols;
	struct list_source src;
	int count;            /* rows in all */
	int sel;              /* the selected row, 0-based over all rows */
	int top;              /* the first row on screen */
	int height;           /* rows on screen at the last draw */
	int sort_col;         /* heading drawn as the sort key; -1 for none */
	const char *empty;    /* shown when there are no rows (translated) */
	int loaded_top, loaded_n;   /* what fetch last loaded; loaded_n < 0: nothing */
};

void list_init(struct list *l, const struct list_col *cols, int ncols,
	       const struct list_source *src);
/* Count again and reload the page (after a change, a search, a new sort); keeps the
 * selection where it can. */
err_code list_reload(struct list *l, struct err *e);
/* Move for ACT_UP/DOWN/PGUP/PGDN/HOME/END; returns 1 when a is one of them. */
int list_act(struct list *l, enum action a);
/* The selected row's index among the loaded ones, or -1 when the list is empty. Call
 * after list_draw or list_load. */
int list_selected(const struct list *l);
/* Make sure the rows on screen are loaded (list_draw does it too). */
err_code list_load(struct list *l, struct err *e);
/* The selected row's index for a key that acts on it: loads the rows, and says on the
 * message line why there is none (an error, or "The list is empty.") with -1. */
int list_current(struct list *l);
/* Draw the headings on row y and the rows below down to row bottom. */
void list_draw(struct list *l, int y, int bottom);
/* Search as you type: the message line becomes "Search: …" and every change to the
 * text in buf (cap bytes) calls changed(arg) — which re-queries and list_reload()s —
 * while body() draws the screen under it. Enter or Down keeps the search; Esc clears
 * it. Returns UI_SIGNAL when a stop signal arrived, else 0. */
int list_search(struct list *l, char *buf, size_t cap, void (*changed)(void *arg),
		void (*body)(void), void *arg);
/* The text and look of column col of loaded row i, from its typed column. */
void list_cell(const struct list *l, int i, int col, char *buf, size_t n, enum ui_look *look);
/* The row struct of loaded row i (NULL without .rows). */
const void *list_row(const struct list *l, int i);
/* "12/64": where the selection is, for a title line ("" when the list is empty). */
char *list_position(const struct list *l, char *buf, size_t n);
/* The x and width of column col at the current terminal width. */
void list_col_span(const struct list *l, int col, int *x, int *w);

#endif

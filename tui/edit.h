/*
 * edit.h — editing one line of text in place: a form field or a search. Positions are
 * byte offsets that always sit on a character boundary (text_prev/text_next), so a
 * double-width character is one step and the cursor never lands inside it. Text wider
 * than the field scrolls sideways.
 */
#ifndef GH_EDIT_H
#define GH_EDIT_H

#include <stddef.h>

#include "tui/keys.h"
#include "tui/ui.h"

struct edit {
	char *buf;       /* the text, NUL-terminated; owned by the caller */
	size_t cap;      /* bytes buf can hold, NUL included */
	size_t len;      /* strlen(buf) */
	size_t cur;      /* the cursor, a byte offset */
	size_t scroll;   /* the first byte shown */
};

/* Edit buf (holding cap bytes); the cursor goes to the end. */
void edit_init(struct edit *ed, char *buf, size_t cap);

/* Act on a key: an editing action (ACT_LEFT, ACT_BACKSPACE …) or, with a == ACT_NONE, a
 * printable character to insert. Returns 1 when the text changed, 0 when only the
 * cursor moved or nothing happened, -1 when the key is not an editing key (or the text
 * is full: then *full is set if full is not NULL). */
int edit_key(struct edit *ed, enum action a, int key, int *full);

/* Draw the visible part in `width` columns at (y, x); when active, leave the terminal
 * cursor at the editing position (call last, just before refresh). */
void edit_draw(struct edit *ed, int y, int x, int width, enum ui_look look, int active);

#endif

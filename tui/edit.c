/*
 * edit.c — the one-line editor under form fields and searches (see edit.h). All widths
 * come from core/text.h; characters arrive from wget_wch as code points and are stored
 * as UTF-8.
 */
#include "tui/edit.h"
#include "core/text.h"

#include <string.h>

void edit_init(struct edit *ed, char *buf, size_t cap)
{
	ed->buf = buf;
	ed->cap = cap;
	ed->len = strlen(buf);
	ed->cur = ed->len;
	ed->scroll = 0;
}

static void edit_remove(struct edit *ed, size_t from, size_t to)
{
	if (to <= from)
		return;
	memmove(ed->buf + from, ed->buf + to, ed->len - to + 1);
	ed->len -= to - from;
	if (ed->cur > from)
		ed->cur = ed->cur >= to ? ed->cur - (to - from) : from;
}

int edit_key(struct edit *ed, enum action a, int key, int *full)
{
	char u[8];
	int n;

	switch (a) {
	case ACT_LEFT:
		ed->cur = text_prev(ed->buf, ed->cur);
		return 0;
	case ACT_RIGHT:
		ed->cur = text_next(ed->buf, ed->len, ed->cur);
		return 0;
	case ACT_LINE_START:
		ed->cur = 0;
		return 0;
	case ACT_LINE_END:
		ed->cur = ed->len;
		return 0;
	case ACT_BACKSPACE:
		if (ed->cur == 0)
			return 0;
		edit_remove(ed, text_prev(ed->buf, ed->cur), ed->cur);
		return 1;
	case ACT_DELETE:
		if (ed->cur >= ed->len)
			return 0;
		edit_remove(ed, ed->cur, text_next(ed->buf, ed->len, ed->cur));
		return 1;
	case ACT_KILL_LINE:
		if (ed->len == 0)
			return 0;
		ed->buf[0] = '\0';
		ed->len = ed->cur = ed->scroll = 0;
		return 1;
	default:
		break;
	}
	n = ui_key_utf8(key, u);
	if (n == 0 || key >= K_FN(0))
		return -1;
	if (ed->len + (size_t)n + 1 > ed->cap) {
		if (full)
			*full = 1;
		return -1;
	}
	memmove(ed->buf + ed->cur + n, ed->buf + ed->cur, ed->len - ed->cur + 1);
	memcpy(ed->buf + ed->cur, u, (size_t)n);
	ed->len += (size_t)n;
	ed->cur += (size_t)n;
	return 1;
}

/* Columns of the character at byte pos (1 at the end: the cursor's own cell). */
static int edit_char_cols(const struct edit *ed, size_t pos)
{
	if (pos >= ed->len)
		return 1;
	size_t next = text_next(ed->buf, ed->len, pos);
	int w = text_nwidth(ed->buf + pos, next - pos);
	return w > 0 ? w : 1;
}

/* Keep the cursor and the character under it inside the field. */
static void edit_scroll(struct edit *ed, int width)
{
	if (ed->scroll > ed->cur)
		ed->scroll = ed->cur;
	while (ed->scroll < ed->cur &&
	       text_nwidth(ed->buf + ed->scroll, ed->cur - ed->scroll) + edit_char_cols(ed, ed->cur)
	       > width)
		ed->scroll = text_next(ed->buf, ed->len, ed->scroll);
	/* Show as much as fits when the text got shorter. */
	while (ed->scroll > 0) {
		size_t p = text_prev(ed->buf, ed->scroll);
		if (text_nwidth(ed->buf + p, ed->len - p) + (ed->cur == ed->len) > width)
			break;
		ed->scroll = p;
	}
}

void edit_draw(struct edit *ed, int y, int x, int width, enum ui_look look, int active)
{
	char shown[2048];
	size_t i = ed->scroll, end;
	int w = 0;

	if (width <= 0)
		return;
	if (!active) {
		ui_text(y, x, ed->buf, width, TEXT_LEFT, look);
		return;
	}
	edit_scroll(ed, width);
	/* The characters from scroll that fit whole; a wide one at the right edge that does
	 * not fit is left out (blank), never cut in half. */
	end = i;
	while (end < ed->len) {
		size_t next = text_next(ed->buf, ed->len, end);
		int cw = text_nwidth(ed->buf + end, next - end);
		if (w + cw > width || next - i >= sizeof shown)
			break;
		w += cw;
		end = next;
	}
	memcpy(shown, ed->buf + i, end - i);
	shown[end - i] = '\0';
	ui_text(y, x, shown, width, TEXT_LEFT, look);
	move(y, x + text_nwidth(ed->buf + ed->scroll, ed->cur - ed->scroll));
}

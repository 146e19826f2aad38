/*
 * help.c — the help screen (see help.h), built from the key table's rows: one line a
 * row, the keys by their names on a keyboard ("Enter", "Ctrl-S"), and one line for the
 * section digits that exist ("1 2 3 4  Go to a section: 1 Members, 2 Dues …").
 */
#include "tui/help.h"
#include "tui/frame.h"
#include "tui/keys.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/i18n.h"
#include "core/text.h"

#include <stdio.h>
#include <string.h>

struct help_line {
	char keys[48];
	char text[160];
};

static struct {
	struct help_line lines[128];
	int n;
	int top;
	const char *title;
} help;

static void help_add(const char *keys, const char *text)
{
	if (help.n >= (int)(sizeof help.lines / sizeof help.lines[0]))
		return;
	snprintf(help.lines[help.n].keys, sizeof help.lines[0].keys, "%s", keys);
	snprintf(help.lines[help.n].text, sizeof help.lines[0].text, "%s", text);
	help.n++;
}

/* "1 2 3 4" and "Go to a section: 1 Members, 2 Dues, …" for the sections that exist;
 * a list too wide for the screen goes on in a line of its own (nine sections do not
 * fit one line of 80 columns), so no line of the help has to be cut. */
static void help_sections(void)
{
	char keys[48] = "", list[200] = "", text[240];
	size_t o = 0, l = 0;
	for (int s = 1; s <= 9; s++)
		if (frame_section_name(s)) {
			o += (size_t)snprintf(keys + o, sizeof keys - o, "%s%d", o ? " " : "", s);
			if (o >= sizeof keys)
				o = sizeof keys - 1;
		}
	int room = COLS - 6 - text_width(keys), first = 1;
	for (int s = 1; s <= 9; s++) {
		const char *name = frame_section_name(s);
		if (!name)
			continue;
		char item[96];
		snprintf(item, sizeof item, "%d %s", s, name);
		/* L10N: %s is a list like "1 Members, 2 Dues". */
		snprintf(text, sizeof text, first ? _("Go to a section: %s") : "%s", list);
		if (l && text_width(text) + 2 + text_width(item) > room) {
			/* this line is full: it ends with a comma, the list goes on below */
			snprintf(text + strlen(text), sizeof text - strlen(text), ",");
			help_add(first ? keys : "", text);
			first = 0;
			l = 0;
			list[0] = '\0';
		}
		l += (size_t)snprintf(list + l, sizeof list - l, "%s%s", l ? ", " : "", item);
		if (l >= sizeof list)
			l = sizeof list - 1;
	}
	snprintf(text, sizeof text, first ? _("Go to a section: %s") : "%s", list);
	help_add(first ? keys : "", text);
}

static void help_build(enum keymap km)
{
	int n;
	const struct binding *table = keys_rows(&n);

	help.n = 0;
	for (; km != KM_NONE; km = keys_parent(km)) {
		int sections_done = 0;
		for (int i = 0; i < n; i++) {
			const struct binding *b = &table[i];
			if (b->km != km)
				continue;
			if (b->act >= ACT_SECTION_1 && b->act <= ACT_SECTION_9) {
				if (!sections_done++)
					help_sections();
				continue;
			}
			if (!b->help)
				continue;
			char keys[48] = "", name[32], prev[32] = "";
			size_t o = 0;
			for (int k = 0; k < KEYS_MAX && b->keys[k]; k++) {
				keys_name(b->keys[k], name, sizeof name);
				if (strcmp(name, prev) == 0)
					continue;   /* Enter is three codes but one key */
				o += (size_t)snprintf(keys + o, sizeof keys - o, "%s%s",
						      o ? "/" : "", name);
				if (o >= sizeof keys)
					o = sizeof keys - 1;
				snprintf(prev, sizeof prev, "%s", name);
			}
			help_add(keys, _(b->help));
		}
	}
}

static int help_rows(void) { return ui_body_bottom() - UI_BODY_TOP; }

static void help_draw(struct view *v)
{
	(void)v;
	int top = UI_BODY_TOP, bottom = ui_body_bottom();
	int rows = help_rows();   /* one row for the title */

	curs_set(0);
	erase();
	frame_draw(KM_HELP, 0);
	char title[200];
	/* L10N: %s is the screen's name, e.g. "Members". */
	snprintf(title, sizeof title, _("Keys for %s"), help.title);
	frame_title(top, title, NULL);
	if (help.top > help.n - rows)
		help.top = help.n - rows;
	if (help.top < 0)
		help.top = 0;
	int kw = 0;
	for (int i = 0; i < help.n; i++)
		if (text_width(help.lines[i].keys) > kw)
			kw = text_width(help.lines[i].keys);
	if (kw > 18)
		kw = 18;
	/* When the lines go on below, the last row says so (on a row of its own, so it
	 * covers no key's line) and which key shows them. */
	int more = help.top + rows < help.n;
	int shown = more ? rows - 1 : rows;
	for (int i = 0; i < shown && help.top + i < help.n; i++) {
		const struct help_line *l = &help.lines[help.top + i];
		ui_text(top + 1 + i, 2, l->keys, kw, TEXT_LEFT, UI_HEADER);
		ui_text(top + 1 + i, 4 + kw, l->text, COLS - 5 - kw, TEXT_LEFT, UI_NORMAL);
	}
	if (more)
		ui_text(bottom, 2, _("(more below: Down or PgDn)"), COLS - 4, TEXT_RIGHT, UI_DIM);
}

static int help_act(struct view *v, enum action a, int key)
{
	(void)key;
	switch (a) {
	case ACT_UP: help.top--; break;
	case ACT_DOWN: help.top++; break;
	case ACT_PGUP: help.top -= help_rows() - 1; break;
	case ACT_PGDN: help.top += help_rows() - 1; break;
	case ACT_CANCEL:
	default:   /* any other key closes the help too */
		view_close(v, 0);
		break;
	}
	if (help.top < 0)
		help.top = 0;
	return 1;   /* nothing else: the keys of the screen under it do not work here */
}

int help_show(enum keymap km, const char *title)
{
	struct view v = { .name = title, .keymap = KM_HELP, .draw = help_draw,
			  .act = help_act, .keep_msg = 1 };
	help_build(km);
	help.top = 0;
	help.title = title;
	return view_run(&v) == VIEW_SIGNAL ? VIEW_SIGNAL : 0;
}

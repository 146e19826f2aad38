/*
 * frame.c — the section bar, the message line and the key line around every screen
 * (see frame.h).
 */
#include "tui/frame.h"
#include "tui/keys.h"
#include "tui/ui.h"
#include "core/i18n.h"
#include "core/setting.h"
#include "core/text.h"

#include <stdio.h>

static struct {
	const char *const *names;   /* N_() names of the sections */
	int n;
	int cur;
	char title[256];            /* the union's (or school's) name, top right */
} frame;

void frame_sections(const char *const *names, int n)
{
	frame.names = names;
	frame.n = n;
}

void frame_set_current(int i) { frame.cur = i; }

const char *frame_section_name(int n)
{
	return n >= 1 && n <= frame.n ? _(frame.names[n - 1]) : NULL;
}

int frame_section_of(const char *name)
{
	for (int i = 0; i < frame.n; i++)
		if (frame.names[i] == name)
			return i + 1;
	return 0;
}

void frame_load_title(void)
{
	char buf[256];
	setting_title(buf, sizeof buf);
	if (!buf[0])
		snprintf(buf, sizeof buf, "gonghui");
	snprintf(frame.title, sizeof frame.title, "%s", buf);
}

void frame_draw(enum keymap km, int flags)
{
	int x = 0, typing = flags & FRAME_TYPING;

	ui_clear_line(0, UI_TAB);
	for (int i = 0; i < frame.n && x < COLS; i++) {
		char tab[128];
		enum ui_look look = i == frame.cur ? UI_TAB_ON : UI_TAB;
		if (typing)
			look = i == frame.cur ? UI_TAB_OFF_ON : UI_DIM;
		snprintf(tab, sizeof tab, " %d %s ", i + 1, _(frame.names[i]));
		x += ui_put(0, x, tab, COLS - x, look);
		x += 1;
	}
	/* The union's name on the right, cut to what is left. */
	int room = COLS - x - 2;
	if (room > 4) {
		char t[1024];
		text_trunc(frame.title, room, t, sizeof t);
		ui_put(0, COLS - 1 - text_width(t), t, room, UI_TITLE);
	}
	ui_msg_draw();
	keys_bar(km);
}

void frame_title(int y, const char *text, const char *right)
{
	int pw = right ? text_width(right) : 0;
	ui_clear_line(y, UI_TITLE);
	ui_text(y, 1, text, COLS - 4 - pw, TEXT_LEFT, UI_TITLE);
	if (pw)
		ui_put(y, COLS - 1 - pw, right, pw, UI_TITLE);
}

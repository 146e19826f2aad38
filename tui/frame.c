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
	const char *const *tabs;    /* NC_() shorter tabs, or NULL each */
	int n;
	int cur;
	char title[256];            /* the union's (or school's) name, top right */
} frame;

/* Section i's tab: its screen's shorter tab when the language has one, else its name. */
static const char *tab_label(int i)
{
	const char *t = frame.tabs ? i18n_pgettext(frame.tabs[i]) : NULL;
	return t ? t : _(frame.names[i]);
}

void frame_sections(const char *const *names, const char *const *tabs, int n)
{
	frame.names = names;
	frame.tabs = tabs;
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

/* How the section tabs are drawn: the first of these ways that fits the width is used.
 * Nine sections and the union's name do not fit 80 columns as " 1 Members " tabs, so
 * the tabs close up step by step, the union's name is cut and then left out, and last
 * the sections other than the current one show their digit only. */
enum tab_way {
	TAB_WIDE,      /* " 1 Members "  one space between, the whole name on the right */
	TAB_CLOSE,     /* "1 Members"    two spaces between, the whole name */
	TAB_TIGHT,     /* "1 Members"    one space between, the name cut to what is left */
	TAB_JOINED,    /* "1Members"     one space between */
	TAB_DIGITS,    /* "1"            only the current one with its name */
};

static void tab_text(enum tab_way way, int i, char *buf, size_t size)
{
	const char *name = tab_label(i);
	if (way == TAB_WIDE)
		snprintf(buf, size, " %d %s ", i + 1, name);
	else if (way == TAB_CLOSE || way == TAB_TIGHT)
		snprintf(buf, size, "%d %s", i + 1, name);
	else if (way == TAB_JOINED || i == frame.cur)
		snprintf(buf, size, "%d%s", i + 1, name);
	else
		snprintf(buf, size, "%d", i + 1);
}

static int tab_gap(enum tab_way way) { return way == TAB_CLOSE ? 2 : 1; }
static int tab_lead(enum tab_way way) { return way == TAB_WIDE ? 0 : 1; }

/* The columns the tabs take drawn this way, up to the end of the last one. */
static int tabs_width(enum tab_way way)
{
	int w = tab_lead(way);
	for (int i = 0; i < frame.n; i++) {
		char tab[128];
		tab_text(way, i, tab, sizeof tab);
		w += text_width(tab) + (i ? tab_gap(way) : 0);
	}
	return w;
}

static enum tab_way tabs_way(void)
{
	int title = text_width(frame.title) + 2;
	if (tabs_width(TAB_WIDE) + 1 + title <= COLS)
		return TAB_WIDE;
	if (tabs_width(TAB_CLOSE) + tab_gap(TAB_CLOSE) + title <= COLS)
		return TAB_CLOSE;
	if (tabs_width(TAB_TIGHT) <= COLS)
		return TAB_TIGHT;
	if (tabs_width(TAB_JOINED) <= COLS)
		return TAB_JOINED;
	return TAB_DIGITS;
}

void frame_draw(enum keymap km, int flags)
{
	int typing = flags & FRAME_TYPING;
	enum tab_way way = tabs_way();
	int x = tab_lead(way);

	ui_clear_line(0, UI_TAB);
	for (int i = 0; i < frame.n && x < COLS; i++) {
		char tab[128];
		enum ui_look look = i == frame.cur ? UI_TAB_ON : UI_TAB;
		if (typing)
			look = i == frame.cur ? UI_TAB_OFF_ON : UI_DIM;
		tab_text(way, i, tab, sizeof tab);
		x += ui_put(0, x, tab, COLS - x, look);
		x += tab_gap(way);
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

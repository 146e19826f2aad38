/*
 * keys.c — the key table, its dispatcher (keys_action), and the two things generated
 * from it: the bottom key line (keys_bar) and the help screen (keys_help).
 *
 * Terminals without F-keys, PgUp/PgDn or Home/End (vt100) get control-key twins:
 * F2 = Ctrl-S (save), PgUp/PgDn = Ctrl-B/Ctrl-F, Home/End = Ctrl-A/Ctrl-E in a field,
 * Delete = Ctrl-D. Shift-Tab = Up in a form.
 */
#include "tui/keys.h"
#include "tui/app.h"
#include "tui/ui.h"
#include "core/i18n.h"
#include "core/text.h"

#include <stdio.h>
#include <string.h>

#define ENTER '\r', '\n', K_FN(KEY_ENTER)

struct binding {
	enum keymap km;
	enum action act;
	int keys[6];         /* 0-terminated when shorter */
	const char *barkey;  /* how the bottom line names the keys, when not keys[0] */
	const char *bar;     /* short label for the bottom line; NULL: only in help */
	const char *help;    /* the line in the help screen */
};

static const struct binding table[] = {
	/* global: every list screen */
	{ KM_GLOBAL, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"),
	  N_("Show the keys of this screen") },
	{ KM_GLOBAL, ACT_QUIT, { 'q', 'Q' }, NULL, N_("Quit"), N_("Leave gonghui") },
	{ KM_GLOBAL, ACT_SECTION_1, { '1' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_2, { '2' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_3, { '3' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_4, { '4' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_5, { '5' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_6, { '6' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_7, { '7' }, NULL, NULL, NULL },
	{ KM_GLOBAL, ACT_SECTION_8, { '8' }, NULL, NULL, NULL },

	/* moving in a list */
	{ KM_LIST, ACT_UP, { K_FN(KEY_UP), K_CTRL('p') }, NULL, NULL, N_("Previous line") },
	{ KM_LIST, ACT_DOWN, { K_FN(KEY_DOWN), K_CTRL('n') }, NULL, NULL, N_("Next line") },
	{ KM_LIST, ACT_PGUP, { K_FN(KEY_PPAGE), K_CTRL('b') }, NULL, NULL, N_("Previous page") },
	{ KM_LIST, ACT_PGDN, { K_FN(KEY_NPAGE), K_CTRL('f') }, NULL, NULL, N_("Next page") },
	{ KM_LIST, ACT_HOME, { K_FN(KEY_HOME) }, NULL, NULL, N_("First line") },
	{ KM_LIST, ACT_END, { K_FN(KEY_END) }, NULL, NULL, N_("Last line") },

	/* the member roll */
	{ KM_MEMBERS, ACT_ADD, { 'a' }, NULL, N_("Add"), N_("Add a member") },
	{ KM_MEMBERS, ACT_EDIT, { 'e', ENTER }, NULL, N_("Edit"), N_("Edit the member") },
	{ KM_MEMBERS, ACT_RETIRE, { 'r' }, NULL, N_("Retire"),
	  N_("Mark the member retired (asks for the date)") },
	{ KM_MEMBERS, ACT_LEAVE, { 'l' }, NULL, N_("Left"),
	  N_("Mark that the member left the union (asks for the date)") },
	{ KM_MEMBERS, ACT_SEARCH, { '/' }, NULL, N_("Search"),
	  N_("Search by name, number or pinyin initials (zs finds 张三)") },
	{ KM_MEMBERS, ACT_FILTER, { 'f' }, NULL, N_("Status"),
	  N_("Show all members, or only active, retired, left, deceased") },
	{ KM_MEMBERS, ACT_GROUP, { 'g' }, NULL, NULL, N_("Show one union group after another") },
	{ KM_MEMBERS, ACT_SORT, { 's' }, NULL, N_("Sort"),
	  N_("Sort by number, name, group or status") },
	{ KM_MEMBERS, ACT_REVERSE, { 'S' }, NULL, NULL, N_("Reverse the order") },
	{ KM_MEMBERS, ACT_BACK, { K_ESC }, NULL, NULL, N_("Clear the search and filters") },

	/* dues for a month */
	{ KM_DUES, ACT_MARK, { ' ' }, NULL, N_("Paid"), N_("Mark the member paid, or not") },
	{ KM_DUES, ACT_MARK_ALL, { 'A' }, NULL, N_("All paid"), N_("Mark every member paid") },
	{ KM_DUES, ACT_UNMARK_ALL, { 'N' }, NULL, NULL, N_("Clear every mark not yet saved") },
	{ KM_DUES, ACT_AMOUNT, { 'e', ENTER }, NULL, N_("Amount"),
	  N_("Change the amount the member pays this month") },
	{ KM_DUES, ACT_PREV_MONTH, { '<', ',' }, "< >", N_("Month"), N_("Previous month") },
	{ KM_DUES, ACT_NEXT_MONTH, { '>', '.' }, NULL, NULL, N_("Next month") },
	{ KM_DUES, ACT_THIS_MONTH, { 't' }, NULL, NULL, N_("This month") },
	{ KM_DUES, ACT_SAVE, { K_FN(KEY_F(2)), K_CTRL('s') }, NULL, N_("Save"),
	  N_("Save the marked payments and their ledger entry") },
	/* L10N: bottom-line label of x on the dues screen: cancel a saved payment (撤销缴费).
	 * Keep it short (at most 8 columns, four Chinese characters): the dues screen's key
	 * line must fit in 80 columns. */
	{ KM_DUES, ACT_CANCEL_PAY, { 'x' }, NULL, N_("Undo pay"),
	  N_("Cancel a saved payment (asks first; a correcting ledger entry is made)") },

	/* welfare given in a year */
	{ KM_WELFARE, ACT_ADD, { 'a' }, NULL, N_("Add"),
	  N_("Record welfare given to a member (cash, goods, or both)") },
	/* L10N: bottom-line label of v on the welfare screen: log a visit (走访). Short. */
	{ KM_WELFARE, ACT_VISIT, { 'v' }, NULL, N_("Visit"), N_("Log a visit to a member") },
	/* L10N: bottom-line label of m: the open 五必访 cases. Short (10 columns at most). */
	{ KM_WELFARE, ACT_MUSTVISIT, { 'm' }, NULL, N_("Must-visit"),
	  N_("List the open must-visit cases (五必访), oldest first") },
	/* L10N: bottom-line label of V (shift-v) on the welfare list: show the year's visits
	 * instead (走访记录). Short (10 columns at most). */
	{ KM_WELFARE, ACT_VISITS, { 'V' }, NULL, N_("Visits"),
	  N_("Show the visits logged in the year, who was visited and by whom (V again comes "
	     "back)") },
	/* L10N: bottom-line label of x: reverse a welfare record (冲销). Short. */
	{ KM_WELFARE, ACT_VOID, { 'x' }, NULL, N_("Reverse"),
	  N_("Reverse the welfare record (asks first; a correcting entry goes in the books)") },
	{ KM_WELFARE, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_WELFARE, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_WELFARE, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },
	{ KM_WELFARE, ACT_OPEN, { ENTER }, NULL, NULL,
	  N_("Show the record in full: goods, note, who paid") },

	/* the visits of a year: the welfare section's other list (V switches) */
	{ KM_VISITS, ACT_VISIT, { 'v', 'a' }, NULL, N_("Visit"),
	  N_("Log a visit to a member (on this list a adds a visit too)") },
	{ KM_VISITS, ACT_MUSTVISIT, { 'm' }, NULL, N_("Must-visit"),
	  N_("List the open must-visit cases (五必访), oldest first") },
	/* L10N: bottom-line label of V on the visits list: back to the welfare list. */
	{ KM_VISITS, ACT_VISITS, { 'V' }, NULL, N_("Welfare"),
	  N_("Back to the welfare list") },
	{ KM_VISITS, ACT_PREV_YEAR, { '<', ',' }, "< >", N_("Year"), N_("Previous year") },
	{ KM_VISITS, ACT_NEXT_YEAR, { '>', '.' }, NULL, NULL, N_("Next year") },
	{ KM_VISITS, ACT_THIS_YEAR, { 't' }, NULL, NULL, N_("This year") },
	{ KM_VISITS, ACT_OPEN, { ENTER }, NULL, NULL,
	  N_("Show the visit in full: visitors, place, note, what was brought") },

	/* moving in a list that is not a section */
	{ KM_MOVE, ACT_UP, { K_FN(KEY_UP), K_CTRL('p') }, NULL, NULL, N_("Previous line") },
	{ KM_MOVE, ACT_DOWN, { K_FN(KEY_DOWN), K_CTRL('n') }, NULL, NULL, N_("Next line") },
	{ KM_MOVE, ACT_PGUP, { K_FN(KEY_PPAGE), K_CTRL('b') }, NULL, NULL, N_("Previous page") },
	{ KM_MOVE, ACT_PGDN, { K_FN(KEY_NPAGE), K_CTRL('f') }, NULL, NULL, N_("Next page") },
	{ KM_MOVE, ACT_HOME, { K_FN(KEY_HOME) }, NULL, NULL, N_("First line") },
	{ KM_MOVE, ACT_END, { K_FN(KEY_END) }, NULL, NULL, N_("Last line") },

	/* the member picker: several members match what was typed in a member field */
	{ KM_PICK, ACT_ACCEPT, { ENTER }, NULL, N_("Pick"), N_("Take this member") },
	{ KM_PICK, ACT_CANCEL, { K_ESC }, NULL, N_("Back"),
	  N_("Back to the field, keeping what was typed") },
	{ KM_PICK, ACT_HELP, { K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* the open must-visit cases */
	{ KM_MUSTVISIT, ACT_VISIT, { ENTER, 'v' }, NULL, N_("Visit"),
	  N_("Log the visit for this case (the form comes filled in)") },
	{ KM_MUSTVISIT, ACT_BACK, { K_ESC, 'q' }, NULL, N_("Back"),
	  N_("Back to the welfare or visits list") },
	{ KM_MUSTVISIT, ACT_HELP, { '?', K_FN(KEY_F(1)) }, NULL, N_("Help"),
	  N_("Show these keys") },

	/* the settings */
	{ KM_SETTINGS, ACT_EDIT, { 'e', ENTER }, NULL, N_("Edit"),
	  N_("Change the school, the union or how dues are reckoned") },

	/* editing one line of text */
	{ KM_EDIT, ACT_LEFT, { K_FN(KEY_LEFT) }, NULL, NULL, N_("Move left one character") },
	{ KM_EDIT, ACT_RIGHT, { K_FN(KEY_RIGHT) }, NULL, NULL, N_("Move right one character") },
	{ KM_EDIT, ACT_LINE_START, { K_FN(KEY_HOME), K_CTRL('a') }, NULL, NULL,
	  N_("Go to the start of the text") },
	{ KM_EDIT, ACT_LINE_END, { K_FN(KEY_END), K_CTRL('e') }, NULL, NULL,
	  N_("Go to the end of the text") },
	{ KM_EDIT, ACT_BACKSPACE, { K_FN(KEY_BACKSPACE), 127, 8 }, NULL, NULL,
	  N_("Delete the character before the cursor") },
	{ KM_EDIT, ACT_DELETE, { K_FN(KEY_DC), K_CTRL('d') }, NULL, NULL,
	  N_("Delete the character under the cursor") },
	{ KM_EDIT, ACT_KILL_LINE, { K_CTRL('u') }, NULL, NULL, N_("Clear the text") },

	/* a form */
	{ KM_FORM, ACT_SAVE, { K_FN(KEY_F(2)), K_CTRL('s') }, NULL, N_("Save"), N_("Save") },
	{ KM_FORM, ACT_CANCEL, { K_ESC }, NULL, N_("Cancel"),
	  N_("Close without saving (asks when something changed)") },
	{ KM_FORM, ACT_NEXT_FIELD, { '\t', K_FN(KEY_DOWN), ENTER }, NULL, N_("Next"),
	  N_("Next field") },
	{ KM_FORM, ACT_PREV_FIELD, { K_FN(KEY_BTAB), K_FN(KEY_UP) }, NULL, NULL,
	  N_("Previous field") },
	{ KM_FORM, ACT_CHOICE, { ' ' }, "Space", N_("Change"),
	  N_("Change a choice (also Left and Right)") },
	{ KM_FORM, ACT_HELP, { K_FN(KEY_F(1)) }, NULL, N_("Help"), N_("Show these keys") },

	/* typing a search */
	{ KM_SEARCH, ACT_ACCEPT, { ENTER }, NULL, N_("Done"), N_("Keep this search") },
	{ KM_SEARCH, ACT_CANCEL, { K_ESC }, NULL, N_("Clear"), N_("Clear the search") },
	{ KM_SEARCH, ACT_DOWN, { K_FN(KEY_DOWN) }, NULL, NULL, N_("Keep this search") },

	/* the help screen */
	{ KM_HELP, ACT_UP, { K_FN(KEY_UP) }, NULL, NULL, N_("Scroll up") },
	{ KM_HELP, ACT_DOWN, { K_FN(KEY_DOWN) }, NULL, NULL, N_("Scroll down") },
	{ KM_HELP, ACT_CANCEL, { K_ESC, 'q', '?', K_FN(KEY_F(1)) }, NULL, N_("Back"),
	  N_("Close the help") },
};

#define TABLE_N ((int)(sizeof table / sizeof table[0]))

static const enum keymap parent[KM_COUNT_] = {
	[KM_GLOBAL] = KM_NONE,
	[KM_EDIT] = KM_NONE,
	[KM_LIST] = KM_GLOBAL,
	[KM_MEMBERS] = KM_LIST,
	[KM_DUES] = KM_LIST,
	[KM_SETTINGS] = KM_GLOBAL,
	[KM_WELFARE] = KM_LIST,
	[KM_VISITS] = KM_LIST,
	[KM_MOVE] = KM_NONE,
	[KM_PICK] = KM_MOVE,
	[KM_MUSTVISIT] = KM_MOVE,
	[KM_FORM] = KM_EDIT,
	[KM_SEARCH] = KM_EDIT,
	[KM_HELP] = KM_NONE,
};

enum action keys_action(enum keymap km, int key)
{
	for (; km != KM_NONE; km = parent[km])
		for (int i = 0; i < TABLE_N; i++)
			if (table[i].km == km)
				for (int k = 0; k < 6 && table[i].keys[k]; k++)
					if (table[i].keys[k] == key)
						return table[i].act;
	return ACT_NONE;
}

const char *keys_name(int key, char *buf, int n)
{
	static const struct { int key; const char *name; } names[] = {
		{ K_FN(KEY_UP), "Up" }, { K_FN(KEY_DOWN), "Down" },
		{ K_FN(KEY_LEFT), "Left" }, { K_FN(KEY_RIGHT), "Right" },
		{ K_FN(KEY_PPAGE), "PgUp" }, { K_FN(KEY_NPAGE), "PgDn" },
		{ K_FN(KEY_HOME), "Home" }, { K_FN(KEY_END), "End" },
		{ K_FN(KEY_BTAB), "Shift-Tab" }, { K_FN(KEY_DC), "Delete" },
		{ K_FN(KEY_BACKSPACE), "Backspace" }, { 127, "Backspace" }, { 8, "Backspace" },
		{ K_FN(KEY_ENTER), "Enter" }, { '\r', "Enter" }, { '\n', "Enter" },
		{ '\t', "Tab" }, { K_ESC, "Esc" },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].key == key) {
			snprintf(buf, (size_t)n, "%s", names[i].name);
			return buf;
		}
	if (key == ' ')
		/* L10N: the name of the space bar in the key list. */
		snprintf(buf, (size_t)n, "%s", _("Space"));
	else if (key > K_FN(0) && key >= K_FN(KEY_F(1)) && key <= K_FN(KEY_F(12)))
		snprintf(buf, (size_t)n, "F%d", key - K_FN(KEY_F(0)));
	else if (key >= 1 && key < 0x20)
		snprintf(buf, (size_t)n, "Ctrl-%c", key + '@');
	else if (ui_key_utf8(key, buf) > 0 && n >= 8)
		;
	else
		snprintf(buf, (size_t)n, "?");
	return buf;
}

/* The bottom-line items of km's chain, own keymap first. */
struct item {
	char key[32];
	const char *label;
	int own;          /* from the keymap itself, not a parent */
};

static int keys_items(enum keymap km, struct item *out, int max)
{
	int n = 0;
	enum keymap self = km;
	for (; km != KM_NONE; km = parent[km])
		for (int i = 0; i < TABLE_N && n < max; i++) {
			if (table[i].km != km || !table[i].bar)
				continue;
			if (table[i].barkey)
				snprintf(out[n].key, sizeof out[n].key, "%s",
					 strcmp(table[i].barkey, "Space") == 0 ? _("Space")
									      : table[i].barkey);
			else
				keys_name(table[i].keys[0], out[n].key, sizeof out[n].key);
			out[n].label = _(table[i].bar);
			out[n].own = km == self;
			n++;
		}
	return n;
}

void keys_bar(enum keymap km)
{
	struct item items[32];
	int n = keys_items(km, items, 32), y = LINES - 1;
	int width = 0, last_own = 0;

	/* Help and Quit (the parents' items) always show; the screen's own items are
	 * dropped from the end until the rest fits. */
	for (int i = 0; i < n; i++) {
		width += text_width(items[i].key) + 1 + text_width(items[i].label) + 2;
		if (items[i].own)
			last_own = i + 1;
	}
	while (width - 2 > COLS && last_own > 0) {
		last_own--;
		width -= text_width(items[last_own].key) + 1 +
			 text_width(items[last_own].label) + 2;
		items[last_own].label = NULL;
	}
	ui_clear_line(y, UI_KEYLABEL);
	int x = 0;
	for (int i = 0; i < n && x < COLS; i++) {
		if (!items[i].label)
			continue;
		x += ui_put(y, x, items[i].key, COLS - x, UI_KEYNAME);
		if (x < COLS)
			x += 1;
		x += ui_put(y, x, items[i].label, COLS - x, UI_KEYLABEL);
		x += 2;
	}
}

/* ---- the help screen ---- */

struct help_line {
	char keys[48];
	char text[160];
};

static struct {
	struct help_line lines[96];
	int n;
	int top;
	enum keymap km;
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

static void help_build(enum keymap km)
{
	help.n = 0;
	for (; km != KM_NONE; km = parent[km]) {
		int sections_done = 0;
		for (int i = 0; i < TABLE_N; i++) {
			const struct binding *b = &table[i];
			if (b->km != km)
				continue;
			if (b->act >= ACT_SECTION_1 && b->act <= ACT_SECTION_8) {
				if (sections_done++)
					continue;
				/* One line for the sections that exist: "1 2  Go to a section". */
				char keys[48] = "", list[160] = "";
				size_t o = 0, l = 0;
				for (int s = 1; s <= 8; s++) {
					const char *name = app_section_name(s);
					if (!name)
						continue;
					o += (size_t)snprintf(keys + o, sizeof keys - o, "%s%d",
							      o ? " " : "", s);
					if (o >= sizeof keys)
						o = sizeof keys - 1;
					l += (size_t)snprintf(list + l, sizeof list - l, "%s%d %s",
							      l ? ", " : "", s, name);
					if (l >= sizeof list)
						l = sizeof list - 1;
				}
				char text[200];
				/* L10N: %s is a list like "1 Members, 2 Dues". */
				snprintf(text, sizeof text, _("Go to a section: %s"), list);
				help_add(keys, text);
				continue;
			}
			if (!b->help)
				continue;
			char keys[48] = "", name[32];
			size_t o = 0;
			const char *prev = "";
			char prevbuf[32] = "";
			for (int k = 0; k < 6 && b->keys[k]; k++) {
				keys_name(b->keys[k], name, sizeof name);
				if (strcmp(name, prev) == 0)
					continue;   /* Enter is three codes but one key */
				o += (size_t)snprintf(keys + o, sizeof keys - o, "%s%s",
						      o ? "/" : "", name);
				if (o >= sizeof keys)
					o = sizeof keys - 1;
				snprintf(prevbuf, sizeof prevbuf, "%s", name);
				prev = prevbuf;
			}
			help_add(keys, _(b->help));
		}
	}
}

static void help_draw(void *arg)
{
	(void)arg;
	int top = UI_BODY_TOP, bottom = ui_body_bottom();
	int rows = bottom - top;   /* one row for the title */

	erase();
	app_frame(KM_HELP);
	char title[200];
	/* L10N: %s is the screen's name, e.g. "Members". */
	snprintf(title, sizeof title, _("Keys for %s"), help.title);
	ui_clear_line(top, UI_TITLE);
	ui_text(top, 1, title, COLS - 2, TEXT_LEFT, UI_TITLE);
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
	for (int i = 0; i < rows && help.top + i < help.n; i++) {
		const struct help_line *l = &help.lines[help.top + i];
		ui_text(top + 1 + i, 2, l->keys, kw, TEXT_LEFT, UI_HEADER);
		ui_text(top + 1 + i, 4 + kw, l->text, COLS - 5 - kw, TEXT_LEFT, UI_NORMAL);
	}
	if (help.top + rows < help.n)
		ui_put(bottom, COLS - 12, _("(more)"), 10, UI_DIM);
}

void keys_help(enum keymap km, const char *title)
{
	int key, r;

	help_build(km);
	help.top = 0;
	help.title = title;
	struct ui_drawer prev = ui_push_draw(help_draw, NULL);
	for (;;) {
		ui_redraw();
		r = ui_key(&key);
		if (r == UI_SIGNAL)
			break;
		if (r == UI_RESIZE)
			continue;
		enum action a = keys_action(KM_HELP, key);
		if (a == ACT_UP || key == K_FN(KEY_PPAGE))
			help.top -= a == ACT_UP ? 1 : 10;
		else if (a == ACT_DOWN || key == K_FN(KEY_NPAGE))
			help.top += a == ACT_DOWN ? 1 : 10;
		else
			break;   /* any other key closes the help */
	}
	ui_pop_draw(prev);
}

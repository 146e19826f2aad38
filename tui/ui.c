/*
 * ui.c — curses set-up and tear-down, the looks of things, width-aware drawing, the
 * message line, yes/no questions and key reading (see ui.h).
 *
 * Terminal modes: cbreak (so Ctrl-C still raises SIGINT and the shell can stop us),
 * noecho, nonl, keypad, a 25 ms Esc delay, and XON/XOFF flow control off so that
 * Ctrl-S reaches the program as "save" instead of freezing the terminal. endwin()
 * restores the modes the shell had.
 */
#include "tui/ui.h"
#include "core/i18n.h"
#include "core/text.h"

#include <signal.h>
#include <stdarg.h>
#include <unistr.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct {
	SCREEN *scr;
	int active;
	int colors;                  /* colours in use (not NO_COLOR, has_colors()) */
	volatile sig_atomic_t sig;   /* SIGINT/SIGTERM/SIGHUP received */
	int interrupted;             /* the last Ctrl-C key came from SIGINT */
	char msg[768];
	enum ui_look msg_look;
	struct ui_drawer drawer;
	int legacy;                  /* an older Chinese locale (GB18030 …): draw wide chars */
} ui;

enum { PAIR_RED = 1, PAIR_GREEN = 2 };

/* How each thing looks: with colours (pair + attributes) and without. Only red and
 * green on the terminal's own background are used: they read on dark and light
 * terminals alike; everything else is bold, reverse or underline. */
static const struct {
	short pair;
	attr_t color_attr;
	attr_t mono_attr;
} looks[UI_LOOK_COUNT_] = {
	[UI_NORMAL] = { 0, A_NORMAL, A_NORMAL },
	[UI_TAB] = { 0, A_NORMAL, A_NORMAL },
	[UI_TAB_ON] = { 0, A_REVERSE | A_BOLD, A_REVERSE | A_BOLD },
	[UI_TAB_OFF_ON] = { 0, A_BOLD | A_DIM, A_BOLD },
	[UI_TITLE] = { 0, A_BOLD, A_BOLD },
	[UI_HEADER] = { 0, A_BOLD, A_BOLD },
	[UI_HEADER_ON] = { 0, A_BOLD | A_UNDERLINE, A_BOLD | A_UNDERLINE },
	[UI_SELECT] = { 0, A_REVERSE, A_REVERSE },
	[UI_KEYNAME] = { 0, A_REVERSE, A_REVERSE },
	[UI_KEYLABEL] = { 0, A_NORMAL, A_NORMAL },
	[UI_MSG] = { 0, A_NORMAL, A_NORMAL },
	[UI_ERROR] = { PAIR_RED, A_BOLD, A_BOLD },
	[UI_WARN] = { PAIR_RED, A_NORMAL, A_BOLD },
	[UI_GOOD] = { PAIR_GREEN, A_NORMAL, A_NORMAL },
	[UI_DIM] = { 0, A_DIM, A_NORMAL },
	[UI_FIELD] = { 0, A_UNDERLINE, A_UNDERLINE },
	[UI_FIELD_ON] = { 0, A_REVERSE, A_REVERSE },
	[UI_LABEL] = { 0, A_NORMAL, A_NORMAL },
};

int ui_active(void) { return ui.active; }

int ui_start(void)
{
	const char *no_color = getenv("NO_COLOR");
	struct termios t;

	if (ui.active)
		return 1;
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return 0;
	ui.scr = newterm(NULL, stdout, stdin);
	if (!ui.scr)
		return 0;
	ui.legacy = i18n_legacy_charset() != NULL;
	set_term(ui.scr);
	ui.active = 1;
	set_escdelay(25);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	/* Wake up now and then so a signal that arrives just before we block is seen. */
	wtimeout(stdscr, 500);
	if (tcgetattr(STDIN_FILENO, &t) == 0) {
		t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
		tcsetattr(STDIN_FILENO, TCSANOW, &t);
		def_prog_mode();   /* keep this after a suspend or a shell-out too */
	}
	ui.colors = has_colors() && !(no_color && *no_color);
	if (ui.colors) {
		start_color();
		if (use_default_colors() == OK) {
			init_pair(PAIR_RED, COLOR_RED, -1);
			init_pair(PAIR_GREEN, COLOR_GREEN, -1);
		} else {
			ui.colors = 0;   /* no "default background": do without colour */
		}
	}
	curs_set(0);
	return 1;
}

void ui_end(void)
{
	if (!ui.active)
		return;
	ui.active = 0;
	curs_set(1);
	endwin();
}

int ui_big_enough(void) { return COLS >= UI_MIN_COLS && LINES >= UI_MIN_LINES; }
int ui_body_bottom(void) { return LINES - 3; }

int ui_signal(void) { return ui.sig; }
void ui_set_signal(int sig) { ui.sig = sig; }

void ui_look(enum ui_look look)
{
	if (look < 0 || look >= UI_LOOK_COUNT_)
		look = UI_NORMAL;
	if (ui.colors && looks[look].pair)
		attrset(looks[look].color_attr | COLOR_PAIR(looks[look].pair));
	else if (ui.colors)
		attrset(looks[look].color_attr);
	else
		attrset(looks[look].mono_attr);
}

/* Room left on row y from column x. */
static int ui_room(int y, int x)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS)
		return 0;
	return COLS - x;
}

/* One column for a character the text module counts as one and the locale's wcwidth as
 * two (ambiguous-width characters under GB18030: … — · ×) or none, so that what curses
 * draws keeps the columns every width here was reckoned in. */
static wchar_t ui_narrow(ucs4_t uc)
{
	static const struct { ucs4_t uc; char c; } narrow[] = {
		{ 0x2026, '.' }, { 0x2014, '-' }, { 0x2013, '-' }, { 0x2015, '-' },
		{ 0x2500, '-' }, { 0x2501, '-' }, { 0x2502, '|' }, { 0x2503, '|' },
		{ 0x00b7, '.' }, { 0x00d7, 'x' }, { 0x2190, '<' }, { 0x2191, '^' },
		{ 0x2192, '>' }, { 0x2193, 'v' }, { 0x25b2, '^' }, { 0x25bc, 'v' },
		{ 0x2605, '*' }, { 0x2606, '*' }, { 0x00b0, 'o' }, { 0x2022, '*' },
	};
	for (size_t i = 0; i < sizeof narrow / sizeof narrow[0]; i++)
		if (narrow[i].uc == uc)
			return (wchar_t)narrow[i].c;
	return L'?';
}

/* Draw the UTF-8 text s at y, x. Under UTF-8 curses takes it as it is; under an older
 * Chinese locale it is handed over as wide characters, which curses writes in the
 * locale's charset. */
static void ui_draw(int y, int x, const char *s)
{
	if (!ui.legacy) {
		mvaddstr(y, x, s);
		return;
	}
	wchar_t w[1024];
	size_t n = 0;
	const uint8_t *p = (const uint8_t *)s;
	while (*p && n + 2 < sizeof w / sizeof w[0]) {
		ucs4_t uc;
		int l = u8_mbtouc(&uc, p, u8_strlen(p));
		p += l > 0 ? l : 1;
		int ours = text_char_width(uc), theirs = wcwidth((wchar_t)uc);
		if (theirs == ours) {
			w[n++] = (wchar_t)uc;
		} else {
			for (int k = 0; k < ours; k++)
				w[n++] = k == 0 && ours == 1 ? ui_narrow(uc) : L'?';
		}
	}
	w[n] = L'\0';
	mvaddnwstr(y, x, w, (int)n);
}

void ui_text(int y, int x, const char *s, int cols, int align, enum ui_look look)
{
	char buf[4096];
	int room = ui_room(y, x);

	if (cols > room)
		cols = room;
	if (cols <= 0)
		return;
	text_pad(s ? s : "", cols, align, buf, sizeof buf);
	ui_look(look);
	ui_draw(y, x, buf);
	ui_look(UI_NORMAL);
}

int ui_put(int y, int x, const char *s, int maxcols, enum ui_look look)
{
	char buf[4096];
	int room = ui_room(y, x);

	if (maxcols < 0 || maxcols > room)
		maxcols = room;
	if (maxcols <= 0)
		return 0;
	text_trunc(s ? s : "", maxcols, buf, sizeof buf);
	ui_look(look);
	ui_draw(y, x, buf);
	ui_look(UI_NORMAL);
	return text_width(buf);
}

void ui_clear_line(int y, enum ui_look look)
{
	if (y < 0 || y >= LINES)
		return;
	ui_look(look);
	move(y, 0);
	for (int x = 0; x < COLS; x++)
		addch(' ');
	ui_look(UI_NORMAL);
}

/* ---- the message line ---- */

static void ui_vmsg(enum ui_look look, const char *fmt, va_list ap)
{
	vsnprintf(ui.msg, sizeof ui.msg, fmt, ap);
	ui.msg_look = look;
}

void ui_msg(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ui_vmsg(UI_MSG, fmt, ap);
	va_end(ap);
}

void ui_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ui_vmsg(UI_ERROR, fmt, ap);
	va_end(ap);
}

void ui_msg_clear(void) { ui.msg[0] = '\0'; }

void ui_msg_draw(void)
{
	ui_clear_line(LINES - 2, UI_NORMAL);
	ui_text(LINES - 2, 1, ui.msg, COLS - 2, TEXT_LEFT, ui.msg_look);
}

/* Where the wrapped message's lines start: the first line's length, the second's start. */
struct ui_wrap {
	const char *msg;
	size_t first;
	size_t second;
	int n;
};

static void ui_wrap_line(const char *start, size_t bytes, void *arg)
{
	struct ui_wrap *w = arg;
	if (w->n == 0)
		w->first = bytes;
	else if (w->n == 1)
		w->second = (size_t)(start - w->msg);
	w->n++;
}

/* A message wider than its line (a question naming a member and an amount) takes the
 * row above it too, the body's last row, so that a question's "(y/n)" shows. It is drawn
 * after the screen, over it, and leaves the cursor where the screen put it. */
static void ui_msg_draw_long(void)
{
	struct ui_wrap w = { ui.msg, 0, 0, 0 };
	char first[sizeof ui.msg];
	int y, x;

	if (!ui.msg[0] || text_width(ui.msg) <= COLS - 2)
		return;
	text_wrap(ui.msg, COLS - 2, ui_wrap_line, &w);
	if (w.n < 2)
		return;
	getyx(stdscr, y, x);
	snprintf(first, sizeof first, "%.*s", (int)w.first, ui.msg);
	ui_clear_line(LINES - 3, UI_NORMAL);
	ui_text(LINES - 3, 1, first, COLS - 2, TEXT_LEFT, ui.msg_look);
	ui_clear_line(LINES - 2, UI_NORMAL);
	ui_text(LINES - 2, 1, ui.msg + w.second, COLS - 2, TEXT_LEFT, ui.msg_look);
	move(y, x);
}

/* ---- drawing everything ---- */

struct ui_drawer ui_push_draw(void (*draw)(void *), void *arg)
{
	struct ui_drawer prev = ui.drawer;
	ui.drawer.draw = draw;
	ui.drawer.arg = arg;
	return prev;
}

void ui_pop_draw(struct ui_drawer prev) { ui.drawer = prev; }

/* Below 80×24: one sentence, centred as far as it fits, and nothing else. */
static void ui_draw_small(void)
{
	/* L10N: shown alone on a terminal smaller than 80 columns by 24 lines. */
	const char *s = _("Terminal too small (needs 80×24)");
	int w = text_width(s), y = LINES / 2, x = (COLS - w) / 2;

	curs_set(0);
	erase();
	if (x < 0)
		x = 0;
	ui_put(y > 0 ? y - 1 : 0, x, s, COLS, UI_ERROR);
	refresh();
}

void ui_redraw(void)
{
	if (!ui.active)
		return;
	if (!ui_big_enough()) {
		ui_draw_small();
		return;
	}
	if (ui.drawer.draw)
		ui.drawer.draw(ui.drawer.arg);
	ui_msg_draw_long();
	refresh();
}

/* The next character if one is already waiting (part of the same burst), else ERR. */
static int ui_key_now(wint_t *ch)
{
	wtimeout(stdscr, 0);
	int r = get_wch(ch);
	wtimeout(stdscr, 500);
	return r;
}

/* An Esc arrived. When the bytes of an escape sequence that curses does not know (a
 * pasted ESC [ 2 J, a colour code ESC [ 31 m) came with it in the same burst, they are
 * read and thrown away whole: they must never act as Esc followed by keys. A key that
 * merely follows an Esc is put back. Returns 1 when the Esc stands alone. */
static int ui_key_escape(void)
{
	wint_t ch;
	int r = ui_key_now(&ch);

	if (r == ERR)
		return 1;
	if (r == KEY_CODE_YES || (ch != '[' && ch != 'O' && ch != ']')) {
		if (r == KEY_CODE_YES)
			ungetch((int)ch);
		else
			unget_wch((wchar_t)ch);
		return 1;
	}
	if (ch == 'O') {   /* SS3: one more character */
		ui_key_now(&ch);
		return 0;
	}
	if (ch == ']') {   /* OSC: up to BEL or ESC \ */
		for (int i = 0; i < 512 && ui_key_now(&ch) != ERR; i++)
			if (ch == 7 || ch == '\\')
				break;
		return 0;
	}
	/* CSI: parameter and intermediate bytes, then one final byte 0x40–0x7e. */
	for (int i = 0; i < 64 && ui_key_now(&ch) == OK; i++)
		if (ch >= 0x40 && ch <= 0x7e)
			break;
	return 0;
}

int ui_key(int *key)
{
	wint_t ch;
	int r;

	*key = 0;
	for (;;) {
		if (ui.sig == SIGINT) {
			/* Ctrl-C is a key: a form asks before dropping what was typed, as Esc
			 * does; on a list it quits (asking when something is unsaved). */
			ui.sig = 0;
			ui.interrupted = 1;
			*key = K_CTRL('c');
			return UI_KEY;
		}
		if (ui.sig)
			return UI_SIGNAL;
		r = get_wch(&ch);
		if (r == ERR)
			continue;   /* the half-second tick, or a signal: check again */
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			if (!ui_big_enough()) {
				ui_draw_small();
				continue;
			}
			return UI_RESIZE;
		}
		if (!ui_big_enough())
			continue;   /* too small: nothing to act on */
		if (r == OK && ch == K_ESC && !ui_key_escape())
			continue;   /* an escape sequence, thrown away whole */
		*key = r == KEY_CODE_YES ? K_FN((int)ch) : (int)ch;
		return UI_KEY;
	}
}

int ui_interrupted(void) { return ui.interrupted; }

const char *ui_msg_text(void) { return ui.msg; }
int ui_msg_error(void) { return ui.msg_look == UI_ERROR; }

void ui_msg_set(const char *text, int error)
{
	snprintf(ui.msg, sizeof ui.msg, "%s", text ? text : "");
	ui.msg_look = error ? UI_ERROR : UI_MSG;
}

int ui_key_utf8(int key, char out[8])
{
	unsigned c = (unsigned)key;
	int n = 0;

	if (key < 0x20 || key == 0x7f || (key >= 0x80 && key < 0xa0) || c > 0x10ffff ||
	    (c >= 0xd800 && c < 0xe000)) {
		out[0] = '\0';
		return 0;
	}
	if (c < 0x80) {
		out[n++] = (char)c;
	} else if (c < 0x800) {
		out[n++] = (char)(0xc0 | (c >> 6));
		out[n++] = (char)(0x80 | (c & 0x3f));
	} else if (c < 0x10000) {
		out[n++] = (char)(0xe0 | (c >> 12));
		out[n++] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[n++] = (char)(0x80 | (c & 0x3f));
	} else {
		out[n++] = (char)(0xf0 | (c >> 18));
		out[n++] = (char)(0x80 | ((c >> 12) & 0x3f));
		out[n++] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[n++] = (char)(0x80 | (c & 0x3f));
	}
	out[n] = '\0';
	return n;
}

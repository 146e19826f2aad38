/*
 * ui.h — the one header that includes curses. Everything else in tui/ draws through
 * these helpers: text that is cleaned and fitted by display width (core/text.h), the
 * colours and attributes of each kind of thing on screen, the message line, yes/no
 * questions, and reading one key with wget_wch (an input method's characters arrive
 * as wide characters; no UTF-8 is ever reassembled by hand).
 *
 * Screen layout at 80×24 (and larger):
 *
 *     row 0            sections (1 Members  2 Dues …) and the union's name
 *     rows 1..LINES-3  the current screen (UI_BODY_TOP … ui_body_bottom())
 *     row LINES-2      the message line
 *     row LINES-1      the keys that work here, generated from the key table
 *
 * Below 80×24 nothing is drawn but "Terminal too small (needs 80×24)"; ui_key() waits
 * there until the terminal is large enough again and then reports UI_RESIZE, so callers
 * never draw into a terminal that is too small.
 */
#ifndef GH_UI_H
#define GH_UI_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#if defined(__has_include)
#if __has_include(<ncursesw/curses.h>)
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif
#else
#include <curses.h>
#endif

#include <stddef.h>

#define UI_MIN_COLS 80
#define UI_MIN_LINES 24
#define UI_BODY_TOP 1

/* What each thing on screen looks like; the colour (if any) and attribute come from
 * one table in ui.c. */
enum ui_look {
	UI_NORMAL,
	UI_TAB,         /* a section's name in the top line */
	UI_TAB_ON,      /* the current section */
	UI_TAB_OFF_ON,  /* the current section while a form is open (not clickable) */
	UI_TITLE,       /* a screen's title line */
	UI_HEADER,      /* column headings */
	UI_HEADER_ON,   /* the heading of the column the list is sorted by */
	UI_SELECT,      /* the selection bar */
	UI_KEYNAME,     /* a key's name in the bottom line */
	UI_KEYLABEL,    /* what it does */
	UI_MSG,         /* an information message */
	UI_ERROR,       /* an error message, a field's complaint */
	UI_WARN,        /* a member six months behind */
	UI_GOOD,        /* paid */
	UI_DIM,         /* less important text */
	UI_FIELD,       /* a form field */
	UI_FIELD_ON,    /* the field being edited */
	UI_LABEL,       /* a form field's label */
	UI_LOOK_COUNT_
};

/* Key codes: a character is its code point; a curses function key (KEY_UP, KEY_F(2) …)
 * is K_FN(KEY_…), kept apart from characters because curses' codes overlap them. */
#define K_FN(k) (0x200000 | (k))
#define K_CTRL(c) ((c) & 0x1f)
#define K_ESC 27

/* What ui_key() reports. */
enum { UI_KEY, UI_RESIZE, UI_SIGNAL };

/* Start curses (returns 0 when the terminal cannot be used: e.g. not a terminal) and
 * end it; ui_end may be called any number of times and from an atexit handler. */
int ui_start(void);
void ui_end(void);
int ui_active(void);

/* Is the terminal at least 80×24? */
int ui_big_enough(void);
int ui_body_bottom(void);   /* last row a screen may draw on */

/* Wait for a key. Returns UI_KEY with *key set, UI_RESIZE after the terminal changed size
 * (redraw everything), or UI_SIGNAL when SIGTERM or SIGHUP asked us to stop. SIGINT
 * (Ctrl-C) arrives as the key K_CTRL('c'), so it can ask like Esc; ui_interrupted()
 * then says one came. An Esc that arrives in one burst with the rest of an escape
 * sequence curses does not know (a pasted ESC [ 2 J) is thrown away with it. */
int ui_key(int *key);
int ui_interrupted(void);
/* The pending stop signal (0 if none) — set by the signal handlers in app.c. */
int ui_signal(void);
void ui_set_signal(int sig);

/* Drawing. ui_text writes s cleaned of control characters, cut with "…" and padded to
 * exactly cols columns (text_pad); it never splits a character. */
void ui_look(enum ui_look look);
void ui_text(int y, int x, const char *s, int cols, int align, enum ui_look look);
/* The same, but without padding: returns the columns written. */
int ui_put(int y, int x, const char *s, int maxcols, enum ui_look look);
void ui_clear_line(int y, enum ui_look look);

/* The message line: a sentence for the person, shown until the next key. One too wide
 * for the line is wrapped onto the row above it as well (over the body's last row). */
void ui_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ui_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void ui_msg_clear(void);
void ui_msg_draw(void);

/* Redrawing after a resize: whoever owns the screen registers how to draw it all.
 * ui_push_draw returns the previous one so a nested loop can put it back. */
struct ui_drawer {
	void (*draw)(void *arg);
	void *arg;
};
struct ui_drawer ui_push_draw(void (*draw)(void *), void *arg);
void ui_pop_draw(struct ui_drawer prev);
void ui_redraw(void);   /* call the current drawer, then refresh */

/* The message line's text and look, so a question (view_ask) can put it back. */
const char *ui_msg_text(void);
int ui_msg_error(void);
void ui_msg_set(const char *text, int error);

/* UTF-8 of a key that is a printable character (0 bytes for anything else). */
int ui_key_utf8(int key, char out[8]);

#endif

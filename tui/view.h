/*
 * view.h — one key loop over a stack of views (tig's view with its parent is the
 * model). A view is anything that owns the screen for a while: a section's list, a
 * form, the member picker, a search, the help screen, a yes/no question. It says how
 * to draw itself and what to do with an action; it does not read keys.
 *
 *     struct view v = { .name = title, .keymap = KM_FORM, .draw = my_draw,
 *                       .act = my_act, .data = f, .typing = 1 };
 *     int r = view_run(&v);      pushes v, runs the loop until view_close(&v, r)
 *
 * The loop (view_run) reads a key, looks it up in the top view's keymap (keys.h, with
 * its parents), hands the action to the view's act, and when act does not take it, to
 * the fallback the shell registered (help, quit, sections). A view that opens another
 * one just calls view_run again: the same loop runs, one level deeper, and returns when
 * that view is closed. A stop signal (SIGTERM, SIGHUP) closes every view at once:
 * view_run returns VIEW_SIGNAL, and whoever ran it returns too without writing.
 */
#ifndef GH_VIEW_H
#define GH_VIEW_H

#include "tui/keys.h"

enum { VIEW_SIGNAL = -1 };

struct view {
	const char *name;        /* the screen's name as shown (translated): help's title */
	enum keymap keymap;      /* its keys */
	/* The keymap now, for a view that changes keys as it goes; NULL: keymap. */
	enum keymap (*keymap_now)(struct view *v);
	void (*draw)(struct view *v);    /* the whole screen (or, overlay, its part) */
	/* Do what the action (from key) asks; 1 when taken, 0 to pass it on. */
	int (*act)(struct view *v, enum action a, int key);
	void *data;              /* the view's own state */
	unsigned typing : 1;     /* keys are typed here: the section bar is dimmed */
	unsigned overlay : 1;    /* drawn over the view under it (a picker, a question) */
	unsigned keep_msg : 1;   /* a key does not clear the message line */
	/* kept by the loop */
	struct view *prev;       /* the view under this one */
	int done, result;
};

/* Push v and run the key loop until view_close(v). Returns v's result, or VIEW_SIGNAL
 * when a stop signal arrived. */
int view_run(struct view *v);
void view_close(struct view *v, int result);
struct view *view_top(void);
enum keymap view_keymap(struct view *v);
/* Draw the view under v (for an overlay's draw, before its own part). */
void view_draw_under(struct view *v);
/* What happens to an action no view took (the shell: help, quit, sections). */
void view_fallback(int (*fn)(struct view *top, enum action a, int key));

/* Ask a yes/no question on the message line over the current screen; 1 for yes.
 * n, Esc, Ctrl-C and a stop signal answer no. */
int view_ask(const char *question);

#endif

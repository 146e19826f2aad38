/*
 * view.c — the stack of views and the one key loop (see view.h), and the yes/no
 * question, which is a view like any other (KM_ASK: y, n, Esc).
 */
#include "tui/view.h"
#include "tui/keys.h"
#include "tui/ui.h"
#include "core/i18n.h"

#include <stdio.h>
#include <string.h>

static struct {
	struct view *top;
	int (*fallback)(struct view *top, enum action a, int key);
} vs;

struct view *view_top(void) { return vs.top; }

enum keymap view_keymap(struct view *v)
{
	return v->keymap_now ? v->keymap_now(v) : v->keymap;
}

void view_fallback(int (*fn)(struct view *, enum action, int)) { vs.fallback = fn; }

void view_close(struct view *v, int result)
{
	v->done = 1;
	v->result = result;
}

static void view_draw_one(struct view *v)
{
	if (v && v->draw)
		v->draw(v);
}

void view_draw_under(struct view *v) { view_draw_one(v->prev); }

static void view_drawer(void *arg) { view_draw_one(arg); }

int view_run(struct view *v)
{
	int key, r;

	v->prev = vs.top;
	v->done = 0;
	v->result = 0;
	vs.top = v;
	struct ui_drawer saved = ui_push_draw(view_drawer, v);
	while (!v->done) {
		ui_redraw();
		r = ui_key(&key);
		if (r == UI_SIGNAL) {
			v->result = VIEW_SIGNAL;
			break;
		}
		if (r == UI_RESIZE)
			continue;
		if (!v->keep_msg)
			ui_msg_clear();
		enum action a = keys_action(view_keymap(v), key);
		if (!(v->act && v->act(v, a, key)) && vs.fallback)
			vs.fallback(v, a, key);
		if (ui_signal()) {
			v->result = VIEW_SIGNAL;
			break;
		}
	}
	ui_pop_draw(saved);
	vs.top = v->prev;
	return v->result;
}

/* ---- the yes/no question ---- */

static void ask_draw(struct view *v)
{
	view_draw_under(v);
	/* L10N: a yes/no question on the message line; the answer is typed as y or n,
	 * so keep "(y/n)" as it is. */
	char q[800];
	snprintf(q, sizeof q, _("%s (y/n)"), (const char *)v->data);
	ui_msg_set(q, 1);
	ui_msg_draw();
	keys_bar(KM_ASK);
}

static int ask_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (a == ACT_YES)
		view_close(v, 1);
	else if (a == ACT_NO)
		view_close(v, 0);
	return 1;   /* nothing else means anything while a question is asked */
}

int view_ask(const char *question)
{
	char saved[800];
	int err = ui_msg_error();
	snprintf(saved, sizeof saved, "%s", ui_msg_text());
	struct view v = { .name = question, .keymap = KM_ASK, .draw = ask_draw,
			  .act = ask_act, .data = (void *)question, .overlay = 1,
			  .keep_msg = 1 };
	int r = view_run(&v);
	ui_msg_set(saved, err);
	return r == 1;
}

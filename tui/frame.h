/*
 * frame.h — what is drawn around every screen: the section bar along the top (the
 * sections and the union's name on the right), the message line and the key line at
 * the bottom. The shell (app.c) tells the frame which sections there are and which is
 * current; widgets and screens only call frame_draw, so nothing below the shell needs
 * to know the shell (tui/ has no include cycle: tools/include-graph.sh checks it).
 */
#ifndef GH_FRAME_H
#define GH_FRAME_H

#include "tui/keys.h"

/* The sections' N_() names, in order (1 is the first); the frame keeps the pointer. */
void frame_sections(const char *const *names, const char *const *tabs, int n);
void frame_set_current(int i);   /* 0-based */
/* The translated name of section n (1-based), or NULL when there is none. */
const char *frame_section_name(int n);
/* The number (1-based) of the section whose N_() name is this very pointer (a screen's
 * name), 0 when it is none: for a screen that says which key leads where. */
int frame_section_of(const char *name);
/* Read the union's (or school's) name for the top line again. */
void frame_load_title(void);

/* How the frame is drawn. */
enum {
	FRAME_TYPING = 1,   /* keys are typed here (a form, a search): the digits do not
			     * switch sections, so the section bar is drawn dimmed */
};

/* Draw the top line, the message line and the key line for keymap km. Every full
 * redraw starts with it (after erase()). */
void frame_draw(enum keymap km, int flags);

/* A screen's title line: text on the left, right (e.g. a list position "12/64") on the
 * right; right may be NULL. */
void frame_title(int y, const char *text, const char *right);

#endif

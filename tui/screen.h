/*
 * screen.h — what a section (Members, Dues …) gives the shell (tui/app.c). A section's
 * screen is the bottom view of the stack (tui/view.h) while it is current: the shell
 * draws the frame around it and hands it every key first; what it does not take, the
 * shell does (help, quit, the section digits). Its forms, pickers and sub-lists are
 * views it runs on top of itself. Its file opens with a comment saying what it shows,
 * what it reads and which keys it answers; doc/screens.md says what a new one needs.
 */
#ifndef GH_SCREEN_H
#define GH_SCREEN_H

#include "tui/keys.h"

struct screen {
	const char *name;            /* N_("Members"): the tab in the top line */
	enum keymap keymap;          /* its keys (bottom line and help) */
	void (*enter)(void);         /* becomes the current section: (re)load its data and
				      * show its main list */
	void (*draw)(void);          /* draw rows UI_BODY_TOP … ui_body_bottom() */
	/* Do what the action (from key) asks; return 1 when handled, 0 to let the shell
	 * have it (sections, help, quit). */
	int (*act)(enum action a, int key);
	/* Changes not saved yet, and dropping them (before leaving or quitting). */
	int (*unsaved)(void);
	void (*discard)(void);
	/* The keymap now, for a section that shows one of several lists with keys of their
	 * own (welfare: the welfare list or the visits list); NULL: always keymap. */
	enum keymap (*keymap_now)(void);
};

extern const struct screen home_screen;    /* the first screen: not a numbered section */
extern const struct screen members_screen;
extern const struct screen dues_screen;
extern const struct screen settings_screen;
extern const struct screen welfare_screen;

#endif

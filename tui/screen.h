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

/* What a section does for an action in one of its keymaps: the key table (keys.c) says
 * which keys, this row which function. test_tui_keys fails when a key of a section's
 * keymap has no row here, or a row here has no key. */
struct screen_action {
	enum keymap km;
	enum action act;
	void (*run)(enum action a);
};

struct screen {
	const char *name;            /* N_("Members"): the tab in the top line */
	const char *tab;             /* NC_("tab", "Proposals"): a shorter tab in a language
				      * whose name runs long (提案 for 合理化建议), or NULL */
	enum keymap keymap;          /* its keys (bottom line and help) */
	void (*enter)(void);         /* becomes the current section: (re)load its data and
				      * show its main list */
	void (*draw)(void);          /* draw rows UI_BODY_TOP … ui_body_bottom() */
	/* Moving in the list on screen (list_act), or any action a screen without a table
	 * does itself; 1 when handled (then the table below is not asked). */
	int (*act)(enum action a, int key);
	/* Changes not saved yet, and dropping them (before leaving or quitting). */
	int (*unsaved)(void);
	void (*discard)(void);
	/* The keymap now, for a section that shows one of several lists with keys of their
	 * own (welfare: the welfare list or the visits list); NULL: always keymap. */
	enum keymap (*keymap_now)(void);
	/* What its keys do, one row an action (the shell looks up the keymap in force). */
	const struct screen_action *actions;
	int nactions;
};

#define SCREEN_ACTIONS(table) \
	.actions = (table), .nactions = (int)(sizeof(table) / sizeof((table)[0]))

/* Do what a means for screen s in keymap km (its chain): 1 when a row took it. */
int screen_run(const struct screen *s, enum keymap km, enum action a);

extern const struct screen home_screen;    /* the first screen: not a numbered section */
extern const struct screen members_screen;
extern const struct screen dues_screen;
extern const struct screen settings_screen;
extern const struct screen welfare_screen;
extern const struct screen report_screen;
extern const struct screen events_screen;
extern const struct screen books_screen;
extern const struct screen donations_screen;
extern const struct screen proposals_screen;

#endif

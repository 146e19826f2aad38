/*
 * app.h — the full-screen program's shell: the sections along the top, the frame every
 * screen is drawn in, and the interface a section's screen provides.
 */
#ifndef GH_APP_H
#define GH_APP_H

#include "tui/keys.h"

/* A section (Members, Dues …). Its file opens with a comment saying what it shows. */
struct screen {
	const char *name;            /* N_("Members"): the tab in the top line */
	enum keymap keymap;          /* its keys (bottom line and help) */
	void (*enter)(void);         /* becomes the current section: (re)load its data */
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

extern const struct screen members_screen;
extern const struct screen dues_screen;
extern const struct screen settings_screen;
extern const struct screen welfare_screen;

/* Draw the top line (sections, the union's name), the message line and the bottom
 * key line for keymap km. Every full redraw starts with it. */
void app_frame(enum keymap km);

/* Read the union's name for the top line again (after the settings changed). */
void app_load_title(void);

/* The translated name of section n (1-based) or NULL when there is none. */
const char *app_section_name(int n);

/* The full-screen program (called by tui/cli.c with the database open). */
int app_run(void);

/* The first-run form (scr_setup.c): school, union, how dues are reckoned. Returns 0 when
 * it was saved or skipped, -1 when a stop signal arrived. */
int setup_run(void);
/* The same form over the saved settings, with its title, the line under it and the
 * paragraph under the fields (NULL for none), saved the same way (scr_settings.c uses
 * it). Returns form_run's result: FORM_SAVED, FORM_CANCELLED or FORM_SIGNAL. */
int setup_form(const char *title, const char *note, const char *footer);

#endif

/*
 * scr_setup.h — the first-run form and the settings form it shares with section 3
 * (tui/scr_setup.c).
 */
#ifndef GH_SCR_SETUP_H
#define GH_SCR_SETUP_H

/* The first-run form: school, union, how dues are reckoned. Returns 0 when it was saved
 * or skipped, -1 when a stop signal arrived. */
int setup_run(void);
/* The same form over the saved settings, with its title, the line under it and the
 * paragraph under the fields (NULL for none), saved the same way (scr_settings.c uses
 * it). Returns form_run's result: FORM_SAVED, FORM_CANCELLED or FORM_SIGNAL. */
int setup_form(const char *title, const char *note, const char *footer);

#endif

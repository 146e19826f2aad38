/*
 * help.h — the help screen: every key of a keymap and its parents, generated from the
 * key table (keys.h), so it can never disagree with what the keys do. It is a view
 * (tui/view.h): Up/Down/PgUp/PgDn scroll it, Esc, q, ? or F1 close it.
 */
#ifndef GH_HELP_H
#define GH_HELP_H

#include "tui/keys.h"

/* Show the keys of km (title names the screen, translated) until it is closed.
 * Returns VIEW_SIGNAL when a stop signal arrived, else 0. */
int help_show(enum keymap km, const char *title);

#endif

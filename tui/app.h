/*
 * app.h — the full-screen program's shell (tui/app.c): the sections, the frame around
 * them and the way out. tui/cli.c starts it.
 */
#ifndef GH_APP_H
#define GH_APP_H

/* The full-screen program (called by tui/cli.c with the database open). */
int app_run(void);

#endif

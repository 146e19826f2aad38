/*
 * scr_mustvisit.h — the open must-visit cases (五必访), a list over the Welfare section
 * (tui/scr_mustvisit.c).
 */
#ifndef GH_SCR_MUSTVISIT_H
#define GH_SCR_MUSTVISIT_H

/* Show the open cases until Esc; a visit logged from here closes its case. */
void mustvisit_scr_show(void);

#endif

/*
 * scr_visits.h — the year's visits (走访记录), the Welfare section's other list
 * (tui/scr_visits.c), and the visit form, which the welfare list (v) and the must-visit
 * list (Enter) open too.
 */
#ifndef GH_SCR_VISITS_H
#define GH_SCR_VISITS_H

#include <stdint.h>

#include "tui/keys.h"

/* Count the visits from … to (ISO dates, one year) again. */
void visits_scr_reload(const char *from, const char *to);
/* The list, its title (year, with open_cases must-visit cases open) and its totals. */
void visits_scr_draw(int year, int open_cases);
/* Do what a on the visits list asks that the section does not (move, Enter); 1 when
 * taken. */
int visits_scr_act(enum action a);
/* Start again at the top (after the year changed). */
void visits_scr_top(void);
/* The visit form, with the member (id, 0 for none) and reason (NULL for the first)
 * filled in. Returns the year of the visit saved, 0 when none was. */
int visits_scr_form(int64_t member_id, const char *reason);

#endif

/*
 * scr_gift.h — a gift to many members at once (集体发放), the Welfare section's A
 * (tui/scr_gift.c).
 */
#ifndef GH_SCR_GIFT_H
#define GH_SCR_GIFT_H

/* The form: who (all active, the women, the retirees, a union group, a list of
 * numbers), what, when, who pays; it asks before giving, and says by how much when the
 * gift takes someone past a cap. Returns the year of the gift saved, 0 when none was. */
int gift_scr_form(void);

#endif

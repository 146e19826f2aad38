/*
 * scr_gift.h — a gift to many members at once (集体发放), the Welfare section's A
 * (tui/scr_gift.c).
 */
#ifndef GH_SCR_GIFT_H
#define GH_SCR_GIFT_H

#include "tui/form.h"

/* The form: who (all active, the women, the retirees, a union group, a list of
 * numbers), what, when, who pays; it asks before giving, and says by how much when the
 * gift takes someone past a cap. Returns the year of the gift saved, 0 when none was. */
int gift_scr_form(void);

/* Who receives (or gives, for a donation from many): the choices of the "To" field —
 * active women retired group list — and the ids they mean: the active members, the
 * active women, the retirees, a union group's active members (grp), or the members
 * whose numbers are in list (T001, T002 …; a number not found is refused with the
 * field "list"). *ids is malloc'd; the caller frees it. */
extern const struct form_choice gift_who[];
extern const int gift_who_n;
#include "core/error.h"
#include <stdint.h>
err_code gift_who_ids(const char *who, const char *grp, const char *list, int64_t **ids,
		      int *n, struct err *e);

#endif

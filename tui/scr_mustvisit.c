/*
 * scr_mustvisit.c — the open must-visit cases (五必访), opened with m over the Welfare
 * section's lists: when each was opened, how many days it has been open, who, and the
 * reason (a hospital stay, wedding, bereavement, childbirth, retirement or hardship
 * recorded as welfare), oldest first, one page at a time (mustvisit_count_open +
 * mustvisit_list_open).
 *
 * Reads core/visit.h. Writes nothing itself: Enter or v opens the visit form
 * (tui/scr_visits.c) filled in with the case's member and reason, and the visit saved
 * closes the case.
 *
 * Keys (KM_MUSTVISIT, then moving): Enter/v log the visit, Esc or q back, ?/F1 help.
 */
#include "tui/scr_mustvisit.h"
#include "tui/frame.h"
#include "tui/list.h"
#include "tui/scr_visits.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/category.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/text.h"
#include "core/visit.h"

#include <stdio.h>
#include <string.h>

#define PAGE_MAX 200

enum { MV_OPENED, MV_DAYS, MV_NO, MV_NAME, MV_REASON, MV_NCOLS };

#define AT(m) LIST_AT(struct mustvisit, m)
static struct list_col mustvisit_cols[MV_NCOLS] = {
	/* L10N: column heading: the date a must-visit case was opened. */
	[MV_OPENED] = { .title = N_("Opened"), .width = 10, .kind = LC_DATE, AT(opened_on) },
	/* L10N: column heading: days a must-visit case has been open; 6 columns at most. */
	[MV_DAYS] = { .title = N_("Days"), .width = 6, .kind = LC_INT, AT(days_open) },
	[MV_NO] = { .title = N_("No."), .width = 8, AT(member_no) },
	[MV_NAME] = { .title = N_("Name"), .width = 0, AT(member_name) },
	[MV_REASON] = { .title = N_("Reason"), .width = 13, .kind = LC_CAT, .cat = CAT_WELFARE,
			AT(reason) },
};
#undef AT

static struct {
	struct list list;
	struct mustvisit page[PAGE_MAX];
	char today[DATE_LEN];
} mvs;

static err_code mustvisit_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return mustvisit_count_open(n, e);
}

static err_code mustvisit_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	return mustvisit_list_open(mvs.today, offset, limit, mvs.page, &got, e);
}

static void mustvisit_scr_draw(struct view *v)
{
	int y = UI_BODY_TOP;
	char line[256], pos[32];
	(void)v;

	curs_set(0);
	erase();
	frame_draw(KM_MUSTVISIT, 0);
	/* L10N: the title of the list of open 五必访 cases; %d how many. */
	snprintf(line, sizeof line, ngettext("%d must-visit case open, oldest first",
					     "%d must-visit cases open, oldest first",
					     mvs.list.count), mvs.list.count);
	mvs.list.empty = _("No must-visit case is open: everyone who needed a visit has had one.");
	list_draw(&mvs.list, y + 1, ui_body_bottom());
	frame_title(y, line, list_position(&mvs.list, pos, sizeof pos));
}

static int mustvisit_scr_act(struct view *v, enum action a, int key)
{
	struct err e = { 0 };
	(void)key;
	if (list_act(&mvs.list, a))
		return 1;
	if (a == ACT_BACK) {
		view_close(v, 0);
	} else if (a == ACT_VISIT) {
		int i = list_current(&mvs.list);
		if (i < 0)
			return 1;
		struct mustvisit m = mvs.page[i];
		if (visits_scr_form(m.member_id, m.reason) && list_reload(&mvs.list, &e) != ERR_OK)
			ui_error("%s", e.msg);
	} else {
		return 0;   /* help: the shell's */
	}
	return 1;
}

void mustvisit_scr_show(void)
{
	static const struct list_source src = { .count = mustvisit_scr_count,
						.fetch = mustvisit_scr_fetch, .rows = mvs.page,
						.stride = sizeof mvs.page[0] };
	struct err e = { 0 };
	int n, kind = text_width(_(mustvisit_cols[MV_REASON].title));
	const struct category *k = cat_list(CAT_WELFARE, &n);

	for (int i = 0; i < n; i++)
		if (text_width(cat_name(CAT_WELFARE, k[i].code)) > kind)
			kind = text_width(cat_name(CAT_WELFARE, k[i].code));
	mustvisit_cols[MV_REASON].width = kind < 13 ? kind : 13;
	list_init(&mvs.list, mustvisit_cols, MV_NCOLS, &src);
	date_today(mvs.today);
	if (list_reload(&mvs.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	struct view v = { .name = _("Must-visit cases"), .keymap = KM_MUSTVISIT,
			  .draw = mustvisit_scr_draw, .act = mustvisit_scr_act };
	view_run(&v);
}

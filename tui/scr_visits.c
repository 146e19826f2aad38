/*
 * scr_visits.c — the year's visits (走访记录), shown by the Welfare section (4) in place
 * of its welfare list after V: who was visited, when, why, by whom and where, newest
 * first, one page at a time (visit_count + visit_page over the year's dates), with the
 * year's totals under it (visits, and different people: visit_count_people). Also the
 * visit form (v on either list, Enter on a must-visit case): date, member, reason,
 * visitors, place, note; visit_add saves it and closes the member's oldest open
 * must-visit case with the same reason, in one transaction.
 *
 * Reads core/visit.h, core/welfare.h (what a visit brought), core/member.h (the
 * member field's picker, tui/pick.c).
 *
 * Keys (KM_VISITS, then the list's and the global ones; the section handles v/a, V, m,
 * < > t): Enter shows the visit in full (visitors, place, note, the welfare it brought).
 */
#include "tui/scr_visits.h"
#include "tui/form.h"
#include "tui/frame.h"
#include "tui/list.h"
#include "tui/ui.h"
#include "core/category.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/text.h"
#include "core/visit.h"
#include "core/welfare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200

/* Visitors and place share what the date, number and reason leave with the name
 * (visits_scr_widths). The reason is as wide as the welfare list's. */
enum { VC_DATE, VC_NO, VC_NAME, VC_REASON, VC_VISITORS, VC_PLACE, VC_NCOLS };

#define AT(m) LIST_AT(struct visit, m)
static struct list_col visits_cols[VC_NCOLS] = {
	[VC_DATE] = { .title = N_("Date"), .width = 10, .kind = LC_DATE, AT(date) },
	[VC_NO] = { .title = N_("No."), .width = 6, AT(member_no) },
	[VC_NAME] = { .title = N_("Name"), .width = 0, AT(member_name) },
	[VC_REASON] = { .title = N_("Reason"), .width = 13, .kind = LC_CAT, .cat = CAT_WELFARE,
			AT(reason) },
	[VC_VISITORS] = { .title = N_("Visitors"), .width = 16, AT(visitors) },
	[VC_PLACE] = { .title = N_("Place"), .width = 12, AT(place) },
};
#undef AT

static struct {
	int ready;
	struct visit_query q;
	char from[DATE_LEN], to[DATE_LEN];
	struct list list;
	struct visit page[PAGE_MAX];
	int people;                      /* different members visited */
} vs;

static err_code visits_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return visit_count(&vs.q, n, e);
}

static err_code visits_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	return visit_page(&vs.q, offset, limit, vs.page, &got, e);
}

static void visits_scr_init(void)
{
	static const struct list_source src = { .count = visits_scr_count,
						.fetch = visits_scr_fetch, .rows = vs.page,
						.stride = sizeof vs.page[0] };
	if (vs.ready)
		return;
	list_init(&vs.list, visits_cols, VC_NCOLS, &src);
	vs.ready = 1;
}

void visits_scr_reload(const char *from, const char *to)
{
	struct err e = { 0 };
	visits_scr_init();
	snprintf(vs.from, sizeof vs.from, "%s", from);
	snprintf(vs.to, sizeof vs.to, "%s", to);
	memset(&vs.q, 0, sizeof vs.q);
	vs.q.from = vs.from;
	vs.q.to = vs.to;
	if (list_reload(&vs.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	if (visit_count_people(&vs.q, &vs.people, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

void visits_scr_top(void) { vs.list.sel = vs.list.top = 0; }

/* The name, the visitors and the place share what the fixed columns leave: at 80
 * columns in English 16, 16 and 12 (工会主席 李明 and 县人民医院 fit); a wider terminal
 * widens all three. The reason is as wide as its longest word (up to 13). */
static void visits_scr_widths(void)
{
	int n, kind = text_width(_(visits_cols[VC_REASON].title));
	const struct category *k = cat_list(CAT_WELFARE, &n);
	for (int i = 0; i < n; i++)
		if (text_width(cat_name(CAT_WELFARE, k[i].code)) > kind)
			kind = text_width(cat_name(CAT_WELFARE, k[i].code));
	visits_cols[VC_REASON].width = kind < 13 ? kind : 13;
	int fixed = visits_cols[VC_DATE].width + visits_cols[VC_NO].width +
		    visits_cols[VC_REASON].width;
	/* a margin on each side and a space between columns, as list_col_span counts */
	int room = COLS - 2 - (VC_NCOLS - 1) - fixed;
	visits_cols[VC_VISITORS].width = room * 3 / 8 > 8 ? room * 3 / 8 : 8;
	visits_cols[VC_PLACE].width = room * 2 / 7 > 6 ? room * 2 / 7 : 6;
}

void visits_scr_draw(int year, int open_cases)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], part[256], empty[256], pos[32];

	visits_scr_init();
	/* L10N: the title of the visits list (走访记录); %d is the year. */
	snprintf(line, sizeof line, _("Visits in %d"), year);
	/* L10N: after the title: how many 五必访 cases are open (not yet visited). */
	snprintf(part, sizeof part, _("must-visit open: %d"), open_cases);
	snprintf(line + strlen(line), sizeof line - strlen(line), "    %s", part);
	/* L10N: %d is the year; v logs a visit. */
	snprintf(empty, sizeof empty, _("No visits recorded in %d: press v to log one."), year);
	vs.list.empty = empty;
	visits_scr_widths();
	list_draw(&vs.list, y + 1, bottom - 1);
	frame_title(y, line, list_position(&vs.list, pos, sizeof pos));

	ui_clear_line(bottom, UI_NORMAL);
	if (vs.list.count > 0) {
		int times = vs.list.count;
		/* One sentence for one person, one for any other number of people, each
		 * with the plural of the visits. */
		if (vs.people == 1)
			/* L10N: the totals under the visits list when one person was visited:
			 * %1$d the year, %2$d visits (人次), %3$d people (人, here 1). */
			snprintf(line, sizeof line, ngettext("%1$d: %2$d visit, %3$d person",
							     "%1$d: %2$d visits, %3$d person",
							     times), year, times, vs.people);
		else
			/* L10N: the totals under the visits list: %1$d the year, %2$d visits
			 * (人次), %3$d different people visited (人). */
			snprintf(line, sizeof line, ngettext("%1$d: %2$d visit, %3$d people",
							     "%1$d: %2$d visits, %3$d people",
							     times), year, times, vs.people);
		ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_DIM);
	}
}

/* Enter on a visit: what the columns cut short or leave out. */
static void visits_scr_details(const struct visit *v)
{
	struct welfare w;
	struct err e = { 0 };
	char who[256], place[256], note[600], what[300];

	text_clean(v->visitors[0] ? v->visitors : "-", who, sizeof who);
	text_clean(v->place[0] ? v->place : "-", place, sizeof place);
	text_clean(v->note[0] ? v->note : "-", note, sizeof note);
	if (v->welfare_id && welfare_get(v->welfare_id, &w, &e) == ERR_OK) {
		if (w.cash + w.goods_value > 0)
			money_format(w.cash + w.goods_value, what, sizeof what);
		else
			text_clean(w.goods, what, sizeof what);
		/* L10N: %1$s the visit's date, %2$s who went, %3$s where, %4$s the note,
		 * %5$s what was brought (an amount such as 300.00, or the goods), %6$s the
		 * date of that welfare. */
		ui_msg(_("Visit of %1$s: visitors: %2$s; place: %3$s; note: %4$s; brought: %5$s "
			 "(the welfare of %6$s)."), v->date, who, place, note, what, w.date);
	} else {
		/* L10N: %1$s the visit's date, %2$s who went, %3$s where, %4$s the note. */
		ui_msg(_("Visit of %1$s: visitors: %2$s; place: %3$s; note: %4$s; no welfare "
			 "recorded with it."), v->date, who, place, note);
	}
}

int visits_scr_act(enum action a)
{
	visits_scr_init();
	if (list_act(&vs.list, a))
		return 1;
	if (a == ACT_OPEN) {
		int i = list_current(&vs.list);
		if (i >= 0)
			visits_scr_details(&vs.page[i]);
		return 1;
	}
	return 0;
}

/* ---- the visit form ---- */

#define AT(m) FORM_AT(struct visit, m)
static const struct form_field visit_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(date) },
	{ .name = "member_id", .label = N_("Member"), .kind = FK_MEMBER, .width = 12,
	  .required = 1, AT(member_id) },
	{ .name = "reason", .label = N_("Reason"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_WELFARE, AT(reason) },
	/* L10N: form label: who went on the visit (走访人). */
	{ .name = "visitors", .label = N_("Visitors"), .kind = FK_TEXT, .width = 30,
	  AT(visitors) },
	/* L10N: form label: where the visit was (地点: at home, the county hospital …). */
	{ .name = "place", .label = N_("Place"), .kind = FK_TEXT, .width = 30, AT(place) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(note) },
};
#undef AT
#define NVFIELDS ((int)(sizeof visit_fields / sizeof visit_fields[0]))

static err_code visits_scr_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	return visit_add(rec, e);
}

int visits_scr_form(int64_t member_id, const char *reason)
{
	struct visit v;
	struct member m;
	struct mustvisit mv;
	struct err e = { 0 };
	char name[256], no[128];

	visit_init(&v);
	v.member_id = member_id;
	if (reason)
		snprintf(v.reason, sizeof v.reason, "%s", reason);
	struct form *f = form_new(_("A visit to a member"), visit_fields, NVFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return 0;
	}
	form_record(f, &v, sizeof v);
	form_note(f, _("* must be filled in. Member: a number, a name or pinyin initials. F2 "
		       "saves."));
	form_footer(f, _("A visit closes the member's oldest open must-visit case (五必访) with "
			 "the same reason."));
	form_on_save(f, visits_scr_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return 0;
	name[0] = no[0] = '\0';
	if (member_get(v.member_id, &m, &e) == ERR_OK) {
		text_clean(m.name, name, sizeof name);
		text_clean(m.no, no, sizeof no);
	}
	if (v.closed_item && mustvisit_get(v.closed_item, &mv, &e) == ERR_OK)
		/* L10N: %1$s name, %2$s membership number, %3$s the date the 五必访 case was
		 * opened. */
		ui_msg(_("Saved the visit to %1$s (%2$s); this closes the must-visit case opened "
			 "on %3$s."), name, no, mv.opened_on);
	else
		/* L10N: %1$s name, %2$s membership number. */
		ui_msg(_("Saved the visit to %1$s (%2$s)."), name, no);
	return atoi(v.date);
}

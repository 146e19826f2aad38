/*
 * scr_events.c — events and sign-ups (section 6, 活动报名): the table-tennis match, the
 * spring outing, the health check, and who signed up for each.
 *
 * Shows: the events of a year, newest first, one page at a time (event_count +
 * event_page over the year: never the whole table): date(s), name, kind, place,
 * capacity (empty: no limit), how many hold a place, how many wait, how many attended
 * (signup_tally of each event on screen). Enter opens an event's sign-ups over it:
 * member, family members coming, status with the place on the waiting list, result —
 * places first, then the waiting list, then the cancelled (signup_page). A over the
 * sign-ups opens a checklist of the roll (member_count + member_page, filtered by
 * status and union group) to sign many up at once.
 *
 * Reads core/event.h, core/member.h (the checklist, and the member field's picker,
 * tui/pick.c). Writes through event_add / event_update, signup_add, signup_add_many (the
 * ticked, all or none, in one transaction), signup_cancel (the first one waiting moves
 * up, in the same transaction), signup_toggle_attended and signup_set (the result).
 *
 * Keys on the events (KM_EVENTS, then the list's and the global ones): a add, e edit,
 * Enter the sign-ups, < > (or , .) previous/next year, t this year.
 * On the sign-ups (KM_SIGNUPS, then moving): a sign one member up (asks first after the
 * deadline; past the capacity the sign-up waits and the message says so), A many from
 * the checklist, x cancel (asks first; the message names who moved up), Space after the
 * event attended/absent, r the result or award, Esc back.
 * On the checklist (KM_CHECKLIST, then moving): Space tick, * tick everyone shown, f
 * status, g union group, F2 or Enter sign the ticked up (asks first), Esc back.
 */
#include "tui/form.h"
#include "tui/frame.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screen.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/category.h"
#include "core/date.h"
#include "core/event.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200
#define GROUPS_MAX 64

/* ---- the tables ---- */

/* A row of the events list: the event and its sign-ups counted; signed up: all who got
 * a place (signed, attended or absent). */
struct events_scr_row {
	struct event ev;
	struct signup_tally t;
	int signed_up;
};

/* A row of the sign-ups: the sign-up and its place on the waiting list (0: none). */
struct events_scr_signup {
	struct signup s;
	int wait_place;
};

/* A row of the checklist: the member, their sign-up's status ("" when none, or
 * cancelled: they can sign up) and whether they are ticked. */
struct events_scr_check {
	struct member m;
	char signed_as[16];
	int ticked;
};

static void events_scr_dates(const void *row, char *buf, size_t n, enum ui_look *look);
static void events_scr_status(const void *row, char *buf, size_t n, enum ui_look *look);
static enum ui_look events_scr_signup_look(const void *row);
static void events_scr_tick(const void *row, char *buf, size_t n, enum ui_look *look);
static void events_scr_signed_as(const void *row, char *buf, size_t n, enum ui_look *look);
static enum ui_look events_scr_check_look(const void *row);

enum { EC_DATES, EC_NAME, EC_KIND, EC_PLACE, EC_CAP, EC_TAKEN, EC_WAIT, EC_ATTENDED, EC_N };

/* The widths of the kind and the counts follow their translated words
 * (events_scr_widths). */
#define AT(m) LIST_AT(struct events_scr_row, m)
static struct list_col events_cols[EC_N] = {
	/* L10N: column heading: the day of an event, or its first and last day. */
	[EC_DATES] = { .title = N_("Date"), .width = 11, .kind = LC_FN, .fn = events_scr_dates },
	[EC_NAME] = { .title = N_("Event"), .width = 0, AT(ev.name) },
	/* L10N: column heading: the kind of an event (类型: sports, outing …). */
	[EC_KIND] = { .title = N_("Type"), .width = 10, .kind = LC_CAT, .cat = CAT_EVENT,
		      AT(ev.kind) },
	[EC_PLACE] = { .title = N_("Place"), .width = 10, AT(ev.place) },
	/* L10N: column heading: how many places an event has (名额); empty: no limit. */
	[EC_CAP] = { .title = N_("Places"), .width = 6, .kind = LC_INT, .blank = 1,
		     AT(ev.capacity) },
	/* L10N: column heading: how many signed up and hold a place (已报名). */
	[EC_TAKEN] = { .title = N_("Signed"), .width = 6, .kind = LC_INT, AT(signed_up) },
	/* L10N: column heading: how many are on the waiting list (候补). */
	[EC_WAIT] = { .title = N_("Waiting"), .width = 7, .kind = LC_INT, .blank = 1,
		      AT(t.waitlist) },
	/* L10N: column heading: how many attended (出席). */
	[EC_ATTENDED] = { .title = N_("Attended"), .width = 8, .kind = LC_INT, .blank = 1,
			  AT(t.attended) },
};
#undef AT

enum { SC_NO, SC_NAME, SC_FAMILY, SC_STATUS, SC_RESULT, SC_N };

#define AT(m) LIST_AT(struct events_scr_signup, m), .look = events_scr_signup_look
static struct list_col signup_cols[SC_N] = {
	[SC_NO] = { .title = N_("No."), .width = 8, AT(s.member_no) },
	[SC_NAME] = { .title = N_("Name"), .width = 0, AT(s.member_name) },
	/* L10N: column heading: family members coming along (家属). */
	[SC_FAMILY] = { .title = N_("Family"), .width = 6, .kind = LC_INT, .blank = 1,
			AT(s.family) },
	[SC_STATUS] = { .title = N_("Status"), .width = 14, .kind = LC_FN,
			.fn = events_scr_status, .look = events_scr_signup_look },
	/* L10N: column heading: a result or an award (成绩/奖项). */
	[SC_RESULT] = { .title = N_("Result"), .width = 24, AT(s.result) },
};
#undef AT

enum { CC_TICK, CC_NO, CC_NAME, CC_GROUP, CC_STATUS, CC_SIGNED, CC_N };

#define AT(m) LIST_AT(struct events_scr_check, m), .look = events_scr_check_look
static struct list_col check_cols[CC_N] = {
	[CC_TICK] = { .title = "", .width = 3, .kind = LC_FN, .fn = events_scr_tick,
		      .look = events_scr_check_look },
	[CC_NO] = { .title = N_("No."), .width = 8, AT(m.no) },
	[CC_NAME] = { .title = N_("Name"), .width = 0, AT(m.name) },
	[CC_GROUP] = { .title = N_("Group"), .width = 12, AT(m.grp) },
	[CC_STATUS] = { .title = N_("Status"), .width = 8, .kind = LC_CAT, .cat = CAT_STATUS,
			AT(m.status) },
	/* L10N: column heading on the checklist: the member's sign-up for the event. */
	[CC_SIGNED] = { .title = N_("Sign-up"), .width = 10, .kind = LC_FN,
			.fn = events_scr_signed_as, .look = events_scr_check_look },
};
#undef AT

/* The event form. */
static err_code events_scr_check_code(const char *in, char *out, size_t n, struct err *e);

#define AT(m) FORM_AT(struct event, m)
static const struct form_field event_fields[] = {
	/* L10N: form label: an event's short code (E2025-01). */
	{ .name = "code", .label = N_("Code"), .kind = FK_TEXT, .width = 12, .required = 1,
	  AT(code), .limit = { TEXT_BYTES, EVENT_CODE_MAX, 1 },
	  .check = events_scr_check_code },
	/* L10N: form label: the name of an event (活动名称). */
	{ .name = "name", .label = N_("Event name"), .kind = FK_TEXT, .width = 30,
	  .required = 1, AT(name) },
	/* L10N: form label: the kind of an event (活动类型). */
	{ .name = "kind", .label = N_("Event type"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_EVENT, AT(kind) },
	{ .name = "start_date", .label = N_("Start date"), .kind = FK_DATE, .width = 10,
	  .required = 1, AT(start_date) },
	/* L10N: form label: the last day of an event (empty for a one-day event). */
	{ .name = "end_date", .label = N_("End date"), .kind = FK_DATE, .width = 10,
	  AT(end_date), .hint = N_("empty: one day") },
	{ .name = "place", .label = N_("Place"), .kind = FK_TEXT, .width = 30, AT(place) },
	/* L10N: form label: how many places the event has (名额). */
	{ .name = "capacity", .label = N_("Places"), .kind = FK_INT, .width = 6, AT(capacity),
	  .hint = N_("empty: no limit") },
	{ .name = "deadline", .label = N_("Sign-up deadline"), .kind = FK_DATE, .width = 10,
	  AT(deadline) },
	/* L10N: form label: what each participant pays (报名费). */
	{ .name = "fee", .label = N_("Fee each"), .kind = FK_MONEY, .width = 12, AT(fee) },
	/* L10N: form label: what the union plans to spend on the event (预算). */
	{ .name = "budget", .label = N_("Budget"), .kind = FK_MONEY, .width = 12, AT(budget) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(note) },
};
#undef AT
#define NEVENT_FIELDS ((int)(sizeof event_fields / sizeof event_fields[0]))

/* Signing one member up. */
struct events_scr_one {
	int64_t member_id;
	int family;
};

#define AT(m) FORM_AT(struct events_scr_one, m)
static const struct form_field one_fields[] = {
	{ .name = "member_id", .label = N_("Member"), .kind = FK_MEMBER, .width = 12,
	  .required = 1, AT(member_id) },
	/* L10N: form label: how many family members come along (家属人数). */
	{ .name = "family", .label = N_("Family members"), .kind = FK_INT, .width = 4,
	  AT(family) },
};
#undef AT

/* The result or award of one sign-up. */
static const struct form_field result_fields[] = {
	{ .name = "result", .label = N_("Result"), .kind = FK_TEXT, .width = 40,
	  .limit = { TEXT_BYTES, SIGNUP_RESULT_MAX, 0 } },
};

/* ---- the state ---- */

static struct {
	int ready;
	int year;
	char year_text[8];
	struct event_query q;
	struct list list;
	struct events_scr_row page[PAGE_MAX];
	struct event got[PAGE_MAX];

	/* the sign-ups of one event */
	struct event ev;
	struct signup_tally t;
	struct list signups;
	struct events_scr_signup spage[PAGE_MAX];
	struct signup sgot[PAGE_MAX];

	/* the checklist */
	struct list check;
	struct member_query mq;
	struct events_scr_check cpage[PAGE_MAX];
	struct member cgot[PAGE_MAX];
	int status;                      /* index in check_statuses */
	char groups[GROUPS_MAX][96];
	int ngroups, group;              /* group: -1 all, else index in groups */
	int64_t *ticks;                  /* the ticked, in the order ticked */
	int nticks, cap;
} evs;

/* What f on the checklist steps through: the two who may sign up, then everyone. */
static const char *const check_statuses[] = { "active", "retired", NULL };
#define NCHECK_STATUSES ((int)(sizeof check_statuses / sizeof check_statuses[0]))

/* ---- cells ---- */

/* "2025-06-14", or "06-14~06-16" for an event over several days (the year is in the
 * title). */
static void events_scr_dates(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct event *ev = &((const struct events_scr_row *)row)->ev;
	(void)look;
	if (ev->end_date[0] && strcmp(ev->end_date, ev->start_date) != 0)
		snprintf(buf, n, "%.5s~%.5s", ev->start_date + 5, ev->end_date + 5);
	else
		snprintf(buf, n, "%s", ev->start_date);
}

static void events_scr_status(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct events_scr_signup *r = row;
	(void)look;
	if (r->wait_place > 0)
		/* L10N: a sign-up's status on the waiting list, with its place (候补第1位);
		 * 14 columns at most. */
		snprintf(buf, n, _("waiting, no. %d"), r->wait_place);
	else
		snprintf(buf, n, "%s", cat_name(CAT_SIGNUP, r->s.status));
}

static enum ui_look events_scr_signup_look(const void *row)
{
	const struct signup *s = &((const struct events_scr_signup *)row)->s;
	if (strcmp(s->status, "cancelled") == 0 || strcmp(s->status, "absent") == 0)
		return UI_DIM;
	if (strcmp(s->status, "attended") == 0)
		return UI_GOOD;
	return UI_NORMAL;
}

static void events_scr_tick(const void *row, char *buf, size_t n, enum ui_look *look)
{
	(void)look;
	snprintf(buf, n, "%s", ((const struct events_scr_check *)row)->ticked ? "[x]" : "[ ]");
}

static void events_scr_signed_as(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct events_scr_check *r = row;
	(void)look;
	if (r->signed_as[0])
		snprintf(buf, n, "%s", cat_name(CAT_SIGNUP, r->signed_as));
}

static enum ui_look events_scr_check_look(const void *row)
{
	const struct events_scr_check *r = row;
	if (r->ticked)
		return UI_GOOD;
	return r->signed_as[0] ? UI_DIM : UI_NORMAL;
}

static int events_scr_max(int w, const char *s)
{
	int x = text_width(s);
	return x > w ? x : w;
}

/* Column widths from the translated words: a Chinese screen gives the name the room. */
static void events_scr_widths(void)
{
	int n, kind = 0;
	const struct category *k = cat_list(CAT_EVENT, &n);
	for (int i = 0; i < n; i++)
		kind = events_scr_max(kind, cat_name(CAT_EVENT, k[i].code));
	kind = events_scr_max(kind, _(events_cols[EC_KIND].title));
	events_cols[EC_KIND].width = kind < 9 ? kind : 9;
	for (int c = EC_CAP; c <= EC_ATTENDED; c++)
		events_cols[c].width = events_scr_max(3, _(events_cols[c].title));
	signup_cols[SC_FAMILY].width = events_scr_max(2, _(signup_cols[SC_FAMILY].title));
	int st = events_scr_max(0, _(signup_cols[SC_STATUS].title));
	const struct category *s = cat_list(CAT_SIGNUP, &n);
	for (int i = 0; i < n; i++)
		st = events_scr_max(st, cat_name(CAT_SIGNUP, s[i].code));
	char wait[64];
	snprintf(wait, sizeof wait, _("waiting, no. %d"), 10);
	st = events_scr_max(st, wait);
	signup_cols[SC_STATUS].width = st < 14 ? st : 14;
	check_cols[CC_SIGNED].width = events_scr_max(st < 10 ? st : 10,
						     _(check_cols[CC_SIGNED].title));
}

/* ---- the events of a year ---- */

/* How many signed up and got a place: before the event they hold it, after it they
 * attended or were absent. */
static int events_scr_places(const struct signup_tally *t)
{
	return t->signed_up + t->attended + t->absent;
}

static err_code events_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return event_count(&evs.q, n, e);
}

static err_code events_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	err_code c = event_page(&evs.q, offset, limit, evs.got, &got, e);
	for (int i = 0; i < got && c == ERR_OK; i++) {
		evs.page[i].ev = evs.got[i];
		c = signup_tally(evs.got[i].id, &evs.page[i].t, e);
		evs.page[i].signed_up = events_scr_places(&evs.page[i].t);
	}
	return c;
}

static void events_scr_set_year(int y)
{
	if (y < 1900)
		y = 1900;
	if (y > 9999)
		y = 9999;
	if (y != evs.year)
		evs.list.sel = evs.list.top = 0;
	evs.year = y;
	snprintf(evs.year_text, sizeof evs.year_text, "%04d", y);
	evs.q.year = evs.year_text;
	evs.q.desc = 1;
}

static void events_scr_reload(void)
{
	struct err e = { 0 };
	if (list_reload(&evs.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

static void events_scr_draw(void)
{
	int y = UI_BODY_TOP;
	char line[256], empty[256], pos[32];

	curs_set(0);
	/* L10N: the events screen's title; %1$d the year, %2$d how many events. */
	snprintf(line, sizeof line, ngettext("Events in %1$d: %2$d event",
					     "Events in %1$d: %2$d events", evs.list.count),
		 evs.year, evs.list.count);
	/* L10N: %d is the year; a adds an event. */
	snprintf(empty, sizeof empty, _("No events in %d: press a to add one."), evs.year);
	evs.list.empty = empty;
	list_draw(&evs.list, y + 1, ui_body_bottom());
	frame_title(y, line, list_position(&evs.list, pos, sizeof pos));
}

/* ---- the event form ---- */

/* A code typed with an input method's full-width letters (Ｅ２０２５) is stored as
 * E2025. */
static err_code events_scr_check_code(const char *in, char *out, size_t n, struct err *e)
{
	char *t = text_nfkc(in);
	if (!t)
		return err_set(e, ERR_INPUT,
			       _("The text contains characters that cannot be shown."));
	snprintf(out, n, "%s", t);
	free(t);
	return ERR_OK;
}

static err_code events_scr_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	struct event *ev = rec;
	return ev->id ? event_update(ev, e) : event_add(ev, e);
}

/* Add (ev->id == 0) or edit an event; 1 when saved. */
static int events_scr_form(struct event *ev)
{
	char title[512], name[256];
	int adding = ev->id == 0;

	if (adding) {
		snprintf(title, sizeof title, "%s", _("New event"));
	} else {
		text_clean(ev->name, name, sizeof name);
		/* L10N: the title of the event form: %1$s the event's name, %2$s its code. */
		snprintf(title, sizeof title, _("Event %1$s (%2$s)"), name, ev->code);
	}
	struct form *f = form_new(title, event_fields, NEVENT_FIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return 0;
	}
	form_record(f, ev, sizeof *ev);
	form_note(f, _("* must be filled in. Dates as 2025-6-14 or 2025年6月14日; F2 saves."));
	form_footer(f, _("Past the places, a sign-up goes on the waiting list; when one is "
			 "cancelled, the first one waiting moves up. A sign-up after the deadline "
			 "is asked about first."));
	form_on_save(f, events_scr_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return 0;
	text_clean(ev->name, name, sizeof name);
	/* L10N: %1$s the event's name, %2$s its code. */
	ui_msg(adding ? _("Added the event %1$s (%2$s).") : _("Saved the event %1$s (%2$s)."),
	       name, ev->code);
	return 1;
}

/* After a save: show the event's year, with the bar on it. */
static void events_scr_show(const struct event *ev)
{
	struct err e = { 0 };
	events_scr_set_year(atoi(ev->start_date));
	events_scr_reload();
	for (int top = 0; top < evs.list.count; top += PAGE_MAX) {
		int got = 0;
		if (event_page(&evs.q, top, PAGE_MAX, evs.got, &got, &e) != ERR_OK)
			break;
		for (int i = 0; i < got; i++)
			if (evs.got[i].id == ev->id) {
				evs.list.sel = top + i;
				events_scr_reload();
				return;
			}
		if (got < PAGE_MAX)
			break;
	}
}

static const struct event *events_scr_current(void)
{
	int i = list_current(&evs.list);
	return i < 0 ? NULL : &evs.page[i].ev;
}

static void events_scr_add(enum action a)
{
	struct event ev;
	(void)a;
	event_init(&ev);
	event_next_code(evs.year_text, ev.code, sizeof ev.code);
	if (events_scr_form(&ev))
		events_scr_show(&ev);
}

static void events_scr_edit(enum action a)
{
	const struct event *cur = events_scr_current();
	(void)a;
	if (!cur)
		return;
	struct event ev = *cur;
	if (events_scr_form(&ev))
		events_scr_show(&ev);
}

static void events_scr_year(enum action a)
{
	char today[DATE_LEN];
	date_today(today);
	if (a == ACT_THIS_YEAR)
		events_scr_set_year(atoi(today));
	else
		events_scr_set_year(evs.year + (a == ACT_NEXT_YEAR ? 1 : -1));
	events_scr_reload();
}

/* ---- the sign-ups of one event ---- */

static err_code events_scr_su_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	err_code c = signup_tally(evs.ev.id, &evs.t, e);
	*n = evs.t.total;
	return c;
}

static err_code events_scr_su_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	err_code c = signup_page(evs.ev.id, offset, limit, evs.sgot, &got, e);
	/* The page lists places first, then the waiting list in order: a waiting row's
	 * place is its index after the places. */
	int places = events_scr_places(&evs.t);
	for (int i = 0; i < got; i++) {
		evs.spage[i].s = evs.sgot[i];
		evs.spage[i].wait_place = strcmp(evs.sgot[i].status, "waitlist") == 0
					  ? offset + i - places + 1 : 0;
	}
	return c;
}

static void events_scr_su_reload(void)
{
	struct err e = { 0 };
	struct event ev;
	if (event_get(evs.ev.id, &ev, &e) == ERR_OK)
		evs.ev = ev;
	if (list_reload(&evs.signups, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

static void events_scr_su_draw(struct view *v)
{
	int y = UI_BODY_TOP;
	char line[512], name[256], place[256], fee[32], budget[32], pos[32];
	(void)v;

	curs_set(0);
	erase();
	frame_draw(KM_SIGNUPS, 0);
	text_clean(evs.ev.name, name, sizeof name);
	if (evs.ev.capacity > 0)
		/* L10N: the sign-ups' title: %1$s the event, %2$s its date, %3$d its places,
		 * %4$d signed up (with a place), %5$d waiting, %6$d attended. */
		snprintf(line, sizeof line, ngettext("%1$s %2$s, %3$d place: %4$d signed up, "
						     "%5$d waiting, %6$d attended",
						     "%1$s %2$s, %3$d places: %4$d signed up, "
						     "%5$d waiting, %6$d attended",
						     evs.ev.capacity),
			 name, evs.ev.start_date, evs.ev.capacity, events_scr_places(&evs.t),
			 evs.t.waitlist, evs.t.attended);
	else
		/* L10N: the sign-ups' title of an event without a limit: %1$s the event,
		 * %2$s its date, %3$d signed up, %4$d attended. */
		snprintf(line, sizeof line, _("%1$s %2$s, no limit: %3$d signed up, %4$d "
					      "attended"),
			 name, evs.ev.start_date, events_scr_places(&evs.t), evs.t.attended);
	frame_title(y, line, list_position(&evs.signups, pos, sizeof pos));
	text_clean(evs.ev.place[0] ? evs.ev.place : "-", place, sizeof place);
	money_format(evs.ev.fee, fee, sizeof fee);
	money_format(evs.ev.budget, budget, sizeof budget);
	/* L10N: the line under the sign-ups' title: %1$s the place, %2$s the sign-up
	 * deadline ("-" for none), %3$s the fee each, %4$s the budget. */
	snprintf(line, sizeof line, _("Place: %1$s  Deadline: %2$s  Fee each: %3$s  "
				      "Budget: %4$s"),
		 place, evs.ev.deadline[0] ? evs.ev.deadline : "-", fee, budget);
	ui_text(y + 1, 1, line, COLS - 2, TEXT_LEFT, UI_DIM);
	evs.signups.empty = _("Nobody has signed up yet: press a to sign a member up, A for "
			      "many.");
	list_draw(&evs.signups, y + 2, ui_body_bottom());
}

static const struct events_scr_signup *events_scr_su_current(void)
{
	int i = list_current(&evs.signups);
	return i < 0 ? NULL : &evs.spage[i];
}

/* Where the bar goes after a change: on member_id's row. */
static void events_scr_su_select(int64_t member_id)
{
	struct err e = { 0 };
	for (int top = 0; top < evs.signups.count; top += PAGE_MAX) {
		int got = 0;
		if (signup_page(evs.ev.id, top, PAGE_MAX, evs.sgot, &got, &e) != ERR_OK)
			return;
		for (int i = 0; i < got; i++)
			if (evs.sgot[i].member_id == member_id) {
				evs.signups.sel = top + i;
				events_scr_su_reload();
				return;
			}
		if (got < PAGE_MAX)
			return;
	}
}

/* Asked before a sign-up after the deadline. */
static int events_scr_one_question(struct form *f, const void *rec, char *buf, size_t n)
{
	const struct events_scr_one *one = rec;
	struct member m;
	char name[256], ev[256];
	(void)f;
	if (!event_past_deadline(&evs.ev, NULL) || member_get(one->member_id, &m, NULL) != ERR_OK)
		return 0;
	text_clean(m.name, name, sizeof name);
	text_clean(evs.ev.name, ev, sizeof ev);
	/* L10N: %1$s the event, %2$s its sign-up deadline, %3$s the member, %4$s the
	 * membership number. */
	snprintf(buf, n, _("Sign-ups for %1$s closed on %2$s. Sign %3$s (%4$s) up all the "
			   "same?"), ev, evs.ev.deadline, name, m.no);
	return 1;
}

static err_code events_scr_one_save(struct form *f, void *rec, struct err *e)
{
	struct events_scr_one *one = rec;
	char status[16] = "";
	struct member m;
	char name[256], ev[256];
	(void)f;
	err_code c = signup_add(evs.ev.id, one->member_id, one->family, status, e);
	if (c != ERR_OK)   /* core names the family field; anything else is about whom */
		return e->field[0] ? c : err_at(e, "member_id", c);
	if (member_get(one->member_id, &m, NULL) != ERR_OK)
		return ERR_OK;
	text_clean(m.name, name, sizeof name);
	text_clean(evs.ev.name, ev, sizeof ev);
	if (strcmp(status, "waitlist") == 0) {
		struct signup_tally t;
		int place = signup_tally(evs.ev.id, &t, NULL) == ERR_OK ? t.waitlist : 0;
		/* L10N: a sign-up past the capacity: %1$d the places, %2$s the member, %3$s
		 * the membership number, %4$d the place on the waiting list. */
		ui_msg(ngettext("The %1$d place is taken: %2$s (%3$s) is on the waiting list, "
				"no. %4$d.",
				"All %1$d places are taken: %2$s (%3$s) is on the waiting list, "
				"no. %4$d.", evs.ev.capacity),
		       evs.ev.capacity, name, m.no, place);
	} else {
		/* L10N: %1$s the member, %2$s the membership number, %3$s the event. */
		ui_msg(_("Signed %1$s (%2$s) up for %3$s."), name, m.no, ev);
	}
	return ERR_OK;
}

static void events_scr_su_add(void)
{
	struct events_scr_one one = { 0 };
	char title[512], name[256];

	text_clean(evs.ev.name, name, sizeof name);
	/* L10N: the title of the form signing one member up; %s the event. */
	snprintf(title, sizeof title, _("Sign up for %s"), name);
	struct form *f = form_new(title, one_fields, (int)(sizeof one_fields /
							    sizeof one_fields[0]));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &one, sizeof one);
	form_note(f, _("Member: a number, a name or pinyin initials. F2 saves."));
	form_confirm(f, events_scr_one_question);
	form_on_save(f, events_scr_one_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	events_scr_su_reload();
	events_scr_su_select(one.member_id);
}

static void events_scr_su_cancel(const struct signup *s)
{
	struct err e = { 0 };
	struct signup up;
	char q[1024], name[256], ev[256], upname[256];

	text_clean(s->member_name, name, sizeof name);
	text_clean(evs.ev.name, ev, sizeof ev);
	/* Already cancelled: core says so, and nothing is asked. */
	if (strcmp(s->status, "cancelled") != 0) {
		/* L10N: %1$s the member, %2$s the membership number, %3$s the event. */
		snprintf(q, sizeof q, _("Cancel the sign-up of %1$s (%2$s) for %3$s?"), name,
			 s->member_no, ev);
		if (!view_ask(q))
			return;
	}
	if (signup_cancel(evs.ev.id, s->member_id, &up, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	int64_t keep = s->member_id;
	events_scr_su_reload();
	events_scr_su_select(keep);
	if (up.id) {
		text_clean(up.member_name, upname, sizeof upname);
		/* L10N: %1$s the member whose sign-up was cancelled, %2$s their number, %3$s
		 * who moved up from the waiting list, %4$s their number. */
		ui_msg(_("Cancelled the sign-up of %1$s (%2$s); %3$s (%4$s) moves up from the "
			 "waiting list."), name, s->member_no, upname, up.member_no);
	} else {
		/* L10N: %1$s the member, %2$s the membership number. */
		ui_msg(_("Cancelled the sign-up of %1$s (%2$s)."), name, s->member_no);
	}
}

static void events_scr_su_attend(const struct signup *s)
{
	struct err e = { 0 };
	char status[16] = "", name[256];
	if (signup_toggle_attended(evs.ev.id, s->member_id, NULL, status, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	text_clean(s->member_name, name, sizeof name);
	events_scr_su_reload();
	/* L10N: %1$s the member, %2$s the membership number, %3$s attended or absent. */
	ui_msg(_("%1$s (%2$s): %3$s."), name, s->member_no, cat_name(CAT_SIGNUP, status));
}

struct events_scr_res {
	int64_t member_id;
};

static err_code events_scr_result_save(struct form *f, void *arg, struct err *e)
{
	const struct events_scr_res *r = arg;
	err_code c = signup_set(evs.ev.id, r->member_id, NULL, form_get(f, "result"), e);
	return c == ERR_OK ? c : err_at(e, "result", c);
}

static void events_scr_su_result(const struct signup *s)
{
	char title[512], name[256], result[256];
	struct events_scr_res r = { s->member_id };

	text_clean(s->member_name, name, sizeof name);
	/* L10N: the title of the result form: %1$s the member, %2$s the number. */
	snprintf(title, sizeof title, _("Result of %1$s (%2$s)"), name, s->member_no);
	struct form *f = form_new(title, result_fields, 1);
	if (!f)
		return;
	form_set(f, "result", s->result);
	form_note(f, _("A result or an award (一等奖); empty clears it. Enter saves, Esc "
		       "cancels."));
	form_enter_saves(f, 1);
	form_on_save(f, events_scr_result_save, &r);
	int rr = form_run(f);
	if (rr == FORM_SAVED)
		text_clean(form_get(f, "result"), result, sizeof result);
	form_free(&f);
	if (rr != FORM_SAVED)
		return;
	events_scr_su_reload();
	if (result[0])
		/* L10N: %1$s the member, %2$s the number, %3$s the result. */
		ui_msg(_("Result of %1$s (%2$s): %3$s."), name, s->member_no, result);
	else
		ui_msg(_("Cleared the result of %1$s (%2$s)."), name, s->member_no);
}

/* ---- the checklist ---- */

static int events_scr_ticked(int64_t id)
{
	for (int i = 0; i < evs.nticks; i++)
		if (evs.ticks[i] == id)
			return i;
	return -1;
}

static int events_scr_tick_set(int64_t id, int on)
{
	int at = events_scr_ticked(id);
	if (!on && at >= 0) {
		memmove(evs.ticks + at, evs.ticks + at + 1,
			(size_t)(evs.nticks - at - 1) * sizeof *evs.ticks);
		evs.nticks--;
	} else if (on && at < 0) {
		if (evs.nticks == evs.cap) {
			int cap = evs.cap ? evs.cap * 2 : 64;
			int64_t *nt = realloc(evs.ticks, (size_t)cap * sizeof *nt);
			if (!nt) {
				ui_error("%s", err_text(ERR_NOMEM));
				return 0;
			}
			evs.ticks = nt;
			evs.cap = cap;
		}
		evs.ticks[evs.nticks++] = id;
	}
	return 1;
}

static void events_scr_check_query(void)
{
	memset(&evs.mq, 0, sizeof evs.mq);
	evs.mq.status = check_statuses[evs.status];
	evs.mq.grp = evs.group >= 0 && evs.group < evs.ngroups ? evs.groups[evs.group] : NULL;
	evs.mq.sort = MEMBER_SORT_NO;
}

static err_code events_scr_check_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	events_scr_check_query();
	return member_count(&evs.mq, n, e);
}

/* The sign-up status that keeps m from the checklist ("" when m can sign up). */
static void events_scr_signed_of(const struct member *m, char out[16])
{
	struct signup s;
	out[0] = '\0';
	if (signup_get(evs.ev.id, m->id, &s, NULL) == ERR_OK && strcmp(s.status, "cancelled") != 0)
		snprintf(out, 16, "%s", s.status);
}

static err_code events_scr_check_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	events_scr_check_query();
	err_code c = member_page(&evs.mq, offset, limit, evs.cgot, &got, e);
	for (int i = 0; i < got; i++) {
		struct events_scr_check *r = &evs.cpage[i];
		r->m = evs.cgot[i];
		events_scr_signed_of(&r->m, r->signed_as);
		r->ticked = events_scr_ticked(r->m.id) >= 0;
	}
	return c;
}

static void events_scr_check_reload(void)
{
	struct err e = { 0 };
	if (list_reload(&evs.check, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

static void events_scr_check_draw(struct view *v)
{
	int y = UI_BODY_TOP;
	char line[512], part[256], name[256], pos[32];
	(void)v;

	curs_set(0);
	erase();
	frame_draw(KM_CHECKLIST, 0);
	text_clean(evs.ev.name, name, sizeof name);
	/* L10N: the checklist's title: %1$s the event, %2$d how many are ticked. */
	snprintf(line, sizeof line, ngettext("Sign up for %1$s: %2$d ticked",
					     "Sign up for %1$s: %2$d ticked", evs.nticks),
		 name, evs.nticks);
	if (evs.mq.status) {
		snprintf(part, sizeof part, _("status: %s"), cat_name(CAT_STATUS, evs.mq.status));
		snprintf(line + strlen(line), sizeof line - strlen(line), "  %s", part);
	}
	if (evs.mq.grp) {
		char clean[128];
		text_clean(evs.mq.grp, clean, sizeof clean);
		snprintf(part, sizeof part, _("group: %s"), clean);
		snprintf(line + strlen(line), sizeof line - strlen(line), "  %s", part);
	}
	evs.check.empty = _("No member is shown: press f or g for others.");
	list_draw(&evs.check, y + 1, ui_body_bottom());
	frame_title(y, line, list_position(&evs.check, pos, sizeof pos));
}

/* Space: tick the member, or untick. */
static void events_scr_check_tick(void)
{
	int i = list_current(&evs.check);
	if (i < 0)
		return;
	const struct events_scr_check *r = &evs.cpage[i];
	if (r->signed_as[0] && !r->ticked) {
		char name[256];
		text_clean(r->m.name, name, sizeof name);
		/* L10N: %1$s the member, %2$s the number, %3$s their sign-up's status
		 * ("signed up", "waiting"). */
		ui_msg(_("%1$s (%2$s) is already on the list: %3$s."), name, r->m.no,
		       cat_name(CAT_SIGNUP, r->signed_as));
		return;
	}
	if (events_scr_tick_set(r->m.id, !r->ticked) && evs.check.sel + 1 < evs.check.count)
		evs.check.sel++;
	events_scr_check_reload();
}

/* *: tick everyone shown who can sign up; when they all are, untick them. */
static void events_scr_check_all(void)
{
	struct err e = { 0 };
	int on = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (int top = 0; top < evs.check.count; top += PAGE_MAX) {
			int got = 0;
			events_scr_check_query();
			if (member_page(&evs.mq, top, PAGE_MAX, evs.cgot, &got, &e) != ERR_OK) {
				ui_error("%s", e.msg);
				return;
			}
			for (int i = 0; i < got; i++) {
				char signed_as[16];
				const struct member *m = &evs.cgot[i];
				if (strcmp(m->status, "active") != 0 &&
				    strcmp(m->status, "retired") != 0)
					continue;
				events_scr_signed_of(m, signed_as);
				if (signed_as[0])
					continue;
				if (pass == 0 && events_scr_ticked(m->id) < 0)
					on = 1;
				if (pass == 1 && !events_scr_tick_set(m->id, on))
					return;
			}
			if (got < PAGE_MAX)
				break;
		}
	}
	events_scr_check_reload();
}

static void events_scr_check_group(void)
{
	struct err e = { 0 };
	int got = 0;
	char keep[96] = "";
	if (evs.group >= 0 && evs.group < evs.ngroups)
		snprintf(keep, sizeof keep, "%s", evs.groups[evs.group]);
	if (member_groups(evs.groups, GROUPS_MAX, &got, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	evs.ngroups = got;
	if (!got) {
		evs.group = -1;
		ui_msg("%s", _("No member has a union group yet."));
		return;
	}
	int at = -1;
	for (int i = 0; i < got && keep[0]; i++)
		if (strcmp(evs.groups[i], keep) == 0)
			at = i;
	evs.group = at + 1 < got ? at + 1 : -1;
}

/* F2: sign up the ticked, all or none, after asking. 1 when they were. */
static int events_scr_check_save(void)
{
	struct err e = { 0 };
	char q[1024], ev[256];
	int waiting = 0, n = evs.nticks;

	if (!n) {
		ui_msg("%s", _("Nobody is ticked: Space ticks a member, * everyone shown."));
		return 0;
	}
	text_clean(evs.ev.name, ev, sizeof ev);
	if (event_past_deadline(&evs.ev, NULL))
		/* L10N: %1$s the event, %2$s its deadline, %3$d how many are ticked. */
		snprintf(q, sizeof q, ngettext("Sign-ups for %1$s closed on %2$s. Sign %3$d "
					       "member up all the same?",
					       "Sign-ups for %1$s closed on %2$s. Sign %3$d "
					       "members up all the same?", n),
			 ev, evs.ev.deadline, n);
	else
		/* L10N: %1$d how many are ticked, %2$s the event. */
		snprintf(q, sizeof q, ngettext("Sign %1$d member up for %2$s?",
					       "Sign %1$d members up for %2$s?", n), n, ev);
	if (!view_ask(q))
		return 0;
	if (signup_add_many(evs.ev.id, evs.ticks, n, NULL, &waiting, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return 0;
	}
	if (waiting)
		/* L10N: after signing up many: %1$d signed up, %2$s the event, %3$d of them
		 * on the waiting list, %4$d the event's places. */
		ui_msg(ngettext("Signed %1$d member up for %2$s; on the waiting list: %3$d (%4$d "
				"places).",
				"Signed %1$d members up for %2$s; on the waiting list: %3$d (%4$d "
				"places).", n), n, ev, waiting, evs.ev.capacity);
	else
		/* L10N: after signing up many: %1$d signed up, %2$s the event. */
		ui_msg(ngettext("Signed %1$d member up for %2$s.",
				"Signed %1$d members up for %2$s.", n), n, ev);
	return 1;
}

static int events_scr_check_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (list_act(&evs.check, a))
		return 1;
	switch (a) {
	case ACT_TICK:
		events_scr_check_tick();
		break;
	case ACT_TICK_ALL:
		events_scr_check_all();
		break;
	case ACT_FILTER:
		evs.status = (evs.status + 1) % NCHECK_STATUSES;
		evs.check.sel = evs.check.top = 0;
		events_scr_check_reload();
		break;
	case ACT_GROUP:
		events_scr_check_group();
		evs.check.sel = evs.check.top = 0;
		events_scr_check_reload();
		break;
	case ACT_SAVE:
		if (events_scr_check_save())
			view_close(v, 1);
		break;
	case ACT_BACK:
		if (!evs.nticks || view_ask(_("Go back without signing up the members ticked?")))
			view_close(v, 0);
		break;
	default:
		return 0;   /* help: the shell's */
	}
	return 1;
}

static void events_scr_su_many(void)
{
	static const struct list_source src = { .count = events_scr_check_count,
						.fetch = events_scr_check_fetch,
						.rows = evs.cpage, .stride = sizeof evs.cpage[0] };
	list_init(&evs.check, check_cols, CC_N, &src);
	evs.status = 0;
	evs.group = -1;
	evs.nticks = 0;
	events_scr_check_reload();
	struct view v = { .name = _("Sign up many"), .keymap = KM_CHECKLIST,
			  .draw = events_scr_check_draw, .act = events_scr_check_act };
	int r = view_run(&v);
	free(evs.ticks);
	evs.ticks = NULL;
	evs.nticks = evs.cap = 0;
	if (r == 1)
		events_scr_su_reload();
}

/* ---- the sign-ups' keys ---- */

static int events_scr_su_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (list_act(&evs.signups, a))
		return 1;
	const struct events_scr_signup *cur;
	switch (a) {
	case ACT_ADD:
		events_scr_su_add();
		break;
	case ACT_SIGN_MANY:
		events_scr_su_many();
		break;
	case ACT_WITHDRAW:
	case ACT_ATTEND:
	case ACT_RESULT:
		if (!(cur = events_scr_su_current()))
			break;
		struct signup s = cur->s;
		if (a == ACT_WITHDRAW)
			events_scr_su_cancel(&s);
		else if (a == ACT_ATTEND)
			events_scr_su_attend(&s);
		else
			events_scr_su_result(&s);
		break;
	case ACT_BACK:
		view_close(v, 0);
		break;
	default:
		return 0;   /* help: the shell's */
	}
	return 1;
}

/* Enter: the event's sign-ups, over the events. */
static void events_scr_open(enum action a)
{
	static const struct list_source src = { .count = events_scr_su_count,
						.fetch = events_scr_su_fetch,
						.rows = evs.spage, .stride = sizeof evs.spage[0] };
	const struct event *cur = events_scr_current();
	(void)a;
	if (!cur)
		return;
	evs.ev = *cur;
	list_init(&evs.signups, signup_cols, SC_N, &src);
	events_scr_su_reload();
	struct view v = { .name = _("Sign-ups"), .keymap = KM_SIGNUPS,
			  .draw = events_scr_su_draw, .act = events_scr_su_act };
	view_run(&v);
	events_scr_reload();
}

/* ---- the screen ---- */

static void events_scr_enter(void)
{
	static const struct list_source src = { .count = events_scr_count,
						.fetch = events_scr_fetch, .rows = evs.page,
						.stride = sizeof evs.page[0] };
	if (!evs.ready) {
		char today[DATE_LEN];
		list_init(&evs.list, events_cols, EC_N, &src);
		date_today(today);
		events_scr_set_year(atoi(today));
		evs.ready = 1;
	}
	events_scr_widths();
	events_scr_reload();
}

static const struct screen_action events_scr_actions[] = {
	{ KM_EVENTS, ACT_ADD, events_scr_add },
	{ KM_EVENTS, ACT_EDIT, events_scr_edit },
	{ KM_EVENTS, ACT_OPEN, events_scr_open },
	{ KM_EVENTS, ACT_PREV_YEAR, events_scr_year },
	{ KM_EVENTS, ACT_NEXT_YEAR, events_scr_year },
	{ KM_EVENTS, ACT_THIS_YEAR, events_scr_year },
};

static int events_scr_act(enum action a, int key)
{
	(void)key;
	return list_act(&evs.list, a);
}

const struct screen events_screen = {
	/* L10N: the section of events and sign-ups (活动). */
	.name = N_("Events"),
	.keymap = KM_EVENTS,
	.enter = events_scr_enter,
	.draw = events_scr_draw,
	.act = events_scr_act,
	SCREEN_ACTIONS(events_scr_actions),
};

/*
 * scr_members.c — the member roll (section 1).
 *
 * Shows: number, name, gender, union group, status and how many months of dues an
 * active member is behind (counted up to last month; six or more in a row are marked
 * "!" in red), one page at a time (member_count + member_page: never the whole table).
 *
 * Reads: core/member.h (member_count, member_page, member_get, member_groups),
 * core/dues.h (dues_months_behind). Writes through member_add, member_update and
 * member_set_status, each one transaction.
 *
 * Keys (KM_MEMBERS, then the list's and the global ones): a add, e/Enter edit, r retire,
 * l left the union (both ask for the date, today by default), / search as you type
 * (name, number or pinyin initials: zs finds 张三), f status filter (all, active,
 * retired, left, deceased), g union group filter, s sort column, S reverse, Esc clear
 * search and filters, p print the roll (会员花名册, with lp: tui/printer.c).
 */
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/form.h"
#include "tui/list.h"
#include "tui/printer.h"
#include "tui/ui.h"
#include "core/category.h"
#include "core/date.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200
#define GROUPS_MAX 64

/* A row of the list: the member and how many months of dues they are behind. */
struct members_row {
	struct member m;
	int behind;                     /* -1 when not counted (not active) */
};

static void members_behind_cell(const void *row, char *buf, size_t n, enum ui_look *look);
static enum ui_look members_status_look(const void *row);

enum { COL_NO, COL_NAME, COL_GENDER, COL_GROUP, COL_STATUS, COL_DUES, NCOLS };

static const struct list_col cols[NCOLS] = {
	[COL_NO] = { .title = N_("No."), .width = 8, LIST_AT(struct members_row, m.no) },
	[COL_NAME] = { .title = N_("Name"), .width = 0, LIST_AT(struct members_row, m.name) },
	[COL_GENDER] = { .title = N_("Gender"), .width = 6, .kind = LC_CAT, .cat = CAT_GENDER,
			 LIST_AT(struct members_row, m.gender) },
	[COL_GROUP] = { .title = N_("Group"), .width = 12, LIST_AT(struct members_row, m.grp) },
	[COL_STATUS] = { .title = N_("Status"), .width = 8, .kind = LC_CAT, .cat = CAT_STATUS,
			 LIST_AT(struct members_row, m.status), .look = members_status_look },
	[COL_DUES] = { .title = N_("Dues"), .width = 17, .kind = LC_FN,
		       .fn = members_behind_cell },
};

/* The sort orders `s` cycles through, and the column each is shown on. */
static const struct {
	enum member_sort sort;
	int col;
	const char *name;
} sorts[] = {
	{ MEMBER_SORT_NO, COL_NO, N_("number") },
	{ MEMBER_SORT_NAME, COL_NAME, N_("name") },
	{ MEMBER_SORT_GROUP, COL_GROUP, N_("group") },
	{ MEMBER_SORT_STATUS, COL_STATUS, N_("status") },
};
#define NSORTS ((int)(sizeof sorts / sizeof sorts[0]))

static struct {
	int ready;
	struct list list;
	struct member_query q;
	char search[128];
	int sort;                       /* index in sorts[] */
	int status;                     /* -1: all, else index in the status list */
	char groups[GROUPS_MAX][96];
	int ngroups;
	int group;                      /* -1: all, else index in groups */
	struct members_row page[PAGE_MAX];   /* the rows on screen */
	struct member got[PAGE_MAX];
	char last_month[MONTH_LEN];     /* months behind are counted up to this one */
} ms;

/* ---- the list's source ---- */

static void members_query(void)
{
	int n;
	const struct category *st = cat_list(CAT_STATUS, &n);
	ms.q.search = ms.search[0] ? ms.search : NULL;
	ms.q.status = ms.status >= 0 && ms.status < n ? st[ms.status].code : NULL;
	ms.q.grp = ms.group >= 0 && ms.group < ms.ngroups ? ms.groups[ms.group] : NULL;
	ms.q.sort = sorts[ms.sort].sort;
	ms.list.sort_col = sorts[ms.sort].col;
}

static err_code members_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	members_query();
	return member_count(&ms.q, n, e);
}

static err_code members_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	members_query();
	err_code c = member_page(&ms.q, offset, limit, ms.got, &got, e);
	for (int i = 0; i < got; i++) {
		ms.page[i].m = ms.got[i];
		ms.page[i].behind = strcmp(ms.got[i].status, "active") == 0
				    ? dues_months_behind(ms.got[i].id, ms.last_month) : -1;
	}
	return c;
}

static enum ui_look members_status_look(const void *row)
{
	const struct members_row *r = row;
	return strcmp(r->m.status, "active") != 0 ? UI_DIM : UI_NORMAL;
}

/* "3 months behind", and "!6 months behind" in red from six in a row. */
static void members_behind_cell(const void *row, char *buf, size_t n, enum ui_look *look)
{
	int b = ((const struct members_row *)row)->behind;
	if (b <= 0)
		return;
	/* L10N: months of dues unpaid in a row; keep it short (16 columns). */
	snprintf(buf, n, ngettext("%d month behind", "%d months behind", b), b);
	if (b >= DUES_BEHIND_FLAG) {
		char tmp[128];
		snprintf(tmp, sizeof tmp, "!%s", buf);
		snprintf(buf, n, "%s", tmp);
		*look = UI_WARN;
	}
}

static void members_reload(void)
{
	struct err e = { 0 };
	if (list_reload(&ms.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

static void members_changed(void *arg)
{
	(void)arg;
	members_reload();
}

/* ---- drawing ---- */

static void members_draw(void)
{
	int y = UI_BODY_TOP;
	char line[1024], part[256];
	size_t o = 0;

	curs_set(0);
	/* The title line: how many, and what the list is narrowed to and sorted by. */
	o += (size_t)snprintf(line + o, sizeof line - o,
			      /* L10N: the count at the start of the members' title line. */
			      ngettext("%d member", "%d members", ms.list.count), ms.list.count);
	if (ms.search[0]) {
		char clean[256];
		text_clean(ms.search, clean, sizeof clean);
		snprintf(part, sizeof part, _("search: %s"), clean);
		o += (size_t)snprintf(line + o, sizeof line - o, "  %s", part);
	}
	if (ms.q.status) {
		snprintf(part, sizeof part, _("status: %s"), cat_name(CAT_STATUS, ms.q.status));
		o += (size_t)snprintf(line + o, sizeof line - o, "  %s", part);
	}
	if (ms.q.grp) {
		char clean[256];
		text_clean(ms.q.grp, clean, sizeof clean);
		snprintf(part, sizeof part, _("group: %s"), clean);
		o += (size_t)snprintf(line + o, sizeof line - o, "  %s", part);
	}
	if (o < sizeof line) {
		snprintf(part, sizeof part, ms.q.desc ? _("sorted by %s, reversed")
						      : _("sorted by %s"),
			 _(sorts[ms.sort].name));
		snprintf(line + o, sizeof line - o, "  %s", part);
	}

	int bottom = ui_body_bottom();
	if (bottom - (y + 1) > PAGE_MAX)
		bottom = y + 1 + PAGE_MAX;
	ms.list.empty = ms.search[0] || ms.q.status || ms.q.grp
		? _("No member matches. Press Esc to show everyone.")
		: _("No members yet: press a to add one (or: gonghui import members FILE.csv)");
	list_draw(&ms.list, y + 1, bottom);
	char pos[32];
	frame_title(y, line, list_position(&ms.list, pos, sizeof pos));
}

/* ---- the member form ---- */

static const struct form_choice genders[] = {
	{ "", N_("not given") },
	{ "m", N_("male") },
	{ "f", N_("female") },
};

/* A membership number or phone typed with an input method's full-width letters and
 * digits (Ｔ０１７) is stored as T017. */
static err_code check_halfwidth(const char *in, char *out, size_t n, struct err *e)
{
	char *t = text_nfkc(in);
	if (!t)
		return err_set(e, ERR_INPUT,
			       _("The text contains characters that cannot be shown."));
	snprintf(out, n, "%s", t);
	free(t);
	return ERR_OK;
}

#define AT(m) FORM_AT(struct member, m)
static const struct form_field member_fields[] = {
	{ .name = "no", .label = N_("Number"), .kind = FK_TEXT, .width = 12, .required = 1,
	  AT(no), .limit = { TEXT_BYTES, MEMBER_NO_MAX, 1 }, .check = check_halfwidth },
	{ .name = "name", .label = N_("Name"), .kind = FK_TEXT, .width = 24, .required = 1,
	  AT(name), .limit = { TEXT_COLUMNS, MEMBER_NAME_WIDTH, 0 } },
	{ .name = "gender", .label = N_("Gender"), .kind = FK_CHOICE, .width = 12,
	  FORM_CHOICES(genders), AT(gender) },
	{ .name = "birth_date", .label = N_("Birth date"), .kind = FK_DATE, .width = 10,
	  AT(birth_date) },
	{ .name = "join_date", .label = N_("Joined"), .kind = FK_DATE, .width = 10,
	  AT(join_date) },
	{ .name = "kind", .label = N_("Kind"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_MEMBER_KIND, AT(kind) },
	{ .name = "status", .label = N_("Status"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_STATUS, AT(status) },
	{ .name = "grp", .label = N_("Union group"), .kind = FK_TEXT, .width = 20, AT(grp) },
	{ .name = "phone", .label = N_("Phone"), .kind = FK_TEXT, .width = 16, AT(phone),
	  .limit.code = 1, .check = check_halfwidth },
	{ .name = "wage_base", .label = N_("Wage base a month"), .kind = FK_MONEY,
	  .width = 12, AT(wage_base) },
	{ .name = "hardship", .label = N_("Hardship"), .kind = FK_FLAG, .width = 6,
	  AT(hardship) },
	{ .name = "model_worker", .label = N_("Model worker"), .kind = FK_FLAG, .width = 6,
	  AT(model_worker) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(note) },
};
#undef AT
#define NFIELDS ((int)(sizeof member_fields / sizeof member_fields[0]))

/* The form's record, filled in: add it or write it back (core checks it, and says which
 * field is wrong; member_update dates a change of status). */
static err_code members_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	struct member *m = rec;
	return m->id ? member_update(m, e) : member_add(m, e);
}

/* Add (m->id == 0) or edit a member in the form. */
static void members_form(struct member *m)
{
	char title[512], name[256];
	int adding = m->id == 0;

	if (adding) {
		snprintf(title, sizeof title, "%s", _("New member"));
	} else {
		text_clean(m->name, name, sizeof name);
		/* L10N: %1$s the member's name, %2$s the membership number. */
		snprintf(title, sizeof title, _("Member %1$s (%2$s)"), name, m->no);
	}
	struct form *f = form_new(title, member_fields, NFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, m, sizeof *m);
	form_note(f, _("* must be filled in. Dates as 1980-3-5 or 1980年3月5日; F2 saves."));
	form_on_save(f, members_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	text_clean(m->name, name, sizeof name);
	if (adding)
		/* L10N: %1$s the name, %2$s the membership number. */
		ui_msg(_("Added %1$s (%2$s)."), name, m->no);
	else
		ui_msg(_("Saved %1$s (%2$s)."), name, m->no);
	members_reload();
}

/* ---- retire / left ---- */

static const struct form_field date_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1 },
};

struct status_change {
	int64_t id;
	const char *status;
};

static err_code members_status_save(struct form *f, void *arg, struct err *e)
{
	const struct status_change *sc = arg;
	return member_set_status(sc->id, sc->status, form_get(f, "date"), e);
}

static void members_set_status(const struct member *m, const char *status)
{
	char title[512], name[256], today[DATE_LEN];
	struct status_change sc = { m->id, status };

	text_clean(m->name, name, sizeof name);
	if (strcmp(m->status, status) == 0) {
		/* L10N: %1$s the name, %2$s a status such as "retired". */
		ui_msg(_("%1$s is already %2$s."), name, cat_name(CAT_STATUS, status));
		return;
	}
	if (strcmp(status, "retired") == 0)
		/* L10N: %1$s the name, %2$s the membership number. */
		snprintf(title, sizeof title, _("Retire %1$s (%2$s)"), name, m->no);
	else
		/* L10N: %1$s the name, %2$s the membership number. */
		snprintf(title, sizeof title, _("%1$s (%2$s) leaves the union"), name, m->no);
	struct form *f = form_new(title, date_fields, 1);
	if (!f)
		return;
	date_today(today);
	form_set(f, "date", today);
	form_note(f, _("On which date? Enter to confirm, Esc to cancel."));
	form_enter_saves(f, 1);
	form_on_save(f, members_status_save, &sc);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	/* L10N: %1$s the name, %2$s the new status ("retired", "left"). */
	ui_msg(_("%1$s is now %2$s."), name, cat_name(CAT_STATUS, status));
	members_reload();
}

/* ---- the screen ---- */

static void members_enter(void)
{
	static const struct list_source src = { .count = members_count, .fetch = members_fetch,
						.rows = ms.page, .stride = sizeof ms.page[0] };
	if (!ms.ready) {
		list_init(&ms.list, cols, NCOLS, &src);
		ms.status = -1;
		ms.group = -1;
		ms.ready = 1;
	}
	char this_month[MONTH_LEN];
	month_this(this_month);
	month_add(this_month, -1, ms.last_month);
	members_reload();
}

static const struct member *members_current(void)
{
	int i = list_current(&ms.list);
	return i < 0 ? NULL : &ms.page[i].m;
}

static void members_next_group(void)
{
	struct err e = { 0 };
	int got = 0;
	char keep[96] = "";

	if (ms.group >= 0 && ms.group < ms.ngroups)
		snprintf(keep, sizeof keep, "%s", ms.groups[ms.group]);
	if (member_groups(ms.groups, GROUPS_MAX, &got, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	ms.ngroups = got;
	if (got == 0) {
		ms.group = -1;
		ui_msg("%s", _("No member has a union group yet."));
		return;
	}
	/* Find where we were (the list of groups may have changed), then step on. */
	int at = -1;
	for (int i = 0; i < got && keep[0]; i++)
		if (strcmp(ms.groups[i], keep) == 0)
			at = i;
	ms.group = at + 1 < got ? at + 1 : -1;
}

static void members_add(enum action a)
{
	struct member m;
	(void)a;
	member_init(&m);
	members_form(&m);
}

static void members_edit(enum action a)
{
	const struct member *cur = members_current();
	(void)a;
	if (cur) {
		struct member m = *cur;
		members_form(&m);
	}
}

/* r retires, l: left the union. */
static void members_status(enum action a)
{
	const struct member *cur = members_current();
	if (cur) {
		struct member m = *cur;
		members_set_status(&m, a == ACT_RETIRE ? "retired" : "left");
	}
}

static void members_search(enum action a)
{
	(void)a;
	list_search(&ms.list, ms.search, sizeof ms.search, members_changed, members_draw, NULL);
}

/* f, g, s, S and Esc narrow, sort or widen the list again, from its top. */
static void members_view(enum action a)
{
	int n;
	switch (a) {
	case ACT_FILTER:
		cat_list(CAT_STATUS, &n);
		ms.status = ms.status + 1 < n ? ms.status + 1 : -1;
		break;
	case ACT_GROUP:
		members_next_group();
		break;
	case ACT_SORT:
		ms.sort = (ms.sort + 1) % NSORTS;
		break;
	case ACT_REVERSE:
		ms.q.desc = !ms.q.desc;
		break;
	default:   /* ACT_BACK: everyone again */
		ms.search[0] = '\0';
		ms.status = ms.group = -1;
		break;
	}
	ms.list.sel = ms.list.top = 0;
	members_reload();
}

/* p: the member roll (会员花名册, `gonghui print roll`) to the printer. */
static void members_print(enum action a)
{
	(void)a;
	struct sheet_opts o = { 0 };
	printer_sheet("roll", &o, _("The member roll is sent to the printer."));
}

static const struct screen_action members_actions[] = {
	{ KM_MEMBERS, ACT_ADD, members_add },
	{ KM_MEMBERS, ACT_EDIT, members_edit },
	{ KM_MEMBERS, ACT_RETIRE, members_status },
	{ KM_MEMBERS, ACT_LEAVE, members_status },
	{ KM_MEMBERS, ACT_SEARCH, members_search },
	{ KM_MEMBERS, ACT_FILTER, members_view },
	{ KM_MEMBERS, ACT_GROUP, members_view },
	{ KM_MEMBERS, ACT_SORT, members_view },
	{ KM_MEMBERS, ACT_REVERSE, members_view },
	{ KM_MEMBERS, ACT_BACK, members_view },
	{ KM_MEMBERS, ACT_PRINT, members_print },
};

static int members_act(enum action a, int key)
{
	(void)key;
	return list_act(&ms.list, a);
}

const struct screen members_screen = {
	.name = N_("Members"),
	.keymap = KM_MEMBERS,
	.enter = members_enter,
	.draw = members_draw,
	.act = members_act,
	SCREEN_ACTIONS(members_actions),
};

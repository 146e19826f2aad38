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
 * search and filters.
 */
#include "tui/app.h"
#include "tui/form.h"
#include "tui/list.h"
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

enum { COL_NO, COL_NAME, COL_GENDER, COL_GROUP, COL_STATUS, COL_DUES, NCOLS };

static const struct list_col cols[NCOLS] = {
	[COL_NO] = { N_("No."), 8, TEXT_LEFT },
	[COL_NAME] = { N_("Name"), 0, TEXT_LEFT },
	[COL_GENDER] = { N_("Gender"), 6, TEXT_LEFT },
	[COL_GROUP] = { N_("Group"), 12, TEXT_LEFT },
	[COL_STATUS] = { N_("Status"), 8, TEXT_LEFT },
	[COL_DUES] = { N_("Dues"), 17, TEXT_LEFT },
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
	struct member page[PAGE_MAX];   /* the rows on screen */
	int behind[PAGE_MAX];           /* months behind, -1 when not counted */
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
	err_code c = member_page(&ms.q, offset, limit, ms.page, &got, e);
	for (int i = 0; i < got; i++)
		ms.behind[i] = strcmp(ms.page[i].status, "active") == 0
			       ? dues_months_behind(ms.page[i].id, ms.last_month) : -1;
	return c;
}

static void members_cell(void *arg, int i, int col, char *buf, size_t n, enum ui_look *look)
{
	(void)arg;
	const struct member *m = &ms.page[i];
	switch (col) {
	case COL_NO:
		snprintf(buf, n, "%s", m->no);
		break;
	case COL_NAME:
		snprintf(buf, n, "%s", m->name);
		break;
	case COL_GENDER:
		snprintf(buf, n, "%s", m->gender[0] ? cat_name(CAT_GENDER, m->gender) : "");
		break;
	case COL_GROUP:
		snprintf(buf, n, "%s", m->grp);
		break;
	case COL_STATUS:
		snprintf(buf, n, "%s", cat_name(CAT_STATUS, m->status));
		if (strcmp(m->status, "active") != 0)
			*look = UI_DIM;
		break;
	case COL_DUES: {
		int b = ms.behind[i];
		if (b <= 0)
			break;
		/* L10N: months of dues unpaid in a row; keep it short (16 columns). */
		snprintf(buf, n, ngettext("%d month behind", "%d months behind", b), b);
		if (b >= DUES_BEHIND_FLAG) {
			char tmp[128];
			snprintf(tmp, sizeof tmp, "!%s", buf);
			snprintf(buf, n, "%s", tmp);
			*look = UI_WARN;
		}
		break;
	}
	default:
		break;
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

/* The title line: text on the left, the list position ("12/64") on the right. */
static void title_line(int y, const char *text, const struct list *l)
{
	char pos[32];
	int pw = text_width(list_position(l, pos, sizeof pos));
	ui_clear_line(y, UI_TITLE);
	ui_text(y, 1, text, COLS - 4 - pw, TEXT_LEFT, UI_TITLE);
	ui_put(y, COLS - 1 - pw, pos, pw, UI_TITLE);
}

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
	title_line(y, line, &ms.list);
}

/* ---- the member form ---- */

static const struct form_choice genders[] = {
	{ "", N_("not given") },
	{ "m", N_("male") },
	{ "f", N_("female") },
};

static const struct form_choice yes_no[] = {
	{ "0", N_("no") },
	{ "1", N_("yes") },
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

static const struct form_field member_fields[] = {
	{ "no", N_("Number"), FK_TEXT, 12, 1, -1, NULL, 0, 32, check_halfwidth },
	{ "name", N_("Name"), FK_TEXT, 24, 1, -1, NULL, 0, 190, NULL },
	{ "gender", N_("Gender"), FK_CHOICE, 12, 0, -1, genders, 3, 0, NULL },
	{ "birth", N_("Birth date"), FK_DATE, 10, 0, -1, NULL, 0, 32, NULL },
	{ "join", N_("Joined"), FK_DATE, 10, 0, -1, NULL, 0, 32, NULL },
	{ "kind", N_("Kind"), FK_CHOICE, 14, 0, CAT_MEMBER_KIND, NULL, 0, 0, NULL },
	{ "status", N_("Status"), FK_CHOICE, 14, 0, CAT_STATUS, NULL, 0, 0, NULL },
	{ "group", N_("Union group"), FK_TEXT, 20, 0, -1, NULL, 0, 94, NULL },
	{ "phone", N_("Phone"), FK_TEXT, 16, 0, -1, NULL, 0, 46, check_halfwidth },
	{ "wage", N_("Wage base a month"), FK_MONEY, 12, 0, -1, NULL, 0, 32, NULL },
	{ "hardship", N_("Hardship"), FK_CHOICE, 6, 0, -1, yes_no, 2, 0, NULL },
	{ "model", N_("Model worker"), FK_CHOICE, 6, 0, -1, yes_no, 2, 0, NULL },
	{ "note", N_("Note"), FK_TEXT, 48, 0, -1, NULL, 0, 500, NULL },
};
#define NFIELDS ((int)(sizeof member_fields / sizeof member_fields[0]))

static void member_to_form(const struct member *m, struct form *f)
{
	char wage[32];
	form_set(f, "no", m->no);
	form_set(f, "name", m->name);
	form_set(f, "gender", m->gender);
	form_set(f, "birth", m->birth_date);
	form_set(f, "join", m->join_date);
	form_set(f, "kind", m->kind);
	form_set(f, "status", m->status);
	form_set(f, "group", m->grp);
	form_set(f, "phone", m->phone);
	form_set(f, "wage", m->wage_base ? money_plain(m->wage_base, wage, sizeof wage) : "");
	form_set(f, "hardship", m->hardship ? "1" : "0");
	form_set(f, "model", m->model_worker ? "1" : "0");
	form_set(f, "note", m->note);
}

static err_code member_from_form(struct form *f, void *arg, struct err *e)
{
	struct member *m = arg;
	struct member copy = *m;
	int64_t wage = 0;

	if (form_get(f, "wage")[0] && money_parse(form_get(f, "wage"), &wage, e) != ERR_OK)
		return e->code;
	snprintf(copy.no, sizeof copy.no, "%s", form_get(f, "no"));
	snprintf(copy.name, sizeof copy.name, "%s", form_get(f, "name"));
	snprintf(copy.gender, sizeof copy.gender, "%s", form_get(f, "gender"));
	snprintf(copy.birth_date, sizeof copy.birth_date, "%s", form_get(f, "birth"));
	snprintf(copy.join_date, sizeof copy.join_date, "%s", form_get(f, "join"));
	snprintf(copy.kind, sizeof copy.kind, "%s", form_get(f, "kind"));
	if (strcmp(copy.status, form_get(f, "status")) != 0) {
		snprintf(copy.status, sizeof copy.status, "%s", form_get(f, "status"));
		date_today(copy.status_date);
	}
	snprintf(copy.grp, sizeof copy.grp, "%s", form_get(f, "group"));
	snprintf(copy.phone, sizeof copy.phone, "%s", form_get(f, "phone"));
	copy.wage_base = wage;
	copy.hardship = strcmp(form_get(f, "hardship"), "1") == 0;
	copy.model_worker = strcmp(form_get(f, "model"), "1") == 0;
	snprintf(copy.note, sizeof copy.note, "%s", form_get(f, "note"));
	err_code c = copy.id ? member_update(&copy, e) : member_add(&copy, e);
	if (c == ERR_OK)
		*m = copy;
	return c;
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
	member_to_form(m, f);
	form_note(f, _("* must be filled in. Dates as 1980-3-5 or 1980年3月5日; F2 saves."));
	form_on_save(f, member_from_form, m);
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
	{ "date", N_("Date"), FK_DATE, 10, 1, -1, NULL, 0, 32, NULL },
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
	static const struct list_source src = { members_count, members_fetch, members_cell,
						NULL };
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
	return i < 0 ? NULL : &ms.page[i];
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

static int members_act(enum action a, int key)
{
	(void)key;
	const struct member *cur;
	struct member m;
	int n;

	if (list_act(&ms.list, a))
		return 1;
	switch (a) {
	case ACT_ADD:
		member_init(&m);
		members_form(&m);
		return 1;
	case ACT_EDIT:
		if ((cur = members_current())) {
			m = *cur;
			members_form(&m);
		}
		return 1;
	case ACT_RETIRE:
	case ACT_LEAVE:
		if ((cur = members_current())) {
			m = *cur;
			members_set_status(&m, a == ACT_RETIRE ? "retired" : "left");
		}
		return 1;
	case ACT_SEARCH:
		list_search(&ms.list, ms.search, sizeof ms.search, members_changed, members_draw,
			    NULL);
		return 1;
	case ACT_FILTER:
		cat_list(CAT_STATUS, &n);
		ms.status = ms.status + 1 < n ? ms.status + 1 : -1;
		ms.list.sel = ms.list.top = 0;
		members_reload();
		return 1;
	case ACT_GROUP:
		members_next_group();
		ms.list.sel = ms.list.top = 0;
		members_reload();
		return 1;
	case ACT_SORT:
		ms.sort = (ms.sort + 1) % NSORTS;
		ms.list.sel = ms.list.top = 0;
		members_reload();
		return 1;
	case ACT_REVERSE:
		ms.q.desc = !ms.q.desc;
		ms.list.sel = ms.list.top = 0;
		members_reload();
		return 1;
	case ACT_BACK:
		ms.search[0] = '\0';
		ms.status = ms.group = -1;
		ms.list.sel = ms.list.top = 0;
		members_reload();
		return 1;
	default:
		return 0;
	}
}

const struct screen members_screen = {
	N_("Members"),
	KM_MEMBERS,
	members_enter,
	members_draw,
	members_act,
	NULL,
	NULL,
	NULL,
};

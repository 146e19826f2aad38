/*
 * scr_county.c — the full-screen program on a county database (made by `gonghui
 * consolidate`): it is not a school, so instead of the school's sections it has two.
 *
 * 1 Schools: the schools consolidated, in order of code (county_schools, a page at a
 *   time): code, name, working members, when the school's file last changed and when it
 *   was consolidated. Enter shows that school's report of the year, as the county holds
 *   it (county_use + report_compute), over the list: < > t change the year, Esc back.
 * 2 Report: the county's year-end report (county_report: the sum of its schools'), or
 *   with s a row per school (county_by_school), scrolled with the arrows and PgUp/PgDn;
 *   < > t change the year.
 *
 * The reports are the text `gonghui report` prints (report_print_text and
 * county_print_by_school, at the terminal's width), so screen and command line agree.
 *
 * Keys: KM_COUNTY (Enter), KM_COUNTY_REPORT (< > t s), KM_COUNTY_TEXT (< > t Esc), then
 * the list's and the global ones.
 */
#include "tui/scr_county.h"
#include "tui/frame.h"
#include "tui/list.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/county.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200

/* ---- a report as lines of text ---- */

struct county_text {
	char *buf;       /* the whole text */
	char **line;     /* its lines (pointers into buf) */
	int n, top;
};

static void county_text_free(struct county_text *t)
{
	free(t->buf);
	free(t->line);
	memset(t, 0, sizeof *t);
}

/* Fill t with what print wrote; on an error the message becomes the text. */
static void county_text_make(struct county_text *t, void (*print)(FILE *out, void *arg),
			     void *arg)
{
	size_t size = 0;
	int top = t->top;
	county_text_free(t);
	FILE *out = open_memstream(&t->buf, &size);
	if (!out)
		return;
	print(out, arg);
	fclose(out);
	int cap = 1;
	for (char *p = t->buf; p && *p; p++)
		cap += *p == '\n';
	t->line = calloc((size_t)cap, sizeof *t->line);
	if (!t->line)
		return;
	for (char *p = t->buf; p && *p && t->n < cap;) {
		t->line[t->n++] = p;
		char *nl = strchr(p, '\n');
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	t->top = top < t->n ? top : 0;
}

static void county_text_draw(struct county_text *t, int y, int bottom)
{
	int rows = bottom - y + 1;
	if (t->top > t->n - rows)
		t->top = t->n - rows > 0 ? t->n - rows : 0;
	for (int i = 0; i < rows; i++) {
		int k = t->top + i;
		ui_text(y + i, 1, k < t->n ? t->line[k] : "", COLS - 2, TEXT_LEFT, UI_NORMAL);
	}
}

/* Scrolling; 1 when a was one of the moves. */
static int county_text_act(struct county_text *t, enum action a, int rows)
{
	int last = t->n - rows > 0 ? t->n - rows : 0;
	switch (a) {
	case ACT_UP: t->top--; break;
	case ACT_DOWN: t->top++; break;
	case ACT_PGUP: t->top -= rows - 1; break;
	case ACT_PGDN: t->top += rows - 1; break;
	case ACT_HOME: t->top = 0; break;
	case ACT_END: t->top = last; break;
	default: return 0;
	}
	if (t->top > last)
		t->top = last;
	if (t->top < 0)
		t->top = 0;
	return 1;
}

/* "lines 1–20 of 64" for the title line. */
static const char *county_text_where(const struct county_text *t, int rows, char *buf,
				     size_t n)
{
	int last = t->top + rows < t->n ? t->top + rows : t->n;
	/* L10N: where a scrolled text is: %1$d–%2$d the lines shown, %3$d how many. */
	snprintf(buf, n, _("%1$d–%2$d/%3$d"), t->n ? t->top + 1 : 0, last, t->n);
	return buf;
}

static int county_year_act(int *year, enum action a)
{
	char today[DATE_LEN];
	if (a == ACT_PREV_YEAR && *year > 1900)
		(*year)--;
	else if (a == ACT_NEXT_YEAR && *year < 2999)
		(*year)++;
	else if (a == ACT_THIS_YEAR && (date_today(today), 1))
		*year = atoi(today);
	else
		return 0;
	return 1;
}

/* ---- 1 Schools ---- */

#define AT(m) LIST_AT(struct county_school, m)
static const struct list_col schools_cols[] = {
	{ .title = N_("Code"), .width = 8, AT(code) },
	{ .title = N_("School"), .width = 0, AT(name) },
	{ .title = N_("Members"), .width = 7, .kind = LC_INT, AT(members) },
	/* L10N: column heading: when the school's file last changed (date and time). */
	{ .title = N_("File changed"), .width = 16, AT(file_time) },
	/* L10N: column heading: when the file was consolidated into the county's. */
	{ .title = N_("Consolidated"), .width = 16, AT(consolidated_at) },
};
#undef AT

static struct {
	int ready, year;
	struct list list;
	struct county_school page[PAGE_MAX];
	/* one school's report, over the list */
	char code[24], name[192];
	struct county_text text;
} cs;

static err_code schools_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return county_school_count(n, e);
}

static err_code schools_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	return county_schools(cs.page, offset, limit > PAGE_MAX ? PAGE_MAX : limit, &got, e);
}

static void school_report_print(FILE *out, void *arg)
{
	(void)arg;
	struct err e = { 0 };
	struct report r;
	if (county_use(cs.code, &e) == ERR_OK && report_compute(cs.year, &r, &e) == ERR_OK) {
		report_print_text(out, &r, COLS - 2);
		report_free(&r);
	} else {
		fprintf(out, "%s\n", e.msg);
	}
	county_use(NULL, NULL);
}

static void school_report_draw(struct view *v)
{
	(void)v;
	char title[512], where[64];
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	erase();
	frame_draw(KM_COUNTY_TEXT, 0);
	/* L10N: the title over one school's report in the county: %1$s code, %2$s name,
	 * %3$d the year. */
	snprintf(title, sizeof title, _("%1$s %2$s: %3$d, as consolidated"), cs.code, cs.name,
		 cs.year);
	county_text_draw(&cs.text, y + 1, bottom);
	frame_title(y, title, county_text_where(&cs.text, bottom - y, where, sizeof where));
}

static int school_report_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (county_text_act(&cs.text, a, ui_body_bottom() - UI_BODY_TOP))
		return 1;
	if (county_year_act(&cs.year, a)) {
		county_text_make(&cs.text, school_report_print, NULL);
		return 1;
	}
	if (a == ACT_BACK) {
		view_close(v, 0);
		return 1;
	}
	return 0;
}

static void schools_scr_enter(void)
{
	static const struct list_source src = { .count = schools_scr_count,
						.fetch = schools_scr_fetch, .rows = cs.page,
						.stride = sizeof cs.page[0] };
	struct err e = { 0 };
	if (!cs.ready) {
		char today[DATE_LEN];
		date_today(today);
		cs.year = atoi(today);
		list_init(&cs.list, schools_cols, sizeof schools_cols / sizeof schools_cols[0], &src);
		cs.ready = 1;
	}
	if (list_reload(&cs.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

static void schools_scr_draw(void)
{
	char title[256], pos[32];
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	curs_set(0);
	cs.list.empty = _("No school yet: gonghui consolidate -o THIS.db SCHOOL.db … gathers "
			  "them.");
	list_draw(&cs.list, y + 1, bottom);
	/* L10N: the title of the county's list of schools. */
	snprintf(title, sizeof title, ngettext("County database: %d school",
					       "County database: %d schools", cs.list.count),
		 cs.list.count);
	frame_title(y, title, list_position(&cs.list, pos, sizeof pos));
}

static int schools_scr_act(enum action a, int key)
{
	(void)key;
	if (list_act(&cs.list, a))
		return 1;
	if (a != ACT_OPEN)
		return 0;
	int i = list_current(&cs.list);
	if (i < 0)
		return 1;
	snprintf(cs.code, sizeof cs.code, "%s", cs.page[i].code);
	snprintf(cs.name, sizeof cs.name, "%s", cs.page[i].name);
	cs.text.top = 0;
	county_text_make(&cs.text, school_report_print, NULL);
	struct view v = { .name = _("A school's report"), .keymap = KM_COUNTY_TEXT,
			  .draw = school_report_draw, .act = school_report_act };
	view_run(&v);
	return 1;
}

const struct screen county_schools_screen = {
	.name = N_("Schools"),
	.keymap = KM_COUNTY,
	.enter = schools_scr_enter,
	.draw = schools_scr_draw,
	.act = schools_scr_act,
};

/* ---- 2 Report ---- */

static struct {
	int ready, year, by_school;
	struct county_text text;
} cr;

static void county_report_print(FILE *out, void *arg)
{
	(void)arg;
	struct err e = { 0 };
	if (cr.by_school) {
		struct county_row *rows = NULL, total;
		int n = 0;
		if (county_by_school(cr.year, &rows, &n, &total, &e) == ERR_OK)
			county_print_by_school(out, cr.year, rows, n, &total, COLS - 2);
		else
			fprintf(out, "%s\n", e.msg);
		free(rows);
		return;
	}
	struct report r;
	if (county_report(cr.year, &r, &e) == ERR_OK) {
		report_print_text(out, &r, COLS - 2);
		report_free(&r);
	} else {
		fprintf(out, "%s\n", e.msg);
	}
}

static void county_report_enter(void)
{
	if (!cr.ready) {
		char today[DATE_LEN];
		date_today(today);
		cr.year = atoi(today);
		cr.ready = 1;
	}
	county_text_make(&cr.text, county_report_print, NULL);
}

static void county_report_draw(void)
{
	char title[256], where[64];
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	curs_set(0);
	county_text_draw(&cr.text, y + 1, bottom);
	/* L10N: the title of the county's report screen: %d the year. */
	snprintf(title, sizeof title, cr.by_school ? _("The county's schools in %d")
						   : _("The county's totals of %d"), cr.year);
	frame_title(y, title, county_text_where(&cr.text, bottom - y, where, sizeof where));
}

static int county_report_act(enum action a, int key)
{
	(void)key;
	if (county_text_act(&cr.text, a, ui_body_bottom() - UI_BODY_TOP))
		return 1;
	if (a == ACT_BY_SCHOOL) {
		cr.by_school = !cr.by_school;
		cr.text.top = 0;
	} else if (!county_year_act(&cr.year, a)) {
		return 0;
	}
	county_text_make(&cr.text, county_report_print, NULL);
	return 1;
}

const struct screen county_report_screen = {
	.name = N_("Report"),
	.keymap = KM_COUNTY_REPORT,
	.enter = county_report_enter,
	.draw = county_report_draw,
	.act = county_report_act,
};

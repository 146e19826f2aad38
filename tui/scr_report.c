/*
 * scr_report.c — the year-end report as a screen (年终报告): the same words and figures
 * as `gonghui report`, from the same code (report_compute, report_print_text at the
 * terminal's width), scrolled line by line or page by page.
 *
 * Keys (KM_REPORT, then the list's and the global ones): Up/Down, PgUp/PgDn, Home/End
 * scroll; < > change the year, t this year; s saves the report to a file, as text or
 * CSV (report_print_csv: the contract `gonghui report --format csv` keeps); p prints it
 * with lp when there is one.
 *
 * Reads core/report.h; writes nothing in the database.
 */
#include "tui/form.h"
#include "tui/frame.h"
#include "tui/printer.h"
#include "tui/screen.h"
#include "tui/ui.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct {
	int year;
	char **line;
	int n, top;
	int width;          /* the width the lines were made for */
} rs;

static void report_scr_free(void)
{
	for (int i = 0; i < rs.n; i++)
		free(rs.line[i]);
	free(rs.line);
	rs.line = NULL;
	rs.n = 0;
}

/* The report of rs.year as lines, at the terminal's width. */
static void report_scr_load(void)
{
	struct report r;
	struct err e = { 0 };
	report_scr_free();
	rs.top = 0;
	rs.width = COLS > 120 ? 120 : COLS;
	if (report_compute(rs.year, &r, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (f) {
		report_print_text(f, &r, rs.width);
		fclose(f);
	}
	report_free(&r);
	int cap = 0;
	for (char *p = buf, *nl; p && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p) - 1;
		if (rs.n == cap) {
			cap = cap ? cap * 2 : 128;
			char **nb = realloc(rs.line, (size_t)cap * sizeof *nb);
			if (!nb)
				break;
			rs.line = nb;
		}
		rs.line[rs.n++] = strndup(p, (size_t)(nl - p + (*nl != '\n')));
	}
	free(buf);
}

static void report_scr_enter(void)
{
	if (!rs.year) {
		char today[DATE_LEN];
		date_today(today);
		rs.year = atoi(today);
	}
	report_scr_load();
}

static int report_scr_rows(void) { return ui_body_bottom() - UI_BODY_TOP; }

static void report_scr_draw(void)
{
	char title[128], pos[64];
	int rows = report_scr_rows();
	if (rs.width != (COLS > 120 ? 120 : COLS))
		report_scr_load();
	curs_set(0);
	/* L10N: the report screen's title; %d the year. */
	snprintf(title, sizeof title, _("Year-end report %d"), rs.year);
	int last = rs.top + rows < rs.n ? rs.top + rows : rs.n;
	snprintf(pos, sizeof pos, "%d-%d/%d", rs.n ? rs.top + 1 : 0, last, rs.n);
	frame_title(UI_BODY_TOP, title, pos);
	for (int i = 0; i < rows && rs.top + i < rs.n; i++)
		ui_text(UI_BODY_TOP + 1 + i, 0, rs.line[rs.top + i], COLS, TEXT_LEFT, UI_NORMAL);
}

static void report_scr_scroll(int to)
{
	int rows = report_scr_rows(), max = rs.n - rows;
	if (max < 0)
		max = 0;
	rs.top = to < 0 ? 0 : to > max ? max : to;
}

/* ---- saving and printing ---- */

static const struct form_choice report_formats[] = {
	{ "text", N_("text") },
	{ "csv", N_("CSV") },
};

struct report_save {
	char path[1024];
	char format[8];
};

static const struct form_field report_save_fields[] = {
	{ .name = "path", .label = N_("File"), .kind = FK_TEXT, .width = 50, .required = 1,
	  FORM_AT(struct report_save, path) },
	{ .name = "format", .label = N_("As"), .kind = FK_CHOICE, .width = 8,
	  FORM_CHOICES(report_formats), FORM_AT(struct report_save, format) },
};

/* Write the report of rs.year to out as text (width 80, as printed) or CSV. */
static err_code report_scr_write(FILE *out, int csv, struct err *e)
{
	struct report r;
	err_code c = report_compute(rs.year, &r, e);
	if (c != ERR_OK)
		return c;
	if (csv)
		report_print_csv(out, &r);
	else
		report_print_text(out, &r, 80);
	report_free(&r);
	return ERR_OK;
}

static err_code report_scr_save(struct form *f, void *arg, struct err *e)
{
	(void)f;
	struct report_save *s = arg;
	FILE *out = fopen(s->path, "w");
	if (!out)
		/* L10N: %s the file typed. */
		return err_at(e, "path", err_set(e, ERR_IO, _("%s cannot be written: check the "
							      "folder and the name."), s->path));
	err_code c = report_scr_write(out, strcmp(s->format, "csv") == 0, e);
	if (fclose(out) != 0 && c == ERR_OK)
		c = err_at(e, "path", err_set(e, ERR_IO, _("%s cannot be written: check the "
							   "folder and the name."), s->path));
	return c;
}

static void report_scr_save_form(void)
{
	struct report_save s = { .format = "text" };
	snprintf(s.path, sizeof s.path, "gonghui-report-%d.txt", rs.year);
	struct form *f = form_new(_("Save the report to a file"), report_save_fields, 2);
	form_record(f, &s, sizeof s);
	/* L10N: under the title of the form that saves the report. */
	form_note(f, _("A name alone saves in the folder gonghui was started in; CSV is "
		       "for a spreadsheet."));
	form_on_save(f, report_scr_save, NULL);
	if (form_run(f) == FORM_SAVED)
		/* L10N: %1$d the year, %2$s the file. */
		ui_msg(_("The report of %1$d is saved in %2$s."), rs.year, s.path);
	form_free(&f);
}

static void report_scr_print(void)
{
	struct err e = { 0 };
	if (!printer_have("lp")) {
		ui_error("%s", _("There is no printer command (lp) on this computer: save the "
				 "report to a file with s and print it from there."));
		return;
	}
	FILE *lp = popen("lp -s", "w");
	if (!lp) {
		ui_error("%s", _("The printer command (lp) could not be started."));
		return;
	}
	err_code c = report_scr_write(lp, 0, &e);
	int st = pclose(lp);
	if (c != ERR_OK)
		ui_error("%s", e.msg);
	else if (st != 0)
		ui_error("%s", _("The printer command (lp) did not take the report: is a printer "
				 "set up?"));
	else
		/* L10N: %d the year. */
		ui_msg(_("The report of %d is sent to the printer."), rs.year);
}

static int report_scr_act(enum action a, int key)
{
	(void)key;
	int rows = report_scr_rows();
	char today[DATE_LEN];
	switch (a) {
	case ACT_UP: report_scr_scroll(rs.top - 1); return 1;
	case ACT_DOWN: report_scr_scroll(rs.top + 1); return 1;
	case ACT_PGUP: report_scr_scroll(rs.top - rows); return 1;
	case ACT_PGDN: report_scr_scroll(rs.top + rows); return 1;
	case ACT_HOME: report_scr_scroll(0); return 1;
	case ACT_END: report_scr_scroll(rs.n); return 1;
	case ACT_PREV_YEAR:
		if (rs.year > 1900) {
			rs.year--;
			report_scr_load();
		}
		return 1;
	case ACT_NEXT_YEAR:
		if (rs.year < 9999) {
			rs.year++;
			report_scr_load();
		}
		return 1;
	case ACT_THIS_YEAR:
		date_today(today);
		rs.year = atoi(today);
		report_scr_load();
		return 1;
	case ACT_SAVE_FILE: report_scr_save_form(); return 1;
	case ACT_PRINT: report_scr_print(); return 1;
	default: return 0;
	}
}

const struct screen report_screen = {
	.name = N_("Report"),
	.keymap = KM_REPORT,
	.enter = report_scr_enter,
	.draw = report_scr_draw,
	.act = report_scr_act,
};

/*
 * scr_setup.c — the first-run form, shown when the database has no `setup_done`
 * setting: the school's name, the union's name, and how dues are reckoned (a rate of
 * the wage base, 0.5% by default, or a fixed amount a month), and the school code the
 * county union gave (optional: needed only to send the file to the county), and the first
 * month of the books (books_start: dues are owed from it; offered as the first month
 * with dues recorded, else this month). Saving writes the settings school_name,
 * school_code (when one is given), union_name, the dues rule (dues_mode, dues_rate,
 * dues_fixed), books_start (on the first run, or when changed) and setup_done in one
 * transaction (setting_set_many, which checks every value). Esc leaves
 * it for now; it is asked again at the next start.
 *
 * The same form, its checks and its save path serve section 3, Settings (scr_settings.c),
 * through setup_form(): it opens prefilled with the settings saved.
 *
 * Keys: those of every form (Tab, Shift-Tab, F2/Ctrl-S, Esc, F1).
 */
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/scr_setup.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/form.h"
#include "tui/ui.h"
#include "core/date.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct form_choice dues_modes[] = {
	{ "percent", N_("a rate of the wage base") },
	{ "fixed", N_("a fixed amount a month") },
};

/* A month as typed (2025-9, ２０２５年９月 …), as YYYY-MM. */
static err_code setup_check_month(const char *in, char *out, size_t n, struct err *e)
{
	char m[MONTH_LEN];
	err_code c = month_parse(in, m, e);
	if (c == ERR_OK)
		snprintf(out, n, "%s", m);
	return c;
}

/* Each field is the setting of its name (core/setting.h), whose row gives its limit. */
static const struct form_field fields[] = {
	{ .name = "school_name", .label = N_("School"), .kind = FK_TEXT, .width = 36,
	  .required = 1, .setting = "school_name" },
	{ .name = "union_name", .label = N_("Union"), .kind = FK_TEXT, .width = 36,
	  .setting = "union_name" },
	{ .name = "dues_mode", .label = N_("Dues are"), .kind = FK_CHOICE, .width = 30,
	  FORM_CHOICES(dues_modes) },
	{ .name = "dues_rate", .label = N_("Rate (%)"), .kind = FK_TEXT, .width = 6,
	  .required = 1, .setting = "dues_rate", .check = setting_check_rate },
	{ .name = "dues_fixed", .label = N_("Amount a month"), .kind = FK_MONEY, .width = 12,
	  .required = 1 },
	{ .name = "school_code", .label = N_("School code"), .kind = FK_TEXT, .width = 16,
	  .setting = "school_code", .check = setting_check_code },
	/* L10N: beside the first month of the books (建账起始月份) in the first-run form. */
	{ .name = "books_start", .label = N_("First month of the books"), .kind = FK_TEXT,
	  .width = 8, .required = 1, .setting = "books_start", .check = setup_check_month,
	  .hint = N_("dues are owed from this month on") },
};
enum { F_SCHOOL, F_UNION, F_MODE, F_RATE, F_FIXED, F_CODE, F_BOOKS, F_NFIELDS };

static int setup_shown(const struct form *f, int i)
{
	const char *mode = form_get(f, "dues_mode");
	if (i == F_RATE)
		return strcmp(mode, "percent") == 0;
	if (i == F_FIXED)
		return strcmp(mode, "fixed") == 0;
	return 1;
}

/* The rate and the fixed amount to save, as text. The field of the other way of reckoning
 * is hidden and not checked; what it holds is kept when it is valid (it was filled from
 * the settings), so switching to a fixed amount and back in Settings does not lose the
 * rate. */
static err_code setup_amounts(struct form *f, int percent, char *rate, size_t rn,
			      char *fixed, size_t fn, struct err *e)
{
	char typed[16];
	int64_t fen = 0;

	setting_text("dues_rate", rate, rn);
	setting_text("dues_fixed", fixed, fn);
	if (setting_check_rate(form_get(f, "dues_rate"), typed, sizeof typed, NULL) == ERR_OK)
		snprintf(rate, rn, "%s", typed);
	if (!percent) {
		if (money_parse(form_get(f, "dues_fixed"), &fen, e) != ERR_OK)
			return e->code;
		if (fen <= 0)
			return err_set(e, ERR_INPUT, _("The amount a month must be more than 0."));
	} else if (money_parse(form_get(f, "dues_fixed"), &fen, NULL) != ERR_OK || fen <= 0) {
		return ERR_OK;
	}
	money_plain(fen, fixed, fn);
	return ERR_OK;
}

static err_code setup_save(struct form *f, void *arg, struct err *e)
{
	(void)arg;
	const char *mode = form_get(f, "dues_mode");
	char rate[16], fixed[32];

	if (setup_amounts(f, strcmp(mode, "percent") == 0, rate, sizeof rate, fixed,
			  sizeof fixed, e) != ERR_OK)
		return e->code;
	const char *keys[8] = { "school_name", "union_name", "dues_mode", "dues_rate",
				"dues_fixed", "setup_done" };
	const char *values[8] = { form_get(f, "school_name"), form_get(f, "union_name"), mode,
				  rate, fixed, "1" };
	int n = 6;
	/* The first month of the books is set on the first run; later, only when it is
	 * changed: left alone, an older book's keeps following its first dues. */
	char books[MONTH_LEN];
	const char *typed = form_get(f, "books_start");
	setting_get("books_start", books, sizeof books);
	if (setting_int("setup_done") == 0 || strcmp(typed, books) != 0) {
		keys[n] = "books_start";
		values[n++] = typed;
	}
	/* an empty school code leaves it as it is (a school may have none yet) */
	const char *code = form_get(f, "school_code");
	if (code[0]) {
		keys[n] = "school_code";
		values[n++] = code;
	}
	return setting_set_many(keys, values, n, e);
}

int setup_form(const char *title, const char *note, const char *footer)
{
	char buf[256];
	struct dues_rule rule;
	dues_rule_get(&rule);

	struct form *f = form_new(title, fields, F_NFIELDS);
	if (!f)
		return FORM_CANCELLED;
	form_note(f, note);
	form_footer(f, footer);
	form_set(f, "school_name", setting_get("school_name", buf, sizeof buf));
	form_set(f, "school_code", setting_get("school_code", buf, sizeof buf));
	form_set(f, "union_name", setting_get("union_name", buf, sizeof buf));
	form_set(f, "dues_mode", rule.fixed ? "fixed" : "percent");
	form_set(f, "dues_rate", setting_text("dues_rate", buf, sizeof buf));
	form_set(f, "dues_fixed", rule.fixed_fen > 0 ? setting_text("dues_fixed", buf, sizeof buf) : "");
	/* the month saved, else worked out: the first month with dues, else this one */
	form_set(f, "books_start", setting_get("books_start", buf, sizeof buf));
	form_shown(f, setup_shown);
	form_on_save(f, setup_save, NULL);
	int r = form_run(f);
	form_free(&f);
	return r;
}

int setup_run(void)
{
	/* L10N: the title of the first-run form. */
	int r = setup_form(_("Welcome to gonghui: about your union"),
			   _("Fill in the school and how dues are reckoned, then press F2 to "
			     "save."), NULL);
	int members = 0;
	if (r == FORM_SAVED && member_count(NULL, &members, NULL) == ERR_OK && members == 0)
		ui_msg("%s", _("Saved. Press a to add the first member."));
	else if (r == FORM_SAVED)
		ui_msg("%s", _("Saved."));
	else if (r == FORM_CANCELLED)
		ui_msg("%s", _("The union's details were not saved; they will be asked again next "
			       "time."));
	return r == FORM_SIGNAL ? -1 : 0;
}

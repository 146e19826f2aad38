/*
 * scr_settings.c — the settings (section 3): the school's and the union's names and how
 * dues are reckoned, changed after the first run. It is the first-run form itself
 * (scr_setup.c, setup_form: the same fields, checks and save path), opened prefilled
 * with what is saved.
 *
 * Shows: the settings as saved (school, union, how dues are reckoned, the first month of
 * the books) and a paragraph
 * saying what a change means (dues rows keep the amount they were saved with, so a new
 * rate or amount applies to months not yet paid). `e` opens the form, with the same
 * paragraph under it; F2/Ctrl-S saves every field in one transaction
 * (setting_set_many); Esc closes it, asking first when something changed. The section
 * never opens on the form: a form takes the first key typed.
 *
 * Reads core/setting.h and core/dues.h (dues_rule_get). After a save the top line shows
 * the new union name (frame_load_title) and the Dues section, which reckons the amounts
 * due when it is entered, shows the new amounts for months not yet paid.
 *
 * Keys (KM_SETTINGS, then the global ones): e/Enter opens the form.
 */
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/scr_setup.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/form.h"
#include "tui/ui.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"

#include <stdio.h>
#include <string.h>

static const char *settings_meaning(void)
{
	return _("Changing how dues are reckoned affects months not yet paid; payments "
		 "already saved keep their amounts. The union's name is shown in the top "
		 "line and at the head of the year-end report.");
}

static void settings_edit(void)
{
	int r = setup_form(_("Settings"),
			   _("Change what is wrong, then press F2 to save; Esc leaves without "
			     "saving."),
			   settings_meaning());
	if (r == FORM_SAVED) {
		frame_load_title();
		ui_msg("%s", _("The settings are saved."));
	} else if (r == FORM_CANCELLED) {
		ui_msg("%s", _("The settings were not changed."));
	}
}

/* One "label  value" row of the list of settings. */
static void settings_row(int y, int lw, const char *label, const char *value)
{
	ui_text(y, 2, label, lw, TEXT_RIGHT, UI_LABEL);
	ui_text(y, 2 + lw + 2, value, COLS - lw - 6, TEXT_LEFT, UI_NORMAL);
}

struct settings_wrap {
	int y, bottom;
};

static void settings_line(const char *start, size_t bytes, void *arg)
{
	struct settings_wrap *w = arg;
	char line[1024];
	if (w->y > w->bottom)
		return;
	snprintf(line, sizeof line, "%.*s", (int)bytes, start);
	ui_text(w->y++, 2, line, COLS - 4, TEXT_LEFT, UI_DIM);
}

/* What the section lists: a setting's label (core/setting.h) and its value as a person
 * reads it; the rate shows only with dues as a rate, the amount only with a fixed
 * amount. */
static const struct {
	const char *key;
	int mode;          /* -1: always; 0: with dues as a rate; 1: with a fixed amount */
} settings_rows[] = {
	{ "school_name", -1 },
	{ "school_code", -1 },
	{ "union_name", -1 },
	{ "dues_mode", -1 },
	{ "dues_rate", 0 },
	{ "dues_fixed", 1 },
	{ "books_start", -1 },
};
#define NROWS ((int)(sizeof settings_rows / sizeof settings_rows[0]))

static void settings_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom(), lw = 0;
	char value[256];
	struct dues_rule rule;

	curs_set(0);
	dues_rule_get(&rule);
	for (int i = 0; i < NROWS; i++) {
		const struct setting_def *d = setting_find(settings_rows[i].key);
		if (d && text_width(_(d->label)) > lw)
			lw = text_width(_(d->label));
	}
	frame_title(y, _("Settings"), NULL);
	y += 2;
	for (int i = 0; i < NROWS; i++) {
		const struct setting_def *d = setting_find(settings_rows[i].key);
		if (!d || (settings_rows[i].mode >= 0 && settings_rows[i].mode != rule.fixed))
			continue;
		if (strcmp(d->key, "dues_mode") == 0)
			snprintf(value, sizeof value, "%s", rule.fixed ? _("a fixed amount a month")
								       : _("a rate of the wage base"));
		else if (strcmp(d->key, "dues_fixed") == 0)
			money_format(rule.fixed_fen, value, sizeof value);
		else
			setting_text(d->key, value, sizeof value);
		settings_row(y++, lw, _(d->label), value);
	}
	struct settings_wrap w = { y + 1, bottom };
	text_wrap(settings_meaning(), COLS - 4, settings_line, &w);
	if (w.y + 1 <= bottom)
		ui_text(w.y + 1, 2, _("Press e to change them."), COLS - 4, TEXT_LEFT, UI_NORMAL);
}

static void settings_edit_key(enum action a)
{
	(void)a;
	settings_edit();
}

static const struct screen_action settings_actions[] = {
	{ KM_SETTINGS, ACT_EDIT, settings_edit_key },
};

/* The section opens on what is set; e opens the form (the first key typed in a form
 * replaces a field, so opening it on entering let a digit overwrite the school). */
static void settings_enter(void) {}

const struct screen settings_screen = {
	.name = N_("Settings"),
	.keymap = KM_SETTINGS,
	.enter = settings_enter,
	.draw = settings_draw,
	SCREEN_ACTIONS(settings_actions),
};

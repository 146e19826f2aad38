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
 * Under them: the welfare caps the union keeps to (福利标准, core/cap.h: cap_list and the
 * preset in use), each kind's limit per member a year and whether only goods may be
 * given. `c` changes one kind's cap (cap_set: the preset becomes "custom"), `p` puts a
 * preset in place of the table (cap_preset_apply), after a question that says what
 * will be replaced. Both are one transaction.
 *
 * Keys (KM_SETTINGS, then the global ones): e/Enter opens the form, c a cap, p a preset.
 */
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/scr_setup.h"
#include "tui/screen.h"
#include "tui/view.h"
#include "tui/form.h"
#include "tui/ui.h"
#include "core/cap.h"
#include "core/category.h"
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

static const char *settings_preset_name(const char *code);

/* The caps, two to a line, from row y down to bottom: "住院  2,000.00". */
static void settings_caps_draw(int y, int bottom)
{
	struct cap caps[32];
	struct err e = { 0 };
	char preset[16], line[512];
	int n = 0;
	if (y > bottom)
		return;
	cap_preset_current(preset, sizeof preset);
	if (cap_list(caps, 32, &n, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	/* L10N: the heading of the caps on the settings screen: %s the preset (none,
	 * Anhui, custom); c and p are the keys. */
	snprintf(line, sizeof line, _("Welfare caps (%s): c changes one, p puts a preset in place"),
		 settings_preset_name(preset));
	ui_text(y++, 2, line, COLS - 4, TEXT_LEFT, UI_LABEL);
	if (n == 0 && y <= bottom) {
		ui_text(y, 4, _("No caps: welfare of every kind may be given without a limit."),
			COLS - 6, TEXT_LEFT, UI_DIM);
		return;
	}
	int half = (COLS - 4) / 2;
	for (int i = 0; i < n && y <= bottom; i++) {
		char amount[32], cell[256];
		if (caps[i].amount == CAP_NONE)
			snprintf(amount, sizeof amount, "%s", _("no limit"));
		else
			money_format(caps[i].amount, amount, sizeof amount);
		if (y == bottom && i + 2 < n) {
			/* L10N: the caps that do not fit the screen: %d more (gonghui caps lists
			 * them all). */
			snprintf(cell, sizeof cell, ngettext("…and %d more (gonghui caps)",
							     "…and %d more (gonghui caps)", n - i),
				 n - i);
			ui_text(y, 4 + (i % 2) * half, cell, half - 2, TEXT_LEFT, UI_DIM);
			break;
		}
		if (caps[i].no_cash)
			/* L10N: one cap: %1$s the kind, %2$s its amount, goods only. */
			snprintf(cell, sizeof cell, _("%1$s  %2$s, goods only"),
				 cat_name(CAT_WELFARE, caps[i].kind), amount);
		else
			/* L10N: one cap: %1$s the kind, %2$s its amount. */
			snprintf(cell, sizeof cell, _("%1$s  %2$s"), cat_name(CAT_WELFARE, caps[i].kind),
				 amount);
		ui_text(y, 4 + (i % 2) * half, cell, half - 2, TEXT_LEFT, UI_NORMAL);
		if (i % 2)
			y++;
	}
}

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
	if (w.y <= bottom)
		ui_text(w.y, 2, _("Press e to change them."), COLS - 4, TEXT_LEFT, UI_NORMAL);
	settings_caps_draw(w.y + 2, bottom);
}

static void settings_edit_key(enum action a)
{
	(void)a;
	settings_edit();
}

/* ---- the welfare caps ---- */

struct settings_cap_rec {
	char kind[16];
	int64_t amount;       /* fen; 0: no limit on the amount */
	int no_cash;
};

#define AT(m) FORM_AT(struct settings_cap_rec, m)
static const struct form_field settings_cap_kind_fields[] = {
	{ .name = "kind", .label = N_("Reason"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_WELFARE, AT(kind) },
};
static const struct form_field settings_cap_fields[] = {
	/* L10N: form label: the most one member may be given of the kind in a year. */
	{ .name = "amount", .label = N_("Cap a year"), .kind = FK_MONEY, .width = 12,
	  AT(amount), .max = 32 },
	/* L10N: form label: only goods may be given (no cash, no shopping cards). */
	{ .name = "no_cash", .label = N_("Goods only"), .kind = FK_FLAG, .width = 6,
	  AT(no_cash) },
};
#undef AT

static err_code settings_cap_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	const struct settings_cap_rec *r = rec;
	return cap_set(r->kind, r->amount > 0 ? r->amount : CAP_NONE, r->no_cash, e);
}

static err_code settings_cap_kind_ok(struct form *f, void *rec, struct err *e)
{
	(void)f;
	(void)rec;
	(void)e;
	return ERR_OK;
}

/* c: which kind (Enter; the first with a cap is offered), then its cap and whether only goods may be given, as kept. */
static void settings_cap_key(enum action a)
{
	static struct settings_cap_rec r;
	struct cap cur;
	struct err e = { 0 };
	char title[256];
	struct cap kept[32];
	int nkept = 0;
	(void)a;
	memset(&r, 0, sizeof r);
	/* the first kind with a cap comes first; the others are a Space away */
	if (cap_list(kept, 32, &nkept, &e) == ERR_OK && nkept > 0)
		snprintf(r.kind, sizeof r.kind, "%s", kept[0].kind);
	struct form *f = form_new(_("A welfare cap"), settings_cap_kind_fields, 1);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &r, sizeof r);
	form_note(f, _("Which kind? Space changes it, Enter goes on, Esc cancels."));
	form_enter_saves(f, 1);
	form_on_save(f, settings_cap_kind_ok, NULL);
	int res = form_run(f);
	form_free(&f);
	if (res != FORM_SAVED)
		return;
	if (cap_get(r.kind, &cur, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	r.amount = cur.amount == CAP_NONE ? 0 : cur.amount;
	r.no_cash = cur.no_cash;
	/* L10N: the title of the form of one kind's cap; %s the kind (hospital stay …). */
	snprintf(title, sizeof title, _("The cap for %s"), cat_name(CAT_WELFARE, r.kind));
	f = form_new(title, settings_cap_fields,
		     (int)(sizeof settings_cap_fields / sizeof settings_cap_fields[0]));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &r, sizeof r);
	form_note(f, _("The most one member may be given of this kind in a calendar year, from "
		       "union funds. Empty: no limit on the amount. F2 saves."));
	form_footer(f, _("Goods only: the union may not give it in cash or as shopping cards. "
			 "A kind with neither a cap nor goods only has no limit. Changing a cap "
			 "makes the caps the union's own (custom)."));
	form_on_save(f, settings_cap_save, NULL);
	res = form_run(f);
	form_free(&f);
	if (res != FORM_SAVED)
		return;
	if (r.amount > 0) {
		char amount[32];
		money_format(r.amount, amount, sizeof amount);
		/* L10N: %1$s a welfare kind, %2$s its new cap. */
		ui_msg(_("The cap for %1$s is now %2$s a member a year."),
		       cat_name(CAT_WELFARE, r.kind), amount);
	} else if (r.no_cash) {
		/* L10N: %s a welfare kind with no amount limit, goods only. */
		ui_msg(_("%s has no limit on the amount now, goods only."),
		       cat_name(CAT_WELFARE, r.kind));
	} else {
		/* L10N: %s a welfare kind. */
		ui_msg(_("%s has no cap now."), cat_name(CAT_WELFARE, r.kind));
	}
}

struct settings_preset_rec {
	char preset[16];
};

static struct form_choice settings_preset_choices[8];

static struct form_field settings_preset_fields[] = {
	/* L10N: form label: the preset of caps to put in place. */
	{ .name = "preset", .label = N_("Preset"), .kind = FK_CHOICE, .width = 20,
	  .choices = settings_preset_choices,
	  FORM_AT(struct settings_preset_rec, preset) },
};

static const char *settings_preset_name(const char *code)
{
	int n;
	const struct cap_preset *p = cap_presets(&n);
	for (int i = 0; i < n; i++)
		if (strcmp(p[i].code, code) == 0)
			return _(p[i].name);
	/* L10N: the caps a union set itself (not a preset). */
	return _("custom");
}

static int settings_preset_question(struct form *f, const void *rec, char *buf, size_t n)
{
	const struct settings_preset_rec *r = rec;
	char now[16];
	(void)f;
	cap_preset_current(now, sizeof now);
	/* L10N: before a preset of caps is applied: %1$s the preset in use now, %2$s the
	 * one chosen. */
	snprintf(buf, n, _("Replace the caps now kept (%1$s) with the preset %2$s?"),
		 settings_preset_name(now), settings_preset_name(r->preset));
	return 1;
}

static err_code settings_preset_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	return cap_preset_apply(((const struct settings_preset_rec *)rec)->preset, e);
}

/* p: a preset in place of the table, asked first. */
static void settings_preset_key(enum action a)
{
	static struct settings_preset_rec r;
	int n;
	(void)a;
	const struct cap_preset *p = cap_presets(&n);
	if (n > 8)
		n = 8;
	int k = 0;
	for (int i = 0; i < n; i++)
		if (strcmp(p[i].code, "custom") != 0)   /* custom is what c makes, not a preset */
			settings_preset_choices[k++] = (struct form_choice){ p[i].code, p[i].name };
	settings_preset_fields[0].nchoices = k;
	memset(&r, 0, sizeof r);
	cap_preset_current(r.preset, sizeof r.preset);
	struct form *f = form_new(_("The welfare caps: a preset"), settings_preset_fields, 1);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &r, sizeof r);
	form_note(f, _("Space chooses the preset; F2 puts it in place of the caps (asks "
		       "first)."));
	form_footer(f, _("Anhui (安徽省基层工会经费收支管理办法): festival gifts at most 2,200.00 "
			 "a member a year and goods only; weddings, childbirth, hospital stays, "
			 "bereavements and retirements at most 2,000.00 each. None: no caps."));
	form_confirm(f, settings_preset_question);
	form_on_save(f, settings_preset_save, NULL);
	int res = form_run(f);
	form_free(&f);
	if (res == FORM_SAVED)
		/* L10N: %s the preset now in use. */
		ui_msg(_("The welfare caps are now: %s."), settings_preset_name(r.preset));
}

static const struct screen_action settings_actions[] = {
	{ KM_SETTINGS, ACT_EDIT, settings_edit_key },
	{ KM_SETTINGS, ACT_CAP, settings_cap_key },
	{ KM_SETTINGS, ACT_PRESET, settings_preset_key },
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

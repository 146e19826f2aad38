/*
 * scr_home.c — the first screen (首页): what is waiting, shown when the program opens
 * (after the first-run setup) and under `0`. Each line starts with the key of the
 * section that does it (the section bar's digits):
 *
 *     dues        this month: how many paid and how many not yet (of those who owe:
 *                 one with nothing due is not waited for), the sum; this month
 *                 and last month closed (月结) or not                      → Dues
 *     must-visit  the open 五必访 cases, oldest first, days waited          → Welfare
 *     retirees    retired members due a visit under the union's rule      → Welfare
 *     birthdays   this month's, members and retirees, round ones marked   → Members
 *     proposals   how many wait for an answer, how long the oldest has    → Proposals
 *                 (shown only when one does)
 *     caps        welfare given this year against the union's caps        → Welfare
 *     money       cash and bank, and what is held for others (231)        → Books
 *     backup      the day of the newest automatic backup
 *
 * Reads core/home.h (home_load: every figure from the module that owns it, by index).
 * Keys (KM_HOME, then the global ones: the digits, ? help, q quit): m opens the list
 * of open must-visit cases directly (tui/scr_mustvisit.c, where Enter logs the visit);
 * nothing else here writes.
 */
#include "tui/frame.h"
#include "tui/scr_mustvisit.h"
#include "tui/screen.h"
#include "tui/ui.h"
#include "core/book.h"
#include "core/category.h"
#include "core/home.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HOME_SHOWN 3   /* rows of each list on an 80×24 screen */

static struct {
	struct home h;
	int shown[3];       /* rows of each list (must-visit, retirees, birthdays) that fit
			       this time, at most HOME_SHOWN */
	int loaded;
	char error[768];
} hs;

static void home_enter(void)
{
	struct err e = { 0 };
	hs.error[0] = '\0';
	hs.loaded = home_load(NULL, HOME_SHOWN, &hs.h, &e) == ERR_OK;
	if (!hs.loaded)
		snprintf(hs.error, sizeof hs.error, "%s", e.msg);
}

/* "2025年6月3日" / "June 3": a day of this year as people say it. */
static char *home_day(const char *iso, char *buf, size_t n)
{
	/* L10N: a day of the month, %1$d the month (1-12), %2$d the day: 6月3日. */
	snprintf(buf, n, _("%1$d/%2$d"), atoi(iso + 5), atoi(iso + 8));
	return buf;
}

/* A line that starts with the key of the section that does it: " 2  text". */
static int home_line(int y, const struct screen *s, const char *text, enum ui_look look)
{
	char key[8] = "";
	int n = s ? frame_section_of(s->name) : 0;
	if (n > 0)
		snprintf(key, sizeof key, "%d", n);
	ui_text(y, 1, key, 2, TEXT_RIGHT, UI_KEYNAME);
	ui_text(y, 4, text, COLS - 5, TEXT_LEFT, look);
	return y + 1;
}

/* An indented row under a heading line. */
static int home_row(int y, const char *text, enum ui_look look)
{
	ui_text(y, 6, text, COLS - 7, TEXT_LEFT, look);
	return y + 1;
}

/* The rows of a list shown with room for `shown`: one more when it is the last (its row
 * takes the line "… and 1 more" would). */
static int home_rows(int n, int total, int shown)
{
	int rows = n < shown ? n : shown;
	if (total == rows + 1 && n > rows)
		rows++;
	return rows;
}

static int home_more(int y, int shown, int total)
{
	char line[128];
	if (total <= shown)
		return y;
	/* L10N: under a list cut short on the first screen: %d how many more. */
	snprintf(line, sizeof line, ngettext("… and %d more", "… and %d more", total - shown),
		 total - shown);
	return home_row(y, line, UI_DIM);
}

static int home_dues(int y)
{
	const struct home *h = &hs.h;
	char line[512], sum[32];
	int unpaid = h->dues.owing;
	/* L10N: the first screen's dues line: %1$s the month (2025-06), %2$d members who
	 * paid, %3$d who have not yet, %4$s the sum paid. */
	snprintf(line, sizeof line, _("Dues for %1$s: %2$d paid, %3$d not yet (%4$s in)"),
		 h->month, h->dues.paid, unpaid,
		 money_format(h->dues.collected, sum, sizeof sum));
	y = home_line(y, &dues_screen, line, unpaid > 0 ? UI_WARN : UI_NORMAL);
	/* L10N: the state of the books (月结) on the first screen: %s a month (2025-05). */
	char now[128], last[128];
	snprintf(now, sizeof now, h->dues.closed ? _("%s is closed.") : _("%s is open."),
		 h->month);
	snprintf(last, sizeof last,
		 h->dues.last_closed ? _("%s is closed.") : _("%s is not closed yet."),
		 h->last_month);
	/* L10N: two sentences one after the other (Chinese: no space between them). */
	snprintf(line, sizeof line, _("%1$s %2$s"), now, last);
	if (h->dues.last_before_books)
		return home_row(y, now, UI_NORMAL);
	return home_row(y, line, h->dues.last_closed ? UI_NORMAL : UI_WARN);
}

static int home_mustvisit(int y)
{
	const struct home *h = &hs.h;
	char line[512], name[256], day[32];
	if (!h->must_total)
		return home_line(y, &welfare_screen,
				 _("Must-visit (五必访): no case is open."), UI_NORMAL);
	/* L10N: %d open 五必访 cases; the oldest are listed under it. */
	snprintf(line, sizeof line, ngettext("Must-visit (五必访): %d case open, oldest first",
					     "Must-visit (五必访): %d cases open, oldest first",
					     h->must_total), h->must_total);
	y = home_line(y, &welfare_screen, line, UI_WARN);
	int rows = home_rows(h->must_n, h->must_total, hs.shown[0]);
	for (int i = 0; i < rows; i++) {
		const struct mustvisit *m = &h->must[i];
		text_pad(m->member_name, 10, TEXT_LEFT, name, sizeof name);
		/* L10N: one open must-visit case: %1$s number, %2$s name (padded), %3$s the
		 * reason, %4$s since (a day), %5$d days waited. */
		snprintf(line, sizeof line, ngettext("%1$-6s %2$s %3$s since %4$s, waiting %5$d day",
						     "%1$-6s %2$s %3$s since %4$s, waiting %5$d days",
						     m->days_open),
			 m->member_no, name, cat_name(CAT_WELFARE, m->reason),
			 home_day(m->opened_on, day, sizeof day), m->days_open);
		y = home_row(y, line, UI_NORMAL);
	}
	return home_more(y, rows, h->must_total);
}

static const char *home_due_why(const struct visit_due *d, char *buf, size_t n)
{
	char day[32], on[32];
	home_day(d->by, day, sizeof day);
	home_day(d->retired_on, on, sizeof on);
	switch (d->why) {
	case VISIT_DUE_NEW:
		if (d->days_left < 0)
			/* L10N: a new retiree's visit is late: %1$s retired on (a day), %2$d
			 * days late. */
			snprintf(buf, n, ngettext("retired %1$s, visit %2$d day late",
						  "retired %1$s, visit %2$d days late",
						  -d->days_left),
				 on, -d->days_left);
		else
			/* L10N: a new retiree is to be visited: %1$s retired on, %2$s by (days). */
			snprintf(buf, n, _("retired %1$s, visit by %2$s"), on, day);
		break;
	case VISIT_DUE_TWICE:
		/* L10N: a retiree of 80 or more not visited this half-year: %1$d age, %2$s
		 * the half-year's last day. */
		snprintf(buf, n, _("%1$d, not visited this half-year (by %2$s)"), d->age, day);
		break;
	default:
		/* L10N: a retiree of 70 or more not visited this year: %1$d age, %2$s by. */
		snprintf(buf, n, _("%1$d, not visited this year (by %2$s)"), d->age, day);
		break;
	}
	return buf;
}

static int home_retirees(int y)
{
	const struct home *h = &hs.h;
	char line[512], why[256], name[256];
	if (!h->due_total)
		return home_line(y, &welfare_screen, _("Retired members: none is due a visit."),
				 UI_NORMAL);
	/* L10N: retired members due a visit under the union's rule (a setting). */
	snprintf(line, sizeof line, ngettext("Retired members due a visit: %d",
					     "Retired members due a visit: %d", h->due_total),
		 h->due_total);
	y = home_line(y, &welfare_screen, line, UI_WARN);
	int rows = home_rows(h->due_n, h->due_total, hs.shown[1]);
	for (int i = 0; i < rows; i++) {
		const struct visit_due *d = &h->due[i];
		text_pad(d->member_name, 10, TEXT_LEFT, name, sizeof name);
		snprintf(line, sizeof line, "%-6s %s %s", d->member_no, name,
			 home_due_why(d, why, sizeof why));
		y = home_row(y, line, d->days_left < 0 ? UI_WARN : UI_NORMAL);
	}
	return home_more(y, rows, h->due_total);
}

static int home_birthdays(int y)
{
	const struct home *h = &hs.h;
	char line[512], name[256], day[32], age[64];
	if (!h->bday_total)
		return home_line(y, &members_screen, _("Birthdays this month: none."), UI_NORMAL);
	/* L10N: %d members and retirees with a birthday this month. */
	snprintf(line, sizeof line, ngettext("Birthdays this month: %d",
					     "Birthdays this month: %d", h->bday_total),
		 h->bday_total);
	y = home_line(y, &members_screen, line, UI_NORMAL);
	int rows = home_rows(h->bday_n, h->bday_total, hs.shown[2]);
	for (int i = 0; i < rows; i++) {
		const struct member_birthday *b = &h->bday[i];
		text_pad(b->name, 10, TEXT_LEFT, name, sizeof name);
		if (b->round)
			/* L10N: a round birthday (60, 70, 80 …): %d the age. */
			snprintf(age, sizeof age, ngettext("%d year, a round birthday",
							   "%d years, a round birthday", b->age),
				 b->age);
		else
			/* L10N: the age turned this birthday. */
			snprintf(age, sizeof age, ngettext("%d year", "%d years", b->age), b->age);
		snprintf(line, sizeof line, "%-6s %s %s  %s", b->no, name,
			 home_day(b->birth_date, day, sizeof day), age);
		y = home_row(y, line, b->round ? UI_GOOD : UI_NORMAL);
	}
	return home_more(y, rows, h->bday_total);
}

static int home_proposals(int y)
{
	const struct home *h = &hs.h;
	char line[512], days[64];
	if (!h->proposals_waiting)
		return y;
	/* L10N: how long the oldest proposal has waited, on the first screen. */
	snprintf(days, sizeof days, ngettext("%d day", "%d days", h->proposals_days),
		 h->proposals_days);
	/* L10N: the first screen: %1$d proposals (提案) not answered yet; %2$s how long the
	 * oldest has waited ("86 days"). */
	snprintf(line, sizeof line, ngettext("Proposals: %1$d waiting for an answer, the oldest "
					     "for %2$s",
					     "Proposals: %1$d waiting for an answer, the oldest "
					     "for %2$s", h->proposals_waiting),
		 h->proposals_waiting, days);
	return home_line(y, &proposals_screen, line, h->proposals_days > 30 ? UI_WARN : UI_NORMAL);
}

/* One row of the caps table: kind, cap, people, total, most (widths as the heading). */
static void home_caps_cells(char *line, size_t n, const char *kind, const char *cap,
			    const char *people, const char *total, const char *most)
{
	char a[128], b[64], c[64], d[64], f[64];
	snprintf(line, n, "%s %s %s %s %s", text_pad(kind, 14, TEXT_LEFT, a, sizeof a),
		 text_pad(cap, 10, TEXT_RIGHT, b, sizeof b),
		 text_pad(people, 6, TEXT_RIGHT, c, sizeof c),
		 text_pad(total, 10, TEXT_RIGHT, d, sizeof d),
		 text_pad(most, 10, TEXT_RIGHT, f, sizeof f));
}

static int home_caps(int y)
{
	const struct home *h = &hs.h;
	char line[512], head[256], a[32], b[32], c[32], p[16];
	if (!h->caps_n)
		return home_line(y, &welfare_screen,
				 _("Welfare caps: none kept (Settings sets them)."), UI_DIM);
	int given = 0, over = 0;
	for (int i = 0; i < h->caps_n; i++) {
		given += h->caps[i].people > 0;
		over += h->caps[i].over + (h->caps[i].cash_rows > 0);
	}
	if (!given) {
		/* L10N: the first screen: %d the year. */
		snprintf(line, sizeof line, _("Welfare in %d: nothing given yet under the caps."),
			 atoi(h->today));
		return home_line(y, &welfare_screen, line, UI_NORMAL);
	}
	char preset[64] = "";
	int np;
	const struct cap_preset *ps = cap_presets(&np);
	for (int i = 0; i < np; i++)
		if (strcmp(ps[i].code, h->caps_preset) == 0)
			snprintf(preset, sizeof preset, "%s", _(ps[i].name));
	/* L10N: the first screen: welfare of the year against the caps; %1$d the year,
	 * %2$s the preset of caps (Anhui, custom). */
	snprintf(head, sizeof head, _("Welfare in %1$d against the caps (%2$s)"),
		 atoi(h->today), preset);
	y = home_line(y, &welfare_screen, head, over ? UI_WARN : UI_NORMAL);
	/* L10N: column headings of the caps on the first screen: the welfare kind, the cap
	 * per member a year, members given it, the total, the most one member got. */
	home_caps_cells(line, sizeof line, _("kind"), _("cap"), _("people"), _("total"),
			_("most"));
	ui_text(y++, 6, line, COLS - 7, TEXT_LEFT, UI_HEADER);
	for (int i = 0; i < h->caps_n && y <= ui_body_bottom() - 1; i++) {
		const struct cap_figure *f = &h->caps[i];
		if (!f->people)
			continue;
		char kind[128], cap[32];
		snprintf(cap, sizeof cap, "%s", f->cap == CAP_NONE ? "" :
			 money_format(f->cap, c, sizeof c));
		snprintf(kind, sizeof kind, "%s", cat_name(CAT_WELFARE, f->kind));
		snprintf(p, sizeof p, "%d", f->people);
		home_caps_cells(line, sizeof line, kind, cap, p, money_format(f->total, a, sizeof a),
				money_format(f->most, b, sizeof b));
		if (f->over) {
			char more[128];
			/* L10N: after a kind's figures on the first screen: %1$d members past
			 * the cap, %2$s by how much in all. */
			snprintf(more, sizeof more, ngettext("  %1$d over by %2$s",
							     "  %1$d over by %2$s", f->over),
				 f->over, money_format(f->over_by, a, sizeof a));
			strncat(line, more, sizeof line - strlen(line) - 1);
		}
		ui_text(y, 6, line, COLS - 7, TEXT_LEFT, f->over ? UI_WARN : UI_NORMAL);
		y++;
	}
	return y;
}

static int home_money(int y)
{
	const struct home *h = &hs.h;
	char line[512], a[32], b[32], c[32];
	/* L10N: the first screen: %1$s cash (库存现金), %2$s bank (银行存款), %3$s held for
	 * others (代管经费: donations not yet handed over). */
	snprintf(line, sizeof line, _("Cash %1$s, bank %2$s; held for others %3$s"),
		 money_format(h->cash, a, sizeof a), money_format(h->bank, b, sizeof b),
		 money_format(h->held, c, sizeof c));
	return home_line(y, &books_screen, line, h->cash < 0 ? UI_WARN : UI_NORMAL);
}

/* Lines a list takes with `shown` rows of it: its heading, the rows, "… and N more". */
static int home_list_lines(int n, int total, int shown)
{
	int rows = home_rows(n, total, shown);
	return total ? 1 + rows + (total > rows) : 1;
}

/* The most rows of each list (HOME_SHOWN down to 0) that let everything fit. */
/* The rows of each list that let everything fit: the most that fit all three alike
 * (HOME_SHOWN down to 0), then one list after another given more while there is room. */
static void home_fit(void)
{
	const struct home *h = &hs.h;
	int room = ui_body_bottom() - UI_BODY_TOP + 1, caps = 1, given = 0;
	for (int i = 0; i < h->caps_n; i++)
		given += h->caps[i].people > 0;
	if (given)
		caps = 2 + given;
	const int n[3] = { h->must_n, h->due_n, h->bday_n };
	const int total[3] = { h->must_total, h->due_total, h->bday_total };
	int fixed = 2 + 2 + caps + 2 + (h->proposals_waiting > 0);
#define HOME_NEED(s) (fixed + home_list_lines(n[0], total[0], (s)[0]) + \
		      home_list_lines(n[1], total[1], (s)[1]) + \
		      home_list_lines(n[2], total[2], (s)[2]))
	int shown = HOME_SHOWN;
	for (; shown > 0; shown--) {
		int s[3] = { shown, shown, shown };
		if (HOME_NEED(s) <= room)
			break;
	}
	for (int i = 0; i < 3; i++)
		hs.shown[i] = shown;
	for (int i = 0; i < 3; i++)
		while (hs.shown[i] < HOME_SHOWN) {
			hs.shown[i]++;
			if (HOME_NEED(hs.shown) > room) {
				hs.shown[i]--;
				break;
			}
		}
#undef HOME_NEED
}

static void home_draw(void)
{
	int y = UI_BODY_TOP;
	char title[128];
	curs_set(0);
	if (!hs.loaded) {
		frame_title(y, _("What is waiting"), NULL);
		ui_text(y + 2, 2, hs.error, COLS - 4, TEXT_LEFT, UI_ERROR);
		return;
	}
	/* L10N: the first screen's title; %s today's date. */
	snprintf(title, sizeof title, _("What is waiting, %s"), hs.h.today);
	frame_title(y, title, NULL);
	y += 2;
	home_fit();
	y = home_dues(y);
	y = home_mustvisit(y);
	y = home_retirees(y);
	y = home_birthdays(y);
	y = home_proposals(y);
	y = home_caps(y);
	y = home_money(y);
	if (y <= ui_body_bottom()) {
		char line[256];
		if (hs.h.backup_known)
			/* L10N: the first screen: %1$s the day of the newest automatic backup,
			 * %2$s its kind (daily, before a restore …). */
			snprintf(line, sizeof line, _("Last automatic backup: %1$s (%2$s)"),
				 hs.h.last_backup, book_backup_kind_name(hs.h.backup_kind));
		else
			/* L10N: the first screen, when there is no automatic backup yet. */
			snprintf(line, sizeof line, "%s", _("No automatic backup yet: one is made "
							    "before the first change of each day."));
		home_line(y, NULL, line, hs.h.backup_known ? UI_DIM : UI_WARN);
	}
}

static int home_act(enum action a, int key)
{
	(void)a;
	(void)key;
	return 0;
}

/* m: the open must-visit cases, then what is waiting again (a visit logged there closes
 * its case). */
static void home_mustvisit_key(enum action a)
{
	(void)a;
	mustvisit_scr_show();
	home_enter();
}

static const struct screen_action home_actions[] = {
	{ KM_HOME, ACT_MUSTVISIT, home_mustvisit_key },
};

const struct screen home_screen = {
	.name = N_("Home"),
	.keymap = KM_HOME,
	SCREEN_ACTIONS(home_actions),
	.enter = home_enter,
	.draw = home_draw,
	.act = home_act,
};

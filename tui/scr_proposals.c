/*
 * scr_proposals.c — proposals and suggestions (教代会提案 / 合理化建议), the Proposals
 * section: what the staff proposed this year, who answered what, and the answer rate
 * the annual report quotes ("收集合理化建议20条，答复18条").
 *
 * Shows: the title line with the year's tally (proposal_tally: received, answered and
 * the rate, adopted); the year's proposals in date order, one page at a time
 * (proposal_count + proposal_page), numbered 1, 2 … through the year: number, date,
 * proposer (empty: anonymous or collective), title, status, the congress session it was
 * made to; under the list the answer of the proposal under the bar.
 * `c` opens the sessions of the staff congress (届次) over it (congress_count +
 * congress_page: name, date, delegates, proposals).
 *
 * Writes through core/proposal.h only: proposal_add (a), proposal_update (e: date,
 * proposer, title, session; the answer stays), proposal_answer (Enter or r: answered,
 * adopted or not adopted, the answer and its date), congress_add and congress_update
 * with congress_set_delegates (on the sessions: a, e/Enter: name, date, note and the
 * delegates as membership numbers). Each is one transaction.
 *
 * Keys on the proposals (KM_PROPOSALS, then the list's and the global ones): a add,
 * e edit, Enter/r answer, c the congress sessions, < > (, .) year, t this year. On the
 * sessions (KM_CONGRESS, then moving): a add, e/Enter edit, Esc or q back, ? help.
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
#include "core/i18n.h"
#include "core/member.h"
#include "core/proposal.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200
#define SESSIONS_MAX 64

/* A row: the proposal, its number in the year and its session's name. */
struct proposals_row {
	struct proposal p;
	int number;
	char session[192];
};

enum { PC_NO, PC_DATE, PC_WHO, PC_TITLE, PC_STATUS, PC_SESSION, PC_NCOLS };

#define AT(m) LIST_AT(struct proposals_row, m)
static struct list_col proposals_cols[PC_NCOLS] = {
	/* L10N: column heading: the proposal's number in the year (提案号); 4 at most. */
	[PC_NO] = { .title = N_("#"), .width = 4, .kind = LC_INT, AT(number) },
	[PC_DATE] = { .title = N_("Date"), .width = 10, .kind = LC_DATE, AT(p.date) },
	[PC_WHO] = { .title = N_("Proposer"), .width = 8, AT(p.member_name) },
	[PC_TITLE] = { .title = N_("Title"), .width = 0, AT(p.title) },
	[PC_STATUS] = { .title = N_("Status"), .width = 6, .kind = LC_CAT, .cat = CAT_PROPOSAL,
			AT(p.status) },
	/* L10N: column heading: the congress session (届次); 14 columns at most. */
	[PC_SESSION] = { .title = N_("Session"), .width = 14, AT(session) },
};
#undef AT

enum { CC_DATE, CC_NAME, CC_DELEGATES, CC_PROPOSALS, CC_NCOLS };

#define AT(m) LIST_AT(struct congress, m)
static const struct list_col proposals_congress_cols[CC_NCOLS] = {
	[CC_DATE] = { .title = N_("Date"), .width = 10, .kind = LC_DATE, AT(date) },
	/* L10N: column heading: the congress session's name (六届五次教代会). */
	[CC_NAME] = { .title = N_("Session"), .width = 0, AT(name) },
	/* L10N: column heading: how many delegates (代表); 9 columns at most. */
	[CC_DELEGATES] = { .title = N_("Delegates"), .width = 9, .kind = LC_INT, AT(delegates) },
	/* L10N: column heading: how many proposals were made to it; 10 columns at most. */
	[CC_PROPOSALS] = { .title = N_("Proposals"), .width = 10, .kind = LC_INT,
			   AT(proposals) },
};
#undef AT

static struct {
	int ready;
	int year;
	char year_text[8];
	struct proposal_query q;
	struct list list;
	struct proposals_row page[PAGE_MAX];
	struct proposal got[PAGE_MAX];
	struct proposal_tally tally;
	/* the sessions, for names in the list and the form's choice */
	struct congress sessions[SESSIONS_MAX];
	int nsessions;
	char session_codes[SESSIONS_MAX + 1][24];
	struct form_choice session_choices[SESSIONS_MAX + 1];
	/* the sessions' list */
	struct list congress_list;
	struct congress congress_page[PAGE_MAX];
} ps;

/* ---- the year's proposals ---- */

static void proposals_sessions_load(void)
{
	struct err e = { 0 };
	if (congress_page(0, SESSIONS_MAX, ps.sessions, &ps.nsessions, &e) != ERR_OK) {
		ps.nsessions = 0;
		ui_error("%s", e.msg);
	}
	/* the form's choice: none, then the sessions newest first */
	snprintf(ps.session_codes[0], sizeof ps.session_codes[0], "0");
	/* L10N: a proposal made to no congress session (a suggestion, 合理化建议). */
	ps.session_choices[0] = (struct form_choice){ ps.session_codes[0], N_("none") };
	for (int i = 0; i < ps.nsessions; i++) {
		snprintf(ps.session_codes[i + 1], sizeof ps.session_codes[i + 1], "%lld",
			 (long long)ps.sessions[i].id);
		ps.session_choices[i + 1] = (struct form_choice){ ps.session_codes[i + 1],
								  ps.sessions[i].name };
	}
}

static const char *proposals_session_name(int64_t id)
{
	for (int i = 0; i < ps.nsessions; i++)
		if (ps.sessions[i].id == id)
			return ps.sessions[i].name;
	return "";
}

static err_code proposals_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return proposal_count(&ps.q, n, e);
}

static err_code proposals_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	err_code c = proposal_page(&ps.q, offset, limit, ps.got, &got, e);
	for (int i = 0; i < got; i++) {
		ps.page[i].p = ps.got[i];
		ps.page[i].number = offset + i + 1;
		snprintf(ps.page[i].session, sizeof ps.page[i].session, "%s",
			 proposals_session_name(ps.got[i].congress_id));
	}
	return c;
}

static void proposals_reload(void)
{
	struct err e = { 0 };
	snprintf(ps.year_text, sizeof ps.year_text, "%04d", ps.year);
	memset(&ps.q, 0, sizeof ps.q);
	ps.q.year = ps.year_text;
	proposals_sessions_load();
	if (list_reload(&ps.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	if (proposal_tally(ps.year_text, &ps.tally, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

static void proposals_set_year(int y)
{
	if (y < 1900)
		y = 1900;
	if (y > 9999)
		y = 9999;
	if (y != ps.year)
		ps.list.sel = ps.list.top = 0;
	ps.year = y;
}

static const struct proposal *proposals_current(void)
{
	int i = list_current(&ps.list);
	return i < 0 ? NULL : &ps.page[i].p;
}

/* ---- drawing ---- */

static void proposals_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[1024], empty[256], pos[32];

	curs_set(0);
	if (ps.tally.received)
		/* L10N: the proposals' title line: %1$d the year, %2$d received, %3$d answered,
		 * %4$d the answer rate in percent, %5$d adopted ("收集合理化建议20条，答复18条"). */
		snprintf(line, sizeof line, ngettext("%1$d: %2$d proposal received, %3$d answered "
						     "(%4$d%%), %5$d adopted",
						     "%1$d: %2$d proposals received, %3$d answered "
						     "(%4$d%%), %5$d adopted", ps.tally.received),
			 ps.year, ps.tally.received, ps.tally.answered, ps.tally.rate,
			 ps.tally.adopted);
	else
		/* L10N: the proposals' title line when none was received; %d the year. */
		snprintf(line, sizeof line, _("Proposals of %d"), ps.year);
	/* L10N: %d is the year; a records a proposal. */
	snprintf(empty, sizeof empty, _("No proposal in %d: press a to record one."), ps.year);
	ps.list.empty = empty;
	list_draw(&ps.list, y + 1, bottom - 1);
	frame_title(y, line, list_position(&ps.list, pos, sizeof pos));

	ui_clear_line(bottom, UI_NORMAL);
	int i = list_selected(&ps.list);
	if (i < 0)
		return;
	const struct proposal *p = &ps.page[i].p;
	char answer[2100];
	if (strcmp(p->status, "received") == 0) {
		/* L10N: under the proposals: the one under the bar has no answer yet. */
		ui_text(bottom, 1, _("Not answered yet: Enter answers it."), COLS - 2,
			TEXT_LEFT, UI_DIM);
		return;
	}
	text_clean(p->answer[0] ? p->answer : "-", answer, sizeof answer);
	/* L10N: under the proposals: %1$s the answer's date, %2$s the answer. */
	snprintf(line, sizeof line, _("Answer (%1$s): %2$s"),
		 p->answered_on[0] ? p->answered_on : "-", answer);
	ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_NORMAL);
}

/* ---- the proposal form ---- */

struct proposals_form_rec {
	struct proposal p;
	char session[24];          /* the session's id as text, "0" for none */
};

#define AT(m) FORM_AT(struct proposals_form_rec, m)
static struct form_field proposals_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(p.date), .max = 32 },
	/* L10N: form label: who made the proposal; empty: anonymous or collective. */
	{ .name = "member_id", .label = N_("Proposer"), .kind = FK_MEMBER, .width = 12,
	  AT(p.member_id), .max = 128 },
	{ .name = "title", .label = N_("Title"), .kind = FK_TEXT, .width = 50, .required = 1,
	  AT(p.title), .max = 500 },
	/* L10N: form label: the congress session (届次) it was made to. */
	{ .name = "session", .label = N_("Congress session"), .kind = FK_CHOICE, .width = 24,
	  AT(session) },
};
#undef AT
#define NPFIELDS ((int)(sizeof proposals_fields / sizeof proposals_fields[0]))

static err_code proposals_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	struct proposals_form_rec *r = rec;
	r->p.congress_id = atoll(r->session);
	return r->p.id ? proposal_update(&r->p, e) : proposal_add(&r->p, e);
}

/* a (p->id 0) or e: the proposal in the form; the list then shows its year. */
static void proposals_form(const struct proposal *p)
{
	static struct proposals_form_rec r;
	char title[700], clean[600];
	memset(&r, 0, sizeof r);
	r.p = *p;
	snprintf(r.session, sizeof r.session, "%lld", (long long)p->congress_id);
	proposals_sessions_load();
	proposals_fields[3].choices = ps.session_choices;
	proposals_fields[3].nchoices = ps.nsessions + 1;
	if (p->id) {
		text_clean(p->title, clean, sizeof clean);
		/* L10N: the title of the form editing a proposal; %s its title. */
		snprintf(title, sizeof title, _("Proposal: %s"), clean);
	} else {
		snprintf(title, sizeof title, "%s", _("A new proposal"));
	}
	struct form *f = form_new(title, proposals_fields, NPFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &r, sizeof r);
	form_note(f, _("* must be filled in. Proposer: a number, a name or pinyin initials; "
		       "empty for an anonymous or collective one. F2 saves."));
	form_footer(f, _("A proposal made to a session of the staff congress (教代会) belongs to "
			 "it; c lists the sessions and their delegates. Enter on the list answers "
			 "it."));
	form_on_save(f, proposals_save, NULL);
	int adding = p->id == 0;
	int res = form_run(f);
	form_free(&f);
	if (res != FORM_SAVED)
		return;
	proposals_set_year(atoi(r.p.date));
	proposals_reload();
	text_clean(r.p.title, clean, sizeof clean);
	if (adding) {
		/* the bar on the one just added, wherever its date puts it */
		struct proposal_query at = ps.q;
		int place = ps.list.count - 1;
		at.before = r.p.id;
		if (r.p.id && proposal_count(&at, &place, NULL) == ERR_OK)
			ps.list.sel = place;
		else
			ps.list.sel = ps.list.count - 1;
		/* L10N: %s the proposal's title. */
		ui_msg(_("Recorded the proposal %s."), clean);
	} else {
		ui_msg(_("Saved the proposal %s."), clean);
	}
}

/* ---- the answer ---- */

struct proposals_answer_rec {
	int64_t id;                /* the proposal */
	char status[16];
	char answered_on[DATE_LEN];
	char answer[2048];
};

static const struct form_choice proposals_answer_status[] = {
	{ "answered", N_("answered") },
	{ "adopted", N_("adopted") },
	{ "rejected", N_("not adopted") },
};

#define AT(m) FORM_AT(struct proposals_answer_rec, m)
static const struct form_field proposals_answer_fields[] = {
	/* L10N: form label: what became of the proposal (answered, adopted, not adopted). */
	{ .name = "status", .label = N_("Outcome"), .kind = FK_CHOICE, .width = 14,
	  FORM_CHOICES(proposals_answer_status), AT(status) },
	/* L10N: form label: the date of the answer. */
	{ .name = "answered_on", .label = N_("Answered on"), .kind = FK_DATE, .width = 10,
	  .required = 1, AT(answered_on), .max = 32 },
	/* L10N: form label: the answer given to the proposal (答复意见). */
	{ .name = "answer", .label = N_("Answer"), .kind = FK_TEXT, .width = 56,
	  .required = 1, AT(answer), .max = 2000 },
};
#undef AT

static err_code proposals_answer_save(struct form *f, void *rec, struct err *e)
{
	const struct proposals_answer_rec *r = rec;
	(void)f;
	return proposal_answer(r->id, r->answer, r->answered_on, r->status, e);
}

/* Enter or r: the answer (an answered proposal's answer can be changed). */
static void proposals_answer(const struct proposal *p)
{
	static struct {
		struct proposals_answer_rec r;
	} a;
	char title[700], clean[600];
	memset(&a, 0, sizeof a);
	a.r.id = p->id;
	snprintf(a.r.status, sizeof a.r.status, "%s",
		 strcmp(p->status, "received") == 0 ? "answered" : p->status);
	if (p->answered_on[0])
		snprintf(a.r.answered_on, sizeof a.r.answered_on, "%s", p->answered_on);
	else
		date_today(a.r.answered_on);
	snprintf(a.r.answer, sizeof a.r.answer, "%s", p->answer);
	text_clean(p->title, clean, sizeof clean);
	/* L10N: the title of the answer form; %s the proposal's title. */
	snprintf(title, sizeof title, _("Answer to: %s"), clean);
	struct form *f = form_new(title, proposals_answer_fields,
				  (int)(sizeof proposals_answer_fields /
					sizeof proposals_answer_fields[0]));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &a, sizeof a);
	form_note(f, _("Space changes the outcome. F2 saves."));
	form_footer(f, _("An answered proposal counts as answered in the year's rate; adopted "
			 "ones are counted as adopted too."));
	form_on_save(f, proposals_answer_save, NULL);
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	proposals_reload();
	/* L10N: %1$s the proposal's title, %2$s its outcome (answered, adopted …). */
	ui_msg(_("Answered %1$s: %2$s."), clean, cat_name(CAT_PROPOSAL, a.r.status));
}

/* ---- the congress sessions (c) ---- */

static err_code proposals_congress_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	return congress_count(n, e);
}

static err_code proposals_congress_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	return congress_page(offset, limit, ps.congress_page, &got, e);
}

struct proposals_session_rec {
	struct congress c;
	char delegates[2048];      /* T001, T002 … */
};

#define AT(m) FORM_AT(struct proposals_session_rec, m)
static const struct form_field proposals_session_fields[] = {
	/* L10N: form label: the session's name (六届五次教代会). */
	{ .name = "name", .label = N_("Session"), .kind = FK_TEXT, .width = 30, .required = 1,
	  AT(c.name), .max = 190 },
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(c.date), .max = 32 },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(c.note),
	  .max = 500 },
	/* L10N: form label: the delegates' membership numbers. */
	{ .name = "delegates", .label = N_("Delegates"), .kind = FK_TEXT, .width = 56,
	  AT(delegates), .max = 2000 },
};
#undef AT

static err_code proposals_session_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	struct proposals_session_rec *r = rec;
	return congress_save(&r->c, r->delegates, e);
}

static void proposals_session_form(const struct congress *cg)
{
	static struct proposals_session_rec r;
	struct err e = { 0 };
	char title[512], clean[256];
	memset(&r, 0, sizeof r);
	if (cg) {
		r.c = *cg;
		if (congress_delegate_nos(cg->id, r.delegates, sizeof r.delegates, &e) != ERR_OK) {
			ui_error("%s", e.msg);
			return;
		}
		text_clean(cg->name, clean, sizeof clean);
		/* L10N: the title of the form of a congress session; %s its name. */
		snprintf(title, sizeof title, _("Congress session %s"), clean);
	} else {
		date_today(r.c.date);
		snprintf(title, sizeof title, "%s", _("A new session of the staff congress"));
	}
	struct form *f = form_new(title, proposals_session_fields,
				  (int)(sizeof proposals_session_fields /
					sizeof proposals_session_fields[0]));
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &r, sizeof r);
	form_note(f, _("* must be filled in. Name: 届 and 次, as 六届五次教代会. F2 saves."));
	form_footer(f, _("Delegates: membership numbers separated by commas (T001, T002); the "
			 "list replaces the session's delegates."));
	form_on_save(f, proposals_session_save, NULL);
	int res = form_run(f);
	form_free(&f);
	if (res != FORM_SAVED)
		return;
	if (list_reload(&ps.congress_list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	struct congress now;
	int delegates = 0;
	if (congress_get(r.c.id, &now, &e) == ERR_OK)
		delegates = now.delegates;
	text_clean(r.c.name, clean, sizeof clean);
	/* L10N: %1$s the session, %2$d its delegates. */
	ui_msg(ngettext("Saved %1$s with %2$d delegate.", "Saved %1$s with %2$d delegates.",
			delegates), clean, delegates);
}

static void proposals_congress_draw(struct view *v)
{
	char pos[32];
	(void)v;
	curs_set(0);
	erase();
	frame_draw(KM_CONGRESS, 0);
	ps.congress_list.empty = _("No congress session yet: press a to add one.");
	list_draw(&ps.congress_list, UI_BODY_TOP + 1, ui_body_bottom());
	/* L10N: the title of the list of the staff congress's sessions (教代会届次). */
	frame_title(UI_BODY_TOP, _("Sessions of the staff congress"),
		    list_position(&ps.congress_list, pos, sizeof pos));
}

static int proposals_congress_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (list_act(&ps.congress_list, a))
		return 1;
	if (a == ACT_BACK) {
		view_close(v, 0);
	} else if (a == ACT_ADD) {
		proposals_session_form(NULL);
	} else if (a == ACT_EDIT) {
		int i = list_current(&ps.congress_list);
		if (i >= 0) {
			struct congress cg = ps.congress_page[i];
			proposals_session_form(&cg);
		}
	} else {
		return 0;   /* help: the shell's */
	}
	return 1;
}

static void proposals_congress(void)
{
	static const struct list_source src = { .count = proposals_congress_count,
						.fetch = proposals_congress_fetch,
						.rows = ps.congress_page,
						.stride = sizeof ps.congress_page[0] };
	struct err e = { 0 };
	list_init(&ps.congress_list, proposals_congress_cols, CC_NCOLS, &src);
	if (list_reload(&ps.congress_list, &e) != ERR_OK)
		ui_error("%s", e.msg);
	struct view v = { .name = _("Sessions of the staff congress"), .keymap = KM_CONGRESS,
			  .draw = proposals_congress_draw, .act = proposals_congress_act };
	view_run(&v);
	proposals_reload();
}

/* ---- the section ---- */

static void proposals_enter(void)
{
	static const struct list_source src = { .count = proposals_count,
						.fetch = proposals_fetch, .rows = ps.page,
						.stride = sizeof ps.page[0] };
	if (!ps.ready) {
		char today[DATE_LEN];
		list_init(&ps.list, proposals_cols, PC_NCOLS, &src);
		date_today(today);
		ps.year = atoi(today);
		ps.ready = 1;
	}
	int st = text_width(_(proposals_cols[PC_STATUS].title)), n;
	const struct category *k = cat_list(CAT_PROPOSAL, &n);
	for (int i = 0; i < n; i++)
		if (text_width(cat_name(CAT_PROPOSAL, k[i].code)) > st)
			st = text_width(cat_name(CAT_PROPOSAL, k[i].code));
	proposals_cols[PC_STATUS].width = st < 12 ? st : 12;
	proposals_reload();
}

static void proposals_add_key(enum action a)
{
	struct proposal p;
	(void)a;
	proposal_init(&p);
	date_today(p.date);
	proposals_form(&p);
}

static void proposals_row_key(enum action a)
{
	const struct proposal *cur = proposals_current();
	if (!cur)
		return;
	struct proposal p = *cur;
	if (a == ACT_EDIT)
		proposals_form(&p);
	else
		proposals_answer(&p);
}

static void proposals_congress_key(enum action a)
{
	(void)a;
	proposals_congress();
}

static void proposals_year(enum action a)
{
	char today[DATE_LEN];
	date_today(today);
	if (a == ACT_THIS_YEAR)
		proposals_set_year(atoi(today));
	else
		proposals_set_year(ps.year + (a == ACT_NEXT_YEAR ? 1 : -1));
	proposals_reload();
}

static const struct screen_action proposals_actions[] = {
	{ KM_PROPOSALS, ACT_ADD, proposals_add_key },
	{ KM_PROPOSALS, ACT_EDIT, proposals_row_key },
	{ KM_PROPOSALS, ACT_ANSWER, proposals_row_key },
	{ KM_PROPOSALS, ACT_CONGRESS, proposals_congress_key },
	{ KM_PROPOSALS, ACT_PREV_YEAR, proposals_year },
	{ KM_PROPOSALS, ACT_NEXT_YEAR, proposals_year },
	{ KM_PROPOSALS, ACT_THIS_YEAR, proposals_year },
};

static int proposals_act(enum action a, int key)
{
	(void)key;
	return list_act(&ps.list, a);
}

const struct screen proposals_screen = {
	/* L10N: the section of proposals and suggestions (提案 / 合理化建议); a short tab. */
	.name = N_("Proposals"),
	.tab = NC_("tab", "Proposals"),
	.keymap = KM_PROPOSALS,
	.enter = proposals_enter,
	.draw = proposals_draw,
	.act = proposals_act,
	SCREEN_ACTIONS(proposals_actions),
};

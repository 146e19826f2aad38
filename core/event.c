/* event.c — events and sign-ups: validation, the waiting list, paging, CSV kinds
 * `events` and `signups`. */
#include "core/event.h"
#include "core/category.h"
#include "core/io.h"
#include "core/member.h"
#include "core/money.h"
#include "core/text.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EVENT_COLS "id, code, name, kind, start_date, end_date, place, capacity, deadline, " \
		   "fee, budget, note"
#define SIGNUP_COLS "s.id, s.event_id, s.member_id, s.family, s.status, s.result, s.seq, " \
		    "m.no, m.name"
#define SIGNUP_FAMILY_MAX 99

void event_init(struct event *ev)
{
	memset(ev, 0, sizeof *ev);
	strcpy(ev->kind, "other");
}

/* A sentence about one field of the event (named like the struct member, so the form
 * shows it beside that field). */
#define EVENT_BAD(field, ...) err_at(e, field, err_set(e, ERR_INPUT, __VA_ARGS__))

err_code event_validate(const struct event *ev, struct err *e)
{
	if (!ev->code[0])
		return EVENT_BAD("code", _("The event code is empty."));
	if (strlen(ev->code) > EVENT_CODE_MAX || text_has_control(ev->code) || strchr(ev->code, ' '))
		return EVENT_BAD("code", _("The event code \"%s\" must be up to 32 letters or "
					   "digits without spaces."), ev->code);
	if (!ev->name[0])
		return EVENT_BAD("name", _("The event name is empty."));
	if (!text_showable(ev->name, 0))
		return EVENT_BAD("name", _("The event name contains characters that cannot be "
					   "shown."));
	const char *kind = cat_code(CAT_EVENT, ev->kind);
	if (!kind || strcmp(kind, ev->kind) != 0)
		return EVENT_BAD("kind", _("Unknown event kind \"%s\"."), ev->kind);
	if (!ev->start_date[0])
		return EVENT_BAD("start_date", _("The start date of the event is empty."));
	struct { const char *v; const char *what; const char *field; } dates[] = {
		{ ev->start_date, N_("start date"), "start_date" },
		{ ev->end_date, N_("end date"), "end_date" },
		{ ev->deadline, N_("sign-up deadline"), "deadline" },
	};
	for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
		if (dates[i].v[0] && !date_is_iso(dates[i].v))
			/* L10N: %1$s the field (start date), %2$s what was given. */
			return EVENT_BAD(dates[i].field, _("The %1$s \"%2$s\" is not a date."),
					 _(dates[i].what), dates[i].v);
	if (ev->end_date[0] && strcmp(ev->end_date, ev->start_date) < 0)
		/* L10N: %1$s the end date, %2$s the start date. */
		return EVENT_BAD("end_date", _("The event ends (%1$s) before it starts (%2$s)."),
				 ev->end_date, ev->start_date);
	const char *last = ev->end_date[0] ? ev->end_date : ev->start_date;
	if (ev->deadline[0] && strcmp(ev->deadline, last) > 0)
		/* L10N: %1$s the deadline, %2$s the last day of the event. */
		return EVENT_BAD("deadline", _("The sign-up deadline %1$s is after the event's "
					       "last day %2$s."), ev->deadline, last);
	if (ev->capacity < 0)
		return EVENT_BAD("capacity", _("The capacity cannot be negative (0 means no "
					       "limit)."));
	if (ev->fee < 0 || ev->fee > MONEY_MAX)
		return EVENT_BAD("fee", _("The fee must be zero or more."));
	if (ev->budget < 0 || ev->budget > MONEY_MAX)
		return EVENT_BAD("budget", _("The budget must be zero or more."));
	if (text_has_control(ev->place))
		return EVENT_BAD("place", _("The place contains control characters."));
	if (!text_showable(ev->note, 1))
		return EVENT_BAD("note", _("The note contains control characters."));
	return ERR_OK;
}

/* Give free places to the waiting, lowest seq first (all of them when there is no
 * limit). *first (if not NULL) gets the member id of the first one promoted, 0 when
 * nobody was. Runs inside the caller's transaction. */
static err_code signup_fill(int64_t event_id, int capacity, int64_t *first, struct err *e)
{
	if (first)
		*first = 0;
	for (;;) {
		int64_t taken = 0, id = 0;
		err_code c = db_int(e, &taken, "SELECT count(*) FROM signup WHERE event_id = ? "
				    "AND status IN ('signed', 'attended')", "i", event_id);
		if (c != ERR_OK)
			return c;
		if (capacity > 0 && taken >= capacity)
			return ERR_OK;
		int64_t member = 0;
		c = db_int(e, &id, "SELECT id FROM signup WHERE event_id = ? AND status = "
			   "'waitlist' ORDER BY seq LIMIT 1", "i", event_id);
		if (c == ERR_NOTFOUND)
			return ERR_OK;
		if (c == ERR_OK)
			c = db_int(e, &member, "SELECT member_id FROM signup WHERE id = ?", "i", id);
		if (c != ERR_OK)
			return c;
		if (first && !*first)
			*first = member;
		c = db_exec(e, "UPDATE signup SET status = 'signed' WHERE id = ?", "i", id);
		if (c != ERR_OK)
			return c;
	}
}

static err_code event_write(struct event *ev, int insert, struct err *e)
{
	err_code c = event_validate(ev, e);
	if (c != ERR_OK)
		return c;
	int64_t other = 0;
	if (db_int(NULL, &other, "SELECT id FROM event WHERE code = ?", "t", ev->code) == ERR_OK &&
	    (insert || other != ev->id))
		return err_at(e, "code", err_set(e, ERR_DUPLICATE, _("Event code %s is already "
								    "used."), ev->code));
	if (!insert && db_int(NULL, &other, "SELECT id FROM event WHERE id = ?", "i", ev->id)
	    != ERR_OK)
		return err_set(e, ERR_NOTFOUND, _("That event no longer exists."));

	if ((c = db_begin(e)) != ERR_OK)
		return c;
	const char *sql = insert
		? "INSERT INTO event(code, name, kind, start_date, end_date, place, capacity, "
		  "deadline, fee, budget, note) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"
		: "UPDATE event SET code=?1, name=?2, kind=?3, start_date=?4, end_date=?5, "
		  "place=?6, capacity=?7, deadline=?8, fee=?9, budget=?10, note=?11 WHERE id=?12";
	c = db_exec(e, sql, "ttttttdtiiti", ev->code, ev->name, ev->kind, ev->start_date,
		    db_nullif(ev->end_date), ev->place, ev->capacity,
		    db_nullif(ev->deadline), ev->fee, ev->budget, ev->note, ev->id);
	if (c == ERR_OK && insert)
		ev->id = db_last_id();
	if (c == ERR_OK && !insert)
		c = signup_fill(ev->id, ev->capacity, NULL, e);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

err_code event_add(struct event *ev, struct err *e) { return event_write(ev, 1, e); }

err_code event_update(const struct event *ev, struct err *e)
{
	struct event copy = *ev;
	return event_write(&copy, 0, e);
}

static void event_row(db_stmt *st, void *elem)
{
	struct event *ev = elem;
	event_init(ev);
	ev->id = db_col_int(st, 0);
	snprintf(ev->code, sizeof ev->code, "%s", db_col_text(st, 1));
	snprintf(ev->name, sizeof ev->name, "%s", db_col_text(st, 2));
	snprintf(ev->kind, sizeof ev->kind, "%s", db_col_text(st, 3));
	snprintf(ev->start_date, sizeof ev->start_date, "%s", db_col_text(st, 4));
	snprintf(ev->end_date, sizeof ev->end_date, "%s", db_col_text(st, 5));
	snprintf(ev->place, sizeof ev->place, "%s", db_col_text(st, 6));
	ev->capacity = (int)db_col_int(st, 7);
	snprintf(ev->deadline, sizeof ev->deadline, "%s", db_col_text(st, 8));
	ev->fee = db_col_int(st, 9);
	ev->budget = db_col_int(st, 10);
	snprintf(ev->note, sizeof ev->note, "%s", db_col_text(st, 11));
}

err_code event_get(int64_t id, struct event *ev, struct err *e)
{
	err_code c = db_one(e, ev, event_row, "SELECT " EVENT_COLS " FROM event WHERE id = ?",
			    "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That event no longer exists."));
	return c;
}

err_code event_find(const char *code, struct event *ev, struct err *e)
{
	char *key = text_nfkc(code ? code : "");
	err_code c = db_one(e, ev, event_row, "SELECT " EVENT_COLS " FROM event WHERE code = ?",
			    "t", key ? key : "");
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("No event has the code \"%s\"."), code ? code : "");
	free(key);
	return c;
}

/* Parameters: ?1 search, ?2 kind, ?3 year. */
#define EVENT_WHERE \
	" WHERE (?1 IS NULL OR instr(lower(code), lower(?1)) > 0 OR instr(name, ?1) > 0)" \
	"   AND (?2 IS NULL OR kind = ?2)" \
	"   AND (?3 IS NULL OR (start_date >= ?3 || '-01-01' AND start_date <= ?3 || '-12-31'))"

static err_code event_bind_query(db_stmt *st, const void *arg, struct err *e)
{
	const struct event_query *q = arg;
	char *norm = q && q->search && *q->search ? text_nfkc(q->search) : NULL;
	err_code c = db_bind(st, e, "ttt", db_nullif(norm), q ? db_nullif(q->kind) : NULL,
			     q ? db_nullif(q->year) : NULL);
	free(norm);
	return c;
}

err_code event_count(const struct event_query *q, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM event" EVENT_WHERE, event_bind_query, q, count, e);
}

err_code event_page(const struct event_query *q, int offset, int limit,
		    struct event *out, int *got, struct err *e)
{
	char sql[1024];
	const char *dir = q && q->desc ? "DESC" : "ASC";
	snprintf(sql, sizeof sql, "SELECT " EVENT_COLS " FROM event" EVENT_WHERE
		 " ORDER BY start_date %1$s, code %1$s LIMIT :limit OFFSET :offset", dir);
	return db_page(sql, event_bind_query, q, offset, limit, out, sizeof *out, event_row,
		       got, e);
}

/* ---- sign-ups ---- */

static void signup_row(db_stmt *st, void *elem)
{
	struct signup *s = elem;
	memset(s, 0, sizeof *s);
	s->id = db_col_int(st, 0);
	s->event_id = db_col_int(st, 1);
	s->member_id = db_col_int(st, 2);
	s->family = (int)db_col_int(st, 3);
	snprintf(s->status, sizeof s->status, "%s", db_col_text(st, 4));
	snprintf(s->result, sizeof s->result, "%s", db_col_text(st, 5));
	s->seq = db_col_int(st, 6);
	snprintf(s->member_no, sizeof s->member_no, "%s", db_col_text(st, 7));
	snprintf(s->member_name, sizeof s->member_name, "%s", db_col_text(st, 8));
}

err_code signup_get(int64_t event_id, int64_t member_id, struct signup *s, struct err *e)
{
	err_code c = db_one(e, s, signup_row, "SELECT " SIGNUP_COLS " FROM signup s JOIN member m "
			    "ON m.id = s.member_id WHERE s.event_id = ? AND s.member_id = ?", "ii",
			    event_id, member_id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That sign-up no longer exists."));
	return c;
}

/* A result or award: one line that fits the column. */
static err_code signup_check_result(const char *result, struct err *e)
{
	if (!result)
		return ERR_OK;
	if (text_has_control(result))
		return err_set(e, ERR_INPUT, _("The result must be on one line."));
	if (strlen(result) > SIGNUP_RESULT_MAX || !text_valid(result, strlen(result)))
		return err_set(e, ERR_INPUT, _("The result is too long (at most 80 Chinese "
					       "characters)."));
	return ERR_OK;
}

/* Store a sign-up of m for ev: status NULL gives the place by capacity (after the
 * waiting have had theirs); an explicit status (from an import) is stored as it is.
 * new_only: refuse a member who has left or died (a new sign-up, not a record of the
 * past). Inside one transaction. */
static err_code signup_put(const struct event *ev, const struct member *m, int family,
			   const char *status, const char *result, int new_only, char *out,
			   struct err *e)
{
	err_code c;
	if (new_only && strcmp(m->status, "active") != 0 && strcmp(m->status, "retired") != 0)
		return strcmp(m->status, "deceased") == 0
			/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
			? err_set(e, ERR_INPUT, _("%1$s (%2$s) is recorded as deceased and cannot "
						  "sign up for %3$s."), m->name, m->no, ev->name)
			/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
			: err_set(e, ERR_INPUT, _("%1$s (%2$s) has left the union and cannot sign "
						  "up for %3$s."), m->name, m->no, ev->name);
	if (family < 0 || family > SIGNUP_FAMILY_MAX)
		return err_at(e, "family",
			      err_set(e, ERR_INPUT, _("The number of family members must be "
						      "between 0 and %d."), SIGNUP_FAMILY_MAX));
	if ((c = signup_check_result(result, e)) != ERR_OK)
		return c;

	struct signup old;
	int have = signup_get(ev->id, m->id, &old, NULL) == ERR_OK;
	if (have && strcmp(old.status, "cancelled") != 0)
		return strcmp(old.status, "waitlist") == 0
			/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
			? err_set(e, ERR_DUPLICATE, _("%1$s (%2$s) is already on the waiting list "
						      "for %3$s."), m->name, m->no, ev->name)
			/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
			: err_set(e, ERR_DUPLICATE, _("%1$s (%2$s) has already signed up for "
						      "%3$s."), m->name, m->no, ev->name);

	if ((c = db_begin(e)) != ERR_OK)
		return c;
	char st[16];
	int64_t taken = 0, seq = 0;
	if (status) {
		snprintf(st, sizeof st, "%s", status);
	} else {
		if ((c = signup_fill(ev->id, ev->capacity, NULL, e)) != ERR_OK ||
		    (c = db_int(e, &taken, "SELECT count(*) FROM signup WHERE event_id = ? AND "
				"status IN ('signed', 'attended')", "i", ev->id)) != ERR_OK)
			goto fail;
		snprintf(st, sizeof st, "%s", ev->capacity == 0 || taken < ev->capacity
			 ? "signed" : "waitlist");
	}
	if ((c = db_int(e, &seq, "SELECT coalesce(max(seq), 0) + 1 FROM signup WHERE "
			"event_id = ?", "i", ev->id)) != ERR_OK)
		goto fail;
	if (have)
		c = db_exec(e, "UPDATE signup SET family = ?1, status = ?2, result = ?3, seq = ?4 "
			    "WHERE id = ?5", "dttii", family, st, result ? result : "", seq,
			    old.id);
	else
		c = db_exec(e, "INSERT INTO signup(event_id, member_id, family, status, result, "
			    "seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "iidtti", ev->id, m->id,
			    family, st, result ? result : "", seq);
	if (c != ERR_OK)
		goto fail;
	if (out)
		snprintf(out, 16, "%s", st);
	return db_commit(e);
fail:
	db_rollback();
	return c;
}

err_code signup_add(int64_t event_id, int64_t member_id, int family, char *status,
		    struct err *e)
{
	struct event ev;
	struct member m;
	err_code c;
	if ((c = event_get(event_id, &ev, e)) != ERR_OK ||
	    (c = member_get(member_id, &m, e)) != ERR_OK)
		return c;
	return signup_put(&ev, &m, family, NULL, NULL, 1, status, e);
}

/* The event and member of a sign-up, for messages. */
static err_code signup_names(int64_t event_id, int64_t member_id, struct event *ev,
			     struct member *m, struct signup *s, struct err *e)
{
	err_code c;
	if ((c = event_get(event_id, ev, e)) != ERR_OK ||
	    (c = member_get(member_id, m, e)) != ERR_OK)
		return c;
	c = signup_get(event_id, member_id, s, NULL);
	if (c == ERR_NOTFOUND)
		/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
		return err_set(e, ERR_NOTFOUND, _("%1$s (%2$s) has not signed up for %3$s."),
			       m->name, m->no, ev->name);
	return c == ERR_OK ? c : err_set(e, c, NULL);
}

/* Cancel s (of member m for ev) and give its place, if it held one, to the first one
 * waiting; promoted (if not NULL) gets that sign-up, its id 0 when nobody moved up. */
static err_code signup_cancel_row(const struct event *ev, const struct member *m,
				  const struct signup *s, struct signup *promoted, struct err *e)
{
	if (promoted)
		memset(promoted, 0, sizeof *promoted);
	if (strcmp(s->status, "cancelled") == 0)
		/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
		return err_set(e, ERR_INPUT, _("The sign-up of %1$s (%2$s) for %3$s is already "
					       "cancelled."), m->name, m->no, ev->name);
	int held = strcmp(s->status, "signed") == 0 || strcmp(s->status, "attended") == 0;
	int64_t first = 0;
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	c = db_exec(e, "UPDATE signup SET status = 'cancelled' WHERE id = ?", "i", s->id);
	if (c == ERR_OK && held)
		c = signup_fill(ev->id, ev->capacity, &first, e);
	if (c == ERR_OK && first && promoted)
		c = signup_get(ev->id, first, promoted, e);
	if (c != ERR_OK) {
		db_rollback();
		if (promoted)
			memset(promoted, 0, sizeof *promoted);
		return c;
	}
	return db_commit(e);
}

err_code signup_cancel(int64_t event_id, int64_t member_id, struct signup *promoted,
		       struct err *e)
{
	struct event ev;
	struct member m;
	struct signup s;
	if (promoted)
		memset(promoted, 0, sizeof *promoted);
	err_code c = signup_names(event_id, member_id, &ev, &m, &s, e);
	if (c != ERR_OK)
		return c;
	return signup_cancel_row(&ev, &m, &s, promoted, e);
}

err_code signup_add_many(int64_t event_id, const int64_t *member_ids, int n,
			 char (*status)[16], int *waiting, struct err *e)
{
	struct event ev;
	err_code c;
	if (waiting)
		*waiting = 0;
	if ((c = event_get(event_id, &ev, e)) != ERR_OK)
		return c;
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	for (int i = 0; i < n && c == ERR_OK; i++) {
		struct member m;
		char st[16] = "";
		if ((c = member_get(member_ids[i], &m, e)) != ERR_OK)
			break;
		if ((c = signup_put(&ev, &m, 0, NULL, NULL, 1, st, e)) != ERR_OK)
			break;
		if (status)
			snprintf(status[i], 16, "%s", st);
		if (waiting && strcmp(st, "waitlist") == 0)
			(*waiting)++;
	}
	if (c != ERR_OK) {
		db_rollback();
		if (waiting)
			*waiting = 0;
		return c;
	}
	return db_commit(e);
}

err_code signup_toggle_attended(int64_t event_id, int64_t member_id, const char *today,
				char *status, struct err *e)
{
	struct event ev;
	struct member m;
	struct signup s;
	char day[DATE_LEN];
	err_code c;
	if ((c = date_or_today(today, day, e)) != ERR_OK)
		return c;
	if ((c = signup_names(event_id, member_id, &ev, &m, &s, e)) != ERR_OK)
		return c;
	if (strcmp(day, ev.start_date) < 0)
		/* L10N: %1$s event name, %2$s the day it starts. */
		return err_set(e, ERR_INPUT, _("%1$s has not taken place yet (it starts on %2$s); "
					       "attendance is marked after it."), ev.name,
			       ev.start_date);
	if (strcmp(s.status, "waitlist") == 0)
		/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
		return err_set(e, ERR_INPUT, _("%1$s (%2$s) is on the waiting list for %3$s and "
					       "had no place to attend."), m.name, m.no, ev.name);
	if (strcmp(s.status, "cancelled") == 0)
		/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
		return err_set(e, ERR_INPUT, _("The sign-up of %1$s (%2$s) for %3$s was cancelled; "
					       "sign them up again first."), m.name, m.no, ev.name);
	const char *to = strcmp(s.status, "attended") == 0 ? "absent" : "attended";
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "UPDATE signup SET status = ?1 WHERE id = ?2", "ti", to, s.id);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	if (status)
		snprintf(status, 16, "%s", to);
	return db_commit(e);
}

int event_past_deadline(const struct event *ev, const char *today)
{
	char day[DATE_LEN];
	if (!ev->deadline[0] || date_or_today(today, day, NULL) != ERR_OK)
		return 0;
	return strcmp(day, ev->deadline) > 0;
}

void event_next_code(const char *year, char *out, size_t n)
{
	char y[8], prefix[16];
	if (year && strlen(year) == 4) {
		snprintf(y, sizeof y, "%s", year);
	} else {
		char today[DATE_LEN];
		date_today(today);
		snprintf(y, sizeof y, "%.4s", today);
	}
	snprintf(prefix, sizeof prefix, "E%s-", y);
	int64_t last = 0;
	db_int(NULL, &last, "SELECT coalesce(max(CAST(substr(code, 7) AS INTEGER)), 0) FROM event "
	       "WHERE code GLOB ?1 || '[0-9]*' AND substr(code, 7) NOT GLOB '*[^0-9]*'", "t",
	       prefix);
	for (int64_t k = last + 1;; k++) {
		int64_t id = 0;
		snprintf(out, n, "%s%02lld", prefix, (long long)k);
		if (db_int(NULL, &id, "SELECT id FROM event WHERE code = ?", "t", out) != ERR_OK)
			return;
	}
}

err_code signup_set(int64_t event_id, int64_t member_id, const char *status,
		    const char *result, struct err *e)
{
	const char *code = NULL;
	if (status && *status) {
		code = cat_code(CAT_SIGNUP, status);
		if (!code || (strcmp(code, "attended") != 0 && strcmp(code, "absent") != 0))
			return err_set(e, ERR_INPUT, _("Attendance is either attended or absent, "
						       "not \"%s\"."), status);
	}
	err_code c = signup_check_result(result, e);
	if (c != ERR_OK)
		return c;
	struct event ev;
	struct member m;
	struct signup s;
	if ((c = signup_names(event_id, member_id, &ev, &m, &s, e)) != ERR_OK)
		return c;
	if (code && strcmp(s.status, "cancelled") == 0)
		/* L10N: %1$s member name, %2$s membership number, %3$s event name. */
		return err_set(e, ERR_INPUT, _("The sign-up of %1$s (%2$s) for %3$s was cancelled; "
					       "sign them up again first."), m.name, m.no, ev.name);
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "UPDATE signup SET status = ?1, result = ?2 WHERE id = ?3", "tti",
		    code ? code : s.status, result ? result : s.result, s.id);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

err_code signup_page(int64_t event_id, int offset, int limit, struct signup *out, int *got,
		     struct err *e)
{
	return db_page("SELECT " SIGNUP_COLS " FROM signup s JOIN member m ON m.id = s.member_id "
		       "WHERE s.event_id = ?1 ORDER BY CASE s.status WHEN 'waitlist' THEN 1 "
		       "WHEN 'cancelled' THEN 2 ELSE 0 END, s.seq LIMIT :limit OFFSET :offset",
		       db_bind_id, &event_id, offset, limit, out, sizeof *out, signup_row, got, e);
}

err_code signup_tally(int64_t event_id, struct signup_tally *t, struct err *e)
{
	memset(t, 0, sizeof *t);
	db_stmt *st = db_prepare(e, "SELECT status, count(*), sum(family) FROM signup "
				    "WHERE event_id = ? GROUP BY status");
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "i", event_id);
	int r = DB_DONE;
	while (c == ERR_OK && (r = db_step(st, e)) == DB_ROW) {
		const char *s = db_col_text(st, 0);
		int n = (int)db_col_int(st, 1), fam = (int)db_col_int(st, 2);
		t->total += n;
		if (strcmp(s, "signed") == 0)
			t->signed_up = n;
		else if (strcmp(s, "waitlist") == 0)
			t->waitlist = n;
		else if (strcmp(s, "cancelled") == 0)
			t->cancelled = n;
		else if (strcmp(s, "attended") == 0)
			t->attended = n;
		else if (strcmp(s, "absent") == 0)
			t->absent = n;
		if (strcmp(s, "signed") == 0 || strcmp(s, "attended") == 0) {
			t->taken += n;
			t->family += fam;
		}
	}
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	return c;
}

/* ---- CSV: events ---- */

static err_code event_import_row(const struct io_row *r, struct err *e)
{
	struct event ev;
	event_init(&ev);
	err_code c;
	char *code = text_nfkc(io_get(r, "code"));
	c = text_copy(ev.code, sizeof ev.code, code, "code", e);
	free(code);
	if (c != ERR_OK)
		return c;
	if (!ev.code[0])
		return err_set(e, ERR_INPUT, _("code: the event code is empty."));
	if ((c = io_text(r, "name", ev.name, sizeof ev.name, e)) != ERR_OK)
		return c;
	if (!ev.name[0])
		return err_set(e, ERR_INPUT, _("name: the event name is empty."));
	const char *v, *kind;
	if (*(v = io_get(r, "kind"))) {
		if ((c = cat_parse(CAT_EVENT, "kind", v, &kind, e)) != ERR_OK)
			return c;
		snprintf(ev.kind, sizeof ev.kind, "%s", kind);
	}
	int64_t cap = 0;
	if ((c = io_date(r, "start_date", ev.start_date, 1, e)) != ERR_OK ||
	    (c = io_date(r, "end_date", ev.end_date, 0, e)) != ERR_OK ||
	    (c = io_date(r, "deadline", ev.deadline, 0, e)) != ERR_OK ||
	    (c = io_int(r, "capacity", &cap, 0, e)) != ERR_OK ||
	    (c = io_money(r, "fee", &ev.fee, 0, e)) != ERR_OK ||
	    (c = io_money(r, "budget", &ev.budget, 0, e)) != ERR_OK)
		return c;
	ev.capacity = (int)cap;
	if ((c = io_text(r, "place", ev.place, sizeof ev.place, e)) != ERR_OK)
		return c;
	if ((c = io_text(r, "note", ev.note, sizeof ev.note, e)) != ERR_OK)
		return c;
	return event_add(&ev, e);
}

static err_code event_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT " EVENT_COLS " FROM event ORDER BY start_date, code");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	struct event ev;
	while ((r = db_step(st, e)) == DB_ROW) {
		event_row(st, &ev);
		char cap[16], fee[32], budget[32];
		snprintf(cap, sizeof cap, "%d", ev.capacity);
		money_plain(ev.fee, fee, sizeof fee);
		money_plain(ev.budget, budget, sizeof budget);
		const char *f[] = { ev.code, ev.name, ev.kind, ev.start_date, ev.end_date,
				    ev.place, cap, ev.deadline, fee, budget, ev.note };
		io_put_row(out, 11, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind events_io = {
	.name = "events",
	.columns = "code,name,kind,start_date,end_date,place,capacity,deadline,fee,budget,note",
	.required = "code,name,start_date",
	.import_row = event_import_row,
	.export_rows = event_export_rows,
};

/* ---- CSV: signups ----
 * An empty status signs up by capacity (signed, or waitlist when full), as at the desk;
 * "signed" does the same but is an error when the event is full; "cancelled" (or
 * 取消, 已取消) cancels the member's sign-up, and the first waiting moves up, as at the
 * desk (a member with no sign-up gets a cancelled row: a record of the past); "waitlist",
 * "attended" and "absent" are stored as written (an export reads back the same). Only a new sign-up (empty, signed, waitlist) is refused for a member who
 * has left or died: attended, absent and cancelled rows record the past. */

static err_code signup_import_row(const struct io_row *r, struct err *e)
{
	struct event ev;
	struct member m;
	err_code c;
	const char *v = io_get(r, "event_code");
	if (!*v)
		return err_set(e, ERR_INPUT, _("event_code: the event code is empty."));
	if ((c = event_find(v, &ev, e)) != ERR_OK)
		return c;
	v = io_get(r, "member_no");
	if (!*v)
		return err_set(e, ERR_INPUT, _("member_no: the membership number is empty."));
	if ((c = member_find(v, &m, e)) != ERR_OK)
		return c;
	int64_t family = 0;
	if ((c = io_int(r, "family", &family, 0, e)) != ERR_OK)
		return c;
	const char *status = NULL;
	if (*(v = io_get(r, "status")) &&
	    (c = cat_parse(CAT_SIGNUP, "status", v, &status, e)) != ERR_OK)
		return c;
	if (status && strcmp(status, "cancelled") == 0) {
		/* a cancellation of the member's sign-up; with none, a record of the past */
		struct signup s;
		if (signup_get(ev.id, m.id, &s, NULL) == ERR_OK)
			return signup_cancel_row(&ev, &m, &s, NULL, e);
	}
	int by_capacity = !status || strcmp(status, "signed") == 0;
	int new_only = by_capacity || strcmp(status, "waitlist") == 0;
	char got[16] = "";
	c = signup_put(&ev, &m, (int)family,
		       by_capacity ? NULL : status, io_get(r, "result"), new_only, got, e);
	if (c == ERR_OK && status && strcmp(status, got) != 0)
		/* L10N: %1$s event name, %2$d its capacity, %3$s member name, %4$s number. */
		return err_set(e, ERR_INPUT, _("%1$s is full (capacity %2$d): %3$s (%4$s) can only "
					       "wait; leave the status empty or write waitlist."),
			       ev.name, ev.capacity, m.name, m.no);
	return c;
}

static err_code signup_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT ev.code, m.no, s.family, s.status, s.result "
				    "FROM signup s JOIN event ev ON ev.id = s.event_id "
				    "JOIN member m ON m.id = s.member_id ORDER BY ev.code, s.seq");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	while ((r = db_step(st, e)) == DB_ROW) {
		char family[16];
		snprintf(family, sizeof family, "%d", (int)db_col_int(st, 2));
		const char *f[] = { db_col_text(st, 0), db_col_text(st, 1), family,
				    db_col_text(st, 3), db_col_text(st, 4) };
		io_put_row(out, 5, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind signups_io = {
	.name = "signups",
	.columns = "event_code,member_no,family,status,result",
	.required = "event_code,member_no",
	.import_row = signup_import_row,
	.export_rows = signup_export_rows,
};

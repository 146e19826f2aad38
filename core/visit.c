/* visit.c — visits (走访慰问) and 五必访 must-visit items: validation, insert, paging,
 * tallies and the `visits` CSV kind. */
#include "core/visit.h"
#include "core/category.h"
#include "core/io.h"
#include "core/member.h"
#include "core/setting.h"
#include "core/text.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VISIT_COLS "v.id, v.date, v.member_id, v.reason, v.visitors, v.place, " \
		   "coalesce(v.welfare_id, 0), v.note, m.no, m.name"

/* The six reasons that open a must-visit item (the must_visit.reason CHECK). */
static const char *const mustvisit_reasons[] = {
	"hospital", "wedding", "bereavement", "childbirth", "retirement", "hardship",
};

int mustvisit_is_reason(const char *reason)
{
	for (size_t i = 0; i < sizeof mustvisit_reasons / sizeof mustvisit_reasons[0]; i++)
		if (reason && strcmp(reason, mustvisit_reasons[i]) == 0)
			return 1;
	return 0;
}

/* A code of kind k exactly as stored (not a name). */
static int visit_is_code(enum cat_kind k, const char *s)
{
	const char *c = cat_code(k, s);
	return c && strcmp(c, s) == 0;
}

static int visit_member_exists(int64_t id)
{
	int64_t x;
	return id > 0 && db_int(NULL, &x, "SELECT id FROM member WHERE id = ?", "i", id) == ERR_OK;
}

void visit_init(struct visit *v)
{
	memset(v, 0, sizeof *v);
	date_today(v->date);
}

err_code visit_validate(const struct visit *v, struct err *e)
{
	if (!date_is_iso(v->date))
		return err_set(e, ERR_INPUT, _("The date \"%s\" is not a date."), v->date);
	/* L10N: what is recorded, in "a %s is recorded once it has happened" */
	err_code c = date_not_ahead(v->date, _("visit"), e);
	if (c != ERR_OK)
		return c;
	if (!visit_member_exists(v->member_id))
		return err_set(e, ERR_NOTFOUND, _("That member no longer exists."));
	if (!visit_is_code(CAT_WELFARE, v->reason))
		return err_set(e, ERR_INPUT, _("Unknown reason for a visit \"%s\"."), v->reason);
	if (!text_showable(v->visitors, 0) || !text_showable(v->place, 0) ||
	    !text_showable(v->note, 1))
		return err_set(e, ERR_INPUT, _("The visitors, place or note contain characters "
					       "that cannot be shown."));
	if (v->welfare_id) {
		int64_t who = 0;
		if (db_int(NULL, &who, "SELECT member_id FROM welfare WHERE id = ?", "i",
			   v->welfare_id) != ERR_OK)
			return err_set(e, ERR_NOTFOUND, _("That welfare record no longer exists."));
		if (who != v->member_id)
			return err_set(e, ERR_INPUT, _("The welfare chosen for this visit was given "
						       "to another member."));
	}
	return ERR_OK;
}

err_code visit_add(struct visit *v, struct err *e)
{
	err_code c = visit_validate(v, e);
	if (c != ERR_OK)
		return c;
	v->closed_item = 0;
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO visit(date, member_id, reason, visitors, place, welfare_id, "
		    "note) VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, 0), ?7)", "titttit", v->date,
		    v->member_id, v->reason, v->visitors, v->place, v->welfare_id, v->note);
	if (c != ERR_OK)
		goto fail;
	v->id = db_last_id();

	/* the oldest open item this visit answers */
	int64_t item = 0;
	c = db_int(e, &item, "SELECT id FROM must_visit WHERE member_id = ?1 AND reason = ?2 "
		   "AND closed_on IS NULL AND opened_on <= ?3 ORDER BY opened_on, id LIMIT 1",
		   "itt", v->member_id, v->reason, v->date);
	if (c == ERR_OK) {
		c = db_exec(e, "UPDATE must_visit SET closed_on = ?1, visit_id = ?2 WHERE id = ?3",
			    "tii", v->date, v->id, item);
		if (c != ERR_OK)
			goto fail;
		v->closed_item = item;
	} else if (c != ERR_NOTFOUND) {
		goto fail;
	}
	return db_commit(e);
fail:
	db_rollback();
	v->id = 0;
	return c;
}

static void visit_row(db_stmt *st, void *elem)
{
	struct visit *v = elem;
	memset(v, 0, sizeof *v);
	v->id = db_col_int(st, 0);
	snprintf(v->date, sizeof v->date, "%s", db_col_text(st, 1));
	v->member_id = db_col_int(st, 2);
	snprintf(v->reason, sizeof v->reason, "%s", db_col_text(st, 3));
	snprintf(v->visitors, sizeof v->visitors, "%s", db_col_text(st, 4));
	snprintf(v->place, sizeof v->place, "%s", db_col_text(st, 5));
	v->welfare_id = db_col_int(st, 6);
	snprintf(v->note, sizeof v->note, "%s", db_col_text(st, 7));
	snprintf(v->member_no, sizeof v->member_no, "%s", db_col_text(st, 8));
	snprintf(v->member_name, sizeof v->member_name, "%s", db_col_text(st, 9));
}

err_code visit_get(int64_t id, struct visit *v, struct err *e)
{
	err_code c = db_one(e, v, visit_row, "SELECT " VISIT_COLS " FROM visit v "
			    "JOIN member m ON m.id = v.member_id WHERE v.id = ?", "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That visit no longer exists."));
	return c;
}

/* Parameters ?1 from, ?2 to, ?3 member, ?4 reason. */
#define VISIT_WHERE \
	" WHERE (?1 IS NULL OR v.date >= ?1) AND (?2 IS NULL OR v.date <= ?2)" \
	"   AND (?3 = 0 OR v.member_id = ?3) AND (?4 IS NULL OR v.reason = ?4)"

static err_code visit_bind_query(db_stmt *st, const void *arg, struct err *e)
{
	static const struct visit_query all;
	const struct visit_query *q = arg ? arg : &all;
	return db_bind(st, e, "ttit", db_nullif(q->from), db_nullif(q->to), q->member_id,
		       db_nullif(q->reason));
}

err_code visit_count(const struct visit_query *q, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM visit v" VISIT_WHERE, visit_bind_query, q, count, e);
}

err_code visit_count_people(const struct visit_query *q, int *count, struct err *e)
{
	return db_count("SELECT count(DISTINCT v.member_id) FROM visit v" VISIT_WHERE,
			visit_bind_query, q, count, e);
}

err_code visit_page(const struct visit_query *q, int offset, int limit,
		    struct visit *out, int *got, struct err *e)
{
	return db_page("SELECT " VISIT_COLS " FROM visit v JOIN member m ON m.id = v.member_id"
		       VISIT_WHERE " ORDER BY v.date DESC, v.id DESC LIMIT :limit OFFSET :offset",
		       visit_bind_query, q, offset, limit, out, sizeof *out, visit_row, got, e);
}

err_code visit_tally(const char *from, const char *to, struct visit_tally *out, int max,
		     int *got, struct err *e)
{
	*got = 0;
	db_stmt *st = db_prepare(e, "SELECT reason, count(*), count(DISTINCT member_id) "
				    "FROM visit WHERE (?1 IS NULL OR date >= ?1) "
				    "AND (?2 IS NULL OR date <= ?2) GROUP BY reason");
	if (!st)
		return e ? e->code : ERR_DB;
	struct visit_tally all[32];
	int n = 0, r = DB_DONE;
	err_code c = db_bind(st, e, "tt", db_nullif(from), db_nullif(to));
	while (c == ERR_OK && n < 32 && (r = db_step(st, e)) == DB_ROW) {
		snprintf(all[n].reason, sizeof all[n].reason, "%s", db_col_text(st, 0));
		all[n].times = (int)db_col_int(st, 1);
		all[n].people = (int)db_col_int(st, 2);
		n++;
	}
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	/* in the order of the category list */
	int nk;
	const struct category *k = cat_list(CAT_WELFARE, &nk);
	for (int i = 0; c == ERR_OK && i < nk; i++)
		for (int j = 0; j < n; j++)
			if (strcmp(all[j].reason, k[i].code) == 0 && *got < max)
				out[(*got)++] = all[j];
	return c;
}

/* ---- 五必访 ---- */

static err_code mustvisit_insert(int64_t member_id, const char *reason, const char *date,
				 int64_t welfare_id, const char *note, int64_t *id,
				 struct err *e)
{
	err_code c = db_exec(e, "INSERT INTO must_visit(member_id, reason, opened_on, welfare_id, "
			     "note) VALUES (?1, ?2, ?3, nullif(?4, 0), ?5)", "ittit", member_id,
			     reason, date, welfare_id, note ? note : "");
	if (c == ERR_OK && id)
		*id = db_last_id();
	return c;
}

static int mustvisit_has_open(int64_t member_id, const char *reason)
{
	int64_t x;
	return db_int(NULL, &x, "SELECT id FROM must_visit WHERE member_id = ?1 AND reason = ?2 "
		      "AND closed_on IS NULL LIMIT 1", "it", member_id, reason) == ERR_OK;
}

err_code mustvisit_open(int64_t member_id, const char *reason, const char *date,
			const char *note, struct err *e)
{
	char iso[DATE_LEN];
	err_code c;
	if (!reason || !mustvisit_is_reason(reason))
		/* L10N: 五必访: the six events that must be followed by a visit. */
		return err_set(e, ERR_INPUT, _("\"%s\" is not one of the events that need a visit "
					       "(hospital, wedding, bereavement, childbirth, "
					       "retirement, hardship)."), reason ? reason : "");
	if ((c = date_or_today(date, iso, e)) != ERR_OK)
		return c;
	if (!visit_member_exists(member_id))
		return err_set(e, ERR_NOTFOUND, _("That member no longer exists."));
	if (note && !text_showable(note, 1))
		return err_set(e, ERR_INPUT, _("The note contains characters that cannot be "
					       "shown."));
	if (mustvisit_has_open(member_id, reason))
		/* L10N: %s is the reason's name (hospital stay, wedding …). */
		return err_set(e, ERR_DUPLICATE, _("This member already has an open visit to make "
						   "for: %s."), cat_name(CAT_WELFARE, reason));
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	if ((c = mustvisit_insert(member_id, reason, iso, 0, note, NULL, e)) != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

err_code mustvisit_open_welfare(int64_t member_id, const char *reason, const char *date,
				int64_t welfare_id, int64_t *id, struct err *e)
{
	if (id)
		*id = 0;
	if (!mustvisit_is_reason(reason) || mustvisit_has_open(member_id, reason))
		return ERR_OK;
	/* Welfare entered after the visits that answered it (an import of visits before
	 * welfare, as when a school moves its books): an item that was still open on that
	 * day already stands for it, and the first later visit for the reason that closed
	 * no item closes this one, so the order of the imports does not matter. */
	int64_t x = 0;
	if (db_int(NULL, &x, "SELECT id FROM must_visit WHERE member_id = ?1 AND reason = ?2 "
		   "AND opened_on <= ?3 AND closed_on >= ?3 LIMIT 1", "itt", member_id, reason,
		   date) == ERR_OK)
		return ERR_OK;
	err_code c = mustvisit_insert(member_id, reason, date, welfare_id, "", id, e);
	int64_t item = db_last_id(), visit = 0;
	char on[DATE_LEN] = "";
	if (c != ERR_OK ||
	    db_int(NULL, &visit, "SELECT id FROM visit v WHERE member_id = ?1 AND reason = ?2 "
		   "AND date >= ?3 AND NOT EXISTS (SELECT 1 FROM must_visit i "
		   "WHERE i.visit_id = v.id) ORDER BY date, id LIMIT 1", "itt", member_id,
		   reason, date) != ERR_OK)
		return c;
	db_text(NULL, on, sizeof on, "SELECT date FROM visit WHERE id = ?", "i", visit);
	return db_exec(e, "UPDATE must_visit SET closed_on = ?1, visit_id = ?2 WHERE id = ?3",
		       "tii", on, visit, item);
}

err_code mustvisit_drop_welfare(int64_t welfare_id, const char *date, struct err *e)
{
	return db_exec(e, "DELETE FROM must_visit WHERE welfare_id = ?1 "
		       "AND (closed_on IS NULL OR closed_on > ?2)", "it", welfare_id, date);
}

err_code mustvisit_count_open(int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM must_visit WHERE closed_on IS NULL", NULL, NULL,
			count, e);
}

static void mustvisit_row(db_stmt *st, void *elem)
{
	struct mustvisit *i = elem;
	memset(i, 0, sizeof *i);
	i->id = db_col_int(st, 0);
	i->member_id = db_col_int(st, 1);
	snprintf(i->member_no, sizeof i->member_no, "%s", db_col_text(st, 2));
	snprintf(i->member_name, sizeof i->member_name, "%s", db_col_text(st, 3));
	snprintf(i->reason, sizeof i->reason, "%s", db_col_text(st, 4));
	snprintf(i->opened_on, sizeof i->opened_on, "%s", db_col_text(st, 5));
	i->welfare_id = db_col_int(st, 6);
	snprintf(i->note, sizeof i->note, "%s", db_col_text(st, 7));
}

#define MUSTVISIT_COLS "i.id, i.member_id, m.no, m.name, i.reason, i.opened_on, " \
		       "coalesce(i.welfare_id, 0), i.note, coalesce(i.closed_on, '') "

err_code mustvisit_list_open(const char *today, int offset, int limit, struct mustvisit *out,
			     int *got, struct err *e)
{
	char now[DATE_LEN];
	if (today && *today)
		snprintf(now, sizeof now, "%s", today);
	else
		date_today(now);
	err_code c = db_page("SELECT " MUSTVISIT_COLS
			     "FROM must_visit i JOIN member m ON m.id = i.member_id "
			     "WHERE i.closed_on IS NULL ORDER BY i.opened_on, i.id "
			     "LIMIT :limit OFFSET :offset", NULL, NULL, offset, limit, out,
			     sizeof *out, mustvisit_row, got, e);
	long day = date_daynum(now);
	for (int k = 0; k < *got; k++)
		out[k].days_open = (int)(day - date_daynum(out[k].opened_on));
	return c;
}

static err_code mustvisit_bind_range(db_stmt *st, const void *arg, struct err *e)
{
	const char *const *r = arg;
	return db_bind(st, e, "tt", r[0], r[1]);
}

err_code mustvisit_opened_open(const char *from, const char *to, int limit,
			       struct mustvisit *out, int *got, int *count, struct err *e)
{
	const char *r[2] = { from, to };
	*got = 0;
	err_code c = db_count("SELECT count(*) FROM must_visit WHERE closed_on IS NULL AND "
			      "opened_on BETWEEN ?1 AND ?2", mustvisit_bind_range, r, count, e);
	if (c != ERR_OK || limit <= 0)
		return c;
	return db_page("SELECT " MUSTVISIT_COLS "FROM must_visit i JOIN member m ON "
		       "m.id = i.member_id WHERE i.closed_on IS NULL AND i.opened_on BETWEEN ?1 "
		       "AND ?2 ORDER BY i.opened_on, i.id LIMIT :limit OFFSET :offset",
		       mustvisit_bind_range, r, 0, limit, out, sizeof *out, mustvisit_row, got,
		       e);
}

/* days_open of one item: up to the day it was closed, or up to today while open. */
static void mustvisit_days(db_stmt *st, void *elem)
{
	struct mustvisit *i = elem;
	char now[DATE_LEN];
	mustvisit_row(st, elem);
	const char *closed = db_col_text(st, 8);
	if (closed && *closed)
		snprintf(now, sizeof now, "%s", closed);
	else
		date_today(now);
	i->days_open = (int)(date_daynum(now) - date_daynum(i->opened_on));
}

err_code mustvisit_get(int64_t id, struct mustvisit *out, struct err *e)
{
	err_code c = db_one(e, out, mustvisit_days, "SELECT " MUSTVISIT_COLS
			    "FROM must_visit i JOIN member m ON m.id = i.member_id WHERE i.id = ?",
			    "i", id);
	if (c == ERR_NOTFOUND)
		/* L10N: %lld is the number of a 五必访 item. */
		err_set(e, c, _("That must-visit case no longer exists."));
	return c;
}

err_code mustvisit_of_welfare(int64_t welfare_id, struct mustvisit *out, struct err *e)
{
	return db_one(e, out, mustvisit_days, "SELECT " MUSTVISIT_COLS
		      "FROM must_visit i JOIN member m ON m.id = i.member_id "
		      "WHERE i.welfare_id = ? AND i.closed_on IS NULL ORDER BY i.id LIMIT 1",
		      "i", welfare_id);
}

static int visit_due_cmp(const void *a, const void *b)
{
	const struct visit_due *x = a, *y = b;
	if (x->why != y->why)
		return (int)x->why - (int)y->why;
	if (x->days_left != y->days_left)
		return x->days_left - y->days_left;
	size_t lx = strlen(x->member_no), ly = strlen(y->member_no);
	if (lx != ly)
		return lx < ly ? -1 : 1;
	return strcmp(x->member_no, y->member_no);
}

err_code visit_retirees_due(const char *today, struct visit_due *out, int max, int *got,
			    int *total, struct err *e)
{
	char now[DATE_LEN];
	*got = 0;
	*total = 0;
	if (today && *today)
		snprintf(now, sizeof now, "%s", today);
	else
		date_today(now);
	int once = (int)setting_int("visit_retired_once_age");
	int twice = (int)setting_int("visit_retired_twice_age");
	int days = (int)setting_int("visit_new_retiree_days");
	int year = atoi(now);
	long day = date_daynum(now);
	char year_start[DATE_LEN], half_start[DATE_LEN], year_end[DATE_LEN], half_end[DATE_LEN];
	snprintf(year_start, sizeof year_start, "%04d-01-01", year);
	snprintf(year_end, sizeof year_end, "%04d-12-31", year);
	int second = strcmp(now + 5, "07-01") >= 0;
	snprintf(half_start, sizeof half_start, "%04d-%s", year, second ? "07-01" : "01-01");
	snprintf(half_end, sizeof half_end, "%04d-%s", year, second ? "12-31" : "06-30");

	/* The retirees (index member_status), each with the last visit on or before today
	 * (index visit_member_date). */
	db_stmt *st = db_prepare(e,
		"SELECT m.id, m.no, m.name, coalesce(m.birth_date, ''), coalesce(m.status_date, ''),"
		"       coalesce((SELECT max(v.date) FROM visit v"
		"                  WHERE v.member_id = m.id AND v.date <= ?1), '')"
		"  FROM member m WHERE m.status = 'retired'");
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "t", now);
	struct visit_due *all = NULL;
	int n = 0, cap = 0, r = DB_DONE;
	while (c == ERR_OK && (r = db_step(st, e)) == DB_ROW) {
		struct visit_due d;
		memset(&d, 0, sizeof d);
		d.member_id = db_col_int(st, 0);
		snprintf(d.member_no, sizeof d.member_no, "%s", db_col_text(st, 1));
		snprintf(d.member_name, sizeof d.member_name, "%s", db_col_text(st, 2));
		const char *birth = db_col_text(st, 3);
		snprintf(d.retired_on, sizeof d.retired_on, "%s", db_col_text(st, 4));
		snprintf(d.last_visit, sizeof d.last_visit, "%s", db_col_text(st, 5));
		d.age = birth[0] ? year - atoi(birth) : 0;
		int due = 0;
		long since = d.retired_on[0] ? day - date_daynum(d.retired_on) : -1;
		if (days > 0 && since >= 0 && since <= VISIT_NEW_RETIREE_WINDOW &&
		    strcmp(d.last_visit, d.retired_on) < 0) {
			d.why = VISIT_DUE_NEW;
			long by = date_daynum(d.retired_on) + days;
			d.days_left = (int)(by - day);
			/* retired_on + days, by SQLite's calendar */
			db_text(NULL, d.by, sizeof d.by, "SELECT date(?1, '+' || ?2 || ' days')", "td",
				d.retired_on, days);
			due = 1;
		} else if (twice > 0 && d.age >= twice && strcmp(d.last_visit, half_start) < 0) {
			d.why = VISIT_DUE_TWICE;
			snprintf(d.by, sizeof d.by, "%s", half_end);
			due = 1;
		} else if (once > 0 && d.age >= once && (twice <= 0 || d.age < twice) &&
			   strcmp(d.last_visit, year_start) < 0) {
			d.why = VISIT_DUE_ONCE;
			snprintf(d.by, sizeof d.by, "%s", year_end);
			due = 1;
		}
		if (!due)
			continue;
		if (d.why != VISIT_DUE_NEW)
			d.days_left = (int)(date_daynum(d.by) - day);
		if (n == cap) {
			int ncap = cap ? cap * 2 : 32;
			struct visit_due *nb = realloc(all, (size_t)ncap * sizeof *nb);
			if (!nb) {
				c = err_set(e, ERR_NOMEM, NULL);
				break;
			}
			all = nb;
			cap = ncap;
		}
		all[n++] = d;
	}
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	if (c == ERR_OK) {
		if (n > 1)
			qsort(all, (size_t)n, sizeof *all, visit_due_cmp);
		*total = n;
		for (int i = 0; i < n && i < max; i++)
			out[(*got)++] = all[i];
	}
	free(all);
	return c;
}

/* ---- CSV: date,member_no,reason,visitors,place,note ---- */

static err_code visit_import_row(const struct io_row *r, struct err *e)
{
	struct visit v;
	visit_init(&v);
	err_code c;
	const char *code;
	if ((c = io_date(r, "date", v.date, 1, e)) != ERR_OK)
		return c;
	const char *no = io_get(r, "member_no");
	if (!*no)
		return err_set(e, ERR_INPUT, _("member_no: the membership number is empty."));
	struct member m;
	if ((c = member_find(no, &m, e)) != ERR_OK)
		return c;
	v.member_id = m.id;
	if ((c = cat_parse(CAT_WELFARE, "reason", io_get(r, "reason"), &code, e)) != ERR_OK)
		return c;
	snprintf(v.reason, sizeof v.reason, "%s", code);
	if ((c = io_text(r, "visitors", v.visitors, sizeof v.visitors, e)) != ERR_OK)
		return c;
	if ((c = io_text(r, "place", v.place, sizeof v.place, e)) != ERR_OK)
		return c;
	if ((c = io_text(r, "note", v.note, sizeof v.note, e)) != ERR_OK)
		return c;
	return visit_add(&v, e);
}

static err_code visit_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT " VISIT_COLS " FROM visit v "
				    "JOIN member m ON m.id = v.member_id ORDER BY v.date, v.id");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	struct visit v;
	while ((r = db_step(st, e)) == DB_ROW) {
		visit_row(st, &v);
		const char *f[] = { v.date, v.member_no, v.reason, v.visitors, v.place, v.note };
		io_put_row(out, 6, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind visits_io = {
	.name = "visits",
	.columns = "date,member_no,reason,visitors,place,note",
	.required = "date,member_no,reason",
	.import_row = visit_import_row,
	.export_rows = visit_export_rows,
};

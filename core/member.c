/* member.c — the member roll: validation, insert/update, status changes, paging. */
#include "core/member.h"
#include "core/category.h"
#include "core/io.h"
#include "core/money.h"
#include "core/text.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MEMBER_COLS "id, no, name, gender, birth_date, join_date, status, status_date, " \
		    "kind, grp, phone, wage_base, hardship, model_worker, note"

void member_init(struct member *m)
{
	memset(m, 0, sizeof *m);
	strcpy(m->status, "active");
	strcpy(m->kind, "teacher");
}

err_code member_validate(const struct member *m, struct err *e)
{
	if (!m->no[0])
		return err_at(e, "no", err_set(e, ERR_INPUT, _("The membership number is empty.")));
	if (strlen(m->no) > MEMBER_NO_MAX || text_has_control(m->no) || strchr(m->no, ' '))
		/* L10N: %1$s the number given, %2$d the most letters or digits it may have. */
		return err_at(e, "no", err_set(e, ERR_INPUT,
			ngettext("The membership number \"%1$s\" must be up to %2$d letter or "
				 "digit without spaces.",
				 "The membership number \"%1$s\" must be up to %2$d letters or "
				 "digits without spaces.", MEMBER_NO_MAX), m->no, MEMBER_NO_MAX));
	if (!m->name[0])
		return err_at(e, "name", err_set(e, ERR_INPUT, _("The name is empty.")));
	if (!text_showable(m->name, 0))
		return err_at(e, "name", err_set(e, ERR_INPUT, _("The name contains characters that cannot be shown.")));
	if (text_width(m->name) > MEMBER_NAME_WIDTH)
		return err_at(e, "name", err_set(e, ERR_INPUT,
			ngettext("The name is too long (at most %d Chinese character).",
				 "The name is too long (at most %d Chinese characters).",
				 MEMBER_NAME_WIDTH / 2), MEMBER_NAME_WIDTH / 2));
	if (m->gender[0] && strcmp(m->gender, "m") && strcmp(m->gender, "f"))
		return err_at(e, "gender", err_set(e, ERR_INPUT, _("The gender must be m or f.")));
	struct { const char *v; const char *what; const char *field; } dates[] = {
		{ m->birth_date, N_("birth date"), "birth_date" },
		{ m->join_date, N_("join date"), "join_date" },
		{ m->status_date, N_("status date"), "status_date" },
	};
	for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++)
		if (dates[i].v[0] && !date_is_iso(dates[i].v))
			/* L10N: %1$s the field (birth date), %2$s what was given. */
			return err_at(e, dates[i].field,
				      err_set(e, ERR_INPUT, _("The %1$s \"%2$s\" is not a date."),
					      _(dates[i].what), dates[i].v));
	if (m->birth_date[0] && m->join_date[0] && strcmp(m->birth_date, m->join_date) > 0)
		return err_at(e, "join_date", err_set(e, ERR_INPUT, _("The join date is before the birth date.")));
	if (!cat_code(CAT_STATUS, m->status) || strcmp(cat_code(CAT_STATUS, m->status), m->status))
		return err_at(e, "status", err_set(e, ERR_INPUT, _("Unknown status \"%s\"."), m->status));
	if (!cat_code(CAT_MEMBER_KIND, m->kind) ||
	    strcmp(cat_code(CAT_MEMBER_KIND, m->kind), m->kind))
		return err_at(e, "kind", err_set(e, ERR_INPUT, _("Unknown kind \"%s\"."), m->kind));
	if (m->wage_base < 0)
		return err_at(e, "wage_base", err_set(e, ERR_INPUT, _("The wage base cannot be negative.")));
	if (text_has_control(m->grp) || text_has_control(m->phone))
		return err_set(e, ERR_INPUT, _("The group or phone contains control characters."));
	return ERR_OK;
}

static err_code member_write(struct member *m, int insert, struct err *e)
{
	err_code c = member_validate(m, e);
	if (c != ERR_OK)
		return c;
	int64_t other = 0;
	if (db_int(NULL, &other, "SELECT id FROM member WHERE no = ?", "t", m->no) == ERR_OK &&
	    (insert || other != m->id))
		return err_set(e, ERR_DUPLICATE, _("Membership number %s is already used."), m->no);
	if (!insert && db_int(NULL, &other, "SELECT id FROM member WHERE id = ?", "i", m->id) != ERR_OK)
		return err_set(e, ERR_NOTFOUND, _("That member no longer exists."));

	char initials[192];
	text_initials(m->name, initials, sizeof initials);
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	const char *sql = insert
		? "INSERT INTO member(no, name, gender, birth_date, join_date, status, status_date, "
		  "kind, grp, phone, wage_base, hardship, model_worker, note, initials) "
		  "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)"
		: "UPDATE member SET no=?1, name=?2, gender=?3, birth_date=?4, join_date=?5, "
		  "status=?6, status_date=?7, kind=?8, grp=?9, phone=?10, wage_base=?11, "
		  "hardship=?12, model_worker=?13, note=?14, initials=?15 WHERE id=?16";
	c = db_exec(e, sql, "ttttttttttiddtti", m->no, m->name, db_nullif(m->gender),
		    db_nullif(m->birth_date), db_nullif(m->join_date), m->status,
		    db_nullif(m->status_date), m->kind, m->grp, m->phone, m->wage_base,
		    m->hardship ? 1 : 0, m->model_worker ? 1 : 0, m->note, initials, m->id);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	if (insert)
		m->id = db_last_id();
	return db_commit(e);
}

err_code member_add(struct member *m, struct err *e) { return member_write(m, 1, e); }

err_code member_update(const struct member *m, struct err *e)
{
	struct member copy = *m, before;
	/* A change of status is dated today, unless the caller gave another date. */
	if (member_get(m->id, &before, NULL) == ERR_OK && strcmp(before.status, m->status) != 0 &&
	    strcmp(before.status_date, m->status_date) == 0)
		date_today(copy.status_date);
	return member_write(&copy, 0, e);
}

err_code member_set_status(int64_t id, const char *status, const char *date, struct err *e)
{
	struct member m;
	err_code c = member_get(id, &m, e);
	if (c != ERR_OK)
		return c;
	const char *code = cat_code(CAT_STATUS, status);
	if (!code)
		return err_set(e, ERR_INPUT, _("Unknown status \"%s\"."), status);
	char iso[DATE_LEN];
	if ((c = date_or_today(date, iso, e)) != ERR_OK)
		return c;
	snprintf(m.status, sizeof m.status, "%s", code);
	snprintf(m.status_date, sizeof m.status_date, "%s", iso);
	return member_write(&m, 0, e);
}

static void member_row(db_stmt *st, void *elem)
{
	struct member *m = elem;
	member_init(m);
	m->id = db_col_int(st, 0);
	snprintf(m->no, sizeof m->no, "%s", db_col_text(st, 1));
	snprintf(m->name, sizeof m->name, "%s", db_col_text(st, 2));
	snprintf(m->gender, sizeof m->gender, "%s", db_col_text(st, 3));
	snprintf(m->birth_date, sizeof m->birth_date, "%s", db_col_text(st, 4));
	snprintf(m->join_date, sizeof m->join_date, "%s", db_col_text(st, 5));
	snprintf(m->status, sizeof m->status, "%s", db_col_text(st, 6));
	snprintf(m->status_date, sizeof m->status_date, "%s", db_col_text(st, 7));
	snprintf(m->kind, sizeof m->kind, "%s", db_col_text(st, 8));
	snprintf(m->grp, sizeof m->grp, "%s", db_col_text(st, 9));
	snprintf(m->phone, sizeof m->phone, "%s", db_col_text(st, 10));
	m->wage_base = db_col_int(st, 11);
	m->hardship = (int)db_col_int(st, 12);
	m->model_worker = (int)db_col_int(st, 13);
	snprintf(m->note, sizeof m->note, "%s", db_col_text(st, 14));
}

err_code member_get(int64_t id, struct member *m, struct err *e)
{
	err_code c = db_one(e, m, member_row, "SELECT " MEMBER_COLS " FROM member WHERE id = ?",
			    "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That member no longer exists."));
	return c;
}

err_code member_find(const char *no, struct member *m, struct err *e)
{
	char *key = text_nfkc(no ? no : "");
	err_code c = db_one(e, m, member_row, "SELECT " MEMBER_COLS " FROM member WHERE no = ?",
			    "t", key ? key : "");
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("No member has the membership number \"%s\"."), no ? no : "");
	free(key);
	return c;
}

/* The WHERE clause of a query; parameters ?1 search, ?2 ascii-letters flag, ?3 status,
 * ?4 group. */
#define MEMBER_WHERE \
	" WHERE (?1 IS NULL OR instr(name, ?1) > 0 OR instr(lower(no), lower(?1)) > 0" \
	"        OR (?2 AND instr(initials, lower(?1)) > 0))" \
	"   AND (?3 IS NULL OR status = ?3)" \
	"   AND (?4 IS NULL OR grp = ?4)"

static err_code member_bind_query(db_stmt *st, const void *arg, struct err *e)
{
	const struct member_query *q = arg;
	char *norm = NULL;
	int letters = 0;
	if (q && q->search && *q->search) {
		norm = text_nfkc(q->search);
		letters = norm && *norm;
		for (const char *p = norm ? norm : ""; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
				letters = 0;
	}
	err_code c = db_bind(st, e, "tdtt", db_nullif(norm), letters, q ? q->status : NULL,
			     q ? db_nullif(q->grp) : NULL);
	free(norm);
	return c;
}

err_code member_count(const struct member_query *q, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM member" MEMBER_WHERE, member_bind_query, q, count, e);
}

err_code member_page(const struct member_query *q, int offset, int limit,
		     struct member *out, int *got, struct err *e)
{
	static const char *const order[] = {
		[MEMBER_SORT_NO] = "length(no) %1$s, no %1$s",
		[MEMBER_SORT_NAME] = "name COLLATE LOCALE %1$s, no",
		[MEMBER_SORT_GROUP] = "grp COLLATE LOCALE %1$s, length(no), no",
		[MEMBER_SORT_STATUS] = "status %1$s, length(no), no",
	};
	char ord[128], sql[1024];
	int s = q ? (int)q->sort : 0;
	if (s < 0 || s > MEMBER_SORT_STATUS)
		s = 0;
	snprintf(ord, sizeof ord, order[s], q && q->desc ? "DESC" : "ASC");
	snprintf(sql, sizeof sql, "SELECT " MEMBER_COLS " FROM member" MEMBER_WHERE " ORDER BY %s "
		 "LIMIT :limit OFFSET :offset", ord);
	return db_page(sql, member_bind_query, q, offset, limit, out, sizeof *out, member_row,
		       got, e);
}

err_code member_groups(char (*out)[96], int max, int *got, struct err *e)
{
	*got = 0;
	db_stmt *st = db_prepare(e, "SELECT DISTINCT grp FROM member WHERE grp <> '' "
				    "ORDER BY grp COLLATE LOCALE");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	while (*got < max && (r = db_step(st, e)) == DB_ROW)
		snprintf(out[(*got)++], 96, "%s", db_col_text(st, 0));
	db_finalize(&st);
	return ERR_OK;
}

err_code member_ids_of(enum member_who who, const char *grp, int64_t **ids, int *n,
		       struct err *e)
{
	static const char *const where[] = {
		[MEMBER_WHO_ACTIVE] = "status = 'active'",
		[MEMBER_WHO_WOMEN] = "status = 'active' AND gender = 'f'",
		[MEMBER_WHO_RETIRED] = "status = 'retired'",
		[MEMBER_WHO_GROUP] = "status = 'active' AND grp = ?1",
	};
	char sql[256];
	*ids = NULL;
	*n = 0;
	if ((int)who < 0 || who > MEMBER_WHO_GROUP)
		return err_set(e, ERR_INPUT, NULL);
	snprintf(sql, sizeof sql, "SELECT id FROM member WHERE %s ORDER BY length(no), no",
		 where[who]);
	db_stmt *st = db_prepare(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = who == MEMBER_WHO_GROUP ? db_bind(st, e, "t", grp ? grp : "") : ERR_OK;
	int cap = 0, r = DB_DONE;
	int64_t *out = NULL;
	while (c == ERR_OK && (r = db_step(st, e)) == DB_ROW) {
		if (*n == cap) {
			int ncap = cap ? cap * 2 : 64;
			int64_t *nb = realloc(out, (size_t)ncap * sizeof *nb);
			if (!nb) {
				c = err_set(e, ERR_NOMEM, NULL);
				break;
			}
			out = nb;
			cap = ncap;
		}
		out[(*n)++] = db_col_int(st, 0);
	}
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	if (c != ERR_OK) {
		free(out);
		out = NULL;
		*n = 0;
	}
	*ids = out;
	return c;
}

static void member_birthday_row(db_stmt *st, void *elem)
{
	struct member_birthday *b = elem;
	memset(b, 0, sizeof *b);
	b->id = db_col_int(st, 0);
	snprintf(b->no, sizeof b->no, "%s", db_col_text(st, 1));
	snprintf(b->name, sizeof b->name, "%s", db_col_text(st, 2));
	snprintf(b->status, sizeof b->status, "%s", db_col_text(st, 3));
	snprintf(b->birth_date, sizeof b->birth_date, "%s", db_col_text(st, 4));
}

/* ?1 "MM-01", ?2 "MM-31": on the index member_birthday (the expression must match;
 * "+status" keeps the planner off member_status, which holds nearly everyone). */
#define BIRTHDAY_WHERE " FROM member WHERE substr(birth_date, 6, 5) BETWEEN ?1 AND ?2" \
		       " AND +status IN ('active', 'retired')"

static err_code member_bind_birthday(db_stmt *st, const void *arg, struct err *e)
{
	const char *month = arg;
	char from[8], to[8];
	snprintf(from, sizeof from, "%.2s-01", month + 5);
	snprintf(to, sizeof to, "%.2s-31", month + 5);
	return db_bind(st, e, "tt", from, to);
}

err_code member_birthdays(const char *month, struct member_birthday *out, int max, int *got,
			  int *total, struct err *e)
{
	*got = 0;
	*total = 0;
	char ym[MONTH_LEN];
	err_code c = month_parse(month, ym, e);
	if (c != ERR_OK ||
	    (c = db_count("SELECT count(*)" BIRTHDAY_WHERE, member_bind_birthday, ym, total, e))
	    != ERR_OK)
		return c;
	c = db_page("SELECT id, no, name, status, birth_date" BIRTHDAY_WHERE
		    " ORDER BY substr(birth_date, 6, 5), length(no), no"
		    " LIMIT :limit OFFSET :offset", member_bind_birthday, ym, 0, max, out,
		    sizeof *out, member_birthday_row, got, e);
	int year = atoi(ym);
	for (int i = 0; i < *got; i++) {
		out[i].age = year - atoi(out[i].birth_date);
		if (out[i].age >= MEMBER_ROUND_FROM && out[i].age % 10 == 0)
			out[i].round = out[i].age;
	}
	return c;
}

/* ---- CSV: no,name,gender,birth_date,join_date,status,kind,group,phone,wage_base,flags,note,
 * status_date (when the status last changed: a round trip keeps who retired when) ---- */

static err_code member_import_row(const struct io_row *r, struct err *e)
{
	struct member m;
	member_init(&m);
	const char *v;
	err_code c;
	char *no = text_nfkc(io_get(r, "no"));
	c = text_copy(m.no, sizeof m.no, no, "no", e);
	free(no);
	if (c != ERR_OK || (c = io_text(r, "name", m.name, sizeof m.name, e)) != ERR_OK)
		return c;
	if (!m.no[0])
		return err_set(e, ERR_INPUT, _("no: the membership number is empty."));
	if (!m.name[0])
		return err_set(e, ERR_INPUT, _("name: the name is empty."));

	const char *code;
	if (*(v = io_get(r, "gender"))) {
		if ((c = cat_parse(CAT_GENDER, "gender", v, &code, e)) != ERR_OK)
			return c;
		snprintf(m.gender, sizeof m.gender, "%s", code);
	}
	if ((c = io_date(r, "birth_date", m.birth_date, 0, e)) != ERR_OK ||
	    (c = io_date(r, "join_date", m.join_date, 0, e)) != ERR_OK ||
	    (c = io_date(r, "status_date", m.status_date, 0, e)) != ERR_OK)
		return c;
	if (*(v = io_get(r, "status"))) {
		if ((c = cat_parse(CAT_STATUS, "status", v, &code, e)) != ERR_OK)
			return c;
		snprintf(m.status, sizeof m.status, "%s", code);
	}
	if (*(v = io_get(r, "kind"))) {
		if ((c = cat_parse(CAT_MEMBER_KIND, "kind", v, &code, e)) != ERR_OK)
			return c;
		snprintf(m.kind, sizeof m.kind, "%s", code);
	}
	if ((c = io_text(r, "group", m.grp, sizeof m.grp, e)) != ERR_OK)
		return c;
	if ((c = io_text(r, "phone", m.phone, sizeof m.phone, e)) != ERR_OK)
		return c;
	if ((c = io_money(r, "wage_base", &m.wage_base, 0, e)) != ERR_OK)
		return c;

	/* flags: codes or names separated by ; | / 、 or spaces */
	char flags[256];
	if ((c = io_text(r, "flags", flags, sizeof flags, e)) != ERR_OK)
		return c;
	for (char *p = flags; *p;) {
		size_t len = strcspn(p, ";|/ ,");
		if (strncmp(p, "、", 3) == 0 || strncmp(p, "；", 3) == 0) {
			p += 3;
			continue;
		}
		char *dun = strstr(p, "、");
		if (dun && (size_t)(dun - p) < len)
			len = (size_t)(dun - p);
		char one[128];
		snprintf(one, sizeof one, "%.*s", (int)len, p);
		p += len;
		if (*p && !(strncmp(p, "、", 3) == 0))
			p++;
		if (!one[0])
			continue;
		if ((c = cat_parse(CAT_FLAG, "flags", one, &code, e)) != ERR_OK)
			return c;
		if (strcmp(code, "hardship") == 0)
			m.hardship = 1;
		else
			m.model_worker = 1;
	}
	if ((c = io_text(r, "note", m.note, sizeof m.note, e)) != ERR_OK)
		return c;
	return member_add(&m, e);
}

static err_code member_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT " MEMBER_COLS " FROM member ORDER BY length(no), no");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	struct member m;
	while ((r = db_step(st, e)) == DB_ROW) {
		member_row(st, &m);
		char wage[32], flags[64];
		money_plain(m.wage_base, wage, sizeof wage);
		snprintf(flags, sizeof flags, "%s%s%s", m.hardship ? "hardship" : "",
			 m.hardship && m.model_worker ? ";" : "", m.model_worker ? "model_worker" : "");
		const char *f[] = { m.no, m.name, m.gender, m.birth_date, m.join_date, m.status,
				    m.kind, m.grp, m.phone, wage, flags, m.note, m.status_date };
		io_put_row(out, 13, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind members_io = {
	.name = "members",
	.columns = "no,name,gender,birth_date,join_date,status,kind,group,phone,wage_base,flags,note,"
		"status_date",
	.required = "no,name",
	.import_row = member_import_row,
	.export_rows = member_export_rows,
};

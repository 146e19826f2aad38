/* proposal.c — proposals and suggestions: validation, answers, paging; CSV kind
 * `proposals`. */
#include "core/proposal.h"
#include "core/category.h"
#include "core/io.h"
#include "core/member.h"
#include "core/text.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PROPOSAL_COLS "p.id, p.date, coalesce(p.member_id, 0), p.title, p.status, p.answer, " \
		      "p.answered_on, coalesce(m.no, ''), coalesce(m.name, ''), " \
		      "coalesce(p.congress_id, 0)"
#define PROPOSAL_FROM " FROM proposal p LEFT JOIN member m ON m.id = p.member_id"

void proposal_init(struct proposal *p)
{
	memset(p, 0, sizeof *p);
	strcpy(p->status, "received");
}

err_code proposal_validate(const struct proposal *p, struct err *e)
{
	if (!p->date[0])
		return err_set(e, ERR_INPUT, _("The date of the proposal is empty."));
	if (!date_is_iso(p->date))
		return err_set(e, ERR_INPUT, _("The date of the proposal \"%s\" is not a date."),
			       p->date);
	if (!p->title[0])
		return err_set(e, ERR_INPUT, _("The title of the proposal is empty."));
	if (text_has_control(p->title))
		return err_set(e, ERR_INPUT, _("The title of the proposal must be on one "
					       "line."));
	if (!text_valid(p->title, strlen(p->title)) || !text_showable(p->answer, 1))
		return err_set(e, ERR_INPUT, _("The proposal contains characters that cannot be "
					       "shown."));
	const char *st = cat_code(CAT_PROPOSAL, p->status);
	if (!st || strcmp(st, p->status) != 0)
		return err_set(e, ERR_INPUT, _("Unknown proposal status \"%s\"."), p->status);
	int received = strcmp(p->status, "received") == 0;
	if (received && p->answer[0])
		return err_set(e, ERR_INPUT, _("An answered proposal needs the status answered, "
					       "adopted or not adopted, not received."));
	if (p->answered_on[0]) {
		if (!date_is_iso(p->answered_on))
			return err_set(e, ERR_INPUT, _("The answer date \"%s\" is not a date."),
				       p->answered_on);
		if (received)
			return err_set(e, ERR_INPUT, _("A proposal with an answer date cannot "
						       "still be received: give it a status."));
		if (strcmp(p->answered_on, p->date) < 0)
			/* L10N: %1$s the answer date, %2$s the proposal's date. */
			return err_set(e, ERR_INPUT, _("The answer date %1$s is before the "
						       "proposal's date %2$s."),
				       p->answered_on, p->date);
	}
	return ERR_OK;
}

err_code proposal_add(struct proposal *p, struct err *e)
{
	err_code c = proposal_validate(p, e);
	if (c != ERR_OK)
		return c;
	struct member m;
	if (p->member_id && (c = member_get(p->member_id, &m, e)) != ERR_OK)
		return c;
	struct congress cg;
	if (p->congress_id && (c = congress_get(p->congress_id, &cg, e)) != ERR_OK)
		return c;
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO proposal(date, member_id, title, status, answer, answered_on, "
		    "congress_id) VALUES (?1, nullif(?2, 0), ?3, ?4, ?5, ?6, nullif(?7, 0))",
		    "titttti", p->date, p->member_id, p->title, p->status, p->answer,
		    db_nullif(p->answered_on), p->congress_id);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	p->id = db_last_id();
	return db_commit(e);
}

err_code proposal_update(const struct proposal *in, struct err *e)
{
	struct proposal p;
	err_code c = proposal_get(in->id, &p, e);
	if (c != ERR_OK)
		return c;
	snprintf(p.date, sizeof p.date, "%s", in->date);
	snprintf(p.title, sizeof p.title, "%s", in->title);
	p.member_id = in->member_id;
	p.congress_id = in->congress_id;
	if ((c = proposal_validate(&p, e)) != ERR_OK)
		return c;
	struct member m;
	if (p.member_id && (c = member_get(p.member_id, &m, e)) != ERR_OK)
		return c;
	struct congress cg;
	if (p.congress_id && (c = congress_get(p.congress_id, &cg, e)) != ERR_OK)
		return c;
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "UPDATE proposal SET date = ?1, member_id = nullif(?2, 0), title = ?3, "
		    "congress_id = nullif(?4, 0) WHERE id = ?5", "titii", p.date, p.member_id,
		    p.title, p.congress_id, p.id);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

static void proposal_row(db_stmt *st, void *elem)
{
	struct proposal *p = elem;
	proposal_init(p);
	p->id = db_col_int(st, 0);
	snprintf(p->date, sizeof p->date, "%s", db_col_text(st, 1));
	p->member_id = db_col_int(st, 2);
	snprintf(p->title, sizeof p->title, "%s", db_col_text(st, 3));
	snprintf(p->status, sizeof p->status, "%s", db_col_text(st, 4));
	snprintf(p->answer, sizeof p->answer, "%s", db_col_text(st, 5));
	snprintf(p->answered_on, sizeof p->answered_on, "%s", db_col_text(st, 6));
	snprintf(p->member_no, sizeof p->member_no, "%s", db_col_text(st, 7));
	snprintf(p->member_name, sizeof p->member_name, "%s", db_col_text(st, 8));
	p->congress_id = db_col_int(st, 9);
}

err_code proposal_get(int64_t id, struct proposal *p, struct err *e)
{
	err_code c = db_one(e, p, proposal_row, "SELECT " PROPOSAL_COLS PROPOSAL_FROM
			    " WHERE p.id = ?", "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That proposal no longer exists."));
	return c;
}

err_code proposal_answer(int64_t id, const char *answer, const char *answered_on,
			 const char *status, struct err *e)
{
	struct proposal p;
	err_code c = proposal_get(id, &p, e);
	if (c != ERR_OK)
		return c;
	const char *code = cat_code(CAT_PROPOSAL, status ? status : "");
	if (!code || strcmp(code, "received") == 0)
		return err_set(e, ERR_INPUT, _("An answer needs the status answered, adopted or "
					       "not adopted."));
	snprintf(p.status, sizeof p.status, "%s", code);
	/* L10N: a field's name in "…: too long" */
	if ((c = text_copy(p.answer, sizeof p.answer, answer, _("the answer"), e)) != ERR_OK)
		return c;
	if (answered_on && *answered_on) {
		if (date_parse(answered_on, p.answered_on, e) != ERR_OK)
			return err_set(e, ERR_INPUT, _("The answer date \"%s\" is not a date."),
				       answered_on);
	} else {
		date_today(p.answered_on);
	}
	if ((c = proposal_validate(&p, e)) != ERR_OK)
		return c;
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "UPDATE proposal SET status = ?1, answer = ?2, answered_on = ?3 "
		    "WHERE id = ?4", "ttti", p.status, p.answer, p.answered_on, id);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

/* Parameters: ?1 search, ?2 status, ?3 year, ?4 session, ?5 before. */
#define PROPOSAL_WHERE \
	" WHERE (?1 IS NULL OR instr(lower(p.title), lower(?1)) > 0)" \
	"   AND (?2 IS NULL OR p.status = ?2)" \
	"   AND (?3 IS NULL OR (p.date >= ?3 || '-01-01' AND p.date <= ?3 || '-12-31'))" \
	"   AND (?4 = 0 OR p.congress_id = ?4)" \
	"   AND (?5 = 0 OR (p.date, p.id) < (SELECT b.date, b.id FROM proposal b WHERE b.id = ?5))"

static err_code proposal_bind_query(db_stmt *st, const void *arg, struct err *e)
{
	const struct proposal_query *q = arg;
	char *norm = q && q->search && *q->search ? text_nfkc(q->search) : NULL;
	err_code c = db_bind(st, e, "tttii", db_nullif(norm), q ? db_nullif(q->status) : NULL,
			     q ? db_nullif(q->year) : NULL, q ? q->congress_id : (int64_t)0,
			     q ? q->before : (int64_t)0);
	free(norm);
	return c;
}

err_code proposal_count(const struct proposal_query *q, int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM proposal p" PROPOSAL_WHERE, proposal_bind_query, q,
			count, e);
}

err_code proposal_page(const struct proposal_query *q, int offset, int limit,
		       struct proposal *out, int *got, struct err *e)
{
	char sql[1024];
	const char *dir = q && q->desc ? "DESC" : "ASC";
	snprintf(sql, sizeof sql, "SELECT " PROPOSAL_COLS PROPOSAL_FROM PROPOSAL_WHERE
		 " ORDER BY p.date %1$s, p.id %1$s LIMIT :limit OFFSET :offset", dir);
	return db_page(sql, proposal_bind_query, q, offset, limit, out, sizeof *out,
		       proposal_row, got, e);
}

int proposal_rate(int answered, int received)
{
	if (received <= 0)
		return 0;
	return (int)(((int64_t)answered * 200 + received) / (2 * (int64_t)received));
}

err_code proposal_tally(const char *year, struct proposal_tally *t, struct err *e)
{
	memset(t, 0, sizeof *t);
	db_stmt *st = db_prepare(e, "SELECT count(*),"
				    " coalesce(sum(answer <> '' OR status <> 'received'), 0),"
				    " coalesce(sum(status = 'adopted'), 0) FROM proposal"
				    " WHERE ?1 IS NULL OR (date >= ?1 || '-01-01'"
				    " AND date <= ?1 || '-12-31')");
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "t", db_nullif(year));
	if (c == ERR_OK && db_step(st, e) == DB_ROW) {
		t->received = (int)db_col_int(st, 0);
		t->answered = (int)db_col_int(st, 1);
		t->adopted = (int)db_col_int(st, 2);
		t->rate = proposal_rate(t->answered, t->received);
	} else if (c == ERR_OK) {
		c = e ? e->code : ERR_DB;
	}
	db_finalize(&st);
	return c;
}

/* ---- sessions of the staff congress ---- */

#define CONGRESS_COLS "c.id, c.name, c.date, c.note, " \
	"(SELECT count(*) FROM congress_delegate d WHERE d.congress_id = c.id), " \
	"(SELECT count(*) FROM proposal p WHERE p.congress_id = c.id)"

static void congress_row(db_stmt *st, void *elem)
{
	struct congress *c = elem;
	memset(c, 0, sizeof *c);
	c->id = db_col_int(st, 0);
	snprintf(c->name, sizeof c->name, "%s", db_col_text(st, 1));
	snprintf(c->date, sizeof c->date, "%s", db_col_text(st, 2));
	snprintf(c->note, sizeof c->note, "%s", db_col_text(st, 3));
	c->delegates = (int)db_col_int(st, 4);
	c->proposals = (int)db_col_int(st, 5);
}

/* The checks of a session before it is written: name (NFKC, trimmed, not used by
 * another session), date, note. */
static err_code congress_check(struct congress *cg, struct err *e)
{
	char *name = text_nfkc(cg->name);
	/* L10N: a field's name in "…: too long" */
	err_code c0 = text_copy(cg->name, sizeof cg->name, name, _("the session's name"), e);
	free(name);
	if (c0 != ERR_OK)
		return c0;
	if (!cg->name[0])
		return err_at(e, "name", err_set(e, ERR_INPUT, _("The name of the congress "
								  "session is empty.")));
	if (text_has_control(cg->name) || !text_showable(cg->note, 1))
		return err_set(e, ERR_INPUT, _("The congress session contains characters that "
					       "cannot be shown."));
	if (!date_is_iso(cg->date))
		return err_at(e, "date", err_set(e, ERR_INPUT, _("The date of the congress "
								  "session \"%s\" is not a date."),
						  cg->date));
	int64_t other;
	if (db_int(NULL, &other, "SELECT id FROM congress WHERE name = ? AND id <> ?", "ti",
		   cg->name, cg->id) == ERR_OK)
		return err_at(e, "name", err_set(e, ERR_DUPLICATE, _("There is already a congress "
								      "session named %s."),
						  cg->name));
	return ERR_OK;
}

err_code congress_update(const struct congress *in, struct err *e)
{
	struct congress cg, old;
	err_code c = congress_get(in->id, &old, e);
	if (c != ERR_OK)
		return c;
	cg = *in;
	if ((c = congress_check(&cg, e)) != ERR_OK)
		return c;
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "UPDATE congress SET name = ?, date = ?, note = ? WHERE id = ?", "ttti",
		    cg.name, cg.date, cg.note, cg.id);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

/* The delegates' membership numbers in the roll's order (shorter numbers first: T2
 * before T10), joined by sep, in a string the caller frees; NULL on an error. */
static char *congress_delegates_joined(int64_t id, const char *sep, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT m.no FROM congress_delegate d JOIN member m "
				    "ON m.id = d.member_id WHERE d.congress_id = ? "
				    "ORDER BY length(m.no), m.no");
	if (!st)
		return NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	err_code c = out ? db_bind(st, e, "i", id) : err_set(e, ERR_IO, NULL);
	int r = DB_DONE, first = 1;
	while (c == ERR_OK && (r = db_step(st, e)) == DB_ROW) {
		fprintf(out, "%s%s", first ? "" : sep, db_col_text(st, 0));
		first = 0;
	}
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	if (out)
		fclose(out);
	if (c != ERR_OK) {
		free(buf);
		return NULL;
	}
	return buf;
}

err_code congress_delegate_nos(int64_t id, char *buf, size_t n, struct err *e)
{
	if (n)
		buf[0] = '\0';
	char *all = congress_delegates_joined(id, ", ", e);
	if (!all)
		return e ? e->code : ERR_DB;
	size_t l = strlen(all);
	if (l < n)
		memcpy(buf, all, l + 1);
	free(all);
	if (l >= n)
		return err_set(e, ERR_INPUT, _("The session has too many delegates to list here."));
	return ERR_OK;
}

err_code congress_add(struct congress *cg, struct err *e)
{
	cg->id = 0;
	err_code c = congress_check(cg, e);
	if (c != ERR_OK)
		return c;
	c = db_begin(e);
	if (c != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO congress(name, date, note) VALUES (?, ?, ?)", "ttt", cg->name,
		    cg->date, cg->note);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	cg->id = db_last_id();
	cg->delegates = cg->proposals = 0;
	return db_commit(e);
}

err_code congress_get(int64_t id, struct congress *cg, struct err *e)
{
	err_code c = db_one(e, cg, congress_row, "SELECT " CONGRESS_COLS " FROM congress c "
			    "WHERE c.id = ?", "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That congress session no longer exists."));
	return c;
}

err_code congress_find(const char *name, struct congress *cg, struct err *e)
{
	char *key = text_nfkc(name ? name : "");
	err_code c = db_one(e, cg, congress_row, "SELECT " CONGRESS_COLS " FROM congress c "
			    "WHERE c.name = ?", "t", key ? key : "");
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("There is no congress session named \"%s\"."), name ? name : "");
	free(key);
	return c;
}

err_code congress_count(int *count, struct err *e)
{
	return db_count("SELECT count(*) FROM congress", NULL, NULL, count, e);
}

err_code congress_page(int offset, int limit, struct congress *out, int *got, struct err *e)
{
	return db_page("SELECT " CONGRESS_COLS " FROM congress c ORDER BY c.date DESC, c.id DESC "
		       "LIMIT :limit OFFSET :offset", NULL, NULL, offset, limit, out, sizeof *out,
		       congress_row, got, e);
}

err_code congress_set_delegates(int64_t id, const int64_t *members, int n, struct err *e)
{
	struct congress cg;
	err_code c = congress_get(id, &cg, e);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < n; i++) {
		struct member m;
		if ((c = member_get(members[i], &m, e)) != ERR_OK)
			return c;
	}
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "DELETE FROM congress_delegate WHERE congress_id = ?", "i", id);
	for (int i = 0; c == ERR_OK && i < n; i++)
		c = db_exec(e, "INSERT OR IGNORE INTO congress_delegate(congress_id, member_id) "
			    "VALUES (?, ?)", "ii", id, members[i]);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

err_code congress_save(struct congress *cg, const char *delegates, struct err *e)
{
	int64_t *ids = NULL, id = cg->id;
	int n = 0;
	err_code c = congress_delegates_parse(delegates, &ids, &n, e);   /* a wrong one first */
	if (c != ERR_OK)
		return err_at(e, "delegates", c);
	if (c == ERR_OK)
		c = db_begin(e);
	if (c == ERR_OK) {
		c = id ? congress_update(cg, e) : congress_add(cg, e);
		if (c == ERR_OK)
			c = congress_set_delegates(cg->id, ids, n, e);
		if (c == ERR_OK)
			c = db_commit(e);
		else
			db_rollback();
	}
	if (c != ERR_OK)
		cg->id = id;   /* a new one stays new: F2 again adds it */
	free(ids);
	return c;
}

err_code proposal_waiting(int *count, char oldest[DATE_LEN], struct err *e)
{
	int64_t n = 0;
	*count = 0;
	oldest[0] = '\0';
	err_code c = db_int(e, &n, "SELECT count(*) FROM proposal INDEXED BY proposal_waiting "
			    "WHERE status = 'received'", "");
	if (c != ERR_OK)
		return c;
	*count = (int)n;
	if (n > 0)
		c = db_text(e, oldest, DATE_LEN, "SELECT min(date) FROM proposal INDEXED BY "
			    "proposal_waiting WHERE status = 'received'", "");
	return c;
}

int congress_is_delegate(int64_t id, int64_t member_id)
{
	int64_t x;
	return db_int(NULL, &x, "SELECT 1 FROM congress_delegate WHERE congress_id = ? AND "
		      "member_id = ?", "ii", id, member_id) == ERR_OK;
}

/* ---- CSV: date,member_no,title,status,answer,answered_on,session ----
 * member_no empty: anonymous or collective. status empty: received, or answered when
 * the row has an answer or an answer date. session: the name of the congress session
 * it was made to, which must exist (the congress kind comes first); empty or absent
 * (a file from before the column): none. */

static err_code proposal_import_row(const struct io_row *r, struct err *e)
{
	struct proposal p;
	proposal_init(&p);
	err_code c;
	if ((c = io_date(r, "date", p.date, 1, e)) != ERR_OK)
		return c;
	const char *v = io_get(r, "member_no");
	if (*v) {
		struct member m;
		if ((c = member_find(v, &m, e)) != ERR_OK)
			return c;
		p.member_id = m.id;
	}
	if ((c = io_text(r, "title", p.title, sizeof p.title, e)) != ERR_OK)
		return c;
	if (!p.title[0])
		return err_set(e, ERR_INPUT, _("title: the title of the proposal is empty."));
	if ((c = io_text(r, "answer", p.answer, sizeof p.answer, e)) != ERR_OK)
		return c;
	if ((c = io_date(r, "answered_on", p.answered_on, 0, e)) != ERR_OK)
		return c;
	const char *code;
	if (*(v = io_get(r, "status"))) {
		if ((c = cat_parse(CAT_PROPOSAL, "status", v, &code, e)) != ERR_OK)
			return c;
		snprintf(p.status, sizeof p.status, "%s", code);
	} else if (p.answer[0] || p.answered_on[0]) {
		strcpy(p.status, "answered");
	}
	if (*(v = io_get(r, "session"))) {
		struct congress cg;
		if ((c = congress_find(v, &cg, e)) == ERR_NOTFOUND)
			/* L10N: %s the session's name as the file gives it; "congress" is the
			 * kind's name on the command line, not translated. */
			return err_set(e, c, _("session: there is no congress session named "
					       "\"%s\"; import the sessions first (gonghui import "
					       "congress)."), v);
		if (c != ERR_OK)
			return c;
		p.congress_id = cg.id;
	}
	return proposal_add(&p, e);
}

static err_code proposal_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT " PROPOSAL_COLS ", coalesce(c.name, '')"
				    PROPOSAL_FROM " LEFT JOIN congress c ON c.id = p.congress_id"
				    " ORDER BY p.date, p.id");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	struct proposal p;
	while ((r = db_step(st, e)) == DB_ROW) {
		proposal_row(st, &p);
		const char *f[] = { p.date, p.member_no, p.title, p.status, p.answer,
				    p.answered_on, db_col_text(st, 10) };
		io_put_row(out, 7, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind proposals_io = {
	.name = "proposals",
	.columns = "date,member_no,title,status,answer,answered_on,session",
	.required = "date,title",
	.import_row = proposal_import_row,
	.export_rows = proposal_export_rows,
};

/* ---- CSV: name,date,note,delegates ----
 * delegates: the delegates' membership numbers, separated by spaces (an export writes
 * them so, in the roll's order) or by commas, semicolons or 、 as people type a list. */

/* Add the member numbered no to the n ids (cap of them allocated). */
static err_code congress_delegate_add(const char *no, int64_t **ids, int *n, int *cap,
				      struct err *e)
{
	struct member m;
	err_code c = member_find(no, &m, e);
	if (c == ERR_NOTFOUND)
		/* L10N: %s a membership number in the delegates of a congress session. */
		return err_set(e, c, _("delegate \"%s\" is not a member."), no);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < *n; i++)
		if ((*ids)[i] == m.id)
			/* L10N: %s a membership number given twice among the delegates. */
			return err_set(e, ERR_INPUT, _("delegate \"%s\" is named twice."), no);
	if (*n == *cap) {
		int nc = *cap ? *cap * 2 : 32;
		int64_t *nb = realloc(*ids, (size_t)nc * sizeof *nb);
		if (!nb)
			return err_set(e, ERR_NOMEM, NULL);
		*ids = nb;
		*cap = nc;
	}
	(*ids)[(*n)++] = m.id;
	return ERR_OK;
}

err_code congress_delegates_parse(const char *text, int64_t **ids, int *n, struct err *e)
{
	*ids = NULL;
	*n = 0;
	int cap = 0;
	/* NFKC: a full-width comma or space is the ASCII one */
	char *all = text_nfkc(text ? text : "");
	if (!all)
		return err_set(e, ERR_NOMEM, NULL);
	err_code c = ERR_OK;
	char *save = NULL;
	for (char *w = strtok_r(all, " \t", &save); w && c == ERR_OK;
	     w = strtok_r(NULL, " \t", &save)) {
		struct member m;
		if ((!strpbrk(w, ",;") && !strstr(w, "、")) || member_find(w, &m, NULL) == ERR_OK) {
			c = congress_delegate_add(w, ids, n, &cap, e);
			continue;
		}
		/* "T001,T002" or "T001、T002": one number after another (unless a member's
		 * number has a comma in it, as the lookup above finds) */
		for (char *p = w; *p && c == ERR_OK;) {
			size_t l = 0;
			while (p[l] && p[l] != ',' && p[l] != ';' && strncmp(p + l, "、", 3) != 0)
				l++;
			char one[128];
			if (l > 0 && l < sizeof one) {
				memcpy(one, p, l);
				one[l] = '\0';
				c = congress_delegate_add(one, ids, n, &cap, e);
			} else if (l > 0) {
				c = err_set(e, ERR_NOTFOUND, _("delegate \"%s\" is not a member."), w);
			}
			p += l;
			if (*p)
				p += *p == ',' || *p == ';' ? 1 : 3;
		}
	}
	free(all);
	if (c != ERR_OK) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return c;
}

static err_code congress_import_row(const struct io_row *r, struct err *e)
{
	struct congress cg = { 0 };
	err_code c;
	if ((c = io_text(r, "name", cg.name, sizeof cg.name, e)) != ERR_OK ||
	    (c = io_date(r, "date", cg.date, 1, e)) != ERR_OK ||
	    (c = io_text(r, "note", cg.note, sizeof cg.note, e)) != ERR_OK)
		return c;
	int64_t *ids = NULL;
	int n = 0;
	if ((c = congress_delegates_parse(io_get(r, "delegates"), &ids, &n, e)) != ERR_OK)
		return c;
	c = congress_add(&cg, e);
	if (c == ERR_OK)
		c = congress_set_delegates(cg.id, ids, n, e);
	free(ids);
	return c;
}

static err_code congress_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT c.id, c.name, c.date, c.note FROM congress c "
				    "ORDER BY c.date, c.id");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	err_code c = ERR_OK;
	while (c == ERR_OK && (r = db_step(st, e)) == DB_ROW) {
		/* spaces: a cell a spreadsheet wraps between numbers, and no quotes in the
		 * file that a hand edit could lose */
		char *dele = congress_delegates_joined(db_col_int(st, 0), " ", e);
		if (!dele) {
			c = e ? e->code : ERR_DB;
			break;
		}
		const char *f[] = { db_col_text(st, 1), db_col_text(st, 2), db_col_text(st, 3),
				    dele };
		io_put_row(out, 4, f);
		free(dele);
	}
	db_finalize(&st);
	if (c == ERR_OK && r == DB_ERROR)
		c = e ? e->code : ERR_DB;
	return c;
}

const struct io_kind congress_io = {
	.name = "congress",
	.columns = "name,date,note,delegates",
	.required = "name,date",
	.import_row = congress_import_row,
	.export_rows = congress_export_rows,
};

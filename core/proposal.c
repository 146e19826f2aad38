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
		      "p.answered_on, coalesce(m.no, ''), coalesce(m.name, '')"
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
	if (!text_valid(p->title, strlen(p->title)) || !text_valid(p->answer, strlen(p->answer)))
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
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO proposal(date, member_id, title, status, answer, answered_on) "
		    "VALUES (?1, nullif(?2, 0), ?3, ?4, ?5, ?6)", "titttt", p->date, p->member_id,
		    p->title, p->status, p->answer, db_nullif(p->answered_on));
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	p->id = db_last_id();
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
	snprintf(p.answer, sizeof p.answer, "%s", answer ? answer : "");
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

/* Parameters: ?1 search, ?2 status, ?3 year. */
#define PROPOSAL_WHERE \
	" WHERE (?1 IS NULL OR instr(lower(p.title), lower(?1)) > 0)" \
	"   AND (?2 IS NULL OR p.status = ?2)" \
	"   AND (?3 IS NULL OR (p.date >= ?3 || '-01-01' AND p.date <= ?3 || '-12-31'))"

static err_code proposal_bind_query(db_stmt *st, const void *arg, struct err *e)
{
	const struct proposal_query *q = arg;
	char *norm = q && q->search && *q->search ? text_nfkc(q->search) : NULL;
	err_code c = db_bind(st, e, "ttt", db_nullif(norm), q ? db_nullif(q->status) : NULL,
			     q ? db_nullif(q->year) : NULL);
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

/* ---- CSV: date,member_no,title,status,answer,answered_on ----
 * member_no empty: anonymous or collective. status empty: received, or answered when
 * the row has an answer or an answer date. */

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
	snprintf(p.title, sizeof p.title, "%s", io_get(r, "title"));
	if (!p.title[0])
		return err_set(e, ERR_INPUT, _("title: the title of the proposal is empty."));
	snprintf(p.answer, sizeof p.answer, "%s", io_get(r, "answer"));
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
	return proposal_add(&p, e);
}

static err_code proposal_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT " PROPOSAL_COLS PROPOSAL_FROM " ORDER BY p.date, p.id");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	struct proposal p;
	while ((r = db_step(st, e)) == DB_ROW) {
		proposal_row(st, &p);
		const char *f[] = { p.date, p.member_no, p.title, p.status, p.answer,
				    p.answered_on };
		csv_row(out, 6, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind proposals_io = {
	"proposals",
	"date,member_no,title,status,answer,answered_on",
	"date,title",
	proposal_import_row,
	proposal_export_rows,
};

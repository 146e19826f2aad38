/*
 * proposal.h — proposals to the staff congress and suggestions (教代会提案/合理化建议/
 * 金点子): date, from whom (a member, or nobody: anonymous or collective), title,
 * status (received answered adopted rejected), the answer and the date it was given.
 * Only core/proposal.c writes the proposal table.
 *
 * A proposal may belong to a session of the staff congress (届次: 六届五次教代会), which
 * has a unique name, a date and its delegates (members). Only core/proposal.c writes
 * the congress and congress_delegate tables.
 *
 * Rules: a proposal still `received` has no answer and no answer date; an answer date
 * is never before the proposal's date.
 */
#ifndef GH_PROPOSAL_H
#define GH_PROPOSAL_H

#include <stddef.h>
#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

struct proposal {
	int64_t id;                 /* 0 until saved */
	char date[DATE_LEN];
	int64_t member_id;          /* 0: anonymous or collective */
	char title[512];
	char status[16];            /* received answered adopted rejected */
	char answer[2048];
	char answered_on[DATE_LEN]; /* "" until answered (or when not known) */
	int64_t congress_id;        /* the congress session it was made to, 0 if none */
	char member_no[64];         /* filled by proposal_get / proposal_page */
	char member_name[192];
};

/* A proposal with the defaults (received). */
void proposal_init(struct proposal *p);
err_code proposal_validate(const struct proposal *p, struct err *e);

/* Insert (sets p->id): validated; status, answer and answered_on may already be given
 * (as an import does). One transaction. */
err_code proposal_add(struct proposal *p, struct err *e);
/* Change what the proposal says — date, from whom, title, congress session — keeping
 * its status and answer (an answer date before the new date is refused). One
 * transaction; refuses an unknown proposal, member or session. */
err_code proposal_update(const struct proposal *p, struct err *e);
/* Answer a proposal: status answered, adopted or rejected (code or name); answered_on
 * NULL or "" means today. */
err_code proposal_answer(int64_t id, const char *answer, const char *answered_on,
			 const char *status, struct err *e);
err_code proposal_get(int64_t id, struct proposal *p, struct err *e);

struct proposal_query {
	const char *search;  /* part of the title; NULL or "" for all */
	const char *status;  /* one status code, NULL for all */
	const char *year;    /* "2025": proposals dated that year; NULL for all */
	int desc;            /* newest first */
	int64_t congress_id; /* proposals to one session; 0 for all */
	int64_t before;      /* only those listed before this proposal (by date, then id):
				proposal_count gives its place in the list; 0 for all */
};

/* How many match, and one page of them by date, then id. */
err_code proposal_count(const struct proposal_query *q, int *count, struct err *e);
err_code proposal_page(const struct proposal_query *q, int offset, int limit,
		       struct proposal *out, int *got, struct err *e);

/* A year's proposals (dated in it; year NULL for all): received, answered (with an
 * answer or a status other than received), adopted (status adopted) — the year-end
 * report's rule — and the answer rate, answered / received in whole percent rounded
 * half up (18 of 20 → 90; 2 of 3 → 67), 0 when none was received. */
struct proposal_tally {
	int received, answered, adopted;
	int rate;            /* percent */
};
err_code proposal_tally(const char *year, struct proposal_tally *t, struct err *e);
int proposal_rate(int answered, int received);

/* ---- sessions of the staff congress ---- */

struct congress {
	int64_t id;                 /* 0 until saved */
	char name[192];             /* unique: 六届五次教代会 */
	char date[DATE_LEN];
	char note[512];
	int delegates;              /* filled by congress_get / congress_page */
	int proposals;
};

/* Insert (sets c->id): a name (NFKC, trimmed) not used before, a date. */
err_code congress_add(struct congress *c, struct err *e);
err_code congress_get(int64_t id, struct congress *c, struct err *e);
/* By name; ERR_NOTFOUND with a sentence naming it. */
err_code congress_find(const char *name, struct congress *c, struct err *e);
/* Sessions, newest first. */
err_code congress_count(int *count, struct err *e);
err_code congress_page(int offset, int limit, struct congress *out, int *got, struct err *e);
/* The session's delegates become exactly these n members, in one transaction. Refuses
 * an unknown member. */
err_code congress_set_delegates(int64_t id, const int64_t *members, int n, struct err *e);
/* Change a session's name, date and note (c->id says which). */
err_code congress_update(const struct congress *c, struct err *e);
/* The delegates' membership numbers, by number, separated by ", " (T001, T002) into
 * buf; "" when there are none. */
err_code congress_delegate_nos(int64_t id, char *buf, size_t n, struct err *e);
/* A session (added when c->id is 0, else changed) and its delegates given as text
 * (congress_delegates_parse), in one transaction: both or neither. */
err_code congress_save(struct congress *c, const char *delegates, struct err *e);
/* Proposals of any year not answered yet (status received): how many, and the date of
 * the oldest ("" when none), from index proposal_waiting. */
err_code proposal_waiting(int *count, char oldest[DATE_LEN], struct err *e);
/* The members named in text — membership numbers separated by spaces, commas,
 * semicolons or 、 (full-width ones too) — into *ids (malloc'd, the caller frees) and *n.
 * Refuses, with a sentence naming it, a number that is no member's or one named twice. */
err_code congress_delegates_parse(const char *text, int64_t **ids, int *n, struct err *e);
/* Is the member a delegate of the session? */
int congress_is_delegate(int64_t id, int64_t member_id);

#endif

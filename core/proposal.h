/*
 * proposal.h — proposals to the staff congress and suggestions (教代会提案/合理化建议/
 * 金点子): date, from whom (a member, or nobody: anonymous or collective), title,
 * status (received answered adopted rejected), the answer and the date it was given.
 * Only core/proposal.c writes the proposal table.
 *
 * Rules: a proposal still `received` has no answer and no answer date; an answer date
 * is never before the proposal's date.
 */
#ifndef GH_PROPOSAL_H
#define GH_PROPOSAL_H

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
	char member_no[64];         /* filled by proposal_get / proposal_page */
	char member_name[192];
};

/* A proposal with the defaults (received). */
void proposal_init(struct proposal *p);
err_code proposal_validate(const struct proposal *p, struct err *e);

/* Insert (sets p->id): validated; status, answer and answered_on may already be given
 * (as an import does). One transaction. */
err_code proposal_add(struct proposal *p, struct err *e);
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
};

/* How many match, and one page of them by date, then id. */
err_code proposal_count(const struct proposal_query *q, int *count, struct err *e);
err_code proposal_page(const struct proposal_query *q, int offset, int limit,
		       struct proposal *out, int *got, struct err *e);

#endif

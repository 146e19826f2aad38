/*
 * member.h — the member roll (会员). A member is identified by a membership number
 * (`no`, unique text like T017); two people may share a name. Retired members stay on
 * the roll. Only core/member.c writes the member table.
 */
#ifndef GH_MEMBER_H
#define GH_MEMBER_H

#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

/* What core lets a member's number and name hold (member_validate; a form shows it):
 * a number of up to 32 bytes, letters and digits; a name of up to 40 columns, 20
 * Chinese characters. The other text fields hold what their buffers below hold. */
#define MEMBER_NO_MAX 32
#define MEMBER_NAME_WIDTH 40

struct member {
	int64_t id;                 /* 0 until saved */
	char no[64];
	char name[192];
	char gender[2];             /* "m", "f" or "" (not given) */
	char birth_date[DATE_LEN];  /* "" when not given */
	char join_date[DATE_LEN];
	char status[16];            /* active retired left deceased */
	char status_date[DATE_LEN]; /* when status last changed; "" if never */
	char kind[16];              /* teacher staff substitute */
	char grp[96];               /* 工会小组 */
	char phone[48];
	int64_t wage_base;          /* fen a month: the base dues are reckoned on */
	int hardship;               /* 困难职工 */
	int model_worker;           /* 劳模 */
	char note[512];
};

/* A member with the defaults (active teacher). */
void member_init(struct member *m);

/* Check every field; e names the first field that is wrong. */
err_code member_validate(const struct member *m, struct err *e);

/* Insert (sets m->id) / update by id; both validate, refuse a duplicate number, and run
 * in one transaction (joining an open one). An update that changes the status dates the
 * change today (status_date), unless m brings a status_date of its own. The sentence
 * of a failed check names its field in e->field ("name", "no", …). */
err_code member_add(struct member *m, struct err *e);
err_code member_update(const struct member *m, struct err *e);
/* Retire, leave, … with the date it happened (today when NULL or ""). */
err_code member_set_status(int64_t id, const char *status, const char *date, struct err *e);

err_code member_get(int64_t id, struct member *m, struct err *e);
/* By membership number; ERR_NOTFOUND with a sentence naming the number. */
err_code member_find(const char *no, struct member *m, struct err *e);

enum member_sort { MEMBER_SORT_NO, MEMBER_SORT_NAME, MEMBER_SORT_GROUP, MEMBER_SORT_STATUS };

struct member_query {
	const char *search;   /* name, number or pinyin initials; NULL or "" for all */
	const char *status;   /* one status code, NULL for all */
	const char *grp;      /* one group, NULL for all */
	enum member_sort sort;
	int desc;
};

/* How many members match, and one page of them (never the whole table). */
err_code member_count(const struct member_query *q, int *count, struct err *e);
err_code member_page(const struct member_query *q, int offset, int limit,
		     struct member *out, int *got, struct err *e);

/* The distinct union groups in use, sorted; writes up to max names of 96 bytes. */
err_code member_groups(char (*out)[96], int max, int *got, struct err *e);

/* Who receives a gift to many (集体发放): all active members, the active women, the
 * retired members, or the active members of one union group. */
enum member_who { MEMBER_WHO_ACTIVE, MEMBER_WHO_WOMEN, MEMBER_WHO_RETIRED, MEMBER_WHO_GROUP };
/* Their ids in membership-number order (T2 before T10); grp is the group for
 * MEMBER_WHO_GROUP. *ids is malloc'd (NULL when *n is 0); the caller frees it. */
err_code member_ids_of(enum member_who who, const char *grp, int64_t **ids, int *n,
		       struct err *e);

/* Birthdays in a month: active and retired members born in that month, by day, with
 * the age they turn that year; a round one (60, 70, 80 … — MEMBER_ROUND_FROM and every
 * ten years after) marked. */
#define MEMBER_ROUND_FROM 60
struct member_birthday {
	int64_t id;
	char no[64];
	char name[192];
	char status[16];
	char birth_date[DATE_LEN];
	int age;            /* the age turned this birthday */
	int round;          /* 60, 70, 80 … */
};
/* month "YYYY-MM"; up to max of them into out (*got), and how many there are (*total). */
err_code member_birthdays(const char *month, struct member_birthday *out, int max, int *got,
			  int *total, struct err *e);

#endif

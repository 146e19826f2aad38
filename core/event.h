/*
 * event.h — events and sign-ups (活动报名). An event has a short unique code (E2025-03),
 * a kind (CAT_EVENT), dates, a place, a capacity (0 = no limit), a sign-up deadline, a
 * fee and a budget. A member signs up once per event; past the capacity a sign-up waits
 * (status `waitlist`), and a cancellation promotes the first one waiting (lowest seq).
 * Only core/event.c writes the event and signup tables.
 *
 * Places: a sign-up holds a place while its status is `signed` or `attended`; `absent`,
 * `waitlist` and `cancelled` do not. The deadline is shown, not enforced: sign-ups are
 * often entered after the fact.
 */
#ifndef GH_EVENT_H
#define GH_EVENT_H

#include <stddef.h>
#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

/* The longest event code (bytes: letters and digits) and result or award (bytes: 80
 * Chinese characters) core takes; the forms show and refuse by the same. */
#define EVENT_CODE_MAX 32
#define SIGNUP_RESULT_MAX 240

struct event {
	int64_t id;                 /* 0 until saved */
	char code[64];              /* unique, up to EVENT_CODE_MAX characters, no spaces */
	char name[192];
	char kind[16];              /* CAT_EVENT code: sports culture outing … */
	char start_date[DATE_LEN];  /* required */
	char end_date[DATE_LEN];    /* "" for a one-day event; else >= start_date */
	char place[192];
	int capacity;               /* 0: no limit */
	char deadline[DATE_LEN];    /* sign-up deadline, "" if none; <= the last day */
	int64_t fee;                /* fen each participant pays */
	int64_t budget;             /* fen the union plans to spend */
	char note[512];
};

/* An event with the defaults (kind other, no limit). */
void event_init(struct event *ev);
/* Check every field; e says what is wrong in one sentence. */
err_code event_validate(const struct event *ev, struct err *e);

/* Insert (sets ev->id) / update by id: validate, refuse a code already used ("Event code
 * %s is already used."), one transaction (joining an open one). Raising the capacity
 * of an event promotes the waiting sign-ups into the new places, in order. */
err_code event_add(struct event *ev, struct err *e);
err_code event_update(const struct event *ev, struct err *e);

err_code event_get(int64_t id, struct event *ev, struct err *e);
/* By code (NFKC-normalised); ERR_NOTFOUND with a sentence naming the code. */
err_code event_find(const char *code, struct event *ev, struct err *e);

struct event_query {
	const char *search;  /* part of the code or name; NULL or "" for all */
	const char *kind;    /* one kind code, NULL for all */
	const char *year;    /* "2025": events starting that year; NULL for all */
	int desc;            /* newest first */
};

/* Is today (NULL or "": the real or $GONGHUI_TODAY date) after the event's sign-up
 * deadline? 0 when it has none. A sign-up after it is allowed, but the screen asks. */
int event_past_deadline(const struct event *ev, const char *today);
/* The code to suggest for a new event of year ("2025"; NULL: this year): E2025-01, or
 * the one after the highest E2025-NN already used. */
void event_next_code(const char *year, char *out, size_t n);

/* How many events match, and one page of them ordered by start date, then code. */
err_code event_count(const struct event_query *q, int *count, struct err *e);
err_code event_page(const struct event_query *q, int offset, int limit,
		    struct event *out, int *got, struct err *e);

/* ---- sign-ups ---- */

struct signup {
	int64_t id;
	int64_t event_id;
	int64_t member_id;
	int family;                 /* family members coming along */
	char status[16];            /* signed waitlist cancelled attended absent */
	char result[256];           /* result or award (一等奖) */
	int64_t seq;                /* order of signing up */
	char member_no[64];         /* filled by signup_get / signup_page */
	char member_name[192];
};

/* Sign member_id up for event_id with `family` family members: `signed` while fewer
 * sign-ups than the capacity hold a place, else `waitlist`. Refuses a second sign-up
 * (unless the earlier one was cancelled: then it is made active again at the end of
 * the queue), a member who has left or died, a negative family count. One transaction.
 * *status (if not NULL, 16 bytes) gets the status given. */
err_code signup_add(int64_t event_id, int64_t member_id, int family, char *status,
		    struct err *e);
/* Cancel a sign-up; if it held a place, the first one waiting gets it, and *promoted (if
 * not NULL) gets that one's sign-up (with name and number, to say who moved up); its id
 * is 0 when nobody did. One transaction. */
err_code signup_cancel(int64_t event_id, int64_t member_id, struct signup *promoted,
		       struct err *e);
/* Sign up n members at once (the checklist of the roll), no family members each, by
 * capacity in the order given: all or none, one transaction. status[i] (if not NULL)
 * gets the status member_ids[i] was given; *waiting (if not NULL) how many of them wait.
 * Refuses, writing nothing, as signup_add does for any one of them, naming them. */
err_code signup_add_many(int64_t event_id, const int64_t *member_ids, int n,
			 char (*status)[16], int *waiting, struct err *e);
/* Space on the sign-ups screen after the event: signed or absent becomes attended,
 * attended becomes absent; *status (if not NULL, 16 bytes) gets the new one. Refuses an
 * event that starts after today (NULL or "": the real or $GONGHUI_TODAY date), a waiting
 * and a cancelled sign-up. */
err_code signup_toggle_attended(int64_t event_id, int64_t member_id, const char *today,
				char *status, struct err *e);
/* Record attendance (status "attended" or "absent"; NULL or "" keeps the status) and the
 * result or award (NULL keeps it). A cancelled or waiting sign-up cannot be marked
 * attended or absent. */
err_code signup_set(int64_t event_id, int64_t member_id, const char *status,
		    const char *result, struct err *e);

err_code signup_get(int64_t event_id, int64_t member_id, struct signup *s, struct err *e);

/* Sign-ups of an event: places first (signed, attended, absent), then the waiting list,
 * then the cancelled, each in sign-up order, with membership number and name. */
err_code signup_page(int64_t event_id, int offset, int limit, struct signup *out, int *got,
		     struct err *e);

struct signup_tally {
	int total;                  /* every row, cancelled included */
	int taken;                  /* signed + attended: places held */
	int signed_up, waitlist, cancelled, attended, absent;
	int family;                 /* family members with the signed and attended */
};
err_code signup_tally(int64_t event_id, struct signup_tally *t, struct err *e);

#endif

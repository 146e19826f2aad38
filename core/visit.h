/*
 * visit.h — visits to members (走访慰问) and the 五必访 list ("must visit": a hospital
 * stay, wedding, bereavement, childbirth, retirement or hardship opens an item that
 * stays open until a visit for the same reason is logged).
 *
 * Only core/visit.c writes the visit and must_visit tables. core/welfare.c opens
 * must-visit items through mustvisit_open_welfare() inside its own transaction.
 *
 * Rules:
 *   - A visit's reason is a welfare kind (CAT_WELFARE code); visits carry no money, so a
 *     closed month does not refuse them.
 *   - Logging a visit closes the OLDEST open must-visit item of that member with the same
 *     reason that was opened on or before the visit's date (closed_on = the visit's date,
 *     visit_id = the visit). A visit with another reason, or dated before the item was
 *     opened, closes nothing.
 *   - A member has at most one open item per reason: mustvisit_open() refuses a second,
 *     mustvisit_open_welfare() quietly opens none.
 *   - Welfare entered after its visit (visits imported before welfare, as when a school
 *     moves its books to a new PC) gets the same items as in the order things happened:
 *     mustvisit_open_welfare() opens none when an item for the reason was open on the
 *     welfare's date, and the first visit on or after that date that closed no item
 *     closes the new one.
 */
#ifndef GH_VISIT_H
#define GH_VISIT_H

#include <stdint.h>

#include "core/date.h"
#include "core/error.h"

struct visit {
	int64_t id;                 /* 0 until saved */
	char date[DATE_LEN];
	int64_t member_id;
	char reason[16];            /* CAT_WELFARE code */
	char visitors[192];         /* who went: "王校长、李主席" */
	char place[192];            /* 家中, 县医院 … */
	int64_t welfare_id;         /* what was brought, 0 if not recorded as welfare */
	char note[512];
	/* filled by visit_add: the must-visit item this visit closed, 0 if none */
	int64_t closed_item;
	/* filled by visit_get / visit_page */
	char member_no[64];
	char member_name[192];
};

/* An empty visit dated today. */
void visit_init(struct visit *v);

/* Check every field (member and linked welfare row exist, date, reason, text). */
err_code visit_validate(const struct visit *v, struct err *e);

/* Insert the visit (sets v->id) and close the must-visit item it answers (sets
 * v->closed_item), in one transaction (joining an open one). */
err_code visit_add(struct visit *v, struct err *e);

err_code visit_get(int64_t id, struct visit *v, struct err *e);

struct visit_query {
	const char *from, *to;      /* dates, inclusive; NULL or "" for open-ended */
	int64_t member_id;          /* 0 for all */
	const char *reason;         /* one code, NULL or "" for all */
};

/* How many visits match, and one page of them, newest first (date desc, id desc). */
err_code visit_count(const struct visit_query *q, int *count, struct err *e);
err_code visit_page(const struct visit_query *q, int offset, int limit,
		    struct visit *out, int *got, struct err *e);
/* How many different members those visits went to (人, where visit_count is 人次): a
 * member visited twice, or for two reasons, counts once. */
err_code visit_count_people(const struct visit_query *q, int *count, struct err *e);

/* Visits by reason over from..to (NULL for open-ended), for the year-end report: 人次 and
 * distinct people, in the order of the reason list (cat_list(CAT_WELFARE)), reasons
 * with no visit left out. */
struct visit_tally {
	char reason[16];
	int times;
	int people;
};
err_code visit_tally(const char *from, const char *to, struct visit_tally *out, int max,
		     int *got, struct err *e);

/* ---- retired members due a visit (the union's rule, from the settings) ----
 *
 *   visit_retired_once_age   70: a retiree turning this age or older this year is
 *                            visited at least once a calendar year;
 *   visit_retired_twice_age  80: … at least once in each half-year (January–June,
 *                            July–December);
 *   visit_new_retiree_days   10: a member who retired (status retired, its date) is
 *                            visited within this many days of retiring. Such a member
 *                            counts as new for VISIT_NEW_RETIREE_WINDOW days after
 *                            retiring, then only the age rule applies.
 * A rule set to 0 is off. The age is the one turned in today's year (the year of
 * birth subtracted), as for birthdays. A visit for any reason counts. */
#define VISIT_NEW_RETIREE_WINDOW 90

enum visit_due_why { VISIT_DUE_NEW, VISIT_DUE_TWICE, VISIT_DUE_ONCE };

struct visit_due {
	int64_t member_id;
	char member_no[64];
	char member_name[192];
	enum visit_due_why why;
	int age;                    /* 0 when the birth date is not known */
	char retired_on[DATE_LEN];  /* "" when not known */
	char last_visit[DATE_LEN];  /* "" when never visited */
	char by[DATE_LEN];          /* visit by: retiring + days, the half-year's or year's end */
	int days_left;              /* from today to by; negative when late */
};

/* The retired members due a visit on today ("YYYY-MM-DD"; the real or $GONGHUI_TODAY
 * date when NULL or ""): new retirees first (soonest due), then the older rule's, then
 * by membership number. Up to max into out (*got) and how many there are (*total). */
err_code visit_retirees_due(const char *today, struct visit_due *out, int max, int *got,
			    int *total, struct err *e);

/* ---- 五必访 ---- */

struct mustvisit {
	int64_t id;
	int64_t member_id;
	char member_no[64];
	char member_name[192];
	char reason[16];            /* one of the six (mustvisit_is_reason) */
	char opened_on[DATE_LEN];
	int64_t welfare_id;         /* the welfare row that opened it, 0 if none */
	char note[512];
	int days_open;              /* days from opened_on to the `today` given to the list */
};

/* Is reason one of the six that open a must-visit item? */
int mustvisit_is_reason(const char *reason);

/* Open an item for an event reported without welfare (reason must be one of the six;
 * date today when NULL or ""). Refuses (ERR_DUPLICATE) when the member already has an
 * open item for that reason. Its own transaction (joining an open one). */
err_code mustvisit_open(int64_t member_id, const char *reason, const char *date,
			const char *note, struct err *e);

/* For core/welfare.c, inside its transaction: open an item linked to welfare row
 * welfare_id unless reason is not one of the six or the member already has an open item
 * for it. *id (if not NULL) gets the new item's id, or 0 when none was opened. */
err_code mustvisit_open_welfare(int64_t member_id, const char *reason, const char *date,
				int64_t welfare_id, int64_t *id, struct err *e);

/* For core/welfare.c, inside its transaction: remove the item that welfare row
 * welfare_id opened (the row is being reversed as a mistake on `date`) when it is still
 * open, or was closed by a visit dated after `date` (visits imported before the
 * welfare): that visit answered no case that still stood, and closes none now. */
err_code mustvisit_drop_welfare(int64_t welfare_id, const char *date, struct err *e);

/* The open items, oldest first (opened_on, id), with days_open counted up to today
 * ("YYYY-MM-DD"; the real or $GONGHUI_TODAY date when NULL or ""). */
err_code mustvisit_count_open(int *count, struct err *e);
err_code mustvisit_list_open(const char *today, int offset, int limit, struct mustvisit *out,
			     int *got, struct err *e);

/* One item by id, open or closed (days_open counted up to today, or to closed_on when
 * it is closed); ERR_NOTFOUND when there is none. For saying which case a visit closed
 * (visit.closed_item). */
err_code mustvisit_get(int64_t id, struct mustvisit *out, struct err *e);

/* The still-open item that welfare row welfare_id opened (days_open up to today);
 * ERR_NOTFOUND, with no sentence, when it opened none or the item is closed. For saying
 * what saving or reversing the row did. */
err_code mustvisit_of_welfare(int64_t welfare_id, struct mustvisit *out, struct err *e);

/* The items opened from..to (inclusive ISO dates) that are still open: *count of them
 * all, and the first `limit` (oldest first) in out (days_open not filled). For the
 * month-close summary. */
err_code mustvisit_opened_open(const char *from, const char *to, int limit,
			       struct mustvisit *out, int *got, int *count, struct err *e);

#endif

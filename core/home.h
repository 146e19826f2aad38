/*
 * home.h — what the first screen (首页) says is waiting, gathered from the modules that
 * own each figure, each by a query on an index (no scan of the books):
 *
 *   dues       this month's list: how many, how many paid, how many not yet of those
 *              who owe something (dues_month_tally), the sum;
 *              this month and last month closed or not (ledger_is_closed);
 *   must-visit the open 五必访 cases, oldest first, with the days they have waited;
 *   retirees   retired members due a visit under the union's rule (visit_retirees_due);
 *   birthdays  this month's, round ones marked (member_birthdays);
 *   caps       this year's welfare against the caps (cap_figures);
 *   money      the balance of cash (101) and bank (102), and what is held for others
 *              (231 代管经费: what donation drives collected and did not hand over yet);
 *   backup     the day of the newest automatic backup (book_last_backup) and its
 *              kind; backup_known 0 when there is none.
 *
 * Reads only; writes nothing.
 */
#ifndef GH_HOME_H
#define GH_HOME_H

#include <stdint.h>

#include "core/cap.h"
#include "core/date.h"
#include "core/error.h"
#include "core/member.h"
#include "core/visit.h"

#define HOME_LINES 8   /* at most this many of each list; the totals say how many */

struct home {
	char today[DATE_LEN];
	char month[MONTH_LEN], last_month[MONTH_LEN];
	struct {
		int listed, paid;
		int owing;              /* not paid yet and something due */
		int64_t collected;      /* fen */
		int closed, last_closed;
		int last_before_books;  /* last month is before the books' first month */
	} dues;
	int must_total, must_n;
	struct mustvisit must[HOME_LINES];
	int due_total, due_n;
	struct visit_due due[HOME_LINES];
	int bday_total, bday_n;
	struct member_birthday bday[HOME_LINES];
	char caps_preset[16];           /* none anhui custom */
	int caps_n;
	struct cap_figure caps[16];
	int64_t cash, bank, held;       /* fen */
	int proposals_waiting;          /* not answered yet, of any year */
	char proposals_oldest[DATE_LEN];
	int proposals_days;             /* the oldest has waited since its date */
	int backup_known;
	char last_backup[32];           /* YYYY-MM-DD */
	char backup_kind[24];           /* "" daily, before-restore, before-upgrade */
};

/* Fill h for today ("YYYY-MM-DD"; the real or $GONGHUI_TODAY date when NULL or "")
 * with up to `lines` (at most HOME_LINES) of each list. */
err_code home_load(const char *today, int lines, struct home *h, struct err *e);

#endif

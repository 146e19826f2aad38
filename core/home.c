/* home.c — the first screen's figures, each asked of the module that owns it (see
 * home.h). */
#include "core/home.h"
#include "core/book.h"
#include "core/dues.h"
#include "core/ledger.h"
#include "core/proposal.h"
#include "core/setting.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

err_code home_load(const char *today, int lines, struct home *h, struct err *e)
{
	memset(h, 0, sizeof *h);
	if (lines > HOME_LINES)
		lines = HOME_LINES;
	if (lines < 0)
		lines = 0;
	err_code c;
	if (today && *today) {
		if ((c = date_parse(today, h->today, e)) != ERR_OK)
			return c;
	} else {
		date_today(h->today);
	}
	snprintf(h->month, sizeof h->month, "%.7s", h->today);
	month_add(h->month, -1, h->last_month);

	if ((c = dues_month_tally(h->month, &h->dues.listed, &h->dues.paid, &h->dues.owing,
				  &h->dues.collected, e)) != ERR_OK)
		return c;
	h->dues.closed = ledger_is_closed(h->month);
	h->dues.last_closed = ledger_is_closed(h->last_month);
	/* A union whose books start this month has no last month to close. */
	char start[MONTH_LEN + 8];
	setting_get("books_start", start, sizeof start);
	h->dues.last_before_books = strlen(start) >= 7 && strcmp(h->last_month, start) < 0;

	if ((c = mustvisit_count_open(&h->must_total, e)) != ERR_OK ||
	    (c = mustvisit_list_open(h->today, 0, lines, h->must, &h->must_n, e)) != ERR_OK)
		return c;
	if ((c = visit_retirees_due(h->today, h->due, lines, &h->due_n, &h->due_total, e))
	    != ERR_OK)
		return c;
	if ((c = member_birthdays(h->month, h->bday, lines, &h->bday_n, &h->bday_total, e))
	    != ERR_OK)
		return c;
	cap_preset_current(h->caps_preset, sizeof h->caps_preset);
	if ((c = cap_figures(atoi(h->today), h->caps, 16, &h->caps_n, e)) != ERR_OK)
		return c;
	int64_t held = 0;
	if ((c = ledger_balance("101", NULL, NULL, &h->cash, e)) != ERR_OK ||
	    (c = ledger_balance("102", NULL, NULL, &h->bank, e)) != ERR_OK ||
	    (c = ledger_balance("231", NULL, NULL, &held, e)) != ERR_OK)
		return c;
	h->held = -held;   /* a liability: credits minus debits */
	if ((c = proposal_waiting(&h->proposals_waiting, h->proposals_oldest, e)) != ERR_OK)
		return c;
	if (h->proposals_waiting)
		h->proposals_days = (int)(date_daynum(h->today) -
					  date_daynum(h->proposals_oldest));
	struct book_backup b;
	h->backup_known = book_last_backup(&b) == ERR_OK;
	if (h->backup_known) {
		snprintf(h->last_backup, sizeof h->last_backup, "%s", b.date);
		snprintf(h->backup_kind, sizeof h->backup_kind, "%s", b.kind);
	}
	return ERR_OK;
}

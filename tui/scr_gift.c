/*
 * scr_gift.c — a gift to many members at once (集体发放): the festival gift to every
 * woman on 三八节, the activity money to every teacher. One form: who receives it (all
 * active members, the active women, the retirees, a union group, or a list of
 * membership numbers), the date, the kind, cash and/or goods with their value, who
 * pays, a note. Saving asks first, saying how many receive it and what it comes to,
 * and — when the gift takes members past the union's cap for the kind — how many and
 * by up to how much (cap_check_many). A gift the caps forbid (cash as a festival gift
 * under the Anhui preset) is refused with the sentence beside the cash field.
 *
 * Writes through welfare_give_many: one welfare row each, one ledger entry for the
 * union's part, in one transaction.
 */
#include "tui/scr_gift.h"
#include "tui/form.h"
#include "tui/ui.h"
#include "core/cap.h"
#include "core/category.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/welfare.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gift {
	char who[12];           /* active women retired group list */
	char grp[sizeof ((struct member *)0)->grp];   /* as a member's group holds */
	char list[512];         /* T001, T002 … */
	struct welfare w;
};

const struct form_choice gift_who[] = {
	/* L10N: who receives a gift to many: every active member. */
	{ "active", N_("all active members") },
	/* L10N: … the active women (三八节). */
	{ "women", N_("the women") },
	{ "retired", N_("the retirees") },
	/* L10N: … the active members of one union group (工会小组). */
	{ "group", N_("a union group") },
	/* L10N: … the members whose numbers are typed in a list. */
	{ "list", N_("a list of numbers") },
};

const int gift_who_n = 5;

enum { G_WHO, G_GRP, G_LIST };

#define AT(m) FORM_AT(struct gift, m)
static const struct form_field gift_fields[] = {
	{ .name = "who", .label = N_("To"), .kind = FK_CHOICE, .width = 20,
	  .choices = gift_who, .nchoices = 5, AT(who) },
	{ .name = "grp", .label = N_("Group"), .kind = FK_TEXT, .width = 20, .required = 1,
	  AT(grp) },
	/* L10N: form label: the membership numbers of those who receive the gift. */
	{ .name = "list", .label = N_("Numbers"), .kind = FK_TEXT, .width = 48,
	  .required = 1, AT(list), .limit.code = 1 },
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(w.date) },
	{ .name = "kind", .label = N_("Reason"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_WELFARE, AT(w.kind) },
	/* L10N: form label: cash to each member. */
	{ .name = "cash", .label = N_("Cash each"), .kind = FK_MONEY, .width = 12,
	  AT(w.cash) },
	{ .name = "goods", .label = N_("Goods"), .kind = FK_TEXT, .width = 30, AT(w.goods) },
	/* L10N: form label: what the goods given to each member are worth. */
	{ .name = "goods_value", .label = N_("Value each"), .kind = FK_MONEY, .width = 12,
	  AT(w.goods_value) },
	{ .name = "paid_by", .label = N_("Paid by"), .kind = FK_CHOICE, .width = 14,
	  .cat = CAT_PAID_BY, AT(w.paid_by) },
	{ .name = "note", .label = N_("Note"), .kind = FK_TEXT, .width = 48, AT(w.note) },
};
#undef AT
#define NGFIELDS ((int)(sizeof gift_fields / sizeof gift_fields[0]))

static int gift_shown(const struct form *f, int i)
{
	const char *who = form_get(f, "who");
	if (i == G_GRP)
		return strcmp(who, "group") == 0;
	if (i == G_LIST)
		return strcmp(who, "list") == 0;
	return 1;
}

err_code gift_who_ids(const char *who, const char *grp, const char *list, int64_t **ids,
		      int *n, struct err *e)
{
	*ids = NULL;
	*n = 0;
	if (strcmp(who, "women") == 0)
		return member_ids_of(MEMBER_WHO_WOMEN, NULL, ids, n, e);
	if (strcmp(who, "retired") == 0)
		return member_ids_of(MEMBER_WHO_RETIRED, NULL, ids, n, e);
	if (strcmp(who, "group") == 0)
		return member_ids_of(MEMBER_WHO_GROUP, grp, ids, n, e);
	if (strcmp(who, "list") != 0)
		return member_ids_of(MEMBER_WHO_ACTIVE, NULL, ids, n, e);
	char copy[512], *save = NULL;
	int cap = 0;
	err_code c = ERR_OK;
	snprintf(copy, sizeof copy, "%s", list);
	for (char *t = strtok_r(copy, ",， 、", &save); t && c == ERR_OK;
	     t = strtok_r(NULL, ",， 、", &save)) {
		struct member m;
		if ((c = member_find(t, &m, e)) != ERR_OK) {
			err_at(e, "list", c);
			break;
		}
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			int64_t *nb = realloc(*ids, (size_t)cap * sizeof *nb);
			if (!nb) {
				c = err_set(e, ERR_NOMEM, NULL);
				break;
			}
			*ids = nb;
		}
		(*ids)[(*n)++] = m.id;
	}
	if (c != ERR_OK) {
		free(*ids);
		*ids = NULL;
		*n = 0;
	}
	return c;
}

/* The ids of those who receive it; *ids malloc'd. */
static err_code gift_ids(const struct gift *g, int64_t **ids, int *n, struct err *e)
{
	return gift_who_ids(g->who, g->grp, g->list, ids, n, e);
}

/* Asked before saving: how many, what it comes to, and the caps it passes. */
static int gift_question(struct form *f, const void *rec, char *buf, size_t n)
{
	(void)f;
	const struct gift *g = rec;
	int64_t *ids = NULL, most = 0;
	int count = 0, over = 0;
	struct err e = { 0 };
	if (gift_ids(g, &ids, &count, &e) != ERR_OK || !count ||
	    cap_check_many(&g->w, ids, count, &over, &most, &e) != ERR_OK) {
		free(ids);
		return 0;    /* the save says what is wrong */
	}
	free(ids);
	char total[32], by[32], caps[512] = "";
	money_format((g->w.cash + g->w.goods_value) * count, total, sizeof total);
	if (over)
		/* L10N: %1$d members the gift takes past the cap of %2$s (a welfare kind),
		 * %3$s the most by which one goes past. Ends with a space: a question
		 * follows. */
		snprintf(caps, sizeof caps, ngettext("It takes %1$d member past the union's cap "
						     "for %2$s, by up to %3$s. ",
						     "It takes %1$d members past the union's cap "
						     "for %2$s, by up to %3$s. ", over),
			 over, cat_name(CAT_WELFARE, g->w.kind), money_format(most, by, sizeof by));
	/* L10N: before a gift to many is saved: %1$s what went before (a sentence about the
	 * caps, or nothing), %2$s the kind, %3$d members, %4$s the total. */
	snprintf(buf, n, ngettext("%1$sGive %2$s to %3$d member, %4$s in all?",
				  "%1$sGive %2$s to %3$d members, %4$s in all?", count),
		 caps, cat_name(CAT_WELFARE, g->w.kind), count, total);
	return 1;
}

static err_code gift_save(struct form *f, void *rec, struct err *e)
{
	(void)f;
	struct gift *g = rec;
	int64_t *ids = NULL, most = 0;
	int count = 0, over = 0;
	err_code c = gift_ids(g, &ids, &count, e);
	if (c == ERR_OK && !count)
		c = err_at(e, "who", err_set(e, ERR_INPUT, _("Nobody was chosen to receive the "
							      "gift.")));
	if (c == ERR_OK && (c = cap_check_many(&g->w, ids, count, &over, &most, e)) != ERR_OK)
		err_at(e, g->w.cash > 0 ? "cash" : "goods", c);
	if (c == ERR_OK)
		c = welfare_give_many(&g->w, ids, count, NULL, e);
	if (c == ERR_OK) {
		char total[32];
		money_format((g->w.cash + g->w.goods_value) * count, total, sizeof total);
		/* L10N: after a gift to many: %1$s the kind, %2$d members, %3$s the total. */
		ui_msg(ngettext("Gave %1$s to %2$d member, %3$s in all.",
				"Gave %1$s to %2$d members, %3$s in all.", count),
		       cat_name(CAT_WELFARE, g->w.kind), count, total);
	}
	free(ids);
	return c;
}

int gift_scr_form(void)
{
	static struct gift g;
	memset(&g, 0, sizeof g);
	welfare_init(&g.w);
	snprintf(g.who, sizeof g.who, "active");
	snprintf(g.w.kind, sizeof g.w.kind, "holiday");
	struct form *f = form_new(_("A gift to many members at once"), gift_fields, NGFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return 0;
	}
	form_record(f, &g, sizeof g);
	form_shown(f, gift_shown);
	form_note(f, _("The same to each; one entry in the books. F2 saves (asks first)."));
	form_footer(f, _("Numbers: membership numbers separated by commas (T001, T002). The "
			 "union's welfare caps are checked: going past one is asked, a gift they "
			 "forbid is refused."));
	form_confirm(f, gift_question);
	form_on_save(f, gift_save, NULL);
	int r = form_run(f);
	form_free(&f);
	return r == FORM_SAVED ? atoi(g.w.date) : 0;
}

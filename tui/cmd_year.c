/*
 * cmd_year.c — the union's year on the command line:
 *
 *   gonghui caps [none|anhui]   the welfare caps the union keeps (per kind, per member
 *                               and year; core/cap.h) and this year's figures against
 *                               them; with a preset, apply it first
 *   gonghui give --to WHO --kind KIND [--cash X] [--goods TEXT] [--value X]
 *                [--paid-by union|school] [--date D] [--note TEXT] [--yes]
 *                               one thing to many members in one transaction (集体发放):
 *                               one welfare row each and one ledger entry for the
 *                               union's part (welfare_give_many). WHO is active, women,
 *                               retired, group=NAME or list=T001,T002,…
 *
 * A gift that would take members past a cap asks first on a terminal, saying how many
 * and by how much (--yes for scripts, refused without it when not on a terminal); a
 * gift a cap refuses (cash as a festival gift under the Anhui preset) is refused.
 * Exit status: 0 done; 1 refused or a bad value (nothing written); 2 usage.
 */
#include "tui/cli.h"
#include "core/book.h"
#include "core/cap.h"
#include "core/category.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/text.h"
#include "core/welfare.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void caps_print(void)
{
	char preset[16], a[32], b[32], c[32], label[256];
	int n = 0, np;
	struct cap_figure f[16];
	struct err e = { 0 };
	const struct cap_preset *p = cap_presets(&np);
	cap_preset_current(preset, sizeof preset);
	const char *name = preset;
	for (int i = 0; i < np; i++)
		if (strcmp(p[i].code, preset) == 0)
			name = _(p[i].name);
	char today[DATE_LEN];
	date_today(today);
	/* L10N: `gonghui caps`: %s the preset's name (none, Anhui, custom). */
	printf(_("Welfare caps: %s\n"), name);
	if (cap_figures(atoi(today), f, 16, &n, &e) != ERR_OK) {
		fprintf(stderr, "gonghui: %s\n", e.msg);
		return;
	}
	if (!n)
		return;
	/* L10N: `gonghui caps`: the columns; %d the year. */
	printf(_("  kind, cap per member a year       given in %d: people, total, most\n"),
	       atoi(today));
	for (int i = 0; i < n; i++) {
		char cap[64], pad[256];
		if (f[i].cap == CAP_NONE)
			snprintf(cap, sizeof cap, "%s", _("no limit"));
		else
			money_format(f[i].cap, cap, sizeof cap);
		if (f[i].no_cash)
			/* L10N: %1$s kind, %2$s its cap, when only goods may be given. */
			snprintf(label, sizeof label, _("%1$s %2$s, goods only"),
				 cat_name(CAT_WELFARE, f[i].kind), cap);
		else
			snprintf(label, sizeof label, "%s %s", cat_name(CAT_WELFARE, f[i].kind), cap);
		text_pad(label, 34, TEXT_LEFT, pad, sizeof pad);
		printf("  %s %4d %12s %12s", pad, f[i].people, money_format(f[i].total, a, sizeof a),
		       money_format(f[i].most, b, sizeof b));
		if (f[i].over)
			/* L10N: after a kind's figures: %1$d members past the cap, %2$s by how
			 * much in all. */
			printf(ngettext("  (%1$d past the cap by %2$s)", "  (%1$d past the cap by %2$s)",
					f[i].over), f[i].over, money_format(f[i].over_by, c, sizeof c));
		printf("\n");
	}
}

int cmd_caps(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli_stopped();
	argc -= optind, argv += optind;
	if (argc > 1)
		return cli_usage(_("caps takes at most one preset: none or anhui."));
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	int rc = 0;
	if (argc == 1 && cap_preset_apply(argv[0], &e) != ERR_OK)
		rc = cli_fail(&e);
	else
		caps_print();
	book_close();
	return rc;
}

/* The ids of WHO: active, women, retired, group=NAME, list=T001,T002 */
static err_code give_who(const char *who, int64_t **ids, int *n, struct err *e)
{
	*ids = NULL;
	*n = 0;
	if (strcmp(who, "active") == 0)
		return member_ids_of(MEMBER_WHO_ACTIVE, NULL, ids, n, e);
	if (strcmp(who, "women") == 0)
		return member_ids_of(MEMBER_WHO_WOMEN, NULL, ids, n, e);
	if (strcmp(who, "retired") == 0)
		return member_ids_of(MEMBER_WHO_RETIRED, NULL, ids, n, e);
	if (strncmp(who, "group=", 6) == 0)
		return member_ids_of(MEMBER_WHO_GROUP, who + 6, ids, n, e);
	if (strncmp(who, "list=", 5) == 0) {
		char *copy = strdup(who + 5), *save = NULL;
		int cap = 0;
		err_code c = ERR_OK;
		for (char *t = strtok_r(copy, ",，", &save); t && c == ERR_OK;
		     t = strtok_r(NULL, ",，", &save)) {
			struct member m;
			if ((c = member_find(t, &m, e)) != ERR_OK)
				break;
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
		free(copy);
		if (c != ERR_OK) {
			free(*ids);
			*ids = NULL;
			*n = 0;
		}
		return c;
	}
	/* L10N: --to of `gonghui give`; keep the words active, women, retired, group=, list=
	 * in English: they are typed as they are. */
	return err_set(e, ERR_INPUT, _("--to \"%s\": give active, women, retired, group=NAME or "
				       "list=T001,T002."), who);
}

int cmd_give(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "to", required_argument, NULL, 't' },
		{ "kind", required_argument, NULL, 'k' },
		{ "cash", required_argument, NULL, 'c' },
		{ "goods", required_argument, NULL, 'g' },
		{ "value", required_argument, NULL, 'v' },
		{ "paid-by", required_argument, NULL, 'p' },
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'n' },
		{ "yes", no_argument, NULL, 'y' },
		{ 0 }
	};
	const char *to = NULL, *kind = NULL, *cash = NULL, *value = NULL, *paid_by = NULL;
	const char *date = NULL;
	struct welfare w;
	struct err e = { 0 };
	int yes = 0, c;
	welfare_init(&w);
	while ((c = cli_getopt(argc, argv, "y", opts)) != -1) {
		switch (c) {
		case 't': to = cli_arg(optarg); break;
		case 'k': kind = cli_arg(optarg); break;
		case 'c': cash = cli_arg(optarg); break;
		case 'g': snprintf(w.goods, sizeof w.goods, "%s", cli_arg(optarg)); break;
		case 'v': value = cli_arg(optarg); break;
		case 'p': paid_by = cli_arg(optarg); break;
		case 'd': date = optarg; break;
		case 'n': snprintf(w.note, sizeof w.note, "%s", cli_arg(optarg)); break;
		case 'y': yes = 1; break;
		default: return cli_stopped();
		}
	}
	argc -= optind, argv += optind;
	if (argc || !to || !kind)
		return cli_usage(_("give needs --to WHO and --kind KIND, e.g. 'gonghui give --to "
				   "women --kind holiday --goods 毛巾 --value 45'."));
	const char *code;
	if (cat_parse(CAT_WELFARE, "--kind", kind, &code, &e) != ERR_OK)
		return cli_fail(&e);
	snprintf(w.kind, sizeof w.kind, "%s", code);
	if (paid_by) {
		if (cat_parse(CAT_PAID_BY, "--paid-by", paid_by, &code, &e) != ERR_OK)
			return cli_fail(&e);
		snprintf(w.paid_by, sizeof w.paid_by, "%s", code);
	}
	if ((cash && money_parse(cash, &w.cash, &e) != ERR_OK) ||
	    (value && money_parse(value, &w.goods_value, &e) != ERR_OK) ||
	    (date && date_parse(date, w.date, &e) != ERR_OK))
		return cli_fail(&e);
	if (!cli_open(&e))
		return cli_fail(&e);

	int64_t *ids = NULL, entry = 0;
	int n = 0, over = 0, rc = 0;
	int64_t most = 0;
	if (give_who(to, &ids, &n, &e) != ERR_OK ||
	    cap_check_many(&w, ids, n, &over, &most, &e) != ERR_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	if (over && !yes) {
		char by[32], q[512];
		money_format(most, by, sizeof by);
		/* L10N: %1$d members the gift would take past the cap of %2$s (a welfare
		 * kind), %3$s the most by which one goes past. */
		snprintf(q, sizeof q, ngettext("This takes %1$d member past the union's cap for "
					       "%2$s (by up to %3$s).",
					       "This takes %1$d members past the union's cap for "
					       "%2$s (by up to %3$s).", over),
			 over, cat_name(CAT_WELFARE, w.kind), by);
		if (!isatty(STDIN_FILENO)) {
			err_set(&e, ERR_INPUT, _("%s Add --yes to give it all the same."), q);
			rc = cli_fail(&e);
			goto out;
		}
		printf("%s %s %s", q, _("Give it all the same?"), _("[y/N] "));
		fflush(stdout);
		char answer[64] = "";
		if (!fgets(answer, sizeof answer, stdin))
			answer[0] = '\0';
		answer[strcspn(answer, "\r\n")] = '\0';
		if (!cli_is_yes(answer, _("y|yes"))) {
			printf(_("Nothing was given.\n"));
			rc = EXIT_USER;
			goto out;
		}
	}
	if (welfare_give_many(&w, ids, n, &entry, &e) != ERR_OK) {
		rc = cli_fail(&e);
		goto out;
	}
	char total[32];
	money_format((w.cash + w.goods_value) * n, total, sizeof total);
	/* L10N: after `gonghui give`: %1$s the kind, %2$d members, %3$s the total value. */
	printf(ngettext("Gave %1$s to %2$d member, %3$s in all.\n",
			"Gave %1$s to %2$d members, %3$s in all.\n", n),
	       cat_name(CAT_WELFARE, w.kind), n, total);
out:
	free(ids);
	book_close();
	return rc;
}

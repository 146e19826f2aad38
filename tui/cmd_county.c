/*
 * cmd_county.c — the county's commands (core/county.h):
 *
 *     gonghui consolidate -o COUNTY.db SCHOOL.db…
 *         gather the schools' files into the county database (created when missing),
 *         all or none: each refused file is named on its own line on stderr and the
 *         county database is left as it was (exit 1); a line per school consolidated
 *         on stdout.
 *     gonghui -f COUNTY.db report [--year Y] [--format text|csv] [--by-school]
 *         the county's totals (the year-end report, summed over its schools), or a row
 *         per school; --by-school on a school's own file is refused.
 */
#include "tui/cli.h"
#include "core/book.h"
#include "core/county.h"
#include "core/i18n.h"
#include "core/report.h"
#include "core/text.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void county_said(int refused, const char *sentence, void *arg)
{
	(void)arg;
	/* a school's name comes from its file: shown as text */
	char shown[4096];
	text_clean(sentence, shown, sizeof shown);
	if (refused)
		fprintf(stderr, "gonghui: %s\n", shown);
	else
		printf("%s\n", shown);
}

int cmd_consolidate(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ 0 }
	};
	const char *county = NULL;
	int c;
	while ((c = cli_getopt(argc, argv, "o:", opts)) != -1) {
		if (c != 'o')
			return cli_stopped();
		county = optarg;
	}
	argc -= optind, argv += optind;
	if (!county)
		return cli_usage(_("consolidate needs the county database to write, e.g. "
				   "'gonghui consolidate -o county.db school1.db school2.db'."));
	if (argc < 1)
		return cli_usage(_("consolidate needs at least one school's file."));
	struct err e = { 0 };
	int done = 0;
	if (county_consolidate(county, (const char *const *)argv, argc, county_said, NULL, &done,
			       &e) != ERR_OK)
		return cli_fail(&e);
	printf(ngettext("%1$d school consolidated into %2$s.\n",
			"%1$d schools consolidated into %2$s.\n", done), done, county);
	return 0;
}

int cmd_county_report(int year, int csv, int by_school)
{
	struct err e = { 0 };
	if (!county_is_county()) {
		err_set(&e, ERR_INPUT, _("--by-school needs a county database, made by 'gonghui "
					 "consolidate'."));
		return cli_fail(&e);
	}
	if (by_school) {
		struct county_row *rows = NULL, total;
		int n = 0;
		if (county_by_school(year, &rows, &n, &total, &e) != ERR_OK)
			return cli_fail(&e);
		if (csv)
			county_print_by_school_csv(stdout, rows, n);
		else
			county_print_by_school(stdout, year, rows, n, &total, 80);
		free(rows);
	} else {
		struct report r;
		if (county_report(year, &r, &e) != ERR_OK)
			return cli_fail(&e);
		if (csv)
			report_print_csv(stdout, &r);
		else
			report_print_text(stdout, &r, 80);
		report_free(&r);
	}
	if (fflush(stdout) != 0) {
		err_set(&e, ERR_IO, _("Could not write the output."));
		return cli_fail(&e);
	}
	return 0;
}

/*
 * cli.c — the command-line contract (DESIGN.md "The command line"):
 *
 *     gonghui                        the full-screen program on the default database
 *     gonghui -f FILE …              use FILE (also: GONGHUI_DB=FILE)
 *     gonghui report [--year Y] [--format text|csv]
 *     gonghui import KIND FILE.csv   all rows or none; errors as FILE:LINE: message
 *     gonghui export KIND [--format csv]
 *     gonghui check | backup DEST | restore SRC
 *     gonghui --help | --version
 *
 * Exit status: 0 success, 1 a user error (one line on stderr), 2 a usage error.
 */
#include "config.h"
#include "tui/cli.h"
#include "core/book.h"
#include "core/date.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/report.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EXIT_USER = 1, EXIT_USAGE = 2 };

static struct {
	const char *db_file;   /* -f FILE, or NULL for the default */
} cli;

static void cli_help(FILE *out)
{
	/* L10N: the whole --help text; keep the command names, options and KIND words
	 * (members, dues, …) in English: they are typed as they are. */
	fprintf(out, _("Usage: gonghui [-f FILE] [COMMAND]\n"
		       "Keep the books of a school trade union: members, dues, welfare and visits,\n"
		       "events and sign-ups, donations, proposals, and the year-end report.\n"
		       "\n"
		       "With no command, gonghui opens the full-screen program.\n"
		       "\n"
		       "Commands:\n"
		       "  report [--year Y] [--format text|csv]\n"
		       "                        print the year's tallies for the annual report\n"
		       "  import KIND FILE.csv  add records from a CSV file (all rows or none)\n"
		       "  export KIND           print records as CSV\n"
		       "  close YYYY-MM         close a month (月结): no more changes to its money\n"
		       "  check                 check the database file for damage\n"
		       "  backup DEST           copy the database to the file DEST\n"
		       "  restore SRC           replace the database with the backup SRC\n"
		       "\n"
		       "KIND is one of:\n"
		       "  %s\n"
		       "\n"
		       "Options:\n"
		       "  -f, --file FILE       use the database FILE (created on first use)\n"
		       "  -h, --help            show this help\n"
		       "  -V, --version         show the version\n"
		       "\n"
		       "The database is $GONGHUI_DB if set, else\n"
		       "$XDG_DATA_HOME/gonghui/gonghui.db (~/.local/share/gonghui/gonghui.db).\n"
		       "CSV files may be UTF-8 or GBK (as Excel and WPS save them); the first\n"
		       "row names the columns. See `man gonghui` for the columns of each KIND.\n"),
		io_kind_names());
}

static int cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int cli_usage(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "gonghui: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	fprintf(stderr, _("Try 'gonghui --help' for more information.\n"));
	return EXIT_USAGE;
}

static int cli_fail(const struct err *e)
{
	fprintf(stderr, "gonghui: %s\n", e->msg);
	return EXIT_USER;
}

static int cli_open(struct err *e)
{
	return book_open(cli.db_file, e) == ERR_OK;
}

/* The value of option `name` at argv[*i], given as "--name VALUE" or "--name=VALUE";
 * NULL when argv[*i] is another option. *missing is set when the value is absent. */
static const char *cli_option(int argc, char **argv, int *i, const char *name, int *missing)
{
	size_t n = strlen(name);
	if (strncmp(argv[*i], name, n) != 0)
		return NULL;
	if (argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (argv[*i][n] != '\0')
		return NULL;
	if (*i + 1 >= argc) {
		*missing = 1;
		return NULL;
	}
	return argv[++*i];
}

static int cmd_import(int argc, char **argv)
{
	if (argc != 3)
		return cli_usage(_("import needs a KIND and a FILE.csv, e.g. 'gonghui import members members.csv'."));
	struct err e = { 0 };
	if (!io_find(argv[1])) {
		err_set(&e, ERR_INPUT, _("Unknown kind \"%s\"; use one of: %s."), argv[1],
			io_kind_names());
		return cli_fail(&e);
	}
	if (!cli_open(&e))
		return cli_fail(&e);
	int rows = 0;
	if (io_import(argv[1], argv[2], &rows, &e) != ERR_OK) {
		/* One line, FILE:LINE: what is wrong; the import is all rows or none, as
		 * the help and the manual say, so nothing was imported. */
		fprintf(stderr, "%s\n", e.msg);
		book_close();
		return EXIT_USER;
	}
	book_close();
	printf(ngettext("Imported %d row from %s.\n", "Imported %d rows from %s.\n", rows),
	       rows, argv[2]);
	return 0;
}

static int cmd_export(int argc, char **argv)
{
	const char *kind = NULL;
	for (int i = 1; i < argc; i++) {
		const char *v;
		int missing = 0;
		if ((v = cli_option(argc, argv, &i, "--format", &missing)) || missing) {
			if (!v || strcmp(v, "csv") != 0)
				return cli_usage(_("export knows only --format csv, not '%s'."),
						 v ? v : "");
		} else if (argv[i][0] == '-') {
			return cli_usage(_("unknown option '%s' for export."), argv[i]);
		} else if (!kind) {
			kind = argv[i];
		} else {
			return cli_usage(_("export takes one KIND, not also '%s'."), argv[i]);
		}
	}
	if (!kind)
		return cli_usage(_("export needs a KIND, e.g. 'gonghui export members'."));
	struct err e = { 0 };
	if (!io_find(kind)) {
		err_set(&e, ERR_INPUT, _("Unknown kind \"%s\"; use one of: %s."), kind,
			io_kind_names());
		return cli_fail(&e);
	}
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code c = io_export(kind, stdout, &e);
	book_close();
	if (fflush(stdout) != 0 && c == ERR_OK)
		c = err_set(&e, ERR_IO, _("Could not write the output."));
	return c == ERR_OK ? 0 : cli_fail(&e);
}

static int cmd_check(int argc, char **argv)
{
	if (argc != 1)
		return cli_usage(_("check takes no arguments ('%s')."), argv[1]);
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code c = book_check(&e);
	if (c == ERR_OK)
		printf(_("%s: the database is in good order.\n"), book_path());
	book_close();
	return c == ERR_OK ? 0 : cli_fail(&e);
}

static int cmd_backup(int argc, char **argv)
{
	if (argc != 2)
		return cli_usage(_("backup needs the file to write, e.g. 'gonghui backup /media/usb/gonghui-2025.db'."));
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code c = book_backup(argv[1], &e);
	book_close();
	if (c != ERR_OK)
		return cli_fail(&e);
	printf(_("Backed up to %s.\n"), argv[1]);
	return 0;
}

static int cmd_restore(int argc, char **argv)
{
	if (argc != 2)
		return cli_usage(_("restore needs the backup file to read."));
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code c = book_restore(argv[1], &e);
	book_close();
	if (c != ERR_OK)
		return cli_fail(&e);
	printf(_("Restored from %s; the previous contents were saved beside the database.\n"),
	       argv[1]);
	return 0;
}

static int cmd_report(int argc, char **argv)
{
	char today[DATE_LEN];
	date_today(today);
	int year = atoi(today), csv = 0;
	for (int i = 1; i < argc; i++) {
		const char *v;
		int missing = 0;
		if ((v = cli_option(argc, argv, &i, "--year", &missing)) || missing) {
			char *end = NULL;
			long y = v ? strtol(v, &end, 10) : 0;
			if (!v || end == v || *end || y < 1900 || y > 2999)
				return cli_usage(_("--year needs a year like 2025."));
			year = (int)y;
		} else if ((v = cli_option(argc, argv, &i, "--format", &missing)) || missing) {
			if (!v)
				return cli_usage(_("--format needs text or csv."));
			if (strcmp(v, "csv") != 0 && strcmp(v, "text") != 0)
				return cli_usage(_("report knows --format text or csv, not '%s'."), v);
			csv = strcmp(v, "csv") == 0;
		} else if (argv[i][0] == '-') {
			return cli_usage(_("unknown option '%s' for report."), argv[i]);
		} else {
			return cli_usage(_("report takes options only, not '%s'."), argv[i]);
		}
	}
	struct err e = { 0 };
	struct report r;
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code c = report_compute(year, &r, &e);
	book_close();
	if (c != ERR_OK)
		return cli_fail(&e);
	if (csv)
		report_print_csv(stdout, &r);
	else
		report_print_text(stdout, &r, 80);
	report_free(&r);
	if (fflush(stdout) != 0) {
		err_set(&e, ERR_IO, _("Could not write the output."));
		return cli_fail(&e);
	}
	return 0;
}

/* Close a month (月结): permanent, so the sentence says what it means. */
static int cmd_close(int argc, char **argv)
{
	if (argc != 2)
		return cli_usage(_("close needs the month to close, e.g. 'gonghui close 2025-06'."));
	struct err e = { 0 };
	char ym[MONTH_LEN];
	if (month_parse(argv[1], ym, &e) != ERR_OK)
		return cli_fail(&e);
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code c = ledger_close_month(ym, &e);
	book_close();
	if (c != ERR_OK)
		return cli_fail(&e);
	printf(_("Closed %s: its records of money can no longer be changed; correct a mistake "
		 "in it with a reversing entry in an open month.\n"), ym);
	return 0;
}

/* Defined by the front end when it is built in; until then the help is shown. */
int app_run(void) __attribute__((weak));

static int cmd_app(void)
{
	if (!app_run) {
		cli_help(stdout);
		return 0;
	}
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	int rc = app_run();
	book_close();
	return rc;
}

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
} commands[] = {
	{ "report", cmd_report },
	{ "import", cmd_import },
	{ "export", cmd_export },
	{ "check", cmd_check },
	{ "backup", cmd_backup },
	{ "restore", cmd_restore },
	{ "close", cmd_close },
};

int cli_main(int argc, char **argv)
{
	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			cli_help(stdout);
			return 0;
		}
		if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			printf("gonghui %s\n", GH_VERSION);
			return 0;
		}
		if (strcmp(a, "-f") == 0 || strcmp(a, "--file") == 0) {
			if (++i >= argc)
				return cli_usage(_("%s needs a file name."), a);
			cli.db_file = argv[i];
		} else if (strncmp(a, "--file=", 7) == 0) {
			cli.db_file = a + 7;
		} else {
			return cli_usage(_("unknown option '%s'."), a);
		}
	}
	if (i == argc)
		return cmd_app();
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
		if (strcmp(argv[i], commands[k].name) == 0)
			return commands[k].run(argc - i, argv + i);
	if (strcmp(argv[i], "help") == 0) {
		cli_help(stdout);
		return 0;
	}
	return cli_usage(_("unknown command '%s'."), argv[i]);
}

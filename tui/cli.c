/*
 * cli.c — the command line (doc/design.md "The command line"):
 *
 *     gonghui [-f FILE]              the full-screen program
 *     gonghui [-f FILE] COMMAND [OPTION…] [ARGUMENT…]
 *     gonghui --help | --version | COMMAND --help
 *
 * Options are read by getopt_long, so `-f FILE`, `-fFILE`, `--file FILE` and
 * `--file=FILE` all work, before the command or after it, and `--` ends the options.
 *
 * A command is one row of `commands` below (its name, its arguments as --help shows
 * them, one translatable line saying what it does) and one function cmd_NAME(argc,
 * argv), which reads its own options with cli_getopt() — that also takes the options
 * every command knows (-f FILE, -h) — and then its operands from argv[optind…]:
 *
 *     static int cmd_thing(int argc, char **argv)
 *     {
 *             static const struct option opts[] = {
 *                     { "year", required_argument, NULL, 'y' }, { 0 } };
 *             int c;
 *             while ((c = cli_getopt(argc, argv, "", opts)) != -1)
 *                     switch (c) {
 *                     case 'y': …; break;
 *                     default: return cli.stop;    (--help shown, or a usage error)
 *                     }
 *             argc -= optind, argv += optind;      (argv[0] is the first operand)
 *             …
 *     }
 *
 * Exit status: 0 success, 1 a user error (one line on stderr), 2 a usage error.
 */
#include "config.h"
#include "tui/cli.h"
#include "core/book.h"
#include "core/county.h"
#include "core/date.h"
#include "core/error.h"
#include "core/i18n.h"
#include "core/io.h"
#include "core/journal.h"
#include "core/ledger.h"
#include "core/monthend.h"
#include "core/report.h"
#include "core/text.h"
#include "core/sheet.h"
#include "core/encode.h"
#include "core/category.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *args;   /* its options and operands as --help shows them; typed as they are */
	const char *what;   /* N_(): what it does, one line */
};

static const struct cli_command *cli_find(const char *name);

enum { MAX_OPTS = 32 };

static struct {
	const char *db_file;              /* -f FILE, or NULL for the default */
	const struct cli_command *cmd;    /* the command running, NULL before it is known */
	int stop;                         /* what a command returns when cli_getopt says '?' */
	struct option opts[MAX_OPTS];     /* the command's long options and the common ones */
	char shorts[64];
	/* Under an older Chinese locale (GB18030 …): its charset, and standard output as it
	 * was, for the bytes of an export; stdout and stderr then convert the program's
	 * UTF-8 into that charset. NULL under UTF-8. */
	const char *charset;
	FILE *raw_out;
} cli;

/* The options every command takes, after its own (see cli_getopt). */
static const struct option cli_common[] = {
	{ "file", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
};

static void cli_version(void)
{
	printf("gonghui %s\n", GH_VERSION);
	printf("Copyright (C) 2026 the gonghui authors\n");
	/* L10N: the licence lines of --version, as GNU programs print them. */
	printf(_("License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
		 "This is free software: you are free to change and redistribute it.\n"
		 "There is NO WARRANTY, to the extent permitted by law.\n"));
}

static void cli_help(FILE *out);

/* "report [--year Y] [--format text|csv]": the command's name and its arguments. */
static const char *cli_synopsis(const struct cli_command *c, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s", c->name, *c->args ? " " : "", c->args);
	return buf;
}

/* One command's help: `gonghui report --help`, `gonghui help report`. */
static void cli_help_command(FILE *out, const struct cli_command *c)
{
	char syn[160];
	fprintf(out, _("Usage: gonghui [-f FILE] %s\n"), cli_synopsis(c, syn, sizeof syn));
	fprintf(out, "%s\n", _(c->what));
	fprintf(out, "\n");
	fprintf(out, _("  -f, --file=FILE       use the database FILE\n"
		       "  -h, --help            show this help\n"));
	fprintf(out, "\n");
	fprintf(out, _("See 'gonghui --help' for the other commands,\n"
		       "and `man gonghui` for the columns of each KIND.\n"));
}

int cli_usage(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(stderr, "gonghui: ");
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\n");
	va_end(ap);
	if (cli.cmd)
		/* L10N: %s is the command, e.g. report. */
		fprintf(stderr, _("Try 'gonghui %s --help' for more information.\n"),
			cli.cmd->name);
	else
		fprintf(stderr, _("Try 'gonghui --help' for more information.\n"));
	return EXIT_USAGE;
}

/* A message on stderr as text: a value quoted from a crafted file cannot move the cursor
 * or erase the FILE:LINE in front of it. */
static void cli_say(const char *prefix, const char *msg)
{
	char shown[sizeof ((struct err *)0)->msg * 4];
	fprintf(stderr, "%s%s\n", prefix, text_clean(msg, shown, sizeof shown));
}

int cli_fail(const struct err *e)
{
	cli_say("gonghui: ", e->msg);
	return EXIT_USER;
}

/* how: 0 for an existing book, BOOK_CREATE (import), BOOK_APP (the full-screen
 * program): only those two make a new database. */
int cli_open_as(struct err *e, int how)
{
	return book_open_as(cli.db_file, how, e) == ERR_OK;
}

int cli_open(struct err *e) { return cli_open_as(e, 0); }

/* A county database (gonghui consolidate) holds its schools' records; nothing is entered
 * into it. Closes the book. */
static int cli_not_school(struct err *e)
{
	err_set(e, ERR_INPUT, _("%s is a county database: records are entered in each school's "
				"own file, then consolidated."), book_path());
	book_close();
	return cli_fail(e);
}

/* The option getopt_long has just refused, as the person typed it ("--colour", "-x"). */
static const char *cli_bad_option(char **argv, char *buf, size_t size)
{
	const char *prev = optind > 0 ? argv[optind - 1] : "";
	if (optopt && strncmp(prev, "--", 2) != 0) {
		snprintf(buf, size, "-%c", optopt);
		return buf;
	}
	snprintf(buf, size, "%.*s", (int)strcspn(prev, "="), prev);
	return buf;
}

/*
 * getopt_long over a command's argv (argv[0] is the command's name) with its short
 * options `shorts` and long options `longs` (ending with { 0 }), plus the common
 * -f/--file FILE and -h/--help, which it handles itself. Returns the next option of the
 * command's own, -1 after the last (optind is then the first operand), or '?' when the
 * command must return cli.stop: 0 after --help, EXIT_USAGE after a usage message.
 */
int cli_getopt(int argc, char **argv, const char *shorts, const struct option *longs)
{
	if (optind == 0) {
		size_t n = 0;
		for (; longs[n].name && n < MAX_OPTS - 3; n++)
			cli.opts[n] = longs[n];
		for (size_t k = 0; k < sizeof cli_common / sizeof cli_common[0]; k++)
			cli.opts[n++] = cli_common[k];
		cli.opts[n] = (struct option){ 0 };
		snprintf(cli.shorts, sizeof cli.shorts, ":%sf:h", shorts);
	}
	char buf[64];
	for (;;) {
		int c = getopt_long(argc, argv, cli.shorts, cli.opts, NULL);
		switch (c) {
		case 'f':
			cli.db_file = optarg;
			continue;
		case 'h':
			cli_help_command(stdout, cli.cmd);
			cli.stop = 0;
			return '?';
		case ':':
			cli.stop = optopt == 'f'
				? cli_usage(_("%s needs a file name."), argv[optind - 1])
				: cli_usage(_("%s needs a value."), argv[optind - 1]);
			return '?';
		case '?':
			cli.stop = cli_usage(_("unknown option '%s' for %s."),
					     cli_bad_option(argv, buf, sizeof buf), cli.cmd->name);
			return '?';
		default:
			return c;
		}
	}
}

/* Reads the options of a command that has none of its own: 1 when it may go on to its
 * operands at argv[optind…], 0 when it must return cli.stop. */
int cli_no_options(int argc, char **argv)
{
	static const struct option none[] = { { 0 } };
	return cli_getopt(argc, argv, "", none) == -1;
}

int cli_stopped(void) { return cli.stop; }

const char *cli_arg(const char *arg)
{
	return cli.charset ? encode_from(arg, cli.charset) : arg;
}

static int cmd_import(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli.stop;
	argc -= optind, argv += optind;
	if (argc != 2)
		return cli_usage(_("import needs a KIND and a FILE.csv, e.g. 'gonghui import members members.csv'."));
	struct err e = { 0 };
	if (!io_find(argv[0]))   /* a mistyped KIND is a usage error, like a mistyped command */
		return cli_usage(_("Unknown kind \"%s\"; use one of: %s."), argv[0], io_kind_names());
	if (!cli_open_as(&e, BOOK_CREATE))
		return cli_fail(&e);
	if (county_is_county())
		return cli_not_school(&e);
	int rows = 0;
	if (io_import(argv[0], argv[1], &rows, &e) != ERR_OK) {
		/* One line, FILE:LINE: what is wrong; the import is all rows or none, as
		 * the help and the manual say, so nothing was imported. */
		cli_say("", e.msg);
		book_close();
		return EXIT_USER;
	}
	book_close();
	printf(ngettext("Imported %d row from %s.\n", "Imported %d rows from %s.\n", rows),
	       rows, argv[1]);
	int skipped = io_import_skipped();
	if (skipped)
		/* L10N: after "Imported N rows from FILE." for a ledger file exported by
		 * gonghui: entries that dues, welfare and donations post with their records. */
		printf(ngettext("%d entry posted by dues, welfare or donations was left to "
				"their own imports, which post it with its record.\n",
				"%d entries posted by dues, welfare or donations were left to "
				"their own imports, which post them with their records.\n",
				skipped), skipped);
	return 0;
}

static int cmd_export(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'F' },
		{ "excel", no_argument, NULL, 'x' },
		{ "encoding", required_argument, NULL, 'E' },
		{ "headers", required_argument, NULL, 'H' },
		{ 0 }
	};
	/* under a GB18030 or GBK locale a file comes out as the locale writes files */
	int c, cs = cli.charset && strncasecmp(cli.charset, "GB", 2) == 0 ? ENCODE_GB18030
								  : ENCODE_UTF8, crlf = 0;
	enum io_names names = IO_NAMES_CODES;
	enum { EXPORT_CSV, EXPORT_JOURNAL, EXPORT_VOUCHERS } format = EXPORT_CSV;
	while ((c = cli_getopt(argc, argv, "", opts)) != -1) {
		switch (c) {
		case 'F':
			if (strcmp(optarg, "csv") == 0)
				format = EXPORT_CSV;
			else if (strcmp(optarg, "journal") == 0)
				format = EXPORT_JOURNAL;
			else if (strcmp(optarg, "vouchers") == 0)
				format = EXPORT_VOUCHERS;
			else
				return cli_usage(_("--format knows csv, journal or vouchers, not '%s'."),
						 optarg);
			break;
		case 'x':   /* what Excel and WPS on Chinese Windows open by a double-click */
			cs = ENCODE_GB18030;
			crlf = 1;
			break;
		case 'E':
			cs = encode_find(optarg);
			if (cs < 0)
				return cli_usage(_("--encoding knows utf-8, utf-8-bom or gb18030, not '%s'."),
						 optarg);
			break;
		case 'H':   /* zh: in the script of the reader's language */
			if (strcmp(optarg, "en") == 0)
				names = IO_NAMES_CODES;
			else if (strcmp(optarg, "zh") == 0)
				names = i18n_hant() ? IO_NAMES_HANT : IO_NAMES_HANS;
			else if (strcmp(optarg, "zh_CN") == 0 || strcmp(optarg, "zh-Hans") == 0)
				names = IO_NAMES_HANS;
			else if (strcmp(optarg, "zh_TW") == 0 || strcmp(optarg, "zh-Hant") == 0)
				names = IO_NAMES_HANT;
			else
				return cli_usage(_("--headers knows en, zh, zh_CN or zh_TW, not '%s'."),
						 optarg);
			break;
		default:
			return cli.stop;
		}
	}
	argc -= optind, argv += optind;
	if (argc == 0)
		return cli_usage(_("export needs a KIND, e.g. 'gonghui export members'."));
	if (argc > 1)
		return cli_usage(_("export takes one KIND, not also '%s'."), argv[1]);
	const char *kind = argv[0];
	struct err e = { 0 };
	if (!io_find(kind))   /* a mistyped KIND is a usage error, like a mistyped command */
		return cli_usage(_("Unknown kind \"%s\"; use one of: %s."), kind, io_kind_names());
	if (format != EXPORT_CSV && io_find(kind) != io_find("ledger"))
		return cli_usage(_("--format journal and --format vouchers are forms of the ledger: "
				   "'gonghui export ledger --format %s'."),
				 format == EXPORT_JOURNAL ? "journal" : "vouchers");
	if (format != EXPORT_CSV && names != IO_NAMES_CODES)
		return cli_usage(_("--headers is for the CSV of a kind; a journal and the vouchers "
				   "have headers of their own."));
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code rc;
	/* the bytes asked for, past the conversion of an older locale's stdout */
	fflush(stdout);
	FILE *out = cli.raw_out;
	if (cs == ENCODE_UTF8 && !crlf) {
		rc = format == EXPORT_JOURNAL ? journal_write(out, &e)
		     : format == EXPORT_VOUCHERS ? journal_vouchers(out, &e)
		     : io_export_names(kind, names, out, &e);
	} else {
		/* the whole export, then written out in the charset asked for */
		char *buf = NULL;
		size_t len = 0;
		FILE *mem = open_memstream(&buf, &len);
		if (!mem) {
			book_close();
			err_set(&e, ERR_NOMEM, _("Out of memory."));
			return cli_fail(&e);
		}
		rc = format == EXPORT_JOURNAL ? journal_write(mem, &e)
		     : format == EXPORT_VOUCHERS ? journal_vouchers(mem, &e)
		     : io_export_names(kind, names, mem, &e);
		if (fclose(mem) != 0 && rc == ERR_OK)
			rc = err_set(&e, ERR_NOMEM, _("Out of memory."));
		if (rc == ERR_OK)
			rc = encode_write(buf, len, cs, crlf, out, &e);
		free(buf);
	}
	book_close();
	if (fflush(out) != 0 && rc == ERR_OK)
		rc = err_set(&e, ERR_IO, _("Could not write the output."));
	return rc == ERR_OK ? 0 : cli_fail(&e);
}

/* When the newest automatic backup was made, in one line. */
static void cli_last_backup(FILE *out)
{
	struct book_backup b;
	if (book_last_backup(&b) == ERR_OK)
		fprintf(out, _("The last automatic backup was made on %s (%s).\n"), b.date, b.path);
	else
		fprintf(out, _("No automatic backup has been made yet; 'gonghui backup FILE' makes "
			       "one now.\n"));
}

static int cmd_check(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli.stop;
	argc -= optind, argv += optind;
	if (argc != 0)
		return cli_usage(_("check takes no arguments ('%s')."), argv[0]);
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	err_code c = book_check(&e);
	if (c == ERR_OK) {
		printf(_("%s: the database is in good order.\n"), book_path());
		cli_last_backup(stdout);
	}
	book_close();
	return c == ERR_OK ? 0 : cli_fail(&e);
}

/* `gonghui backup` with no DEST: the automatic backups, newest first. */
static int cli_list_backups(void)
{
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	struct book_backup b[64];
	int n = book_backups(b, 64);
	if (n == 0) {
		printf(_("There are no automatic backups of %s yet.\n"), book_path());
	} else {
		printf(ngettext("%d automatic backup of %s, newest first:\n",
				"%d automatic backups of %s, newest first:\n", n), n, book_path());
		for (int i = 0; i < n && i < 64; i++)
			printf("  %s  %s  (%s)\n", b[i].date, b[i].path,
			       book_backup_kind_name(b[i].kind));
		printf(_("'gonghui restore DATE' puts one back, e.g. 'gonghui restore %s'.\n"),
		       b[0].date);
	}
	book_close();
	return 0;
}

static int cmd_backup(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli.stop;
	argc -= optind, argv += optind;
	if (argc == 0)
		return cli_list_backups();
	if (argc != 1)
		return cli_usage(_("backup takes at most the file to write, e.g. 'gonghui backup /media/usb/gonghui-2025.db'."));
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	char written[PATH_MAX * 2];
	err_code c = book_backup(argv[0], written, sizeof written, &e);
	book_close();
	if (c != ERR_OK)
		return cli_fail(&e);
	printf(_("Backed up to %s.\n"), written);
	return 0;
}

static int cmd_restore(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli.stop;
	argc -= optind, argv += optind;
	if (argc != 1)
		return cli_usage(_("restore needs the backup file to read, or the date of an automatic backup."));
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	char used[PATH_MAX], aside[PATH_MAX];
	err_code c = book_restore(argv[0], used, sizeof used, aside, sizeof aside, &e);
	book_close();
	if (c != ERR_OK)
		return cli_fail(&e);
	if (aside[0])
		printf(_("Restored from %s; the damaged database it replaced is kept as %s.\n"),
		       used, aside);
	else
		printf(_("Restored from %s; the database as it was is kept among the automatic "
			 "backups ('gonghui backup' lists them).\n"), used);
	return 0;
}

static int cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "year", required_argument, NULL, 'y' },
		{ "format", required_argument, NULL, 'F' },
		{ "by-school", no_argument, NULL, 'S' },
		{ 0 }
	};
	char today[DATE_LEN];
	date_today(today);
	int year = atoi(today), csv = 0, by_school = 0, c;
	while ((c = cli_getopt(argc, argv, "", opts)) != -1) {
		switch (c) {
		case 'y': {
			char *end = NULL;
			long y = strtol(optarg, &end, 10);
			if (end == optarg || *end || y < 1900 || y > 2999)
				return cli_usage(_("--year needs a year like 2025."));
			year = (int)y;
			break;
		}
		case 'F':
			if (strcmp(optarg, "csv") != 0 && strcmp(optarg, "text") != 0)
				return cli_usage(_("report knows --format text or csv, not '%s'."),
						 optarg);
			csv = strcmp(optarg, "csv") == 0;
			break;
		case 'S':
			by_school = 1;
			break;
		default:
			return cli.stop;
		}
	}
	if (optind < argc)
		return cli_usage(_("report takes options only, not '%s'."), argv[optind]);
	struct err e = { 0 };
	struct report r;
	if (!cli_open(&e))
		return cli_fail(&e);
	if (by_school || county_is_county()) {   /* tui/cmd_county.c */
		int status = cmd_county_report(year, csv, by_school);
		book_close();
		return status;
	}
	err_code rc = report_compute(year, &r, &e);
	book_close();
	if (rc != ERR_OK)
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

/* Is answer one of y, yes (any case) or the words of `words` ("是|好")? */
int cli_is_yes(const char *answer, const char *words)
{
	if (strcasecmp(answer, "y") == 0 || strcasecmp(answer, "yes") == 0)
		return 1;
	size_t len = strlen(answer);
	for (const char *w = words; len && *w;) {
		size_t k = strcspn(w, "|");
		if (k == len && strncasecmp(w, answer, k) == 0)
			return 1;
		w += k + (w[k] == '|');
	}
	return 0;
}

/* Close a month (月结): the month's summary, then, being permanent, a question on a
 * terminal (--yes for scripts). */
static int cmd_close(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "yes", no_argument, NULL, 'y' },
		{ 0 }
	};
	int yes = 0, c;
	while ((c = cli_getopt(argc, argv, "y", opts)) != -1) {
		if (c != 'y')
			return cli.stop;
		yes = 1;
	}
	argc -= optind, argv += optind;
	if (argc != 1)
		return cli_usage(_("close needs the month to close, e.g. 'gonghui close 2025-06'."));
	struct err e = { 0 };
	char ym[MONTH_LEN];
	if (month_parse(argv[0], ym, &e) != ERR_OK)
		return cli_fail(&e);
	if (!cli_open(&e))
		return cli_fail(&e);
	/* the same summary and question as the Books screen's c */
	if (county_is_county())
		return cli_not_school(&e);
	struct monthend m;
	if (ledger_can_close(ym, &e) != ERR_OK) {
		book_close();
		return cli_fail(&e);
	}
	if (monthend_summary(ym, &m, &e) != ERR_OK) {
		book_close();
		return cli_fail(&e);
	}
	char lines[MONTHEND_LINES][MONTHEND_LINE], q[512];
	int n = monthend_lines(&m, lines, MONTHEND_LINES);
	for (int i = 0; i < n; i++)
		printf("%s\n", lines[i]);
	monthend_question(&m, q, sizeof q);
	if (!yes) {
		if (!isatty(STDIN_FILENO)) {
			book_close();
			/* L10N: %s the month (2025-06). */
			err_set(&e, ERR_INPUT, _("Closing a month cannot be undone, so it is asked on "
						 "a terminal; to close %s from a script, add --yes."),
				ym);
			return cli_fail(&e);
		}
		/* L10N: after the question; y is what to type for yes. */
		printf("%s %s", q, _("[y/N] "));
		fflush(stdout);
		char answer[64] = "";
		if (!fgets(answer, sizeof answer, stdin))
			answer[0] = '\0';
		answer[strcspn(answer, "\r\n")] = '\0';
		/* L10N: the answers taken as yes to a question, besides y and yes, separated by
		 * '|'; Chinese: "是|好|确定". */
		if (!cli_is_yes(answer, _("y|yes"))) {
			book_close();
			printf(_("Nothing was closed.\n"));
			return EXIT_USER;
		}
	}
	err_code r = ledger_close_month(ym, &e);
	book_close();
	if (r != ERR_OK)
		return cli_fail(&e);
	printf(_("Closed %s: its records of money can no longer be changed; correct a mistake "
		 "in it with a reversing entry in an open month.\n"), ym);
	return 0;
}

/* `gonghui print SHEET [options] [-o FILE]`: a sheet for the printer (core/sheet.h). */
static int cmd_print(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "month", required_argument, NULL, 'm' },
		{ "date", required_argument, NULL, 'd' },
		{ "kind", required_argument, NULL, 'k' },
		{ "drive", required_argument, NULL, 'D' },
		{ "year", required_argument, NULL, 'y' },
		{ "quarter", required_argument, NULL, 'Q' },
		{ "lines", required_argument, NULL, 'L' },
		{ "output", required_argument, NULL, 'o' },
		{ 0 }
	};
	struct sheet_opts so = { 0 };
	const char *output = NULL;
	struct err e = { 0 };
	int c;
	while ((c = cli_getopt(argc, argv, "o:", opts)) != -1) {
		switch (c) {
		case 'm':
			if (month_parse(optarg, so.month, &e) != ERR_OK)
				return cli_fail(&e);
			break;
		case 'd':
			if (date_parse(optarg, so.date, &e) != ERR_OK)
				return cli_fail(&e);
			break;
		case 'k': {
			const char *code = NULL;
			if (cat_parse(CAT_WELFARE, "--kind", cli_arg(optarg), &code, &e) != ERR_OK)
				return cli_fail(&e);
			snprintf(so.kind, sizeof so.kind, "%s", code);
			break;
		}
		case 'D':
			so.drive = cli_arg(optarg);
			break;
		case 'y': {
			char *end = NULL;
			long y = strtol(optarg, &end, 10);
			if (end == optarg || *end || y < 1900 || y > 2999)
				return cli_usage(_("--year needs a year like 2025."));
			so.year = (int)y;
			break;
		}
		case 'Q': {   /* 2025Q4, 2025q4 or 2025-Q4 */
			char *end = NULL;
			long y = strtol(optarg, &end, 10);
			if (end && *end == '-')
				end++;
			if (end == optarg || y < 1900 || y > 2999 || !end || (*end != 'Q' && *end != 'q') ||
			    end[1] < '1' || end[1] > '4' || end[2])
				return cli_usage(_("--quarter needs a year and a quarter like 2025Q4."));
			so.year = (int)y;
			so.quarter = end[1] - '0';
			break;
		}
		case 'L': {
			char *end = NULL;
			long n = strtol(optarg, &end, 10);
			if (end == optarg || *end || n < 20 || n > 200)
				return cli_usage(_("--lines needs the lines of a page, from 20 to 200."));
			so.lines = (int)n;
			break;
		}
		case 'o':
			output = optarg;
			break;
		default:
			return cli.stop;
		}
	}
	argc -= optind, argv += optind;
	if (argc == 0)
		return cli_usage(_("print needs a sheet: %s."), sheet_names());
	if (argc > 1)
		return cli_usage(_("print takes one sheet, not also '%s'."), argv[1]);
	if (!sheet_known(argv[0]))
		return cli_usage(_("Unknown sheet \"%s\"; use one of: %s."), argv[0], sheet_names());
	if (!cli_open(&e))
		return cli_fail(&e);
	FILE *out = stdout, *file = NULL;
	if (output && !(out = file = fopen(output, "w"))) {
		err_set(&e, ERR_IO, _("%s: cannot write the file (%s)."), output, strerror(errno));
		book_close();
		return cli_fail(&e);
	}
	/* a sheet in a file, like one on the terminal, in an older locale's charset */
	if (file && cli.charset && !(out = encode_stream(fileno(file), cli.charset)))
		out = file;
	err_code rc = sheet_print(argv[0], &so, out, &e);
	book_close();
	if (rc == ERR_OK && (fflush(out) != 0 || ferror(out)))
		rc = err_set(&e, ERR_IO, _("Could not write the output."));
	if (out != stdout && out != file && fclose(out) != 0 && rc == ERR_OK)
		rc = err_set(&e, ERR_IO, _("Could not write the output."));
	if (file && fclose(file) != 0 && rc == ERR_OK)
		rc = err_set(&e, ERR_IO, _("Could not write the output."));
	if (rc != ERR_OK) {
		if (output)
			remove(output);
		return cli_fail(&e);
	}
	if (output)
		printf(_("Wrote %s.\n"), output);
	return 0;
}

/* `gonghui help [COMMAND]` */
static int cmd_help(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli.stop;
	argc -= optind, argv += optind;
	if (argc == 0) {
		cli_help(stdout);
		return 0;
	}
	const struct cli_command *c = cli_find(argv[0]);
	if (!c) {
		cli.cmd = NULL;   /* the list of commands is in gonghui --help, not help's */
		return cli_usage(_("unknown command '%s'."), argv[0]);
	}
	cli_help_command(stdout, c);
	return 0;
}

/* The commands, in the order --help lists them. A new command is a row here and its
 * cmd_ function above. */
static const struct cli_command commands[] = {
	{ "report", cmd_report, "[--year Y] [--format text|csv] [--by-school]",
	  N_("print the year's tallies for the annual report") },
	{ "import", cmd_import, "KIND FILE.csv",
	  N_("add records from a CSV file (all rows or none)") },
	{ "export", cmd_export, "KIND [--headers zh] [--excel|--encoding E] [--format journal|vouchers]",
	  N_("print records as CSV") },
	{ "close", cmd_close, "[--yes] YYYY-MM",
	  N_("close a month (月结): no more changes to its money") },
	{ "settings", cmd_settings, "[KEY...]",
	  N_("print the settings, one KEY=VALUE a line") },
	{ "set", cmd_set, "KEY=VALUE...",
	  N_("change settings (all or none)") },
	{ "caps", cmd_caps, "[none|anhui]",
	  N_("show the welfare caps and this year's figures") },
	{ "give", cmd_give, "--to WHO --kind KIND [--cash X] [--goods TEXT --value X] ...",
	  N_("give one thing to many members at once (集体发放)") },
	{ "consolidate", cmd_consolidate, "-o COUNTY.db SCHOOL.db...",
	  N_("gather schools' files into the county's database") },
	{ "print", cmd_print, "SHEET [--month M|--date D|--year Y|--quarter YQN] [-o FILE]",
	  N_("print a sheet: signsheet notice cashbook roll dues") },
	{ "check", cmd_check, "",
	  N_("check the database file for damage") },
	{ "backup", cmd_backup, "[DEST]",
	  N_("copy the database to DEST, or list the backups") },
	{ "restore", cmd_restore, "SRC|DATE",
	  N_("put back the backup SRC, or the automatic one of DATE") },
	{ "help", cmd_help, "[COMMAND]",
	  N_("show this help, or one command's") },
};

static const struct cli_command *cli_find(const char *name)
{
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
		if (strcmp(name, commands[k].name) == 0)
			return &commands[k];
	return NULL;
}

static void cli_help(FILE *out)
{
	/* L10N: the opening of --help. */
	fprintf(out, _("Usage: gonghui [-f FILE] [COMMAND [OPTION...] [ARGUMENT...]]\n"
		       "Keep the books of a school trade union: members, dues, welfare and visits,\n"
		       "events and sign-ups, donations, proposals, and the year-end report.\n"
		       "\n"
		       "With no command, gonghui opens the full-screen program; the first time, it\n"
		       "asks for the union's name and creates the database.\n"));
	fprintf(out, "\n%s\n", _("Commands:"));
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++) {
		const struct cli_command *c = &commands[k];
		char syn[160];
		if (strlen(cli_synopsis(c, syn, sizeof syn)) <= 20)
			fprintf(out, "  %-20s  %s\n", syn, _(c->what));
		else
			fprintf(out, "  %s\n  %-20s  %s\n", syn, "", _(c->what));
	}
	fprintf(out, "\n");
	/* The KIND words, broken into lines of at most 78 columns after the indent. */
	char kinds[512];
	size_t o = 0, col = 2;
	for (const char *p = io_kind_names(); *p && o + 4 < sizeof kinds;) {
		size_t w = strcspn(p, " ");
		if (col > 2 && col + 1 + w > 78) {
			o += (size_t)snprintf(kinds + o, sizeof kinds - o, "\n  ");
			col = 2;
		} else if (col > 2) {
			kinds[o++] = ' ';
			col++;
		}
		o += (size_t)snprintf(kinds + o, sizeof kinds - o, "%.*s", (int)w, p);
		col += w;
		p += w;
		while (*p == ' ')
			p++;
	}
	kinds[o] = '\0';
	/* L10N: %s is the list of KIND words, which stay in English. */
	fprintf(out, _("KIND is one of:\n  %s\n"), kinds);
	fprintf(out, "\n");
	/* L10N: the options of --help; keep the option names in English. */
	fprintf(out, _("Options, before or after the command:\n"
		       "  -f, --file=FILE       use the database FILE (only import and the program\n"
		       "                        create a new one)\n"
		       "  -h, --help            show this help; after a command, that command's\n"
		       "  -V, --version         show the version and the licence\n"
		       "  --                    end of options: what follows is an argument\n"));
	fprintf(out, "\n");
	/* L10N: examples in --help; translate the words after #, keep the commands. */
	fprintf(out, _("Examples:\n"
		       "  gonghui                              # open the program\n"
		       "  gonghui import members staff.csv     # add the staff list from Excel\n"
		       "  gonghui report --year 2025 > 2025.txt  # the year's tallies, to a file\n"
		       "  gonghui backup /media/usb/union.db   # a copy on a USB stick\n"));
	fprintf(out, "\n");
	fprintf(out, _("The database is $GONGHUI_DB if set, else\n"
		       "$XDG_DATA_HOME/gonghui/gonghui.db (~/.local/share/gonghui/gonghui.db).\n"
		       "CSV files may be UTF-8 or GBK (as Excel and WPS save them); the first\n"
		       "row names the columns. See `man gonghui` for the columns of each KIND.\n"));
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
	if (!cli_open_as(&e, BOOK_APP))
		return cli_fail(&e);
	/* curses writes to the terminal itself, in the locale's charset */
	fflush(stdout);
	stdout = cli.raw_out;
	int rc = app_run();
	book_close();
	return rc;
}

int cli_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ 0 }
	};
	char buf[64];
	int c;
	cli.raw_out = stdout;
	cli.charset = i18n_legacy_charset();
	if (cli.charset) {   /* messages, sheets and reports in the terminal's own charset */
		FILE *err = encode_stream(STDERR_FILENO, cli.charset);
		FILE *out = encode_stream(STDOUT_FILENO, cli.charset);
		if (err && out) {
			setvbuf(err, NULL, _IONBF, 0);
			if (isatty(STDOUT_FILENO))
				setvbuf(out, NULL, _IOLBF, 0);
			fflush(stdout);
			stderr = err;
			stdout = out;
		}
	}
	opterr = 0;
	/* "+": stop at the command; its own options are read by the command. */
	while ((c = getopt_long(argc, argv, "+:f:hV", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			cli.db_file = optarg;
			break;
		case 'h':
			cli_help(stdout);
			return 0;
		case 'V':
			cli_version();
			return 0;
		case ':':
			return cli_usage(_("%s needs a file name."), argv[optind - 1]);
		default:
			return cli_usage(_("unknown option '%s'."),
					 cli_bad_option(argv, buf, sizeof buf));
		}
	}
	if (optind == argc)
		return cmd_app();
	argc -= optind, argv += optind;
	cli.cmd = cli_find(argv[0]);
	if (!cli.cmd)
		return cli_usage(_("unknown command '%s'."), argv[0]);
	optind = 0;   /* start getopt afresh on the command's arguments */
	return cli.cmd->run(argc, argv);
}

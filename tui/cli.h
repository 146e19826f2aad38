/* cli.h — the command line: `gonghui [-f FILE] [COMMAND …]`. */
#ifndef GH_CLI_H
#define GH_CLI_H

#include "core/error.h"

enum { EXIT_USER = 1, EXIT_USAGE = 2 };

/* Parse argv and run; returns the exit status (0 ok, 1 user error, 2 usage error). */
int cli_main(int argc, char **argv);

/* For the commands kept in files of their own (tui/cmd_*.c), as cli.c's use them:
 * cli_usage: "gonghui: MESSAGE" and the hint to --help on stderr, returns EXIT_USAGE;
 * cli_fail: e's sentence on stderr, returns EXIT_USER;
 * cli_open: open the book of -f FILE or the default one (1, or 0 with e filled);
 * cli_no_options: read the options of a command that has none of its own (-f, --help):
 *   1 when it may go on to its operands at argv[optind…], 0 when it must return
 *   cli_stopped() (0 after --help, EXIT_USAGE after a usage message). */
int cli_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int cli_fail(const struct err *e);
int cli_open(struct err *e);
/* The same with BOOK_CREATE (import) or BOOK_APP (the full-screen program): only those
 * make a new database. */
int cli_open_as(struct err *e, int how);
int cli_no_options(int argc, char **argv);
/* getopt_long over a command's argv with its own options and the common ones (see
 * cli.c): the next option of its own, -1 after the last, '?' when it must return
 * cli_stopped(). */
struct option;
int cli_getopt(int argc, char **argv, const char *shorts, const struct option *longs);
int cli_stopped(void);

/* getopt_long for a command (see cli.c); and whether an answer to a question is yes
 * (y, yes, or one of words, '|'-separated). */
struct option;
int cli_getopt(int argc, char **argv, const char *shorts, const struct option *longs);
int cli_is_yes(const char *answer, const char *words);

/* A command-line argument that is text (a setting's value, a drive's name), as UTF-8:
 * under an older Chinese locale it arrives in that locale's charset. A file name is used
 * as it was given, never through this. */
const char *cli_arg(const char *arg);

/* tui/cmd_year.c: `gonghui caps [PRESET]` and `gonghui give …`. */
int cmd_caps(int argc, char **argv);
int cmd_give(int argc, char **argv);

/* tui/cmd_settings.c: `gonghui settings [KEY…]` and `gonghui set KEY=VALUE…`. */
int cmd_settings(int argc, char **argv);
int cmd_set(int argc, char **argv);

/* tui/cmd_county.c: `gonghui consolidate -o COUNTY.db SCHOOL.db…`, and the report of a
 * county database (its totals, or --by-school), on the open book. */
int cmd_consolidate(int argc, char **argv);
int cmd_county_report(int year, int csv, int by_school);

#endif

/*
 * county.h — the county's view (区/县教育工会): many schools' files consolidated into one
 * county database, its totals and a row per school. Only core/county.c writes the
 * county's tables.
 *
 * A county database is a gonghui database (same schema, same program) that also holds:
 *   county_school      one row per school: its code, the file's identity (school_id),
 *                      name, union name, the file it came from, when the file last
 *                      changed and when it was consolidated;
 *   county_T           for every table T of a school's file (but the audit trail, which stays
 *                      at the school): T's columns with a first column `school` (the
 *                      school's code). Rows keep their ids, so every reference inside a
 *                      school (dues.member_id → member.id) still holds within its code.
 *                      Made, and given new columns, from this program's own schema.
 * Its own member, dues … tables stay empty: the county is not a school.
 *
 * Consolidating (county_consolidate) reads each school's file read-only (ATTACH with
 * mode=ro, at most COUNTY_BATCH at a time: SQLite attaches ten by default) and copies
 * it with INSERT … SELECT, after deleting what the county held under that school's
 * code, so a newer file replaces the school's records and never doubles them. A file
 * made by an older gonghui is first copied to a private temporary file and brought up to
 * this program's schema there; the school's file is never written.
 *
 * All or none, over the whole run: every file is checked before anything is written,
 * and the writing goes into a copy of the county database (one transaction per batch:
 * ATTACH and DETACH cannot happen inside a transaction) that replaces the county file by
 * one rename at the end. A refusal, a failure or an interruption leaves the county
 * database as it was.
 *
 * Refused, each with one sentence naming the file: a file that cannot be read or is not
 * a gonghui database, one made by a newer gonghui, one damaged (PRAGMA quick_check), one
 * without a school code, a county database given as a school, a code the county already
 * holds from another school's file (another school_id), and a code given twice in one
 * run. The county file itself must be new, or a county database, or a gonghui database
 * with nothing in it.
 *
 * Reading: county_use() shows one school's records under the ordinary table names (TEMP
 * views over county_T filtered by the code), so report_compute() and every other reader
 * of core/ work on a school's records in the county exactly as on the school's own file,
 * settings included. The county's totals are the sum (report_add) of its schools'
 * reports, so they equal the sum of the schools' own reports by construction.
 */
#ifndef GH_COUNTY_H
#define GH_COUNTY_H

#include <stdint.h>
#include <stdio.h>

#include "core/error.h"
#include "core/report.h"

enum { COUNTY_BATCH = 9 };

struct county_school {
	char code[24];
	char name[192];
	char union_name[192];
	char file[512];              /* the file as it was given */
	char file_time[20];          /* when the file last changed (YYYY-MM-DD HH:MM) */
	char consolidated_at[20];    /* YYYY-MM-DD HH:MM */
	int members;                 /* active members when consolidated */
};

/* Called with each refusal (one sentence naming the file) and, with refused 0, with a
 * line per school consolidated. */
typedef void (*county_note)(int refused, const char *sentence, void *arg);

/* Consolidate files[0…n-1] into the county database county_path (created when
 * missing). *done = the schools consolidated. When a file is refused: every refusal
 * goes to note, nothing is written and e says so (ERR_INPUT). The database must not be
 * open. */
err_code county_consolidate(const char *county_path, const char *const *files, int n,
			    county_note note, void *arg, int *done, struct err *e);

/* Is the open database a county's? */
int county_is_county(void);

/* The schools in order of code: up to max from offset; *got how many. */
err_code county_schools(struct county_school *out, int offset, int max, int *got,
			struct err *e);
err_code county_school_count(int *n, struct err *e);

/* Show the records of the school `code` under the ordinary table names (NULL: the
 * county's own tables again). */
err_code county_use(const char *code, struct err *e);

/* The county's totals of `year`: the sum of every school's report. r->union_name is the
 * county's union_name setting, or "County: N schools". */
err_code county_report(int year, struct report *r, struct err *e);

/* A school's figures in the by-school table. */
struct county_row {
	char code[24];
	char name[192];
	int members;                  /* active at year end */
	int64_t dues_expected, dues_collected;
	int welfare;                  /* grants (人次) */
	int64_t welfare_amount;
	int visits, visit_people;
	int events, participants;
	int gifts;                    /* donations */
	int64_t donations;
	int proposals, answered;
};

/* One row per school, in order of code, and their total in *total (code "").
 * The caller frees *rows. */
err_code county_by_school(int year, struct county_row **rows, int *n,
			  struct county_row *total, struct err *e);

/* The by-school table within width columns (80 when 0): code, name (cut to fit), and
 * the figures, a total line at the end. */
void county_print_by_school(FILE *out, int year, const struct county_row *rows, int n,
			    const struct county_row *total, int width);
/* The same as CSV, a contract for scripts:
 *     school_code,school_name,members,dues_expected,dues_collected,welfare,
 *     welfare_amount,visits,visit_people,events,participants,donations,
 *     donations_amount,proposals,answered
 * one row per school, amounts in yuan with two decimals, no total row. */
void county_print_by_school_csv(FILE *out, const struct county_row *rows, int n);

#endif

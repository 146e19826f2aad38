/*
 * fixture.h — what the unit tests of the core modules set up the same way: a fresh
 * temporary database, members with a few fields, a CSV file to import, and one-number
 * questions (how many rows, an account's balance, open must-visit items).
 *
 * Like check.h, every helper is static inline and the header goes into one test
 * program. A helper that cannot do its part prints a "FAIL …" line, which tests/run.sh
 * counts as a failed check.
 */
#ifndef GH_FIXTURE_H
#define GH_FIXTURE_H

#include "core/io.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/visit.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char fixture_path_[64];

/* Open a new, empty database /tmp/gh-test-NAME-PID.db, closing and removing the one
 * opened before; exits when it cannot be opened. */
static inline void fixture_open(const char *name)
{
	struct err e = { 0 };
	db_close();
	snprintf(fixture_path_, sizeof fixture_path_, "/tmp/gh-test-%s-%d.db", name,
		 (int)getpid());
	unlink(fixture_path_);
	if (db_open(fixture_path_, &e) != ERR_OK) {
		printf("FAIL cannot open %s: %s\n", fixture_path_, e.msg);
		exit(1);
	}
}

/* Close the database and remove its file. */
static inline void fixture_close(void)
{
	db_close();
	unlink(fixture_path_);
}

/* The fields of a member that tests set; NULL (or 0) keeps member_init's value. */
struct fixture_member {
	const char *no, *name, *status, *grp, *join_date, *status_date;
	int64_t wage_base;
};

/* Add a member and return its id (0 when refused):
 *     FIXTURE_MEMBER("T001", "张三", .status = "retired") */
#define FIXTURE_MEMBER(...) fixture_member_add((struct fixture_member){ .no = __VA_ARGS__ })

static inline void fixture_set_(char *field, size_t n, const char *v)
{
	if (v)
		snprintf(field, n, "%s", v);
}

static inline int64_t fixture_member_add(struct fixture_member f)
{
	struct member m;
	struct err e = { 0 };
	member_init(&m);
	fixture_set_(m.no, sizeof m.no, f.no);
	fixture_set_(m.name, sizeof m.name, f.name);
	fixture_set_(m.status, sizeof m.status, f.status);
	fixture_set_(m.grp, sizeof m.grp, f.grp);
	fixture_set_(m.join_date, sizeof m.join_date, f.join_date);
	fixture_set_(m.status_date, sizeof m.status_date, f.status_date);
	m.wage_base = f.wage_base;
	if (member_add(&m, &e) != ERR_OK) {
		printf("FAIL add member %s: %s\n", f.no, e.msg);
		return 0;
	}
	return m.id;
}

/* The number a query without parameters gives ("SELECT count(*) FROM …"); -1 when it
 * gives no row. */
static inline int64_t fixture_count(const char *sql)
{
	int64_t n = -1;
	db_int(NULL, &n, sql, NULL);
	return n;
}

/* The balance of an account (with the accounts under it) over all dates. */
static inline int64_t fixture_balance(const char *account)
{
	int64_t b = -1;
	struct err e = { 0 };
	if (ledger_balance(account, NULL, NULL, &b, &e) != ERR_OK)
		printf("FAIL balance %s: %s\n", account, e.msg);
	return b;
}

/* How many must-visit items are open. */
static inline int fixture_open_items(void)
{
	int n = -1;
	mustvisit_count_open(&n, NULL);
	return n;
}

/* Write text into the file path; 0 when it cannot be written. */
static inline int fixture_write(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return 0;
	fputs(text, f);
	fclose(f);
	return 1;
}

/* Export kind into *buf (malloc'd, the caller frees). */
static inline err_code fixture_export(const char *kind, char **buf, struct err *e)
{
	size_t len = 0;
	FILE *out = open_memstream(buf, &len);
	err_code c = io_export(kind, out, e);
	fclose(out);
	return c;
}

/* Import text as a CSV file of kind. An error message loses its "FILE:LINE: " file
 * name (it changes every run) and keeps the line: "3: amount: …". */
static inline err_code fixture_import(const char *kind, const char *text, struct err *e)
{
	char path[64];
	int rows = 0;
	snprintf(path, sizeof path, "/tmp/gh-test-import-%d.csv", (int)getpid());
	fixture_write(path, text);
	err_code c = io_import(kind, path, &rows, e);
	unlink(path);
	char *p = strstr(e->msg, ".csv:");
	if (c != ERR_OK && p)
		memmove(e->msg, p + 5, strlen(p + 5) + 1);
	return c;
}

#endif

/* fuzz_import.c — `import` as a whole: the first byte picks the kind, the rest is the
 * file. Imported into a database with a few members and an event, inside a transaction
 * that is rolled back, so every input meets the same database. No crash, no undefined
 * behaviour; an import either succeeds or says FILE:LINE (or the file) in its message. */
#include "core/io.h"
#include "db/db.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const kinds[] = { "members", "dues", "ledger", "welfare", "visits",
				     "events", "signups", "donations", "proposals" };
static char db_file[64], csv_file[64];

static void fuzz_setup(void)
{
	struct err e;
	snprintf(db_file, sizeof db_file, "/tmp/gh-fuzz-%d.db", (int)getpid());
	snprintf(csv_file, sizeof csv_file, "/tmp/gh-fuzz-%d.csv", (int)getpid());
	unlink(db_file);
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	if (db_open(db_file, &e) != ERR_OK)
		abort();
	FILE *f = fopen(csv_file, "w");
	fputs("no,name,join_date,wage_base\nT001,张三,2005-09-01,4567.80\nT002,歐陽娜娜,,3456\n", f);
	fclose(f);
	int rows;
	if (io_import("members", csv_file, &rows, &e) != ERR_OK)
		abort();
	f = fopen(csv_file, "w");
	fputs("code,name,start_date,capacity\nE1,乒乓球赛,2025-05-01,1\n", f);
	fclose(f);
	if (io_import("events", csv_file, &rows, &e) != ERR_OK)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	if (!ready) {
		fuzz_setup();
		ready = 1;
	}
	if (size < 1)
		return 0;
	const char *kind = kinds[data[0] % (sizeof kinds / sizeof kinds[0])];
	FILE *f = fopen(csv_file, "wb");
	if (!f)
		return 0;
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	struct err e = { 0 };
	int rows = 0;
	if (db_begin(&e) != ERR_OK)
		abort();
	err_code c = io_import(kind, csv_file, &rows, &e);
	db_rollback();
	if (db_depth() != 0)
		abort();
	if (c != ERR_OK && strncmp(e.msg, csv_file, strlen(csv_file)) != 0)
		abort();   /* every refusal names the file */
	return 0;
}

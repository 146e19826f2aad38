/* book.c — the database file as the front end sees it (a thin layer over db/). */
#include "core/book.h"
#include "core/ledger.h"
#include "db/db.h"

#include <limits.h>
#include <stdio.h>

err_code book_open(const char *path, struct err *e)
{
	char def[PATH_MAX];
	if (!path || !*path)
		path = db_default_path(def, sizeof def);
	return db_open(path, e);
}

void book_close(void) { db_close(); }
const char *book_path(void) { return db_path(); }
/* The file itself, then the ledger's month totals against their entries. */
err_code book_check(struct err *e)
{
	err_code c = db_check(e);
	return c == ERR_OK ? ledger_month_check(e) : c;
}
err_code book_backup(const char *dest, struct err *e) { return db_backup(dest, e); }
err_code book_restore(const char *src, struct err *e) { return db_restore(src, e); }

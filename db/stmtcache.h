/*
 * stmtcache.h — statements prepared once and reused. Compiling a statement costs more
 * than running it (an INSERT also compiles the audit and closed-month triggers of its
 * table), so the helpers of db.h, and code that runs one statement for every row of an
 * import, take their statements from here: the first call prepares, later calls with
 * the same SQL text get the same statement back, reset and with its bindings cleared.
 *
 *     db_stmt *st = stmtcache_get(e, "SELECT … WHERE id = ?");
 *     … db_bind, db_step …
 *     stmtcache_put(&st);          (reset, kept for next time; *st = NULL)
 *
 * The cache is keyed by the text of the SQL, so a statement built with snprintf is found
 * again as well; it holds at most STMTCACHE_MAX statements (more are prepared and
 * finalized each time). A statement already handed out and not yet put back (a query
 * run from inside the loop of the same query) is prepared afresh for the inner caller.
 * SQLite re-prepares a cached statement by itself when the schema changes.
 */
#ifndef GH_STMTCACHE_H
#define GH_STMTCACHE_H

#include "db/db.h"

enum { STMTCACHE_MAX = 256 };

/* The statement for sql, ready to bind; NULL with e filled when it does not compile. */
db_stmt *stmtcache_get(struct err *e, const char *sql);
/* Reset *st, clear its bindings and keep it (or finalize it when it is not cached);
 * sets *st to NULL. */
void stmtcache_put(db_stmt **st);
/* Finalize every cached statement: before the connection closes or its file is
 * replaced. */
void stmtcache_clear(void);

/* How many statements were compiled and how many were served from the cache since
 * the process started (for tests and benchmarks). */
struct stmtcache_stats {
	long prepared;
	long reused;
	int held;
};
void stmtcache_stats(struct stmtcache_stats *out);

#endif

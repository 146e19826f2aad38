/* test_stmtcache.c — statements prepared once and reused, and a query inside the loop
 * of the same query. */
#include "db/stmtcache.h"
#include "tests/unit/check.h"
#include "tests/unit/fixture.h"

#include <locale.h>

static void test_reused(void)
{
	struct err e = { 0 };
	struct stmtcache_stats a, b;
	int64_t n = 0;
	fixture_open("stmtcache");
	stmtcache_stats(&a);
	for (int i = 0; i < 10; i++)
		CHECK_INT(db_int(&e, &n, "SELECT count(*) FROM account WHERE code = ?", "t",
				 i % 2 ? "101" : "999"), ERR_OK);
	CHECK_INT(n, 1);
	stmtcache_stats(&b);
	CHECK_INT(b.prepared - a.prepared, 1);
	CHECK_INT(b.reused - a.reused, 9);
	CHECK_INT(b.held - a.held, 1);
	/* the bindings are cleared when a statement goes back: unbound means NULL */
	db_stmt *st = stmtcache_get(&e, "SELECT count(*) FROM account WHERE code = ?");
	CHECK(st != NULL);
	CHECK_INT(db_step(st, &e), DB_ROW);
	CHECK_INT(db_col_int(st, 0), 0);
	/* asked again while handed out: a second statement, finalized when it goes back */
	db_stmt *inner = stmtcache_get(&e, "SELECT count(*) FROM account WHERE code = ?");
	CHECK(inner != NULL && inner != st);
	CHECK_INT(db_bind(inner, &e, "t", "401"), ERR_OK);
	CHECK_INT(db_step(inner, &e), DB_ROW);
	CHECK_INT(db_col_int(inner, 0), 1);
	stmtcache_put(&inner);
	CHECK(inner == NULL);
	stmtcache_put(&st);
	stmtcache_stats(&a);
	CHECK_INT(a.held, b.held);
	/* the one handed out before is the one handed out again */
	db_stmt *again = stmtcache_get(&e, "SELECT count(*) FROM account WHERE code = ?");
	stmtcache_stats(&b);
	CHECK_INT(b.prepared, a.prepared);
	stmtcache_put(&again);
}

static void test_writes_and_schema(void)
{
	struct err e = { 0 };
	fixture_open("stmtcache");
	/* an INSERT reused with its triggers: each row audited once */
	for (int i = 0; i < 5; i++) {
		char key[16];
		snprintf(key, sizeof key, "k%d", i);
		CHECK_INT(db_exec(&e, "INSERT INTO setting(key, value) VALUES (?, 'v')", "t", key),
			  ERR_OK);
	}
	int64_t n = 0;
	db_int(&e, &n, "SELECT count(*) FROM setting WHERE key GLOB 'k*'", NULL);
	CHECK_INT(n, 5);
	db_int(&e, &n, "SELECT count(*) FROM audit_log WHERE tbl = 'setting' "
		       "AND action = 'insert' AND json_extract(new, '$.key') GLOB 'k*'", NULL);
	CHECK_INT(n, 5);
	/* a statement that fails keeps failing cleanly, and the next one works */
	CHECK_INT(db_exec(&e, "INSERT INTO setting(key, value) VALUES ('k1', 'v')", NULL),
		  ERR_INPUT);
	CHECK_INT(db_exec(&e, "INSERT INTO setting(key, value) VALUES ('k1', 'v')", NULL),
		  ERR_INPUT);
	/* a cached statement follows a change of the schema */
	CHECK_INT(db_exec(&e, "CREATE TABLE t(a)", NULL), ERR_OK);
	CHECK_INT(db_exec(&e, "INSERT INTO t VALUES (1)", NULL), ERR_OK);
	db_int(&e, &n, "SELECT count(*) FROM t", NULL);
	CHECK_INT(n, 1);
	CHECK_INT(db_exec(&e, "ALTER TABLE t ADD COLUMN b DEFAULT 7", NULL), ERR_OK);
	CHECK_INT(db_exec(&e, "INSERT INTO t VALUES (2, 8)", NULL), ERR_OK);
	db_int(&e, &n, "SELECT count(*) FROM t", NULL);
	CHECK_INT(n, 2);
	/* closing finalizes them all */
	struct stmtcache_stats s;
	db_close();
	stmtcache_stats(&s);
	CHECK_INT(s.held, 0);
	unlink(fixture_path_);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_reused);
	RUN(test_writes_and_schema);
	return check_done();
}

/*
 * db.c — the SQLite file. One connection per process, opened with foreign keys on,
 * synchronous FULL and the rollback journal; schema migrated by user_version, each
 * migration in one transaction after a backup of the file.
 */
#include "db/db.h"
#include "db/schema.h"
#include "db/stmtcache.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* 'G' 'H' 'U' 'I': marks a file as ours (PRAGMA application_id). */
#define GH_APPLICATION_ID 0x47485549

static struct {
	sqlite3 *h;
	char path[PATH_MAX];
	int depth;               /* nesting of db_begin */
	int rollback;            /* a nested rollback was asked for */
	const char *begin_file;  /* where the outermost transaction was opened */
	int begin_line;
} db;

/* ---- errors ---- */

static err_code db_fail(struct err *e, int rc)
{
	const char *m = db.h ? sqlite3_errmsg(db.h) : sqlite3_errstr(rc);
	int primary = rc & 0xff;
	if (m && strstr(m, "gonghui:closed"))
		return err_set(e, ERR_CLOSED, NULL);
	if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
		return err_set(e, ERR_BUSY, NULL);
	if (primary == SQLITE_NOTADB)
		return err_set(e, ERR_NOTDB, NULL);
	if (primary == SQLITE_NOMEM)
		return err_set(e, ERR_NOMEM, NULL);
	if (primary == SQLITE_FULL)
		return err_set(e, ERR_DB, _("The disk is full: nothing was saved."));
	if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
		return err_set(e, ERR_DB, _("The database file cannot be written here "
					    "(check its permissions): %s"), db.path);
	if (primary == SQLITE_CONSTRAINT)
		/* core/ checks its input first; reaching this is a rule in the schema. */
		return err_set(e, ERR_INPUT, _("The change breaks a rule of the records (%s)."), m);
	return err_set(e, ERR_DB, _("The database could not be read or written (%s)."), m);
}

/* ---- statements ---- */

db_stmt *db_prepare(struct err *e, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db.h, sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		db_fail(e, rc);
		return NULL;
	}
	return st;
}

err_code db_bindv(db_stmt *st, struct err *e, const char *types, va_list ap)
{
	/* Arguments past the statement's last parameter are consumed and ignored, so one
	 * argument list can serve an INSERT and the UPDATE that adds "WHERE id = ?N". */
	int i = 1, rc = SQLITE_OK, count = sqlite3_bind_parameter_count(st);
	for (const char *t = types ? types : ""; *t && rc == SQLITE_OK; t++, i++) {
		int bind = i <= count;
		switch (*t) {
		case 't': {
			const char *s = va_arg(ap, const char *);
			if (bind)
				rc = s ? sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT)
				       : sqlite3_bind_null(st, i);
			break;
		}
		case 'i': {
			int64_t v = va_arg(ap, int64_t);
			if (bind)
				rc = sqlite3_bind_int64(st, i, v);
			break;
		}
		case 'd': {
			int v = va_arg(ap, int);
			if (bind)
				rc = sqlite3_bind_int64(st, i, v);
			break;
		}
		case 'n':
			if (bind)
				rc = sqlite3_bind_null(st, i);
			break;
		default:
			return err_set(e, ERR_DB, "db_bind: unknown type '%c'", *t);
		}
	}
	return rc == SQLITE_OK ? ERR_OK : db_fail(e, rc);
}

err_code db_bind(db_stmt *st, struct err *e, const char *types, ...)
{
	va_list ap;
	va_start(ap, types);
	err_code c = db_bindv(st, e, types, ap);
	va_end(ap);
	return c;
}

const char *db_nullif(const char *s) { return s && *s ? s : NULL; }

int db_step(db_stmt *st, struct err *e)
{
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		return DB_ROW;
	if (rc == SQLITE_DONE)
		return DB_DONE;
	db_fail(e, rc);
	sqlite3_reset(st);
	return DB_ERROR;
}

void db_reset(db_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

void db_finalize(db_stmt **st)
{
	if (st && *st) {
		sqlite3_finalize(*st);
		*st = NULL;
	}
}

int64_t db_col_int(db_stmt *st, int col) { return sqlite3_column_int64(st, col); }
int db_col_null(db_stmt *st, int col) { return sqlite3_column_type(st, col) == SQLITE_NULL; }

const char *db_col_text(db_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	return s ? (const char *)s : "";
}

static err_code db_execv(struct err *e, const char *sql, const char *types, va_list ap)
{
	db_stmt *st = stmtcache_get(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bindv(st, e, types, ap);
	if (c == ERR_OK) {
		int r;
		while ((r = db_step(st, e)) == DB_ROW)
			;
		if (r == DB_ERROR)
			c = e ? e->code : ERR_DB;
	}
	stmtcache_put(&st);
	return c;
}

err_code db_exec(struct err *e, const char *sql, const char *types, ...)
{
	va_list ap;
	va_start(ap, types);
	err_code c = db_execv(e, sql, types, ap);
	va_end(ap);
	return c;
}

err_code db_exec_script(struct err *e, const char *sql)
{
	char *msg = NULL;
	int rc = sqlite3_exec(db.h, sql, NULL, NULL, &msg);
	sqlite3_free(msg);
	return rc == SQLITE_OK ? ERR_OK : db_fail(e, rc);
}

/* Step st once: the first row into out with row, ERR_NOTFOUND when there is none (c: the
 * result of binding, stepped only when ERR_OK). Puts st back into the cache. */
static err_code db_first(db_stmt *st, err_code c, void *out, db_reader row, struct err *e)
{
	if (c == ERR_OK) {
		int r = db_step(st, e);
		if (r == DB_ROW)
			row(st, out);
		else
			c = r == DB_DONE ? ERR_NOTFOUND : (e ? e->code : ERR_DB);
	}
	stmtcache_put(&st);
	return c;
}

static err_code db_onev(struct err *e, void *out, db_reader row, const char *sql,
			const char *types, va_list ap)
{
	db_stmt *st = stmtcache_get(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	return db_first(st, db_bindv(st, e, types, ap), out, row, e);
}

err_code db_one(struct err *e, void *out, db_reader row, const char *sql, const char *types,
		...)
{
	va_list ap;
	va_start(ap, types);
	err_code c = db_onev(e, out, row, sql, types, ap);
	va_end(ap);
	return c;
}

static void db_read_int(db_stmt *st, void *out) { *(int64_t *)out = db_col_int(st, 0); }

err_code db_int(struct err *e, int64_t *out, const char *sql, const char *types, ...)
{
	va_list ap;
	va_start(ap, types);
	err_code c = db_onev(e, out, db_read_int, sql, types, ap);
	va_end(ap);
	return c;
}

struct db_buf {
	char *buf;
	size_t n;
};

static void db_read_text(db_stmt *st, void *out)
{
	struct db_buf *b = out;
	snprintf(b->buf, b->n, "%s", db_col_text(st, 0));
}

err_code db_text(struct err *e, char *buf, size_t n, const char *sql, const char *types, ...)
{
	struct db_buf b = { buf, n };
	va_list ap;
	va_start(ap, types);
	err_code c = db_onev(e, &b, db_read_text, sql, types, ap);
	va_end(ap);
	return c;
}

/* ---- counting and paging ---- */

err_code db_bind_id(db_stmt *st, const void *arg, struct err *e)
{
	return db_bind(st, e, "i", *(const int64_t *)arg);
}

err_code db_count(const char *sql, db_binder bind, const void *arg, int *count,
		  struct err *e)
{
	int64_t n = 0;
	*count = 0;
	db_stmt *st = stmtcache_get(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_first(st, bind ? bind(st, arg, e) : ERR_OK, &n, db_read_int, e);
	*count = (int)n;
	return c == ERR_NOTFOUND ? ERR_OK : c;
}

/* Bind v to the parameter called name (":limit"). */
static err_code db_bind_named(db_stmt *st, const char *name, int64_t v, struct err *e)
{
	int i = sqlite3_bind_parameter_index(st, name);
	if (i == 0)
		return err_set(e, ERR_DB, "db_page: the query has no %s", name);
	int rc = sqlite3_bind_int64(st, i, v);
	return rc == SQLITE_OK ? ERR_OK : db_fail(e, rc);
}

err_code db_page(const char *sql, db_binder bind, const void *arg, int offset, int limit,
		 void *out, size_t size, db_reader row, int *got, struct err *e)
{
	*got = 0;
	db_stmt *st = stmtcache_get(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = bind ? bind(st, arg, e) : ERR_OK;
	if (c == ERR_OK)
		c = db_bind_named(st, ":limit", limit, e);
	if (c == ERR_OK)
		c = db_bind_named(st, ":offset", offset, e);
	if (c == ERR_OK) {
		int r = DB_DONE;
		while (*got < limit && (r = db_step(st, e)) == DB_ROW)
			row(st, (char *)out + (size_t)(*got)++ * size);
		if (r == DB_ERROR)
			c = e ? e->code : ERR_DB;
	}
	stmtcache_put(&st);
	return c;
}

int64_t db_last_id(void) { return sqlite3_last_insert_rowid(db.h); }
int db_changes(void) { return sqlite3_changes(db.h); }

/* ---- transactions ---- */

err_code db_begin_(struct err *e, const char *file, int line)
{
	if (db.depth++ == 0) {
		db.rollback = 0;
		db.begin_file = file;
		db.begin_line = line;
		int rc = sqlite3_exec(db.h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc != SQLITE_OK) {
			db.depth = 0;
			return db_fail(e, rc);
		}
	}
	return ERR_OK;
}

err_code db_commit(struct err *e)
{
	if (db.depth <= 0) {
		fprintf(stderr, "gonghui: internal error: commit without begin\n");
		abort();
	}
	if (--db.depth > 0)
		return db.rollback ? err_set(e, ERR_DB, NULL) : ERR_OK;
	if (db.rollback) {
		sqlite3_exec(db.h, "ROLLBACK", NULL, NULL, NULL);
		return err_set(e, ERR_DB, NULL);
	}
	int rc = sqlite3_exec(db.h, "COMMIT", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		err_code c = db_fail(e, rc);
		sqlite3_exec(db.h, "ROLLBACK", NULL, NULL, NULL);
		return c;
	}
	return ERR_OK;
}

void db_rollback(void)
{
	if (db.depth <= 0)
		return;
	if (--db.depth > 0) {
		db.rollback = 1;
		return;
	}
	db.rollback = 0;
	if (!sqlite3_get_autocommit(db.h))
		sqlite3_exec(db.h, "ROLLBACK", NULL, NULL, NULL);
}

int db_depth(void) { return db.depth; }

/* ---- collation ---- */

/* Lists sort in the locale's order (glibc zh_CN: pinyin; zh_TW: strokes). The collation
 * is used in ORDER BY only, never in an index, so a different locale next time cannot
 * make an index inconsistent. */
static int db_collate_locale(void *arg, int n1, const void *s1, int n2, const void *s2)
{
	char a[512], b[512];
	snprintf(a, sizeof a, "%.*s", n1, (const char *)s1);
	snprintf(b, sizeof b, "%.*s", n2, (const char *)s2);
	int c = strcoll(a, b);
	if (c == 0)
		c = strcmp(a, b);
	return c;
}

/* ---- backup ---- */

static err_code db_copy(sqlite3 *from, sqlite3 *to, struct err *e)
{
	sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
	if (!b)
		return err_set(e, ERR_DB, _("The backup could not be started (%s)."),
			       sqlite3_errmsg(to));
	int rc = sqlite3_backup_step(b, -1);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE)
		return err_set(e, ERR_DB, _("The backup could not be completed (%s)."),
			       sqlite3_errstr(rc));
	return ERR_OK;
}

err_code db_backup(const char *dest, struct err *e)
{
	int fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return err_set(e, ERR_IO, _("%s: cannot write the backup (%s)."), dest,
			       strerror(errno));
	close(fd);
	sqlite3 *to = NULL;
	if (sqlite3_open(dest, &to) != SQLITE_OK) {
		sqlite3_close(to);
		return err_set(e, ERR_IO, _("%s: cannot write the backup."), dest);
	}
	err_code c = db_copy(db.h, to, e);
	sqlite3_close(to);
	return c;
}

/* A copy of the file beside it, named for the time, before anything risky. */
static err_code db_backup_beside(const char *why, struct err *e)
{
	char dest[PATH_MAX + 64], stamp[32];
	time_t now = time(NULL);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
	snprintf(dest, sizeof dest, "%s.%s-%s.bak", db.path, why, stamp);
	return db_backup(dest, e);
}

/* ---- opening and migrating ---- */

static int db_pragma_int(const char *pragma)
{
	int64_t v = 0;
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA %s", pragma);
	if (db_int(NULL, &v, sql, NULL) != ERR_OK)
		return -1;
	return (int)v;
}

int db_schema_version(void) { return db_pragma_int("user_version"); }
int db_schema_latest(void) { return schema_count; }

static err_code db_migrate(struct err *e)
{
	int have = db_schema_version();
	if (have < 0)
		return err_set(e, ERR_NOTDB, NULL);
	int app = db_pragma_int("application_id");
	int64_t tables = 0;
	db_int(NULL, &tables, "SELECT count(*) FROM sqlite_schema", NULL);
	if (have == 0 && tables > 0)
		return err_set(e, ERR_NOTDB, NULL);
	if (have > 0 && app != GH_APPLICATION_ID)
		return err_set(e, ERR_NOTDB, NULL);
	if (have > schema_count)
		return err_set(e, ERR_TOONEW, NULL);
	if (have == schema_count)
		return ERR_OK;
	if (have > 0) {
		char why[32];
		snprintf(why, sizeof why, "v%d", have);
		err_code c = db_backup_beside(why, e);
		if (c != ERR_OK)
			return c;
	}
	for (int i = 0; i < schema_count; i++) {
		const struct schema_migration *m = &schema_migrations[i];
		if (m->version <= have)
			continue;
		err_code c = db_begin(e);
		if (c != ERR_OK)
			return c;
		char pragma[96];
		snprintf(pragma, sizeof pragma, "PRAGMA application_id=%d; PRAGMA user_version=%d;",
			 GH_APPLICATION_ID, m->version);
		if ((c = db_exec_script(e, m->sql)) != ERR_OK ||
		    (c = db_exec_script(e, pragma)) != ERR_OK) {
			db_rollback();
			err_prefix(e, _("Upgrading the database (%s) failed: "), m->name);
			return c;
		}
		if ((c = db_commit(e)) != ERR_OK)
			return c;
	}
	return ERR_OK;
}

/* mkdir -p with mode 0700 for the folders we create. */
static int db_mkdirs(const char *path)
{
	char tmp[PATH_MAX];
	snprintf(tmp, sizeof tmp, "%s", path);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0700) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return 0;
}

err_code db_open(const char *path, struct err *e)
{
	if (db.h)
		db_close();
	snprintf(db.path, sizeof db.path, "%s", path);

	struct stat st;
	int existed = stat(path, &st) == 0;
	if (existed && S_ISDIR(st.st_mode))
		return err_set(e, ERR_IO, _("%s is a folder, not a database file."), path);
	if (!existed) {
		if (db_mkdirs(path) != 0)
			return err_set(e, ERR_IO, _("Cannot create the folder for %s (%s)."), path,
				       strerror(errno));
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
		if (fd < 0)
			return err_set(e, ERR_IO, _("Cannot create %s (%s)."), path, strerror(errno));
		close(fd);
	}

	int rc = sqlite3_open_v2(path, &db.h, SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK) {
		err_code c = db_fail(e, rc);
		db_close();
		return c;
	}
	sqlite3_extended_result_codes(db.h, 1);
	sqlite3_busy_timeout(db.h, 2000);
	sqlite3_create_collation(db.h, "LOCALE", SQLITE_UTF8, NULL, db_collate_locale);

	err_code c = db_exec_script(e, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"
					"PRAGMA journal_mode=DELETE;");
	if (c == ERR_OK)
		c = db_migrate(e);
	if (c != ERR_OK) {
		if (c == ERR_NOTDB || c == ERR_TOONEW || c == ERR_BUSY)
			err_set(e, c, "%s: %s", path, err_text(c));
		db_close();
		if (!existed)
			unlink(path);
	}
	return c;
}

void db_close(void)
{
	if (db.h) {
		if (db.depth > 0) {
			fprintf(stderr, "gonghui: internal error: transaction opened at %s:%d "
				"was never closed\n", db.begin_file, db.begin_line);
			sqlite3_exec(db.h, "ROLLBACK", NULL, NULL, NULL);
		}
		stmtcache_clear();
		sqlite3_close_v2(db.h);
	}
	db.h = NULL;
	db.depth = 0;
}

int db_is_open(void) { return db.h != NULL; }
const char *db_path(void) { return db.path; }

err_code db_restore(const char *src, struct err *e)
{
	sqlite3 *from = NULL;
	if (access(src, R_OK) != 0)
		return err_set(e, ERR_IO, _("%s: cannot read the file (%s)."), src, strerror(errno));
	if (sqlite3_open_v2(src, &from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(from);
		return err_set(e, ERR_NOTDB, _("%s: %s"), src, err_text(ERR_NOTDB));
	}
	int app = -1, ver = -1;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(from, "PRAGMA application_id", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			app = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	if (sqlite3_prepare_v2(from, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			ver = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	err_code c = ERR_OK;
	if (app != GH_APPLICATION_ID || ver < 1)
		c = err_set(e, ERR_NOTDB, "%s: %s", src, err_text(ERR_NOTDB));
	else if (ver > schema_count)
		c = err_set(e, ERR_TOONEW, "%s: %s", src, err_text(ERR_TOONEW));
	if (c == ERR_OK)
		c = db_backup_beside("before-restore", e);
	if (c == ERR_OK) {
		stmtcache_clear();   /* the file's contents are replaced */
		c = db_copy(from, db.h, e);
	}
	sqlite3_close(from);
	if (c == ERR_OK)
		c = db_migrate(e);
	return c;
}

err_code db_check(struct err *e)
{
	char buf[512] = "";
	err_code c = db_text(e, buf, sizeof buf, "PRAGMA integrity_check", NULL);
	if (c != ERR_OK)
		return c;
	if (strcmp(buf, "ok") != 0)
		return err_set(e, ERR_DB, _("The database file is damaged (%s); restore a backup."),
			       buf);
	int64_t n = 0;
	c = db_int(e, &n, "SELECT count(*) FROM pragma_foreign_key_check", NULL);
	if (c != ERR_OK)
		return c;
	if (n > 0)
		return err_set(e, ERR_DB, _("%lld records point to records that no longer exist."),
			       (long long)n);
	return ERR_OK;
}

char *db_default_path(char *buf, size_t n)
{
	const char *env = getenv("GONGHUI_DB");
	if (env && *env) {
		snprintf(buf, n, "%s", env);
		return buf;
	}
	const char *xdg = getenv("XDG_DATA_HOME");
	if (xdg && *xdg == '/') {
		snprintf(buf, n, "%s/gonghui/gonghui.db", xdg);
		return buf;
	}
	const char *home = getenv("HOME");
	snprintf(buf, n, "%s/.local/share/gonghui/gonghui.db", home && *home ? home : ".");
	return buf;
}

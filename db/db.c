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
#include <sys/file.h>
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
	int flags;               /* DB_CREATE, DB_HOLD as opened */
	int lock_fd;             /* FILE-lock, held while open with DB_HOLD; -1 otherwise */
	int unclean;             /* the last run on this file did not end cleanly */
	int damaged;             /* a check found damage: no more writes */
	int migrating;           /* inside db_migrate: no before_write hook */
	struct db_hooks hooks;
} db = { .lock_fd = -1 };

static err_code db_damage(struct err *e);

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
	if (primary == SQLITE_CORRUPT)
		return db_damage(e);
	if (primary == SQLITE_FULL)
		return err_set(e, ERR_DB, _("The disk is full: nothing was saved."));
	if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
		return err_set(e, ERR_DB, _("The database file cannot be written here "
					    "(check its permissions): %s"), db.path);
	if (primary == SQLITE_CONSTRAINT)
		/* core/ checks its input first; reaching this is a rule in the schema. SQLite's
		 * own words ("CHECK constraint failed: …") are no help to a treasurer. */
		return err_set(e, ERR_INPUT, _("The change breaks a rule of the records, so "
					       "nothing was saved."));
	if (primary == SQLITE_IOERR)
		return err_set(e, ERR_DB, _("The database file could not be read or written (a "
					    "problem with the disk?), so nothing was saved."));
	return err_set(e, ERR_DB, _("The database could not be read or written, so nothing was "
				    "saved."));
}

/* The file is damaged: remember it (no more writes) and say what to do. */
static err_code db_damage(struct err *e)
{
	db.damaged = 1;
	char hint[512] = "";
	if (db.hooks.damage_hint)
		db.hooks.damage_hint(hint, sizeof hint);
	if (!hint[0])
		snprintf(hint, sizeof hint, "%s", _("Put back a good backup with 'gonghui restore "
						   "FILE'."));
	return err_set(e, ERR_DAMAGED, _("%s is damaged, so nothing was changed. %s"), db.path,
		       hint);
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
	if (db.depth == 0 && db.damaged)
		return db_damage(e);
	if (db.depth == 0 && !db.migrating && db.hooks.before_write)
		db.hooks.before_write();
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

/* ---- files ---- */

int db_same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

/* The folder of file (".": a bare name), into buf. */
static char *db_dirname(const char *file, char *buf, size_t n)
{
	snprintf(buf, n, "%s", file);
	char *slash = strrchr(buf, '/');
	if (!slash)
		snprintf(buf, n, ".");
	else if (slash == buf)
		buf[1] = '\0';
	else
		*slash = '\0';
	return buf;
}

/* fsync the folder holding file, so a rename in it survives a power cut. */
static int db_sync_dir(const char *file)
{
	char dir[PATH_MAX];
	int fd = open(db_dirname(file, dir, sizeof dir), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

static int db_sync_file(const char *file)
{
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

/* Would writing to dest touch the open database or its journal? dest need not exist:
 * its folder is resolved, so "./x/../s.db-journal" is seen for what it is. */
static int db_is_ours(const char *dest)
{
	char journal[PATH_MAX + 16];
	snprintf(journal, sizeof journal, "%s-journal", db.path);
	if (db_same_file(dest, db.path))
		return 1;
	if (db_same_file(dest, journal))
		return 2;
	char ddir[PATH_MAX], rdir[PATH_MAX], mine[PATH_MAX], rmine[PATH_MAX];
	const char *base = strrchr(dest, '/') ? strrchr(dest, '/') + 1 : dest;
	const char *mbase = strrchr(db.path, '/') ? strrchr(db.path, '/') + 1 : db.path;
	if (!realpath(db_dirname(dest, ddir, sizeof ddir), rdir) ||
	    !realpath(db_dirname(db.path, mine, sizeof mine), rmine) || strcmp(rdir, rmine) != 0)
		return 0;
	size_t l = strlen(mbase);
	if (strncmp(base, mbase, l) != 0)
		return 0;
	if (base[l] == '\0')
		return 1;
	return strcmp(base + l, "-journal") == 0 || strcmp(base + l, "-wal") == 0 ||
	       strcmp(base + l, "-shm") == 0 || strcmp(base + l, "-lock") == 0 ? 2 : 0;
}

/* ---- checking ---- */

/* quick_check of h: 1 sound, 0 damaged (or not readable as a database). */
static int db_sound(sqlite3 *h)
{
	sqlite3_stmt *st = NULL;
	int ok = 0;
	if (sqlite3_prepare_v2(h, "PRAGMA quick_check(1)", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW) {
		const unsigned char *r = sqlite3_column_text(st, 0);
		ok = r && strcmp((const char *)r, "ok") == 0;
	}
	sqlite3_finalize(st);
	return ok;
}

/* One integer from a pragma on h; -1 when it cannot be read. */
static int db_pragma_on(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st = NULL;
	int v = -1;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Is h a sound gonghui database this program can open? ERR_OK, or e says why not with
 * name (the file as the user gave it). */
static err_code db_judge(sqlite3 *h, const char *name, struct err *e)
{
	int app = db_pragma_on(h, "PRAGMA application_id");
	int ver = db_pragma_on(h, "PRAGMA user_version");
	if (app != GH_APPLICATION_ID || ver < 1)
		return err_set(e, ERR_NOTDB, "%s: %s", name, err_text(ERR_NOTDB));
	if (ver > schema_count)
		return err_set(e, ERR_TOONEW, "%s: %s", name, err_text(ERR_TOONEW));
	if (!db_sound(h))
		return err_set(e, ERR_DAMAGED, _("%s is damaged; it cannot be used as a backup."),
			       name);
	return ERR_OK;
}

err_code db_quick_check(struct err *e)
{
	if (db.damaged || !db_sound(db.h))
		return db_damage(e);
	return ERR_OK;
}

err_code db_check(struct err *e)
{
	char buf[512] = "";
	err_code c = db.damaged ? ERR_DAMAGED
				: db_text(e, buf, sizeof buf, "PRAGMA integrity_check(1)", NULL);
	if (c == ERR_DAMAGED || (c == ERR_OK && strcmp(buf, "ok") != 0))
		return db_damage(e);
	if (c != ERR_OK)
		return c;
	int64_t n = 0;
	c = db_int(e, &n, "SELECT count(*) FROM pragma_foreign_key_check", NULL);
	if (c != ERR_OK)
		return c;
	if (n > 0)
		return err_set(e, ERR_DB, _("%lld records point to records that no longer exist."),
			       (long long)n);
	return ERR_OK;
}

/* ---- backup ---- */

/* Copy every page of from into the file tmp (which exists, empty, 0600), then sync it.
 * The copy's own journal is off: tmp is nobody's database until it has been checked and
 * renamed. */
static err_code db_copy_into(sqlite3 *from, const char *tmp, const char *dest,
			     struct err *e)
{
	sqlite3 *to = NULL;
	err_code c = ERR_OK;
	if (sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		c = err_set(e, ERR_IO, _("%s: the backup cannot be written there."), dest);
		goto out;
	}
	sqlite3_exec(to, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF", NULL, NULL, NULL);
	sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
	int rc = SQLITE_NOMEM;
	if (b) {
		/* The source is busy only while another program commits: wait a little. */
		for (int tries = 0; tries < 50; tries++) {
			rc = sqlite3_backup_step(b, -1);
			if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
				break;
			sqlite3_sleep(100);
		}
		sqlite3_backup_finish(b);
	}
	if (rc != SQLITE_DONE) {
		int p = rc & 0xff;
		if (p == SQLITE_FULL)
			c = err_set(e, ERR_IO, _("%s: the disk is full, so the backup could not be "
						 "written; what was there before is untouched."), dest);
		else if (p == SQLITE_BUSY || p == SQLITE_LOCKED)
			c = err_set(e, ERR_BUSY, NULL);
		else if (p == SQLITE_CORRUPT)
			c = db_damage(e);
		else
			c = err_set(e, ERR_IO, _("%s: the backup could not be written (a problem with "
						 "the disk?); what was there before is untouched."),
				    dest);
		goto out;
	}
	if (sqlite3_close(to) != SQLITE_OK || db_sync_file(tmp) != 0) {
		to = NULL;
		c = err_set(e, ERR_IO, _("%s: the backup could not be written (a problem with the "
					 "disk?); what was there before is untouched."), dest);
		goto out;
	}
	to = NULL;
	/* Read back what was written: a sound gonghui database, or no backup. */
	if (sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    db_judge(to, dest, NULL) != ERR_OK)
		c = err_set(e, ERR_IO, _("%s: the backup did not read back correctly (a problem "
					 "with the disk?); what was there before is untouched."),
			    dest);
out:
	sqlite3_close(to);
	return c;
}

/* Write a copy of from to dest safely (see db_backup). */
static err_code db_copy_file(sqlite3 *from, const char *dest, struct err *e)
{
	char dir[PATH_MAX], tmp[PATH_MAX + 32];
	const char *base = strrchr(dest, '/') ? strrchr(dest, '/') + 1 : dest;
	snprintf(tmp, sizeof tmp, "%s/.%s.tmp-XXXXXX", db_dirname(dest, dir, sizeof dir), base);
	int fd = mkstemp(tmp);
	if (fd < 0)
		return err_set(e, ERR_IO, _("%s: cannot write the backup there (%s)."), dest,
			       strerror(errno));
	fchmod(fd, 0600);
	close(fd);
	err_code c = db_copy_into(from, tmp, dest, e);
	if (c == ERR_OK && rename(tmp, dest) != 0)
		c = err_set(e, ERR_IO, _("%s: cannot write the backup there (%s)."), dest,
			    strerror(errno));
	if (c != ERR_OK) {
		unlink(tmp);
		return c;
	}
	db_sync_dir(dest);
	return ERR_OK;
}

err_code db_backup(const char *dest, struct err *e)
{
	struct stat st;
	if (stat(dest, &st) == 0 && S_ISDIR(st.st_mode))
		return err_set(e, ERR_IO, _("%s is a folder; give the name of the backup file to "
					    "write in it."), dest);
	if (stat(dest, &st) == 0 && !S_ISREG(st.st_mode))
		return err_set(e, ERR_IO, _("%s is not a regular file; give the name of the backup "
					    "file to write."), dest);
	int ours = db_is_ours(dest);
	if (ours == 1)
		return err_set(e, ERR_INPUT, _("%s is the database itself; a backup must go to "
					       "another file, best on another disk or a USB "
					       "stick."), dest);
	if (ours)
		return err_set(e, ERR_INPUT, _("%s is one of the database's own files; a backup "
					       "must go to another file, best on another disk or "
					       "a USB stick."), dest);
	err_code c = db_quick_check(e);
	if (c != ERR_OK)
		return c;
	return db_copy_file(db.h, dest, e);
}

/* A copy of the file beside it, named for the time, before a migration when the layer
 * above keeps no backups of its own (tests, benchmarks). */
static err_code db_backup_beside(const char *why, struct err *e)
{
	char dest[PATH_MAX + 64], stamp[32];
	time_t now = time(NULL);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
	snprintf(dest, sizeof dest, "%s.%s-%s.bak", db.path, why, stamp);
	return db_backup(dest, e);
}

void db_set_hooks(const struct db_hooks *h)
{
	if (h)
		db.hooks = *h;
	else
		memset(&db.hooks, 0, sizeof db.hooks);
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

static err_code db_migrate_steps(int have, struct err *e)
{
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
		err_code c;
		if (db.damaged)
			return db_damage(e);
		if (db.hooks.before_upgrade) {
			c = db.hooks.before_upgrade(have, e);
		} else {
			char why[32];
			snprintf(why, sizeof why, "v%d", have);
			c = db_backup_beside(why, e);
		}
		if (c != ERR_OK)
			return c;
	}
	db.migrating = 1;
	err_code c = db_migrate_steps(have, e);
	db.migrating = 0;
	return c;
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

/* Open the SQLite connection on path (which exists) with our pragmas. */
static err_code db_connect(const char *path, struct err *e)
{
	/* URI names are on so that ATTACH can open a file read-only (db_attach_readonly);
	 * a path that happens to begin with "file:" is kept a path. */
	char name[PATH_MAX + 2];
	snprintf(name, sizeof name, "%s%s", strncmp(path, "file:", 5) == 0 ? "./" : "", path);
	int rc = sqlite3_open_v2(name, &db.h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, NULL);
	if (rc != SQLITE_OK) {
		err_code c = db_fail(e, rc);
		sqlite3_close_v2(db.h);
		db.h = NULL;
		return c;
	}
	sqlite3_extended_result_codes(db.h, 1);
	sqlite3_busy_timeout(db.h, 2000);
	sqlite3_create_collation(db.h, "LOCALE", SQLITE_UTF8, NULL, db_collate_locale);
	return db_exec_script(e, "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL;"
				 "PRAGMA journal_mode=DELETE;");
}

static void db_disconnect(void)
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

/* Make a new database at path: written under a temporary name beside it, migrated,
 * synced and renamed into place, so that a start killed half-way leaves no half-made
 * database behind (only a stray temporary file). */
static err_code db_create(const char *path, struct err *e)
{
	if (db_mkdirs(path) != 0)
		return err_set(e, ERR_IO, _("Cannot create the folder for %s (%s)."), path,
			       strerror(errno));
	char tmp[PATH_MAX + 16];
	snprintf(tmp, sizeof tmp, "%s.new-XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0)
		return err_set(e, ERR_IO, _("Cannot create %s (%s)."), path, strerror(errno));
	fchmod(fd, 0600);
	close(fd);
	err_code c = db_connect(tmp, e);
	if (c == ERR_OK) {
		db.migrating = 1;
		c = db_migrate_steps(0, e);
		db.migrating = 0;
	}
	db_disconnect();
	if (c == ERR_OK && db_sync_file(tmp) != 0)
		c = err_set(e, ERR_IO, _("Cannot create %s (%s)."), path, strerror(errno));
	/* link() does not replace a file made meanwhile by another gonghui. */
	if (c == ERR_OK && link(tmp, path) != 0 && errno != EEXIST)
		c = err_set(e, ERR_IO, _("Cannot create %s (%s)."), path, strerror(errno));
	unlink(tmp);
	char journal[PATH_MAX + 32];
	snprintf(journal, sizeof journal, "%s-journal", tmp);
	unlink(journal);
	if (c == ERR_OK)
		db_sync_dir(path);
	return c;
}

/* Hold FILE-lock for the full-screen program. A lock file found with something in it
 * (the process id a run writes) was left by a run that did not end cleanly. */
static err_code db_hold(const char *path, struct err *e)
{
	char lock[PATH_MAX + 16];
	snprintf(lock, sizeof lock, "%s-lock", path);
	for (int tries = 0; tries < 3; tries++) {
		int fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (fd < 0)
			return ERR_OK;   /* a folder we may not write: go on without the lock */
		if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
			char buf[32] = "";
			ssize_t r = read(fd, buf, sizeof buf - 1);
			buf[r > 0 ? r : 0] = '\0';
			close(fd);
			int pid = atoi(buf);
			if (pid > 0)
				return err_set(e, ERR_INUSE, _("%s is open in another gonghui (process "
							      "%d); close that one first."), path, pid);
			return err_set(e, ERR_INUSE, _("%s is open in another gonghui; close that "
						      "one first."), path);
		}
		/* The file we locked must still be the one named lock (not one a closing
		 * gonghui removed just before). */
		struct stat a, b;
		if (fstat(fd, &a) != 0 || stat(lock, &b) != 0 || a.st_ino != b.st_ino ||
		    a.st_dev != b.st_dev) {
			close(fd);
			continue;
		}
		if (a.st_size > 0)
			db.unclean = 1;
		char pid[32];
		int l = snprintf(pid, sizeof pid, "%d\n", (int)getpid());
		if (ftruncate(fd, 0) != 0 || pwrite(fd, pid, (size_t)l, 0) != l) {
			/* no marker: the lock still holds */
		}
		db.lock_fd = fd;
		return ERR_OK;
	}
	return ERR_OK;
}

static void db_release(void)
{
	if (db.lock_fd >= 0) {
		char lock[PATH_MAX + 16];
		snprintf(lock, sizeof lock, "%s-lock", db.path);
		unlink(lock);
		close(db.lock_fd);
	}
	db.lock_fd = -1;
}

int db_in_use(const char *path, int *pid)
{
	char lock[PATH_MAX + 16];
	snprintf(lock, sizeof lock, "%s-lock", path);
	if (db.lock_fd >= 0 && strcmp(path, db.path) == 0)
		return 0;   /* we hold it ourselves */
	int fd = open(lock, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	int busy = flock(fd, LOCK_SH | LOCK_NB) != 0;
	if (busy && pid) {
		char buf[32] = "";
		ssize_t r = read(fd, buf, sizeof buf - 1);
		buf[r > 0 ? r : 0] = '\0';
		*pid = atoi(buf);
	}
	close(fd);
	return busy;
}

int db_unclean(void) { return db.unclean; }
int db_damaged(void) { return db.damaged; }

err_code db_open_flags(const char *path, int flags, struct err *e)
{
	if (db.h || db.lock_fd >= 0)
		db_close();
	snprintf(db.path, sizeof db.path, "%s", path);
	db.flags = flags;
	db.unclean = db.damaged = 0;

	struct stat st;
	int existed = stat(path, &st) == 0;
	if (existed && S_ISDIR(st.st_mode))
		return err_set(e, ERR_IO, _("%s is a folder, not a database file."), path);
	if (existed && !S_ISREG(st.st_mode))
		return err_set(e, ERR_IO, _("%s is not a regular file, so it cannot be a database."),
			       path);
	if (existed && st.st_size == 0)
		return err_set(e, ERR_NOTDB, _("%s is an empty file, not a gonghui database; "
					       "remove it to start a new one there."), path);
	if (!existed && !(flags & DB_CREATE))
		return err_set(e, ERR_NOFILE, _("%s: there is no such database file. Check the "
						"name; a new database is made only by the "
						"full-screen program or 'gonghui import'."), path);
	err_code c = ERR_OK;
	if (!existed)
		c = db_create(path, e);
	if (c == ERR_OK && (flags & DB_HOLD))
		c = db_hold(path, e);
	if (c != ERR_OK)
		return c;

	/* A journal left behind is rolled back by SQLite on the first read: the last run
	 * was cut off in the middle of a change. */
	char journal[PATH_MAX + 16];
	snprintf(journal, sizeof journal, "%s-journal", path);
	if (stat(journal, &st) == 0 && st.st_size > 0)
		db.unclean = 1;

	c = db_connect(path, e);
	if (c == ERR_OK && db.unclean && !db_sound(db.h))
		c = db_damage(e);
	if (c == ERR_OK || (c == ERR_DAMAGED && !(flags & DB_HOLD)))
		c = db_migrate(e) == ERR_OK ? c : (e ? e->code : ERR_DB);
	if (c != ERR_OK && c != ERR_DAMAGED) {
		if (c == ERR_NOTDB || c == ERR_TOONEW || c == ERR_BUSY)
			err_set(e, c, "%s: %s", path, err_text(c));
		db_close();
	} else if (c == ERR_DAMAGED) {
		if (flags & DB_HOLD) {
			db_close();
			db.damaged = 1;
			return c;
		}
		c = ERR_OK;   /* opened for reading: check, backup listing, restore */
	}
	return c;
}

err_code db_open(const char *path, struct err *e) { return db_open_flags(path, DB_CREATE, e); }

/* "file:PATH?mode=ro" with the characters a URI gives a meaning to escaped. */
static void db_uri_readonly(const char *path, char *out, size_t n)
{
	size_t k = (size_t)snprintf(out, n, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p && k + 4 < n; p++) {
		if (*p == '%' || *p == '?' || *p == '#' || *p < 0x21)
			k += (size_t)snprintf(out + k, n - k, "%%%02X", *p);
		else
			out[k++] = (char)*p;
	}
	out[k < n ? k : n - 1] = '\0';
	snprintf(out + strlen(out), n - strlen(out), "?mode=ro");
}

/* Is the schema `name` (main, or an attached one) a gonghui database this program can
 * read? ERR_OK with *version set, else ERR_NOTDB / ERR_TOONEW with "PATH: sentence". */
static err_code db_check_ours(const char *name, const char *path, int *version,
			      struct err *e)
{
	char sql[96];
	int64_t app = 0, ver = 0;
	snprintf(sql, sizeof sql, "PRAGMA \"%s\".application_id", name);
	err_code c = db_int(NULL, &app, sql, NULL);
	snprintf(sql, sizeof sql, "PRAGMA \"%s\".user_version", name);
	if (c == ERR_OK)
		c = db_int(NULL, &ver, sql, NULL);
	if (c != ERR_OK || app != GH_APPLICATION_ID || ver < 1)
		return err_set(e, ERR_NOTDB, "%s: %s", path, err_text(ERR_NOTDB));
	if (ver > schema_count)
		return err_set(e, ERR_TOONEW, "%s: %s", path, err_text(ERR_TOONEW));
	*version = (int)ver;
	return ERR_OK;
}

err_code db_open_readonly(const char *path, int *version, struct err *e)
{
	if (db.h || db.lock_fd >= 0)
		db_close();
	snprintf(db.path, sizeof db.path, "%s", path);
	db.flags = 0;
	db.unclean = db.damaged = 0;
	struct stat st;
	if (stat(path, &st) != 0)
		return err_set(e, ERR_IO, _("%s: cannot read the file (%s)."), path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return err_set(e, ERR_IO, _("%s is a folder, not a database file."), path);
	char uri[PATH_MAX * 3 + 16];
	db_uri_readonly(path, uri, sizeof uri);
	int rc = sqlite3_open_v2(uri, &db.h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	if (rc != SQLITE_OK) {
		db_close();
		return err_set(e, ERR_IO, _("%s: cannot read the file (%s)."), path,
			       sqlite3_errstr(rc));
	}
	sqlite3_extended_result_codes(db.h, 1);
	sqlite3_busy_timeout(db.h, 2000);
	sqlite3_create_collation(db.h, "LOCALE", SQLITE_UTF8, NULL, db_collate_locale);
	err_code c = db_check_ours("main", path, version, e);
	if (c != ERR_OK)
		db_close();
	return c;
}

err_code db_attach_readonly(const char *path, const char *name, int *version,
			    struct err *e)
{
	char uri[PATH_MAX * 3 + 16], sql[64];
	db_uri_readonly(path, uri, sizeof uri);
	snprintf(sql, sizeof sql, "ATTACH ?1 AS \"%s\"", name);
	err_code c = db_exec(NULL, sql, "t", uri);
	if (c != ERR_OK)
		return err_set(e, ERR_IO, _("%s: cannot read the file."), path);
	c = db_check_ours(name, path, version, e);
	if (c != ERR_OK)
		db_detach(name);
	return c;
}

void db_detach(const char *name)
{
	char sql[64];
	stmtcache_clear();   /* no statement may hold on to the schema going away */
	snprintf(sql, sizeof sql, "DETACH \"%s\"", name);
	db_exec(NULL, sql, NULL);
}

err_code db_quick_check_of(const char *name, char *buf, size_t n, struct err *e)
{
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA \"%s\".quick_check(1)", name);
	err_code c = db_text(e, buf, n, sql, NULL);
	if (c == ERR_NOTFOUND)
		snprintf(buf, n, "%s", "?");
	return c == ERR_NOTFOUND ? ERR_OK : c;
}


void db_close(void)
{
	db_disconnect();
	db_release();
}

int db_is_open(void) { return db.h != NULL; }
const char *db_path(void) { return db.path; }

/* ---- restore ---- */

/* src, open read-only in *from, is a sound gonghui database other than ours. */
static err_code db_restore_source(const char *src, sqlite3 **from, struct err *e)
{
	*from = NULL;
	struct stat st;
	if (stat(src, &st) != 0)
		return err_set(e, ERR_IO, _("%s: cannot read the file (%s)."), src, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return err_set(e, ERR_IO, _("%s is not a regular file, so it cannot be a backup."),
			       src);
	if (db_is_ours(src))
		return err_set(e, ERR_INPUT, _("%s is the database itself, not a backup of it."),
			       src);
	if (db_in_use(db.path, NULL))
		return err_set(e, ERR_INUSE, _("%s is open in another gonghui; close that one "
					       "first, then restore."), db.path);
	if (sqlite3_open_v2(src, from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return err_set(e, ERR_NOTDB, "%s: %s", src, err_text(ERR_NOTDB));
	return db_judge(*from, src, e);
}

err_code db_restore_check(const char *src, struct err *e)
{
	sqlite3 *from = NULL;
	err_code c = db_restore_source(src, &from, e);
	sqlite3_close(from);
	return c;
}

err_code db_restore(const char *src, char *aside, size_t n, struct err *e)
{
	if (aside && n)
		aside[0] = '\0';
	/* 1. The backup: a sound gonghui database. */
	sqlite3 *from = NULL;
	err_code c = db_restore_source(src, &from, e);
	/* 2. Copied beside the database, synced, read back. */
	char tmp[PATH_MAX + 32];
	snprintf(tmp, sizeof tmp, "%s.restore-XXXXXX", db.path);
	if (c == ERR_OK) {
		int fd = mkstemp(tmp);
		if (fd < 0) {
			c = err_set(e, ERR_IO, _("Cannot write beside %s (%s)."), db.path,
				    strerror(errno));
			tmp[0] = '\0';
		} else {
			fchmod(fd, 0600);
			close(fd);
			c = db_copy_into(from, tmp, db.path, e);
		}
	} else {
		tmp[0] = '\0';
	}
	sqlite3_close(from);
	if (c != ERR_OK) {
		if (tmp[0])
			unlink(tmp);
		return c;
	}
	/* 3. Swap: the replaced file aside, the copy in its place. */
	int was_damaged = db.damaged || !db_sound(db.h);
	char path[PATH_MAX], old[PATH_MAX + 64], stamp[32];
	snprintf(path, sizeof path, "%s", db.path);
	time_t now = time(NULL);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
	snprintf(old, sizeof old, "%s.%s-%s", path, was_damaged ? "damaged" : "replaced", stamp);
	int flags = db.flags & ~DB_CREATE;
	db_disconnect();
	if (rename(path, old) != 0) {
		unlink(tmp);
		err_set(e, ERR_IO, _("Cannot put the backup in place of %s (%s)."), path,
			strerror(errno));
		db_connect(path, NULL);
		return ERR_IO;
	}
	if (rename(tmp, path) != 0) {
		rename(old, path);
		unlink(tmp);
		err_set(e, ERR_IO, _("Cannot put the backup in place of %s (%s)."), path,
			strerror(errno));
		db_connect(path, NULL);
		return ERR_IO;
	}
	db_sync_dir(path);
	/* 4. Opened, brought up to date and checked; or the replaced one is put back. */
	db.damaged = 0;
	c = db_connect(path, e);
	if (c == ERR_OK)
		c = db_migrate(e);
	if (c == ERR_OK)
		c = db_quick_check(e);
	if (c != ERR_OK) {
		db_disconnect();
		rename(old, path);
		db_sync_dir(path);
		db_connect(path, NULL);
		db.damaged = was_damaged;
		err_set(e, c, _("The backup %s could not be opened after copying, so the database "
				"was put back as it was."), src);
		return c;
	}
	db.flags = flags;
	if (was_damaged) {
		if (aside && n)
			snprintf(aside, n, "%s", old);
	} else {
		unlink(old);
	}
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

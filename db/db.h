/*
 * db.h — the one SQLite file: opening it with the right pragmas, migrating its schema,
 * statements with bound parameters, nested transactions, backup, restore and checks.
 *
 * There is one open database per process (module state in db.c). Only db/ and core/
 * include this header; tui/ never does.
 *
 * Binding: every helper that takes (types, ...) binds its variadic arguments to ?1, ?2 …
 * in order, one letter per argument:
 *     t  const char *   text (NULL binds SQL NULL)
 *     i  int64_t        integer
 *     d  int            integer (for plain ints, so callers need no casts)
 *     n  (no argument)  NULL
 * Values never go into the SQL text.
 */
#ifndef GH_DB_H
#define GH_DB_H

#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>

#include "core/error.h"

typedef struct sqlite3_stmt db_stmt;

enum { DB_DONE = 0, DB_ROW = 1, DB_ERROR = -1 };

/* How a database is opened (db_open_flags):
 *   DB_CREATE  a missing file is made (folder 0700, file 0600, written beside and renamed
 *              into place, so a killed start leaves no half-made file); without it a
 *              missing file is ERR_NOFILE. An existing empty file is never taken for a
 *              new database (ERR_NOTDB): only a new path makes one.
 *   DB_HOLD    the full-screen program: hold FILE-lock while open (a second one gets
 *              ERR_INUSE, naming the process), which is also the marker of an unclean
 *              end when the next start finds it left behind.
 * After an unclean end (a marker left behind, or a journal SQLite must roll back) the
 * file is checked (quick_check) before anything else; a damaged one is opened for
 * reading only (db_damaged), and with DB_HOLD the open fails with ERR_DAMAGED.
 * Then the schema is brought up to date, each migration in one transaction after the
 * before_upgrade hook (an automatic backup). A file that is not a gonghui database, is
 * newer than this program, or is locked gives a clear err. */
enum { DB_CREATE = 1, DB_HOLD = 2 };
err_code db_open_flags(const char *path, int flags, struct err *e);
/* db_open_flags(path, DB_CREATE, e): tests and benchmarks. */
err_code db_open(const char *path, struct err *e);
void db_close(void);
/* Open an existing gonghui database read-only, without migrating it: for looking into a
 * file that must not change (a school's file being consolidated). *version gets its
 * schema version (at most db_schema_latest()). ERR_IO / ERR_NOTDB / ERR_TOONEW with a
 * sentence naming the file. */
err_code db_open_readonly(const char *path, int *version, struct err *e);
/* ATTACH path read-only as schema `name` (an identifier of ours, such as s0) and check
 * that it is a gonghui database this program reads; *version as above. Outside a
 * transaction only (SQLite's rule). db_detach lets go of it. */
err_code db_attach_readonly(const char *path, const char *name, int *version,
			    struct err *e);
void db_detach(const char *name);
/* PRAGMA quick_check of schema `name`: buf gets "ok" or the first problem found. */
err_code db_quick_check_of(const char *name, char *buf, size_t n, struct err *e);
int db_is_open(void);
const char *db_path(void);
/* The last run on this file did not end cleanly (set by the open). */
int db_unclean(void);
/* A check found the file damaged: every write is refused with ERR_DAMAGED. */
int db_damaged(void);
/* Is the database at path held open by another gonghui (its FILE-lock is locked)?
 * Fills pid (when given) with the holder's process id if it is known. */
int db_in_use(const char *path, int *pid);

/* What the layer above does at some moments (core/book.c sets them):
 *   before_write    called before each outermost transaction (not a migration's): the
 *                   full-screen program's once-a-day backup
 *   before_upgrade  called before migrating from version `from`; a failure stops the
 *                   migration (an automatic backup that could not be made)
 *   damage_hint     one sentence saying which backup to restore, appended to the
 *                   message of a damaged file */
struct db_hooks {
	void (*before_write)(void);
	err_code (*before_upgrade)(int from, struct err *e);
	void (*damage_hint)(char *buf, size_t n);
};
void db_set_hooks(const struct db_hooks *h);

/* Schema version of the open database and of this program. */
int db_schema_version(void);
int db_schema_latest(void);

db_stmt *db_prepare(struct err *e, const char *sql);
err_code db_bind(db_stmt *st, struct err *e, const char *types, ...);
err_code db_bindv(db_stmt *st, struct err *e, const char *types, va_list ap);
/* s, or NULL (binds SQL NULL) when s is NULL or "": for optional text and filters. */
const char *db_nullif(const char *s);
/* Returns DB_ROW, DB_DONE or DB_ERROR (e filled). */
int db_step(db_stmt *st, struct err *e);
void db_reset(db_stmt *st);
void db_finalize(db_stmt **st);

int64_t db_col_int(db_stmt *st, int col);
const char *db_col_text(db_stmt *st, int col);   /* "" for NULL, never NULL */
int db_col_null(db_stmt *st, int col);

/* A reader fills one record of the caller's (elem: a struct member …) from the current
 * row; a module has one per kind of record and uses it for every query of that kind. */
typedef void (*db_reader)(db_stmt *st, void *elem);

/* Prepare, bind, step to the end, finalize. */
err_code db_exec(struct err *e, const char *sql, const char *types, ...);
/* Run several statements without parameters (schema, pragmas). */
err_code db_exec_script(struct err *e, const char *sql);
/* First column of the first row; ERR_NOTFOUND (e untouched) when there is no row. */
err_code db_int(struct err *e, int64_t *out, const char *sql, const char *types, ...);
err_code db_text(struct err *e, char *buf, size_t n, const char *sql, const char *types, ...);
/* The first row, read into out by row; ERR_NOTFOUND (e untouched) when there is none. */
err_code db_one(struct err *e, void *out, db_reader row, const char *sql, const char *types,
		...);

/* Counting and paging a listing. A module keeps its filter in one WHERE clause and one
 * binder, and runs it twice: "SELECT count(*) … WHERE …" through db_count for the total,
 * "SELECT cols … WHERE … ORDER BY … LIMIT :limit OFFSET :offset" through db_page for the
 * rows on screen.
 *
 * A binder binds the query's own parameters from arg (a query struct, an id …) and
 * returns ERR_OK or fills e. Text is copied as it is bound, so a binder may free what it
 * made for binding (a normalised search string) before it returns. A NULL binder binds
 * nothing; db_bind_id is the binder of queries whose one parameter ?1 is the int64_t at
 * arg. */
typedef err_code (*db_binder)(db_stmt *st, const void *arg, struct err *e);
err_code db_bind_id(db_stmt *st, const void *arg, struct err *e);
/* *count = the first column of the first row (0 when there is none or on error). */
err_code db_count(const char *sql, db_binder bind, const void *arg, int *count,
		  struct err *e);
/* Bind, then bind limit to :limit and offset to :offset, and read up to limit rows into
 * out, an array of elements of size bytes, with row. *got = the rows read (on an error,
 * those read before it). */
err_code db_page(const char *sql, db_binder bind, const void *arg, int offset, int limit,
		 void *out, size_t size, db_reader row, int *got, struct err *e);

int64_t db_last_id(void);
int db_changes(void);

/* Nested transactions: the outermost begin starts one, the matching outermost commit
 * commits it; a rollback at any depth makes the whole one roll back. Each begin records
 * its file and line so an unbalanced one can be named. */
#define db_begin(e) db_begin_((e), __FILE__, __LINE__)
err_code db_begin_(struct err *e, const char *file, int line);
err_code db_commit(struct err *e);
void db_rollback(void);
int db_depth(void);

/* Copy the open database to dest (a consistent snapshot, file 0600). The database is
 * checked first (a damaged one is not copied); dest may be neither the database (the
 * same file by device and inode, after links) nor its journal. The copy is written to a
 * temporary file beside dest, synced, checked, and renamed over dest, and the folder is
 * synced: a failure at any point leaves whatever was at dest untouched. */
err_code db_backup(const char *dest, struct err *e);
/* Replace the open database with src: src must be a sound gonghui database, not the
 * database itself. It is copied beside the database (synced and checked), put in its
 * place by a rename, opened, migrated and checked; until then the replaced file is kept
 * aside, and it is put back if the restored one fails. The replaced file is removed
 * afterwards unless it was damaged: then it stays, and its name is copied to aside (when
 * given; "" otherwise). */
err_code db_restore(const char *src, char *aside, size_t n, struct err *e);
/* Would db_restore take src? ERR_OK, or e says why not (checked before the backup that
 * precedes a restore, so a refused restore leaves nothing behind). */
err_code db_restore_check(const char *src, struct err *e);
/* integrity_check and foreign_key_check; ERR_OK when both are clean, otherwise e says
 * what is wrong in one sentence. */
err_code db_check(struct err *e);
/* quick_check (linear in the file's size, no index contents): ERR_OK or ERR_DAMAGED
 * (and the database is read-only from then on). */
err_code db_quick_check(struct err *e);
/* Are a and b the same file (device and inode, after links)? 0 when either is absent. */
int db_same_file(const char *a, const char *b);

/* The default database path: $GONGHUI_DB, else $XDG_DATA_HOME/gonghui/gonghui.db,
 * else ~/.local/share/gonghui/gonghui.db. Returns buf. */
char *db_default_path(char *buf, size_t n);

#endif

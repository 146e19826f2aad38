/*
 * county.c — consolidating schools' files into a county database, and reading it (see
 * county.h). Owns county_school and the county_T mirrors of the school tables.
 */
#include "core/county.h"
#include "core/csv.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"
#include "db/db.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum { MAX_TABLES = 128, NAME_LEN = 64, COLS_LEN = 8192, MAX_INDEXES = 16 };

static struct {
	char tables[MAX_TABLES][NAME_LEN];   /* the tables a school's file carries */
	int ntables;
	int views;                           /* county_use's views are in place */
} county;

/* A school's file on its way into the county. */
struct county_file {
	const char *path;
	char attach[PATH_MAX + 32];   /* the file itself, or a copy brought up to date */
	char code[24], name[192], union_name[192], id[64], file_time[20];
	int members;
};

/* ---- identifiers and lists ---- */

/* "name" quoted as an SQL identifier (names come from our own schema). */
static const char *qid(const char *name, char *out, size_t n)
{
	size_t k = 0;
	if (n < 3)
		return "\"\"";
	out[k++] = '"';
	for (const char *p = name; *p && k + 3 < n; p++) {
		if (*p == '"')
			out[k++] = '"';
		out[k++] = *p;
	}
	out[k++] = '"';
	out[k] = '\0';
	return out;
}

/* Append to a buffer; a list too long for it is an error, never cut. */
static int append(char *buf, size_t n, const char *s)
{
	size_t have = strlen(buf), add = strlen(s);
	if (have + add + 1 > n)
		return 0;
	memcpy(buf + have, s, add + 1);
	return 1;
}

/* The first column of every row of sql (one text parameter ?1 and an optional ?2) into
 * out[max][NAME_LEN]; *got rows. A NULL value is kept as "" . */
static err_code names_query(const char *sql, const char *p1, const char *p2,
			    char (*out)[NAME_LEN], int max, int *got, struct err *e)
{
	*got = 0;
	db_stmt *st = db_prepare(e, sql);
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "tt", p1, p2);
	int rc = DB_DONE;
	while (c == ERR_OK && (rc = db_step(st, e)) == DB_ROW) {
		if (*got >= max) {
			c = err_set(e, ERR_DB, "county: more than %d names", max);
			break;
		}
		snprintf(out[(*got)++], NAME_LEN, "%s", db_col_null(st, 0) ? "" : db_col_text(st, 0));
	}
	if (c == ERR_OK && rc == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	return c;
}

/* The tables of this program's schema that a school's file carries: all of main's but
 * the county's own and the audit trail (audit_log, audit, audit_layout). */
static err_code county_list_tables(struct err *e)
{
	return names_query("SELECT name FROM main.sqlite_schema WHERE type = 'table'"
			   " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
			   " AND name NOT LIKE 'county\\_%' ESCAPE '\\'"
			   " AND name NOT LIKE 'audit%' AND ?1 IS NULL AND ?2 IS NULL ORDER BY name",
			   NULL, NULL, county.tables, MAX_TABLES, &county.ntables, e);
}

int county_is_county(void)
{
	int64_t n = 0;
	db_int(NULL, &n, "SELECT count(*) FROM main.sqlite_schema WHERE type = 'table' AND "
	       "name = 'county_school'", NULL);
	return n > 0;
}

/* ---- the county's tables ---- */

static const char sql_county_school[] =
	"CREATE TABLE IF NOT EXISTS main.county_school ("
	" code TEXT PRIMARY KEY, school_id TEXT NOT NULL, name TEXT NOT NULL,"
	" union_name TEXT NOT NULL, file TEXT NOT NULL, file_time TEXT NOT NULL,"
	" consolidated_at TEXT NOT NULL, members INTEGER NOT NULL)";

/* Make county_T for every table T (or give it T's new columns), with an index on
 * (school, T's key) and on (school, columns) for each of T's plain indexes. */
static err_code county_sync(struct err *e)
{
	char sql[COLS_LEN + 256], cols[COLS_LEN], q[2 * NAME_LEN + 16], ct[NAME_LEN + 8];
	char names[MAX_TABLES][NAME_LEN], idx[MAX_INDEXES][NAME_LEN];
	int n, ni;
	err_code c = db_exec(e, sql_county_school, NULL);
	for (int t = 0; c == ERR_OK && t < county.ntables; t++) {
		const char *T = county.tables[t];
		snprintf(ct, sizeof ct, "county_%s", T);
		int64_t exists = 0;
		db_int(NULL, &exists, "SELECT count(*) FROM main.sqlite_schema WHERE type = 'table'"
		       " AND name = ?1", "t", ct);
		if (!exists) {
			/* columns with their declared types, no constraints: the school checked */
			db_stmt *st = db_prepare(e, "SELECT name, type FROM pragma_table_info(?1, 'main')"
						    " ORDER BY cid");
			if (!st)
				return e ? e->code : ERR_DB;
			snprintf(cols, sizeof cols, "\"school\" TEXT NOT NULL");
			c = db_bind(st, e, "t", T);
			int rc, fits = 1;
			while (c == ERR_OK && (rc = db_step(st, e)) == DB_ROW) {
				fits &= append(cols, sizeof cols, ", ");
				fits &= append(cols, sizeof cols, qid(db_col_text(st, 0), q, sizeof q));
				fits &= append(cols, sizeof cols, " ");
				fits &= append(cols, sizeof cols, db_col_text(st, 1));
			}
			db_finalize(&st);
			if (c == ERR_OK && !fits)
				c = err_set(e, ERR_DB, "county: the columns of %s do not fit", T);
			if (c != ERR_OK)
				return c;
			snprintf(sql, sizeof sql, "CREATE TABLE main.%s (%s)", qid(ct, q, sizeof q), cols);
			if ((c = db_exec(e, sql, NULL)) != ERR_OK)
				return c;
		} else {
			c = names_query("SELECT name FROM pragma_table_info(?1, 'main') WHERE name NOT IN"
					" (SELECT name FROM pragma_table_info(?2, 'main'))", T, ct,
					names, MAX_TABLES, &n, e);
			for (int i = 0; c == ERR_OK && i < n; i++) {
				char type[64] = "", qc[2 * NAME_LEN + 4];
				db_text(NULL, type, sizeof type, "SELECT type FROM pragma_table_info(?1, "
					"'main') WHERE name = ?2", "tt", T, names[i]);
				snprintf(sql, sizeof sql, "ALTER TABLE main.%s ADD COLUMN %s %s",
					 qid(ct, q, sizeof q), qid(names[i], qc, sizeof qc), type);
				c = db_exec(e, sql, NULL);
			}
			if (c != ERR_OK)
				return c;
		}
		/* (school, key) and (school, each plain index's columns) */
		c = names_query("SELECT '' WHERE ?1 IS NOT NULL AND ?2 IS NULL UNION ALL "
				"SELECT name FROM pragma_index_list(?1, 'main')"
				" WHERE origin IN ('c', 'u') AND partial = 0", T, NULL,
				idx, MAX_INDEXES, &ni, e);
		for (int i = 0; c == ERR_OK && i < ni; i++) {
			if (i == 0)
				c = names_query("SELECT name FROM pragma_table_info(?1, 'main') WHERE pk > 0"
						" AND ?2 IS NULL ORDER BY pk", T, NULL, names, MAX_TABLES, &n, e);
			else
				c = names_query("SELECT name FROM pragma_index_info(?1, 'main') WHERE"
						" ?2 IS NULL ORDER BY seqno", idx[i], NULL, names,
						MAX_TABLES, &n, e);
			snprintf(cols, sizeof cols, "\"school\"");
			int plain = 1;
			for (int k = 0; k < n; k++) {
				char qc[2 * NAME_LEN + 4];
				plain &= names[k][0] != '\0';   /* an expression has no name */
				append(cols, sizeof cols, ", ");
				append(cols, sizeof cols, qid(names[k], qc, sizeof qc));
			}
			if (c != ERR_OK || !plain)
				continue;
			char iname[3 * NAME_LEN], qi[6 * NAME_LEN];
			snprintf(iname, sizeof iname, "%s:%s", ct, i == 0 ? "key" : idx[i]);
			snprintf(sql, sizeof sql, "CREATE INDEX IF NOT EXISTS main.%s ON %s (%s)",
				 qid(iname, qi, sizeof qi), qid(ct, q, sizeof q), cols);
			c = db_exec(e, sql, NULL);
		}
	}
	return c;
}

/* county_sync in a transaction of its own: all of it, or (rolled back) none. */
static err_code county_sync_once(struct err *e)
{
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	if ((c = county_sync(e)) != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

/* Drop the county_T indexes but (school, key), which deleting a school's rows uses;
 * county_sync makes them again. */
static err_code county_drop_indexes(struct err *e)
{
	char names[4 * MAX_TABLES][NAME_LEN], sql[4 * NAME_LEN], q[3 * NAME_LEN];
	int n = 0;
	err_code c = names_query("SELECT name FROM main.sqlite_schema WHERE type = 'index'"
				 " AND name LIKE 'county\\_%:%' ESCAPE '\\' AND name NOT LIKE '%:key'"
				 " AND ?1 IS NULL AND ?2 IS NULL", NULL, NULL, names,
				 4 * MAX_TABLES, &n, e);
	for (int i = 0; c == ERR_OK && i < n; i++) {
		snprintf(sql, sizeof sql, "DROP INDEX main.%s", qid(names[i], q, sizeof q));
		c = db_exec(e, sql, NULL);
	}
	return c;
}

/* Copy the school attached as schema `sn` into the county under its code, replacing
 * what the county held under that code. Inside the batch's transaction. */
static err_code county_copy(const char *sn, const struct county_file *f, struct err *e)
{
	char sql[2 * COLS_LEN + 512], cols[COLS_LEN], q[2 * NAME_LEN + 16], qs[2 * NAME_LEN + 16],
		qt[2 * NAME_LEN + 16], ct[NAME_LEN + 8];
	char names[MAX_TABLES][NAME_LEN];
	int n;
	err_code c = ERR_OK;
	for (int t = 0; c == ERR_OK && t < county.ntables; t++) {
		const char *T = county.tables[t];
		snprintf(ct, sizeof ct, "county_%s", T);
		snprintf(sql, sizeof sql, "DELETE FROM main.%s WHERE school = ?1", qid(ct, q, sizeof q));
		if ((c = db_exec(e, sql, "t", f->code)) != ERR_OK)
			return c;
		/* the columns both sides have (a table the file lacks has none) */
		c = names_query("SELECT c.name FROM pragma_table_info(?1, 'main') c WHERE"
				" c.name <> 'school' AND c.name IN (SELECT name FROM"
				" pragma_table_info(substr(?1, 8), ?2)) ORDER BY c.cid", ct, sn,
				names, MAX_TABLES, &n, e);
		if (c != ERR_OK || n == 0)
			continue;
		cols[0] = '\0';
		int fits = 1;
		for (int k = 0; k < n; k++) {
			char qc[2 * NAME_LEN + 4];
			fits &= append(cols, sizeof cols, k ? ", " : "");
			fits &= append(cols, sizeof cols, qid(names[k], qc, sizeof qc));
		}
		if (!fits)
			return err_set(e, ERR_DB, "county: the columns of %s do not fit", T);
		snprintf(sql, sizeof sql, "INSERT INTO main.%s (\"school\", %s) SELECT ?1, %s FROM %s.%s",
			 qid(ct, q, sizeof q), cols, cols, qid(sn, qs, sizeof qs), qid(T, qt, sizeof qt));
		c = db_exec(e, sql, "t", f->code);
	}
	if (c != ERR_OK)
		return c;
	char now[DATE_LEN], at[20];
	date_today(now);
	if (getenv("GONGHUI_TODAY") && *getenv("GONGHUI_TODAY")) {
		snprintf(at, sizeof at, "%s 00:00", now);
	} else {
		time_t tt = time(NULL);
		strftime(at, sizeof at, "%Y-%m-%d %H:%M", localtime(&tt));
	}
	return db_exec(e, "INSERT INTO main.county_school(code, school_id, name, union_name, file,"
		       " file_time, consolidated_at, members) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
		       " ON CONFLICT(code) DO UPDATE SET school_id = ?2, name = ?3, union_name = ?4,"
		       " file = ?5, file_time = ?6, consolidated_at = ?7, members = ?8",
		       "ttttttti", f->code, f->id, f->name, f->union_name, f->path, f->file_time, at,
		       (int64_t)f->members);
}

/* ---- checking the files ---- */

/* Look into a school's file (read-only) and fill f; 0, or 1 with the refusal in why. A
 * file of an older schema is copied into tmpdir and brought up to date there. */
static int county_inspect(struct county_file *f, const char *tmpdir, int i, char *why,
			  size_t n)
{
	struct err e = { 0 };
	int version = 0;
	char qc[512];
	snprintf(f->attach, sizeof f->attach, "%s", f->path);
	if (db_open_readonly(f->path, &version, &e) != ERR_OK) {
		snprintf(why, n, "%s", e.msg);
		return 1;
	}
	if (db_quick_check_of("main", qc, sizeof qc, &e) != ERR_OK || strcmp(qc, "ok") != 0) {
		/* one line: "*** in database main ***\nPage 11: …" → "Page 11: …" */
		const char *skip = "*** in database main ***";
		if (strncmp(qc, skip, strlen(skip)) == 0)
			memmove(qc, qc + strlen(skip), strlen(qc + strlen(skip)) + 1);
		for (char *p = qc; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		while (qc[0] == ' ')
			memmove(qc, qc + 1, strlen(qc));
		/* L10N: %1$s the file, %2$s what SQLite's check found. */
		snprintf(why, n, _("%1$s is damaged (%2$s): ask the school for a new copy of its "
				   "file."), f->path, strcmp(qc, "ok") ? qc : e.msg);
		db_close();
		return 1;
	}
	if (county_is_county()) {
		snprintf(why, n, _("%s is a county database, not a school's file."), f->path);
		db_close();
		return 1;
	}
	setting_get("school_code", f->code, sizeof f->code);
	setting_get("school_name", f->name, sizeof f->name);
	setting_get("union_name", f->union_name, sizeof f->union_name);
	setting_get("school_id", f->id, sizeof f->id);
	if (!f->code[0]) {
		snprintf(why, n, _("%s has no school code: set one at the school in Settings (or "
				   "with gonghui set school_code=…), then bring the file again."),
			 f->path);
		db_close();
		return 1;
	}
	int64_t members = 0;
	db_int(NULL, &members, "SELECT count(*) FROM member WHERE status = 'active'", NULL);
	f->members = (int)members;
	struct stat st;
	if (stat(f->path, &st) == 0)
		strftime(f->file_time, sizeof f->file_time, "%Y-%m-%d %H:%M",
			 localtime(&st.st_mtime));
	if (version < db_schema_latest()) {
		/* made by an older gonghui: bring a private copy up to date, not the file */
		snprintf(f->attach, sizeof f->attach, "%s/%d.db", tmpdir, i);
		if (db_backup(f->attach, &e) != ERR_OK || (db_close(), 0) ||
		    db_open(f->attach, &e) != ERR_OK) {
			snprintf(why, n, "%s: %s", f->path, e.msg);
			db_close();
			return 1;
		}
	}
	db_close();
	return 0;
}

/* Remove the temporary folder and what is in it. */
static void county_rmdir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *de;
	char p[PATH_MAX + 300];
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
			snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
			unlink(p);
		}
	closedir(d);
	rmdir(dir);
}

/* fsync the file, then its folder (after the rename is made there, the folder's entry). */
static int county_sync_file(const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	int r = fsync(fd);
	close(fd);
	return r;
}

static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

/* The codes and identities the county holds already. */
struct county_known {
	char code[24], id[64], name[192], file[512];
};

static err_code county_known_load(struct county_known **out, int *n, struct err *e)
{
	*out = NULL;
	*n = 0;
	int64_t count = 0;
	err_code c = db_int(e, &count, "SELECT count(*) FROM main.county_school", NULL);
	if (c != ERR_OK || count == 0)
		return c;
	struct county_known *k = calloc((size_t)count, sizeof *k);
	if (!k)
		return err_set(e, ERR_NOMEM, NULL);
	db_stmt *st = db_prepare(e, "SELECT code, school_id, name, file FROM main.county_school");
	if (!st) {
		free(k);
		return e ? e->code : ERR_DB;
	}
	int rc;
	while (*n < count && (rc = db_step(st, e)) == DB_ROW) {
		snprintf(k[*n].code, sizeof k[*n].code, "%s", db_col_text(st, 0));
		snprintf(k[*n].id, sizeof k[*n].id, "%s", db_col_text(st, 1));
		snprintf(k[*n].name, sizeof k[*n].name, "%s", db_col_text(st, 2));
		snprintf(k[*n].file, sizeof k[*n].file, "%s", db_col_text(st, 3));
		(*n)++;
	}
	db_finalize(&st);
	*out = k;
	return ERR_OK;
}

/* ---- consolidating ---- */

err_code county_consolidate(const char *county_path, const char *const *files, int n,
			    county_note note, void *arg, int *done, struct err *e)
{
	struct county_file *f = calloc((size_t)(n > 0 ? n : 1), sizeof *f);
	struct county_known *known = NULL;
	int nknown = 0, refused = 0, version = 0, attached = 0;
	char tmpdir[PATH_MAX], newfile[PATH_MAX + 8], why[1024];
	const char *base = getenv("TMPDIR");
	err_code c = ERR_OK;

	*done = 0;
	if (!f)
		return err_set(e, ERR_NOMEM, NULL);
	snprintf(tmpdir, sizeof tmpdir, "%s/gonghui-county-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(tmpdir)) {
		free(f);
		return err_set(e, ERR_IO, _("Cannot make a temporary folder (%s)."), strerror(errno));
	}
	snprintf(newfile, sizeof newfile, "%s.new", county_path);

	/* The county file: new, a county's, or a gonghui database with nothing in it. */
	struct stat st;
	int exists = stat(county_path, &st) == 0;
	if (exists) {
		if ((c = db_open_readonly(county_path, &version, e)) != ERR_OK)
			goto out;
		if (county_is_county()) {
			c = county_known_load(&known, &nknown, e);
		} else {
			int64_t members = 0;
			char code[24];
			db_int(NULL, &members, "SELECT count(*) FROM member", NULL);
			setting_get("school_code", code, sizeof code);
			if (members > 0 || code[0])
				c = err_set(e, ERR_INPUT, _("%s is a school's database; the county's must "
							    "be a file of its own."), county_path);
		}
		db_close();
		if (c != ERR_OK)
			goto out;
	}

	/* Every file checked before anything is written. */
	for (int i = 0; i < n; i++) {
		f[i].path = files[i];
		why[0] = '\0';
		if (exists && same_file(files[i], county_path))
			snprintf(why, sizeof why, _("%s is the county database itself."), files[i]);
		else if (county_inspect(&f[i], tmpdir, i, why, sizeof why) == 0) {
			for (int k = 0; k < nknown && !why[0]; k++)
				if (strcmp(known[k].code, f[i].code) == 0 && strcmp(known[k].id, f[i].id))
					/* L10N: %1$s the file, %2$s the school code, %3$s the name of
					 * the school the county has under that code, %4$s its file. */
					snprintf(why, sizeof why, _("%1$s: the county already has school "
						 "code %2$s from another school's file (%3$s, %4$s); each "
						 "school needs a code of its own."), files[i], f[i].code,
						 known[k].name, known[k].file);
			for (int k = 0; k < i && !why[0]; k++)
				if (f[k].code[0] && strcmp(f[k].code, f[i].code) == 0)
					/* L10N: %1$s and %2$s two files, %3$s the school code. */
					snprintf(why, sizeof why, _("%1$s and %2$s both have school code "
						 "%3$s; give each school's file once."), files[k],
						 files[i], f[i].code);
		}
		if (why[0]) {
			note(1, why, arg);
			refused++;
			f[i].code[0] = '\0';
		}
	}
	if (refused) {
		c = err_set(e, ERR_INPUT, ngettext("%d file was refused; the county database was "
						   "not changed.",
						   "%d files were refused; the county database was "
						   "not changed.", refused), refused);
		goto out;
	}

	/* The writing goes into a copy that replaces the county file at the end. */
	unlink(newfile);
	if (exists) {
		if ((c = db_open_readonly(county_path, &version, e)) != ERR_OK ||
		    (c = db_backup(newfile, e)) != ERR_OK)
			goto fail;
		db_close();
	}
	/* The copy is private until the rename: a crash or a failure throws it away, so it
	 * needs neither a rollback journal nor a sync per batch; it is synced once, before
	 * it replaces the county file. */
	if ((c = db_open(newfile, e)) != ERR_OK ||
	    (c = db_exec_script(e, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
				   " PRAGMA cache_size=-16384;")) != ERR_OK ||
	    (c = county_list_tables(e)) != ERR_OK || (c = county_sync_once(e)) != ERR_OK)
		goto fail;
	/* A run that brings in much of the county: the indexes other than (school, key) are
	 * dropped and made again at the end, one sort each, cheaper than keeping them up
	 * row by row. A run of a few schools into a big county keeps them. */
	int rebuild = n * 4 >= nknown;
	if (rebuild && (c = county_drop_indexes(e)) != ERR_OK)
		goto fail;
	for (int b = 0; b < n; b += COUNTY_BATCH) {
		int m = n - b < COUNTY_BATCH ? n - b : COUNTY_BATCH;
		char sn[16];
		for (attached = 0; attached < m; attached++) {
			snprintf(sn, sizeof sn, "s%d", attached);
			if ((c = db_attach_readonly(f[b + attached].attach, sn, &version, e)) != ERR_OK)
				goto fail;
		}
		if ((c = db_begin(e)) != ERR_OK)
			goto fail;
		for (int k = 0; k < m; k++) {
			snprintf(sn, sizeof sn, "s%d", k);
			if ((c = county_copy(sn, &f[b + k], e)) != ERR_OK) {
				db_rollback();
				err_prefix(e, "%s: ", f[b + k].path);
				goto fail;
			}
		}
		if ((c = db_commit(e)) != ERR_OK)
			goto fail;
		for (int k = 0; k < m; k++) {
			snprintf(sn, sizeof sn, "s%d", k);
			db_detach(sn);
			/* L10N: %1$s code, %2$s the school's name, %3$d its members, %4$s the file. */
			snprintf(why, sizeof why, ngettext("%1$s %2$s: %3$d member, from %4$s",
							   "%1$s %2$s: %3$d members, from %4$s",
							   f[b + k].members),
				 f[b + k].code, f[b + k].name, f[b + k].members, f[b + k].path);
			note(0, why, arg);
		}
		attached = 0;
	}
	if (rebuild && (c = county_sync_once(e)) != ERR_OK)
		goto fail;
	db_close();
	if (county_sync_file(newfile) != 0) {
		c = err_set(e, ERR_IO, _("%1$s: cannot be written (%2$s); it was not changed."),
			    county_path, strerror(errno));
		goto fail;
	}
	if (rename(newfile, county_path) != 0) {
		c = err_set(e, ERR_IO, _("%1$s: cannot be replaced (%2$s); it was not changed."),
			    county_path, strerror(errno));
		goto fail;
	}
	*done = n;
	goto out;

fail:
	for (int k = 0; k < attached; k++) {
		char sn[16];
		snprintf(sn, sizeof sn, "s%d", k);
		db_detach(sn);
	}
	db_close();
	unlink(newfile);
out:
	db_close();
	county_rmdir(tmpdir);
	free(known);
	free(f);
	return c;
}

/* ---- reading ---- */

err_code county_school_count(int *n, struct err *e)
{
	int64_t v = 0;
	*n = 0;
	if (!county_is_county())
		return ERR_OK;
	err_code c = db_int(e, &v, "SELECT count(*) FROM main.county_school", NULL);
	*n = (int)v;
	return c;
}

err_code county_schools(struct county_school *out, int offset, int max, int *got,
			struct err *e)
{
	*got = 0;
	if (!county_is_county())
		return ERR_OK;
	db_stmt *st = db_prepare(e, "SELECT code, name, union_name, file, file_time,"
				    " consolidated_at, members FROM main.county_school"
				    " ORDER BY code LIMIT ?1 OFFSET ?2");
	if (!st)
		return e ? e->code : ERR_DB;
	err_code c = db_bind(st, e, "dd", max, offset);
	int rc = DB_DONE;
	while (c == ERR_OK && *got < max && (rc = db_step(st, e)) == DB_ROW) {
		struct county_school *s = &out[(*got)++];
		snprintf(s->code, sizeof s->code, "%s", db_col_text(st, 0));
		snprintf(s->name, sizeof s->name, "%s", db_col_text(st, 1));
		snprintf(s->union_name, sizeof s->union_name, "%s", db_col_text(st, 2));
		snprintf(s->file, sizeof s->file, "%s", db_col_text(st, 3));
		snprintf(s->file_time, sizeof s->file_time, "%s", db_col_text(st, 4));
		snprintf(s->consolidated_at, sizeof s->consolidated_at, "%s", db_col_text(st, 5));
		s->members = (int)db_col_int(st, 6);
	}
	if (c == ERR_OK && rc == DB_ERROR)
		c = e ? e->code : ERR_DB;
	db_finalize(&st);
	return c;
}

err_code county_use(const char *code, struct err *e)
{
	char sql[COLS_LEN + 512], cols[COLS_LEN], q[2 * NAME_LEN + 16], qt[2 * NAME_LEN + 16];
	char names[MAX_TABLES][NAME_LEN], tables[MAX_TABLES][NAME_LEN];
	int nt = 0, n;
	err_code c = names_query("SELECT substr(name, 8) FROM main.sqlite_schema WHERE type ="
				 " 'table' AND name LIKE 'county\\_%' ESCAPE '\\' AND name <>"
				 " 'county_school' AND ?1 IS NULL AND ?2 IS NULL ORDER BY name",
				 NULL, NULL, tables, MAX_TABLES, &nt, e);
	if (c != ERR_OK)
		return c;
	if (!code) {
		for (int t = 0; county.views && t < nt; t++) {
			snprintf(sql, sizeof sql, "DROP VIEW IF EXISTS temp.%s", qid(tables[t], q, sizeof q));
			db_exec(NULL, sql, NULL);
		}
		county.views = 0;
		return ERR_OK;
	}
	if (!county.views) {
		/* a county made by an older gonghui gets this one's new columns first */
		if (county_list_tables(NULL) == ERR_OK && db_begin(NULL) == ERR_OK) {
			if (county_sync(NULL) == ERR_OK)
				db_commit(NULL);
			else
				db_rollback();
		}
		if ((c = db_exec(e, "CREATE TEMP TABLE IF NOT EXISTS county_cur(code TEXT)", NULL)) !=
		    ERR_OK)
			return c;
		for (int t = 0; c == ERR_OK && t < nt; t++) {
			char ct[NAME_LEN + 8];
			snprintf(ct, sizeof ct, "county_%s", tables[t]);
			c = names_query("SELECT name FROM pragma_table_info(?1, 'main') WHERE name <>"
					" 'school' AND ?2 IS NULL ORDER BY cid", ct, NULL, names,
					MAX_TABLES, &n, e);
			cols[0] = '\0';
			for (int k = 0; c == ERR_OK && k < n; k++) {
				char qc[2 * NAME_LEN + 4];
				append(cols, sizeof cols, k ? ", " : "");
				append(cols, sizeof cols, qid(names[k], qc, sizeof qc));
			}
			if (c != ERR_OK || n == 0)
				continue;
			snprintf(sql, sizeof sql, "CREATE TEMP VIEW %s AS SELECT %s FROM main.%s WHERE"
				 " \"school\" = (SELECT code FROM temp.county_cur)",
				 qid(tables[t], q, sizeof q), cols, qid(ct, qt, sizeof qt));
			c = db_exec(e, sql, NULL);
		}
		if (c != ERR_OK) {
			county.views = 1;
			county_use(NULL, NULL);
			return c;
		}
		county.views = 1;
	}
	if ((c = db_exec(e, "DELETE FROM temp.county_cur", NULL)) == ERR_OK)
		c = db_exec(e, "INSERT INTO temp.county_cur(code) VALUES (?1)", "t", code);
	return c;
}

/* Every school's code, in order; the caller frees *codes. */
static err_code county_codes(char (**codes)[24], int *n, struct err *e)
{
	*codes = NULL;
	err_code c = county_school_count(n, e);
	if (c != ERR_OK || *n == 0)
		return c;
	struct county_school *s = malloc(sizeof *s * (size_t)*n);
	*codes = malloc(sizeof **codes * (size_t)*n);
	int got = 0;
	if (!s || !*codes) {
		free(s);
		free(*codes);
		*codes = NULL;
		return err_set(e, ERR_NOMEM, NULL);
	}
	c = county_schools(s, 0, *n, &got, e);
	for (int i = 0; i < got; i++)
		snprintf((*codes)[i], sizeof (*codes)[i], "%s", s[i].code);
	*n = got;
	free(s);
	return c;
}

err_code county_report(int year, struct report *r, struct err *e)
{
	char (*codes)[24] = NULL;
	int n = 0;
	memset(r, 0, sizeof *r);
	r->year = year;
	err_code c = county_codes(&codes, &n, e);
	for (int i = 0; c == ERR_OK && i < n; i++) {
		struct report one;
		if ((c = county_use(codes[i], e)) != ERR_OK ||
		    (c = report_compute(year, &one, e)) != ERR_OK)
			break;
		c = report_add(r, &one, e);
		report_free(&one);
	}
	county_use(NULL, NULL);
	free(codes);
	if (c != ERR_OK) {
		report_free(r);
		return c;
	}
	setting_title(r->union_name, sizeof r->union_name);
	if (!r->union_name[0])
		snprintf(r->union_name, sizeof r->union_name,
			 ngettext("County: %d school", "County: %d schools", n), n);
	return ERR_OK;
}

static void row_add(struct county_row *t, const struct county_row *r)
{
	t->members += r->members;
	t->dues_expected += r->dues_expected;
	t->dues_collected += r->dues_collected;
	t->welfare += r->welfare;
	t->welfare_amount += r->welfare_amount;
	t->visits += r->visits;
	t->visit_people += r->visit_people;
	t->events += r->events;
	t->participants += r->participants;
	t->gifts += r->gifts;
	t->donations += r->donations;
	t->proposals += r->proposals;
	t->answered += r->answered;
}

err_code county_by_school(int year, struct county_row **rows, int *n,
			  struct county_row *total, struct err *e)
{
	struct county_school *s = NULL;
	int count = 0, got = 0;
	*rows = NULL;
	*n = 0;
	memset(total, 0, sizeof *total);
	err_code c = county_school_count(&count, e);
	if (c != ERR_OK || count == 0)
		return c;
	s = malloc(sizeof *s * (size_t)count);
	*rows = calloc((size_t)count, sizeof **rows);
	if (!s || !*rows) {
		free(s);
		free(*rows);
		*rows = NULL;
		return err_set(e, ERR_NOMEM, NULL);
	}
	c = county_schools(s, 0, count, &got, e);
	for (int i = 0; c == ERR_OK && i < got; i++) {
		struct report one;
		if ((c = county_use(s[i].code, e)) != ERR_OK ||
		    (c = report_compute(year, &one, e)) != ERR_OK)
			break;
		struct county_row *r = &(*rows)[i];
		snprintf(r->code, sizeof r->code, "%s", s[i].code);
		snprintf(r->name, sizeof r->name, "%s", s[i].name);
		r->members = one.members.active;
		r->dues_expected = one.dues.expected;
		r->dues_collected = one.dues.collected;
		r->welfare = one.welfare.count;
		r->welfare_amount = one.welfare.amount;
		r->visits = one.visits.count;
		r->visit_people = one.visits.people;
		r->events = one.events.count;
		r->participants = one.events.people;
		r->gifts = one.donations.count;
		r->donations = one.donations.amount;
		r->proposals = one.proposals.received;
		r->answered = one.proposals.answered;
		report_free(&one);
		row_add(total, r);
		(*n)++;
	}
	county_use(NULL, NULL);
	free(s);
	if (c != ERR_OK) {
		free(*rows);
		*rows = NULL;
		*n = 0;
	}
	return c;
}

/* ---- printing ---- */

enum { NCOLS = 7 };

static void county_line(const char *start, size_t bytes, void *arg)
{
	fprintf(arg, "%.*s\n", (int)bytes, start);
}

static void row_cells(const struct county_row *r, char cell[NCOLS][32])
{
	snprintf(cell[0], 32, "%d", r->members);
	money_format(r->dues_collected, cell[1], 32);
	money_format(r->welfare_amount, cell[2], 32);
	snprintf(cell[3], 32, "%d", r->visits);
	snprintf(cell[4], 32, "%d", r->participants);
	money_format(r->donations, cell[5], 32);
	snprintf(cell[6], 32, "%d", r->proposals);
}

void county_print_by_school(FILE *out, int year, const struct county_row *rows, int n,
			    const struct county_row *total, int width)
{
	const char *labels[NCOLS] = { _("Members"), _("Dues"), _("Welfare"), _("Visits"),
				      _("Events"), _("Donations"), _("Proposals") };
	char cell[NCOLS][32], buf[1024], title[256];
	int w[NCOLS], wcode = text_width(_("Code")), wname = text_width(_("School"));
	if (width <= 0)
		width = 80;
	for (int k = 0; k < NCOLS; k++)
		w[k] = text_width(labels[k]);
	for (int i = 0; i <= n; i++) {
		const struct county_row *r = i < n ? &rows[i] : total;
		row_cells(r, cell);
		for (int k = 0; k < NCOLS; k++)
			if ((int)strlen(cell[k]) > w[k])
				w[k] = (int)strlen(cell[k]);
		if (i < n && text_width(r->code) > wcode)
			wcode = text_width(r->code);
		if (i < n && text_width(r->name) > wname)
			wname = text_width(r->name);
	}
	int fixed = wcode + 1;
	for (int k = 0; k < NCOLS; k++)
		fixed += 1 + w[k];
	if (fixed + wname > width)
		wname = width - fixed > 6 ? width - fixed : 6;

	/* L10N: the title of the table of schools; %d the year. */
	snprintf(title, sizeof title, _("Schools in %d"), year);
	fprintf(out, "%s\n", title);
	for (int k = text_width(title); k > 0; k--)
		fputc('=', out);
	fprintf(out, "\n\n");
	fprintf(out, "%s ", text_pad(_("Code"), wcode, TEXT_LEFT, buf, sizeof buf));
	fprintf(out, "%s", text_pad(_("School"), wname, TEXT_LEFT, buf, sizeof buf));
	for (int k = 0; k < NCOLS; k++)
		fprintf(out, " %s", text_pad(labels[k], w[k], TEXT_RIGHT, buf, sizeof buf));
	fprintf(out, "\n");
	for (int i = 0; i <= n; i++) {
		const struct county_row *r = i < n ? &rows[i] : total;
		row_cells(r, cell);
		if (i == n && n > 0) {
			for (int k = wcode + 1 + wname + (fixed - wcode - 1); k > 0; k--)
				fputc('-', out);
			fputc('\n', out);
		}
		fprintf(out, "%s ", text_pad(i < n ? r->code : "", wcode, TEXT_LEFT, buf, sizeof buf));
		fprintf(out, "%s", text_pad(i < n ? r->name : _("Total"), wname, TEXT_LEFT, buf,
					    sizeof buf));
		for (int k = 0; k < NCOLS; k++)
			fprintf(out, " %*s", w[k], cell[k]);
		fprintf(out, "\n");
	}
	fprintf(out, "\n");
	/* L10N: the note under the table of schools: what each column counts. */
	text_wrap(_("Members: working members at year end. Dues: collected. Welfare and "
		    "Donations: amounts given. Visits and Events: times (人次), events counting "
		    "their participants. Proposals: received."), width, county_line, out);
}

void county_print_by_school_csv(FILE *out, const struct county_row *rows, int n)
{
	fprintf(out, "school_code,school_name,members,dues_expected,dues_collected,welfare,"
		     "welfare_amount,visits,visit_people,events,participants,donations,"
		     "donations_amount,proposals,answered\n");
	for (int i = 0; i < n; i++) {
		const struct county_row *r = &rows[i];
		char a[32], b[32], c[32], d[32];
		csv_put(out, r->code);
		fputc(',', out);
		csv_put(out, r->name);
		fprintf(out, ",%d,%s,%s,%d,%s,%d,%d,%d,%d,%d,%s,%d,%d\n", r->members,
			money_plain(r->dues_expected, a, sizeof a),
			money_plain(r->dues_collected, b, sizeof b), r->welfare,
			money_plain(r->welfare_amount, c, sizeof c), r->visits, r->visit_people,
			r->events, r->participants, r->gifts, money_plain(r->donations, d, sizeof d),
			r->proposals, r->answered);
	}
}

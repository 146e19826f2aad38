/* book.c — the database file as the front end sees it: a layer over db/ that adds the
 * automatic backups (their folder, names, rotation) and the sentences about them. */
#include "core/book.h"
#include "core/date.h"
#include "core/dues.h"
#include "core/ledger.h"
#include "db/db.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BOOK_MAX_BACKUPS 512

static struct {
	int app;                     /* opened by the full-screen program */
	char checked[DATE_LEN];      /* the day the daily backup was last looked for */
	char problem[768];           /* why today's backup failed, or "" */
} book;

/* ---- names ---- */

/* The folder of the backups: "backups" beside the database. */
static void book_dir(char *buf, size_t n)
{
	const char *p = db_path();
	const char *slash = strrchr(p, '/');
	if (slash)
		snprintf(buf, n, "%.*s/backups", (int)(slash - p), p);
	else
		snprintf(buf, n, "backups");
}

/* The database's file name without ".db": "gonghui". */
static void book_base(char *buf, size_t n)
{
	const char *p = db_path();
	const char *slash = strrchr(p, '/');
	snprintf(buf, n, "%s", slash ? slash + 1 : p);
	size_t l = strlen(buf);
	if (l > 3 && strcmp(buf + l - 3, ".db") == 0)
		buf[l - 3] = '\0';
}

/* Does name look like BASE-YYYY-MM-DD[-KIND].db? Fills b's date and kind. */
static int book_parse(const char *name, const char *base, struct book_backup *b)
{
	size_t bl = strlen(base), l = strlen(name);
	if (strncmp(name, base, bl) != 0 || name[bl] != '-' || l < bl + 1 + 10 + 3 ||
	    strcmp(name + l - 3, ".db") != 0)
		return 0;
	const char *d = name + bl + 1;
	snprintf(b->date, sizeof b->date, "%.10s", d);
	if (!date_is_iso(b->date))
		return 0;
	const char *rest = d + 10, *end = name + l - 3;
	if (rest == end) {
		b->kind[0] = '\0';
		return 1;
	}
	if (*rest != '-')
		return 0;
	snprintf(b->kind, sizeof b->kind, "%.*s", (int)(end - rest - 1), rest + 1);
	/* "before-restore-2": the second of a day */
	char *dash = strrchr(b->kind, '-');
	if (dash && dash[1] >= '0' && dash[1] <= '9')
		*dash = '\0';
	return 1;
}

static int book_newer_first(const void *pa, const void *pb)
{
	const struct book_backup *a = pa, *b = pb;
	int c = strcmp(b->date, a->date);
	if (c)
		return c;
	return (b->mtime > a->mtime) - (b->mtime < a->mtime);
}

int book_backups(struct book_backup *out, int max)
{
	char dir[PATH_MAX], base[PATH_MAX];
	book_dir(dir, sizeof dir);
	book_base(base, sizeof base);
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	struct book_backup *all = calloc(BOOK_MAX_BACKUPS, sizeof *all);
	int n = 0;
	struct dirent *de;
	while (all && n < BOOK_MAX_BACKUPS && (de = readdir(d)) != NULL) {
		struct book_backup *b = &all[n];
		struct stat st;
		if (!book_parse(de->d_name, base, b))
			continue;
		snprintf(b->path, sizeof b->path, "%s/%s", dir, de->d_name);
		if (stat(b->path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		b->mtime = (long long)st.st_mtime;
		n++;
	}
	closedir(d);
	if (!all)
		return 0;
	qsort(all, (size_t)n, sizeof *all, book_newer_first);
	for (int i = 0; i < n && i < max; i++)
		out[i] = all[i];
	free(all);
	return n;
}

err_code book_last_backup(struct book_backup *b)
{
	return book_backups(b, 1) > 0 ? ERR_OK : ERR_NOTFOUND;
}

const char *book_backup_kind_name(const char *kind)
{
	if (strcmp(kind, "before-restore") == 0)
		return _("before a restore");
	if (strcmp(kind, "before-upgrade") == 0)
		return _("before an upgrade");
	/* L10N: the kind of an automatic backup made before the first save of a day */
	return _("daily");
}

/* ---- rotation ---- */

/* Monday-based week number of an ISO date (1970-01-01 was a Thursday). */
static long book_week(const char *date) { return (date_daynum(date) + 3) / 7; }

/* Keep the newest backup of each of the last 7 days, 4 weeks and 12 months that have
 * one, and all of today's; remove the rest (restic's --keep-daily/weekly/monthly). */
static void book_rotate(void)
{
	struct book_backup *all = calloc(BOOK_MAX_BACKUPS, sizeof *all);
	if (!all)
		return;
	int n = book_backups(all, BOOK_MAX_BACKUPS);
	if (n > BOOK_MAX_BACKUPS)
		n = BOOK_MAX_BACKUPS;
	char today[DATE_LEN], day[DATE_LEN] = "", month[MONTH_LEN] = "";
	date_today(today);
	long week = -1;
	int days = 0, weeks = 0, months = 0;
	for (int i = 0; i < n; i++) {
		const char *d = all[i].date;
		int keep = strcmp(d, today) >= 0;
		if (strcmp(d, day) != 0) {
			snprintf(day, sizeof day, "%s", d);
			keep |= days++ < 7;
		}
		if (book_week(d) != week) {
			week = book_week(d);
			keep |= weeks++ < 4;
		}
		if (strncmp(d, month, 7) != 0) {
			snprintf(month, sizeof month, "%.7s", d);
			keep |= months++ < 12;
		}
		if (!keep)
			unlink(all[i].path);
	}
	free(all);
}

/* ---- making them ---- */

err_code book_auto_backup(const char *kind, struct err *e)
{
	char dir[PATH_MAX], base[PATH_MAX], today[DATE_LEN], dest[PATH_MAX * 2 + 64];
	book_dir(dir, sizeof dir);
	book_base(base, sizeof base);
	date_today(today);
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		return err_set(e, ERR_IO, _("Cannot make the folder for backups, %s (%s)."), dir,
			       strerror(errno));
	if (!*kind) {
		snprintf(dest, sizeof dest, "%s/%s-%s.db", dir, base, today);
	} else {
		/* A second restore on one day must not replace the backup the first made. */
		snprintf(dest, sizeof dest, "%s/%s-%s-%s.db", dir, base, today, kind);
		struct stat st;
		for (int k = 2; stat(dest, &st) == 0 && k < 100; k++)
			snprintf(dest, sizeof dest, "%s/%s-%s-%s-%d.db", dir, base, today, kind, k);
	}
	err_code c = db_backup(dest, e);
	if (c != ERR_OK)
		return c;
	if (strcmp(kind, "before-restore") != 0)
		book_rotate();
	return ERR_OK;
}

/* The full-screen program's backup, before the first save of each day. */
static void book_before_write(void)
{
	char today[DATE_LEN];
	if (!book.app)
		return;
	date_today(today);
	if (strcmp(book.checked, today) == 0)
		return;
	snprintf(book.checked, sizeof book.checked, "%s", today);
	struct book_backup b[8];
	int n = book_backups(b, 8);
	for (int i = 0; i < n && i < 8; i++)
		if (strcmp(b[i].date, today) == 0 && !b[i].kind[0])
			return;
	struct err e = { 0 };
	book.problem[0] = '\0';
	if (book_auto_backup("", &e) != ERR_OK)
		snprintf(book.problem, sizeof book.problem,
			 _("Today's automatic backup could not be made: %s"), e.msg);
}

const char *book_backup_problem(void) { return book.problem[0] ? book.problem : NULL; }

static err_code book_before_upgrade(int from, struct err *e)
{
	err_code c = book_auto_backup("before-upgrade", e);
	if (c != ERR_OK)
		err_prefix(e, "%s", _("The database was not upgraded, because the backup before "
				      "it could not be made: "));
	return c;
}

/* Which backup to restore when the file is damaged. */
static void book_damage_hint(char *buf, size_t n)
{
	struct book_backup b;
	if (book_last_backup(&b) == ERR_OK)
		snprintf(buf, n, _("The latest automatic backup is from %s: 'gonghui restore %s' "
				   "puts it back."), b.date, b.date);
	else
		buf[0] = '\0';
}

/* ---- the book ---- */

err_code book_open_as(const char *path, int how, struct err *e)
{
	char def[PATH_MAX];
	if (!path || !*path)
		path = db_default_path(def, sizeof def);
	static const struct db_hooks hooks = {
		.before_write = book_before_write,
		.before_upgrade = book_before_upgrade,
		.damage_hint = book_damage_hint,
	};
	db_set_hooks(&hooks);
	book.app = (how & BOOK_APP) != 0;
	book.checked[0] = book.problem[0] = '\0';
	int flags = (how & (BOOK_CREATE | BOOK_APP)) ? DB_CREATE : 0;
	if (how & BOOK_APP)
		flags |= DB_HOLD;
	return db_open_flags(path, flags, e);
}

err_code book_open(const char *path, struct err *e) { return book_open_as(path, 0, e); }

void book_close(void)
{
	db_close();
	book.app = 0;
}

const char *book_path(void) { return db_path(); }
/* The file itself, then the month totals of the ledger and of the dues against the
 * entries and rows they sum. */
err_code book_check(struct err *e)
{
	err_code c = db_check(e);
	if (c == ERR_OK)
		c = ledger_month_check(e);
	return c == ERR_OK ? dues_total_check(e) : c;
}
err_code book_check_quick(struct err *e) { return db_quick_check(e); }

err_code book_backup(const char *dest, char *written, size_t n, struct err *e)
{
	char file[PATH_MAX * 2 + 32];
	struct stat st;
	if (stat(dest, &st) == 0 && S_ISDIR(st.st_mode)) {
		char base[PATH_MAX], today[DATE_LEN];
		book_base(base, sizeof base);
		date_today(today);
		size_t l = strlen(dest);
		snprintf(file, sizeof file, "%s%s%s-%s.db", dest,
			 l && dest[l - 1] == '/' ? "" : "/", base, today);
	} else {
		snprintf(file, sizeof file, "%s", dest);
	}
	if (written && n)
		snprintf(written, n, "%s", file);
	return db_backup(file, e);
}

err_code book_restore(const char *src, char *used, size_t nused, char *aside, size_t naside,
		      struct err *e)
{
	char file[PATH_MAX];
	struct stat st;
	snprintf(file, sizeof file, "%s", src);
	if (stat(src, &st) != 0 && date_is_iso(src)) {
		struct book_backup *all = calloc(BOOK_MAX_BACKUPS, sizeof *all);
		int n = all ? book_backups(all, BOOK_MAX_BACKUPS) : 0, found = 0;
		for (int i = 0; i < n && i < BOOK_MAX_BACKUPS && !found; i++)
			if (strcmp(all[i].date, src) == 0) {
				snprintf(file, sizeof file, "%s", all[i].path);
				found = 1;
			}
		free(all);
		if (!found)
			return err_set(e, ERR_NOTFOUND, _("There is no automatic backup from %s; "
							  "'gonghui backup' lists the ones there "
							  "are."), src);
	}
	if (used && nused)
		snprintf(used, nused, "%s", file);
	err_code c = db_restore_check(file, e);
	if (c != ERR_OK)
		return c;
	if (!db_damaged() && db_quick_check(NULL) == ERR_OK) {
		c = book_auto_backup("before-restore", e);
		if (c != ERR_OK) {
			err_prefix(e, "%s", _("Nothing was restored, because the backup of the "
					      "database as it is could not be made: "));
			return c;
		}
	}
	return db_restore(file, aside, naside, e);
}

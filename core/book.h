/*
 * book.h — the union's book as a whole (one database file): opening it, closing it,
 * checking, backing up and restoring, and the automatic backups. The front end uses
 * these and never db/ itself.
 *
 * Automatic backups live in the folder "backups" beside the database, one file a day at
 * most of each kind, named BASE-YYYY-MM-DD.db (the full-screen program's daily backup,
 * made before the first save of the day), BASE-YYYY-MM-DD-before-restore.db and
 * BASE-YYYY-MM-DD-before-upgrade.db (BASE: the database's file name without ".db").
 * Folder 0700, files 0600. They are kept in a rotation: the newest of each of the last
 * 7 days that have a backup, of the last 4 weeks and of the last 12 months, and every
 * one made today; the others are removed when a new one is made.
 */
#ifndef GH_BOOK_H
#define GH_BOOK_H

#include <limits.h>
#include <stddef.h>

#include "core/date.h"
#include "core/error.h"

/* How to open (book_open_as):
 *   BOOK_CREATE  a missing file is made (only the full-screen program and import do);
 *                otherwise a missing file is an error saying there is no such file
 *   BOOK_APP     the full-screen program: creates, holds the file's lock (a second one
 *                is told another gonghui has it open), makes the daily backup, and
 *                refuses a damaged file (saying which backup to restore) */
enum { BOOK_CREATE = 1, BOOK_APP = 2 };

/* Open FILE, or the default book when path is NULL ($GONGHUI_DB, else
 * $XDG_DATA_HOME/gonghui/gonghui.db, else ~/.local/share/gonghui/gonghui.db), and bring
 * it up to this program's schema (after an automatic backup). */
err_code book_open_as(const char *path, int how, struct err *e);
/* book_open_as(path, 0, e): an existing book only. */
err_code book_open(const char *path, struct err *e);
void book_close(void);
const char *book_path(void);

/* Look for damage; ERR_OK when the file is sound. */
err_code book_check(struct err *e);
/* A quicker look (before an import or a month's close): ERR_OK or ERR_DAMAGED. */
err_code book_check_quick(struct err *e);
/* Copy the open book to dest; when dest is a folder, to BASE-YYYY-MM-DD.db in it. The
 * file written is copied to written (when given). */
err_code book_backup(const char *dest, char *written, size_t n, struct err *e);
/* Replace the open book with the backup src: a file, or a date YYYY-MM-DD naming the
 * newest automatic backup of that day. A backup of the book as it was is made first
 * (unless it is damaged: then it is kept aside, and its name is copied to aside). Refused
 * while another gonghui has the book open. used gets the file restored from. */
err_code book_restore(const char *src, char *used, size_t nused, char *aside, size_t naside,
		      struct err *e);

/* ---- automatic backups ---- */

struct book_backup {
	char date[DATE_LEN];    /* the day it was made */
	char kind[24];          /* "" daily, "before-restore", "before-upgrade" */
	char path[PATH_MAX];
	long long mtime;        /* seconds, to order one day's backups */
};

/* The automatic backups of the open book, newest first, into out (at most max); returns
 * how many there are (may be more than max). */
int book_backups(struct book_backup *out, int max);
/* The newest automatic backup: ERR_OK and *b filled, or ERR_NOTFOUND when there is
 * none. For the first screen and `gonghui check`. */
err_code book_last_backup(struct book_backup *b);
/* The kind of a backup in the reader's language ("daily", "before a restore" …). */
const char *book_backup_kind_name(const char *kind);
/* Make an automatic backup of the given kind now, then rotate. */
err_code book_auto_backup(const char *kind, struct err *e);
/* Why today's automatic backup could not be made, or NULL when it was (or was not yet
 * due): the full-screen program shows it. */
const char *book_backup_problem(void);

#endif

/*
 * book.h — the union's book as a whole (one database file): opening it, closing it,
 * checking, backing up and restoring. The front end uses these and never db/ itself.
 */
#ifndef GH_BOOK_H
#define GH_BOOK_H

#include <stddef.h>

#include "core/error.h"

/* Open FILE, or the default book when path is NULL ($GONGHUI_DB, else
 * $XDG_DATA_HOME/gonghui/gonghui.db, else ~/.local/share/gonghui/gonghui.db). Created on
 * first use (folder 0700, file 0600) and brought up to this program's schema. */
err_code book_open(const char *path, struct err *e);
void book_close(void);
const char *book_path(void);

/* Look for damage; ERR_OK when the file is sound. */
err_code book_check(struct err *e);
/* Copy the open book to dest. */
err_code book_backup(const char *dest, struct err *e);
/* Replace the open book with the backup src (the old contents are kept beside it). */
err_code book_restore(const char *src, struct err *e);

#endif

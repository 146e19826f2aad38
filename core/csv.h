/*
 * csv.h — reading and writing CSV (RFC 4180: quotes, doubled quotes, commas and line
 * breaks inside quotes, CRLF or LF, or CR alone throughout). A file is read whole, and
 * its encoding decided on the whole of it, not asked: a UTF-8 byte-order mark is
 * dropped; valid UTF-8 is taken as it is; a file that is mostly UTF-8 with a stray byte
 * is refused at that byte's line; anything else is read as GB18030 (a superset of GBK
 * and GB2312), as Excel and WPS save "CSV" on Chinese Windows, or refused at the line of
 * the first byte that is not. A NUL byte, a CR alone inside a field (in a file whose
 * lines end otherwise) and anything but a regular file are refused.
 */
#ifndef GH_CSV_H
#define GH_CSV_H

#include <stdio.h>

#include "core/error.h"

struct csv {
	const char *path;     /* as given, for messages */
	const char *encoding; /* "UTF-8" or "GB18030" */
	int line;             /* line number where the current row starts (1-based) */
	char **f;             /* the current row's fields (NUL-terminated UTF-8) */
	int n;                /* how many */
	/* private */
	char *buf;
	size_t len, pos;
	int next_line;
	int cr_lines;         /* lines end with CR alone (an old Macintosh file) */
	int cap;
	char *row;
	size_t row_cap;
};

/* Read and decode the file. NULL with e filled when it cannot be read or decoded. */
struct csv *csv_open(const char *path, struct err *e);
/* Parse CSV from a UTF-8 string in memory (for tests); path is used in messages. */
struct csv *csv_open_string(const char *text, const char *path, struct err *e);
/* Next non-blank row: 1 when read, 0 at the end, -1 on an error (unterminated quote). */
int csv_next(struct csv *c, struct err *e);
void csv_close(struct csv **c);

/* Write one field, quoted when it holds a comma, quote, line break or leading/trailing
 * space; and a whole row ending in "\r\n"-free "\n". */
void csv_put(FILE *out, const char *field);
void csv_row(FILE *out, int n, const char *const *fields);

#endif

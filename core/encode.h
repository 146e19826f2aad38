/* encode.h — writing text for other programs: the encodings and line ends a spreadsheet
 * on Chinese Windows opens by a double-click (`gonghui export KIND --excel`). Reading
 * (detecting UTF-8, a BOM or GBK on import) is core/csv.c's; this is only the way out. */
#ifndef GH_ENCODE_H
#define GH_ENCODE_H

#include <stddef.h>
#include <stdio.h>

#include "core/error.h"

enum encode_charset {
	ENCODE_UTF8,       /* as stored */
	ENCODE_UTF8_BOM,   /* UTF-8 after EF BB BF: Excel then reads it as UTF-8 */
	ENCODE_GB18030,    /* what Excel and WPS on Chinese Windows assume for a .csv */
};

/* The charset named by a person: utf-8, utf-8-bom, gb18030 (any case; also utf8,
 * utf8-bom, gbk, which is written as GB18030, its superset). -1 when unknown. */
int encode_find(const char *name);

/* Write the UTF-8 text s (len bytes) to out in charset cs, with CRLF line ends when
 * crlf. A character GB18030 cannot hold does not happen (it covers all of Unicode);
 * invalid UTF-8 is an error naming nothing but the fact. */
err_code encode_write(const char *s, size_t len, int cs, int crlf, FILE *out,
		      struct err *e);

/* A stream that takes UTF-8 and writes it to file descriptor fd in charset (an iconv
 * name: "GB18030"), so that the program's UTF-8 reaches a terminal or a file of an older
 * Chinese locale as that locale reads it. A character the charset cannot hold becomes
 * '?'; bytes that are not UTF-8 (a file name given in the locale's own charset) are
 * written as they are. Closing it does not close fd. NULL when it cannot be made. */
FILE *encode_stream(int fd, const char *charset);

/* s, given in charset (a command-line argument under an older Chinese locale), as UTF-8
 * in a string that lives until the program ends; s itself when it is ASCII, when it
 * already is UTF-8, or when it cannot be converted. */
const char *encode_from(const char *s, const char *charset);

#endif

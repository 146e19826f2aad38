/*
 * error.h — how failure is reported. A function that can fail returns an err_code and,
 * when given a non-NULL struct err, fills it with one translated sentence a person can
 * act on. The front end decides how to show it (message line or stderr).
 *
 * The codes and their generic messages come from one X-macro list, so a code cannot
 * lack a message.
 */
#ifndef GH_ERROR_H
#define GH_ERROR_H

#include "core/i18n.h"

#define ERR_CODES(_) \
	_(OK,        N_("Success.")) \
	_(INPUT,     N_("The input is not valid.")) \
	_(NOTFOUND,  N_("Not found.")) \
	_(DUPLICATE, N_("It already exists.")) \
	_(CLOSED,    N_("The month is closed: correct it with a reversing entry.")) \
	_(DB,        N_("The database could not be read or written.")) \
	_(IO,        N_("The file could not be read or written.")) \
	_(BUSY,      N_("The database is in use by another gonghui; close it and try again.")) \
	_(NOTDB,     N_("This file is not a gonghui database.")) \
	_(TOONEW,    N_("This database was made by a newer gonghui; please update the program.")) \
	_(NOMEM,     N_("Out of memory.")) \
	_(NOFILE,    N_("There is no such database file.")) \
	_(INUSE,     N_("The database is open in another gonghui; close that one first.")) \
	_(DAMAGED,   N_("The database file is damaged, so nothing was changed."))

typedef enum {
#define ERR_ENUM_(name, msg) ERR_##name,
	ERR_CODES(ERR_ENUM_)
#undef ERR_ENUM_
	ERR_COUNT_
} err_code;

struct err {
	err_code code;
	char msg[768];
	/* The record's field the sentence is about ("name": the struct member's name), or
	 * "" — so a form can show the sentence beside that field. */
	char field[32];
};

/* Fill e (if not NULL) with code and a printf-style sentence; returns code.
 * With fmt NULL the code's generic message is used. */
err_code err_set(struct err *e, err_code code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Put "prefix" in front of the message already in e ("members.csv:7: " + msg). */
void err_prefix(struct err *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void err_clear(struct err *e);

/* Say which field of the record e is about (after err_set); returns code, so a check
 * reads: return err_at(e, "name", err_set(e, ERR_INPUT, _("The name is empty."))); */
err_code err_at(struct err *e, const char *field, err_code code);

/* The generic, translated message of a code. */
const char *err_text(err_code code);

#endif

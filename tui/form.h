/*
 * form.h — forms are data. A screen declares its fields in a table
 *
 *     static const struct form_field fields[] = {
 *             { "no",   N_("Number"), FK_TEXT,  12, 1 },
 *             { "name", N_("Name"),   FK_TEXT,  20, 1 },
 *             { "born", N_("Born"),   FK_DATE,  10, 0 },
 *     };
 *
 * and one engine runs it: Tab/Shift-Tab and Up/Down between fields, editing by whole
 * characters, each field checked as it is left (the reason shown beside it and on the
 * message line), F2 or Ctrl-S to save, Esc to close (asking when something changed).
 *
 * Values are text: dates as typed until checked, then ISO; money as "1234.50"; a
 * choice as its code ("m"); a member as its membership number (typing 王芳 or wf finds
 * the member; when two match, a list over the form asks which one).
 *
 * Why not ncurses' form library: formw 6.4 keeps a field's buffer as cells, and
 * editing wide characters in it goes wrong — typing 欧阳娜娜abc into a 10-column field,
 * moving left four times and pressing Backspace leaves NUL bytes and stray '^' in the
 * field buffer. This engine keeps UTF-8 text and moves by characters (core/text.h).
 */
#ifndef GH_FORM_H
#define GH_FORM_H

#include <stddef.h>

#include "core/error.h"

enum field_kind {
	FK_TEXT,    /* any text */
	FK_DATE,    /* a date, any form date_parse takes; stored as YYYY-MM-DD */
	FK_MONEY,   /* an amount, not negative; stored as 1234.50 */
	FK_CHOICE,  /* one of a fixed list: cycled with Space/Left/Right */
	FK_MEMBER,  /* a member: typed as a membership number, a name or pinyin initials
		     * (tui/pick.h); on leaving it holds the number, the name beside it;
		     * several matches open a list to pick from */
};

/* A choice that is not a category (core/category.h): code and N_() name. */
struct form_choice {
	const char *code;
	const char *name;
};

struct form_field {
	const char *name;         /* how the screen finds the field: "no" */
	const char *label;        /* N_("Number") */
	enum field_kind kind;
	int width;                /* columns on screen */
	int required;             /* must not be empty when saved */
	int cat;                  /* FK_CHOICE: an enum cat_kind, or -1 to use choices */
	const struct form_choice *choices;
	int nchoices;
	size_t max;               /* bytes the value may hold (0: 256) */
	/* Extra check after the kind's own; may rewrite the value into out (size n). */
	err_code (*check)(const char *in, char *out, size_t n, struct err *e);
};

struct form;

enum { FORM_SAVED, FORM_CANCELLED, FORM_SIGNAL };

/* A form over the table (not copied: it must outlive the form). title is shown as is
 * (translate it first). */
struct form *form_new(const char *title, const struct form_field *fields, int n);
void form_free(struct form **f);

/* Set a value (before running: it becomes the "unchanged" value too). */
void form_set(struct form *f, const char *name, const char *value);
const char *form_get(const struct form *f, const char *name);

/* Options. */
/* A line of explanation under the title. */
void form_note(struct form *f, const char *text);
/* A paragraph under the fields (wrapped to the screen's width): what saving means. */
void form_footer(struct form *f, const char *text);
/* Which fields show (the others are skipped and not checked). */
void form_shown(struct form *f, int (*shown)(const struct form *f, int field));
/* Enter saves (for one-question forms). */
void form_enter_saves(struct form *f, int on);
/* Write the values; return ERR_OK or fill e (shown on the message line; the form stays
 * open). Called after every shown field passed its check. */
void form_on_save(struct form *f, err_code (*save)(struct form *f, void *arg, struct err *e),
		  void *arg);

/* Has anything changed since form_set? */
int form_modified(const struct form *f);

/* Run until saved, cancelled, or a stop signal; the form is drawn in the app's frame. */
int form_run(struct form *f);

#endif

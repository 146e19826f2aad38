/*
 * form.h — forms are data. A screen declares its fields in a table, each bound to the
 * member of the record it fills, with designated initialisers:
 *
 *     static const struct form_field fields[] = {
 *             { .name = "no", .label = N_("Number"), .kind = FK_TEXT, .width = 12,
 *               .required = 1, FORM_AT(struct member, no) },
 *             { .name = "wage_base", .label = N_("Wage base"), .kind = FK_MONEY,
 *               .width = 12, FORM_AT(struct member, wage_base) },
 *             { .name = "kind", .label = N_("Kind"), .kind = FK_CHOICE, .width = 14,
 *               .cat = CAT_MEMBER_KIND, FORM_AT(struct member, kind) },
 *     };
 *     form_record(f, &m, sizeof m);   the values come from m; saving fills a copy of m
 *
 * and one engine runs it: Tab/Shift-Tab and Up/Down between fields, editing by whole
 * characters, each field checked as it is left (the reason shown beside it and on the
 * message line), F2 or Ctrl-S to save, Esc or Ctrl-C to close (asking when something
 * changed). The engine moves every value between the record and the form, parsed once:
 *
 *     FK_TEXT    char[]    any text (spaces at the ends trimmed)
 *     FK_DATE    char[]    typed as 1980-3-5, 1980年3月5日 …; stored YYYY-MM-DD
 *     FK_MONEY   int64_t   fen; typed 1234.5, １２３４．５, 1,234.50元; not negative
 *     FK_INT     int       a count, not negative
 *     FK_CHOICE  char[]    a code: from .cat (core/category.h) or .choices
 *     FK_FLAG    int       0 or 1, shown as no / yes
 *     FK_MEMBER  int64_t   a member's id (or, in a char[], the membership number): typed
 *                          as a number, a name or pinyin initials (tui/pick.h); several
 *                          matches open a list to pick from; the name shows beside it
 *
 * A text field shows its limit beside it ("at most 170 characters": the record's buffer,
 * or .limit, or the setting's), taken from core, never written in the screen; a value
 * over it (typed or pasted) stays in the field, whole, with core's sentence naming the
 * field and the limit, and is not saved until it is shortened.
 *
 * An empty money or count field is 0 (and 0 shows as empty unless the field is
 * required). A field without FORM_AT is not bound: form_set/form_get reach it by name as
 * text (a question that is no member of a record).
 *
 * When saving fails, a sentence about one field (struct err's field, named like the
 * struct member: core's checks say which) is shown beside that field, and the cursor
 * goes there. form_confirm asks a yes/no question before saving (a surprising amount).
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
#include "core/text.h"

enum field_kind {
	FK_TEXT,
	FK_DATE,
	FK_MONEY,
	FK_CHOICE,
	FK_MEMBER,
	FK_INT,
	FK_FLAG,
};

/* A choice that is not a category (core/category.h): code and N_() name. */
struct form_choice {
	const char *code;
	const char *name;
};

/* Bind a field to a member of the record: FORM_AT(struct member, wage_base). */
#define FORM_AT(type, member) \
	.at = offsetof(type, member), .size = sizeof(((type *)0)->member)
/* A choice's own list: FORM_CHOICES(genders). */
#define FORM_CHOICES(array) \
	.choices = (array), .nchoices = (int)(sizeof(array) / sizeof((array)[0]))

struct form_field {
	const char *name;         /* the record's member ("wage_base"), or a name to reach
				   * an unbound field by */
	const char *label;        /* N_("Number") */
	enum field_kind kind;
	int width;                /* columns on screen */
	int required;             /* must not be empty when saved */
	size_t at, size;          /* FORM_AT: where in the record, and how big (0: unbound) */
	int cat;                  /* FK_CHOICE without .choices: an enum cat_kind */
	const struct form_choice *choices;
	int nchoices;
	/* FK_TEXT: how much the text may hold, as core counts it (core/text.h), from core's
	 * own constants: .limit = { TEXT_COLUMNS, MEMBER_NAME_WIDTH }. With .n 0 a bound
	 * field holds what the record's member holds (its size less the NUL); .code alone
	 * says the limit is shown in letters (a number, a phone). */
	struct text_limit limit;
	/* FK_TEXT: the setting (core/setting.h) this field types; its limit comes from
	 * core's table of settings (setting_limit). */
	const char *setting;
	size_t max;               /* old: bytes the text may hold, NUL included; prefer .limit */
	/* Extra check after the kind's own; may rewrite the value into out (size n). */
	err_code (*check)(const char *in, char *out, size_t n, struct err *e);
	/* N_() words shown dim beside the field while it is fine. Without them, a text
	 * field with a limit shows it ("at most 20 characters"). */
	const char *hint;
	/* A text field whose value may match several things (an account by part of its
	 * name): when its check fails as it is left or saved, pick(text, y, out, n) lists
	 * what text matches over the form (top row near screen row y) and puts the one
	 * chosen into out. Returns 1 when one was chosen (the field then holds out,
	 * checked again), 0 when Esc went back (the field stays, as typed), -1 on a stop
	 * signal, 2 when text does not match several (the check's sentence is shown). */
	int (*pick)(const char *text, int y, char *out, size_t n);
};

struct form;

enum { FORM_SAVED, FORM_CANCELLED, FORM_SIGNAL };

/* A form over the table (not copied: it must outlive the form). title is shown as is
 * (translate it first). */
struct form *form_new(const char *title, const struct form_field *fields, int n);
void form_free(struct form **f);

/* The record the bound fields are filled from (now) and saved into: the save
 * callback's arg is then a copy of it with the form's values in (size bytes), copied
 * back to rec when saving succeeded. rec must outlive the form. */
void form_record(struct form *f, void *rec, size_t size);

/* Set a value as text (before running: it becomes the "unchanged" value too). */
void form_set(struct form *f, const char *name, const char *value);
const char *form_get(const struct form *f, const char *name);
/* Say what is wrong with a field (shown beside it), e.g. from a save callback. */
void form_error(struct form *f, const char *name, const char *msg);
/* What is wrong with a field now ("" when nothing). */
const char *form_field_error(const struct form *f, const char *name);
/* Check every shown field and, when all are good, put the bound ones into rec (the
 * engine's own step before saving). Returns -1 when all are good, else the index of
 * the first field that is not (its reason in form_field_error). */
int form_fill(struct form *f, void *rec);

/* Options. */
/* A line of explanation under the title. */
void form_note(struct form *f, const char *text);
/* A paragraph under the fields (wrapped to the screen's width): what saving means. */
void form_footer(struct form *f, const char *text);
/* Which fields show (the others are skipped and not checked). */
void form_shown(struct form *f, int (*shown)(const struct form *f, int field));
/* Enter saves (for one-question forms). */
void form_enter_saves(struct form *f, int on);
/* Write the values; return ERR_OK or fill e (shown beside e->field's field and on the
 * message line; the form stays open). Called after every shown field passed its check;
 * with a record (form_record), arg is the filled copy of the record. */
void form_on_save(struct form *f, err_code (*save)(struct form *f, void *arg, struct err *e),
		  void *arg);

/* A question asked before saving (after the checks): question() fills buf with it, or
 * returns 0 for none. No keeps the form open as it is. rec: the filled copy (or NULL). */
void form_confirm(struct form *f, int (*question)(struct form *f, const void *rec, char *buf,
						  size_t n));

/* Has anything changed since form_set? */
int form_modified(const struct form *f);

/* Run until saved, cancelled, or a stop signal; the form is drawn in the app's frame. */
int form_run(struct form *f);

#endif

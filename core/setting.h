/*
 * setting.h — the union's settings, each rule in one place: every key the program knows,
 * with its default, its kind and its check, is one row of the table in setting.c.
 * Nothing outside setting.c names a default or checks a value; screens and the command
 * line (`gonghui settings`, `gonghui set KEY=VALUE…`) go through the same functions, so
 * they accept and refuse the same things.
 *
 * A setting has two forms:
 *   stored  what the `setting` table holds: money in fen, the rate in permille (5 = 0.5%),
 *           account codes, months as YYYY-MM. Read with setting_get / setting_int.
 *   text    what a person reads and types, and what `gonghui settings` prints: money as
 *           yuan ("10.00"), the rate as a percentage ("0.5"). setting_text gives it;
 *           setting_set and setting_parse take it (full-width digits, 0.5%, 1,234.50元
 *           and account names are understood). Printing then setting gives back the
 *           same value.
 *
 * The keys (default in brackets):
 *   school_name         the school's name, shown in titles and reports [""]
 *   school_code         the school's code, given by the county union; letters, digits
 *                       and - _ (upper-cased); needed to send the file to the county [""]
 *   union_name          the union's name; titles fall back to the school's [""]
 *   dues_mode           percent (a rate of the wage base, the mainland rule) or fixed
 *                       (a fixed amount a month, Taiwan-style unions) [percent]
 *   dues_rate           the rate, a percentage from 0.1 to 10 with one decimal [0.5]
 *   dues_fixed          the amount a month when dues_mode is fixed; more than 0 then [0]
 *   funds_kept_percent  the share of the 2% 拨缴经费 the school union keeps, 0-100 [60]
 *   cash_account        the account cash received is put into: 101 cash or 102 bank,
 *                       or one of their sub-accounts [101]
 *   books_start         the first month of these books (YYYY-MM): dues are expected
 *                       from it [the first month with dues recorded, else this month]
 *   visit_retired_once_age   a retiree this age or older this year is due a visit once
 *                       a year [70] (see core/visit.h)
 *   visit_retired_twice_age  … twice a year, once in each half [80]
 *   visit_new_retiree_days   a new retiree is due a visit within this many days [10]
 *   welfare_caps        the preset of welfare caps: none, anhui or custom [none];
 *                       managed by core/cap.c (setting_put), not set by hand
 *   setup_done          1 once the first-run form was saved [0]
 *   school_id           the file's identity, made once when the file is created and kept
 *                       by every copy; read-only (the county tells two schools apart by it)
 */
#ifndef GH_SETTING_H
#define GH_SETTING_H

#include <stddef.h>
#include <stdint.h>

#include "core/error.h"
#include "core/text.h"

enum setting_kind {
	SK_TEXT,      /* a line of text, max_chars characters */
	SK_CODE,      /* letters, digits, - and _; upper-cased */
	SK_CHOICE,    /* one of choices ("percent|fixed") */
	SK_RATE,      /* percentage with one decimal; stored in permille */
	SK_MONEY,     /* yuan; stored in fen */
	SK_INT,       /* whole number from min to max (a trailing % is allowed) */
	SK_ACCOUNT,   /* a cash or bank account, by code or name; stored as its code */
	SK_MONTH,     /* YYYY-MM */
	SK_FLAG,      /* 0 or 1 */
	SK_ID,        /* made by the program; cannot be set */
};

struct setting_def {
	const char *key;
	enum setting_kind kind;
	const char *dflt;       /* stored value when the key is absent; NULL: worked out */
	const char *label;      /* N_(): what a person calls it, for screens */
	const char *choices;    /* SK_CHOICE: the codes, separated by | */
	int required;           /* cannot be set empty */
	int max_chars;          /* SK_TEXT, SK_CODE */
	int64_t min, max;       /* SK_RATE (permille), SK_MONEY (fen), SK_INT, SK_FLAG */
	/* N_(): set only by the module that owns it (setting_put); set and the screens
	 * refuse it with this sentence. */
	const char *managed;
};

/* The row of key, or NULL when the program knows no such setting. */
const struct setting_def *setting_find(const char *key);
/* The rows in order, for listing: i from 0; NULL past the last. */
const struct setting_def *setting_at(int i);

/* How much a text or code setting holds (max_chars characters; a code in letters), for
 * a form to show beside its field; n == 0 for the other kinds and unknown keys. */
struct text_limit setting_limit(const char *key);

/* The stored value of key, or its default; returns buf. An unknown key gives "". */
char *setting_get(const char *key, char *buf, size_t n);
/* The stored value of an integer setting (rate in permille, money in fen, percent,
 * flag), or its default. */
int64_t setting_int(const char *key);
/* The value as a person reads and types it (the text form); returns buf. */
char *setting_text(const char *key, char *buf, size_t n);

/* The title of this union's book: union_name, else school_name, else "". */
char *setting_title(char *buf, size_t n);

/* Check what a person typed for key (the text form) and give the stored form. On a bad
 * value, e gets one sentence saying what is wrong, without the key's name (a form shows
 * it beside its field; the command line puts "KEY: " in front). */
err_code setting_parse(const char *key, const char *input, char *stored, size_t n,
		       struct err *e);
/* The check of one kind alone, in the shape of a form field's check (text in, text form
 * out): setting_check_rate("０．５%") gives "0.5". */
err_code setting_check_rate(const char *input, char *out, size_t n, struct err *e);
/* The same for a school code: "ｓ０１７" gives "S017"; "" is let through (a form's
 * optional field: no code yet). */
err_code setting_check_code(const char *input, char *out, size_t n, struct err *e);

/* Set key to the text form value, checked, in one transaction (joins an open one). */
err_code setting_set(const char *key, const char *value, struct err *e);
/* Set n keys (keys[i] = values[i], text forms) in one transaction, all or none: every
 * value is checked (a bad one names its key in e->field), then the settings as they would be are checked together (a fixed
 * amount a month must be more than 0 when dues are a fixed amount). */
err_code setting_set_many(const char *const *keys, const char *const *values, int n,
			  struct err *e);
/* Write the stored form of a managed setting, for the module that owns it (inside its
 * own transaction, or one of its own). */
err_code setting_put(const char *key, const char *stored, struct err *e);

#endif

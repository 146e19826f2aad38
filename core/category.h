/*
 * category.h — the fixed code lists (member status, welfare kinds, event kinds …).
 * The database holds the stable English code; the screen shows the gettext name; import
 * accepts the code, the English name, or the Chinese name in simplified or traditional
 * characters, whatever the locale.
 */
#ifndef GH_CATEGORY_H
#define GH_CATEGORY_H

#include "core/error.h"

enum cat_kind {
	CAT_GENDER,      /* m f */
	CAT_STATUS,      /* member status: active retired left deceased */
	CAT_MEMBER_KIND, /* teacher staff substitute */
	CAT_FLAG,        /* member flags: hardship model_worker */
	CAT_WELFARE,     /* welfare kinds, also visit reasons */
	CAT_EVENT,       /* event kinds */
	CAT_SIGNUP,      /* sign-up status */
	CAT_PROPOSAL,    /* proposal status */
	CAT_PAID_BY,     /* union school */
	CAT_ACCOUNT_TYPE,/* asset liability net income expense */
	CAT_COUNT_
};

struct category {
	const char *code;
	const char *name;   /* English, N_(): translated by cat_name() */
	const char *hans;   /* simplified Chinese name, for import */
	const char *hant;   /* traditional Chinese name, for import */
};

/* The entries of a kind, in display order; *n gets their number. */
const struct category *cat_list(enum cat_kind k, int *n);
/* The translated name of a code ("hospital" → 住院 in zh_CN); the code itself if unknown. */
const char *cat_name(enum cat_kind k, const char *code);
/* The code for what a person typed (code, English, 简体 or 繁體 name, any case, full-width
 * folded); NULL when nothing matches. */
const char *cat_code(enum cat_kind k, const char *input);
/* cat_code with an error sentence naming the field and listing what is allowed. */
err_code cat_parse(enum cat_kind k, const char *field, const char *input, const char **code,
		   struct err *e);
/* The kind's label for messages ("welfare kind"), translated. */
const char *cat_kind_label(enum cat_kind k);

#endif

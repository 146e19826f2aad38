/* i18n.h — gettext in one place. _() at draw time, N_() in static tables. */
#ifndef GH_I18N_H
#define GH_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
/* A message with a context, marked in a static table (xgettext -kNC_:1c,2); look it
 * up with i18n_pgettext. */
#define NC_(ctx, s) (ctx "\004" s)
/* The translation of an NC_() message, or NULL when the language has none (then the
 * caller uses its plain message). */
const char *i18n_pgettext(const char *ctx_msg);

/* Set LC_ALL from the environment and bind the "gonghui" text domain: to the folder
 * $LOCALEDIR when it is set (a build tree's build/locale), else to the installed
 * GH_LOCALEDIR. */
void i18n_init(const char *argv0);

/* 1 when the messages in use are written in traditional characters (zh_TW), 0 for
 * simplified ones and for English: the script of capital numerals on printed sheets. */
int i18n_hant(void);

/* The locale's character set when it is one of the older Chinese multibyte ones that
 * are not UTF-8 (GB18030, GBK, GB2312, BIG5, BIG5-HKSCS), as iconv names it; NULL under
 * UTF-8 and under any other (C, POSIX: bytes go out as they are). The program keeps
 * UTF-8 inside and converts at its edges: what it prints, what it is given. */
const char *i18n_legacy_charset(void);

#endif

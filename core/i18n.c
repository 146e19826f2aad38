/* i18n.c — locale and text-domain set-up. */
#include "config.h"
#include "core/i18n.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void i18n_init(const char *argv0)
{
	setlocale(LC_ALL, "");
	/* $LOCALEDIR serves a program run from its build tree (the tests, `make run`:
	 * build/locale); an installed one finds its translations where `make install`
	 * put them. */
	const char *dir = getenv("LOCALEDIR");
	if (!dir || !*dir)
		dir = GH_LOCALEDIR;
	(void)argv0;
	bindtextdomain("gonghui", dir);
	bind_textdomain_codeset("gonghui", "UTF-8");
	textdomain("gonghui");
}

int i18n_hant(void)
{
	/* L10N: "hant" when this translation is written in traditional characters, "hans"
	 * when in simplified ones; it chooses the characters of capital numerals (贰/貳).
	 * Type one of the two words, nothing else. */
	return strcmp(_("hans"), "hant") == 0;
}

const char *i18n_legacy_charset(void)
{
	static const char *const legacy[] = { "GB18030", "GBK", "GB2312", "EUC-CN", "BIG5",
					      "BIG5-HKSCS" };
	const char *cs = nl_langinfo(CODESET);
	for (size_t i = 0; cs && i < sizeof legacy / sizeof legacy[0]; i++)
		if (strcasecmp(cs, legacy[i]) == 0)
			return legacy[i];
	return NULL;
}

const char *i18n_pgettext(const char *ctx_msg)
{
	const char *t = ctx_msg ? gettext(ctx_msg) : NULL;
	return t && t != ctx_msg ? t : NULL;
}

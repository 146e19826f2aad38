/* i18n.c — locale and text-domain set-up. */
#include "config.h"
#include "core/i18n.h"

#include <locale.h>
#include <stdlib.h>

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

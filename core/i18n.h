/* i18n.h — gettext in one place. _() at draw time, N_() in static tables. */
#ifndef GH_I18N_H
#define GH_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/* Bind the "gonghui" text domain: a build/locale folder beside the executable (running
 * from the source tree) wins over the installed GH_LOCALEDIR. Also sets LC_ALL from
 * the environment. */
void i18n_init(const char *argv0);

#endif

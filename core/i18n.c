/* i18n.c — locale and text-domain set-up. */
#include "config.h"
#include "core/i18n.h"

#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void i18n_init(const char *argv0)
{
	setlocale(LC_ALL, "");

	const char *dir = GH_LOCALEDIR;
	static char here[PATH_MAX];
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			struct stat st;
			snprintf(here, sizeof here, "%s/build/locale", exe);
			if (stat(here, &st) == 0 && S_ISDIR(st.st_mode))
				dir = here;
		}
	}
	(void)argv0;
	bindtextdomain("gonghui", dir);
	bind_textdomain_codeset("gonghui", "UTF-8");
	textdomain("gonghui");
}

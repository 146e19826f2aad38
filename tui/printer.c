/* printer.c — sheets sent to lp from the screens (see printer.h). */
#include "tui/printer.h"
#include "tui/ui.h"
#include "core/i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int printer_have(const char *name)
{
	const char *path = getenv("PATH");
	char dir[1024];
	while (path && *path) {
		size_t k = strcspn(path, ":");
		snprintf(dir, sizeof dir, "%.*s/%s", (int)k, path, name);
		if (access(dir, X_OK) == 0)
			return 1;
		path += k + (path[k] == ':');
	}
	return 0;
}

int printer_sheet(const char *name, const struct sheet_opts *o, const char *done)
{
	if (!printer_have("lp")) {
		/* L10N: %s the sheet's name for the command line (roll, dues). */
		ui_error(_("There is no printer command (lp) on this computer: 'gonghui print %s' "
			   "writes the sheet as text to print from elsewhere."), name);
		return 0;
	}
	/* the sheet first, so that nothing half-made reaches the printer */
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem) {
		ui_error("%s", _("Out of memory."));
		return 0;
	}
	struct err e = { 0 };
	err_code c = sheet_print(name, o, mem, &e);
	fclose(mem);
	if (c != ERR_OK) {
		ui_error("%s", e.msg);
		free(buf);
		return 0;
	}
	fflush(NULL);
	FILE *lp = popen("lp -s", "w");
	if (!lp) {
		ui_error("%s", _("The printer command (lp) could not be started."));
		free(buf);
		return 0;
	}
	fwrite(buf, 1, len, lp);
	free(buf);
	if (pclose(lp) != 0) {
		ui_error("%s", _("The printer command (lp) did not take the sheet: is a printer "
				 "set up?"));
		return 0;
	}
	ui_msg("%s", done);
	return 1;
}

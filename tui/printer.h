/* printer.h — a sheet of core/sheet.h sent to the printer (lp) from a screen, with the
 * outcome said on the message line. */
#ifndef GH_PRINTER_H
#define GH_PRINTER_H

#include "core/sheet.h"

/* Print sheet `name` with o through `lp -s`: 1 when lp took it (the message line says
 * so with done, a sentence), 0 with the reason on the message line (no lp on this
 * computer, nothing to print, lp refused it). */
/* Is there a program called name on $PATH (lp, before printing anything)? */
int printer_have(const char *name);

int printer_sheet(const char *name, const struct sheet_opts *o, const char *done);

#endif

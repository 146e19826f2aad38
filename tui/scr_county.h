/* scr_county.h — the two sections of the full-screen program on a county database. */
#ifndef GH_SCR_COUNTY_H
#define GH_SCR_COUNTY_H

#include "tui/screen.h"

extern const struct screen county_schools_screen;
extern const struct screen county_report_screen;

#endif

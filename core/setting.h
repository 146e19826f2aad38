/*
 * setting.h — the union's settings (key/value table `setting`). Known keys:
 *   school_name, union_name     shown in titles and reports
 *   dues_mode                   "percent" (mainland: rate of the wage base) or "fixed"
 *   dues_rate_permille          5 = 0.5%
 *   dues_fixed                  fen a month when dues_mode is fixed
 *   funds_kept_percent          share of the 2% 拨缴经费 the school union keeps (60)
 *   setup_done                  "1" once the first-run form was saved
 */
#ifndef GH_SETTING_H
#define GH_SETTING_H

#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

/* Copies the value (or dflt when the key is absent) into buf; returns buf. */
char *setting_get(const char *key, const char *dflt, char *buf, size_t n);
int64_t setting_get_int(const char *key, int64_t dflt);
/* Writes one setting in its own transaction (joins an open one). */
err_code setting_set(const char *key, const char *value, struct err *e);
/* Writes n settings (keys[i] = values[i]) in one transaction: all or none. */
err_code setting_set_many(const char *const *keys, const char *const *values, int n,
			  struct err *e);

#endif

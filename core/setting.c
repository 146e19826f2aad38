/* setting.c — the key/value settings table. */
#include "core/setting.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>

char *setting_get(const char *key, const char *dflt, char *buf, size_t n)
{
	if (db_text(NULL, buf, n, "SELECT value FROM setting WHERE key = ?", "t", key) != ERR_OK)
		snprintf(buf, n, "%s", dflt ? dflt : "");
	return buf;
}

int64_t setting_get_int(const char *key, int64_t dflt)
{
	char buf[32], *end;
	setting_get(key, "", buf, sizeof buf);
	long long v = strtoll(buf, &end, 10);
	return (buf[0] && *end == '\0') ? v : dflt;
}

err_code setting_set(const char *key, const char *value, struct err *e)
{
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO setting(key, value) VALUES (?, ?) "
		       "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
		       "WHERE value IS NOT excluded.value", "tt", key, value);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

err_code setting_set_many(const char *const *keys, const char *const *values, int n,
			  struct err *e)
{
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < n; i++)
		if ((c = setting_set(keys[i], values[i], e)) != ERR_OK) {
			db_rollback();
			return c;
		}
	return db_commit(e);
}

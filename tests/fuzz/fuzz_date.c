/* fuzz_date.c — date_parse and month_parse on any bytes: no crash, and what they accept
 * is a valid ISO date (month) that reads back as itself. */
#include "core/date.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	char d[DATE_LEN], again[DATE_LEN], m[MONTH_LEN], m2[MONTH_LEN];
	struct err e;
	if (date_parse(s, d, &e) == ERR_OK) {
		if (!date_is_iso(d) || date_parse(d, again, &e) != ERR_OK || strcmp(d, again) != 0)
			abort();
	}
	if (month_parse(s, m, &e) == ERR_OK) {
		if (strlen(m) != 7 || month_parse(m, m2, &e) != ERR_OK || strcmp(m, m2) != 0)
			abort();
	}
	free(s);
	return 0;
}

/* fuzz_csv.c — the CSV reader on any bytes (encoding decision, quotes, line ends): no
 * crash; every field it gives is valid UTF-8 without NUL; and a row written back with
 * csv_row is read back the same. */
#include "core/csv.h"
#include "core/text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	struct err e;
	struct csv *c = csv_open_string(s, "fuzz.csv", &e);
	free(s);
	if (!c)
		return 0;
	int r, rows = 0;
	while ((r = csv_next(c, &e)) > 0 && rows++ < 10000) {
		int clean = 1;
		for (int i = 0; i < c->n; i++) {
			if (!text_valid(c->f[i], strlen(c->f[i])))
				abort();
			clean &= text_forbidden(c->f[i], 1, NULL) == 0;
		}
		if (!clean || (c->n == 1 && !c->f[0][strspn(c->f[0], " \t")]))
			continue;   /* shown as text on the way out; a blank row is skipped */
		char *out = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&out, &len);
		if (!f)
			continue;
		csv_row(f, c->n, (const char *const *)c->f);
		fclose(f);
		struct csv *b = csv_open_string(out, "back.csv", &e);
		if (!b || csv_next(b, &e) != 1 || b->n != c->n)
			abort();
		for (int i = 0; i < c->n; i++)
			if (strcmp(b->f[i], c->f[i]) != 0)
				abort();
		csv_close(&b);
		free(out);
	}
	csv_close(&c);
	return 0;
}

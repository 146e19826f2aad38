/* fuzz_money.c — money_parse on any bytes: no crash, no undefined behaviour, and what it
 * accepts is shown and read back as the same number of fen. */
#include "core/money.h"

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
	int64_t fen = 0, back = 0;
	struct err e;
	if (money_parse(s, &fen, &e) == ERR_OK) {
		char buf[64];
		if (money_parse(money_format(fen, buf, sizeof buf), &back, &e) != ERR_OK || back != fen)
			abort();
		if (money_parse(money_plain(fen, buf, sizeof buf), &back, &e) != ERR_OK || back != fen)
			abort();
	}
	free(s);
	return 0;
}

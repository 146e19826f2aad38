/* encode.c — UTF-8 text out as UTF-8, UTF-8 with a BOM or GB18030, LF or CRLF. */
#include "core/encode.h"
#include "core/i18n.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uniconv.h>

int encode_find(const char *name)
{
	static const struct { const char *name; int cs; } names[] = {
		{ "utf-8", ENCODE_UTF8 }, { "utf8", ENCODE_UTF8 },
		{ "utf-8-bom", ENCODE_UTF8_BOM }, { "utf8-bom", ENCODE_UTF8_BOM },
		{ "gb18030", ENCODE_GB18030 }, { "gbk", ENCODE_GB18030 },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(name, names[i].name) == 0)
			return names[i].cs;
	return -1;
}

err_code encode_write(const char *s, size_t len, int cs, int crlf, FILE *out,
		      struct err *e)
{
	char *conv = NULL;
	size_t n = len;
	const char *text = s;
	if (cs == ENCODE_GB18030) {
		conv = u8_conv_to_encoding("GB18030", iconveh_error, (const uint8_t *)s, len,
					   NULL, NULL, &n);
		if (!conv)
			return err_set(e, ERR_INPUT, _("The text could not be written as GB18030."));
		text = conv;
	} else if (cs == ENCODE_UTF8_BOM) {
		fputs("\xEF\xBB\xBF", out);
	}
	for (size_t i = 0; i < n; i++) {
		/* in GB18030 every byte of a multibyte character is 0x30 or above, so a
		 * 0x0A byte is always a line end */
		if (crlf && text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
			fputc('\r', out);
		fputc(text[i], out);
	}
	free(conv);
	return ERR_OK;
}

/* encode.c — UTF-8 text out as UTF-8, UTF-8 with a BOM or GB18030, LF or CRLF. */
#include "core/encode.h"
#include "core/i18n.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <uniconv.h>
#include <unistd.h>
#include <unistr.h>

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

/* ---- a converting stream ---- */

struct encode_cookie {
	int fd;
	char charset[16];
	uint8_t pend[4];   /* the start of a character cut at the end of the last write */
	size_t npend;
};

static int encode_put(int fd, const void *buf, size_t n)
{
	const char *p = buf;
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w, n -= (size_t)w;
	}
	return 0;
}

/* Convert the valid UTF-8 s (n bytes) and write it. */
static int encode_run(struct encode_cookie *c, const uint8_t *s, size_t n)
{
	if (n == 0)
		return 0;
	size_t len = 0;
	char *conv = u8_conv_to_encoding(c->charset, iconveh_question_mark, s, n, NULL, NULL,
					 &len);
	if (!conv)
		return encode_put(c->fd, s, n);
	int r = encode_put(c->fd, conv, len);
	free(conv);
	return r;
}

/* Write buf: runs of UTF-8 converted, other bytes as they are, a character cut at the
 * end kept for the next write. */
static int encode_chunk(struct encode_cookie *c, const uint8_t *buf, size_t size, int last)
{
	size_t start = 0, i = 0;
	while (i < size) {
		ucs4_t uc;
		int l = u8_mbtoucr(&uc, buf + i, size - i);
		if (l > 0) {
			i += (size_t)l;
			continue;
		}
		if (encode_run(c, buf + start, i - start) != 0)
			return -1;
		if (l == -2 && !last && size - i < sizeof c->pend) {   /* cut: keep it */
			memcpy(c->pend, buf + i, size - i);
			c->npend = size - i;
			return 0;
		}
		if (encode_put(c->fd, buf + i, 1) != 0)   /* not UTF-8: as it is */
			return -1;
		start = ++i;
	}
	return encode_run(c, buf + start, i - start);
}

static ssize_t encode_cookie_write(void *cookie, const char *buf, size_t size)
{
	struct encode_cookie *c = cookie;
	if (!c->npend)
		return encode_chunk(c, (const uint8_t *)buf, size, 0) != 0 ? -1 : (ssize_t)size;
	/* the character cut at the end of the last write, then this one */
	uint8_t *joined = malloc(c->npend + size);
	if (!joined)
		return -1;
	memcpy(joined, c->pend, c->npend);
	memcpy(joined + c->npend, buf, size);
	size_t n = c->npend + size;
	c->npend = 0;
	int r = encode_chunk(c, joined, n, 0);
	free(joined);
	return r != 0 ? -1 : (ssize_t)size;
}

static int encode_cookie_close(void *cookie)
{
	struct encode_cookie *c = cookie;
	int r = c->npend ? encode_put(c->fd, c->pend, c->npend) : 0;
	free(c);
	return r;
}

FILE *encode_stream(int fd, const char *charset)
{
	struct encode_cookie *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->fd = fd;
	snprintf(c->charset, sizeof c->charset, "%s", charset);
	cookie_io_functions_t io = { .write = encode_cookie_write, .close = encode_cookie_close };
	FILE *f = fopencookie(c, "w", io);
	if (!f)
		free(c);
	return f;
}

const char *encode_from(const char *s, const char *charset)
{
	int ascii = 1;
	for (const char *p = s; *p && ascii; p++)
		ascii = (unsigned char)*p < 0x80;
	if (ascii || !charset)
		return s;
	size_t len = 0;
	uint8_t *u = u8_conv_from_encoding(charset, iconveh_error, s, strlen(s), NULL, NULL, &len);
	if (!u)
		return s;
	char *z = realloc(u, len + 1);
	if (!z) {
		free(u);
		return s;
	}
	z[len] = '\0';
	return z;   /* kept for the life of the program, like argv */
}

/* csv.c — CSV files in, CSV out, with encoding detection. */
#include "core/csv.h"
#include "core/text.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unistr.h>

static struct csv *csv_new(char *buf, size_t len, const char *path, const char *enc)
{
	struct csv *c = calloc(1, sizeof *c);
	if (!c) {
		free(buf);
		return NULL;
	}
	c->buf = buf;
	c->len = len;
	c->path = path;
	c->encoding = enc;
	c->next_line = 1;
	/* Old Macintosh files end their lines with CR alone; elsewhere a CR alone is a
	 * character inside a field. */
	c->cr_lines = memchr(buf, '\n', len) == NULL && memchr(buf, '\r', len) != NULL;
	return c;
}

/* The line (1-based) of byte offset off in buf. */
static int csv_line_of(const char *buf, size_t off)
{
	int line = 1;
	for (size_t i = 0; i < off; i++)
		if (buf[i] == '\n' || (buf[i] == '\r' && (i + 1 >= off || buf[i + 1] != '\n')))
			line++;
	return line;
}

/* Read raw as UTF-8: how many valid sequences of three or four bytes (what Chinese text
 * in UTF-8 is made of), how many bytes that are no part of a valid sequence, and where
 * the first of those is. */
static void csv_utf8_census(const char *raw, size_t len, size_t *wide, size_t *bad,
			    size_t *first_bad)
{
	const uint8_t *u = (const uint8_t *)raw;
	*wide = *bad = 0;
	*first_bad = len;
	for (size_t i = 0; i < len;) {
		ucs4_t uc;
		int k = u8_mbtoucr(&uc, u + i, len - i);
		if (k <= 0) {
			if (*bad == 0)
				*first_bad = i;
			(*bad)++;
			i++;
			continue;
		}
		if (k >= 3)
			(*wide)++;
		i += (size_t)k;
	}
}

/* Decode raw (len bytes) from GB18030 into UTF-8: a malloc'd string, or NULL with *bad_at
 * the offset of the first byte that is not GB18030. */
static char *csv_from_gb18030(const char *raw, size_t len, size_t *outlen, size_t *bad_at)
{
	iconv_t cd = iconv_open("UTF-8", "GB18030");
	if (cd == (iconv_t)-1) {
		*bad_at = 0;
		return NULL;
	}
	size_t cap = len * 2 + 16;
	char *out = malloc(cap);
	char *in = (char *)raw, *o = out;
	size_t inleft = len, oleft = cap - 1;
	while (out && inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &oleft) == (size_t)-1) {
			if (errno == E2BIG) {
				size_t used = (size_t)(o - out);
				char *n = realloc(out, cap * 2);
				if (!n) {
					free(out);
					out = NULL;
					break;
				}
				out = n;
				cap *= 2;
				o = out + used;
				oleft = cap - 1 - used;
				continue;
			}
			*bad_at = (size_t)(in - raw);
			free(out);
			out = NULL;
			break;
		}
	}
	iconv_close(cd);
	if (!out)
		return NULL;
	*o = '\0';
	*outlen = (size_t)(o - out);
	return out;
}

/*
 * The encoding is decided on the whole file, never byte by byte: valid UTF-8 is UTF-8;
 * a file that is mostly UTF-8 (valid Chinese characters in UTF-8 more than a tenth of
 * its stray bytes)
 * is refused at the line of its first stray byte rather than read as GBK, which would
 * turn every name into nonsense (张三 → 寮犱笁); otherwise valid GB18030 is GB18030, and
 * anything else is refused at the line of the first byte that is not GB18030.
 * NUL bytes are refused too: they would cut a field short (张\0三 → 张).
 */
static struct csv *csv_decode(char *raw, size_t len, const char *path, struct err *e)
{
	size_t skip = 0;
	if (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0)
		skip = 3;
	const char *nul = memchr(raw + skip, '\0', len - skip);
	if (nul) {
		err_set(e, ERR_INPUT, _("%s:%d: the file holds a NUL byte, so it is not a text "
					"file of the kind a spreadsheet saves as CSV."), path,
			csv_line_of(raw + skip, (size_t)(nul - raw - skip)));
		free(raw);
		return NULL;
	}
	size_t wide, bad, first_bad;
	csv_utf8_census(raw + skip, len - skip, &wide, &bad, &first_bad);
	if (bad == 0) {
		memmove(raw, raw + skip, len - skip);
		raw[len - skip] = '\0';
		return csv_new(raw, len - skip, path, "UTF-8");
	}
	/* Chinese text in GBK read as UTF-8 gives one valid 3-byte sequence for every 50 or
	 * so stray bytes; UTF-8 with a stray byte or two gives far more sequences than
	 * strays. One in ten is a wide margin on both sides. */
	if (skip || wide * 10 > bad) {
		err_set(e, ERR_INPUT, _("%s:%d: the file is UTF-8 text with a byte that is not "
					"UTF-8 here; correct that line or save the file again as "
					"\"CSV UTF-8\"."), path,
			csv_line_of(raw + skip, first_bad));
		free(raw);
		return NULL;
	}
	size_t outlen = 0, bad_at = 0;
	char *s = csv_from_gb18030(raw, len, &outlen, &bad_at);
	if (!s) {
		err_set(e, ERR_INPUT, _("%s:%d: the file is neither UTF-8 nor GBK/GB18030 text from "
					"this line on; save it as \"CSV UTF-8\"."), path,
			csv_line_of(raw, bad_at));
		free(raw);
		return NULL;
	}
	free(raw);
	return csv_new(s, outlen, path, "GB18030");
}

/* Only a regular file is read: a FIFO with no writer would wait for ever, a device or a
 * folder is no CSV file. The file is opened without waiting and looked at first. */
struct csv *csv_open(const char *path, struct err *e)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		err_set(e, ERR_IO, _("%s: cannot open the file (%s)."), path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		err_set(e, ERR_IO, S_ISDIR(st.st_mode)
			? _("%s is a folder, not a CSV file.")
			: _("%s is not a regular file (a pipe or a device?); give a CSV file."), path);
		return NULL;
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	FILE *f = fdopen(fd, "rb");
	if (!f) {
		close(fd);
		err_set(e, ERR_IO, _("%s: cannot open the file (%s)."), path, strerror(errno));
		return NULL;
	}
	size_t cap = 1 << 16, len = 0;
	char *buf = malloc(cap + 1);
	size_t r;
	while (buf && (r = fread(buf + len, 1, cap - len, f)) > 0) {
		len += r;
		if (len == cap) {
			char *nb = realloc(buf, cap * 2 + 1);
			if (!nb) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
			cap *= 2;
		}
	}
	int bad = ferror(f);
	fclose(f);
	if (!buf || bad) {
		free(buf);
		err_set(e, ERR_IO, _("%s: cannot read the file."), path);
		return NULL;
	}
	buf[len] = '\0';
	return csv_decode(buf, len, path, e);
}

struct csv *csv_open_string(const char *text, const char *path, struct err *e)
{
	size_t len = strlen(text);
	char *buf = malloc(len + 1);
	if (!buf) {
		err_set(e, ERR_NOMEM, NULL);
		return NULL;
	}
	memcpy(buf, text, len + 1);
	return csv_decode(buf, len, path, e);
}

static int csv_push(struct csv *c, size_t start)
{
	if (c->n == c->cap) {
		int ncap = c->cap ? c->cap * 2 : 16;
		char **nf = realloc(c->f, ncap * sizeof *nf);
		if (!nf)
			return -1;
		c->f = nf;
		c->cap = ncap;
	}
	c->f[c->n++] = (char *)(uintptr_t)start;   /* offsets now, pointers at the end */
	return 0;
}

static int csv_putc(struct csv *c, size_t *o, char ch)
{
	if (*o + 1 >= c->row_cap) {
		size_t ncap = c->row_cap ? c->row_cap * 2 : 256;
		char *nr = realloc(c->row, ncap);
		if (!nr)
			return -1;
		c->row = nr;
		c->row_cap = ncap;
	}
	c->row[(*o)++] = ch;
	return 0;
}

int csv_next(struct csv *c, struct err *e)
{
	for (;;) {
		if (c->pos >= c->len)
			return 0;
		c->line = c->next_line;
		c->n = 0;
		size_t o = 0;
		int quoted = 0, field_start = 1, blank = 1;
		if (csv_push(c, 0) < 0)
			return err_set(e, ERR_NOMEM, NULL), -1;
		while (c->pos < c->len) {
			char ch = c->buf[c->pos++];
			if (quoted) {
				if (ch == '"') {
					if (c->pos < c->len && c->buf[c->pos] == '"') {
						c->pos++;
						csv_putc(c, &o, '"');
					} else {
						quoted = 0;
					}
				} else {
					if (ch == '\r' && c->pos < c->len && c->buf[c->pos] == '\n')
						continue;   /* a line break in a field is "\n" */
					if (ch == '\n')
						c->next_line++;
					if (csv_putc(c, &o, ch) < 0)
						return err_set(e, ERR_NOMEM, NULL), -1;
				}
				continue;
			}
			if (ch == '"' && field_start) {
				quoted = 1;
				field_start = 0;
				blank = 0;
				continue;
			}
			if (ch == ',') {
				csv_putc(c, &o, '\0');
				if (csv_push(c, o) < 0)
					return err_set(e, ERR_NOMEM, NULL), -1;
				field_start = 1;
				blank = 0;
				continue;
			}
			if (ch == '\r' && c->pos < c->len && c->buf[c->pos] == '\n')
				continue;
			if (ch == '\r' && !c->cr_lines) {
				/* A CR alone would end the record here and make a new one of
				 * the rest of the line (an invented member). */
				err_set(e, ERR_INPUT, _("%s:%d: a carriage return (CR) alone inside a "
							"field; put the field in quotes or save the "
							"file again."), c->path, c->next_line);
				return -1;
			}
			if (ch == '\n' || ch == '\r') {
				c->next_line++;
				break;
			}
			field_start = 0;
			if (ch != ' ' && ch != '\t')
				blank = 0;
			if (csv_putc(c, &o, ch) < 0)
				return err_set(e, ERR_NOMEM, NULL), -1;
		}
		if (quoted) {
			err_set(e, ERR_INPUT, _("%s:%d: a quoted field is not closed."), c->path,
				c->line);
			return -1;
		}
		csv_putc(c, &o, '\0');
		if (blank && c->n == 1)
			continue;
		for (int i = 0; i < c->n; i++)
			c->f[i] = c->row + (uintptr_t)c->f[i];
		return 1;
	}
}

void csv_close(struct csv **c)
{
	if (c && *c) {
		free((*c)->buf);
		free((*c)->f);
		free((*c)->row);
		free(*c);
		*c = NULL;
	}
}

static void csv_put_text(FILE *out, const char *s);

void csv_put(FILE *out, const char *s)
{
	s = s ? s : "";
	if (text_forbidden(s, 1, NULL)) {
		/* Never anything that acts on a terminal (an older file, a crafted one):
		 * shown as text, through the one function that does it. */
		size_t n = strlen(s) * 8 + 1;
		char *clean = malloc(n);
		if (clean)
			csv_put_text(out, text_clean(s, clean, n));
		free(clean);
		return;
	}
	csv_put_text(out, s);
}

static void csv_put_text(FILE *out, const char *s)
{
	size_t len = strlen(s);
	int quote = strpbrk(s, ",\"\r\n") != NULL ||
		    (len > 0 && (s[0] == ' ' || s[len - 1] == ' '));
	if (!quote) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

void csv_row(FILE *out, int n, const char *const *fields)
{
	for (int i = 0; i < n; i++) {
		if (i)
			fputc(',', out);
		csv_put(out, fields[i]);
	}
	fputc('\n', out);
}

/* csv.c — CSV files in, CSV out, with encoding detection. */
#include "core/csv.h"
#include "core/text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uniconv.h>

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
	return c;
}

static struct csv *csv_decode(char *raw, size_t len, const char *path, struct err *e)
{
	size_t skip = 0;
	if (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0)
		skip = 3;
	if (text_valid(raw + skip, len - skip)) {
		memmove(raw, raw + skip, len - skip);
		raw[len - skip] = '\0';
		return csv_new(raw, len - skip, path, "UTF-8");
	}
	size_t outlen = 0;
	uint8_t *u = u8_conv_from_encoding("GB18030", iconveh_error, raw, len, NULL, NULL, &outlen);
	free(raw);
	if (!u) {
		err_set(e, ERR_INPUT, _("%s: the file is neither UTF-8 nor GBK/GB18030 text; "
					"save it as \"CSV UTF-8\"."), path);
		return NULL;
	}
	char *s = realloc(u, outlen + 1);
	if (!s) {
		free(u);
		err_set(e, ERR_NOMEM, NULL);
		return NULL;
	}
	s[outlen] = '\0';
	return csv_new(s, outlen, path, "GB18030");
}

struct csv *csv_open(const char *path, struct err *e)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
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

void csv_put(FILE *out, const char *s)
{
	s = s ? s : "";
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

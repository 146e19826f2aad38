/* io.c — the CSV import/export driver and the list of kinds. */
#include "core/io.h"
#include "core/date.h"
#include "core/money.h"
#include "core/text.h"
#include "db/db.h"

#include <stdlib.h>
#include <string.h>

/* The kinds: each module defines its own struct io_kind; add one line for a new kind. */
extern const struct io_kind members_io;
extern const struct io_kind dues_io;
extern const struct io_kind ledger_io;
extern const struct io_kind welfare_io;
extern const struct io_kind visits_io;
extern const struct io_kind events_io;
extern const struct io_kind signups_io;
extern const struct io_kind donations_io;
extern const struct io_kind handovers_io;
extern const struct io_kind proposals_io;

static const struct io_kind *const io_kinds[] = {
	&members_io,
	&dues_io,
	&ledger_io,
	&welfare_io,
	&visits_io,
	&events_io,
	&signups_io,
	&donations_io,
	&handovers_io,
	&proposals_io,
};

static struct {
	int skipped;   /* of the last import */
} io;

#define IO_NKINDS (int)(sizeof io_kinds / sizeof io_kinds[0])
#define IO_MAXCOLS 32

const struct io_kind *io_find(const char *name)
{
	for (int i = 0; i < IO_NKINDS; i++)
		if (strcmp(io_kinds[i]->name, name) == 0)
			return io_kinds[i];
	/* "member" for "members", as people type it */
	size_t l = strlen(name);
	for (int i = 0; i < IO_NKINDS; i++)
		if (strncmp(io_kinds[i]->name, name, l) == 0 && strlen(io_kinds[i]->name) == l + 1)
			return io_kinds[i];
	return NULL;
}

const char *io_kind_names(void)
{
	static char names[256];
	size_t o = 0;
	for (int i = 0; i < IO_NKINDS; i++)
		o += snprintf(names + o, sizeof names - o, "%s%s", i ? " " : "", io_kinds[i]->name);
	return names;
}

/* Split "a,b,c" into at most max names (pointers into buf). */
static int io_split(const char *list, char *buf, size_t n, const char **out, int max)
{
	snprintf(buf, n, "%s", list);
	int k = 0;
	for (char *p = strtok(buf, ","); p && k < max; p = strtok(NULL, ","))
		out[k++] = p;
	return k;
}

void io_skip(const struct io_row *r)
{
	if (r->skipped)
		(*r->skipped)++;
}

int io_import_skipped(void)
{
	return io.skipped;
}

const char *io_get(const struct io_row *r, const char *col)
{
	for (int i = 0; i < r->ncols; i++) {
		if (strcmp(r->cols[i], col) != 0)
			continue;
		int j = r->map[i];
		if (j < 0 || j >= r->csv->n)
			return "";
		/* trim spaces in place: the row buffer is ours */
		char *s = r->csv->f[j];
		while (*s == ' ' || *s == '\t')
			s++;
		size_t l = strlen(s);
		while (l > 0 && (s[l - 1] == ' ' || s[l - 1] == '\t'))
			s[--l] = '\0';
		return s;
	}
	return "";
}

err_code io_money(const struct io_row *r, const char *col, int64_t *fen, int required,
		  struct err *e)
{
	const char *v = io_get(r, col);
	if (!*v) {
		if (required)
			return err_set(e, ERR_INPUT, _("%s: the amount is empty."), col);
		*fen = 0;
		return ERR_OK;
	}
	err_code c = money_parse(v, fen, e);
	if (c == ERR_OK && *fen < 0)
		c = err_set(e, ERR_INPUT, _("\"%s\" is negative."), v);
	if (c != ERR_OK)
		err_prefix(e, "%s: ", col);
	return c;
}

err_code io_date(const struct io_row *r, const char *col, char *out, int required,
		 struct err *e)
{
	const char *v = io_get(r, col);
	if (!*v) {
		out[0] = '\0';
		return required ? err_set(e, ERR_INPUT, _("%s: the date is empty."), col) : ERR_OK;
	}
	err_code c = date_parse(v, out, e);
	if (c != ERR_OK) {
		err_prefix(e, "%s: ", col);
		return c;
	}
	/* A typing slip in the year (2052 for 2025) is caught here, not in the report. */
	char today[DATE_LEN];
	date_today(today);
	if (date_daynum(out) > date_daynum(today) + 366)
		/* L10N: %1$s the column, %2$s the date, %3$s today */
		return err_set(e, ERR_INPUT, _("%1$s: %2$s is more than a year after today (%3$s); "
					       "check the year."), col, out, today);
	return ERR_OK;
}

err_code io_int(const struct io_row *r, const char *col, int64_t *v, int64_t dflt,
		struct err *e)
{
	const char *s = io_get(r, col);
	if (!*s) {
		*v = dflt;
		return ERR_OK;
	}
	char *n = text_nfkc(s), *end = NULL;
	long long x = n ? strtoll(n, &end, 10) : 0;
	int ok = n && *n && end && *end == '\0' && x >= 0 && x < 1000000;
	free(n);
	if (!ok)
		return err_set(e, ERR_INPUT, _("%s: \"%s\" is not a whole number."), col, s);
	*v = x;
	return ERR_OK;
}

/* Is col a note (where Tab and line breaks are data)? */
static int io_multiline(const char *col)
{
	return strcmp(col, "note") == 0 || strcmp(col, "answer") == 0;
}

/* Every field of the row, whatever its column, through the one input check: no control
 * characters and nothing that reorders text, so that what is stored can be shown. */
err_code io_text(const struct io_row *r, const char *col, char *out, size_t size,
		 struct err *e)
{
	return text_copy(out, size, io_get(r, col), col, e);
}

/* A value in no column: past the header's last column, or under a column without a
 * name. Spreadsheets leave such fields empty; one with something in it would be lost. */
static err_code io_check_stray(const struct io_row *r, struct err *e)
{
	for (int j = 0; j < r->csv->n; j++) {
		int used = 0;
		for (int i = 0; i < r->ncols && !used; i++)
			used = r->map[i] == j;
		const char *v = r->csv->f[j];
		while (*v == ' ' || *v == '\t')
			v++;
		if (used || !*v)
			continue;
		char shown[64];
		text_trunc(v, 30, shown, sizeof shown);
		if (j >= r->header_n)
			/* L10N: %1$d the field's place in the row (1 is the first), %2$s its value. */
			return err_set(e, ERR_INPUT, _("field %1$d (\"%2$s\") lies past the last column "
						       "of the header; name its column in the first "
						       "row or remove it."), j + 1, shown);
		/* L10N: %1$d the column's place (1 is the first), %2$s the value under it. */
		return err_set(e, ERR_INPUT, _("column %1$d has no name in the first row but holds "
					       "\"%2$s\"; name the column or remove the value."),
			       j + 1, shown);
	}
	return ERR_OK;
}

static err_code io_check_fields(const struct io_row *r, struct err *e)
{
	err_code c = io_check_stray(r, e);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < r->ncols; i++) {
		int j = r->map[i];
		if (j < 0 || j >= r->csv->n)
			continue;
		size_t at = 0;
		uint32_t uc = text_forbidden(r->csv->f[j], io_multiline(r->cols[i]), &at);
		if (!uc)
			continue;
		if (text_reorders(uc))
			/* L10N: %1$s the column, %2$04X the character's code (202E) */
			return err_set(e, ERR_INPUT, _("%1$s: holds a character that changes the "
						       "direction of text (U+%2$04X), which is not "
						       "allowed; remove it."), r->cols[i], (unsigned)uc);
		/* L10N: %1$s the column, %2$04X the character's code (001B) */
		return err_set(e, ERR_INPUT, _("%1$s: holds a control character (U+%2$04X), which "
					       "is not allowed; remove it."), r->cols[i], (unsigned)uc);
	}
	return ERR_OK;
}

err_code io_import(const char *kind, const char *path, int *rows, struct err *e)
{
	*rows = 0;
	io.skipped = 0;
	const struct io_kind *k = io_find(kind);
	if (!k)
		return err_set(e, ERR_INPUT, _("Unknown kind \"%s\"; use one of: %s."), kind,
			       io_kind_names());
	struct csv *c = csv_open(path, e);
	if (!c)
		return e ? e->code : ERR_IO;

	char colbuf[512], reqbuf[512];
	const char *cols[IO_MAXCOLS], *req[IO_MAXCOLS];
	int ncols = io_split(k->columns, colbuf, sizeof colbuf, cols, IO_MAXCOLS);
	int nreq = io_split(k->required, reqbuf, sizeof reqbuf, req, IO_MAXCOLS);
	int map[IO_MAXCOLS];
	for (int i = 0; i < ncols; i++)
		map[i] = -1;

	err_code rc = ERR_OK;
	int r = csv_next(c, e);
	if (r <= 0) {
		rc = r < 0 ? e->code : err_set(e, ERR_INPUT, _("%s: the file is empty."), path);
		goto out;
	}
	int header_n = c->n;
	for (int j = 0; j < c->n; j++) {
		char *name = text_fold(c->f[j]);
		int found = -1;
		for (int i = 0; name && i < ncols; i++)
			if (strcmp(name, cols[i]) == 0)
				found = i;
		if (found < 0 && name && !*name) {
			free(name);
			continue;   /* an empty trailing column, as spreadsheets leave */
		}
		if (found < 0 || map[found] >= 0) {
			rc = err_set(e, ERR_INPUT, found < 0
				     ? _("%s:%d: unknown column \"%s\" (the columns are: %s).")
				     : _("%s:%d: column \"%s\" appears twice (the columns are: %s)."),
				     path, c->line, c->f[j], k->columns);
			free(name);
			goto out;
		}
		map[found] = j;
		free(name);
	}
	for (int q = 0; q < nreq; q++)
		for (int i = 0; i < ncols; i++)
			if (strcmp(req[q], cols[i]) == 0 && map[i] < 0) {
				rc = err_set(e, ERR_INPUT, _("%s:%d: the column \"%s\" is missing."),
					     path, c->line, req[q]);
				goto out;
			}

	/* Nothing is added to a damaged file. */
	if ((rc = db_quick_check(e)) != ERR_OK || (rc = db_begin(e)) != ERR_OK)
		goto out;
	if (k->import_begin)
		k->import_begin();
	int skipped = 0;
	struct io_row row = { c, map, cols, ncols, &skipped, header_n };
	while ((r = csv_next(c, e)) > 0) {
		int before = skipped;
		rc = io_check_fields(&row, e);
		if (rc == ERR_OK)
			rc = k->import_row(&row, e);
		if (rc != ERR_OK) {
			err_prefix(e, "%s:%d: ", path, c->line);
			break;
		}
		if (skipped == before)
			(*rows)++;
	}
	if (r < 0)
		rc = e ? e->code : ERR_INPUT;
	if (rc == ERR_OK && k->import_end && (rc = k->import_end(e)) != ERR_OK)
		err_prefix(e, "%s: ", path);
	if (rc != ERR_OK) {
		db_rollback();
		*rows = 0;
	} else {
		rc = db_commit(e);
		if (rc == ERR_OK)
			io.skipped = skipped;
	}
out:
	csv_close(&c);
	return rc;
}

err_code io_export(const char *kind, FILE *out, struct err *e)
{
	const struct io_kind *k = io_find(kind);
	if (!k)
		return err_set(e, ERR_INPUT, _("Unknown kind \"%s\"; use one of: %s."), kind,
			       io_kind_names());
	fprintf(out, "%s\n", k->columns);
	return k->export_rows(out, e);
}

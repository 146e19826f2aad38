/*
 * io.h — import and export of every kind of record as CSV, for the command line
 * (`gonghui import KIND FILE.csv`, `gonghui export KIND`).
 *
 * An import is all rows or none: one transaction; the first bad row rolls everything
 * back and the error reads "FILE:LINE: what is wrong". The first row is the header;
 * columns are found by name, so their order does not matter, unknown columns are an
 * error and optional columns may be left out.
 *
 * Each record module provides its kind as a `const struct io_kind` (members_io in
 * member.c, dues_io in dues.c, …) and io.c lists them.
 */
#ifndef GH_IO_H
#define GH_IO_H

#include <stdint.h>
#include <stdio.h>

#include "core/csv.h"
#include "core/error.h"

struct io_row {
	struct csv *csv;
	const int *map;          /* column index in the file for each of the kind's columns, -1 absent */
	const char *const *cols; /* the kind's column names */
	int ncols;
	int *skipped;            /* rows left to another kind's import (io_skip) */
	int header_n;            /* fields in the header row */
};

/* An import_row function calls this for a row it leaves alone on purpose because
 * another kind's import writes it (a ledger entry posted by dues, welfare or
 * donations); such a row is not counted as imported. */
void io_skip(const struct io_row *r);

/* The value of column `col` in this row, trimmed; "" when the column is absent. */
const char *io_get(const struct io_row *r, const char *col);

struct io_kind {
	const char *name;      /* "members" */
	const char *columns;   /* "no,name,gender,…": the header of an export, in order */
	const char *required;  /* columns an import must have, comma-separated */
	/* Store one row (inside the import's transaction); e without the FILE:LINE: prefix. */
	err_code (*import_row)(const struct io_row *r, struct err *e);
	/* Write every record (without the header) as CSV rows in column order. */
	err_code (*export_rows)(FILE *out, struct err *e);
	/* Optional: called before the first row (to forget an earlier import's state), and
	 * after the last row, inside the import's transaction, to finish what rows left
	 * pending (the welfare kind reverses the rows of a gift to many there). */
	void (*import_begin)(void);
	err_code (*import_end)(struct err *e);
};

const struct io_kind *io_find(const char *name);
/* The kinds' names, space-separated, for help and messages. */
const char *io_kind_names(void);

/* Import FILE as KIND; *rows gets how many rows were stored. */
err_code io_import(const char *kind, const char *path, int *rows, struct err *e);
/* How many rows the last successful io_import left to other kinds (io_skip). */
int io_import_skipped(void);
err_code io_export(const char *kind, FILE *out, struct err *e);
/* The names an export writes: the codes (no, name, … and active, hospital …), or the
 * Chinese column names (编号, 姓名 …) and value names (在职, 住院 …) in simplified or
 * traditional characters. An import takes any of them. */
enum io_names { IO_NAMES_CODES, IO_NAMES_HANS, IO_NAMES_HANT };
err_code io_export_names(const char *kind, enum io_names names, FILE *out, struct err *e);
/* What an export_rows function writes each record with: one CSV row in the kind's column
 * order, its codes named as the export asks. */
void io_put_row(FILE *out, int n, const char *const *fields);

/* Helpers for import_row functions: parse a column, with the column name in the message. */
/* The text of column col copied into out (size bytes); a value too long for it is
 * refused with the column's name and its limit (text_copy), never cut. */
err_code io_text(const struct io_row *r, const char *col, char *out, size_t size,
		 struct err *e);
err_code io_money(const struct io_row *r, const char *col, int64_t *fen, int required,
		  struct err *e);
err_code io_date(const struct io_row *r, const char *col, char *out, int required,
		 struct err *e);
err_code io_int(const struct io_row *r, const char *col, int64_t *v, int64_t dflt,
		struct err *e);

#endif

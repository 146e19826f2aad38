/* test_csv.c — CSV reading (quotes, line breaks, BOM, GBK) and writing. */
#include "core/csv.h"
#include "tests/unit/check.h"

#include <locale.h>
#include <stdlib.h>

static void test_quotes(void)
{
	struct err e;
	struct csv *c = csv_open_string("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\r\n\n"
					"\"two\nlines\",2,3\n  \n", "t.csv", &e);
	CHECK(c != NULL);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(c->n, 3);
	CHECK_INT(c->line, 1);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(c->line, 2);
	CHECK_INT(c->n, 3);
	CHECK_STR(c->f[0], "x, y");
	CHECK_STR(c->f[1], "say \"hi\"");
	CHECK_STR(c->f[2], "");
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(c->line, 4);   /* the blank line 3 is skipped */
	CHECK_STR(c->f[0], "two\nlines");
	CHECK_STR(c->f[2], "3");
	CHECK_INT(csv_next(c, &e), 0);
	csv_close(&c);
	CHECK(c == NULL);
}

static void test_unterminated(void)
{
	struct err e;
	struct csv *c = csv_open_string("a,b\n1,\"open\n2,3\n", "bad.csv", &e);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(csv_next(c, &e), -1);
	CHECK_STR(e.msg, "bad.csv:2: a quoted field is not closed.");
	csv_close(&c);
}

static void test_bom_and_gbk(void)
{
	struct err e;
	struct csv *c = csv_open_string("\xEF\xBB\xBFno,name\nT1,张三\n", "bom.csv", &e);
	CHECK_STR(c->encoding, "UTF-8");
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_STR(c->f[0], "no");
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_STR(c->f[1], "张三");
	csv_close(&c);

	/* 张三 in GBK is D5 C5 C8 FD; 歐 (traditional) is 9A 57 in GBK/GB18030 */
	c = csv_open_string("no,name\nT1,\xD5\xC5\xC8\xFD\nT2,\x9A\x57\n", "gbk.csv", &e);
	CHECK(c != NULL);
	CHECK_STR(c->encoding, "GB18030");
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_STR(c->f[1], "张三");
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_STR(c->f[1], "歐");
	csv_close(&c);
}

static void test_write(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	const char *row[] = { "T1", "张三", "a,b", "say \"hi\"", "", " pad", "two\nlines" };
	csv_row(f, 7, row);
	fclose(f);
	CHECK_STR(buf, "T1,张三,\"a,b\",\"say \"\"hi\"\"\",,\" pad\",\"two\nlines\"\n");

	/* what we write, we read back the same */
	struct err e;
	struct csv *c = csv_open_string(buf, "rt.csv", &e);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(c->n, 7);
	for (int i = 0; i < 7; i++)
		CHECK_STR(c->f[i], row[i]);
	csv_close(&c);
	free(buf);
}

/* What reaches a terminal or a spreadsheet is text: a control character or a bidi
 * override in an older database is written as visible text. */
static void test_write_shown(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	const char *row[] = { "a\x1b]0;x\x07", "张\xe2\x80\xae三", "ok\tnote\nline" };
	csv_row(f, 3, row);
	fclose(f);
	CHECK_STR(buf, "a^[]0;x^G,张<202e>三,\"ok\tnote\nline\"\n");
	free(buf);
}

/* The encoding is decided on the whole file; CR alone and CRLF inside quotes. */
static void test_decide(void)
{
	struct err e = { 0 };
	/* UTF-8 names and one GBK character: refused at its line, never read as GBK */
	struct csv *c = csv_open_string("no,name\nA1,张三\nA2,李四\nA3,\xb0\xa1\n", "m.csv", &e);
	CHECK(c == NULL);
	CHECK_STR(e.msg, "m.csv:4: the file is UTF-8 text with a byte that is not UTF-8 here; "
		  "correct that line or save the file again as \"CSV UTF-8\".");
	/* GBK throughout is GBK */
	c = csv_open_string("no,name\nA1,\xd5\xc5\xc8\xfd\n", "g.csv", &e);
	CHECK(c != NULL);
	CHECK_STR(c ? c->encoding : "", "GB18030");
	CHECK_INT(c ? csv_next(c, &e) : 0, 1);
	CHECK_INT(c ? csv_next(c, &e) : 0, 1);
	CHECK_STR(c ? c->f[1] : "", "张三");
	csv_close(&c);
	/* a CR alone inside a field */
	c = csv_open_string("no,name\nA1,张\r三\n", "cr.csv", &e);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(csv_next(c, &e), -1);
	CHECK_STR(e.msg, "cr.csv:2: a carriage return (CR) alone inside a field; put the field in "
		  "quotes or save the file again.");
	csv_close(&c);
	/* a line break inside quotes, saved by Excel as CRLF, is "\n" */
	c = csv_open_string("no,note\r\nA1,\"one\r\ntwo\"\r\n", "q.csv", &e);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_INT(csv_next(c, &e), 1);
	CHECK_STR(c->f[1], "one\ntwo");
	csv_close(&c);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_quotes);
	RUN(test_unterminated);
	RUN(test_bom_and_gbk);
	RUN(test_write);
	RUN(test_write_shown);
	RUN(test_decide);
	return check_done();
}

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

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_quotes);
	RUN(test_unterminated);
	RUN(test_bom_and_gbk);
	RUN(test_write);
	return check_done();
}

/*
 * test_text.c — the width API (core/text.c): columns, cleaning, truncation, padding,
 * cursor movement, wrapping, normalisation, folding and pinyin search. Every case gives
 * its input and the exact expected output. UTF-8 is written as escapes where the bytes
 * matter (invalid sequences, combining marks), as text everywhere else.
 */
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "tests/unit/check.h"

static void test_width(void)
{
	CHECK_INT(text_width("张三"), 4);
	CHECK_INT(text_width("歐陽娜娜"), 8);
	CHECK_INT(text_width("abc"), 3);
	CHECK_INT(text_width("１２３"), 6);		/* full-width digits */
	CHECK_INT(text_width("日本語"), 6);
	CHECK_INT(text_width("王芳Wang2"), 9);
	CHECK_INT(text_width(""), 0);
	CHECK_INT(text_width(NULL), 0);
	/* Controls count as shown: ESC is "^[", DEL "^?", C1 U+009B "<9b>". */
	CHECK_INT(text_width("a\x1b[2Jb"), 7);
	CHECK_INT(text_width("\x7f"), 2);
	CHECK_INT(text_width("\xc2\x9b"), 4);
	CHECK_INT(text_width("\t"), 2);
	/* Invalid bytes: one column each, incomplete sequences too. */
	CHECK_INT(text_width("a\xff" "b"), 3);
	CHECK_INT(text_width("\xe5\xbc"), 2);		/* 张 without its last byte */
	CHECK_INT(text_width("\xed\xa0\x80"), 3);	/* a UTF-16 surrogate */
	/* Combining marks take no column; ambiguous-width "…" takes one, as in glibc. */
	CHECK_INT(text_width("e\xcc\x81"), 1);
	CHECK_INT(text_width("…"), 1);
	CHECK_INT(text_width("　"), 2);			/* U+3000 ideographic space */

	CHECK_INT(text_nwidth("张三abc", 3), 2);
	CHECK_INT(text_nwidth("张三abc", 7), 5);
	CHECK_INT(text_nwidth("张三abc", 0), 0);
	CHECK_INT(text_nwidth("张三", 2), 2);		/* 2 bytes of 张: two bad bytes */
	CHECK_INT(text_nwidth(NULL, 5), 0);

	CHECK_INT(text_char_width('a'), 1);
	CHECK_INT(text_char_width(0x5f20), 2);		/* 张 */
	CHECK_INT(text_char_width(0xff11), 2);		/* １ */
	CHECK_INT(text_char_width(0x3000), 2);
	CHECK_INT(text_char_width(0x20000), 2);		/* 𠀀, extension B */
	CHECK_INT(text_char_width(0x0301), 0);		/* combining acute */
	CHECK_INT(text_char_width(0x1b), 2);
	CHECK_INT(text_char_width(0x7f), 2);
	CHECK_INT(text_char_width(0x9b), 4);
	CHECK_INT(text_char_width(0xd800), 1);		/* not a scalar value: U+FFFD */
	CHECK_INT(text_char_width(0x110000), 1);

	CHECK_INT(text_char_len("a"), 1);
	CHECK_INT(text_char_len("张三"), 3);
	CHECK_INT(text_char_len("😀"), 4);
	CHECK_INT(text_char_len("\xff"), 1);
	CHECK_INT(text_char_len("\xe5\xbc"), 1);
	CHECK_INT(text_char_len(""), 0);
	CHECK_INT(text_char_len(NULL), 0);
}

static void test_clean(void)
{
	char buf[64];

	CHECK_STR(text_clean("a\x1b[2Jb", buf, sizeof buf), "a^[[2Jb");
	CHECK_INT(text_width(buf), 7);
	CHECK_STR(text_clean("\t\x7f\xc2\x9b\x01", buf, sizeof buf), "^I^?<9b>^A");
	CHECK_STR(text_clean("a\nb", buf, sizeof buf), "a^Jb");
	CHECK_STR(text_clean("张三", buf, sizeof buf), "张三");
	CHECK_STR(text_clean("a\xff" "b", buf, sizeof buf), "a\xef\xbf\xbd" "b");
	CHECK_STR(text_clean("\xe5\xbc", buf, sizeof buf), "\xef\xbf\xbd\xef\xbf\xbd");
	CHECK_STR(text_clean(NULL, buf, sizeof buf), "");
	/* A small buffer is cut between characters, never inside one. */
	CHECK_STR(text_clean("张三", buf, 5), "张");
	CHECK_STR(text_clean("张三", buf, 3), "");
	CHECK_STR(text_clean("ab\x1b", buf, 4), "ab");
	CHECK_STR(text_clean("abc", buf, 1), "");

	CHECK(text_valid("张三", 6));
	CHECK(text_valid("", 0));
	CHECK(text_valid(NULL, 0));
	CHECK(!text_valid("\xe5\xbc", 2));
	CHECK(!text_valid("\xed\xa0\x80", 3));		/* surrogate */
	CHECK(!text_valid("\xc0\x80", 2));		/* overlong NUL */
	CHECK(!text_valid("a\xff", 2));
	/* control characters: C0 and DEL; a note may hold line breaks and tabs */
	CHECK(!text_has_control("张三 abc"));
	CHECK(text_has_control("a\nb"));
	CHECK(text_has_control("a\x1b[2Jb"));
	CHECK(text_has_control("\x7f"));
	CHECK(text_has_control("\xc2\x9b"));		/* C1: CSI in one character */
	/* the one input check: C0 but Tab and LF in a note, DEL, C1, what reorders text */
	size_t at = 99;
	CHECK_INT(text_forbidden("张三", 0, &at), 0);
	CHECK_INT(at, 99);
	CHECK_INT(text_forbidden("张\xe2\x80\xae三", 0, &at), 0x202e);	/* RLO */
	CHECK_INT(at, 3);
	CHECK_INT(text_forbidden("a\xe2\x81\xa6" "b", 1, NULL), 0x2066);	/* LRI */
	CHECK_INT(text_forbidden("a\xe2\x80\x8f" "b", 0, NULL), 0x200f);	/* RLM */
	CHECK_INT(text_forbidden("a\xd8\x9c" "b", 0, NULL), 0x061c);		/* ALM */
	CHECK_INT(text_forbidden("a\xe2\x80\xa8" "b", 1, NULL), 0x2028);	/* LINE SEPARATOR */
	CHECK_INT(text_forbidden("a\xc2\x85" "b", 1, NULL), 0x85);		/* NEL */
	CHECK_INT(text_forbidden("a\tb", 0, NULL), '\t');
	CHECK_INT(text_forbidden("a\tb\nc", 1, NULL), 0);
	CHECK_INT(text_forbidden("a\rb", 1, NULL), '\r');
	CHECK_INT(text_forbidden("a\x7f", 1, NULL), 0x7f);
	CHECK_INT(text_forbidden("\xef\xbb\xbf" "x", 0, NULL), 0xfeff);	/* a BOM in a field */
	CHECK_INT(text_forbidden("a\xff", 1, NULL), 0xfffd);
	CHECK_INT(text_forbidden("a\xe2\x80\x8d\xf0\x9f\x91\xa9", 0, NULL), 0);	/* ZWJ stays */
	/* shown as text, and counted as shown */
	char cb[64];
	CHECK_STR(text_clean("张\xe2\x80\xae三", cb, sizeof cb), "张<202e>三");
	CHECK_INT(text_width("张\xe2\x80\xae三"), 10);
	CHECK_STR(text_clean("a\xe2\x81\xa9\xc2\x9b", cb, sizeof cb), "a<2069><9b>");
	CHECK(text_showable("歐陽娜娜", 0));
	CHECK(!text_showable("a\nb", 0));
	CHECK(text_showable("a\nb\tc", 1));
	CHECK(!text_showable("a\x1b[2Jb", 1));
	CHECK(!text_showable("a\xff", 1));
}

static void test_trunc(void)
{
	char buf[64];

	CHECK_STR(text_trunc("欧阳娜娜abc", 11, buf, sizeof buf), "欧阳娜娜abc");
	CHECK_STR(text_trunc("欧阳娜娜abc", 12, buf, sizeof buf), "欧阳娜娜abc");
	CHECK_STR(text_trunc("欧阳娜娜abc", 10, buf, sizeof buf), "欧阳娜娜a…");
	CHECK_STR(text_trunc("欧阳娜娜abc", 9, buf, sizeof buf), "欧阳娜娜…");
	CHECK_STR(text_trunc("欧阳娜娜abc", 7, buf, sizeof buf), "欧阳娜…");
	CHECK_INT(text_width(buf), 7);
	/* 6 columns: 欧阳娜 + "…" would be 7, so one column stays empty. */
	CHECK_STR(text_trunc("欧阳娜娜abc", 6, buf, sizeof buf), "欧阳…");
	CHECK_INT(text_width(buf), 5);
	CHECK_STR(text_trunc("欧阳娜娜abc", 5, buf, sizeof buf), "欧阳…");
	CHECK_INT(text_width(buf), 5);
	CHECK_STR(text_trunc("欧阳娜娜abc", 2, buf, sizeof buf), "…");
	CHECK_STR(text_trunc("欧阳娜娜abc", 1, buf, sizeof buf), "…");
	CHECK_STR(text_trunc("欧阳娜娜abc", 0, buf, sizeof buf), "");
	CHECK_STR(text_trunc("欧阳娜娜abc", -3, buf, sizeof buf), "");
	CHECK_STR(text_trunc("张三", 4, buf, sizeof buf), "张三");
	CHECK_STR(text_trunc("张三", 3, buf, sizeof buf), "张…");
	CHECK_STR(text_trunc("", 3, buf, sizeof buf), "");
	CHECK_STR(text_trunc(NULL, 3, buf, sizeof buf), "");
	/* Controls are truncated as shown. */
	CHECK_STR(text_trunc("a\x1b[2Jb", 4, buf, sizeof buf), "a^[…");
	/* A combining mark stays with its letter. */
	CHECK_STR(text_trunc("e\xcc\x81" "e\xcc\x81" "e", 2, buf, sizeof buf), "e\xcc\x81…");
	/* Out of bytes rather than columns: still cut cleanly, still marked. */
	CHECK_STR(text_trunc("abcdef", 10, buf, 5), "a…");
	CHECK_STR(text_trunc("张三李四", 10, buf, 8), "张…");
}

/* text_pad() must give exactly cols columns, whatever the text. */
static void check_pad_widths(const char *s)
{
	char buf[64];
	int cols, bad = 0;

	for (cols = 0; cols <= 16; cols++) {
		if (text_width(text_pad(s, cols, TEXT_LEFT, buf, sizeof buf)) != cols)
			bad++;
		if (text_width(text_pad(s, cols, TEXT_RIGHT, buf, sizeof buf)) != cols)
			bad++;
	}
	CHECK_INT(bad, 0);
}

static void test_pad(void)
{
	char buf[64];

	CHECK_STR(text_pad("欧阳娜娜abc", 5, TEXT_LEFT, buf, sizeof buf), "欧阳…");
	CHECK_STR(text_pad("欧阳娜娜abc", 6, TEXT_LEFT, buf, sizeof buf), "欧阳… ");
	CHECK_STR(text_pad("欧阳娜娜abc", 7, TEXT_LEFT, buf, sizeof buf), "欧阳娜…");
	CHECK_STR(text_pad("欧阳娜娜abc", 13, TEXT_LEFT, buf, sizeof buf), "欧阳娜娜abc  ");
	CHECK_STR(text_pad("欧阳娜娜abc", 6, TEXT_RIGHT, buf, sizeof buf), " 欧阳…");
	CHECK_STR(text_pad("欧阳娜娜abc", 13, TEXT_RIGHT, buf, sizeof buf), "  欧阳娜娜abc");
	CHECK_STR(text_pad("张三", 6, TEXT_LEFT, buf, sizeof buf), "张三  ");
	CHECK_STR(text_pad("张三", 6, TEXT_RIGHT, buf, sizeof buf), "  张三");
	CHECK_STR(text_pad("张三", 3, TEXT_LEFT, buf, sizeof buf), "张…");
	CHECK_STR(text_pad("张三", 2, TEXT_LEFT, buf, sizeof buf), "… ");
	CHECK_STR(text_pad("张三", 1, TEXT_RIGHT, buf, sizeof buf), "…");
	CHECK_STR(text_pad("张三", 0, TEXT_LEFT, buf, sizeof buf), "");
	CHECK_STR(text_pad("12.50", 8, TEXT_RIGHT, buf, sizeof buf), "   12.50");
	CHECK_STR(text_pad(NULL, 3, TEXT_LEFT, buf, sizeof buf), "   ");
	CHECK_STR(text_pad("a\x1b", 5, TEXT_LEFT, buf, sizeof buf), "a^[  ");
	/* A buffer too small for the padding gets as much as fits. */
	CHECK_STR(text_pad("ab", 10, TEXT_LEFT, buf, 5), "ab  ");
	CHECK_STR(text_pad("ab", 10, TEXT_RIGHT, buf, 5), "  ab");
	check_pad_widths("欧阳娜娜abc");
	check_pad_widths("a张b三c李");
	check_pad_widths("e\xcc\x81\x1b\xff张");
}

static void test_boundaries(void)
{
	/* a 张 e+U+0301 b: offsets 0, 1, 4, 7; e and its accent are one character. */
	const char *s = "a张e\xcc\x81" "b";
	size_t len = strlen(s);

	CHECK_INT(len, 8);
	CHECK_INT(text_next(s, len, 0), 1);
	CHECK_INT(text_next(s, len, 1), 4);
	CHECK_INT(text_next(s, len, 4), 7);
	CHECK_INT(text_next(s, len, 7), 8);
	CHECK_INT(text_next(s, len, 8), 8);
	CHECK_INT(text_next(s, len, 2), 4);		/* inside 张: to its end */
	CHECK_INT(text_prev(s, 8), 7);
	CHECK_INT(text_prev(s, 7), 4);
	CHECK_INT(text_prev(s, 4), 1);
	CHECK_INT(text_prev(s, 1), 0);
	CHECK_INT(text_prev(s, 0), 0);
	CHECK_INT(text_prev(s, 3), 1);			/* inside 张: to its start */
	CHECK_INT(text_nwidth(s, text_prev(s, 8)), 4);	/* the cursor column */

	/* Two marks on one letter; a four-byte character; invalid bytes. */
	CHECK_INT(text_next("x\xcc\x81\xcc\xa3y", 6, 0), 5);
	CHECK_INT(text_prev("x\xcc\x81\xcc\xa3y", 5), 0);
	CHECK_INT(text_next("😀a", 5, 0), 4);
	CHECK_INT(text_prev("😀a", 4), 0);
	CHECK_INT(text_next("a\xff" "b", 3, 1), 2);
	CHECK_INT(text_prev("a\xff" "b", 2), 1);
	CHECK_INT(text_prev("\xe5\xbc" "a", 2), 1);	/* incomplete 张: bytes apart */
	CHECK_INT(text_prev("\xe5\xbc\xa0\xa0", 4), 3);	/* stray continuation byte */
	CHECK_INT(text_prev("\xe5\xbc\xa0\xa0", 3), 0);
	CHECK_INT(text_next(NULL, 0, 0), 0);
	CHECK_INT(text_prev(NULL, 3), 0);

	/* Walking forward then back over mixed text visits the same offsets. */
	{
		const char *t = "王芳Wang2 e\xcc\x81\x1b\xff😀。";
		size_t tl = strlen(t), fw[32], p = 0, n = 0, ok = 1;

		while (p < tl && n < 32) {
			fw[n++] = p;
			p = text_next(t, tl, p);
		}
		CHECK_INT(n, 13);
		while (n > 0)
			ok &= (p = text_prev(t, p)) == fw[--n];
		CHECK(ok);
	}
}

/* Collects text_wrap() lines as "line|line|line". */
struct lines { char s[256]; };

static void add_line(const char *start, size_t bytes, void *arg)
{
	struct lines *l = arg;

	if (l->s[0])
		strcat(l->s, "|");
	strncat(l->s, start, bytes);
}

static const char *wrap(const char *s, int cols, int *n)
{
	static struct lines l;

	l.s[0] = '\0';
	*n = text_wrap(s, cols, add_line, &l);
	return l.s;
}

static void test_wrap(void)
{
	int n;

	CHECK_STR(wrap("张三李四 hello world, 这是一个测试。abc", 10, &n),
		  "张三李四|hello|world, 这|是一个测|试。abc");
	CHECK_INT(n, 5);
	/* Breaks between ideographs, never before "，" or "。". */
	CHECK_STR(wrap("会费100元，Wang Fang交了。", 8, &n), "会费100|元，Wang|Fang交|了。");
	CHECK_INT(n, 4);
	CHECK_STR(wrap("会费一百元整", 5, &n), "会费|一百|元整");
	CHECK_INT(n, 3);
	/* A line may be full to the last column; the space at the break is dropped. */
	CHECK_STR(wrap("ab cd ef", 5, &n), "ab cd|ef");
	CHECK_STR(wrap("abc   def", 3, &n), "abc|def");
	/* Words longer than the line are cut between characters. */
	CHECK_STR(wrap("supercalifragilistic word", 10, &n), "supercalif|ragilistic|word");
	CHECK_INT(n, 3);
	CHECK_STR(wrap("张三", 1, &n), "张|三");		/* wider than the line */
	CHECK_INT(n, 2);
	/* Controls are wrapped as shown (two columns each), not as zero. */
	CHECK_STR(wrap("abc\x1b\x1b\x1b de", 5, &n), "abc\x1b|\x1b\x1b|de");
	CHECK_INT(n, 3);
	/* Newlines are kept; a final one adds no empty line; CR LF is one line end. */
	CHECK_STR(wrap("a\n\nb", 10, &n), "a||b");
	CHECK_INT(n, 3);
	CHECK_STR(wrap("a\n", 10, &n), "a");
	CHECK_INT(n, 1);
	CHECK_STR(wrap("x\r\ny", 10, &n), "x|y");
	CHECK_INT(n, 2);
	CHECK_STR(wrap("张三\n欧阳娜娜abc", 6, &n), "张三|欧阳娜|娜abc");
	CHECK_INT(n, 3);
	CHECK_STR(wrap("", 10, &n), "");
	CHECK_INT(n, 0);
	CHECK_INT(text_wrap(NULL, 10, add_line, NULL), 0);
	CHECK_INT(text_wrap("a b c", 1, NULL, NULL), 3);	/* counting only */
}

static void test_nfkc(void)
{
	char *s;

	CHECK_STR(s = text_nfkc("１２３４．５"), "1234.5");
	free(s);
	CHECK_STR(s = text_nfkc("　张三　"), "张三");	/* U+3000, trimmed */
	free(s);
	CHECK_STR(s = text_nfkc("张　三"), "张 三");	/* U+3000 inside: a space */
	free(s);
	CHECK_STR(s = text_nfkc(" \t abc \n"), "abc");
	free(s);
	CHECK_STR(s = text_nfkc("ＡＢＣ－１"), "ABC-1");
	free(s);
	CHECK_STR(s = text_nfkc("①"), "1");
	free(s);
	CHECK_STR(s = text_nfkc("e\xcc\x81"), "\xc3\xa9");	/* é composed */
	free(s);
	CHECK_STR(s = text_nfkc("   "), "");
	free(s);
	CHECK_STR(s = text_nfkc(""), "");
	free(s);
	CHECK_STR(s = text_nfkc(NULL), "");
	free(s);
	CHECK_STR(text_nfkc("a\xff"), NULL);
	CHECK_STR(text_nfkc("\xe5\xbc"), NULL);
}

static void test_fold(void)
{
	char *s;

	CHECK_STR(s = text_fold("ÀBC"), "àbc");
	free(s);
	CHECK_STR(s = text_fold("Straße"), "strasse");
	free(s);
	CHECK_STR(s = text_fold(" ＡＢＣ１ "), "abc1");
	free(s);
	CHECK_STR(s = text_fold("张三T001"), "张三t001");
	free(s);
	CHECK_STR(s = text_fold(NULL), "");
	free(s);
	CHECK_STR(text_fold("A\xff"), NULL);
}

static void test_initials(void)
{
	char buf[64];

	CHECK_STR(text_initials("周烨", buf, sizeof buf), "zy");	/* not in GB2312 level 1 */
	CHECK_STR(text_initials("昊", buf, sizeof buf), "h");
	CHECK_STR(text_initials("张三", buf, sizeof buf), "zs");
	CHECK_STR(text_initials("欧阳娜娜", buf, sizeof buf), "oynn");	/* ōu: tone mark */
	CHECK_STR(text_initials("歐陽娜娜", buf, sizeof buf), "oynn");	/* traditional */
	CHECK_STR(text_initials("吕", buf, sizeof buf), "l");		/* lǚ */
	/* Unihan's first kMandarin reading of 曾 is céng; as a surname (the first Han
	 * character of a name) it is Zēng, and later in a name the table's reading holds. */
	CHECK_STR(text_initials("曾", buf, sizeof buf), "z");
	CHECK_STR(text_initials("曾国藩", buf, sizeof buf), "zgf");
	CHECK_STR(text_initials("单田芳", buf, sizeof buf), "stf");
	CHECK_STR(text_initials("解缙", buf, sizeof buf), "xj");
	CHECK_STR(text_initials("区曾", buf, sizeof buf), "oc");
	CHECK_STR(text_initials("一丁七万", buf, sizeof buf), "ydqw");
	CHECK_STR(text_initials("㐀", buf, sizeof buf), "q");		/* U+3400, ext. A */
	CHECK_STR(text_initials("𠀀", buf, sizeof buf), "h");		/* U+20000, ext. B */
	CHECK_STR(text_initials("王芳Wang2", buf, sizeof buf), "wfwang2");
	CHECK_STR(text_initials("李 四-T01", buf, sizeof buf), "lst01");
	CHECK_STR(text_initials("张\xff三", buf, sizeof buf), "zs");
	CHECK_STR(text_initials("Ａ张", buf, sizeof buf), "z");	/* not ASCII: dropped */
	CHECK_STR(text_initials("かな。，", buf, sizeof buf), "");
	CHECK_STR(text_initials(NULL, buf, sizeof buf), "");
	CHECK_STR(text_initials("张三李四", buf, 3), "zs");
}

static void test_match(void)
{
	CHECK(text_match("zs", "张三", "T001"));
	CHECK(text_match("ZS", "张三", "T001"));
	CHECK(text_match("ｚｓ", "张三", "T001"));	/* full-width, from the IME */
	CHECK(text_match(" zs ", "张三", "T001"));
	CHECK(text_match("T00", "张三", "T001"));
	CHECK(text_match("t00", "张三", "T001"));
	CHECK(!text_match("ls", "张三", "T001"));
	CHECK(text_match("", "张三", "T001"));
	CHECK(text_match(NULL, "张三", "T001"));
	CHECK(text_match("   ", "张三", "T001"));
	CHECK(text_match("张", "张三", "T001"));
	CHECK(text_match("三", "张三", NULL));
	CHECK(text_match("oynn", "歐陽娜娜", ""));
	CHECK(text_match("yn", "欧阳娜娜", NULL));
	CHECK(text_match("wang", "王芳WANG", ""));
	CHECK(text_match("wfw", "王芳Wang2", ""));
	CHECK(!text_match("wf2", "王芳Wang2", ""));	/* not all letters: no initials */
	CHECK(!text_match("z s", "张三", "T001"));
	CHECK(!text_match("zs", NULL, NULL));
	CHECK(text_match("001", NULL, "T001"));
	/* A name with a bad byte is still found; a bad query finds nothing. */
	CHECK(text_match("zs", "张三\xff", ""));
	CHECK(text_match("张三", "张三\xff", ""));
	CHECK(!text_match("\xff", "张三", "T001"));
}

/* A value is copied whole or refused with its field and the limit, never cut. */
static void test_copy(void)
{
	char buf[7];
	struct err e = { 0 };
	CHECK_INT(text_copy(buf, sizeof buf, "张三", "name", &e), ERR_OK);
	CHECK_STR(buf, "张三");
	CHECK_INT(text_copy(buf, sizeof buf, "张三四", "name", &e), ERR_INPUT);
	CHECK_STR(buf, "");
	CHECK_STR(e.msg, "name: too long; it holds at most 2 Chinese characters or 6 letters "
		  "and digits, and this has 3 characters.");
	CHECK_INT(text_copy(buf, sizeof buf, "abcdef", "x", &e), ERR_OK);
	CHECK_INT(text_copy(buf, sizeof buf, "abcdefg", "x", &e), ERR_INPUT);
	CHECK_INT(text_copy(buf, sizeof buf, NULL, "x", &e), ERR_OK);
	CHECK_STR(buf, "");
}

/* A field's limit, as a screen shows it and refuses by: the same numbers core checks. */
static void test_limit(void)
{
	struct err e = { 0 };
	struct text_limit note = { TEXT_BYTES, 511, 0 }, name = { TEXT_COLUMNS, 40, 0 };
	struct text_limit school = { TEXT_CHARS, 60, 0 }, no = { TEXT_BYTES, 32, 1 };
	CHECK_INT(text_limit_count(note), 170);
	CHECK_INT(text_limit_count(name), 20);
	CHECK_INT(text_limit_count(school), 60);
	CHECK_INT(text_limit_count(no), 32);

	char s[700] = "";
	for (int i = 0; i < 170; i++)
		strcat(s, "备");
	CHECK_INT(text_limit_check(s, note, "note", &e), ERR_OK);
	strcat(s, "备");
	CHECK_INT(text_limit_check(s, note, "note", &e), ERR_INPUT);
	CHECK_STR(e.msg, "note: too long; it holds at most 170 Chinese characters or 511 "
		  "letters and digits, and this has 171 characters.");
	/* 20 Chinese characters or 40 letters in a name; 21 is refused */
	CHECK_INT(text_limit_check("欧阳一二三四五六七八九十甲乙丙丁戊己庚辛", name, "name", &e),
		  ERR_OK);
	CHECK_INT(text_limit_check("欧阳一二三四五六七八九十甲乙丙丁戊己庚辛壬", name, "name", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "name: too long; it holds at most 20 Chinese characters or 40 "
		  "letters and digits, and this has 21 characters.");
	CHECK_INT(text_limit_check("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMN", name, "name",
				   &e), ERR_OK);
	/* characters of any kind in a setting */
	CHECK_INT(text_limit_check(s, school, "School", &e), ERR_INPUT);
	CHECK_STR(e.msg, "School: too long; it holds at most 60 characters, and this has 171.");
	/* no limit known: anything goes */
	CHECK_INT(text_limit_check(s, (struct text_limit){ TEXT_BYTES, 0, 0 }, "x", &e), ERR_OK);
}

int main(void)
{
	RUN(test_copy);
	RUN(test_limit);
	RUN(test_width);
	RUN(test_clean);
	RUN(test_trunc);
	RUN(test_pad);
	RUN(test_boundaries);
	RUN(test_wrap);
	RUN(test_nfkc);
	RUN(test_fold);
	RUN(test_initials);
	RUN(test_match);
	return check_done();
}

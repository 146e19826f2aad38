/* test_money.c — parsing and showing fen. */
#include "core/money.h"
#include "tests/unit/check.h"

#include <locale.h>

static int64_t parse(const char *s)
{
	int64_t v = -999999;
	struct err e;
	return money_parse(s, &v, &e) == ERR_OK ? v : -999999;
}

static const char *parse_err(const char *s)
{
	static struct err e;
	int64_t v;
	err_clear(&e);
	money_parse(s, &v, &e);
	return e.msg;
}

static void test_parse_forms(void)
{
	CHECK_INT(parse("1234.5"), 123450);
	CHECK_INT(parse("1,234.50"), 123450);
	CHECK_INT(parse("１２３４．５"), 123450);
	CHECK_INT(parse("1234.50元"), 123450);
	CHECK_INT(parse("¥12"), 1200);
	CHECK_INT(parse("￥ 8.05"), 805);
	CHECK_INT(parse("0.01"), 1);
	CHECK_INT(parse(".5"), 50);
	CHECK_INT(parse("7."), 700);
	CHECK_INT(parse("-3.20"), -320);
	CHECK_INT(parse(" 42 "), 4200);
	CHECK_INT(parse("1,000,000"), 100000000);
	CHECK_INT(parse("100000000000"), INT64_C(10000000000000));
}

static void test_parse_refusals(void)
{
	/* spaces around the number are fine, inside it they are not: never 1,234.50 */
	CHECK_INT(parse("- 12"), -1200);
	CHECK_INT(parse("12 元"), 1200);
	CHECK_INT(parse("12 34.5"), -999999);
	CHECK_STR(parse_err("12 34.5"), "\"12 34.5\" has a space inside the number; write it "
		  "without one (like 1234.50).");
	CHECK_INT(parse("1 234"), -999999);
	CHECK_INT(parse("１２　３４"), -999999);   /* an input method's ideographic space */
	CHECK_INT(parse("12. 5"), -999999);
	CHECK_INT(parse("12.345"), -999999);
	CHECK_INT(parse("1.2.3"), -999999);
	CHECK_INT(parse(""), -999999);
	CHECK_INT(parse("abc"), -999999);
	CHECK_INT(parse("1,23"), -999999);
	CHECK_INT(parse("12,3456"), -999999);
	CHECK_INT(parse("1234,567"), -999999);
	CHECK_INT(parse("."), -999999);
	CHECK_INT(parse("100000000000.01"), -999999);
	CHECK_INT(parse("99999999999999999999999"), -999999);
	CHECK_INT(parse("12元5"), -999999);
	CHECK_STR(parse_err("12.3.4"), "\"12.3.4\" is not an amount of money.");
	CHECK_STR(parse_err("12.345"),
		  "\"12.345\" has more than two decimal places (the smallest unit is 0.01).");
	CHECK_STR(parse_err(""), "The amount is empty.");
	CHECK_STR(parse_err("99999999999999999999999"),
		  "\"99999999999999999999999\" is too large an amount.");
}

static void test_format(void)
{
	char b[32];
	CHECK_STR(money_format(123450, b, sizeof b), "1,234.50");
	CHECK_STR(money_format(0, b, sizeof b), "0.00");
	CHECK_STR(money_format(-50, b, sizeof b), "-0.50");
	CHECK_STR(money_format(100000000, b, sizeof b), "1,000,000.00");
	CHECK_STR(money_format(99999, b, sizeof b), "999.99");
	CHECK_STR(money_plain(123450, b, sizeof b), "1234.50");
	CHECK_STR(money_plain(-123450, b, sizeof b), "-1234.50");
	CHECK_STR(money_short(240000, b, sizeof b), "2400");
	CHECK_STR(money_short(123450, b, sizeof b), "1234.5");
	CHECK_STR(money_short(123456, b, sizeof b), "1234.56");
	CHECK_STR(money_short(5, b, sizeof b), "0.05");
}

static void test_round_trip(void)
{
	char b[32];
	int64_t samples[] = { 0, 1, 99, 100, 123456789, INT64_C(10000000000000) };
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		CHECK_INT(parse(money_format(samples[i], b, sizeof b)), samples[i]);
		CHECK_INT(parse(money_plain(samples[i], b, sizeof b)), samples[i]);
	}
}

static const char *cap(int64_t fen)
{
	static char buf[160];
	return money_capital(fen, 0, buf, sizeof buf);
}

static const char *cap_hant(int64_t fen)
{
	static char buf[160];
	return money_capital(fen, 1, buf, sizeof buf);
}

static void test_capital(void)
{
	/* the example of the sign-sheet, and whole yuan */
	CHECK_STR(cap(1933000), "壹万玖仟叁佰叁拾元整");
	CHECK_STR(cap(100), "壹元整");
	CHECK_STR(cap(0), "零元整");
	/* 壹拾, never a bare 拾 */
	CHECK_STR(cap(1000), "壹拾元整");
	CHECK_STR(cap(1500), "壹拾伍元整");
	CHECK_STR(cap(11000), "壹佰壹拾元整");
	CHECK_STR(cap(100000000), "壹佰万元整");
	CHECK_STR(cap(1000000000), "壹仟万元整");
	CHECK_STR(cap(INT64_C(10000000000)), "壹亿元整");
	/* 零 in the middle: one for a run of zeros, inside a group and across groups */
	CHECK_STR(cap(100500), "壹仟零伍元整");
	CHECK_STR(cap(105000), "壹仟零伍拾元整");
	CHECK_STR(cap(1000500), "壹万零伍元整");
	CHECK_STR(cap(1050000), "壹万零伍佰元整");
	CHECK_STR(cap(10050000), "壹拾万零伍佰元整");
	CHECK_STR(cap(10700000), "壹拾万柒仟元整");
	CHECK_STR(cap(101000000), "壹佰零壹万元整");
	CHECK_STR(cap(INT64_C(10000100000)), "壹亿零壹仟元整");
	CHECK_STR(cap(INT64_C(10001000000)), "壹亿零壹万元整");
	CHECK_STR(cap(INT64_C(10000000500)), "壹亿零伍元整");
	CHECK_STR(cap(2000000000), "贰仟万元整");
	CHECK_STR(cap(2000000500), "贰仟万零伍元整");
	/* 角 and 分: 整 after 元 and after 角, none after 分; 零 for a missing 角 */
	CHECK_STR(cap(150), "壹元伍角整");
	CHECK_STR(cap(105), "壹元零伍分");
	CHECK_STR(cap(155), "壹元伍角伍分");
	CHECK_STR(cap(50), "伍角整");
	CHECK_STR(cap(5), "伍分");
	CHECK_STR(cap(55), "伍角伍分");
	CHECK_STR(cap(1005), "壹拾元零伍分");
	/* the rules' own examples: a 0 in the yuan place before 角 is said */
	CHECK_STR(cap(168032), "壹仟陆佰捌拾元零叁角贰分");
	CHECK_STR(cap(10700053), "壹拾万柒仟元零伍角叁分");
	/* below zero (a reversal) */
	CHECK_STR(cap(-30000), "负叁佰元整");
	/* the largest amount accepted */
	CHECK_STR(cap(MONEY_MAX), "壹仟亿元整");
	CHECK_STR(cap(MONEY_MAX - 1), "玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
	/* traditional characters */
	CHECK_STR(cap_hant(1933000), "壹萬玖仟參佰參拾元整");
	CHECK_STR(cap_hant(INT64_C(20000000000) + 260), "貳億零貳元陸角整");
	CHECK_STR(cap_hant(-5), "負伍分");
	/* a buffer too small is cut, never overrun, and stays a string */
	char small[8];
	money_capital(1933000, 0, small, sizeof small);
	CHECK_STR(small, "壹万");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_parse_forms);
	RUN(test_parse_refusals);
	RUN(test_format);
	RUN(test_round_trip);
	RUN(test_capital);
	return check_done();
}

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

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_parse_forms);
	RUN(test_parse_refusals);
	RUN(test_format);
	RUN(test_round_trip);
	return check_done();
}

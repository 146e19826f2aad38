/* money.c — parsing and showing amounts of fen. */
#include "core/money.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Strip a currency sign in front and a unit behind: ¥ ￥ RMB NT$ $ / 元 圆 块. */
static int money_numeric(char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; }

static void money_strip(char *s)
{
	static const char *const front[] = { "¥", "￥", "RMB", "NT$", "$", NULL };
	static const char *const back[] = { "元", "圆", "圓", "块", "塊", NULL };
	for (int i = 0; front[i]; i++) {
		size_t l = strlen(front[i]);
		if (strncmp(s, front[i], l) == 0) {
			memmove(s, s + l, strlen(s + l) + 1);
			break;
		}
	}
	size_t len = strlen(s);
	for (int i = 0; back[i]; i++) {
		size_t l = strlen(back[i]);
		if (len >= l && strcmp(s + len - l, back[i]) == 0) {
			s[len - l] = '\0';
			break;
		}
	}
	/* spaces left between sign, digits and unit; a space inside the number stays, and
	 * the number is refused: "12 34.5" is not 1,234.50 */
	char *w = s;
	for (char *r = s; *r; r++) {
		if (*r == ' ' && !(w > s && money_numeric(w[-1]) && money_numeric(r[strspn(r, " ")])))
			continue;
		*w++ = *r;
	}
	*w = '\0';
}


err_code money_parse(const char *in, int64_t *fen, struct err *e)
{
	char *s = text_nfkc(in ? in : "");
	if (!s)
		return err_set(e, ERR_INPUT, _("\"%s\" is not an amount of money."), in ? in : "");
	err_code rc = ERR_OK;
	money_strip(s);

	const char *p = s;
	int neg = 0;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	int64_t yuan = 0, cents = 0;
	int digits = 0, group = -1, decimals = 0, commas = 0;
	for (; (*p >= '0' && *p <= '9') || *p == ','; p++) {
		if (*p == ',') {
			/* a thousands separator: only after 1-3 digits, then groups of exactly 3 */
			if (digits == 0 || (commas && group != 3) || (!commas && digits > 3))
				goto bad;
			commas++;
			group = 0;
			continue;
		}
		if (yuan > MONEY_MAX / 100)
			goto big;
		yuan = yuan * 10 + (*p - '0');
		digits++;
		if (group >= 0)
			group++;
	}
	if (commas && group != 3)
		goto bad;
	if (*p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++) {
			if (++decimals > 2) {
				rc = err_set(e, ERR_INPUT, _("\"%s\" has more than two decimal places "
							     "(the smallest unit is 0.01)."), in);
				goto out;
			}
			cents = cents * 10 + (*p - '0');
		}
		if (decimals == 0 && digits == 0)
			goto bad;
	}
	if (*p != '\0' || (digits == 0 && decimals == 0))
		goto bad;
	if (decimals == 1)
		cents *= 10;
	int64_t v = yuan * 100 + cents;
	if (v > MONEY_MAX)
		goto big;
	*fen = neg ? -v : v;
	goto out;
bad:
	if (!*s)
		rc = err_set(e, ERR_INPUT, _("The amount is empty."));
	else if (strchr(s, ' '))
		rc = err_set(e, ERR_INPUT, _("\"%s\" has a space inside the number; write it "
					     "without one (like 1234.50)."), in);
	else
		rc = err_set(e, ERR_INPUT, _("\"%s\" is not an amount of money."), in);
	goto out;
big:
	rc = err_set(e, ERR_INPUT, _("\"%s\" is too large an amount."), in);
out:
	free(s);
	return rc;
}

static char *money_fmt(int64_t fen, int commas, char *buf, size_t n)
{
	char digits[32], out[48];
	uint64_t v = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen;
	snprintf(digits, sizeof digits, "%llu", (unsigned long long)(v / 100));
	size_t len = strlen(digits), o = 0;
	if (fen < 0)
		out[o++] = '-';
	for (size_t i = 0; i < len; i++) {
		if (commas && i > 0 && (len - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	snprintf(out + o, sizeof out - o, ".%02u", (unsigned)(v % 100));
	snprintf(buf, n, "%s", out);
	return buf;
}

char *money_format(int64_t fen, char *buf, size_t n) { return money_fmt(fen, 1, buf, n); }
char *money_plain(int64_t fen, char *buf, size_t n) { return money_fmt(fen, 0, buf, n); }

char *money_short(int64_t fen, char *buf, size_t n)
{
	money_fmt(fen, 0, buf, n);
	char *dot = strchr(buf, '.');
	if (dot) {
		if (strcmp(dot, ".00") == 0)
			*dot = '\0';
		else if (dot[2] == '0')
			dot[2] = '\0';
	}
	return buf;
}

/*
 * Capital numerals (大写金额), as a cheque or a sign-sheet writes them, following the
 * rules of the People's Bank for writing amounts:
 *   - every digit before 拾 is written, also a 1: 10 is 壹拾元整, 110 壹佰壹拾元整;
 *   - zeros between digits are one 零, whether inside a group of four or across a
 *     whole group (1005 壹仟零伍元, 100500 壹拾万零伍佰元, 100001000 壹亿零壹仟元);
 *     zeros at the end of a group write nothing when the next group begins with a
 *     digit (107000 壹拾万柒仟元);
 *   - a 0 in the yuan place before 角 is said, as in the rules' own examples
 *     (1680.32 壹仟陆佰捌拾元零叁角贰分, 107000.53 壹拾万柒仟元零伍角叁分);
 *   - whole yuan end in 整, and so do amounts that end in 角; amounts with 分 do not;
 *     no 角 but 分 after yuan: 零 (1.05 壹元零伍分); less than a yuan: no 元
 *     (0.50 伍角整, 0.05 伍分), and nothing at all is 零元整;
 *   - below zero: 负 in front.
 */
static const char *const capital_digit[2][10] = {
	{ "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" },
	{ "零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖" },
};
static const char *const capital_place[2][4] = {   /* within a group of four digits */
	{ "", "拾", "佰", "仟" },
	{ "", "拾", "佰", "仟" },
};
static const char *const capital_group[2][4] = {   /* groups of four digits */
	{ "", "万", "亿", "万亿" },
	{ "", "萬", "億", "萬億" },
};
static const char *const capital_unit[2][5] = {   /* 元 角 分 整 负 */
	{ "元", "角", "分", "整", "负" },
	{ "元", "角", "分", "整", "負" },
};

char *money_capital(int64_t fen, int hant, char *buf, size_t n)
{
	int t = hant ? 1 : 0;
	size_t len = 0;
	buf[0] = '\0';
	/* Once a piece does not fit, nothing more is written: a cut amount must not read as
	 * another amount. */
#define PUT(s) do { size_t l_ = strlen(s); \
	if (len + l_ < n) { memcpy(buf + len, s, l_ + 1); len += l_; } else len = n; } while (0)
	if (fen < 0) {
		PUT(capital_unit[t][4]);
		fen = fen == INT64_MIN ? INT64_MAX : -fen;
	}
	int64_t yuan = fen / 100;
	int jiao = (int)(fen / 10 % 10), cents = (int)(fen % 10);
	if (yuan == 0 && jiao == 0 && cents == 0) {
		PUT(capital_digit[t][0]);
		PUT(capital_unit[t][0]);
		PUT(capital_unit[t][3]);
		return buf;
	}
	if (yuan > 0) {
		int groups[8], ng = 0;
		for (int64_t y = yuan; y > 0 && ng < 8; y /= 10000)
			groups[ng++] = (int)(y % 10000);
		int written = 0, zero = 0;   /* something written; a zero waits to be said */
		for (int g = ng - 1; g >= 0; g--) {
			int v = groups[g];
			if (v == 0) {
				zero = written;
				continue;
			}
			for (int p = 3; p >= 0; p--) {
				int d = v / (p == 3 ? 1000 : p == 2 ? 100 : p == 1 ? 10 : 1) % 10;
				if (d == 0) {
					zero = written;
					continue;
				}
				if (zero)
					PUT(capital_digit[t][0]);
				zero = 0;
				PUT(capital_digit[t][d]);
				PUT(capital_place[t][p]);
				written = 1;
			}
			/* A group above four digits: 万 after 壹拾万 …, 万亿 beyond 亿亿 is not
			 * reached (MONEY_MAX is 1e11 yuan). */
			PUT(capital_group[t][g < 4 ? g : 3]);
			zero = 0;
		}
		PUT(capital_unit[t][0]);
		if ((jiao && yuan % 10 == 0) || (!jiao && cents))
			PUT(capital_digit[t][0]);
	}
	if (jiao) {
		PUT(capital_digit[t][jiao]);
		PUT(capital_unit[t][1]);
	}
	if (cents) {
		PUT(capital_digit[t][cents]);
		PUT(capital_unit[t][2]);
	} else {
		PUT(capital_unit[t][3]);
	}
#undef PUT
	return buf;
}

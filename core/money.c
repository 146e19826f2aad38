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

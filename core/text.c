/*
 * text.c — display width, truncation, padding, wrapping, normalisation and pinyin
 * search over UTF-8 strings (see text.h). Everything here rests on libunistring, with
 * "UTF-8" as the encoding argument so that East Asian ambiguous-width characters count
 * as one column, as glibc's wcwidth (and so ncursesw) counts them.
 *
 * The unit of text is the character as shown: one code point, or one byte that does not
 * start a valid UTF-8 sequence (shown as U+FFFD). Control characters are shown as text
 * ("^[", "^?", "<9b>"), so a string from the database can never move the cursor or
 * clear the screen, and every width below is the width of what text_clean() prints.
 *
 * No curses and no SQLite here: the module is pure and unit-tested on its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "core/pinyin.h"
#include "core/text.h"

/* The encoding argument libunistring uses to settle ambiguous widths. */
#define ENCODING "UTF-8"

/* What decode() reports for a byte that does not start a valid sequence. It lies
 * outside Unicode, so it cannot be confused with a literal U+FFFD in the text. */
#define BAD 0x110000u

static const char ellipsis[] = "\xe2\x80\xa6";	/* "…", U+2026, one column */
#define ELLIPSIS_LEN 3

/*
 * Decode the character at s, of which n bytes may be read. Sets *uc and returns its
 * length; an invalid or incomplete sequence is one bad byte (*uc = BAD, length 1), so
 * that "each invalid byte counts as one column" holds. Returns 0 when n is 0.
 * (u8_mbtouc would swallow a whole incomplete sequence at once: u8_mbtoucr does not.)
 */
static int decode(const uint8_t *s, size_t n, ucs4_t *uc)
{
	int len;

	if (n == 0)
		return 0;
	len = u8_mbtoucr(uc, s, n);
	if (len <= 0) {
		*uc = BAD;
		len = 1;
	}
	return len;
}

int text_reorders(uint32_t uc)
{
	return uc == 0x061c || uc == 0x200e || uc == 0x200f || (uc >= 0x202a && uc <= 0x202e) ||
	       (uc >= 0x2066 && uc <= 0x2069);
}

/*
 * The bytes text_clean() writes for uc: "^X" for C0 and DEL, "<xx>" for C1, U+FFFD for
 * a bad byte or anything that is not a Unicode scalar value, otherwise the character.
 * out has room for 8 bytes; returns the number written (no NUL).
 */
static int shown(ucs4_t uc, char *out)
{
	if (uc < 0x20 || uc == 0x7f) {
		out[0] = '^';
		out[1] = uc == 0x7f ? '?' : (char)(uc + 0x40);
		return 2;
	}
	if (uc >= 0x80 && uc < 0xa0) {
		snprintf(out, 8, "<%02x>", (unsigned)uc);
		return 4;
	}
	if (text_reorders(uc) || uc == 0x2028 || uc == 0x2029) {
		snprintf(out, 8, "<%04x>", (unsigned)uc);
		return 6;
	}
	if (uc > 0x10ffff || (uc >= 0xd800 && uc < 0xe000))
		uc = 0xfffd;
	return u8_uctomb((uint8_t *)out, uc, 6);
}

/* A zero-width character that belongs to the one before it: a combining mark, a
 * variation selector, a joiner, a Hangul vowel jamo. Never a control, a bad byte or a
 * character that reorders text. */
static int is_mark(ucs4_t uc)
{
	return uc >= 0xa0 && uc <= 0x10ffff && !text_reorders(uc) && uc_width(uc, ENCODING) == 0;
}

int text_char_width(uint32_t uc)
{
	int w;

	if (uc < 0x20 || uc == 0x7f)
		return 2;		/* "^X" */
	if (uc >= 0x80 && uc < 0xa0)
		return 4;		/* "<9b>" */
	if (text_reorders(uc) || uc == 0x2028 || uc == 0x2029)
		return 6;		/* "<202e>" */
	if (uc > 0x10ffff || (uc >= 0xd800 && uc < 0xe000))
		return 1;		/* U+FFFD */
	w = uc_width(uc, ENCODING);	/* -1 only for the controls handled above */
	return w < 0 ? 1 : w;
}

int text_nwidth(const char *s, size_t len)
{
	const uint8_t *u = (const uint8_t *)s;
	size_t i = 0;
	int w = 0;
	ucs4_t uc;

	if (!s)
		return 0;
	while (i < len) {
		i += decode(u + i, len - i, &uc);
		w += text_char_width(uc);
	}
	return w;
}

int text_width(const char *s)
{
	return s ? text_nwidth(s, strlen(s)) : 0;
}

/* strnlen(), which C11 lacks. */
static size_t span(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n])
		n++;
	return n;
}

int text_char_len(const char *s)
{
	ucs4_t uc;

	if (!s)
		return 0;
	return decode((const uint8_t *)s, span(s, 4), &uc);
}

/*
 * The start of the character that contains byte pos of s (pos < len). UTF-8 resyncs:
 * every byte that is not a continuation byte starts a character, so it is the nearest
 * such byte at most three back, if the sequence there is valid and reaches pos.
 */
static size_t char_start(const uint8_t *s, size_t len, size_t pos)
{
	size_t back, k;
	ucs4_t uc;
	int n;

	for (back = 0; back < 4 && back <= pos; back++) {
		k = pos - back;
		if ((s[k] & 0xc0) != 0x80) {
			n = decode(s + k, len - k, &uc);
			if (uc != BAD && k + (size_t)n > pos)
				return k;
			break;
		}
	}
	return pos;		/* a stray continuation byte: a character of its own */
}

size_t text_prev(const char *s, size_t pos)
{
	const uint8_t *u = (const uint8_t *)s;
	size_t len, k;
	ucs4_t uc;

	if (!s || pos == 0)
		return 0;
	/* No length is given: s is a string, so up to three bytes after pos (the rest of a
	 * character pos might be inside of) can be read safely, stopping at the NUL. */
	len = pos + span(s + pos, 3);
	k = char_start(u, len, pos - 1);
	for (;;) {
		decode(u + k, len - k, &uc);
		if (k == 0 || !is_mark(uc))
			return k;
		k = char_start(u, len, k - 1);
	}
}

size_t text_next(const char *s, size_t len, size_t pos)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t uc;
	int n;

	if (!s || pos >= len)
		return len;
	pos = char_start(u, len, pos);
	pos += decode(u + pos, len - pos, &uc);
	while (pos < len) {
		n = decode(u + pos, len - pos, &uc);
		if (!is_mark(uc))
			break;
		pos += n;
	}
	return pos;
}

/*
 * The worker behind text_clean, text_trunc and text_pad: write the shown form of s into
 * buf (size n > 0), at most cols columns wide (cols < 0: no limit). When something has
 * to be left out, for want of columns or of bytes, the text is cut between characters
 * and, if elide is set and there is room, ends with "…". Returns the columns written
 * and sets *used to the bytes written (without the NUL).
 */
static int fit(const char *s, int cols, int elide, char *buf, size_t n, size_t *used)
{
	const uint8_t *u = (const uint8_t *)(s ? s : "");
	size_t len = strlen((const char *)u), room = n - 1;
	size_t i = 0, out = 0, cut = 0;
	int w = 0, cutw = 0, cw, sl, k;
	char sh[8];
	ucs4_t uc;

	elide = elide && cols != 0 && room >= ELLIPSIS_LEN;
	while (i < len) {
		k = decode(u + i, len - i, &uc);
		sl = shown(uc, sh);
		cw = text_char_width(uc);
		if ((cols >= 0 && w + cw > cols) || out + (size_t)sl > room)
			break;
		memcpy(buf + out, sh, (size_t)sl);
		out += (size_t)sl;
		w += cw;
		i += (size_t)k;
		/* Remember the last point after which "…" would still fit. Both tests only
		 * ever turn false, so this is where to come back to when we run out. */
		if (elide && (cols < 0 || w < cols) && out + ELLIPSIS_LEN <= room) {
			cut = out;
			cutw = w;
		}
	}
	if (i < len && elide) {
		out = cut;
		w = cutw;
		memcpy(buf + out, ellipsis, ELLIPSIS_LEN);
		out += ELLIPSIS_LEN;
		w += 1;
	}
	buf[out] = '\0';
	*used = out;
	return w;
}

char *text_clean(const char *s, char *buf, size_t n)
{
	size_t used;

	if (buf && n > 0)
		fit(s, -1, 0, buf, n, &used);
	return buf;
}

char *text_trunc(const char *s, int cols, char *buf, size_t n)
{
	size_t used;

	if (buf && n > 0)
		fit(s, cols < 0 ? 0 : cols, 1, buf, n, &used);
	return buf;
}

char *text_pad(const char *s, int cols, int align, char *buf, size_t n)
{
	size_t used, pad;
	int w;

	if (!buf || n == 0)
		return buf;
	if (cols < 0)
		cols = 0;
	w = fit(s, cols, 1, buf, n, &used);
	/* fit() never exceeds cols, but may fall one column short where a wide character
	 * did not fit before the "…": the spaces make that up as well. */
	pad = (size_t)(cols - w);
	if (pad > n - 1 - used)
		pad = n - 1 - used;	/* buffer too small: as many as fit */
	if (align == TEXT_RIGHT) {
		memmove(buf + pad, buf, used + 1);
		memset(buf, ' ', pad);
	} else {
		memset(buf + used, ' ', pad);
		buf[used + pad] = '\0';
	}
	return buf;
}

/* Emit one line, less the spaces the break leaves at its end. */
static void emit(const char *start, size_t bytes,
		 void (*line)(const char *, size_t, void *), void *arg)
{
	while (bytes > 0 && start[bytes - 1] == ' ')
		bytes--;
	if (line)
		line(start, bytes, arg);
}

/*
 * Wrap one paragraph (no '\n' in it) of len bytes, greedily: a line takes characters
 * while they fit and ends at the last place UAX #14 allows a break; spaces at the end
 * of a line hang and are dropped. A word wider than the line is cut between characters
 * (a character wider than the line gets a line of its own).
 *
 * This is u8_width_linebreaks() done by hand over u8_possible_linebreaks(): that
 * function counts the spaces after a word against the width (so "ab cd" does not fit in
 * 5 columns), counts control characters as zero columns where we show two, and leaves
 * long words sticking out.
 */
static int wrap_para(const char *p, size_t len, int cols,
		     void (*line)(const char *, size_t, void *), void *arg)
{
	const uint8_t *u = (const uint8_t *)p;
	size_t start = 0, brk_at = 0, i = 0;
	char *brk;
	int col = 0, w, k, lines = 0;
	ucs4_t uc;

	if (len == 0) {
		emit(p, 0, line, arg);
		return 1;
	}
	if ((brk = malloc(len)) != NULL)
		u8_possible_linebreaks(u, len, ENCODING, brk);
	while (i < len) {
		k = decode(u + i, len - i, &uc);
		if (brk && brk[i] == UC_BREAK_MANDATORY) {
			/* p[i] is itself a line end (CR, VT, FF, NEL, U+2028...). */
			emit(p + start, i - start, line, arg);
			lines++;
			i += (size_t)k;
			start = brk_at = i;
			col = 0;
			continue;
		}
		if (brk && brk[i] == UC_BREAK_POSSIBLE && i > start)
			brk_at = i;
		w = text_char_width(uc);
		if (uc != ' ' && col + w > cols && i > start) {
			if (brk_at > start) {
				/* End the line at the last break; what came after it
				 * starts the next one. */
				emit(p + start, brk_at - start, line, arg);
				lines++;
				col = text_nwidth(p + brk_at, i - brk_at);
				start = brk_at;
			}
			if (col + w > cols && i > start) {
				/* One word is wider than the line: cut it here. The
				 * character at i has columns, so it is no combining mark. */
				emit(p + start, i - start, line, arg);
				lines++;
				col = 0;
				start = brk_at = i;
			}
		}
		col += w;
		i += (size_t)k;
	}
	/* The last line; a paragraph that ended with a line-end character gets no empty
	 * line after it, as the whole text gets none after a final '\n'. */
	if (start < len || lines == 0) {
		emit(p + start, len - start, line, arg);
		lines++;
	}
	free(brk);
	return lines;
}

int text_wrap(const char *s, int cols,
	      void (*line)(const char *start, size_t bytes, void *arg), void *arg)
{
	const char *nl;
	size_t len;
	int lines = 0;

	if (!s)
		return 0;
	if (cols < 1)
		cols = 1;
	while (*s) {
		nl = strchr(s, '\n');
		len = nl ? (size_t)(nl - s) : strlen(s);
		if (len > 0 && s[len - 1] == '\r')
			len--;		/* a CR LF line end */
		lines += wrap_para(s, len, cols, line, arg);
		if (!nl)
			break;
		s = nl + 1;
	}
	return lines;
}

char *text_nfkc(const char *s)
{
	const uint8_t *u = (const uint8_t *)(s ? s : "");
	size_t len = strlen((const char *)u), n, a, b;
	uint8_t *r;

	size_t ascii = 0;
	while (ascii < len && u[ascii] < 0x80)
		ascii++;
	if (ascii == len) {
		/* ASCII is its own NFKC: a copy, without the cost of normalising (the
		 * membership numbers, dates and amounts of every imported row) */
		r = malloc(len + 1);
		if (!r)
			return NULL;
		memcpy(r, u, len + 1);
		n = len + 1;
	} else {
		if (u8_check(u, len))
			return NULL;	/* u8_normalize would quietly substitute U+FFFD */
		/* Normalising the terminating NUL too (a starter, which stays put) gives a
		 * NUL-terminated result. */
		r = u8_normalize(UNINORM_NFKC, u, len + 1, NULL, &n);
		if (!r)
			return NULL;
	}
	/* NFKC has turned U+3000 and the other wide spaces into U+0020. */
	for (a = 0; r[a] && strchr(" \t\n\r\f\v", r[a]); a++)
		;
	for (b = n - 1; b > a && strchr(" \t\n\r\f\v", r[b - 1]); b--)
		;
	memmove(r, r + a, b - a);
	r[b - a] = '\0';
	return (char *)r;
}

char *text_fold(const char *s)
{
	char *t = text_nfkc(s);
	uint8_t *r;
	size_t n;

	if (!t)
		return NULL;
	/* No language: the same folding for everyone (no Turkish dotless i). Folded text
	 * need not be normalised any more, so ask for NFKC again on the way out. The NUL
	 * is included, as in text_nfkc(). */
	r = u8_casefold((const uint8_t *)t, strlen(t) + 1, NULL, UNINORM_NFKC, NULL, &n);
	free(t);
	return (char *)r;
}

/* The initial letter of the first Mandarin reading of uc, or 0 if it has none. */
static char han_initial(ucs4_t uc)
{
	uint32_t page = uc >> PINYIN_PAGE_BITS;
	uint16_t row;
	char c;

	if (page < pinyin_page0 || page - pinyin_page0 >= pinyin_npages)
		return 0;
	row = pinyin_index[page - pinyin_page0];
	if (row == PINYIN_NONE)
		return 0;
	c = pinyin_rows[row][uc & (PINYIN_PAGE - 1)];
	return c >= 'a' && c <= 'z' ? c : 0;
}

/*
 * Surnames read differently from the character's first Mandarin reading in Unihan
 * (曾 is céng there, but the surname is Zēng). Used for the first Han character of a
 * name only, where a surname stands. Sorted by code point (bsearch).
 */
struct surname { ucs4_t uc; char initial; };
static const struct surname surnames[] = {
	{ 0x4E48, 'y' },	/* 么 Yāo */
	{ 0x4E50, 'y' },	/* 乐 Yuè */
	{ 0x4E5C, 'n' },	/* 乜 Niè */
	{ 0x4EC7, 'q' },	/* 仇 Qiú */
	{ 0x533A, 'o' },	/* 区 Ōu */
	{ 0x5340, 'o' },	/* 區 Ōu */
	{ 0x5355, 's' },	/* 单 Shàn */
	{ 0x53EC, 's' },	/* 召 Shào */
	{ 0x55AE, 's' },	/* 單 Shàn */
	{ 0x5C09, 'y' },	/* 尉 Yù (尉迟) */
	{ 0x66FE, 'z' },	/* 曾 Zēng */
	{ 0x67E5, 'z' },	/* 查 Zhā */
	{ 0x6A02, 'y' },	/* 樂 Yuè */
	{ 0x79CD, 'c' },	/* 种 Chóng */
	{ 0x79D8, 'b' },	/* 秘 Bì */
	{ 0x7A2E, 'c' },	/* 種 Chóng */
	{ 0x7E41, 'p' },	/* 繁 Pó */
	{ 0x7FDF, 'z' },	/* 翟 Zhái */
	{ 0x8983, 'q' },	/* 覃 Qín */
	{ 0x89E3, 'x' },	/* 解 Xiè */
	{ 0x95DE, 'k' },	/* 闞 Kàn */
	{ 0x961A, 'k' },	/* 阚 Kàn */
	{ 0x9697, 'w' },	/* 隗 Wěi */
};

static int surname_cmp(const void *key, const void *elem)
{
	ucs4_t a = *(const ucs4_t *)key, b = ((const struct surname *)elem)->uc;
	return a < b ? -1 : a > b;
}

static char surname_initial(ucs4_t uc)
{
	const struct surname *hit = bsearch(&uc, surnames, sizeof surnames / sizeof surnames[0],
					    sizeof surnames[0], surname_cmp);
	return hit ? hit->initial : 0;
}

char *text_initials(const char *s, char *buf, size_t n)
{
	const uint8_t *u = (const uint8_t *)(s ? s : "");
	size_t len = strlen((const char *)u), i = 0, out = 0;
	ucs4_t uc;
	char c;

	if (!buf || n == 0)
		return buf;
	while (i < len && out + 1 < n) {
		i += decode(u + i, len - i, &uc);
		if (uc >= 'A' && uc <= 'Z')
			c = (char)(uc - 'A' + 'a');
		else if ((uc >= 'a' && uc <= 'z') || (uc >= '0' && uc <= '9'))
			c = (char)uc;
		else if (out == 0 && (c = surname_initial(uc)) != 0)
			;	/* a surname with its own reading */
		else
			c = han_initial(uc);	/* 0 for anything else */
		if (c)
			buf[out++] = c;
	}
	buf[out] = '\0';
	return buf;
}

/*
 * text_fold() for text from the database, which may not be valid UTF-8: bad bytes
 * become U+FFFD first, so that the rest of the name can still be found. NULL is "".
 */
static char *fold_any(const char *s)
{
	const uint8_t *u = (const uint8_t *)(s ? s : "");
	size_t len = strlen((const char *)u), i = 0, out = 0;
	char *r, *t;
	ucs4_t uc;
	int k;

	if ((r = text_fold((const char *)u)) != NULL || !u8_check(u, len))
		return r;	/* folded, or out of memory */
	if (!(t = malloc(3 * len + 1)))
		return NULL;
	while (i < len) {
		k = decode(u + i, len - i, &uc);
		if (uc == BAD) {
			memcpy(t + out, "\xef\xbf\xbd", 3);
			out += 3;
		} else {
			memcpy(t + out, u + i, (size_t)k);
			out += (size_t)k;
		}
		i += (size_t)k;
	}
	t[out] = '\0';
	r = text_fold(t);
	free(t);
	return r;
}

int text_match(const char *q, const char *name, const char *number)
{
	char *fq, *fname = NULL, *fnum = NULL, *ini = NULL;
	const char *c;
	int hit = 0, letters;

	if (!(fq = fold_any(q)))
		return 0;
	if (!*fq) {
		free(fq);
		return 1;	/* an empty search shows everything */
	}
	fname = fold_any(name);
	fnum = fold_any(number);
	if ((fname && strstr(fname, fq)) || (fnum && strstr(fnum, fq)))
		hit = 1;
	for (letters = 1, c = fq; *c && letters; c++)
		letters = *c >= 'a' && *c <= 'z';
	/* The initials are taken from the folded name, where NFKC has already turned
	 * compatibility ideographs and full-width letters into the usual ones. */
	if (!hit && letters && fname && (ini = malloc(strlen(fname) + 1)) != NULL) {
		text_initials(fname, ini, strlen(fname) + 1);
		hit = strstr(ini, fq) != NULL;
	}
	free(ini);
	free(fnum);
	free(fname);
	free(fq);
	return hit;
}

int text_valid(const char *s, size_t len)
{
	if (!s)
		return len == 0;
	return u8_check((const uint8_t *)s, len) == NULL;
}

uint32_t text_forbidden(const char *s, int multiline, size_t *at)
{
	const uint8_t *u = (const uint8_t *)s;
	size_t len = strlen(s), i = 0;
	while (i < len) {
		ucs4_t uc;
		int k = decode(u + i, len - i, &uc);
		int bad = uc == BAD || uc < 0x20 || uc == 0x7f || (uc >= 0x80 && uc < 0xa0) ||
			  text_reorders(uc) || uc == 0x2028 || uc == 0x2029 || uc == 0xfeff;
		if (multiline && (uc == '\t' || uc == '\n'))
			bad = 0;
		if (bad) {
			if (at)
				*at = i;
			return uc == BAD ? 0xfffd : uc;
		}
		i += (size_t)k;
	}
	return 0;
}

int text_has_control(const char *s) { return text_forbidden(s, 0, NULL) != 0; }

int text_showable(const char *s, int multiline) { return text_forbidden(s, multiline, NULL) == 0; }

/* "what: too long; it holds at most N Chinese characters or M letters and digits, and
 * this has K characters." */
static err_code text_too_long(const char *what, int chinese, int letters, const char *s,
			      struct err *e)
{
	int chars = (int)u8_mbsnlen((const uint8_t *)s, strlen(s));
	/* L10N: %1$s the field or column (note), %2$d how many Chinese characters fit,
	 * %3$d how many letters or digits fit, %4$d how many characters the value has. */
	return err_set(e, ERR_INPUT, _("%1$s: too long; it holds at most %2$d Chinese characters "
				       "or %3$d letters and digits, and this has %4$d characters."),
		       what, chinese, letters, chars);
}

err_code text_copy(char *out, size_t size, const char *s, const char *what, struct err *e)
{
	if (!s)
		s = "";
	size_t len = strlen(s);
	if (size > 0 && len < size) {
		memcpy(out, s, len + 1);
		return ERR_OK;
	}
	if (size > 0)
		out[0] = '\0';
	return text_too_long(what, (int)(size > 0 ? (size - 1) / 3 : 0),
			     (int)(size > 0 ? size - 1 : 0), s, e);
}

int text_limit_count(struct text_limit l)
{
	if (l.code || l.unit == TEXT_CHARS)
		return l.n;
	return l.unit == TEXT_COLUMNS ? l.n / 2 : l.n / 3;
}

err_code text_limit_check(const char *s, struct text_limit l, const char *what,
			  struct err *e)
{
	if (!s)
		s = "";
	if (l.n <= 0)
		return ERR_OK;
	switch (l.unit) {
	case TEXT_BYTES:
		if (strlen(s) <= (size_t)l.n)
			return ERR_OK;
		return text_too_long(what, l.n / 3, l.n, s, e);
	case TEXT_COLUMNS:
		if (text_width(s) <= l.n)
			return ERR_OK;
		return text_too_long(what, l.n / 2, l.n, s, e);
	case TEXT_CHARS: {
		int chars = (int)u8_mbsnlen((const uint8_t *)s, strlen(s));
		if (chars <= l.n)
			return ERR_OK;
		/* L10N: %1$s the field (School), %2$d how many characters fit (of any
		 * kind), %3$d how many the value has. */
		return err_set(e, ERR_INPUT, ngettext("%1$s: too long; it holds at most %2$d "
						      "character, and this has %3$d.",
						      "%1$s: too long; it holds at most %2$d "
						      "characters, and this has %3$d.", l.n),
			       what, l.n, chars);
	}
	}
	return ERR_OK;
}

/*
 * text.h — the one width API. Every column count on screen and in printed reports comes
 * from here (libunistring underneath, "UTF-8" as the encoding argument so that
 * ambiguous-width characters agree with ncursesw/glibc wcwidth). Nothing else computes
 * columns; nothing uses strlen() to mean width.
 *
 * Strings are UTF-8. Invalid bytes are tolerated: each counts as one column and is shown
 * as U+FFFD. Control characters (C0, DEL, C1) and the characters that reorder text
 * (bidi overrides, isolates, marks) are never passed through to a terminal: text_clean()
 * turns them into visible text ("^[" for ESC, "^?" for DEL, "<85>" for C1, "<202e>" for
 * RIGHT-TO-LEFT OVERRIDE) and widths count them as shown.
 */
#ifndef GH_TEXT_H
#define GH_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

/* Display columns of s as it would be shown after text_clean(). 张三 → 4, "ab" → 2. */
int text_width(const char *s);

/* The same for the first len bytes of s (which need not be NUL-terminated there): the
 * column of the cursor at byte offset len, for the form editor. */
int text_nwidth(const char *s, size_t len);

/* Columns of one code point (0 for combining marks, 2 for CJK, 1 otherwise). */
int text_char_width(uint32_t uc);

/* Byte length of the character at s (1 for an invalid byte, 0 at the terminating NUL). */
int text_char_len(const char *s);

/* Byte offset of the character boundary before / after byte offset pos in s (of length
 * len). Used by the form editor so the cursor never lands inside a character. Combining
 * marks stay with their base character. */
size_t text_prev(const char *s, size_t pos);
size_t text_next(const char *s, size_t len, size_t pos);

/* Copy s into buf (size n) with control characters made visible (ESC → "^[",
 * DEL → "^?", other C0 → "^X", C1 → "<9b>") and invalid bytes replaced by U+FFFD.
 * Always NUL-terminates; cuts only at a character boundary. Returns buf. */
char *text_clean(const char *s, char *buf, size_t n);

/* Fit s (cleaned as above) into at most cols columns: if it is wider, cut it at a
 * character boundary and end it with "…" (one column), so the result is never wider
 * than cols and never splits a character. Returns buf. */
char *text_trunc(const char *s, int cols, char *buf, size_t n);

/* Like text_trunc, then pad with spaces to exactly cols columns: on the right when
 * align is TEXT_LEFT, on the left when TEXT_RIGHT. A wide character that would straddle
 * the last column is replaced by "…" and a space as needed so the width is exact. */
enum { TEXT_LEFT = 0, TEXT_RIGHT = 1 };
char *text_pad(const char *s, int cols, int align, char *buf, size_t n);

/* Wrap s into lines of at most cols columns, breaking where Unicode allows
 * (u8_width_linebreaks), never inside a character; existing newlines are kept.
 * Calls line(start, bytes, arg) for each line (without the newline). Returns the number
 * of lines. */
int text_wrap(const char *s, int cols,
	      void (*line)(const char *start, size_t bytes, void *arg), void *arg);

/* NFKC-normalise s (full-width digits and letters become ASCII, "１２３４．５" →
 * "1234.5", ideographic space U+3000 → " ") and trim leading/trailing white space.
 * Returns a malloc'd string (caller frees), or NULL on invalid UTF-8 or no memory. */
char *text_nfkc(const char *s);

/* NFKC + Unicode case folding, for comparison and search. malloc'd, caller frees. */
char *text_fold(const char *s);

/* Pinyin initials of s for search: each Han character becomes the lower-case initial
 * of its first Mandarin reading (张三 → "zs", 周烨 → "zy", 欧阳娜娜 → "oynn"), ASCII
 * letters and digits are kept lower-cased, everything else is dropped.
 * Writes into buf (size n), always NUL-terminated. Returns buf. */
char *text_initials(const char *s, char *buf, size_t n);

/* Does the search string q match the name or number? True when the folded q is a
 * substring of the folded name, of the folded number, or of the name's pinyin initials
 * (only when q is all ASCII letters). An empty q matches everything. */
int text_match(const char *q, const char *name, const char *number);

/* Is s valid UTF-8? */
int text_valid(const char *s, size_t len);

/* Does text reorder around uc when it is shown: a bidi embedding, override or isolate
 * (U+202A…U+202E, U+2066…U+2069) or a direction mark (U+200E, U+200F, U+061C)? Such
 * characters are shown as text ("<202e>"), like control characters. */
int text_reorders(uint32_t uc);

/* The one check of what may be kept in a field, for every field of every record: the
 * first character of s that may not be, or 0 when there is none. Refused are C0 control
 * characters (with multiline set, as for a note, all but Tab and line feed), DEL, C1
 * control characters, the characters that reorder text (text_reorders), the line and
 * paragraph separators U+2028/U+2029, a byte-order mark inside the text (U+FEFF, left
 * by files pasted together; invisible, it makes two equal names differ), and invalid
 * UTF-8 (reported as U+FFFD). *at (when
 * given) gets the byte offset of the character. */
uint32_t text_forbidden(const char *s, int multiline, size_t *at);

/* Does s hold a character text_forbidden refuses in a one-line field? */
int text_has_control(const char *s);

/* Copy s into out (size bytes, NUL included) when it fits; otherwise ERR_INPUT with a
 * sentence naming `what` (a column or a field) and its limit in Chinese characters and
 * in letters, and out is left empty. A value is never cut: every path from input to a
 * fixed buffer of a record goes through this. */
err_code text_copy(char *out, size_t size, const char *s, const char *what, struct err *e);

/* How much a text field holds, as core's checks count it: the one description a screen
 * shows beside the field and refuses by, so a limit is written once, in core.
 *   TEXT_BYTES    n bytes (a record's buffer less its NUL): n/3 Chinese characters
 *   TEXT_COLUMNS  n screen columns (a name): n/2 Chinese characters
 *   TEXT_CHARS    n characters of any kind (a setting)
 * code: the value is a code of letters and digits (a membership number, a phone), so a
 * screen states the limit in letters. n == 0: no limit is known. */
enum text_unit { TEXT_BYTES, TEXT_COLUMNS, TEXT_CHARS };
struct text_limit {
	enum text_unit unit;
	int n;
	int code;
};

/* The limit as a person counts it: Chinese characters, or letters and digits for a
 * code. {TEXT_BYTES, 511} → 170; {TEXT_COLUMNS, 40} → 20; with code set → 511, 40. */
int text_limit_count(struct text_limit l);

/* ERR_OK when s is within l; else ERR_INPUT with one sentence naming `what` and the
 * limit (text_copy's sentence for bytes and columns). A limit of 0 lets anything by. */
err_code text_limit_check(const char *s, struct text_limit l, const char *what,
			  struct err *e);

/* Can s be kept in a field and shown: text_forbidden(s, multiline) finds nothing. */
int text_showable(const char *s, int multiline);

#endif

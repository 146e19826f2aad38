/*
 * money.h — amounts of money are int64_t fen (分), never floating point.
 * Shown as "1,234.50"; parsed from "1234.5", "1,234.50", "１２３４．５" (full-width,
 * via NFKC), "1234.50元", "¥12". A value that does not parse is an error, not zero.
 */
#ifndef GH_MONEY_H
#define GH_MONEY_H

#include <stddef.h>
#include <stdint.h>

#include "core/error.h"

/* Largest amount accepted: 100 billion yuan, far above any union's books and far below
 * int64 overflow even when summed. */
#define MONEY_MAX INT64_C(10000000000000)

/* Parse s into fen. A leading '-' is accepted (callers refuse it where it makes no
 * sense). Empty, "12.345", "1.2.3", "abc", "1,23" and anything above MONEY_MAX are
 * errors with a sentence naming the text. */
err_code money_parse(const char *s, int64_t *fen, struct err *e);

/* "1,234.50" / "-0.50". Returns buf (at least 32 bytes is always enough). */
char *money_format(int64_t fen, char *buf, size_t n);
/* "1234.50" for CSV and machines. */
char *money_plain(int64_t fen, char *buf, size_t n);
/* "1234.5" → "1234.5", "2400" for whole yuan: the shortest exact form, for sentences
 * ("发放慰问金2400元"). */
char *money_short(int64_t fen, char *buf, size_t n);

/* The amount in capital numerals (大写金额) as the People's Bank rules write them on
 * cheques and sign-sheets: 1933000 fen → 壹万玖仟叁佰叁拾元整, 1000 → 壹拾元整, 100500 →
 * 壹仟零伍元整, 150 → 壹元伍角整, 105 → 壹元零伍分, 5 → 伍分, 0 → 零元整; below zero
 * with 负 in front. hant: traditional characters (貳 參 陸 萬 億 負) instead of
 * simplified. At least 160 bytes is always enough. Returns buf. */
char *money_capital(int64_t fen, int hant, char *buf, size_t n);

#endif

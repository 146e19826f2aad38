/*
 * pinyin.h — the table behind text_initials(): for every CJK ideograph that Unihan gives
 * a Mandarin reading (field kMandarin), the initial letter of its first reading
 * (张 zhāng → 'z', 欧 ōu → 'o'). Generated at build time by tools/gen-pinyin.sh into
 * build/pinyin_table.c; only core/text.c reads it.
 *
 * Code points are grouped in pages of PINYIN_PAGE. Page p (cp >> PINYIN_PAGE_BITS) is
 * described by pinyin_index[p - pinyin_page0] when 0 <= p - pinyin_page0 < pinyin_npages:
 * either PINYIN_NONE (no code point in the page has a reading) or the number of its row
 * in pinyin_rows. A row is a string with one byte per code point of the page, 'a'..'z',
 * or '.' where there is no reading. About 600 rows cover the URO, extensions A–H and
 * the compatibility ideographs: some 80 KB, looked up in constant time.
 */
#ifndef GH_PINYIN_H
#define GH_PINYIN_H

#include <stdint.h>

#define PINYIN_PAGE_BITS 7
#define PINYIN_PAGE (1 << PINYIN_PAGE_BITS)
#define PINYIN_NONE 0xffff

extern const uint32_t pinyin_page0;	/* first page described by pinyin_index */
extern const uint32_t pinyin_npages;	/* entries in pinyin_index */
extern const uint16_t pinyin_index[];
extern const char pinyin_rows[][PINYIN_PAGE + 1];

#endif

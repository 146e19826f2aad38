/*
 * pick.h — the member picker behind a form's member field (FK_MEMBER). A person types a
 * membership number (Ｔ００４ from an input method is fine), a name (王芳) or a name's
 * pinyin initials (zs for 张三); pick_lookup says whom that means, and when several
 * members match (two 王芳 is normal), pick_member lets the person choose one in a small
 * list drawn over the form. Both page through core/member.h's query (member_count,
 * member_page): neither ever loads the whole roll.
 */
#ifndef GH_PICK_H
#define GH_PICK_H

#include "core/error.h"
#include "core/member.h"

/* Whom text means: the member with exactly that number, else the one member whose name,
 * number or pinyin initials match. ERR_OK with *m filled when there is exactly one;
 * otherwise *matches (if not NULL) gets how many match and e says so: none ("No member
 * matches …") or several ("N members match …: choose one"). */
err_code pick_lookup(const char *text, struct member *m, int *matches, struct err *e);

/* The list of the members matching text over whatever is on screen, its top row at
 * screen row y (or higher, so that it fits). Arrows move, Enter picks into *m, Esc goes
 * back. Returns 1 when a member was picked, 0 on Esc, -1 when a stop signal arrived. */
int pick_member(const char *text, int y, struct member *m);

#endif

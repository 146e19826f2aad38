/*
 * stmtcache.c — statements prepared once and reused (see stmtcache.h). An open-address
 * hash table of STMTCACHE_MAX slots over the SQL text; each slot holds one prepared
 * statement and whether it is handed out.
 */
#include "db/stmtcache.h"

#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

enum { SLOTS = STMTCACHE_MAX * 2 };   /* at most half full: probes stay short */

static struct {
	struct slot {
		db_stmt *st;           /* NULL: empty */
		uint32_t hash;
		int busy;              /* handed out, not yet put back */
	} slot[SLOTS];
	int held;
	long prepared, reused;
	struct slot *out[16];   /* the slots handed out, most recent last: put finds its own */
	int nout;
} cache;

static uint32_t stmtcache_hash(const char *s)
{
	uint32_t h = 2166136261u;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot holding sql, or the empty slot where it would go (NULL: table full). */
static struct slot *stmtcache_find(const char *sql, uint32_t h)
{
	for (uint32_t i = 0; i < SLOTS; i++) {
		struct slot *s = &cache.slot[(h + i) % SLOTS];
		if (!s->st)
			return s;
		if (s->hash == h && strcmp(sqlite3_sql(s->st), sql) == 0)
			return s;
	}
	return NULL;
}

db_stmt *stmtcache_get(struct err *e, const char *sql)
{
	uint32_t h = stmtcache_hash(sql);
	struct slot *s = stmtcache_find(sql, h);
	if (s && s->st && !s->busy) {
		s->busy = 1;
		cache.reused++;
		if (cache.nout < 16)
			cache.out[cache.nout++] = s;
		return s->st;
	}
	db_stmt *st = db_prepare(e, sql);
	if (!st)
		return NULL;
	cache.prepared++;
	/* Kept only when SQLite saw the whole text (one statement), so that put finds it
	 * again by the text SQLite gives back. */
	if (s && !s->st && cache.held < STMTCACHE_MAX && strcmp(sqlite3_sql(st), sql) == 0) {
		s->st = st;
		s->hash = h;
		s->busy = 1;
		cache.held++;
		if (cache.nout < 16)
			cache.out[cache.nout++] = s;
	}
	return st;
}

void stmtcache_put(db_stmt **st)
{
	if (!st || !*st)
		return;
	sqlite3_reset(*st);
	sqlite3_clear_bindings(*st);
	struct slot *s = NULL;
	for (int i = cache.nout - 1; i >= 0 && !s; i--)
		if (cache.out[i]->st == *st) {
			s = cache.out[i];
			memmove(cache.out + i, cache.out + i + 1,
				sizeof cache.out[0] * (size_t)(cache.nout - i - 1));
			cache.nout--;
		}
	if (!s) {
		/* handed out beyond the 16 remembered: found by its text */
		const char *sql = sqlite3_sql(*st);
		s = sql ? stmtcache_find(sql, stmtcache_hash(sql)) : NULL;
	}
	if (s && s->st == *st)
		s->busy = 0;
	else
		sqlite3_finalize(*st);
	*st = NULL;
}

void stmtcache_clear(void)
{
	for (int i = 0; i < SLOTS; i++)
		if (cache.slot[i].st)
			sqlite3_finalize(cache.slot[i].st);
	memset(cache.slot, 0, sizeof cache.slot);
	cache.held = 0;
	cache.nout = 0;
}

void stmtcache_stats(struct stmtcache_stats *out)
{
	out->prepared = cache.prepared;
	out->reused = cache.reused;
	out->held = cache.held;
}

/* schema.h — the migrations compiled into the binary (generated build/schema.c). */
#ifndef GH_SCHEMA_H
#define GH_SCHEMA_H

struct schema_migration {
	int version;        /* NNN of db/schema/NNN-name.sql; 1, 2, 3 … without gaps */
	const char *name;
	const char *sql;
};

extern const struct schema_migration schema_migrations[];
extern const int schema_count;

#endif

/*
 * gen_data.c — builds the benchmark database of doc/design.md "Speed and size": 2,000
 * members over 20 years (2006–2025) with a dues row for every member-month they were
 * active (~450,000 rows), welfare grants, visits and must-visit items, events and
 * sign-ups, donation drives, proposals, and the ledger entries all of these post.
 *
 *     build/bench/gen_data FILE.db [row|month] [MEMBERS] [YEARS]
 *
 * MEMBERS (2,000) and YEARS (20, ending with 2025) scale the roll and the history.
 * row (the default): one ledger entry per dues row, as `gonghui import dues` posts them
 * (the worst case for the ledger); month: one entry per month, as the monthly dues
 * screen posts them. Seeded, so every run builds the same file. Written in one
 * transaction with prepared statements, through db/ so the schema, its triggers and
 * the audit log are the real ones.
 */
#include "core/date.h"
#include "db/db.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { MAX_MEMBERS = 100000 };
static int MEMBERS = 2000, YEARS = 20, FIRST_YEAR = 2006;

static uint64_t seed = 20250615;

static int rnd(int n)
{
	seed = seed * 6364136223846793005u + 1442695040888963407u;
	return (int)((seed >> 33) % (uint64_t)n);
}

static void die(const struct err *e, const char *what)
{
	fprintf(stderr, "gen_data: %s: %s\n", what, e->msg);
	exit(1);
}

/* Bind, step once, reset: for the prepared inserts below. */
static void ins(db_stmt *st, const char *types, ...)
{
	struct err e = { 0 };
	va_list ap;
	va_start(ap, types);
	if (db_bindv(st, &e, types, ap) != ERR_OK || db_step(st, &e) != DB_DONE)
		die(&e, "insert");
	va_end(ap);
	db_reset(st);
}

static db_stmt *prep(const char *sql)
{
	struct err e = { 0 };
	db_stmt *st = db_prepare(&e, sql);
	if (!st)
		die(&e, sql);
	return st;
}

static void day(int y, int m, int d, char out[DATE_LEN])
{
	int last = date_days_in_month(y, m);
	snprintf(out, DATE_LEN, "%04d-%02d-%02d", y, m, d > last ? last : d);
}

static const char *const kinds[] = {
	"illness", "hospital", "wedding", "bereavement", "childbirth", "retirement",
	"hardship", "holiday", "birthday", "longevity", "elderly_day", "disaster", "other",
};
static const char *const accounts[] = { "50205", "50205", "50205", "50205", "50205",
	"50205", "50204", "50104", "50104", "50205", "50104", "50204", "508" };
static const char *const must[] = { NULL, "hospital", "wedding", "bereavement",
	"childbirth", "retirement", "hardship", NULL, NULL, NULL, NULL, NULL, NULL };
static const char *const event_kinds[] = {
	"sports", "culture", "outing", "health_check", "rest_leave", "blood_donation",
	"training", "celebration", "other",
};

int main(int argc, char **argv)
{
	if (argc >= 4)
		MEMBERS = atoi(argv[3]);
	if (argc >= 5)
		YEARS = atoi(argv[4]);
	FIRST_YEAR = 2026 - YEARS;
	if (argc < 2 || argc > 5 || (argc >= 3 && strcmp(argv[2], "row") &&
				     strcmp(argv[2], "month")) ||
	    MEMBERS < 1 || MEMBERS > MAX_MEMBERS || YEARS < 1 || YEARS > 40) {
		fprintf(stderr, "usage: gen_data FILE.db [row|month] [MEMBERS] [YEARS]\n");
		return 2;
	}
	int per_row = argc < 3 || strcmp(argv[2], "row") == 0;
	struct err e = { 0 };
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	unlink(argv[1]);
	if (db_open(argv[1], &e) != ERR_OK)
		die(&e, argv[1]);
	/* A throw-away file: no need to survive a power cut while it is written. */
	if (db_exec_script(&e, "PRAGMA synchronous=OFF; PRAGMA journal_mode=OFF;"
			       " PRAGMA cache_size=-262144;") != ERR_OK)
		die(&e, "pragmas");
	if (db_begin(&e) != ERR_OK)
		die(&e, "begin");

	db_stmt *member = prep("INSERT INTO member(id, no, name, gender, join_date, status,"
			       " status_date, wage_base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	db_stmt *dues = prep("INSERT INTO dues(member_id, month, amount, paid_on, entry_id)"
			     " VALUES (?, ?, ?, ?, ?)");
	db_stmt *entry = prep("INSERT INTO ledger_entry(date, debit, credit, amount,"
			      " description, source) VALUES (?, ?, ?, ?, ?, ?)");
	db_stmt *welfare = prep("INSERT INTO welfare(date, member_id, kind, cash, goods,"
				" goods_value, paid_by, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	db_stmt *visit = prep("INSERT INTO visit(date, member_id, reason, visitors, welfare_id)"
			      " VALUES (?, ?, ?, '工会主席', ?)");
	db_stmt *mustv = prep("INSERT INTO must_visit(member_id, reason, opened_on, welfare_id,"
			      " closed_on) VALUES (?, ?, ?, ?, ?)");
	db_stmt *event = prep("INSERT INTO event(id, code, name, kind, start_date, capacity)"
			      " VALUES (?, ?, ?, ?, ?, ?)");
	db_stmt *signup = prep("INSERT OR IGNORE INTO signup(event_id, member_id, family,"
			       " status, seq) VALUES (?, ?, ?, ?, ?)");
	db_stmt *drive = prep("INSERT INTO drive(id, name, date) VALUES (?, ?, ?)");
	db_stmt *gift = prep("INSERT INTO donation(drive_id, date, member_id, amount, entry_id)"
			     " VALUES (?, ?, ?, ?, ?)");
	db_stmt *proposal = prep("INSERT INTO proposal(date, member_id, title, status, answer)"
				 " VALUES (?, ?, ?, ?, ?)");

	/* Members: joined 1985–2015; by 2025 about 12% retired and 5% left, with the
	 * month of the change spread over the 20 years. */
	static int join_m[MAX_MEMBERS + 1], end_m[MAX_MEMBERS + 1];
	static int64_t due[MAX_MEMBERS + 1];
	int rows = 0;
	for (int id = 1; id <= MEMBERS; id++) {
		char no[16], name[32], join[DATE_LEN], changed[DATE_LEN] = "";
		int jy = 1985 + rnd(31), jm = 1 + rnd(12);
		day(jy, jm, 1 + rnd(28), join);
		join_m[id] = jy * 12 + jm - 1;
		const char *status = "active";
		int r = rnd(100);
		end_m[id] = 99999;
		if (r < 17) {
			int cy = FIRST_YEAR + rnd(YEARS), cm = 1 + rnd(12);
			if (cy * 12 + cm - 1 > join_m[id]) {
				status = r < 12 ? "retired" : "left";
				day(cy, cm, 1 + rnd(28), changed);
				end_m[id] = cy * 12 + cm - 1;
			}
		}
		int64_t wage = 200000 + rnd(600000);   /* 2,000–8,000 yuan */
		due[id] = wage / 1000 * 5;
		snprintf(no, sizeof no, "T%05d", id);
		snprintf(name, sizeof name, "会员%d", id);
		ins(member, "itttttti", (int64_t)id, no, name, rnd(2) ? "f" : "m", join,
		    status, changed[0] ? changed : NULL, wage);
		rows++;
	}

	/* Dues for every active member-month, paid on the 10th; their ledger entries. */
	for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++)
		for (int m = 1; m <= 12; m++) {
			char month[MONTH_LEN], paid[DATE_LEN], desc[64];
			int mi = y * 12 + m - 1;
			snprintf(month, sizeof month, "%04d-%02d", y, m);
			day(y, m, 10, paid);
			int64_t total = 0, batch = 0;
			if (!per_row) {
				for (int id = 1; id <= MEMBERS; id++)
					if (join_m[id] <= mi && mi < end_m[id])
						total += due[id];
				snprintf(desc, sizeof desc, "Dues for %s", month);
				ins(entry, "tttitt", paid, "101", "401", total, desc, "dues");
				batch = db_last_id();
				rows++;
			}
			for (int id = 1; id <= MEMBERS; id++) {
				if (join_m[id] > mi || mi >= end_m[id])
					continue;
				int64_t eid = batch;
				if (per_row) {
					snprintf(desc, sizeof desc, "Dues for %s: T%05d", month, id);
					ins(entry, "tttitt", paid, "101", "401", due[id], desc, "dues");
					eid = db_last_id();
					rows++;
				}
				ins(dues, "ititi", (int64_t)id, month, due[id], paid, eid);
				rows++;
			}
		}

	/* Per year: 3,000 welfare grants (union-paid ones posted), 3,000 visits, 30 events
	 * of up to 60 sign-ups, 2 drives of 150 gifts, 50 proposals, 100 other entries. */
	for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
		char d[DATE_LEN], closed[DATE_LEN];
		for (int i = 0; i < 3000; i++) {
			int k = rnd(13), id = 1 + rnd(MEMBERS), m = 1 + rnd(12);
			int64_t cash = 10000 * (1 + rnd(10)), goods = rnd(3) ? 0 : 5000 + rnd(20000);
			int school = rnd(5) == 0;
			day(y, m, 1 + rnd(28), d);
			int64_t eid = 0;
			if (!school) {
				ins(entry, "tttitt", d, accounts[k], "101", cash + goods, "Welfare",
				    "welfare");
				eid = db_last_id();
			}
			ins(welfare, school ? "titititn" : "titititi", d, (int64_t)id, kinds[k], cash, goods ? "水果" : "",
			    goods, school ? "school" : "union", eid);
			int64_t wid = db_last_id();
			ins(visit, "titi", d, (int64_t)id, kinds[k], wid);
			rows += 3;
			if (must[k]) {
				int open = y == FIRST_YEAR + YEARS - 1 && rnd(10) == 0;
				int cy = y, cm = m;
				if (cm < 12)
					cm++;
				day(cy, cm, 1 + rnd(28), closed);
				ins(mustv, "ittit", (int64_t)id, must[k], d, wid, open ? NULL : closed);
				rows++;
			}
		}
		for (int i = 0; i < 30; i++) {
			char code[32], name[32];
			int64_t ev = (int64_t)(y - FIRST_YEAR) * 30 + i + 1;
			snprintf(code, sizeof code, "E%d-%02d", y, i + 1);
			snprintf(name, sizeof name, "活动%d-%d", y, i + 1);
			day(y, 1 + rnd(12), 1 + rnd(28), d);
			ins(event, "ittttd", ev, code, name, event_kinds[rnd(9)], d, 0);
			int n = 10 + rnd(50);
			for (int s = 0; s < n; s++) {
				static const char *const st[] = { "signed", "attended", "attended",
								   "cancelled", "absent", "waitlist" };
				ins(signup, "iiitd", ev, (int64_t)(1 + rnd(MEMBERS)), (int64_t)rnd(3),
				    st[rnd(6)], s + 1);
				rows++;
			}
		}
		for (int i = 0; i < 2; i++) {
			char name[64];
			int64_t dr = (int64_t)(y - FIRST_YEAR) * 2 + i + 1;
			snprintf(name, sizeof name, "%d年爱心捐款%d", y, i + 1);
			day(y, 3 + i * 6, 1, d);
			ins(drive, "itt", dr, name, d);
			for (int g = 0; g < 150; g++) {
				int64_t amount = 5000 * (1 + rnd(20));
				day(y, 3 + i * 6, 1 + rnd(20), d);
				ins(entry, "tttitt", d, "101", "231", amount, "Donation", "donation");
				ins(gift, "itiii", dr, d, (int64_t)(1 + rnd(MEMBERS)), amount,
				    db_last_id());
				rows += 2;
			}
		}
		for (int i = 0; i < 50; i++) {
			static const char *const st[] = { "received", "answered", "adopted",
							   "rejected" };
			int s = rnd(4);
			day(y, 1 + rnd(12), 1 + rnd(28), d);
			ins(proposal, "tittt", d, (int64_t)(1 + rnd(MEMBERS)), "合理化建议", st[s],
			    s ? "已答复" : "");
			rows++;
		}
		for (int i = 0; i < 100; i++) {
			static const char *const pair[][2] = {
				{ "102", "402" }, { "102", "403" }, { "102", "405" },
				{ "50102", "101" }, { "50101", "102" }, { "503", "101" },
				{ "101", "102" }, { "221", "102" },
			};
			int p = rnd(8);
			day(y, 1 + rnd(12), 1 + rnd(28), d);
			ins(entry, "tttitt", d, pair[p][0], pair[p][1], (int64_t)(10000 + rnd(500000)),
			    "Other", "manual");
			rows++;
		}
	}

	db_finalize(&member);
	db_finalize(&dues);
	db_finalize(&entry);
	db_finalize(&welfare);
	db_finalize(&visit);
	db_finalize(&mustv);
	db_finalize(&event);
	db_finalize(&signup);
	db_finalize(&drive);
	db_finalize(&gift);
	db_finalize(&proposal);
	if (db_commit(&e) != ERR_OK)
		die(&e, "commit");
	db_close();
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("gen_data: %s: %d rows (dues entries per %s) in %.1f s\n", argv[1], rows,
	       per_row ? "row" : "month",
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return 0;
}

/*
 * county_bench.c — consolidating a county: generates N school files (seeded; 40–200
 * members each, five years 2021–2025 of monthly dues with one ledger entry a month,
 * welfare with visits, events and sign-ups, a donation drive and proposals a year, each
 * in proportion to the school's size), then times `consolidate` of all of them into a
 * new county database in a child process (wall clock, and its peak resident memory
 * from wait4), a second run that replaces every school (the county file exists), and
 * the county's report and by-school table of 2025. Goal (issue "The county's view"):
 * 100 schools in under 5 s.
 *
 *     build/bench/county_bench DIR [N]      (N = 100; the schools are DIR/school-NNN.db,
 *                                            made once and reused)
 */
#include "core/county.h"
#include "core/date.h"
#include "core/setting.h"
#include "db/db.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint64_t seed = 20251201;

static int rnd(int n)
{
	seed = seed * 6364136223846793005u + 1442695040888963407u;
	return (int)((seed >> 33) % (uint64_t)n);
}

static void die(const struct err *e, const char *what)
{
	fprintf(stderr, "county_bench: %s: %s\n", what, e->msg);
	exit(1);
}

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

static double secs_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

static const char *const kinds[] = { "illness", "hospital", "wedding", "bereavement",
	"childbirth", "retirement", "hardship", "holiday", "birthday", "elderly_day" };
static const char *const event_kinds[] = { "sports", "culture", "outing", "health_check",
	"training", "celebration" };

/* One school's file: members, 60 months of dues, and the rest in proportion. */
static int64_t make_school(const char *path, int no, int members)
{
	struct err e = { 0 };
	int64_t rows = 0;
	unlink(path);
	if (db_open(path, &e) != ERR_OK)
		die(&e, path);
	if (db_exec_script(&e, "PRAGMA synchronous=OFF; PRAGMA journal_mode=OFF;") != ERR_OK ||
	    db_begin(&e) != ERR_OK)
		die(&e, "begin");
	db_stmt *member = prep("INSERT INTO member(id, no, name, gender, join_date, status,"
			       " status_date, wage_base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
	db_stmt *dues = prep("INSERT INTO dues(member_id, month, amount, paid_on, entry_id)"
			     " VALUES (?, ?, ?, ?, ?)");
	db_stmt *entry = prep("INSERT INTO ledger_entry(date, debit, credit, amount,"
			      " description, source) VALUES (?, ?, ?, ?, ?, ?)");
	db_stmt *welfare = prep("INSERT INTO welfare(date, member_id, kind, cash, goods,"
				" goods_value, paid_by, entry_id) VALUES (?, ?, ?, ?, '', 0,"
				" 'union', ?)");
	db_stmt *visit = prep("INSERT INTO visit(date, member_id, reason, visitors, welfare_id)"
			      " VALUES (?, ?, ?, '工会主席', ?)");
	db_stmt *event = prep("INSERT INTO event(id, code, name, kind, start_date, capacity)"
			      " VALUES (?, ?, ?, ?, ?, 0)");
	db_stmt *signup = prep("INSERT OR IGNORE INTO signup(event_id, member_id, family,"
			       " status, seq) VALUES (?, ?, 0, 'attended', ?)");
	db_stmt *drive = prep("INSERT INTO drive(id, name, date) VALUES (?, ?, ?)");
	db_stmt *gift = prep("INSERT INTO donation(drive_id, date, member_id, amount, entry_id)"
			     " VALUES (?, ?, ?, ?, ?)");
	db_stmt *proposal = prep("INSERT INTO proposal(date, member_id, title, status, answer)"
				 " VALUES (?, ?, '合理化建议', ?, ?)");
	int64_t due[201];
	for (int id = 1; id <= members; id++) {
		char mno[16], name[32], join[DATE_LEN];
		snprintf(mno, sizeof mno, "T%03d", id);
		snprintf(name, sizeof name, "教师%d", id);
		snprintf(join, sizeof join, "%04d-%02d-01", 1990 + rnd(30), 1 + rnd(12));
		int64_t wage = 200000 + rnd(600000);
		due[id] = wage / 1000 * 5;
		ins(member, "itttttti", (int64_t)id, mno, name, rnd(2) ? "f" : "m", join, "active",
		    NULL, wage);
		rows++;
	}
	for (int y = 2021; y <= 2025; y++) {
		char d[DATE_LEN], month[MONTH_LEN], code[32], dname[64];
		for (int m = 1; m <= 12; m++) {
			int64_t total = 0;
			for (int id = 1; id <= members; id++)
				total += due[id];
			snprintf(month, sizeof month, "%04d-%02d", y, m);
			snprintf(d, sizeof d, "%s-10", month);
			ins(entry, "tttitt", d, "101", "401", total, "Dues", "dues");
			int64_t eid = db_last_id();
			for (int id = 1; id <= members; id++)
				ins(dues, "ititi", (int64_t)id, month, due[id], d, eid);
			rows += members + 1;
		}
		for (int i = 0; i < members / 3; i++) {
			int k = rnd(10), id = 1 + rnd(members);
			int64_t cash = 10000 * (1 + rnd(10));
			snprintf(d, sizeof d, "%04d-%02d-%02d", y, 1 + rnd(12), 1 + rnd(28));
			ins(entry, "tttitt", d, "50205", "101", cash, "Welfare", "welfare");
			ins(welfare, "titii", d, (int64_t)id, kinds[k], cash, db_last_id());
			ins(visit, "titi", d, (int64_t)id, kinds[k], db_last_id());
			rows += 3;
		}
		for (int i = 0; i < 5; i++) {
			int64_t ev = (int64_t)(y - 2021) * 5 + i + 1;
			snprintf(code, sizeof code, "E%d-%d", y, i + 1);
			snprintf(d, sizeof d, "%04d-%02d-15", y, 1 + rnd(12));
			ins(event, "itttt", ev, code, code, event_kinds[rnd(6)], d);
			for (int s = 0; s < members / 4; s++)
				ins(signup, "iid", ev, (int64_t)(1 + rnd(members)), s + 1);
			rows += 1 + members / 4;
		}
		snprintf(dname, sizeof dname, "%d年爱心捐款", y);
		snprintf(d, sizeof d, "%04d-05-01", y);
		ins(drive, "itt", (int64_t)(y - 2020), dname, d);
		for (int g = 0; g < members / 2; g++) {
			int64_t amount = 5000 * (1 + rnd(20));
			ins(entry, "tttitt", d, "101", "231", amount, "Donation", "donation");
			ins(gift, "itiii", (int64_t)(y - 2020), d, (int64_t)(1 + rnd(members)), amount,
			    db_last_id());
			rows += 2;
		}
		for (int i = 0; i < 5; i++) {
			snprintf(d, sizeof d, "%04d-%02d-20", y, 1 + rnd(12));
			int s = rnd(2);
			ins(proposal, "titt", d, (int64_t)(1 + rnd(members)), s ? "answered" : "received",
			    s ? "已答复" : "");
			rows++;
		}
	}
	db_stmt *all[] = { member, dues, entry, welfare, visit, event, signup, drive, gift,
			   proposal };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		db_finalize(&all[i]);
	char scode[16], sname[64];
	snprintf(scode, sizeof scode, "S%03d", no);
	snprintf(sname, sizeof sname, "第%d小学", no);
	if (db_commit(&e) != ERR_OK)
		die(&e, "commit");
	const char *keys[] = { "school_code", "school_name", "setup_done" };
	const char *values[] = { scode, sname, "1" };
	if (setting_set_many(keys, values, 3, &e) != ERR_OK)
		die(&e, "settings");
	db_close();
	return rows;
}

static void quiet(int refused, const char *s, void *arg)
{
	(void)arg;
	if (refused)
		fprintf(stderr, "refused: %s\n", s);
}

/* consolidate in a child: its wall clock and peak resident memory. */
static void timed_consolidate(const char *county, char **files, int n, const char *what)
{
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid == 0) {
		struct err e = { 0 };
		int done = 0;
		if (county_consolidate(county, (const char *const *)files, n, quiet, NULL, &done,
				       &e) != ERR_OK)
			die(&e, "consolidate");
		_exit(done == n ? 0 : 1);
	}
	int status = 0;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "county_bench: consolidate failed\n");
		exit(1);
	}
	struct stat st;
	stat(county, &st);
	double cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
		     (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	printf("%-30s %6.2f s (CPU %5.2f s)  %6ld KB peak  (county file %.1f MB)\n", what,
	       secs_since(&t0), cpu, ru.ru_maxrss, (double)st.st_size / 1e6);
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: county_bench DIR [N]\n");
		return 2;
	}
	int n = argc == 3 ? atoi(argv[2]) : 100;
	if (n < 1 || n > 5000) {
		fprintf(stderr, "county_bench: N from 1 to 5000\n");
		return 2;
	}
	setenv("GONGHUI_TODAY", "2025-12-31", 1);
	mkdir(argv[1], 0700);
	char **files = calloc((size_t)n, sizeof *files);
	int64_t rows = 0, members = 0;
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	int made = 0;
	uint64_t sizes = 17;
	for (int i = 0; i < n; i++) {
		files[i] = malloc(strlen(argv[1]) + 32);
		sprintf(files[i], "%s/school-%03d.db", argv[1], i + 1);
		/* the sizes from a generator of their own: the same whether files are made */
		sizes = sizes * 6364136223846793005u + 1442695040888963407u;
		int m = 40 + (int)((sizes >> 33) % 161);
		members += m;
		struct stat st;
		if (stat(files[i], &st) == 0)
			continue;
		rows += make_school(files[i], i + 1, m);
		made++;
	}
	if (made)
		printf("generated %d schools, %lld rows, in %.1f s\n", made, (long long)rows,
		       secs_since(&t0));
	/* the machine is shared: the wall clock says little without the load */
	double load = 0;
	FILE *la = fopen("/proc/loadavg", "r");
	if (la) {
		if (fscanf(la, "%lf", &load) != 1)
			load = 0;
		fclose(la);
	}
	printf("%d schools, %lld members; load average %.2f\n", n, (long long)members, load);

	char county[4096];
	snprintf(county, sizeof county, "%s/county.db", argv[1]);
	unlink(county);
	timed_consolidate(county, files, n, "consolidate into a new county");
	timed_consolidate(county, files, n, "again: every school replaced");

	struct err e = { 0 };
	if (db_open(county, &e) != ERR_OK)
		die(&e, county);
	struct report r;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (county_report(2025, &r, &e) != ERR_OK)
		die(&e, "county_report");
	printf("%-30s %6.2f s  (members %d, dues collected %lld fen)\n", "county report 2025",
	       secs_since(&t0), r.members.active, (long long)r.dues.collected);
	report_free(&r);
	struct county_row *rowsv = NULL, total;
	int nrows = 0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (county_by_school(2025, &rowsv, &nrows, &total, &e) != ERR_OK)
		die(&e, "county_by_school");
	printf("%-30s %6.2f s  (%d rows)\n", "by-school table 2025", secs_since(&t0), nrows);
	free(rowsv);
	db_close();
	for (int i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return 0;
}

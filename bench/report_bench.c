/*
 * report_bench.c — times the year-end report (report_compute) on the benchmark database
 * built by gen_data, for its last year. Budget (doc/design.md "Speed and size"): under
 * 100 ms on 2,000 members over 20 years.
 *
 *     build/bench/report_bench FILE.db [YEAR]
 *
 * Prints the first run after opening (SQLite's page cache cold, the OS cache warm) and
 * the best of 5 (clock_gettime, CLOCK_MONOTONIC).
 */
#include "core/report.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double ms_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: report_bench FILE.db [YEAR]\n");
		return 2;
	}
	int year = argc == 3 ? atoi(argv[2]) : 2025;
	struct err e = { 0 };
	struct report r;
	double first = 0, best = 1e9;

	for (int i = 0; i < 5; i++) {
		struct timespec t0;
		if (i == 0 && db_open(argv[1], &e) != ERR_OK) {
			fprintf(stderr, "report_bench: %s\n", e.msg);
			return 1;
		}
		clock_gettime(CLOCK_MONOTONIC, &t0);
		if (report_compute(year, &r, &e) != ERR_OK) {
			fprintf(stderr, "report_bench: %s\n", e.msg);
			return 1;
		}
		double ms = ms_since(&t0);
		if (i == 0)
			first = ms;
		if (ms < best)
			best = ms;
		if (i == 4)
			printf("report %d: %d members, %d dues rows (%.2f yuan), %d welfare, "
			       "%d visits, %d events, closing %.2f yuan\n", year,
			       r.members.active, r.dues.paid_months, (double)r.dues.collected / 100,
			       r.welfare.count, r.visits.count, r.events.count,
			       (double)r.ledger.closing / 100);
		report_free(&r);
	}
	db_close();
	printf("report_compute(%d): first %.1f ms, best of 5 %.1f ms (budget 100 ms)\n", year,
	       first, best);
	return 0;
}

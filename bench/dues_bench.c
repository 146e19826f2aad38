/*
 * dues_bench.c — times what the Dues section reads when it opens: the month's list of
 * every member on the roll with what they paid and how many months they are behind
 * (dues_month), on the benchmark database built by gen_data.
 *
 *     build/bench/dues_bench FILE.db [MONTH]
 *
 * Prints the first call after opening (SQLite's page cache cold, the OS cache warm) and
 * the best of 5, in CPU time of the process (on a shared machine the wall clock mostly
 * measures the neighbours). Budget: the first switch to Dues under 10 ms warm.
 */
#include "core/dues.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double ms_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) * 1e3 + (double)(t1.tv_nsec - t0->tv_nsec) / 1e6;
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: dues_bench FILE.db [MONTH]\n");
		return 2;
	}
	const char *month = argc == 3 ? argv[2] : "2025-12";
	struct err e = { 0 };
	double first = 0, best = 1e9;
	int n = 0, behind = 0;
	if (db_open(argv[1], &e) != ERR_OK) {
		fprintf(stderr, "dues_bench: %s\n", e.msg);
		return 1;
	}
	for (int i = 0; i < 5; i++) {
		struct timespec t0;
		struct dues_line *l = NULL;
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
		if (dues_month(month, &l, &n, &e) != ERR_OK) {
			fprintf(stderr, "dues_bench: %s\n", e.msg);
			return 1;
		}
		double ms = ms_since(&t0);
		if (i == 0)
			first = ms;
		if (ms < best)
			best = ms;
		behind = 0;
		for (int k = 0; k < n; k++)
			behind += l[k].months_behind > 0;
		dues_lines_free(&l);
	}
	db_close();
	printf("dues_month(%s): %d members (%d behind): first %.1f ms, best of 5 %.1f ms "
	       "CPU (budget 10 ms)\n", month, n, behind, first, best);
	return 0;
}

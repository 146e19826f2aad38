/*
 * lifetime.c — run a command and report its wall-clock time and peak resident memory
 * (getrusage's ru_maxrss), for bench/startup.sh: "lifetime OUTFILE CMD ARGS…" writes
 * "MS KB" to OUTFILE. The command keeps the terminal, so a full-screen program runs
 * as it would for a person.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: lifetime OUTFILE CMD [ARGS…]\n");
		return 2;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid_t pid = fork();
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		_exit(127);
	}
	int status;
	struct rusage ru;
	wait4(pid, &status, 0, &ru);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
	FILE *f = fopen(argv[1], "w");
	if (!f)
		return 1;
	fprintf(f, "%.1f %ld\n", ms, ru.ru_maxrss);
	fclose(f);
	return 0;
}

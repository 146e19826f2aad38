/*
 * check.h — the unit-test harness. A test file is one program: it defines
 * test functions, lists them in main() with RUN(), and ends with return check_done().
 * Each check prints "ok" or "FAIL file:line: expected … got …"; the runner
 * (tests/run.sh) counts them. A case states its input and its exact expected output.
 */
#ifndef GH_CHECK_H
#define GH_CHECK_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int check_pass_, check_fail_;
static const char *check_test_ = "";

#define CHECK(cond) check_bool_((cond) != 0, #cond, __FILE__, __LINE__)
#define CHECK_INT(got, want) check_int_((int64_t)(got), (int64_t)(want), #got, __FILE__, __LINE__)
#define CHECK_STR(got, want) check_str_((got), (want), #got, __FILE__, __LINE__)
#define RUN(fn) do { check_test_ = #fn; fn(); } while (0)

static inline void check_bool_(int ok, const char *expr, const char *file, int line)
{
	if (ok) { check_pass_++; return; }
	check_fail_++;
	printf("FAIL %s:%d: %s: %s is false\n", file, line, check_test_, expr);
}

static inline void check_int_(int64_t got, int64_t want, const char *expr, const char *file, int line)
{
	if (got == want) { check_pass_++; return; }
	check_fail_++;
	printf("FAIL %s:%d: %s: %s = %" PRId64 ", expected %" PRId64 "\n",
	       file, line, check_test_, expr, got, want);
}

static inline void check_str_(const char *got, const char *want, const char *expr,
		       const char *file, int line)
{
	if ((got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0)) {
		check_pass_++;
		return;
	}
	check_fail_++;
	printf("FAIL %s:%d: %s: %s = \"%s\", expected \"%s\"\n", file, line, check_test_,
	       expr, got ? got : "(null)", want ? want : "(null)");
}

/* Prints the count line the runner reads and returns the exit status. */
static inline int check_done(void)
{
	printf("checks: %d passed, %d failed\n", check_pass_, check_fail_);
	return check_fail_ ? 1 : 0;
}

#endif

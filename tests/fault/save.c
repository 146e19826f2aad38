/*
 * save.c — the full-screen program's save of a month's dues, without the screen, for
 * the fault-injection and kill -9 tests (tests/cli/fault.sh, tests/cli/kill.sh):
 *
 *     save DB MONTH NO…      open DB as the full-screen program does (its lock, its
 *                            daily backup before the first save), then save the dues of
 *                            MONTH for the members NO… in one call, as F2 on the Dues
 *                            section does (dues_record)
 *
 *     save --verify DB       is DB in good order (book_check)? Prints how many dues rows
 *                            it holds; exit 0 when it is, 1 when not
 *
 * Exit 0 when saved, 1 with the message on stderr otherwise.
 */
#include "core/book.h"
#include "core/dues.h"
#include "core/member.h"
#include "db/db.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	if (argc < 3 || (argc < 4 && strcmp(argv[1], "--verify") != 0)) {
		fprintf(stderr, "usage: save DB MONTH NO...\n");
		return 2;
	}
	struct err e = { 0 };
	if (strcmp(argv[1], "--verify") == 0) {
		int64_t n = -1;
		if (book_open(argv[2], &e) != ERR_OK || book_check(&e) != ERR_OK ||
		    db_int(&e, &n, "SELECT count(*) FROM dues", NULL) != ERR_OK) {
			fprintf(stderr, "%s\n", e.msg);
			book_close();
			return 1;
		}
		printf("%lld\n", (long long)n);
		book_close();
		return 0;
	}
	if (book_open_as(argv[1], BOOK_APP, &e) != ERR_OK) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	int n = argc - 3;
	struct dues_pay *pays = calloc((size_t)n, sizeof *pays);
	for (int i = 0; pays && i < n; i++) {
		struct member m;
		if (member_find(argv[3 + i], &m, &e) != ERR_OK) {
			fprintf(stderr, "%s\n", e.msg);
			book_close();
			return 1;
		}
		pays[i].member_id = m.id;
		pays[i].amount = dues_due(&m);
	}
	err_code c = pays ? dues_record(argv[2], "", pays, n, &e) : ERR_NOMEM;
	free(pays);
	book_close();
	if (c != ERR_OK) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	return 0;
}

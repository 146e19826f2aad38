/*
 * test_tui_keys.c — the key table (tui/keys.c) is consistent: no key is bound twice
 * along one keymap chain (the second row could never be reached, and the help would
 * show a key that does something else), every action has a row (so it has a key, a
 * bar label or a help line), and every row is in the bottom line or the help. Each
 * section's action table (tui/screen.h) and the key table agree: every key of the
 * section's keymaps does something there, and nothing there is without a key. The
 * checks are shown to catch broken tables too.
 */
#include "tests/unit/check.h"
#include "tui/keys.h"
#include "tui/screen.h"
#include "tui/ui.h"

static void test_real_table(void)
{
	char out[4096];
	int bad = keys_check(out, sizeof out);
	if (bad)
		printf("%s", out);
	CHECK_INT(bad, 0);
}

/* A table with every action on one key each, in keymap KM_GLOBAL … */
static struct binding rows[ACT_COUNT_ + 4];
static enum keymap parents[KM_COUNT_];

static int base_table(void)
{
	int n = 0;
	for (int km = 0; km < KM_COUNT_; km++)
		parents[km] = KM_NONE;
	parents[KM_MEMBERS] = KM_LIST;
	parents[KM_LIST] = KM_GLOBAL;
	for (int a = ACT_NONE + 1; a < ACT_COUNT_; a++)
		rows[n++] = (struct binding){ KM_GLOBAL, (enum action)a, { 0x1000 + a }, NULL,
					      "bar", "help" };
	return n;
}

static void test_broken_tables(void)
{
	char out[4096];
	int n = base_table();
	CHECK_INT(keys_check_rows(rows, n, parents, out, sizeof out), 0);

	/* 'e' in KM_MEMBERS and again in its grandparent KM_GLOBAL: bound twice. */
	rows[n] = (struct binding){ KM_MEMBERS, ACT_EDIT, { 'e' }, NULL, "Edit", "Edit" };
	rows[n + 1] = (struct binding){ KM_GLOBAL, ACT_QUIT, { 'x', 'e' }, NULL, "Quit", "Quit" };
	CHECK_INT(keys_check_rows(rows, n + 2, parents, out, sizeof out), 1);
	CHECK(strstr(out, "key 101 is bound twice along one keymap chain") != NULL);

	/* The same key in two keymaps that are not on one chain is fine. */
	rows[n + 1].km = KM_FORM;
	CHECK_INT(keys_check_rows(rows, n + 2, parents, out, sizeof out), 0);

	/* An action without a row. */
	n = base_table();
	rows[ACT_SAVE - 1].act = ACT_CANCEL;
	CHECK_INT(keys_check_rows(rows, n, parents, out, sizeof out), 1);
	char want[80];
	snprintf(want, sizeof want, "action %d has no row in the key table", ACT_SAVE);
	CHECK(strstr(out, want) != NULL);

	/* A row in neither the bar nor the help. */
	n = base_table();
	rows[0].bar = rows[0].help = NULL;
	rows[0].act = ACT_UP;
	rows[n] = (struct binding){ KM_GLOBAL, ACT_HELP, { '?' }, NULL, "Help", "Help" };
	CHECK_INT(keys_check_rows(rows, n + 1, parents, out, sizeof out), 1);
	CHECK(strstr(out, "is in neither the bar nor the help") != NULL);
}

static void test_lookup(void)
{
	/* Along the chain: members → list → global. */
	CHECK_INT(keys_action(KM_MEMBERS, 'a'), ACT_ADD);
	CHECK_INT(keys_action(KM_MEMBERS, K_FN(KEY_DOWN)), ACT_DOWN);
	CHECK_INT(keys_action(KM_MEMBERS, 'q'), ACT_QUIT);
	/* A form has no parent with q or digits: they are typed. */
	CHECK_INT(keys_action(KM_FORM, 'q'), ACT_NONE);
	CHECK_INT(keys_action(KM_FORM, '2'), ACT_NONE);
	/* Ctrl-C asks like Esc in a form, quits on a list. */
	CHECK_INT(keys_action(KM_FORM, K_CTRL('c')), ACT_CANCEL);
	CHECK_INT(keys_action(KM_MEMBERS, K_CTRL('c')), ACT_QUIT);
	CHECK_INT(keys_action(KM_ASK, 'y'), ACT_YES);
	CHECK_INT(keys_action(KM_ASK, K_ESC), ACT_NO);
}

/* Problems between screen s's actions and the key table: a row of one of its keymaps
 * whose action it does not do, or an action it does that no key of that keymap asks. */
static int screen_problems(const struct screen *s, char *out, size_t n)
{
	int rows_n, bad = 0;
	const struct binding *table = keys_rows(&rows_n);
	int mine[KM_COUNT_] = { 0 };
	size_t o = 0;

	out[0] = '\0';
	mine[s->keymap] = 1;
	for (int i = 0; i < s->nactions; i++)
		mine[s->actions[i].km] = 1;
	for (int r = 0; r < rows_n; r++) {
		if (!mine[table[r].km])
			continue;
		int found = 0;
		for (int i = 0; i < s->nactions && !found; i++)
			found = s->actions[i].km == table[r].km && s->actions[i].act == table[r].act;
		if (!found) {
			bad++;
			o += (size_t)snprintf(out + o, n - o, "%s: key row %d (action %d) does "
					      "nothing\n", s->name, r, table[r].act);
		}
	}
	for (int i = 0; i < s->nactions; i++) {
		int found = 0;
		for (int r = 0; r < rows_n && !found; r++)
			found = table[r].km == s->actions[i].km && table[r].act == s->actions[i].act;
		if (!found) {
			bad++;
			o += (size_t)snprintf(out + o, n - o, "%s: action %d has no key\n", s->name,
					      s->actions[i].act);
		}
		if (o >= n)
			o = n - 1;
	}
	return bad;
}

static void test_screens(void)
{
	const struct screen *screens[] = { &members_screen, &dues_screen, &settings_screen,
					   &welfare_screen, &events_screen, &books_screen,
					   &donations_screen, &proposals_screen, &home_screen };
	char out[2048];
	for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++) {
		int bad = screen_problems(screens[i], out, sizeof out);
		if (bad)
			printf("%s", out);
		CHECK_INT(bad, 0);
	}
}

static void test_screens_broken(void)
{
	static void (*const nop)(enum action) = NULL;
	/* The member roll without s, and with an action no key asks for. */
	struct screen_action acts[32];
	int n = 0;
	for (int i = 0; i < members_screen.nactions; i++)
		if (members_screen.actions[i].act != ACT_SORT)
			acts[n++] = members_screen.actions[i];
	struct screen s = members_screen;
	s.actions = acts;
	s.nactions = n;
	char out[2048];
	CHECK_INT(screen_problems(&s, out, sizeof out), 1);
	CHECK(strstr(out, "does nothing") != NULL);
	acts[n++] = (struct screen_action){ KM_MEMBERS, ACT_SORT, nop };
	acts[n++] = (struct screen_action){ KM_MEMBERS, ACT_MARK_ALL, nop };
	s.nactions = n;
	CHECK_INT(screen_problems(&s, out, sizeof out), 1);
	CHECK(strstr(out, "has no key") != NULL);
}

int main(void)
{
	RUN(test_real_table);
	RUN(test_broken_tables);
	RUN(test_lookup);
	RUN(test_screens);
	RUN(test_screens_broken);
	return check_done();
}

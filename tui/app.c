/*
 * app.c — the full-screen program's shell: starts and always restores the terminal,
 * runs the first-run form on a new database, shows the sections along the top (only
 * the ones that work), the message line and the key line, and hands keys to the current
 * section's screen. `q` quits (asking when something is unsaved), `?`/F1 shows the keys,
 * 1…8 switch sections (1 Members, 2 Dues, 3 Settings, 4 Welfare).
 *
 * The terminal is restored on every way out: a normal quit; SIGINT (Ctrl-C), SIGTERM and
 * SIGHUP, whose handlers only set a flag that the key loops see (ui_key returns
 * UI_SIGNAL, so an unsaved form is dropped and nothing half-done is written — every core
 * write is one transaction that has finished before a key is read again); exit() from
 * anywhere (atexit); and a crash (SIGSEGV, SIGBUS, SIGFPE, SIGABRT), where the handler
 * can only do what is async-signal-safe: put back the terminal modes saved at start,
 * write the terminal's "leave full-screen" strings, and die of the same signal.
 * (tig's die_callback is the model.)
 */
#include "tui/app.h"
#include "tui/keys.h"
#include "tui/ui.h"
#include "core/i18n.h"
#include "core/setting.h"
#include "core/text.h"

#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>

static const struct screen *const sections[] = {
	&members_screen,
	&dues_screen,
	&settings_screen,
	&welfare_screen,
};
#define NSECTIONS ((int)(sizeof sections / sizeof sections[0]))

static struct {
	int cur;                     /* the current section */
	char title[256];             /* the union's (or school's) name, top right */
	struct termios shell_modes;  /* the terminal as we found it */
	int have_modes;
	char leave[128];             /* rmcup + sgr0 + cnorm, for the crash handler */
	size_t leave_len;
} app;

const char *app_section_name(int n)
{
	return n >= 1 && n <= NSECTIONS ? _(sections[n - 1]->name) : NULL;
}

void app_load_title(void)
{
	char buf[256];
	setting_title(buf, sizeof buf);
	if (!buf[0])
		snprintf(buf, sizeof buf, "gonghui");
	snprintf(app.title, sizeof app.title, "%s", buf);
}

void app_frame(enum keymap km)
{
	int x = 0;

	ui_clear_line(0, UI_TAB);
	for (int i = 0; i < NSECTIONS && x < COLS; i++) {
		char tab[128];
		snprintf(tab, sizeof tab, " %d %s ", i + 1, _(sections[i]->name));
		x += ui_put(0, x, tab, COLS - x, i == app.cur ? UI_TAB_ON : UI_TAB);
		x += 1;
	}
	/* The union's name on the right, cut to what is left. */
	int room = COLS - x - 2;
	if (room > 4) {
		char t[1024];
		text_trunc(app.title, room, t, sizeof t);
		ui_put(0, COLS - 1 - text_width(t), t, room, UI_TITLE);
	}
	ui_msg_draw();
	keys_bar(km);
}

/* The keys of the current section as it is now. */
static enum keymap app_keymap(const struct screen *s)
{
	return s->keymap_now ? s->keymap_now() : s->keymap;
}

static void app_draw(void *arg)
{
	(void)arg;
	curs_set(0);
	erase();
	app_frame(app_keymap(sections[app.cur]));
	sections[app.cur]->draw();
}

/* ---- signals and the way out ---- */

static void app_on_stop(int sig) { ui_set_signal(sig); }

static void app_on_crash(int sig)
{
	if (app.have_modes)
		tcsetattr(STDIN_FILENO, TCSANOW, &app.shell_modes);
	if (app.leave_len) {
		ssize_t w = write(STDOUT_FILENO, app.leave, app.leave_len);
		(void)w;
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void app_atexit(void) { ui_end(); }

static void app_leave_strings(void)
{
	static const char *const caps[] = { "rmcup", "sgr0", "cnorm" };
	app.leave_len = 0;
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
		char *s = tigetstr((char *)caps[i]);
		if (!s || s == (char *)-1)
			continue;
		size_t n = strlen(s);
		if (app.leave_len + n + 2 >= sizeof app.leave)
			break;
		memcpy(app.leave + app.leave_len, s, n);
		app.leave_len += n;
	}
	app.leave[app.leave_len++] = '\r';
	app.leave[app.leave_len++] = '\n';
}

static void app_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocked read of the keyboard returns, and the loop sees the flag. */
	sa.sa_handler = app_on_stop;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = app_on_crash;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
}

/* ---- the loop ---- */

static int app_may_leave(void)
{
	const struct screen *s = sections[app.cur];
	if (!s->unsaved || !s->unsaved())
		return 1;
	if (!ui_ask(_("Discard the changes not saved yet?")))
		return 0;
	if (s->discard)
		s->discard();
	return 1;
}

static void app_switch(int to)
{
	if (to < 0 || to >= NSECTIONS || to == app.cur)
		return;
	if (!app_may_leave())
		return;
	app.cur = to;
	sections[app.cur]->enter();
}

int app_run(void)
{
	int key, r, sig = 0;

	/* Every width and every string here is UTF-8: in another locale curses would show
	 * names as byte salad, so say what to do instead. */
	const char *codeset = nl_langinfo(CODESET);
	if (!codeset || (strcasecmp(codeset, "UTF-8") != 0 && strcasecmp(codeset, "utf8") != 0)) {
		fprintf(stderr, _("gonghui: the full-screen program needs a UTF-8 locale, such as "
				  "LANG=zh_CN.UTF-8 (the character set now is %s).\n"),
			codeset ? codeset : "?");
		return 1;
	}
	if (tcgetattr(STDIN_FILENO, &app.shell_modes) == 0)
		app.have_modes = 1;
	app_signals();
	if (!ui_start()) {
		const char *term = getenv("TERM");
		fprintf(stderr, _("gonghui: the full-screen program needs a terminal "
				  "(TERM=%s); the commands work without one, "
				  "see 'gonghui --help'.\n"),
			term ? term : "");
		return 1;
	}
	atexit(app_atexit);
	app_leave_strings();

	app_load_title();
	if (setting_int("setup_done") != 1 && setup_run() < 0)
		goto out;
	app_load_title();
	app.cur = 0;
	sections[app.cur]->enter();
	struct ui_drawer prev = ui_push_draw(app_draw, NULL);
	for (;;) {
		ui_redraw();
		r = ui_key(&key);
		if (r == UI_SIGNAL)
			break;
		if (r == UI_RESIZE)
			continue;
		ui_msg_clear();
		const struct screen *s = sections[app.cur];
		enum action a = keys_action(app_keymap(s), key);
		if (s->act(a, key))
			continue;
		if (a == ACT_QUIT) {
			if (app_may_leave())
				break;
		} else if (a == ACT_HELP) {
			keys_help(app_keymap(s), _(s->name));
		} else if (a >= ACT_SECTION_1 && a <= ACT_SECTION_8) {
			app_switch(a - ACT_SECTION_1);
		}
		if (ui_signal())
			break;
	}
	ui_pop_draw(prev);
out:
	sig = ui_signal();
	ui_end();
	if (sig) {
		/* Ctrl-C and friends: the unsaved work is dropped; say so on the way out. */
		fprintf(stderr, "%s\n", _("gonghui: stopped; changes not saved were discarded."));
		return 128 + sig;
	}
	return 0;
}

/*
 * app.c — the full-screen program's shell: starts and always restores the terminal,
 * runs the first-run form on a new database, shows the sections along the top (only
 * the ones that work), the message line and the key line, and hands keys to the current
 * section's screen. `q` quits (asking when something is unsaved), `?`/F1 shows the keys,
 * 1…8 switch sections (1 Members, 2 Dues, 3 Settings, 4 Welfare), 0 the first screen
 * (tui/scr_home.c: what is waiting), which is where the program opens.
 *
 * The section is the bottom view of the view stack (tui/view.h); the one key loop runs
 * it, and whatever no view takes comes to app_fallback: help, quit and the sections.
 *
 * The terminal is restored on every way out: a normal quit; Ctrl-C (SIGINT), which is
 * a key (ui_key): a form asks before dropping what was typed, a list quits (asking when
 * something is unsaved), with exit status 130; SIGTERM and SIGHUP, whose handlers only
 * set a flag that the key loop sees (ui_key returns UI_SIGNAL, so an unsaved form is
 * dropped and nothing half-done is written — every core write is one transaction that
 * has finished before a key is read again); exit() from
 * anywhere (atexit); and a crash (SIGSEGV, SIGBUS, SIGFPE, SIGABRT), where the handler
 * can only do what is async-signal-safe: put back the terminal modes saved at start,
 * write the terminal's "leave full-screen" strings, and die of the same signal.
 * (tig's die_callback is the model.)
 */
#include "tui/app.h"
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/keys.h"
#include "tui/scr_county.h"
#include "tui/scr_setup.h"
#include "tui/screen.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/county.h"
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

static const struct screen *const school_sections[] = {
	&members_screen,
	&dues_screen,
	&settings_screen,
	&welfare_screen,
	&report_screen,
	&events_screen,
	&books_screen,
	&donations_screen,
	&proposals_screen,
};
/* A county database (gonghui consolidate) is not a school: its schools and its report
 * (tui/scr_county.c). */
static const struct screen *const county_sections[] = {
	&county_schools_screen,
	&county_report_screen,
};
#define NSECTIONS ((int)(sizeof school_sections / sizeof school_sections[0]))
static const struct screen *const *sections = school_sections;
static int nsections = NSECTIONS;
#define HOME (-1)   /* app.cur on the first screen (home_screen, key 0) */

static struct {
	int cur;                     /* the current section, HOME for the first screen */
	const char *names[NSECTIONS];
	const char *tabs[NSECTIONS];
	struct view view;            /* the current section, the bottom of the stack */
	int quit;                    /* 1: q; 2: Ctrl-C */
	struct termios shell_modes;  /* the terminal as we found it */
	int have_modes;
	char leave[128];             /* rmcup + sgr0 + cnorm, for the crash handler */
	size_t leave_len;
} app;

/* The current section's screen (the first screen's when cur is HOME). */
static const struct screen *app_screen(void)
{
	return app.cur == HOME ? &home_screen : sections[app.cur];
}

/* The keys of the current section as it is now. */
static enum keymap app_keymap(const struct screen *s)
{
	return s->keymap_now ? s->keymap_now() : s->keymap;
}

static enum keymap app_view_keymap(struct view *v)
{
	(void)v;
	return app_keymap(app_screen());
}

static void app_draw(struct view *v)
{
	(void)v;
	curs_set(0);
	erase();
	frame_draw(app_keymap(app_screen()), 0);
	app_screen()->draw();
}

int screen_run(const struct screen *s, enum keymap km, enum action a)
{
	for (; km != KM_NONE; km = keys_parent(km))
		for (int i = 0; i < s->nactions; i++)
			if (s->actions[i].km == km && s->actions[i].act == a) {
				s->actions[i].run(a);
				return 1;
			}
	return 0;
}

static int app_act(struct view *v, enum action a, int key)
{
	(void)v;
	const struct screen *s = app_screen();
	if (s->act && s->act(a, key))
		return 1;
	return screen_run(s, app_keymap(s), a);
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

/* The screen the program opens on: the first screen (what is waiting), or section
 * $GONGHUI_SECTION for someone who always starts in one — and for the tests of a
 * section. It is a section's digit (1 Members, 2 Dues …; 0 the first screen) or its
 * English name in any case ("dues", "Welfare"), which stays the same when sections are
 * added before it. */
static int app_first(void)
{
	const char *s = getenv("GONGHUI_SECTION");
	int n = s && *s ? atoi(s) : 0;
	for (int i = 0; s && *s && i < nsections; i++)
		if (strcasecmp(s, sections[i]->name) == 0)
			n = i + 1;
	if (sections == county_sections)
		return n >= 1 && n <= nsections ? n - 1 : 0;
	return n >= 1 && n <= nsections ? n - 1 : HOME;
}

/* ---- the loop ---- */

static int app_may_leave(void)
{
	const struct screen *s = app_screen();
	if (!s->unsaved || !s->unsaved())
		return 1;
	if (!view_ask(_("Discard the changes not saved yet?")))
		return 0;
	if (s->discard)
		s->discard();
	return 1;
}

static void app_switch(int to)
{
	/* a county database has no first screen: it is not a school */
	if (to < (sections == county_sections ? 0 : HOME) || to >= nsections || to == app.cur)
		return;
	if (!app_may_leave())
		return;
	app.cur = to;
	frame_set_current(to);
	app.view.name = _(app_screen()->name);
	app_screen()->enter();
}

/* What no view took: help on any screen; quit and the sections on a section's list. */
static int app_fallback(struct view *top, enum action a, int key)
{
	(void)key;
	if (a == ACT_HELP) {
		help_show(view_keymap(top), top->name);
		return 1;
	}
	if (top != &app.view)
		return 0;
	if (a == ACT_QUIT) {
		if (app_may_leave()) {
			app.quit = ui_interrupted() && key == K_CTRL('c') ? 2 : 1;
			view_close(&app.view, 0);
		}
		return 1;
	}
	if (a >= ACT_SECTION_1 && a <= ACT_SECTION_9) {
		app_switch(a - ACT_SECTION_1);
		return 1;
	}
	if (a == ACT_HOME_SCREEN) {
		app_switch(HOME);
		return 1;
	}
	return 0;
}

int app_run(void)
{
	int sig = 0;

	/* Every width and every string here is UTF-8; under an older Chinese locale
	 * (GB18030, GBK, BIG5) ui.c hands curses wide characters, which it writes in that
	 * charset. In any other (C, Latin-1) Chinese cannot be shown, so say what to do. */
	const char *codeset = nl_langinfo(CODESET);
	if (!i18n_legacy_charset() &&
	    (!codeset || (strcasecmp(codeset, "UTF-8") != 0 && strcasecmp(codeset, "utf8") != 0))) {
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

	int county = county_is_county();
	if (county) {
		sections = county_sections;
		nsections = (int)(sizeof county_sections / sizeof county_sections[0]);
	}
	for (int i = 0; i < nsections; i++) {
		app.names[i] = sections[i]->name;
		app.tabs[i] = sections[i]->tab;
	}
	frame_sections(app.names, app.tabs, nsections);
	frame_load_title();
	view_fallback(app_fallback);
	/* A union just set up starts on its (empty) roll, where a adds the first member. */
	int fresh = !county && setting_int("setup_done") != 1;
	if (fresh && setup_run() < 0)
		goto out;
	frame_load_title();
	app.cur = fresh ? 0 : app_first();
	frame_set_current(app.cur);
	app_screen()->enter();
	app.view = (struct view){ .name = _(app_screen()->name), .keymap_now = app_view_keymap,
				  .draw = app_draw, .act = app_act };
	view_run(&app.view);
out:
	sig = ui_signal();
	ui_end();
	if (!sig && app.quit == 2)
		sig = SIGINT;   /* left with Ctrl-C: the shell's convention, 128 + 2 */
	if (sig) {
		/* Ctrl-C and friends: the unsaved work is dropped; say so on the way out. */
		fprintf(stderr, "%s\n", _("gonghui: stopped; changes not saved were discarded."));
		return 128 + sig;
	}
	return 0;
}

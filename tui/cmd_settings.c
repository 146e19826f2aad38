/*
 * cmd_settings.c — `gonghui settings [KEY…]` prints the settings, KEY=VALUE one a line,
 * in the order of core/setting.c's table (or only the keys named); `gonghui set
 * KEY=VALUE…` changes them through the same checks as the Settings screen
 * (core/setting.h), all or none: every bad pair gets its own line on stderr, naming the
 * key, and nothing is written. What `settings` prints, `set` takes back unchanged.
 *
 * Exit status: 0 done; 1 an unknown key or a bad value (nothing changed); 2 usage (no
 * pair, or an argument without "=").
 */
#include "tui/cli.h"
#include "core/book.h"
#include "core/i18n.h"
#include "core/setting.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The keys, space-separated, for a message. */
static const char *settings_keys(void)
{
	static char buf[512];
	size_t used = 0;
	buf[0] = '\0';
	for (int i = 0; setting_at(i); i++)
		used += snprintf(buf + used, used < sizeof buf ? sizeof buf - used : 0, "%s%s",
				 i ? " " : "", setting_at(i)->key);
	return buf;
}

static int settings_unknown(const char *key)
{
	struct err e;
	/* L10N: %1$s what was typed, %2$s the known keys, space-separated. */
	err_set(&e, ERR_INPUT, _("There is no setting \"%1$s\"; the settings are: %2$s."), key,
		settings_keys());
	return cli_fail(&e);
}

int cmd_settings(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli_stopped();
	argc -= optind - 1, argv += optind - 1;   /* argv[1…] the keys */
	for (int i = 1; i < argc; i++)
		if (!setting_find(argv[i]))
			return settings_unknown(argv[i]);
	struct err e = { 0 };
	if (!cli_open(&e))
		return cli_fail(&e);
	char value[1024];
	for (int i = 0; setting_at(i); i++) {
		const char *key = setting_at(i)->key;
		int wanted = argc == 1;
		for (int k = 1; k < argc && !wanted; k++)
			wanted = strcmp(argv[k], key) == 0;
		if (wanted)
			printf("%s=%s\n", key, setting_text(key, value, sizeof value));
	}
	book_close();
	if (fflush(stdout) != 0) {
		err_set(&e, ERR_IO, _("Could not write the output."));
		return cli_fail(&e);
	}
	return 0;
}

int cmd_set(int argc, char **argv)
{
	if (!cli_no_options(argc, argv))
		return cli_stopped();
	argc -= optind - 1, argv += optind - 1;   /* argv[1…] the pairs */
	if (argc < 2)
		return cli_usage(_("set needs KEY=VALUE, e.g. 'gonghui set school_code=S017'."));
	int n = argc - 1, bad = 0;
	const char **keys = calloc((size_t)n, sizeof *keys);
	const char **values = calloc((size_t)n, sizeof *values);
	char **owned = calloc((size_t)n, sizeof *owned);
	int rc = 0;
	struct err e = { 0 };
	if (!keys || !values || !owned) {
		err_set(&e, ERR_NOMEM, NULL);
		rc = cli_fail(&e);
		goto out;
	}
	for (int i = 0; i < n; i++) {
		const char *eq = strchr(argv[i + 1], '=');
		if (!eq || eq == argv[i + 1]) {
			rc = cli_usage(_("set takes KEY=VALUE pairs, not '%s'."), argv[i + 1]);
			goto out;
		}
		owned[i] = strndup(argv[i + 1], (size_t)(eq - argv[i + 1]));
		if (!owned[i]) {
			err_set(&e, ERR_NOMEM, NULL);
			rc = cli_fail(&e);
			goto out;
		}
		keys[i] = owned[i];
		values[i] = cli_arg(eq + 1);
	}
	if (!cli_open(&e)) {
		rc = cli_fail(&e);
		goto out;
	}
	/* Every pair is checked and each bad one named, in order, before anything is
	 * written. */
	char stored[1024];
	for (int i = 0; i < n; i++) {
		int twice = 0;
		for (int k = 0; k < i && !twice; k++)
			twice = strcmp(keys[k], keys[i]) == 0;
		if (!setting_find(keys[i])) {
			settings_unknown(keys[i]);
			bad++;
		} else if (twice) {
			err_set(&e, ERR_INPUT, _("%s is given twice."), keys[i]);
			cli_fail(&e);
			bad++;
		} else if (setting_parse(keys[i], values[i], stored, sizeof stored, &e) != ERR_OK) {
			err_prefix(&e, "%s: ", keys[i]);
			cli_fail(&e);
			bad++;
		}
	}
	if (!bad && setting_set_many(keys, values, n, &e) != ERR_OK) {
		cli_fail(&e);
		bad++;
	}
	book_close();
	if (bad) {
		rc = EXIT_USER;
		goto nothing;
	}
	printf(ngettext("Saved %d setting.\n", "Saved %d settings.\n", n), n);
	goto out;
nothing:
	fprintf(stderr, "gonghui: %s\n", _("Nothing was changed."));
out:
	for (int i = 0; owned && i < n; i++)
		free(owned[i]);
	free(owned);
	free(keys);
	free(values);
	return rc;
}

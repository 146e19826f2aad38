/*
 * setting.c — the table of every setting (key, kind, default, check) and the functions
 * that read, check and write them (setting.h). Owns the `setting` table.
 */
#include "core/setting.h"
#include "core/date.h"
#include "core/io.h"
#include "core/ledger.h"
#include "core/money.h"
#include "core/text.h"
#include "db/db.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>

static const struct setting_def setting_defs[] = {
	{ .key = "school_name", .kind = SK_TEXT, .dflt = "", .label = N_("School"),
	  .required = 1, .max_chars = 60 },
	{ .key = "school_code", .kind = SK_CODE, .dflt = "", .label = N_("School code"),
	  .required = 1, .max_chars = 16 },
	{ .key = "union_name", .kind = SK_TEXT, .dflt = "", .label = N_("Union"),
	  .max_chars = 60 },
	{ .key = "dues_mode", .kind = SK_CHOICE, .dflt = "percent", .label = N_("Dues are"),
	  .choices = "percent|fixed", .required = 1 },
	{ .key = "dues_rate", .kind = SK_RATE, .dflt = "5", .label = N_("Rate (%)"),
	  .required = 1, .min = 1, .max = 100 },
	{ .key = "dues_fixed", .kind = SK_MONEY, .dflt = "0", .label = N_("Amount a month"),
	  .required = 1, .min = 0, .max = 1000000 },
	{ .key = "funds_kept_percent", .kind = SK_INT, .dflt = "60",
	  .label = N_("Share of the union funds kept (%)"), .required = 1, .min = 0, .max = 100 },
	{ .key = "cash_account", .kind = SK_ACCOUNT, .dflt = "101",
	  .label = N_("Account for cash received"), .required = 1 },
	{ .key = "books_start", .kind = SK_MONTH, .dflt = NULL,
	  .label = N_("First month of the books"), .required = 1 },
	{ .key = "visit_retired_once_age", .kind = SK_INT, .dflt = "70",
	  .label = N_("Retirees visited once a year from age"), .required = 1, .min = 50,
	  .max = 120 },
	{ .key = "visit_retired_twice_age", .kind = SK_INT, .dflt = "80",
	  .label = N_("Retirees visited twice a year from age"), .required = 1, .min = 50,
	  .max = 120 },
	{ .key = "visit_new_retiree_days", .kind = SK_INT, .dflt = "10",
	  .label = N_("Days to visit a new retiree"), .required = 1, .min = 0, .max = 365 },
	{ .key = "welfare_caps", .kind = SK_CHOICE, .dflt = "none",
	  .label = N_("Welfare caps"), .choices = "none|anhui|custom", .required = 1,
	  .managed = N_("The welfare caps are changed by choosing a preset or editing a cap in "
			"Settings.") },
	{ .key = "setup_done", .kind = SK_FLAG, .dflt = "0", .label = N_("First run done"),
	  .required = 1, .min = 0, .max = 1 },
	{ .key = "school_id", .kind = SK_ID, .dflt = "", .label = N_("File identity"),
	  .managed = N_("This is made by the program and cannot be changed.") },
};
enum { NDEFS = sizeof setting_defs / sizeof setting_defs[0] };

const struct setting_def *setting_find(const char *key)
{
	for (int i = 0; key && i < NDEFS; i++)
		if (strcmp(setting_defs[i].key, key) == 0)
			return &setting_defs[i];
	return NULL;
}

const struct setting_def *setting_at(int i)
{
	return i >= 0 && i < NDEFS ? &setting_defs[i] : NULL;
}

/* ---- reading ---- */

/* The default of a setting whose default is worked out from the records. */
static void setting_computed(const struct setting_def *d, char *buf, size_t n)
{
	if (strcmp(d->key, "books_start") == 0) {
		/* An existing book began with its first dues; a new one begins now. */
		char m[MONTH_LEN];
		if (db_text(NULL, buf, n, "SELECT min(month) FROM dues", NULL) != ERR_OK || !buf[0]) {
			month_this(m);
			snprintf(buf, n, "%s", m);
		}
		return;
	}
	snprintf(buf, n, "%s", "");
}

char *setting_get(const char *key, char *buf, size_t n)
{
	const struct setting_def *d = setting_find(key);
	if (n == 0)
		return buf;
	buf[0] = '\0';
	if (!d)
		return buf;
	if (db_text(NULL, buf, n, "SELECT value FROM setting WHERE key = ?", "t", key) == ERR_OK)
		return buf;
	if (d->dflt)
		snprintf(buf, n, "%s", d->dflt);
	else
		setting_computed(d, buf, n);
	return buf;
}

int64_t setting_int(const char *key)
{
	const struct setting_def *d = setting_find(key);
	char buf[32], *end;
	setting_get(key, buf, sizeof buf);
	long long v = strtoll(buf, &end, 10);
	if (buf[0] && *end == '\0' && (!d || d->min == d->max || (v >= d->min && v <= d->max)))
		return v;
	/* A value out of its range (written by hand into the file) reads as the default. */
	return d && d->dflt ? strtoll(d->dflt, NULL, 10) : 0;
}

char *setting_text(const char *key, char *buf, size_t n)
{
	const struct setting_def *d = setting_find(key);
	if (!d) {
		if (n)
			buf[0] = '\0';
		return buf;
	}
	switch (d->kind) {
	case SK_RATE: {
		int64_t p = setting_int(key);
		snprintf(buf, n, "%d.%d", (int)(p / 10), (int)(p % 10));
		return buf;
	}
	case SK_MONEY:
		return money_plain(setting_int(key), buf, n);
	case SK_INT:
	case SK_FLAG:
		snprintf(buf, n, "%lld", (long long)setting_int(key));
		return buf;
	default:
		return setting_get(key, buf, n);
	}
}

char *setting_title(char *buf, size_t n)
{
	setting_get("union_name", buf, n);
	if (!buf[0])
		setting_get("school_name", buf, n);
	return buf;
}

/* ---- checking ---- */

err_code setting_check_rate(const char *input, char *out, size_t n, struct err *e)
{
	char *t = text_nfkc(input ? input : "");
	const char *p = t ? t : "";
	long whole = 0, tenth = 0;
	int digits = 0, ok = 1;

	while (isdigit((unsigned char)*p) && digits < 4) {
		whole = whole * 10 + (*p++ - '0');
		digits++;
	}
	if (*p == '.') {
		p++;
		if (isdigit((unsigned char)*p)) {
			tenth = *p++ - '0';
			digits++;
		}
		while (*p == '0')
			p++;
	}
	while (*p == ' ')
		p++;
	if (*p == '%')
		p++;
	if (*p || digits == 0)
		ok = 0;
	free(t);
	long permille = whole * 10 + tenth;
	if (!ok || permille < 1 || permille > 100)
		return err_set(e, ERR_INPUT, _("The rate is a percentage from 0.1 to 10, such as "
					       "0.5."));
	snprintf(out, n, "%ld.%ld", permille / 10, permille % 10);
	return ERR_OK;
}

static err_code check_code(const struct setting_def *d, const char *s, char *out, size_t n,
			   struct err *e);

err_code setting_check_code(const char *input, char *out, size_t n, struct err *e)
{
	char *t = text_nfkc(input ? input : "");
	err_code c;
	if (!t)
		return err_set(e, ERR_INPUT, _("The value is not valid text (UTF-8)."));
	if (!t[0]) {
		snprintf(out, n, "%s", "");
		c = ERR_OK;
	} else {
		c = check_code(setting_find("school_code"), t, out, n, e);
	}
	free(t);
	return c;
}

static err_code check_text(const struct setting_def *d, const char *s, size_t len, char *out,
			   size_t n, struct err *e)
{
	if (!text_valid(s, len) || memchr(s, '\0', len))
		return err_set(e, ERR_INPUT, _("The value is not valid text (UTF-8)."));
	size_t chars = u8_mbsnlen((const uint8_t *)s, len);
	if ((int)chars > d->max_chars || len >= n)
		return err_set(e, ERR_INPUT, ngettext("The name is too long: at most %d character.",
						      "The name is too long: at most %d characters.",
						      d->max_chars), d->max_chars);
	memcpy(out, s, len);
	out[len] = '\0';
	if (text_has_control(out))
		return err_set(e, ERR_INPUT, _("The name may not hold control characters or line "
					       "breaks."));
	return ERR_OK;
}

static err_code check_code(const struct setting_def *d, const char *s, char *out, size_t n,
			   struct err *e)
{
	size_t len = strlen(s);
	int ok = len > 0 && (int)len <= d->max_chars && len < n;
	for (size_t i = 0; ok && i < len; i++)
		ok = isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_';
	if (!ok)
		/* L10N: %1$s what was typed, %2$d the most characters allowed. */
		return err_set(e, ERR_INPUT, _("The school code \"%1$s\" must be 1 to %2$d letters, "
					       "digits, - or _, such as S017."), s, d->max_chars);
	for (size_t i = 0; i < len; i++)
		out[i] = (char)toupper((unsigned char)s[i]);
	out[len] = '\0';
	return ERR_OK;
}

static err_code check_choice(const struct setting_def *d, const char *s, char *out,
			     size_t n, struct err *e)
{
	size_t len = strlen(s);
	for (const char *p = d->choices; *p;) {
		size_t k = strcspn(p, "|");
		if (k == len && strncmp(p, s, k) == 0) {
			snprintf(out, n, "%s", s);
			return ERR_OK;
		}
		p += k + (p[k] == '|');
	}
	char list[128];
	snprintf(list, sizeof list, "%s", d->choices);
	for (char *q = list; (q = strchr(q, '|')); )
		*q = ' ';
	/* L10N: %1$s what was typed, %2$s the codes allowed ("percent fixed"). */
	return err_set(e, ERR_INPUT, _("\"%1$s\" is not one of: %2$s."), s, list);
}

static err_code check_account(const char *s, char *out, size_t n, struct err *e)
{
	char code[ACCOUNT_LEN];
	err_code c = ledger_account(s, code, e);
	if (c != ERR_OK)
		return c;
	int64_t cash = 0;
	c = db_int(e, &cash, "SELECT count(*) FROM account WHERE code = ?1 AND "
		   "(code IN ('101', '102') OR parent IN ('101', '102'))", "t", code);
	if (c != ERR_OK)
		return c;
	if (!cash)
		return err_set(e, ERR_INPUT, _("Cash received goes into 101 (cash), 102 (bank) or "
					       "one of their sub-accounts, not %s."), code);
	snprintf(out, n, "%s", code);
	return ERR_OK;
}

/* A whole number from min to max. */
static err_code check_int(const struct setting_def *d, const char *s, char *out, size_t n,
			  struct err *e)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (!*s || *end || v < d->min || v > d->max) {
		if (d->kind == SK_FLAG)
			return err_set(e, ERR_INPUT, _("\"%s\" is not 0 or 1."), s);
		/* L10N: %1$s what was typed, %2$lld and %3$lld the smallest and largest allowed. */
		return err_set(e, ERR_INPUT, _("\"%1$s\" is not a whole number from %2$lld to "
					       "%3$lld."), s, (long long)d->min, (long long)d->max);
	}
	snprintf(out, n, "%lld", v);
	return ERR_OK;
}

err_code setting_parse(const char *key, const char *input, char *stored, size_t n,
		       struct err *e)
{
	const struct setting_def *d = setting_find(key);
	if (!d)
		return err_set(e, ERR_INPUT, _("There is no setting \"%s\"."), key ? key : "");
	if (d->managed)
		return err_set(e, ERR_INPUT, "%s", _(d->managed));
	/* Names are kept as typed, trimmed; everything else is NFKC-normalised first, so
	 * full-width digits and letters from an input method are understood. */
	char *norm = NULL;
	const char *s;
	size_t len;
	if (d->kind == SK_TEXT) {
		s = input ? input : "";
		while (*s == ' ' || *s == '\t')
			s++;
		len = strlen(s);
		while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
	} else {
		if (!(norm = text_nfkc(input ? input : "")))
			return err_set(e, ERR_INPUT, _("The value is not valid text (UTF-8)."));
		s = norm;
		len = strlen(s);
	}
	err_code c;
	if (len == 0 && d->required) {
		c = err_set(e, ERR_INPUT, _("This cannot be left empty."));
		goto out;
	}
	switch (d->kind) {
	case SK_TEXT:
		c = check_text(d, s, len, stored, n, e);
		break;
	case SK_CODE:
		c = check_code(d, s, stored, n, e);
		break;
	case SK_CHOICE:
		c = check_choice(d, s, stored, n, e);
		break;
	case SK_RATE: {
		char rate[16];
		int whole = 0, tenth = 0;
		c = setting_check_rate(s, rate, sizeof rate, e);
		if (c == ERR_OK && sscanf(rate, "%d.%d", &whole, &tenth) == 2)
			snprintf(stored, n, "%d", whole * 10 + tenth);
		break;
	}
	case SK_MONEY: {
		int64_t fen;
		c = money_parse(s, &fen, e);
		if (c == ERR_OK && (fen < d->min || fen > d->max)) {
			char lim[32];
			money_format(d->max, lim, sizeof lim);
			/* L10N: %s the largest amount allowed ("10,000.00"). */
			c = err_set(e, ERR_INPUT, _("The amount must be from 0 to %s."), lim);
		}
		if (c == ERR_OK)
			snprintf(stored, n, "%lld", (long long)fen);
		break;
	}
	case SK_INT:
	case SK_FLAG: {
		char plain[32];
		snprintf(plain, sizeof plain, "%s", s);
		size_t l = strlen(plain);
		if (d->kind == SK_INT && l && plain[l - 1] == '%')
			plain[--l] = '\0';
		c = check_int(d, plain, stored, n, e);
		break;
	}
	case SK_ACCOUNT:
		c = check_account(s, stored, n, e);
		break;
	case SK_MONTH: {
		char m[MONTH_LEN];
		c = month_parse(s, m, e);
		if (c == ERR_OK)
			snprintf(stored, n, "%s", m);
		break;
	}
	default:
		c = err_set(e, ERR_INPUT, _("This is made by the program and cannot be changed."));
	}
out:
	free(norm);
	return c;
}

/* ---- writing ---- */

static err_code setting_store(const char *key, const char *stored, struct err *e)
{
	return db_exec(e, "INSERT INTO setting(key, value) VALUES (?, ?) "
		       "ON CONFLICT(key) DO UPDATE SET value = excluded.value "
		       "WHERE value IS NOT excluded.value", "tt", key, stored);
}

/* The rules between settings, on the settings as they are once written (inside the
 * transaction, so a refusal rolls them back). */
static err_code setting_check_together(struct err *e)
{
	char mode[32];
	setting_get("dues_mode", mode, sizeof mode);
	if (strcmp(mode, "fixed") == 0 && setting_int("dues_fixed") <= 0)
		return err_set(e, ERR_INPUT, _("Dues are a fixed amount a month, so the amount a "
					       "month (dues_fixed) must be more than 0."));
	return ERR_OK;
}

struct text_limit setting_limit(const char *key)
{
	const struct setting_def *d = setting_find(key);
	struct text_limit l = { TEXT_CHARS, 0, 0 };
	if (d && (d->kind == SK_TEXT || d->kind == SK_CODE)) {
		l.n = d->max_chars;
		l.code = d->kind == SK_CODE;
	}
	return l;
}

err_code setting_set_many(const char *const *keys, const char *const *values, int n,
			  struct err *e)
{
	char stored[1024];
	err_code c;
	for (int i = 0; i < n; i++)
		if ((c = setting_parse(keys[i], values[i], stored, sizeof stored, e)) != ERR_OK)
			return err_at(e, keys[i], c);
	if ((c = db_begin(e)) != ERR_OK)
		return c;
	for (int i = 0; i < n; i++) {
		if ((c = setting_parse(keys[i], values[i], stored, sizeof stored, e)) != ERR_OK ||
		    (c = setting_store(keys[i], stored, e)) != ERR_OK) {
			db_rollback();
			return c;
		}
	}
	if ((c = setting_check_together(e)) != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

err_code setting_set(const char *key, const char *value, struct err *e)
{
	return setting_set_many(&key, &value, 1, e);
}

err_code setting_put(const char *key, const char *stored, struct err *e)
{
	const struct setting_def *d = setting_find(key);
	if (!d || !d->managed)
		return err_set(e, ERR_DB, "setting_put: \"%s\" is not a managed setting",
			       key ? key : "");
	return setting_store(key, stored, e);
}

/* ---- CSV: key,value ----
 * The settings this union has set (not the defaults it never changed), each as a
 * person types it (setting_text): what a move to a new PC needs for the same titles
 * and the same report (the dues rule, books_start). Left out: what the program makes
 * (school_id, the file's own identity) and what another module manages (welfare_caps,
 * with the caps themselves). An import checks each row at its line and sets them all
 * at its end in one go (setting_set_many), so the settings as they will be are checked
 * together (a fixed amount a month with dues_mode fixed). */

static struct {
	char keys[NDEFS][32];
	char values[NDEFS][512];
	int n;
} setting_in;

static void setting_import_begin(void) { setting_in.n = 0; }

static err_code setting_import_row(const struct io_row *r, struct err *e)
{
	const char *key = io_get(r, "key");
	char value[512], stored[1024];
	err_code c;
	if (!*key)
		return err_set(e, ERR_INPUT, _("key: the name of the setting is empty."));
	if ((c = io_text(r, "value", value, sizeof value, e)) != ERR_OK)
		return c;
	if ((c = setting_parse(key, value, stored, sizeof stored, e)) != ERR_OK) {
		err_prefix(e, "%s: ", key);
		return c;
	}
	for (int i = 0; i < setting_in.n; i++)
		if (strcmp(setting_in.keys[i], key) == 0)
			/* L10N: %s the setting's key (dues_rate). */
			return err_set(e, ERR_INPUT, _("%s: the setting is given twice."), key);
	/* a known key, not twice: there is room for it */
	snprintf(setting_in.keys[setting_in.n], sizeof setting_in.keys[0], "%s", key);
	snprintf(setting_in.values[setting_in.n], sizeof setting_in.values[0], "%s", value);
	setting_in.n++;
	return ERR_OK;
}

static err_code setting_import_end(struct err *e)
{
	const char *keys[NDEFS], *values[NDEFS];
	for (int i = 0; i < setting_in.n; i++) {
		keys[i] = setting_in.keys[i];
		values[i] = setting_in.values[i];
	}
	err_code c = setting_in.n ? setting_set_many(keys, values, setting_in.n, e) : ERR_OK;
	if (c != ERR_OK && e && e->field[0])
		err_prefix(e, "%s: ", e->field);
	setting_in.n = 0;
	return c;
}

static err_code setting_export_rows(FILE *out, struct err *e)
{
	for (int i = 0; i < NDEFS; i++) {
		const struct setting_def *d = &setting_defs[i];
		int64_t set = 0;
		if (d->managed || d->kind == SK_ID)
			continue;
		err_code c = db_int(e, &set, "SELECT count(*) FROM setting WHERE key = ?", "t",
				    d->key);
		if (c != ERR_OK)
			return c;
		if (!set)
			continue;
		char value[512];
		setting_text(d->key, value, sizeof value);
		const char *f[] = { d->key, value };
		io_put_row(out, 2, f);
	}
	return ERR_OK;
}

const struct io_kind settings_io = {
	.name = "settings",
	.columns = "key,value",
	.required = "key",
	.import_row = setting_import_row,
	.export_rows = setting_export_rows,
	.import_begin = setting_import_begin,
	.import_end = setting_import_end,
};

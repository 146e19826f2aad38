/*
 * test_setting.c — the settings table: defaults, the text and stored forms, each kind's
 * check, all-or-none writes and the rule between dues_mode and dues_fixed.
 */
#include "core/dues.h"
#include "core/setting.h"
#include "db/db.h"
#include "check.h"
#include "fixture.h"

#include <stdio.h>
#include <string.h>

static void sql(const char *s)
{
	struct err e = { 0 };
	if (db_exec_script(&e, s) != ERR_OK)
		printf("FAIL sql %s: %s\n", s, e.msg);
}

static const char *text(const char *key)
{
	static char buf[256];
	return setting_text(key, buf, sizeof buf);
}

static void test_defaults(void)
{
	char buf[64];
	fixture_open("setting");
	CHECK_STR(setting_get("school_name", buf, sizeof buf), "");
	CHECK_STR(setting_get("dues_mode", buf, sizeof buf), "percent");
	CHECK_INT(setting_int("dues_rate"), 5);
	CHECK_STR(text("dues_rate"), "0.5");
	CHECK_STR(text("dues_fixed"), "0.00");
	CHECK_INT(setting_int("funds_kept_percent"), 60);
	CHECK_STR(text("cash_account"), "101");
	CHECK_INT(setting_int("setup_done"), 0);
	CHECK_INT(setting_int("visit_retired_once_age"), 70);
	CHECK_STR(text("welfare_caps"), "none");
	/* books_start: this month in a new book, the first dues month once there are dues */
	CHECK_STR(text("books_start"), "2025-06");
	sql("INSERT INTO member(no, name) VALUES ('T1', '张三');"
	    "INSERT INTO dues(member_id, month, amount, paid_on) VALUES (1, '2024-09', 100, "
	    "'2024-09-30'), (1, '2024-11', 100, '2024-11-30');");
	CHECK_STR(text("books_start"), "2024-09");
	/* the file's identity: 32 hex digits, made when the file was */
	CHECK_INT(strlen(text("school_id")), 32);
	CHECK(strspn(text("school_id"), "0123456789abcdef") == 32);
	/* an unknown key has no value and no row */
	CHECK(setting_find("no_such") == NULL);
	CHECK_STR(setting_get("no_such", buf, sizeof buf), "");
	/* a value out of range written by hand reads as the default */
	sql("UPDATE setting SET value = '2000' WHERE key = 'dues_rate'");
	CHECK_INT(setting_int("dues_rate"), 5);
	fixture_close();
}

static void test_checks(void)
{
	struct err e = { 0 };
	char out[256];
	fixture_open("setting");
	struct { const char *key, *in, *stored, *msg; } cases[] = {
		{ "school_name", "  红星乡中心小学 ", "红星乡中心小学", NULL },
		{ "school_name", "", NULL, "This cannot be left empty." },
		{ "school_name", "a\033[2Jb", NULL,
		  "The name may not hold control characters or line breaks." },
		{ "school_name", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
				 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
		  NULL, "The name is too long: at most 60 characters." },
		{ "union_name", "", "", NULL },
		{ "school_code", "ｓ０１７", "S017", NULL },
		{ "school_code", "360121-017", "360121-017", NULL },
		{ "school_code", "S 17", NULL,
		  "The school code \"S 17\" must be 1 to 16 letters, digits, - or _, such as S017." },
		{ "dues_mode", "fixed", "fixed", NULL },
		{ "dues_mode", "rate", NULL, "\"rate\" is not one of: percent fixed." },
		{ "dues_rate", "1", "10", NULL },
		{ "dues_rate", "０．５%", "5", NULL },
		{ "dues_rate", "12", NULL, "The rate is a percentage from 0.1 to 10, such as 0.5." },
		{ "dues_rate", "0", NULL, "The rate is a percentage from 0.1 to 10, such as 0.5." },
		{ "dues_fixed", "10", "1000", NULL },
		{ "dues_fixed", "1,234.50元", "123450", NULL },
		{ "dues_fixed", "20000", NULL, "The amount must be from 0 to 10,000.00." },
		{ "dues_fixed", "1.2.3", NULL, "\"1.2.3\" is not an amount of money." },
		{ "funds_kept_percent", "70%", "70", NULL },
		{ "funds_kept_percent", "160", NULL, "\"160\" is not a whole number from 0 to 100." },
		{ "cash_account", "银行存款", "102", NULL },
		{ "cash_account", "401", NULL,
		  "Cash received goes into 101 (cash), 102 (bank) or one of their sub-accounts, "
		  "not 401." },
		{ "books_start", "2024年9月", "2024-09", NULL },
		{ "setup_done", "2", NULL, "\"2\" is not 0 or 1." },
		{ "visit_retired_once_age", "７５", "75", NULL },
		{ "visit_new_retiree_days", "400", NULL,
		  "\"400\" is not a whole number from 0 to 365." },
		{ "welfare_caps", "anhui", NULL, "The welfare caps are changed by choosing a preset "
		  "or editing a cap in Settings." },
		{ "school_id", "abc", NULL, "This is made by the program and cannot be changed." },
		{ "colour", "red", NULL, "There is no setting \"colour\"." },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		err_clear(&e);
		out[0] = '\0';
		err_code c = setting_parse(cases[i].key, cases[i].in, out, sizeof out, &e);
		if (cases[i].stored) {
			CHECK_INT(c, ERR_OK);
			CHECK_STR(out, cases[i].stored);
		} else {
			CHECK_INT(c, ERR_INPUT);
			CHECK_STR(e.msg, cases[i].msg);
		}
	}
	fixture_close();
}

static void test_set_many(void)
{
	struct err e = { 0 };
	char buf[64];
	fixture_open("setting");
	/* all or none: one bad value and nothing is written */
	const char *k1[] = { "school_name", "dues_rate" };
	const char *v1[] = { "红星小学", "15" };
	CHECK_INT(setting_set_many(k1, v1, 2, &e), ERR_INPUT);
	CHECK_STR(e.field, "dues_rate");   /* a form shows it beside that field */
	CHECK_STR(setting_get("school_name", buf, sizeof buf), "");
	CHECK_INT(fixture_count("SELECT count(*) FROM setting WHERE key = 'school_name'"), 0);
	/* the rule between settings is checked on the settings as they would be */
	const char *k2[] = { "school_name", "dues_mode" };
	const char *v2[] = { "红星小学", "fixed" };
	CHECK_INT(setting_set_many(k2, v2, 2, &e), ERR_INPUT);
	CHECK_STR(e.msg, "Dues are a fixed amount a month, so the amount a month (dues_fixed) "
		  "must be more than 0.");
	CHECK_STR(setting_get("school_name", buf, sizeof buf), "");
	const char *k3[] = { "school_name", "dues_mode", "dues_fixed", "school_code" };
	const char *v3[] = { "红星小学", "fixed", "12.5", "s017" };
	CHECK_INT(setting_set_many(k3, v3, 4, &e), ERR_OK);
	CHECK_STR(text("school_name"), "红星小学");
	CHECK_STR(text("dues_fixed"), "12.50");
	CHECK_INT(setting_int("dues_fixed"), 1250);
	CHECK_STR(text("school_code"), "S017");
	/* printing then setting gives back the same value */
	for (int i = 0; setting_at(i); i++) {
		const struct setting_def *d = setting_at(i);
		char was[256], stored[256];
		if (d->managed)
			continue;
		setting_text(d->key, was, sizeof was);
		if (!was[0] && d->required)
			continue;
		CHECK_INT(setting_set(d->key, was, &e), ERR_OK);
		CHECK_STR(setting_text(d->key, stored, sizeof stored), was);
	}
	/* a change leaves its trace in the audit log */
	CHECK_INT(fixture_count("SELECT count(*) FROM audit_log WHERE tbl = 'setting' AND "
				"new LIKE '%红星小学%'"), 1);
	/* union_name, else school_name, is the title */
	CHECK_STR(setting_title(buf, sizeof buf), "红星小学");
	CHECK_INT(setting_set("union_name", "红星小学工会", &e), ERR_OK);
	CHECK_STR(setting_title(buf, sizeof buf), "红星小学工会");
	fixture_close();
}

/* The limits a form shows beside a setting's field come from the table. */
static void test_limits(void)
{
	struct text_limit l = setting_limit("school_name");
	CHECK_INT(l.unit, TEXT_CHARS);
	CHECK_INT(l.n, 60);
	CHECK_INT(l.code, 0);
	l = setting_limit("school_code");
	CHECK_INT(l.n, 16);
	CHECK_INT(l.code, 1);
	CHECK_INT(setting_limit("dues_rate").n, 0);
	CHECK_INT(setting_limit("colour").n, 0);
}

/* The settings kind: what was set goes out as typed and comes back; a bad row is
 * refused at its line, and nothing is set. */
static void test_csv(void)
{
	struct err e = { 0 };
	char *out = NULL, buf[64];
	fixture_open("setting-csv");
	const char *k[] = { "school_name", "dues_rate", "books_start" };
	const char *v[] = { "红星小学", "1", "2024-09" };
	CHECK_INT(setting_set_many(k, v, 3, &e), ERR_OK);
	CHECK_INT(fixture_export("settings", &out, &e), ERR_OK);
	/* (saving the dues rule stores its other settings too) */
	CHECK_STR(out, "key,value\nschool_name,红星小学\ndues_mode,percent\ndues_rate,1.0\n"
		  "dues_fixed,0.00\nfunds_kept_percent,60\nbooks_start,2024-09\n");
	fixture_close();

	fixture_open("setting-csv-b");
	CHECK_INT(fixture_import("settings", out, &e), ERR_OK);
	free(out);
	CHECK_STR(setting_get("school_name", buf, sizeof buf), "红星小学");
	CHECK_INT(setting_int("dues_rate"), 10);
	CHECK_STR(setting_get("books_start", buf, sizeof buf), "2024-09");
	CHECK_INT(fixture_import("settings", "key,value\nunion_name,红星工会\ndues_rate,15\n",
				 &e), ERR_INPUT);
	CHECK_STR(e.msg, "3: dues_rate: The rate is a percentage from 0.1 to 10, such as 0.5.");
	CHECK_INT(fixture_import("settings", "key,value\nschool_id,abc\n", &e), ERR_INPUT);
	CHECK_STR(e.msg, "2: school_id: This is made by the program and cannot be changed.");
	CHECK_INT(fixture_import("settings", "key,value\nunion_name,甲\nunion_name,乙\n", &e),
		  ERR_INPUT);
	CHECK_STR(e.msg, "3: union_name: the setting is given twice.");
	CHECK_STR(setting_get("union_name", buf, sizeof buf), "");
	fixture_close();
}

int main(void)
{
	RUN(test_limits);
	setenv("GONGHUI_TODAY", "2025-06-15", 1);
	RUN(test_defaults);
	RUN(test_checks);
	RUN(test_set_many);
	RUN(test_csv);
	return check_done();
}

/*
 * test_tui_form.c — the form engine moves values between a record and its fields
 * (tui/form.h): loaded as text (money as 1234.50, flags as 0/1, choices as codes, an
 * empty amount for 0), typed values parsed once into the record's own types (fen,
 * ints, ISO dates, codes), a bad value refused with its reason beside its field and the
 * record left as it was.
 */
#include "tests/unit/check.h"
#include "tui/form.h"
#include "core/category.h"

#include <locale.h>
#include <stdint.h>

struct rec {
	char name[16];
	char born[11];
	int64_t wage;
	int children;
	int hardship;
	char kind[16];
	char gender[2];
};

static const struct form_choice genders[] = {
	{ "", "not given" },
	{ "m", "male" },
	{ "f", "female" },
};

#define AT(m) FORM_AT(struct rec, m)
static const struct form_field fields[] = {
	{ .name = "name", .label = "Name", .kind = FK_TEXT, .width = 12, .required = 1,
	  AT(name) },
	{ .name = "born", .label = "Born", .kind = FK_DATE, .width = 10, AT(born) },
	{ .name = "wage", .label = "Wage", .kind = FK_MONEY, .width = 12, AT(wage) },
	{ .name = "children", .label = "Children", .kind = FK_INT, .width = 4, AT(children) },
	{ .name = "hardship", .label = "Hardship", .kind = FK_FLAG, .width = 6, AT(hardship) },
	{ .name = "kind", .label = "Kind", .kind = FK_CHOICE, .width = 12,
	  .cat = CAT_MEMBER_KIND, AT(kind) },
	{ .name = "gender", .label = "Gender", .kind = FK_CHOICE, .width = 12,
	  FORM_CHOICES(genders), AT(gender) },
};
#undef AT
#define NF ((int)(sizeof fields / sizeof fields[0]))

static void test_load(void)
{
	struct rec r = { "张三", "1980-05-01", 456780, 2, 1, "staff", "m" };
	struct form *f = form_new("t", fields, NF);
	form_record(f, &r, sizeof r);
	CHECK_STR(form_get(f, "name"), "张三");
	CHECK_STR(form_get(f, "born"), "1980-05-01");
	CHECK_STR(form_get(f, "wage"), "4567.80");
	CHECK_STR(form_get(f, "children"), "2");
	CHECK_STR(form_get(f, "hardship"), "1");
	CHECK_STR(form_get(f, "kind"), "staff");
	CHECK_STR(form_get(f, "gender"), "m");
	CHECK(!form_modified(f));
	form_free(&f);
	CHECK(f == NULL);

	/* 0 shows as empty; a code the choice lacks (an x_init's "") becomes the first;
	 * "" is a code of its own in genders. */
	struct rec z = { "李四", "", 0, 0, 0, "", "" };
	f = form_new("t", fields, NF);
	form_record(f, &z, sizeof z);
	CHECK_STR(form_get(f, "wage"), "");
	CHECK_STR(form_get(f, "children"), "");
	CHECK_STR(form_get(f, "hardship"), "0");
	CHECK_STR(form_get(f, "kind"), "teacher");
	CHECK_STR(form_get(f, "gender"), "");
	form_free(&f);
}

static void test_fill(void)
{
	struct rec r = { "张三", "", 0, 0, 0, "teacher", "" };
	struct form *f = form_new("t", fields, NF);
	form_record(f, &r, sizeof r);
	/* As typed: full-width digits from an input method, a date in Chinese, yuan. */
	form_set(f, "name", "  欧阳娜娜 ");
	form_set(f, "born", "1990年2月14日");
	form_set(f, "wage", "１,２３４.５元");
	form_set(f, "children", "３");
	form_set(f, "hardship", "1");
	form_set(f, "gender", "f");
	CHECK_INT(form_fill(f, &r), -1);
	CHECK_STR(r.name, "欧阳娜娜");
	CHECK_STR(r.born, "1990-02-14");
	CHECK_INT(r.wage, 123450);
	CHECK_INT(r.children, 3);
	CHECK_INT(r.hardship, 1);
	CHECK_STR(r.kind, "teacher");
	CHECK_STR(r.gender, "f");
	/* The field shows the value as stored. */
	CHECK_STR(form_get(f, "wage"), "1234.50");

	/* A bad amount: refused beside its field, the record untouched. */
	struct rec before = r;
	form_set(f, "wage", "12.3.4");
	form_set(f, "name", "王五");
	CHECK_INT(form_fill(f, &r), 2);
	CHECK(form_field_error(f, "wage")[0] != '\0');
	CHECK_STR(form_field_error(f, "name"), "");
	CHECK(memcmp(&r, &before, sizeof r) == 0);

	/* A required field left empty (only spaces, a full-width one too). */
	form_set(f, "wage", "");
	form_set(f, "name", "\u3000 ");
	CHECK_INT(form_fill(f, &r), 0);
	CHECK_STR(form_field_error(f, "name"), "Please fill in Name.");
	form_set(f, "name", "王五");
	form_set(f, "children", "2.5");
	CHECK_INT(form_fill(f, &r), 3);
	CHECK_STR(form_field_error(f, "children"), "Please give a whole number, such as 3.");
	form_set(f, "children", "");
	CHECK_INT(form_fill(f, &r), -1);
	CHECK_INT(r.wage, 0);
	CHECK_INT(r.children, 0);
	CHECK_STR(r.name, "王五");

	/* Longer than the record's member holds (name[16]: 15 bytes): refused whole with
	 * the field and its limit, never cut, the record untouched. */
	before = r;
	form_set(f, "name", "欧阳一二三四");
	CHECK_INT(form_fill(f, &r), 0);
	CHECK_STR(form_field_error(f, "name"), "Name: too long; it holds at most 5 Chinese "
		  "characters or 15 letters and digits, and this has 6 characters.");
	CHECK_STR(form_get(f, "name"), "欧阳一二三四");
	CHECK(memcmp(&r, &before, sizeof r) == 0);
	form_set(f, "name", "欧阳一二三");
	CHECK_INT(form_fill(f, &r), -1);
	CHECK_STR(r.name, "欧阳一二三");
	form_free(&f);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	RUN(test_load);
	RUN(test_fill);
	return check_done();
}

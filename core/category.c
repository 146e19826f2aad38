/* category.c — one table per kind of code, and lookups in both directions. */
#include "core/category.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct category gender[] = {
	{ "m", N_("male"), "男", "男" },
	{ "f", N_("female"), "女", "女" },
};

static const struct category status[] = {
	{ "active", N_("active"), "在职", "在職" },
	{ "retired", N_("retired"), "退休", "退休" },
	{ "left", N_("left"), "离会", "離會" },
	{ "deceased", N_("deceased"), "去世", "去世" },
};

static const struct category member_kind[] = {
	{ "teacher", N_("teacher"), "教师", "教師" },
	{ "staff", N_("staff"), "职工", "職工" },
	{ "substitute", N_("substitute"), "代课", "代課" },
};

static const struct category flag[] = {
	{ "hardship", N_("hardship"), "困难职工", "困難職工" },
	{ "model_worker", N_("model worker"), "劳模", "勞模" },
};

static const struct category welfare[] = {
	{ "illness", N_("illness"), "生病", "生病" },
	{ "hospital", N_("hospital stay"), "住院", "住院" },
	{ "wedding", N_("wedding"), "结婚", "結婚" },
	{ "bereavement", N_("bereavement"), "丧事", "喪事" },
	{ "childbirth", N_("childbirth"), "生育", "生育" },
	{ "retirement", N_("retirement"), "退休", "退休" },
	{ "hardship", N_("hardship"), "困难", "困難" },
	{ "holiday", N_("holiday"), "节日", "節日" },
	{ "birthday", N_("birthday"), "生日", "生日" },
	{ "longevity", N_("longevity"), "祝寿", "祝壽" },
	{ "elderly_day", N_("Double Ninth"), "重阳", "重陽" },
	{ "model_worker", N_("model worker"), "劳模", "勞模" },
	{ "disaster", N_("disaster"), "受灾", "受災" },
	{ "other", N_("other"), "其他", "其他" },
};

static const struct category event[] = {
	{ "sports", N_("sports"), "体育", "體育" },
	{ "culture", N_("culture"), "文艺", "文藝" },
	{ "outing", N_("outing"), "春秋游", "春秋遊" },
	{ "health_check", N_("health check"), "体检", "體檢" },
	{ "rest_leave", N_("rest leave"), "疗休养", "療休養" },
	{ "blood_donation", N_("blood donation"), "献血", "捐血" },
	{ "training", N_("training"), "培训", "培訓" },
	{ "celebration", N_("celebration"), "庆祝", "慶祝" },
	{ "other", N_("other"), "其他", "其他" },
};

static const struct category signup[] = {
	{ "signed", N_("signed up"), "已报名", "已報名" },
	{ "waitlist", N_("waiting"), "候补", "候補" },
	{ "cancelled", N_("cancelled"), "已取消", "已取消" },
	{ "attended", N_("attended"), "已参加", "已參加" },
	{ "absent", N_("absent"), "缺席", "缺席" },
};

static const struct category proposal[] = {
	{ "received", N_("received"), "已收到", "已收到" },
	{ "answered", N_("answered"), "已答复", "已答覆" },
	{ "adopted", N_("adopted"), "已采纳", "已採納" },
	{ "rejected", N_("not adopted"), "未采纳", "未採納" },
};

static const struct category paid_by[] = {
	{ "union", N_("union funds"), "工会", "工會" },
	{ "school", N_("school"), "学校", "學校" },
};

static const struct category account_type[] = {
	{ "asset", N_("asset"), "资产", "資產" },
	{ "liability", N_("liability"), "负债", "負債" },
	{ "net", N_("net assets"), "净资产", "淨資產" },
	{ "income", N_("income"), "收入", "收入" },
	{ "expense", N_("expense"), "支出", "支出" },
};

/* Other words people write for a code in a file, besides its names above. */
static const struct {
	enum cat_kind kind;
	const char *word, *code;
} aliases[] = {
	{ CAT_SIGNUP, "取消", "cancelled" }, { CAT_SIGNUP, "canceled", "cancelled" },
	{ CAT_SIGNUP, "报名", "signed" }, { CAT_SIGNUP, "報名", "signed" },
	{ CAT_SIGNUP, "参加", "attended" }, { CAT_SIGNUP, "參加", "attended" },
	{ CAT_SIGNUP, "出席", "attended" },
};

#define KIND(t, label) { t, sizeof t / sizeof t[0], label }
static const struct {
	const struct category *list;
	int n;
	const char *label;
} kinds[CAT_COUNT_] = {
	[CAT_GENDER] = KIND(gender, N_("gender")),
	[CAT_STATUS] = KIND(status, N_("status")),
	[CAT_MEMBER_KIND] = KIND(member_kind, N_("kind")),
	[CAT_FLAG] = KIND(flag, N_("flag")),
	[CAT_WELFARE] = KIND(welfare, N_("kind")),
	[CAT_EVENT] = KIND(event, N_("kind")),
	[CAT_SIGNUP] = KIND(signup, N_("status")),
	[CAT_PROPOSAL] = KIND(proposal, N_("status")),
	[CAT_PAID_BY] = KIND(paid_by, N_("paid by")),
	[CAT_ACCOUNT_TYPE] = KIND(account_type, N_("type")),
};

const struct category *cat_list(enum cat_kind k, int *n)
{
	*n = kinds[k].n;
	return kinds[k].list;
}

const char *cat_kind_label(enum cat_kind k) { return _(kinds[k].label); }

const char *cat_name(enum cat_kind k, const char *code)
{
	for (int i = 0; i < kinds[k].n; i++)
		if (strcmp(kinds[k].list[i].code, code) == 0)
			return _(kinds[k].list[i].name);
	return code;
}

static int cat_same(const char *folded, const char *s)
{
	char *f = text_fold(s);
	int same = f && strcmp(f, folded) == 0;
	free(f);
	return same;
}

const char *cat_code(enum cat_kind k, const char *input)
{
	char *q = text_fold(input ? input : "");
	const char *found = NULL;
	if (q && *q) {
		for (int i = 0; i < kinds[k].n && !found; i++) {
			const struct category *c = &kinds[k].list[i];
			if (cat_same(q, c->code) || cat_same(q, c->name) || cat_same(q, c->hans) ||
			    cat_same(q, c->hant) || cat_same(q, _(c->name)))
				found = c->code;
		}
		for (size_t i = 0; i < sizeof aliases / sizeof aliases[0] && !found; i++)
			if (aliases[i].kind == k && cat_same(q, aliases[i].word))
				found = aliases[i].code;
	}
	free(q);
	return found;
}

err_code cat_parse(enum cat_kind k, const char *field, const char *input, const char **code,
		   struct err *e)
{
	const char *c = cat_code(k, input);
	if (c) {
		*code = c;
		return ERR_OK;
	}
	char allowed[512] = "";
	size_t o = 0;
	for (int i = 0; i < kinds[k].n && o < sizeof allowed - 1; i++)
		o += snprintf(allowed + o, sizeof allowed - o, "%s%s", i ? ", " : "",
			      kinds[k].list[i].code);
	/* L10N: %1$s is the field ("kind"), %2$s what was typed, %3$s the allowed codes. */
	return err_set(e, ERR_INPUT, _("%1$s \"%2$s\" is not one of: %3$s."), field, input, allowed);
}

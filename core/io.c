/* io.c — the CSV import/export driver and the list of kinds. */
#include "core/io.h"
#include "core/category.h"
#include "core/date.h"
#include "core/money.h"
#include "core/text.h"
#include "db/db.h"

#include <stdlib.h>
#include <string.h>

/* The kinds: each module defines its own struct io_kind; add one line for a new kind. */
extern const struct io_kind members_io;
extern const struct io_kind dues_io;
extern const struct io_kind ledger_io;
extern const struct io_kind welfare_io;
extern const struct io_kind visits_io;
extern const struct io_kind events_io;
extern const struct io_kind signups_io;
extern const struct io_kind donations_io;
extern const struct io_kind handovers_io;
extern const struct io_kind congress_io;
extern const struct io_kind proposals_io;
extern const struct io_kind accounts_io;
extern const struct io_kind settings_io;
extern const struct io_kind caps_io;

static const struct io_kind *const io_kinds[] = {
	&members_io,
	&dues_io,
	&ledger_io,
	&welfare_io,
	&visits_io,
	&events_io,
	&signups_io,
	&donations_io,
	&handovers_io,
	&congress_io,   /* before proposals: a proposal names its session */
	&proposals_io,
	&accounts_io,
	&settings_io,
	&caps_io,
};

/* The Chinese name of each column, in simplified and traditional characters, and the
 * code list its values come from (-1: not codes). kind NULL: the column means the same
 * in every kind that has it; a row naming a kind comes first for that kind. An export
 * with Chinese headers writes these names and the values' Chinese names; an import takes
 * a column by its code or by either Chinese name. */
static const struct io_col {
	const char *kind, *col, *hans, *hant;
	int cat;
} io_cols[] = {
	{ "members", "no", "编号", "編號", -1 },
	{ "members", "name", "姓名", "姓名", -1 },
	{ "members", "gender", "性别", "性別", CAT_GENDER },
	{ "members", "birth_date", "出生日期", "出生日期", -1 },
	{ "members", "join_date", "入会日期", "入會日期", -1 },
	{ "members", "status", "状态", "狀態", CAT_STATUS },
	{ "members", "kind", "人员类别", "人員類別", CAT_MEMBER_KIND },
	{ "members", "group", "工会小组", "工會小組", -1 },
	{ "members", "phone", "电话", "電話", -1 },
	{ "members", "wage_base", "缴费基数", "繳費基數", -1 },
	{ "members", "flags", "标记", "標記", CAT_FLAG },
	{ "members", "status_date", "状态日期", "狀態日期", -1 },
	{ "dues", "paid_on", "缴费日期", "繳費日期", -1 },
	{ "dues", "cancelled_on", "撤销日期", "取消日期", -1 },
	{ "dues", "batch", "入账批次", "入帳批次", -1 },
	{ "settings", "key", "设置项", "設定項", -1 },
	{ "settings", "value", "值", "值", -1 },
	{ "caps", "kind", "慰问类别", "慰問類別", CAT_WELFARE },
	{ "caps", "goods_only", "只发实物", "只發實物", -1 },
	{ "caps", "preset", "标准", "標準", -1 },
	{ "ledger", "voucher", "凭证号", "憑證號", -1 },
	{ "ledger", "debit", "借方科目", "借方科目", -1 },
	{ "ledger", "credit", "贷方科目", "貸方科目", -1 },
	{ "ledger", "description", "摘要", "摘要", -1 },
	{ "ledger", "source", "来源", "來源", -1 },
	{ "welfare", "kind", "慰问类别", "慰問類別", CAT_WELFARE },
	{ "welfare", "cash", "现金", "現金", -1 },
	{ "welfare", "goods", "物品", "物品", -1 },
	{ "welfare", "goods_value", "物品价值", "物品價值", -1 },
	{ "welfare", "paid_by", "经费来源", "經費來源", CAT_PAID_BY },
	{ "welfare", "reversed_on", "冲销日期", "沖銷日期", -1 },
	{ "welfare", "gift", "集体发放编号", "集體發放編號", -1 },
	{ "visits", "reason", "事由", "事由", CAT_WELFARE },
	{ "visits", "visitors", "走访人", "走訪人", -1 },
	{ "events", "code", "活动编号", "活動編號", -1 },
	{ "events", "name", "活动名称", "活動名稱", -1 },
	{ "events", "kind", "活动类别", "活動類別", CAT_EVENT },
	{ "events", "start_date", "开始日期", "開始日期", -1 },
	{ "events", "end_date", "结束日期", "結束日期", -1 },
	{ "events", "capacity", "名额", "名額", -1 },
	{ "events", "deadline", "报名截止日期", "報名截止日期", -1 },
	{ "events", "fee", "费用", "費用", -1 },
	{ "events", "budget", "预算", "預算", -1 },
	{ "signups", "event_code", "活动编号", "活動編號", -1 },
	{ "signups", "family", "家属人数", "家屬人數", -1 },
	{ "signups", "status", "报名状态", "報名狀態", CAT_SIGNUP },
	{ "signups", "result", "成绩", "成績", -1 },
	{ "donations", "donor", "捐款人", "捐款人", -1 },
	{ "donations", "cause", "募捐事由", "募捐事由", -1 },
	{ "donations", "account", "收款账户", "收款帳戶", -1 },
	{ "donations", "reversed_on", "冲销日期", "沖銷日期", -1 },
	{ "handovers", "recipient", "接收人", "接收人", -1 },
	{ "handovers", "account", "付款账户", "付款帳戶", -1 },
	{ "handovers", "reversed_on", "冲销日期", "沖銷日期", -1 },
	{ "congress", "name", "届次", "屆次", -1 },
	{ "congress", "delegates", "代表编号", "代表編號", -1 },
	{ "proposals", "title", "标题", "標題", -1 },
	{ "proposals", "status", "状态", "狀態", CAT_PROPOSAL },
	{ "proposals", "answer", "答复", "答覆", -1 },
	{ "proposals", "answered_on", "答复日期", "答覆日期", -1 },
	{ "proposals", "session", "届次", "屆次", -1 },
	{ "accounts", "code", "科目编码", "科目編碼", -1 },
	{ "accounts", "name", "科目名称", "科目名稱", -1 },
	{ "accounts", "type", "科目类别", "科目類別", CAT_ACCOUNT_TYPE },
	{ "accounts", "parent", "上级科目", "上級科目", -1 },
	{ NULL, "drive", "募捐名称", "募捐名稱", -1 },
	{ NULL, "date", "日期", "日期", -1 },
	{ NULL, "month", "月份", "月份", -1 },
	{ NULL, "member_no", "会员编号", "會員編號", -1 },
	{ NULL, "amount", "金额", "金額", -1 },
	{ NULL, "place", "地点", "地點", -1 },
	{ NULL, "note", "备注", "備註", -1 },
};

#define IO_MAXCOLS 32

static struct {
	int skipped;   /* of the last import */
	/* of the export under way: its kind's columns and the names it writes */
	enum io_names names;
	const struct io_col *out_cols[IO_MAXCOLS];
	int out_n;
} io;

#define IO_NKINDS (int)(sizeof io_kinds / sizeof io_kinds[0])

const struct io_kind *io_find(const char *name)
{
	for (int i = 0; i < IO_NKINDS; i++)
		if (strcmp(io_kinds[i]->name, name) == 0)
			return io_kinds[i];
	/* "member" for "members", as people type it */
	size_t l = strlen(name);
	for (int i = 0; i < IO_NKINDS; i++)
		if (strncmp(io_kinds[i]->name, name, l) == 0 && strlen(io_kinds[i]->name) == l + 1)
			return io_kinds[i];
	return NULL;
}

const char *io_kind_names(void)
{
	static char names[256];
	size_t o = 0;
	for (int i = 0; i < IO_NKINDS; i++)
		o += snprintf(names + o, sizeof names - o, "%s%s", i ? " " : "", io_kinds[i]->name);
	return names;
}

/* Split "a,b,c" into at most max names (pointers into buf). */
static int io_split(const char *list, char *buf, size_t n, const char **out, int max)
{
	snprintf(buf, n, "%s", list);
	int k = 0;
	for (char *p = strtok(buf, ","); p && k < max; p = strtok(NULL, ","))
		out[k++] = p;
	return k;
}

/* The Chinese names of kind's column col; NULL for a column without one. */
static const struct io_col *io_col_find(const char *kind, const char *col)
{
	const struct io_col *any = NULL;
	for (size_t i = 0; i < sizeof io_cols / sizeof io_cols[0]; i++) {
		const struct io_col *c = &io_cols[i];
		if (strcmp(c->col, col) != 0)
			continue;
		if (c->kind && strcmp(c->kind, kind) == 0)
			return c;
		if (!c->kind)
			any = c;
	}
	return any;
}

/* Is the folded header field name kind's column col, by its code or a Chinese name? */
static int io_col_is(const char *kind, const char *col, const char *name)
{
	if (strcmp(name, col) == 0)
		return 1;
	const struct io_col *c = io_col_find(kind, col);
	return c && (strcmp(name, c->hans) == 0 || strcmp(name, c->hant) == 0);
}

void io_skip(const struct io_row *r)
{
	if (r->skipped)
		(*r->skipped)++;
}

int io_import_skipped(void)
{
	return io.skipped;
}

const char *io_get(const struct io_row *r, const char *col)
{
	for (int i = 0; i < r->ncols; i++) {
		if (strcmp(r->cols[i], col) != 0)
			continue;
		int j = r->map[i];
		if (j < 0 || j >= r->csv->n)
			return "";
		/* trim spaces in place: the row buffer is ours */
		char *s = r->csv->f[j];
		while (*s == ' ' || *s == '\t')
			s++;
		size_t l = strlen(s);
		while (l > 0 && (s[l - 1] == ' ' || s[l - 1] == '\t'))
			s[--l] = '\0';
		return s;
	}
	return "";
}

err_code io_money(const struct io_row *r, const char *col, int64_t *fen, int required,
		  struct err *e)
{
	const char *v = io_get(r, col);
	if (!*v) {
		if (required)
			return err_set(e, ERR_INPUT, _("%s: the amount is empty."), col);
		*fen = 0;
		return ERR_OK;
	}
	err_code c = money_parse(v, fen, e);
	if (c == ERR_OK && *fen < 0)
		c = err_set(e, ERR_INPUT, _("\"%s\" is negative."), v);
	if (c != ERR_OK)
		err_prefix(e, "%s: ", col);
	return c;
}

err_code io_date(const struct io_row *r, const char *col, char *out, int required,
		 struct err *e)
{
	const char *v = io_get(r, col);
	if (!*v) {
		out[0] = '\0';
		return required ? err_set(e, ERR_INPUT, _("%s: the date is empty."), col) : ERR_OK;
	}
	err_code c = date_parse(v, out, e);
	if (c != ERR_OK) {
		err_prefix(e, "%s: ", col);
		return c;
	}
	/* A typing slip in the year (2052 for 2025) is caught here, not in the report. */
	char today[DATE_LEN];
	date_today(today);
	if (date_daynum(out) > date_daynum(today) + 366)
		/* L10N: %1$s the column, %2$s the date, %3$s today */
		return err_set(e, ERR_INPUT, _("%1$s: %2$s is more than a year after today (%3$s); "
					       "check the year."), col, out, today);
	return ERR_OK;
}

err_code io_int(const struct io_row *r, const char *col, int64_t *v, int64_t dflt,
		struct err *e)
{
	const char *s = io_get(r, col);
	if (!*s) {
		*v = dflt;
		return ERR_OK;
	}
	char *n = text_nfkc(s), *end = NULL;
	long long x = n ? strtoll(n, &end, 10) : 0;
	int ok = n && *n && end && *end == '\0' && x >= 0 && x < 1000000;
	free(n);
	if (!ok)
		return err_set(e, ERR_INPUT, _("%s: \"%s\" is not a whole number."), col, s);
	*v = x;
	return ERR_OK;
}

/* Is col a note (where Tab and line breaks are data)? A drive's cause is one too. */
static int io_multiline(const char *col)
{
	return strcmp(col, "note") == 0 || strcmp(col, "answer") == 0 ||
	       strcmp(col, "cause") == 0;
}

/* Every field of the row, whatever its column, through the one input check: no control
 * characters and nothing that reorders text, so that what is stored can be shown. */
err_code io_text(const struct io_row *r, const char *col, char *out, size_t size,
		 struct err *e)
{
	return text_copy(out, size, io_get(r, col), col, e);
}

/* A value in no column: past the header's last column, or under a column without a
 * name. Spreadsheets leave such fields empty; one with something in it would be lost. */
static err_code io_check_stray(const struct io_row *r, struct err *e)
{
	for (int j = 0; j < r->csv->n; j++) {
		int used = 0;
		for (int i = 0; i < r->ncols && !used; i++)
			used = r->map[i] == j;
		const char *v = r->csv->f[j];
		while (*v == ' ' || *v == '\t')
			v++;
		if (used || !*v)
			continue;
		char shown[64];
		text_trunc(v, 30, shown, sizeof shown);
		if (j >= r->header_n)
			/* L10N: %1$d the field's place in the row (1 is the first), %2$s its value. */
			return err_set(e, ERR_INPUT, _("field %1$d (\"%2$s\") lies past the last column "
						       "of the header; name its column in the first "
						       "row or remove it."), j + 1, shown);
		/* L10N: %1$d the column's place (1 is the first), %2$s the value under it. */
		return err_set(e, ERR_INPUT, _("column %1$d has no name in the first row but holds "
					       "\"%2$s\"; name the column or remove the value."),
			       j + 1, shown);
	}
	return ERR_OK;
}

static err_code io_check_fields(const struct io_row *r, struct err *e)
{
	err_code c = io_check_stray(r, e);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < r->ncols; i++) {
		int j = r->map[i];
		if (j < 0 || j >= r->csv->n)
			continue;
		size_t at = 0;
		uint32_t uc = text_forbidden(r->csv->f[j], io_multiline(r->cols[i]), &at);
		if (!uc)
			continue;
		if (text_reorders(uc))
			/* L10N: %1$s the column, %2$04X the character's code (202E) */
			return err_set(e, ERR_INPUT, _("%1$s: holds a character that changes the "
						       "direction of text (U+%2$04X), which is not "
						       "allowed; remove it."), r->cols[i], (unsigned)uc);
		/* L10N: %1$s the column, %2$04X the character's code (001B) */
		return err_set(e, ERR_INPUT, _("%1$s: holds a control character (U+%2$04X), which "
					       "is not allowed; remove it."), r->cols[i], (unsigned)uc);
	}
	return ERR_OK;
}

err_code io_import(const char *kind, const char *path, int *rows, struct err *e)
{
	*rows = 0;
	io.skipped = 0;
	const struct io_kind *k = io_find(kind);
	if (!k)
		return err_set(e, ERR_INPUT, _("Unknown kind \"%s\"; use one of: %s."), kind,
			       io_kind_names());
	if (!k->import_row)
		/* L10N: %s the kind ("accounts"), which export writes but import does not read */
		return err_set(e, ERR_INPUT, _("%s can be exported but not imported."), k->name);
	struct csv *c = csv_open(path, e);
	if (!c)
		return e ? e->code : ERR_IO;

	char colbuf[512], reqbuf[512];
	const char *cols[IO_MAXCOLS], *req[IO_MAXCOLS];
	int ncols = io_split(k->columns, colbuf, sizeof colbuf, cols, IO_MAXCOLS);
	int nreq = io_split(k->required, reqbuf, sizeof reqbuf, req, IO_MAXCOLS);
	int map[IO_MAXCOLS];
	for (int i = 0; i < ncols; i++)
		map[i] = -1;

	err_code rc = ERR_OK;
	int r = csv_next(c, e);
	if (r <= 0) {
		rc = r < 0 ? e->code : err_set(e, ERR_INPUT, _("%s: the file is empty."), path);
		goto out;
	}
	int header_n = c->n;
	for (int j = 0; j < c->n; j++) {
		char *name = text_fold(c->f[j]);
		int found = -1;
		for (int i = 0; name && i < ncols; i++)
			if (io_col_is(k->name, cols[i], name))
				found = i;
		if (found < 0 && name && !*name) {
			free(name);
			continue;   /* an empty trailing column, as spreadsheets leave */
		}
		if (found < 0 || map[found] >= 0) {
			rc = err_set(e, ERR_INPUT, found < 0
				     ? _("%s:%d: unknown column \"%s\" (the columns are: %s).")
				     : _("%s:%d: column \"%s\" appears twice (the columns are: %s)."),
				     path, c->line, c->f[j], k->columns);
			free(name);
			goto out;
		}
		map[found] = j;
		free(name);
	}
	for (int q = 0; q < nreq; q++)
		for (int i = 0; i < ncols; i++)
			if (strcmp(req[q], cols[i]) == 0 && map[i] < 0) {
				rc = err_set(e, ERR_INPUT, _("%s:%d: the column \"%s\" is missing."),
					     path, c->line, req[q]);
				goto out;
			}

	/* Nothing is added to a damaged file. */
	if ((rc = db_quick_check(e)) != ERR_OK || (rc = db_begin(e)) != ERR_OK)
		goto out;
	if (k->import_begin)
		k->import_begin();
	int skipped = 0;
	struct io_row row = { c, map, cols, ncols, &skipped, header_n };
	while ((r = csv_next(c, e)) > 0) {
		int before = skipped;
		rc = io_check_fields(&row, e);
		if (rc == ERR_OK)
			rc = k->import_row(&row, e);
		if (rc != ERR_OK) {
			err_prefix(e, "%s:%d: ", path, c->line);
			break;
		}
		if (skipped == before)
			(*rows)++;
	}
	if (r < 0)
		rc = e ? e->code : ERR_INPUT;
	if (rc == ERR_OK && k->import_end && (rc = k->import_end(e)) != ERR_OK)
		err_prefix(e, "%s: ", path);
	if (rc != ERR_OK) {
		db_rollback();
		*rows = 0;
	} else {
		rc = db_commit(e);
		if (rc == ERR_OK)
			io.skipped = skipped;
	}
out:
	csv_close(&c);
	return rc;
}

/* The value's name in the script of the export under way: a code of cat, or for the
 * flags several codes joined by ';'. Writes into buf, or returns v itself. */
static const char *io_value_name(int cat, const char *v, char *buf, size_t size)
{
	if (cat < 0 || !*v || io.names == IO_NAMES_CODES)
		return v;
	int n;
	const struct category *list = cat_list((enum cat_kind)cat, &n);
	size_t o = 0;
	buf[0] = '\0';
	for (const char *p = v; *p;) {
		size_t len = strcspn(p, ";");
		const char *name = NULL;
		for (int i = 0; i < n && !name; i++)
			if (strlen(list[i].code) == len && strncmp(list[i].code, p, len) == 0)
				name = io.names == IO_NAMES_HANT ? list[i].hant : list[i].hans;
		if (!name)
			return v;   /* a code the table does not know: written as it is */
		o += snprintf(buf + o, o < size ? size - o : 0, "%s%s", o ? ";" : "", name);
		p += len;
		if (*p)
			p++;
	}
	return o < size ? buf : v;
}

void io_put_row(FILE *out, int n, const char *const *fields)
{
	if (io.names == IO_NAMES_CODES) {
		csv_row(out, n, fields);
		return;
	}
	const char *f[IO_MAXCOLS];
	char buf[IO_MAXCOLS][128];
	for (int i = 0; i < n && i < IO_MAXCOLS; i++)
		f[i] = i < io.out_n && io.out_cols[i]
		       ? io_value_name(io.out_cols[i]->cat, fields[i], buf[i], sizeof buf[i])
		       : fields[i];
	csv_row(out, n < IO_MAXCOLS ? n : IO_MAXCOLS, f);
}

err_code io_export_names(const char *kind, enum io_names names, FILE *out, struct err *e)
{
	const struct io_kind *k = io_find(kind);
	if (!k)
		return err_set(e, ERR_INPUT, _("Unknown kind \"%s\"; use one of: %s."), kind,
			       io_kind_names());
	char colbuf[512];
	const char *cols[IO_MAXCOLS];
	io.out_n = io_split(k->columns, colbuf, sizeof colbuf, cols, IO_MAXCOLS);
	const char *head[IO_MAXCOLS];
	for (int i = 0; i < io.out_n; i++) {
		io.out_cols[i] = io_col_find(k->name, cols[i]);
		head[i] = names == IO_NAMES_CODES || !io.out_cols[i] ? cols[i]
			  : names == IO_NAMES_HANT ? io.out_cols[i]->hant : io.out_cols[i]->hans;
	}
	csv_row(out, io.out_n, head);
	io.names = names;
	err_code c = k->export_rows(out, e);
	io.names = IO_NAMES_CODES;
	return c;
}

err_code io_export(const char *kind, FILE *out, struct err *e)
{
	return io_export_names(kind, IO_NAMES_CODES, out, e);
}

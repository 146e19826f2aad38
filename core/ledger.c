/*
 * ledger.c — the union's books: looking up accounts by code or name, posting and
 * reversing entries, closing months, balances, paging, the 2% 拨缴经费 split and the
 * `ledger` CSV kind. Only this file writes ledger_entry and closed_month.
 */
#include "core/ledger.h"
#include "core/io.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LEDGER_COLS "id, date, voucher, debit, credit, amount, description, source, reverses"
#define LEDGER_LAST_DAY "9999-12-31"

/* Sources a caller may give to ledger_post; "reversal" is written by ledger_reverse. */
static const char *const ledger_sources[] = { "manual", "dues", "welfare", "donation", "event" };

/* Traditional characters of the seeded chart's names (and a few neighbours that
 * provinces' charts use) with their simplified forms, so 送溫暖費 finds 送温暖费. */
static const char *const ledger_t2s[][2] = {
	{ "庫", "库" }, { "現", "现" }, { "銀", "银" }, { "應", "应" }, { "級", "级" },
	{ "經", "经" }, { "費", "费" }, { "資", "资" }, { "產", "产" }, { "結", "结" },
	{ "餘", "余" }, { "會", "会" }, { "撥", "拨" }, { "繳", "缴" }, { "補", "补" },
	{ "職", "职" }, { "動", "动" }, { "體", "体" }, { "傳", "传" }, { "維", "维" },
	{ "權", "权" }, { "難", "难" }, { "幫", "帮" }, { "溫", "温" }, { "業", "业" },
	{ "務", "务" }, { "儲", "储" }, { "轉", "转" }, { "貼", "贴" }, { "獎", "奖" },
	{ "勵", "励" }, { "問", "问" }, { "贈", "赠" }, { "災", "灾" }, { "設", "设" },
	{ "備", "备" }, { "購", "购" }, { "實", "实" }, { "藝", "艺" }, { "專", "专" },
	{ "項", "项" }, { "帳", "账" }, { "賬", "账" }, { "貨", "货" }, { "幣", "币" },
	{ "員", "员" }, { "勞", "劳" }, { "養", "养" }, { "療", "疗" }, { "團", "团" },
	{ "組", "组" }, { "織", "织" }, { "預", "预" }, { "計", "计" }, { "劃", "划" },
	{ "納", "纳" }, { "稅", "税" }, { "雜", "杂" }, { "壽", "寿" }, { "喪", "丧" },
};

static const char *const ledger_month_names[] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
	N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
	N_("December"),
};

/* ---- small helpers ---- */

/* Copy s into buf converting the traditional characters of ledger_t2s. */
static void ledger_simplify(const char *s, char *buf, size_t n)
{
	size_t o = 0;
	while (*s && o + 4 < n) {
		int len = text_char_len(s);
		if (len < 1)
			len = 1;
		const char *rep = NULL;
		for (size_t i = 0; !rep && i < sizeof ledger_t2s / sizeof ledger_t2s[0]; i++)
			if (strncmp(s, ledger_t2s[i][0], strlen(ledger_t2s[i][0])) == 0)
				rep = ledger_t2s[i][1];
		if (rep) {
			size_t l = strlen(rep);
			memcpy(buf + o, rep, l);
			o += l;
		} else {
			memcpy(buf + o, s, (size_t)len);
			o += (size_t)len;
		}
		s += len;
	}
	buf[o] = '\0';
}

/* Cut s to at most max bytes without splitting a UTF-8 character. */
static void ledger_cut(char *s, size_t max)
{
	size_t l = strlen(s);
	if (l <= max)
		return;
	while (max > 0 && ((unsigned char)s[max] & 0xc0) == 0x80)
		max--;
	s[max] = '\0';
}

/* "YYYY-MM" of a date or a month as people write them; ERR_INPUT otherwise. */
static err_code ledger_month_of(const char *s, char ym[MONTH_LEN], struct err *e)
{
	char d[DATE_LEN];
	if (date_parse(s, d, NULL) == ERR_OK) {
		snprintf(ym, MONTH_LEN, "%.7s", d);
		return ERR_OK;
	}
	if (month_parse(s, ym, NULL) == ERR_OK)
		return ERR_OK;
	return date_parse(s, d, e);
}

const char *ledger_month_name(const char *ym)
{
	int m = atoi(ym + 5);
	return m >= 1 && m <= 12 ? _(ledger_month_names[m - 1]) : ym;
}

static void ledger_row(db_stmt *st, void *elem)
{
	struct ledger_entry *le = elem;
	memset(le, 0, sizeof *le);
	le->id = db_col_int(st, 0);
	snprintf(le->date, sizeof le->date, "%s", db_col_text(st, 1));
	snprintf(le->voucher, sizeof le->voucher, "%s", db_col_text(st, 2));
	snprintf(le->debit, sizeof le->debit, "%s", db_col_text(st, 3));
	snprintf(le->credit, sizeof le->credit, "%s", db_col_text(st, 4));
	le->amount = db_col_int(st, 5);
	snprintf(le->description, sizeof le->description, "%s", db_col_text(st, 6));
	snprintf(le->source, sizeof le->source, "%s", db_col_text(st, 7));
	le->reverses = db_col_null(st, 8) ? 0 : db_col_int(st, 8);
}

/* from/to of a listing: validated ISO dates, open ends filled in. */
static err_code ledger_range(const char *from, const char *to, char f[DATE_LEN],
			     char t[DATE_LEN], struct err *e)
{
	err_code c;
	f[0] = '\0';
	snprintf(t, DATE_LEN, "%s", LEDGER_LAST_DAY);
	if (from && *from && (c = date_parse(from, f, e)) != ERR_OK)
		return c;
	if (to && *to && (c = date_parse(to, t, e)) != ERR_OK)
		return c;
	return ERR_OK;
}

/* Binds ?1 and ?2 to the from and to of a listing (arg: char [2][DATE_LEN]). */
static err_code ledger_bind_range(db_stmt *st, const void *arg, struct err *e)
{
	const char (*r)[DATE_LEN] = arg;
	return db_bind(st, e, "tt", r[0], r[1]);
}

/* ---- accounts ---- */

err_code ledger_account(const char *input, char code[ACCOUNT_LEN], struct err *e)
{
	char *s = text_nfkc(input ? input : "");
	err_code c;
	if (!s || !*s) {
		c = err_set(e, ERR_INPUT, _("The account is empty."));
		goto out;
	}
	char simp[256];
	ledger_simplify(s, simp, sizeof simp);
	char found[64];
	c = db_text(e, found, sizeof found,
		    "SELECT code FROM account WHERE code = ?1 OR name = ?1 OR name = ?2 "
		    "ORDER BY code = ?1 DESC, code LIMIT 1", "tt", s, simp);
	if (c == ERR_NOTFOUND || (c == ERR_OK && strlen(found) >= ACCOUNT_LEN)) {
		/* L10N: %s is what was typed for an account (a code such as 101 or a name). */
		c = err_set(e, ERR_INPUT, _("There is no account \"%s\" in the chart of accounts; "
					    "give its code, such as 101, or its name."), input);
	} else if (c == ERR_OK) {
		snprintf(code, ACCOUNT_LEN, "%s", found);
	}
out:
	free(s);
	return c;
}

/* The seeded chart (db/schema/001-init.sql): each account's name as seeded (simplified
 * Chinese, what the database holds) and its English msgid, so that the reader sees the
 * chart in their language — 会费收入, 會費收入 or "Dues income" — as long as the union
 * has not renamed the account. */
static const struct { const char *code, *stored, *name; } ledger_seeded[] = {
	{ "101", "库存现金", N_("Cash on hand") },
	{ "102", "银行存款", N_("Bank deposits") },
	{ "221", "应付上级经费", N_("Funds owed to the union above") },
	{ "231", "代管经费", N_("Funds held for others") },
	{ "301", "资产基金", N_("Asset fund") },
	{ "302", "结余", N_("Surplus") },
	{ "401", "会费收入", N_("Dues income") },
	{ "402", "拨缴经费收入", N_("Union funds from the school (2%)") },
	{ "403", "上级补助收入", N_("Grants from the union above") },
	{ "404", "政府补助收入", N_("Government grants") },
	{ "405", "行政补助收入", N_("Grants from the school administration") },
	{ "408", "其他收入", N_("Other income") },
	{ "501", "职工活动支出", N_("Staff activities") },
	{ "50101", "职工教育支出", N_("Staff education") },
	{ "50102", "文体活动支出", N_("Sports and culture") },
	{ "50103", "宣传活动支出", N_("Publicity") },
	{ "50104", "职工集体福利支出", N_("Collective welfare") },
	{ "502", "维权支出", N_("Protecting staff rights") },
	{ "50204", "困难职工帮扶费", N_("Help for staff in hardship") },
	{ "50205", "送温暖费", N_("Sending warmth (condolences and gifts)") },
	{ "503", "业务支出", N_("Running costs") },
	{ "505", "资本性支出", N_("Capital spending") },
	{ "508", "其他支出", N_("Other spending") },
};

const char *ledger_account_label(const char *code, const char *stored)
{
	for (size_t i = 0; i < sizeof ledger_seeded / sizeof ledger_seeded[0]; i++)
		if (strcmp(ledger_seeded[i].code, code) == 0 &&
		    strcmp(ledger_seeded[i].stored, stored) == 0)
			return _(ledger_seeded[i].name);
	return stored;
}

char *ledger_account_name(const char *code, char *buf, size_t n)
{
	if (db_text(NULL, buf, n, "SELECT name FROM account WHERE code = ?", "t", code) != ERR_OK)
		snprintf(buf, n, "%s", code ? code : "");
	return buf;
}

err_code ledger_accounts(struct ledger_account_row *out, int max, int *got, struct err *e)
{
	*got = 0;
	db_stmt *st = db_prepare(e, "SELECT code, name, type, parent FROM account ORDER BY code");
	if (!st)
		return e ? e->code : ERR_DB;
	int r = DB_DONE;
	while (*got < max && (r = db_step(st, e)) == DB_ROW) {
		struct ledger_account_row *a = &out[(*got)++];
		snprintf(a->code, sizeof a->code, "%s", db_col_text(st, 0));
		snprintf(a->name, sizeof a->name, "%s", db_col_text(st, 1));
		snprintf(a->type, sizeof a->type, "%s", db_col_text(st, 2));
		snprintf(a->parent, sizeof a->parent, "%s", db_col_text(st, 3));
	}
	db_finalize(&st);
	return *got < max && r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

/* ---- closed months ---- */

int ledger_is_closed(const char *date_or_month)
{
	char ym[MONTH_LEN];
	if (!date_or_month || ledger_month_of(date_or_month, ym, NULL) != ERR_OK)
		return 0;
	int64_t one = 0;
	return db_int(NULL, &one, "SELECT 1 FROM closed_month WHERE month = ?", "t", ym) == ERR_OK;
}

err_code ledger_check_open(const char *date, struct err *e)
{
	char ym[MONTH_LEN];
	err_code c = ledger_month_of(date ? date : "", ym, e);
	if (c != ERR_OK)
		return c;
	if (!ledger_is_closed(ym))
		return ERR_OK;
	/* L10N: %1$s the month's name (March), %2$d the year, %3$s the month as 2025-03.
	 * In Chinese: "%2$d年%1$s（%3$s）已月结…" with March translated as 3月. */
	return err_set(e, ERR_CLOSED, _("%1$s %2$d (%3$s) is closed; enter a reversing entry "
					"in an open month instead."),
		       ledger_month_name(ym), atoi(ym), ym);
}

err_code ledger_can_close(const char *month, struct err *e)
{
	char ym[MONTH_LEN], now[MONTH_LEN];
	err_code c = month_parse(month, ym, e);
	if (c != ERR_OK)
		return c;
	if (ledger_is_closed(ym))
		/* L10N: %1$s the month's name (March), %2$d the year, %3$s 2025-03. */
		return err_set(e, ERR_DUPLICATE, _("%1$s %2$d (%3$s) is already closed."),
			       ledger_month_name(ym), atoi(ym), ym);
	month_this(now);
	if (strcmp(ym, now) > 0)
		/* L10N: %1$s the month's name (March), %2$d the year, %3$s 2025-03. */
		return err_set(e, ERR_INPUT, _("%1$s %2$d (%3$s) has not begun yet; only a past "
					       "month or the current one can be closed."),
			       ledger_month_name(ym), atoi(ym), ym);
	return ERR_OK;
}

err_code ledger_close_month(const char *month, struct err *e)
{
	char ym[MONTH_LEN];
	err_code c = month_parse(month, ym, e);
	if (c == ERR_OK)
		c = ledger_can_close(ym, e);
	if (c != ERR_OK)
		return c;
	/* A closed month is for ever: never close one on a damaged file. */
	if ((c = db_quick_check(e)) != ERR_OK || (c = db_begin(e)) != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO closed_month(month, closed_at) "
		       "VALUES (?, strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'))", "t", ym);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	return db_commit(e);
}

/* ---- posting ---- */

static err_code ledger_insert(const char *date, const char *voucher, const char *debit,
			      const char *credit, int64_t amount, const char *description,
			      const char *source, int64_t reverses, int64_t *id, struct err *e)
{
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	c = db_exec(e, "INSERT INTO ledger_entry(date, voucher, debit, credit, amount, "
		       "description, source, reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
		    reverses ? "ttttitti" : "ttttittn", date, voucher, debit, credit, amount,
		    description, source, reverses);
	if (c != ERR_OK) {
		db_rollback();
		return c;
	}
	if (id)
		*id = db_last_id();
	return db_commit(e);
}

/* The checks every entry passes; fills the normalised date and account codes. */
static err_code ledger_validate(const char *date, const char *voucher, const char *debit,
				const char *credit, int64_t amount, const char *description,
				char iso[DATE_LEN], char dr[ACCOUNT_LEN], char cr[ACCOUNT_LEN],
				struct err *e)
{
	err_code c;
	if ((c = date_parse(date, iso, e)) != ERR_OK)
		return c;
	if ((c = ledger_account(debit, dr, e)) != ERR_OK ||
	    (c = ledger_account(credit, cr, e)) != ERR_OK)
		return c;
	if (strcmp(dr, cr) == 0)
		return err_set(e, ERR_INPUT, _("The debit and the credit account are the same "
					       "(%s); an entry moves money between two accounts."),
			       dr);
	if (amount <= 0)
		return err_set(e, ERR_INPUT, _("The amount must be more than zero."));
	if (amount > MONEY_MAX)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	if (strlen(voucher) > LEDGER_VOUCHER_MAX || text_has_control(voucher))
		return err_set(e, ERR_INPUT, _("The voucher number \"%s\" must be at most 30 "
					       "letters or digits."), voucher);
	if (strlen(description) >= sizeof ((struct ledger_entry *)0)->description)
		return err_set(e, ERR_INPUT, _("The description is too long (at most 80 Chinese "
					       "characters)."));
	if (!text_showable(description, 0))
		return err_set(e, ERR_INPUT, _("The description contains characters that cannot "
					       "be shown, such as a line break."));
	return ledger_check_open(iso, e);
}

err_code ledger_post(const char *date, const char *voucher, const char *debit,
		     const char *credit, int64_t amount, const char *description,
		     const char *source, int64_t *id, struct err *e)
{
	char iso[DATE_LEN], dr[ACCOUNT_LEN], cr[ACCOUNT_LEN];
	if (!source)
		source = "manual";
	int known = 0;
	for (size_t i = 0; i < sizeof ledger_sources / sizeof ledger_sources[0]; i++)
		known |= strcmp(source, ledger_sources[i]) == 0;
	if (!known)
		return err_set(e, ERR_INPUT, "ledger_post: unknown source \"%s\"", source);
	if (!voucher)
		voucher = "";
	if (!description)
		description = "";
	err_code c = ledger_validate(date, voucher, debit, credit, amount, description, iso, dr,
				     cr, e);
	if (c != ERR_OK)
		return c;
	return ledger_insert(iso, voucher, dr, cr, amount, description, source, 0, id, e);
}

err_code ledger_get(int64_t id, struct ledger_entry *out, struct err *e)
{
	err_code c = db_one(e, out, ledger_row, "SELECT " LEDGER_COLS " FROM ledger_entry "
			    "WHERE id = ?", "i", id);
	if (c == ERR_NOTFOUND)
		err_set(e, c, _("That entry no longer exists."));
	return c;
}

err_code ledger_reverse(int64_t id, const char *date, int64_t *new_id, struct err *e)
{
	struct ledger_entry old;
	char iso[DATE_LEN];
	err_code c;
	if ((c = date_or_today(date, iso, e)) != ERR_OK)
		return c;
	if ((c = ledger_get(id, &old, e)) != ERR_OK)
		return c;
	char what[400], other[400];
	ledger_entry_label(&old, what, sizeof what);
	if (old.reverses) {
		struct ledger_entry orig;
		if (ledger_get(old.reverses, &orig, NULL) == ERR_OK)
			ledger_entry_label(&orig, other, sizeof other);
		else
			snprintf(other, sizeof other, "?");
		/* L10N: %1$s the reversing entry, %2$s the entry it reversed, each as
		 * "2025-03-05 春节慰问 300.00". */
		return err_set(e, ERR_INPUT, _("%1$s is itself the reversal of %2$s and cannot be "
					       "reversed."), what, other);
	}
	int64_t by = 0;
	if (db_int(NULL, &by, "SELECT id FROM ledger_entry WHERE reverses = ?", "i", id) ==
	    ERR_OK) {
		struct ledger_entry rev;
		snprintf(other, sizeof other, "?");
		if (ledger_get(by, &rev, NULL) == ERR_OK)
			snprintf(other, sizeof other, "%s", rev.date);
		/* L10N: %1$s the entry as "2025-03-05 春节慰问 300.00", %2$s the date of the
		 * reversal. */
		return err_set(e, ERR_DUPLICATE, _("%1$s was already reversed on %2$s."), what,
			       other);
	}
	if (strcmp(iso, old.date) < 0)
		return err_set(e, ERR_INPUT, _("The reversal (%1$s) cannot be dated before the "
					       "entry it reverses (%2$s)."), iso, old.date);
	if ((c = ledger_check_open(iso, e)) != ERR_OK)
		return c;
	char desc[512];
	/* L10N: the description of a reversing entry (红字冲销): %1$s the date of the
	 * entry it reverses, %2$s that entry's description. */
	snprintf(desc, sizeof desc, _("Reversal of %1$s: %2$s"), old.date, old.description);
	ledger_cut(desc, sizeof old.description - 1);
	return ledger_insert(iso, old.voucher, old.debit, old.credit, -old.amount, desc,
			     "reversal", id, new_id, e);
}

err_code ledger_regroup(int64_t id, int64_t amount, const char *description, struct err *e)
{
	struct ledger_entry le;
	err_code c = ledger_get(id, &le, e);
	if (c != ERR_OK)
		return c;
	int64_t by = 0;
	if (le.reverses || le.amount <= 0 ||
	    db_int(NULL, &by, "SELECT id FROM ledger_entry WHERE reverses = ?", "i", id) == ERR_OK)
		return err_set(e, ERR_INPUT, _("A reversed entry cannot be changed."));
	if (amount <= 0)
		return err_set(e, ERR_INPUT, _("The amount must be more than zero."));
	if (amount > MONEY_MAX)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	if (strlen(description) >= sizeof le.description)
		return err_set(e, ERR_INPUT, _("The description is too long (at most 80 Chinese "
					       "characters)."));
	if ((c = ledger_check_open(le.date, e)) != ERR_OK)
		return c;
	return db_exec(e, "UPDATE ledger_entry SET amount = ?1, description = ?2 WHERE id = ?3",
		       "iti", amount, description, id);
}

/* ---- the 2% allocation ---- */

void ledger_funds_split(int64_t total, int kept_percent, int64_t *kept, int64_t *owed)
{
	if (kept_percent < 0)
		kept_percent = 0;
	if (kept_percent > 100)
		kept_percent = 100;
	/* total ≤ MONEY_MAX (1e13) so total * 100 cannot overflow */
	*kept = (total * kept_percent + 50) / 100;
	*owed = total - *kept;
}

err_code ledger_post_funds(const char *date, const char *voucher, int64_t total,
			   const char *description, int64_t *kept_id, int64_t *owed_id,
			   struct err *e)
{
	int64_t pct = setting_int("funds_kept_percent"), kept, owed;
	if (kept_id)
		*kept_id = 0;
	if (owed_id)
		*owed_id = 0;
	if (total <= 0)
		return err_set(e, ERR_INPUT, _("The amount must be more than zero."));
	if (total > MONEY_MAX)
		return err_set(e, ERR_INPUT, _("The amount is too large."));
	ledger_funds_split(total, (int)pct, &kept, &owed);
	int given = description && *description;
	err_code c = db_begin(e);
	if (c != ERR_OK)
		return c;
	if (kept > 0)
		c = ledger_post(date, voucher, "102", "402", kept, given ? description :
				/* L10N: the description of the entry for the 60% kept */
				_("Union funds (2%): the share kept"), "manual", kept_id, e);
	if (c == ERR_OK && owed > 0)
		c = ledger_post(date, voucher, "102", "221", owed, given ? description :
				/* L10N: the description of the entry for the 40% owed upward */
				_("Union funds (2%): the share owed to the union above"), "manual",
				owed_id, e);
	if (c != ERR_OK) {
		db_rollback();
		if (kept_id)
			*kept_id = 0;
		if (owed_id)
			*owed_id = 0;
		return c;
	}
	return db_commit(e);
}

/* ---- balances and listings ---- */

/* The account and every account under it: by parent, or by code prefix (?1). */
#define LEDGER_UNDER \
	"WITH RECURSIVE under(code) AS (" \
	"  SELECT code FROM account WHERE substr(code, 1, length(?1)) = ?1" \
	"  UNION SELECT a.code FROM account a JOIN under u ON a.parent = u.code) "

/* Net of the entries dated from..to inclusive (both ISO dates). */
static err_code ledger_net_entries(const char *code, const char *from, const char *to,
				   int64_t *net, struct err *e)
{
	return db_int(e, net, LEDGER_UNDER
		      "SELECT (SELECT coalesce(sum(amount), 0) FROM ledger_entry"
		      "        WHERE debit IN under AND date BETWEEN ?2 AND ?3)"
		      "     - (SELECT coalesce(sum(amount), 0) FROM ledger_entry"
		      "        WHERE credit IN under AND date BETWEEN ?2 AND ?3)",
		      "ttt", code, from, to);
}

/* Net of the whole months from..to inclusive ("YYYY-MM"), from the month totals. */
static err_code ledger_net_months(const char *code, const char *from, const char *to,
				  int64_t *net, struct err *e)
{
	return db_int(e, net, LEDGER_UNDER
		      "SELECT coalesce(sum(debit - credit), 0) FROM ledger_month"
		      " WHERE account IN under AND month BETWEEN ?2 AND ?3",
		      "ttt", code, from, to);
}

/* Whole months from the month totals, the days before the first whole month and after
 * the last from the entries: the cost follows the months of the range, not the number
 * of entries in it. */
static err_code ledger_net(const char *code, const char *f, const char *t, int64_t *net,
			   struct err *e)
{
	char fm[MONTH_LEN], lm[MONTH_LEN], head_to[DATE_LEN], tail_from[DATE_LEN];
	int head = 0, tail = 0;
	*net = 0;
	if (!f[0] || strcmp(f + 8, "01") == 0) {
		snprintf(fm, sizeof fm, "%.7s", f[0] ? f : "0000-00");
	} else {
		head = 1;
		snprintf(head_to, sizeof head_to, "%.7s-%02d", f,
			 date_days_in_month(atoi(f), atoi(f + 5)));
		month_add(f, 1, fm);
	}
	if (atoi(t + 8) == date_days_in_month(atoi(t), atoi(t + 5))) {
		snprintf(lm, sizeof lm, "%.7s", t);
	} else {
		tail = 1;
		snprintf(tail_from, sizeof tail_from, "%.7s-01", t);
		month_add(t, -1, lm);
	}
	if (strcmp(fm, lm) > 0)
		return ledger_net_entries(code, f, t, net, e);
	int64_t part = 0;
	err_code c = ledger_net_months(code, fm, lm, net, e);
	if (c == ERR_OK && head && (c = ledger_net_entries(code, f, head_to, &part, e)) == ERR_OK)
		*net += part;
	if (c == ERR_OK && tail && (c = ledger_net_entries(code, tail_from, t, &part, e)) == ERR_OK)
		*net += part;
	return c;
}

err_code ledger_balance(const char *account, const char *from, const char *to,
			int64_t *balance, struct err *e)
{
	char code[ACCOUNT_LEN], f[DATE_LEN], t[DATE_LEN];
	err_code c = ledger_account(account, code, e);
	if (c == ERR_OK)
		c = ledger_range(from, to, f, t, e);
	if (c != ERR_OK)
		return c;
	if (f[0] && strcmp(f, t) > 0) {
		*balance = 0;
		return ERR_OK;
	}
	return ledger_net(code, f, t, balance, e);
}

err_code ledger_balance_before(const char *account, const char *date, int64_t *balance,
			       struct err *e)
{
	char code[ACCOUNT_LEN], d[DATE_LEN], before[DATE_LEN];
	err_code c = ledger_account(account, code, e);
	if (c == ERR_OK)
		c = date_parse(date ? date : "", d, e);
	if (c != ERR_OK)
		return c;
	*balance = 0;
	if (strcmp(d + 8, "01") == 0) {
		char pm[MONTH_LEN];
		month_add(d, -1, pm);
		snprintf(before, sizeof before, "%s-%02d", pm,
			 date_days_in_month(atoi(pm), atoi(pm + 5)));
	} else {
		snprintf(before, sizeof before, "%.8s%02d", d, atoi(d + 8) - 1);
	}
	return ledger_net(code, "", before, balance, e);
}

err_code ledger_month_check(struct err *e)
{
	/* every (account, month) the entries give, against the stored totals, both ways */
	static const char sql[] =
		"WITH r(account, month, debit, credit, entries) AS ("
		"  SELECT account, month, sum(dr), sum(cr), sum(n) FROM ("
		"    SELECT debit AS account, substr(date, 1, 7) AS month, sum(amount) AS dr,"
		"           0 AS cr, count(*) AS n FROM ledger_entry GROUP BY 1, 2"
		"    UNION ALL SELECT credit, substr(date, 1, 7), 0, sum(amount), count(*)"
		"      FROM ledger_entry GROUP BY 1, 2) GROUP BY account, month) "
		"SELECT count(*) FROM ("
		"  SELECT account, month, debit, credit, entries FROM r"
		"  EXCEPT SELECT account, month, debit, credit, entries FROM ledger_month"
		"  UNION ALL"
		"  SELECT account, month, debit, credit, entries FROM ledger_month"
		"   WHERE entries <> 0 OR debit <> 0 OR credit <> 0"
		"  EXCEPT SELECT account, month, debit, credit, entries FROM r)";
	int64_t bad = 0;
	err_code c = db_int(e, &bad, sql, NULL);
	if (c != ERR_OK)
		return c;
	if (bad > 0)
		return err_set(e, ERR_DB, ngettext("The month totals of the books disagree with "
						   "their entries in %lld place.",
						   "The month totals of the books disagree with "
						   "their entries in %lld places.", bad),
			       (long long)bad);
	return ERR_OK;
}

err_code ledger_count(const char *from, const char *to, int *count, struct err *e)
{
	char r[2][DATE_LEN];
	*count = 0;
	err_code c = ledger_range(from, to, r[0], r[1], e);
	if (c != ERR_OK)
		return c;
	return db_count("SELECT count(*) FROM ledger_entry WHERE date BETWEEN ?1 AND ?2",
			ledger_bind_range, r, count, e);
}

err_code ledger_page(const char *from, const char *to, int offset, int limit,
		     struct ledger_entry *out, int *got, struct err *e)
{
	char r[2][DATE_LEN];
	*got = 0;
	err_code c = ledger_range(from, to, r[0], r[1], e);
	if (c != ERR_OK)
		return c;
	return db_page("SELECT " LEDGER_COLS " FROM ledger_entry WHERE date BETWEEN ?1 AND ?2 "
		       "ORDER BY date, id LIMIT :limit OFFSET :offset", ledger_bind_range, r,
		       offset, limit, out, sizeof *out, ledger_row, got, e);
}

/* ---- the Books screen ---- */

/* The first and last day of "YYYY-MM" (validated), and the last day of the month before. */
static err_code ledger_month_days(const char *month, char ym[MONTH_LEN], char first[DATE_LEN],
				  char last[DATE_LEN], char before[DATE_LEN], struct err *e)
{
	err_code c = month_parse(month ? month : "", ym, e);
	if (c != ERR_OK)
		return c;
	int y = atoi(ym), m = atoi(ym + 5);
	char prev[MONTH_LEN];
	month_add(ym, -1, prev);
	snprintf(first, DATE_LEN, "%s-01", ym);
	snprintf(last, DATE_LEN, "%s-%02d", ym, date_days_in_month(y, m));
	snprintf(before, DATE_LEN, "%s-%02d", prev, date_days_in_month(atoi(prev),
								     atoi(prev + 5)));
	return ERR_OK;
}

struct ledger_month_arg {
	char first[DATE_LEN], last[DATE_LEN];
	int64_t cash, bank;
};

static err_code ledger_bind_month(db_stmt *st, const void *arg, struct err *e)
{
	const struct ledger_month_arg *a = arg;
	return db_bind(st, e, "ttii", a->first, a->last, a->cash, a->bank);
}

static void ledger_line_row(db_stmt *st, void *elem)
{
	struct ledger_line *l = elem;
	ledger_row(st, &l->entry);
	l->cash_after = db_col_int(st, 9);
	l->bank_after = db_col_int(st, 10);
}

/* movement of an account prefix in one entry, for the running balances */
#define LEDGER_MOVES(acc) "CASE WHEN debit GLOB '" acc "*' THEN amount ELSE 0 END - " \
			  "CASE WHEN credit GLOB '" acc "*' THEN amount ELSE 0 END"

err_code ledger_month_page(const char *month, int offset, int limit, struct ledger_line *out,
			   int *got, struct err *e)
{
	struct ledger_month_arg a;
	char ym[MONTH_LEN], before[DATE_LEN];
	*got = 0;
	err_code c = ledger_month_days(month, ym, a.first, a.last, before, e);
	if (c == ERR_OK)
		c = ledger_balance("101", NULL, before, &a.cash, e);
	if (c == ERR_OK)
		c = ledger_balance("102", NULL, before, &a.bank, e);
	if (c != ERR_OK)
		return c;
	return db_page("SELECT " LEDGER_COLS ", ?3 + sum(" LEDGER_MOVES("101") ") OVER w, "
		       "?4 + sum(" LEDGER_MOVES("102") ") OVER w FROM ledger_entry "
		       "WHERE date BETWEEN ?1 AND ?2 "
		       "WINDOW w AS (ORDER BY date, id ROWS UNBOUNDED PRECEDING) "
		       "ORDER BY date, id LIMIT :limit OFFSET :offset", ledger_bind_month, &a,
		       offset, limit, out, sizeof *out, ledger_line_row, got, e);
}

err_code ledger_month_sum(const char *month, struct ledger_month *out, struct err *e)
{
	char first[DATE_LEN], last[DATE_LEN], before[DATE_LEN];
	memset(out, 0, sizeof *out);
	err_code c = ledger_month_days(month, out->month, first, last, before, e);
	if (c != ERR_OK)
		return c;
	out->closed = ledger_is_closed(out->month);
	if ((c = ledger_balance("101", NULL, before, &out->cash_open, e)) != ERR_OK ||
	    (c = ledger_balance("102", NULL, before, &out->bank_open, e)) != ERR_OK ||
	    (c = ledger_balance("101", NULL, last, &out->cash_close, e)) != ERR_OK ||
	    (c = ledger_balance("102", NULL, last, &out->bank_close, e)) != ERR_OK)
		return c;
	db_stmt *st = db_prepare(e,
		/* Missing a voucher: an entry made by hand (or the reversal of one). What
		 * dues, welfare, donations and events post has its record for a voucher. */
		"SELECT count(*), coalesce(sum(l.voucher = '' AND (l.source = 'manual' OR"
		" (l.source = 'reversal' AND coalesce((SELECT o.source FROM ledger_entry o"
		"  WHERE o.id = l.reverses), 'manual') = 'manual'))), 0),"
		" coalesce(sum(CASE WHEN cr.type = 'income' THEN l.amount ELSE 0 END)"
		"        - sum(CASE WHEN dr.type = 'income' THEN l.amount ELSE 0 END), 0),"
		" coalesce(sum(CASE WHEN dr.type = 'expense' THEN l.amount ELSE 0 END)"
		"        - sum(CASE WHEN cr.type = 'expense' THEN l.amount ELSE 0 END), 0)"
		" FROM ledger_entry l JOIN account dr ON dr.code = l.debit"
		" JOIN account cr ON cr.code = l.credit WHERE l.date BETWEEN ?1 AND ?2");
	if (!st)
		return e ? e->code : ERR_DB;
	if ((c = db_bind(st, e, "tt", first, last)) == ERR_OK) {
		int r = db_step(st, e);
		if (r == DB_ROW) {
			out->entries = (int)db_col_int(st, 0);
			out->no_voucher = (int)db_col_int(st, 1);
			out->income = db_col_int(st, 2);
			out->expense = db_col_int(st, 3);
		} else if (r == DB_ERROR) {
			c = e ? e->code : ERR_DB;
		}
	}
	db_finalize(&st);
	return c;
}

int64_t ledger_reversed_by(int64_t id)
{
	int64_t by = 0;
	if (db_int(NULL, &by, "SELECT id FROM ledger_entry WHERE reverses = ?", "i", id) !=
	    ERR_OK)
		return 0;
	return by;
}

void ledger_next_voucher(const char *date, char out[32])
{
	char day[DATE_LEN], from[DATE_LEN], to[DATE_LEN];
	snprintf(out, 32, "1");
	if (date_or_today(date, day, NULL) != ERR_OK)
		return;
	snprintf(from, sizeof from, "%.4s-01-01", day);
	snprintf(to, sizeof to, "%.4s-12-31", day);
	db_stmt *st = db_prepare(NULL, "SELECT DISTINCT voucher FROM ledger_entry "
				       "WHERE date BETWEEN ?1 AND ?2 AND voucher <> ''");
	if (!st)
		return;
	long long best = -1;
	char prefix[32] = "";
	int width = 0;
	if (db_bind(st, NULL, "tt", from, to) == ERR_OK) {
		while (db_step(st, NULL) == DB_ROW) {
			const char *v = db_col_text(st, 0);
			size_t len = strlen(v), k = len;
			while (k > 0 && v[k - 1] >= '0' && v[k - 1] <= '9')
				k--;
			if (k == len || len - k > 15 || k >= sizeof prefix)
				continue;
			long long num = atoll(v + k);
			if (num > best) {
				best = num;
				snprintf(prefix, sizeof prefix, "%.*s", (int)k, v);
				width = (int)(len - k);
			}
		}
	}
	db_finalize(&st);
	if (best >= 0)
		snprintf(out, 32, "%s%0*lld", prefix, width, best + 1);
}

/* The simplified name of a stored account name, for matching traditional input. */
static int ledger_hit(const char *q, const struct ledger_account_row *a, const char *label)
{
	char simp[256];
	if (text_match(q, label, a->code) || text_match(q, a->name, a->code))
		return 1;
	ledger_simplify(q, simp, sizeof simp);
	return text_match(simp, a->name, a->code);
}

err_code ledger_account_search(const char *query, struct ledger_account_hit *out, int max,
			       int *got, struct err *e)
{
	struct ledger_account_row rows[256];
	int n = 0;
	*got = 0;
	err_code c = ledger_accounts(rows, 256, &n, e);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < n && *got < max; i++) {
		const char *label = ledger_account_label(rows[i].code, rows[i].name);
		if (!ledger_hit(query ? query : "", &rows[i], label))
			continue;
		struct ledger_account_hit *h = &out[(*got)++];
		h->a = rows[i];
		snprintf(h->label, sizeof h->label, "%s", label);
	}
	return ERR_OK;
}

int ledger_would_overdraw(const char *date, const char *credit, int64_t amount,
			  int64_t *after)
{
	char day[DATE_LEN], code[ACCOUNT_LEN], type[16];
	int64_t bal = 0;
	if (date_parse(date ? date : "", day, NULL) != ERR_OK ||
	    ledger_account(credit, code, NULL) != ERR_OK ||
	    db_text(NULL, type, sizeof type, "SELECT type FROM account WHERE code = ?", "t",
		    code) != ERR_OK || strcmp(type, "asset") != 0 ||
	    ledger_balance(code, NULL, day, &bal, NULL) != ERR_OK)
		return 0;
	if (bal - amount >= 0)
		return 0;
	if (after)
		*after = bal - amount;
	return 1;
}

char *ledger_entry_label(const struct ledger_entry *le, char *buf, size_t n)
{
	char amount[32];
	money_format(le->amount, amount, sizeof amount);
	if (le->description[0])
		snprintf(buf, n, "%s %s %s", le->date, le->description, amount);
	else
		snprintf(buf, n, "%s %s", le->date, amount);
	return buf;
}

/* Sum of amount by account over a date range, into sums[i] for rows[i] (debits minus
 * credits, the account and every account under it by code prefix or parent). */
static err_code ledger_sums(const struct ledger_account_row *rows, int n, const char *from,
			    const char *to, int64_t *sums, struct err *e)
{
	for (int i = 0; i < n; i++) {
		err_code c = ledger_balance(rows[i].code, from, to, &sums[i], e);
		if (c != ERR_OK)
			return c;
	}
	return ERR_OK;
}

err_code ledger_chart(const char *month, struct ledger_chart_row *out, int max, int *got,
		      struct err *e)
{
	char ym[MONTH_LEN], first[DATE_LEN], last[DATE_LEN], before[DATE_LEN], jan[DATE_LEN];
	struct ledger_account_row rows[256];
	int64_t mon[256], year[256], bal[256];
	int n = 0;
	*got = 0;
	err_code c = ledger_month_days(month, ym, first, last, before, e);
	if (c == ERR_OK)
		c = ledger_accounts(rows, max < 256 ? max : 256, &n, e);
	snprintf(jan, sizeof jan, "%.4s-01-01", ym);
	if (c == ERR_OK)
		c = ledger_sums(rows, n, first, last, mon, e);
	if (c == ERR_OK)
		c = ledger_sums(rows, n, jan, last, year, e);
	if (c == ERR_OK)
		c = ledger_sums(rows, n, NULL, last, bal, e);
	if (c != ERR_OK)
		return c;
	for (int i = 0; i < n; i++) {
		struct ledger_chart_row *r = &out[i];
		const char *t = rows[i].type;
		int credit = strcmp(t, "income") == 0 || strcmp(t, "liability") == 0 ||
			     strcmp(t, "net") == 0;
		int flow = strcmp(t, "income") == 0 || strcmp(t, "expense") == 0;
		r->a = rows[i];
		snprintf(r->label, sizeof r->label, "%s",
			 ledger_account_label(rows[i].code, rows[i].name));
		r->month = credit ? -mon[i] : mon[i];
		r->year = credit ? -year[i] : year[i];
		r->balance = flow ? r->year : credit ? -bal[i] : bal[i];
	}
	*got = n;
	return ERR_OK;
}

/* ---- CSV: date,voucher,debit,credit,amount,description,source ---- */

/*
 * The source column says which import writes the entry again, so that importing every
 * kind's export never posts an entry twice: "manual" (or empty, or no such column) and
 * "reversal" are written by this import; "dues", "welfare", "donation" and "event"
 * entries are left out here (io_skip) because the dues, welfare and donations imports
 * post them with their records. A reversal of such an entry carries its source too.
 */
static const char *ledger_csv_source(const struct ledger_entry *le)
{
	if (strcmp(le->source, "reversal") != 0 || !le->reverses)
		return le->source;
	static char orig[16];
	if (db_text(NULL, orig, sizeof orig, "SELECT source FROM ledger_entry WHERE id = ?", "i",
		    le->reverses) != ERR_OK || strcmp(orig, "manual") == 0)
		return "reversal";
	return orig;
}

/* A "reversal" row: reverse the latest entry of this import's kind with the same
 * accounts, voucher and amount, dated on or before it, that is not reversed yet. */
static err_code ledger_import_reversal(const char *date, const char *voucher,
				       const char *debit, const char *credit, int64_t amount,
				       struct err *e)
{
	int64_t id = 0;
	err_code c = db_int(NULL, &id,
			    "SELECT id FROM ledger_entry l WHERE source = 'manual' AND debit = ?1"
			    " AND credit = ?2 AND voucher = ?3 AND amount = ?4 AND date <= ?5"
			    " AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses = l.id)"
			    " ORDER BY date DESC, id DESC LIMIT 1",
			    "tttit", debit, credit, voucher, amount, date);
	if (c != ERR_OK) {
		char a[32];
		money_format(amount, a, sizeof a);
		/* L10N: a reversal in a ledger CSV file without the entry it reverses.
		 * %1$s the amount (8,000.00), %2$s and %3$s the debit and credit account,
		 * %4$s the date of the reversal. */
		return err_set(e, ERR_INPUT, _("source: this reversal has no entry to reverse: "
					       "no entry of %1$s from %3$s to %2$s on or before "
					       "%4$s that is not reversed already."), a, debit,
			       credit, date);
	}
	return ledger_reverse(id, date, NULL, e);
}

static err_code ledger_import_row(const struct io_row *r, struct err *e)
{
	char date[DATE_LEN], debit[ACCOUNT_LEN], credit[ACCOUNT_LEN];
	err_code c;
	const char *source = io_get(r, "source");
	if (strcmp(source, "dues") == 0 || strcmp(source, "welfare") == 0 ||
	    strcmp(source, "donation") == 0 || strcmp(source, "event") == 0) {
		io_skip(r);
		return ERR_OK;
	}
	int reversal = strcmp(source, "reversal") == 0;
	if (!reversal && *source && strcmp(source, "manual") != 0)
		return err_set(e, ERR_INPUT, _("source: \"%s\" is not one of manual, reversal, "
					       "dues, welfare, donation."), source);
	if ((c = io_date(r, "date", date, 1, e)) != ERR_OK)
		return c;
	const char *acc[2] = { "debit", "credit" };
	char *code[2] = { debit, credit };
	for (int i = 0; i < 2; i++) {
		const char *v = io_get(r, acc[i]);
		if (!*v)
			return err_set(e, ERR_INPUT, _("%s: the account is empty."), acc[i]);
		if ((c = ledger_account(v, code[i], e)) != ERR_OK) {
			err_prefix(e, "%s: ", acc[i]);
			return c;
		}
	}
	const char *v = io_get(r, "amount");
	int64_t amount;
	if (!*v)
		return err_set(e, ERR_INPUT, _("%s: the amount is empty."), "amount");
	if ((c = money_parse(v, &amount, e)) != ERR_OK) {
		err_prefix(e, "amount: ");
		return c;
	}
	if (reversal) {
		if (amount >= 0)
			return err_set(e, ERR_INPUT, _("amount: a reversal carries the amount it "
						       "takes back as a negative number, not "
						       "\"%s\"."), v);
		return ledger_import_reversal(date, io_get(r, "voucher"), debit, credit, -amount,
					      e);
	}
	if (amount < 0)
		return err_set(e, ERR_INPUT, _("amount: \"%s\" is negative; only positive "
					       "amounts can be imported (correct a mistake with a "
					       "reversing entry in the program)."), v);
	if (amount == 0)
		return err_set(e, ERR_INPUT, _("amount: the amount must be more than zero."));
	return ledger_post(date, io_get(r, "voucher"), debit, credit, amount,
			   io_get(r, "description"), "manual", NULL, e);
}

/* By date, then voucher, source and description, then id: the same order whatever
 * order the kinds were imported in. */
static err_code ledger_export_rows(FILE *out, struct err *e)
{
	db_stmt *st = db_prepare(e, "SELECT " LEDGER_COLS " FROM ledger_entry "
				    "ORDER BY date, voucher, source, description, amount, id");
	if (!st)
		return e ? e->code : ERR_DB;
	int r;
	struct ledger_entry le;
	while ((r = db_step(st, e)) == DB_ROW) {
		ledger_row(st, &le);
		char amount[32];
		money_plain(le.amount, amount, sizeof amount);
		const char *f[] = { le.date, le.voucher, le.debit, le.credit, amount,
				    le.description, ledger_csv_source(&le) };
		io_put_row(out, 7, f);
	}
	db_finalize(&st);
	return r == DB_ERROR ? (e ? e->code : ERR_DB) : ERR_OK;
}

const struct io_kind ledger_io = {
	.name = "ledger",
	.columns = "date,voucher,debit,credit,amount,description,source",
	.required = "date,debit,credit,amount",
	.import_row = ledger_import_row,
	.export_rows = ledger_export_rows,
};

/* ---- CSV: the chart of accounts, code,name,type,parent (export only) ---- */

static err_code ledger_accounts_export_rows(FILE *out, struct err *e)
{
	struct ledger_account_row rows[256];
	int n = 0;
	err_code c = ledger_accounts(rows, 256, &n, e);
	for (int i = 0; c == ERR_OK && i < n; i++) {
		const char *f[] = { rows[i].code, rows[i].name, rows[i].type, rows[i].parent };
		io_put_row(out, 4, f);
	}
	return c;
}

const struct io_kind accounts_io = {
	.name = "accounts",
	.columns = "code,name,type,parent",
	.required = "code,name,type",
	.export_rows = ledger_accounts_export_rows,
};

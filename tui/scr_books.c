/*
 * scr_books.c — the books (收支账, section Books): a month of the union's ledger as the
 * treasurer keeps it on paper, with the cash and bank balance after every entry.
 *
 * Shows: the title line with the month, whether it is closed (月结) and the balances
 * carried from the month before; the month's entries by date (ledger_month_page, one
 * page at a time: never the whole table): day, voucher number, description, from
 * account → to account (names, each cut to fit), amount, the cash (101) and bank (102)
 * balance just after it, and where it comes from when dues, welfare, donations or
 * events posted it, or that it is a reversal (红字); a reversed entry and its reversal
 * are dim. Under the list the month's income, expense and closing balances
 * (ledger_month_sum).
 *
 * Reads core/ledger.h (and dues_of_entry, welfare_of_entry, donation_of_entry to open
 * the record behind an entry); writes through ledger_post (a hand-made entry: one
 * row), ledger_reverse (a red entry dated today) and, after the summary of
 * core/monthend.h, ledger_close_month. Entries that dues, welfare or donations posted
 * are changed only where they came from: x says where instead of reversing them.
 *
 * Keys (KM_BOOKS, then the list's and the global ones): a record an entry (date,
 * voucher — the next in the year —, description, from and to accounts by code, name or
 * pinyin initials, amount; an amount that would take cash or bank below zero asks
 * first), x reverse the entry (asks first, naming it), c close the month (the summary,
 * KM_MONTHEND: c or Enter asks the question, Esc goes back), A the chart of accounts
 * with the month's and the year's figures (KM_CHART: Esc, q or A back), Enter the entry
 * in full (KM_ENTRY), < and > (or , and .) previous/next month, t this month.
 */
#include "tui/form.h"
#include "tui/frame.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screen.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/category.h"
#include "core/date.h"
#include "core/donation.h"
#include "core/dues.h"
#include "core/i18n.h"
#include "core/ledger.h"
#include "core/member.h"
#include "core/money.h"
#include "core/monthend.h"
#include "core/text.h"
#include "core/welfare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAGE_MAX 200
#define CHART_MAX 256

/* A line of the month: the entry with its balances, and where it comes from — for a
 * reversal, the source of the entry it reverses. */
struct books_scr_row {
	struct ledger_line l;
	char day[4];
	char origin[16];         /* dues welfare donation event, or "" for a hand-made one */
	int reversed;            /* reversed by a later entry */
	char from[96], to[96];   /* the accounts' names as the reader's language shows them,
				  * read with the page (not at every redraw) */
};

static void books_scr_accounts(const void *row, char *buf, size_t n, enum ui_look *look);
static void books_scr_source(const void *row, char *buf, size_t n, enum ui_look *look);
static enum ui_look books_scr_look(const void *row);

enum { COL_DAY, COL_VOUCHER, COL_DESC, COL_ACCOUNTS, COL_AMOUNT, COL_CASH, COL_BANK,
       COL_SOURCE, NCOLS };

#define AT(m) LIST_AT(struct books_scr_row, m), .look = books_scr_look
static struct list_col books_cols[NCOLS] = {
	/* L10N: column heading: the day of the month of an entry; 2 columns at most. */
	[COL_DAY] = { .title = N_("Day"), .width = 3, AT(day) },
	/* L10N: column heading: the voucher number (凭证号); 8 columns at most. */
	[COL_VOUCHER] = { .title = N_("Voucher"), .width = 8, AT(l.entry.voucher) },
	[COL_DESC] = { .title = N_("Description"), .width = 0, AT(l.entry.description) },
	/* L10N: column heading: the account the money comes from → the account it goes
	 * to. */
	[COL_ACCOUNTS] = { .title = N_("From → to"), .width = 17, .kind = LC_FN,
			   .fn = books_scr_accounts, .look = books_scr_look },
	[COL_AMOUNT] = { .title = N_("Amount"), .width = 9, .kind = LC_MONEY,
			 AT(l.entry.amount) },
	/* L10N: column heading: cash in hand (库存现金) just after the entry (现金余额); 9
	 * columns at most. */
	[COL_CASH] = { .title = N_("In cash"), .width = 9, .kind = LC_MONEY,
		       AT(l.cash_after) },
	/* L10N: column heading: money in the bank (银行存款) just after the entry (存款余额);
	 * 9 columns at most. */
	[COL_BANK] = { .title = N_("In bank"), .width = 9, .kind = LC_MONEY,
		       AT(l.bank_after) },
	/* L10N: column heading: who posted the entry (dues, welfare …); empty for one made
	 * by hand. */
	[COL_SOURCE] = { .title = N_("Source"), .width = 6, .kind = LC_FN,
			 .fn = books_scr_source, .look = books_scr_look },
};
#undef AT

static struct {
	int ready;
	char month[MONTH_LEN];
	struct ledger_month sum;
	struct list list;
	struct books_scr_row page[PAGE_MAX];
	struct ledger_line got[PAGE_MAX];
} bks;

/* ---- words ---- */

/* The word for who posted an entry, in the narrow source column ("" for none). */
static const char *books_scr_origin_word(const char *origin, int reversal)
{
	if (strcmp(origin, "dues") == 0)
		/* L10N: in the books' source column: posted by the dues screen (会费). */
		return _("dues");
	if (strcmp(origin, "welfare") == 0)
		/* L10N: in the books' source column: posted by welfare (慰问). */
		return _("welfare");
	if (strcmp(origin, "donation") == 0)
		/* L10N: in the books' source column: posted by a donation drive (捐款). */
		return _("donation");
	if (strcmp(origin, "event") == 0)
		/* L10N: in the books' source column: posted for an event (活动). */
		return _("event");
	if (reversal)
		/* L10N: in the books' source column: a reversing entry (红字冲销). */
		return _("reversal");
	return "";
}

/* The section an entry's record is kept in (its screen's name), or NULL. */
static const struct screen *books_scr_home_of(const char *origin)
{
	if (strcmp(origin, "dues") == 0)
		return &dues_screen;
	if (strcmp(origin, "welfare") == 0)
		return &welfare_screen;
	if (strcmp(origin, "donation") == 0)
		return &donations_screen;   /* its gifts and handovers, reversed there (x, X) */
	return NULL;
}

/* An account's name as the reader's language shows it. */
static void books_scr_account_name(const char *code, char *buf, size_t n)
{
	char stored[96];
	ledger_account_name(code, stored, sizeof stored);
	text_clean(ledger_account_label(code, stored), buf, n);
}

static void books_scr_accounts(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct books_scr_row *r = row;
	const char *from = r->from, *to = r->to;
	char a[128], b[128];
	int x, w;
	(void)look;
	/* Both names cut to fit: the longer one gives way first. */
	list_col_span(&bks.list, COL_ACCOUNTS, &x, &w);
	int room = w - text_width("→"), fw = text_width(from), tw = text_width(to);
	if (fw + tw > room) {
		int half = room / 2;
		if (fw <= half)
			tw = room - fw;
		else if (tw <= half)
			fw = room - tw;
		else {
			fw = half;
			tw = room - half;
		}
	}
	text_trunc(from, fw, a, sizeof a);
	text_trunc(to, tw, b, sizeof b);
	snprintf(buf, n, "%s→%s", a, b);
}

static void books_scr_source(const void *row, char *buf, size_t n, enum ui_look *look)
{
	const struct books_scr_row *r = row;
	(void)look;
	snprintf(buf, n, "%s", books_scr_origin_word(r->origin, r->l.entry.reverses != 0));
}

static enum ui_look books_scr_look(const void *row)
{
	const struct books_scr_row *r = row;
	return r->reversed || r->l.entry.reverses ? UI_DIM : UI_NORMAL;
}

/* The source column as wide as its widest word. */
static void books_scr_widths(void)
{
	static const char *const origins[] = { "dues", "welfare", "donation", "event" };
	int w = text_width(_(books_cols[COL_SOURCE].title));
	for (size_t i = 0; i < sizeof origins / sizeof origins[0]; i++)
		if (text_width(books_scr_origin_word(origins[i], 0)) > w)
			w = text_width(books_scr_origin_word(origins[i], 0));
	if (text_width(books_scr_origin_word("", 1)) > w)
		w = text_width(books_scr_origin_word("", 1));
	books_cols[COL_SOURCE].width = w < 8 ? w : 8;
	w = text_width(_(books_cols[COL_DAY].title));
	books_cols[COL_DAY].width = w < 2 ? 2 : w < 3 ? w : 3;
}

/* The description and the accounts share what the other columns leave. The accounts
 * column holds two names of four characters and the arrow (银行存款→库存现金) when
 * there is room; the description keeps at least DESC_MIN columns, what the zh_CN
 * screen leaves it at 80 columns, six characters (乒乓球赛奖品). English words in
 * the day and source columns are wider than Chinese ones: there the accounts give
 * way, down to ACCOUNTS_MIN (the start of both names, whole in the entry's view). */
enum { DESC_MIN = 13, ACCOUNTS_MIN = 11, ACCOUNTS_MAX = 17 };

static void books_scr_fit(void)
{
	int fixed = 0;
	for (int i = 0; i < NCOLS; i++)
		if (i != COL_DESC && i != COL_ACCOUNTS)
			fixed += books_cols[i].width;
	/* as list_col_span: a column of margin each side, a space between columns */
	int w = COLS - 2 - (NCOLS - 1) - fixed - DESC_MIN;
	books_cols[COL_ACCOUNTS].width = w > ACCOUNTS_MAX ? ACCOUNTS_MAX
					 : w < ACCOUNTS_MIN ? ACCOUNTS_MIN : w;
}

/* ---- the month's entries ---- */

static err_code books_scr_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	(void)e;
	*n = bks.sum.entries;
	return ERR_OK;
}

static err_code books_scr_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	int got = 0;
	if (limit > PAGE_MAX)
		limit = PAGE_MAX;
	err_code c = ledger_month_page(bks.month, offset, limit, bks.got, &got, e);
	for (int i = 0; i < got; i++) {
		struct books_scr_row *r = &bks.page[i];
		const struct ledger_entry *le = &bks.got[i].entry;
		memset(r, 0, sizeof *r);
		r->l = bks.got[i];
		snprintf(r->day, sizeof r->day, "%.2s", le->date + 8);
		r->reversed = ledger_reversed_by(le->id) != 0;
		books_scr_account_name(le->credit, r->from, sizeof r->from);
		books_scr_account_name(le->debit, r->to, sizeof r->to);
		snprintf(r->origin, sizeof r->origin, "%s",
			 strcmp(le->source, "manual") == 0 || strcmp(le->source, "reversal") == 0
				 ? "" : le->source);
		if (le->reverses) {
			struct ledger_entry orig;
			if (ledger_get(le->reverses, &orig, NULL) == ERR_OK &&
			    strcmp(orig.source, "manual") != 0)
				snprintf(r->origin, sizeof r->origin, "%s", orig.source);
		}
	}
	return c;
}

/* The amount and balance columns as wide as the month's widest figure (9 columns hold
 * 99,999.99; a union's bank may hold more): the description gives way. */
static void books_scr_money_widths(void)
{
	static const int cols[] = { COL_AMOUNT, COL_CASH, COL_BANK };
	int w[3] = { 9, 9, 9 };
	char buf[32];
	for (int k = 0; k < 3; k++)
		if (text_width(_(books_cols[cols[k]].title)) > w[k])
			w[k] = text_width(_(books_cols[cols[k]].title));
	for (int off = 0; off < bks.sum.entries; off += PAGE_MAX) {
		int got = 0;
		if (ledger_month_page(bks.month, off, PAGE_MAX, bks.got, &got, NULL) != ERR_OK)
			break;
		for (int i = 0; i < got; i++) {
			const int64_t v[3] = { bks.got[i].entry.amount, bks.got[i].cash_after,
					       bks.got[i].bank_after };
			for (int k = 0; k < 3; k++) {
				int x = text_width(money_format(v[k], buf, sizeof buf));
				if (x > w[k])
					w[k] = x;
			}
		}
		if (got < PAGE_MAX)
			break;
	}
	for (int k = 0; k < 3; k++)
		books_cols[cols[k]].width = w[k] < 14 ? w[k] : 14;
}

static void books_scr_reload(void)
{
	struct err e = { 0 };
	if (ledger_month_sum(bks.month, &bks.sum, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		memset(&bks.sum, 0, sizeof bks.sum);
	}
	books_scr_money_widths();
	if (list_reload(&bks.list, &e) != ERR_OK)
		ui_error("%s", e.msg);
}

static void books_scr_go(const char *month)
{
	if (strcmp(month, bks.month) != 0)
		bks.list.sel = bks.list.top = 0;
	snprintf(bks.month, sizeof bks.month, "%s", month);
	books_scr_reload();
}

/* Select the entry id of the month shown (when it is there). */
static void books_scr_select(int64_t id)
{
	struct err e = { 0 };
	for (int off = 0; off < bks.sum.entries; off += PAGE_MAX) {
		int got = 0;
		if (ledger_month_page(bks.month, off, PAGE_MAX, bks.got, &got, &e) != ERR_OK)
			return;
		for (int i = 0; i < got; i++)
			if (bks.got[i].entry.id == id) {
				bks.list.sel = off + i;
				list_reload(&bks.list, &e);
				return;
			}
	}
}

/* ---- drawing ---- */

static void books_scr_draw(void)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	char line[512], pos[32], a[32], b[32], c[32], d[32];

	curs_set(0);
	money_format(bks.sum.cash_open, a, sizeof a);
	money_format(bks.sum.bank_open, b, sizeof b);
	if (bks.sum.closed)
		/* L10N: the books' title for a closed month (已月结): %1$s the month
		 * (2025-05), %2$s cash and %3$s bank carried from the month before. */
		snprintf(line, sizeof line, _("Books %1$s, closed  brought forward: cash %2$s, "
					      "bank %3$s"), bks.month, a, b);
	else
		/* L10N: the books' title: %1$s the month (2025-05), %2$s cash and %3$s bank
		 * carried from the month before (上月结转). */
		snprintf(line, sizeof line, _("Books %1$s  brought forward: cash %2$s, bank %3$s"),
			 bks.month, a, b);
	/* L10N: %s the month; a records an entry. */
	char empty[256];
	snprintf(empty, sizeof empty, _("No entries in %s: press a to record one."), bks.month);
	bks.list.empty = empty;
	books_scr_fit();
	list_draw(&bks.list, y + 1, bottom - 1);
	frame_title(y, line, list_position(&bks.list, pos, sizeof pos));

	ui_clear_line(bottom, UI_NORMAL);
	money_format(bks.sum.income, a, sizeof a);
	money_format(bks.sum.expense, b, sizeof b);
	money_format(bks.sum.cash_close, c, sizeof c);
	money_format(bks.sum.bank_close, d, sizeof d);
	/* L10N: under the books: %1$s the month's income, %2$s its expense, %3$s cash and
	 * %4$s bank at the month's end (月末余额). */
	snprintf(line, sizeof line, _("Income %1$s  expense %2$s  month's end: cash %3$s, bank "
				      "%4$s"), a, b, c, d);
	ui_text(bottom, 1, line, COLS - 2, TEXT_LEFT, UI_TITLE);
}

/* ---- recording an entry ---- */

/* The entry form's record: accounts as typed, then as "50102 文体活动支出". */
struct books_scr_new {
	char date[DATE_LEN];
	char voucher[32];
	char description[256];
	char from[128];
	char to[128];
	int64_t amount;
};

/* The code at the start of an account field ("50102 文体活动支出" → 50102). */
static void books_scr_code(const char *field, char code[ACCOUNT_LEN])
{
	size_t k = strcspn(field, " ");
	snprintf(code, ACCOUNT_LEN, "%.*s", (int)(k < ACCOUNT_LEN ? k : ACCOUNT_LEN - 1), field);
}

/* An account field: a code, a name (either script) or the pinyin initials of a name
 * (wthd → 50102 文体活动支出) that means one account; it then reads "code name". */
static err_code books_scr_account_check(const char *in, char *out, size_t n, struct err *e)
{
	char code[ACCOUNT_LEN], name[128], first[ACCOUNT_LEN];
	struct ledger_account_hit hits[8];
	int got = 0;

	books_scr_code(in, first);
	if (ledger_account(first, code, NULL) == ERR_OK ||
	    ledger_account(in, code, NULL) == ERR_OK) {
		books_scr_account_name(code, name, sizeof name);
		snprintf(out, n, "%s %s", code, name);
		return ERR_OK;
	}
	err_code c = ledger_account_search(in, hits, 8, &got, e);
	if (c != ERR_OK)
		return c;
	if (got == 1) {
		snprintf(out, n, "%s %s", hits[0].a.code, hits[0].label);
		return ERR_OK;
	}
	char shown[128];
	text_clean(in, shown, sizeof shown);
	if (got == 0)
		/* L10N: %s what was typed in an account field. */
		return err_set(e, ERR_INPUT, _("No account matches \"%s\": A on the books shows "
					       "the chart."), shown);
	char list[400] = "";
	for (int i = 0; i < got && i < 3; i++) {
		size_t o = strlen(list);
		snprintf(list + o, sizeof list - o, "%s%s %s", i ? _(", ") : "", hits[i].a.code,
			 hits[i].label);
	}
	/* L10N: %1$s what was typed, %2$s the first accounts that match ("50101 教育活动支出,
	 * 50102 文体活动支出"); Tab or Enter on the field opens the list of them. */
	return err_set(e, ERR_INPUT, _("\"%1$s\" matches several accounts (%2$s …): choose "
				       "one, or type more of the name or the code."), shown, list);
}

/* ---- the account picker: several accounts match what was typed ---- */

#define PICK_MAX 64

enum { AP_CODE, AP_NAME, AP_NCOLS };

static const struct list_col books_pick_cols[AP_NCOLS] = {
	[AP_CODE] = { .title = N_("Code"), .width = 6,
		      LIST_AT(struct ledger_account_hit, a.code) },
	[AP_NAME] = { .title = N_("Account"), .width = 0,
		      LIST_AT(struct ledger_account_hit, label) },
};

static struct {
	struct ledger_account_hit hits[PICK_MAX];
	int n;
	int y;                   /* the row under the field */
	char title[300];
	struct list list;
} bpk;

static err_code books_scr_pick_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	(void)e;
	*n = bpk.n;
	return ERR_OK;
}

static err_code books_scr_pick_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	(void)limit;
	(void)e;
	bpk.list.src.rows = bpk.hits + offset;
	return ERR_OK;
}

/* Over the form, from the row under the field (or higher, to fit): a title, the
 * headings and the accounts that match. */
static void books_scr_pick_draw(struct view *v)
{
	char pos[32];
	int bottom = ui_body_bottom(), rows = bpk.n + 2;
	if (rows > bottom - UI_BODY_TOP + 1)
		rows = bottom - UI_BODY_TOP + 1;
	int top = bpk.y;
	if (top + rows - 1 > bottom)
		top = bottom - rows + 1;
	if (top < UI_BODY_TOP)
		top = UI_BODY_TOP;
	view_draw_under(v);
	curs_set(0);
	for (int y = top; y <= bottom; y++)   /* the form under it, from the field down */
		ui_clear_line(y, UI_NORMAL);
	list_draw(&bpk.list, top + 1, top + rows - 1);
	frame_title(top, bpk.title, list_position(&bpk.list, pos, sizeof pos));
	keys_bar(KM_ACCOUNTS);
}

static int books_scr_pick_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (list_act(&bpk.list, a))
		return 1;
	if (a == ACT_ACCEPT && list_selected(&bpk.list) >= 0)
		view_close(v, 1);
	else if (a == ACT_CANCEL)
		view_close(v, 0);
	else if (a == ACT_HELP)
		return 0;   /* the shell's help, for KM_ACCOUNTS */
	return 1;
}

static int books_scr_account_pick(const char *text, int y, char *out, size_t n)
{
	static const struct list_source src = { .count = books_scr_pick_count,
						.fetch = books_scr_pick_fetch,
						.stride = sizeof(struct ledger_account_hit) };
	char shown[128];
	if (ledger_account_search(text, bpk.hits, PICK_MAX, &bpk.n, NULL) != ERR_OK ||
	    bpk.n < 2)
		return 2;
	for (int i = 0; i < bpk.n; i++)
		text_clean(bpk.hits[i].label, bpk.hits[i].label, sizeof bpk.hits[i].label);
	bpk.y = y;
	text_clean(text, shown, sizeof shown);
	/* L10N: the title of the list that opens when several accounts match what was
	 * typed (%s) in an account field. */
	snprintf(bpk.title, sizeof bpk.title, _("Accounts matching \"%s\""), shown);
	list_init(&bpk.list, books_pick_cols, AP_NCOLS, &src);
	list_reload(&bpk.list, NULL);
	struct view v = { .name = bpk.title, .keymap = KM_ACCOUNTS,
			  .draw = books_scr_pick_draw, .act = books_scr_pick_act, .overlay = 1 };
	int r = view_run(&v);
	if (r == VIEW_SIGNAL)
		return -1;
	if (r != 1)
		return 0;
	const struct ledger_account_hit *h = &bpk.hits[bpk.list.sel];
	snprintf(out, n, "%s %s", h->a.code, h->label);
	return 1;
}

/* The date field: a date of the month shown (the form's kind has made it ISO). */
static err_code books_scr_date_check(const char *in, char *out, size_t n, struct err *e)
{
	(void)out;
	(void)n;
	if (strncmp(in, bks.month, 7) == 0 && in[7] == '-')
		return ERR_OK;
	/* L10N: %1$s the date typed, %2$s the month shown (2025-06). */
	return err_set(e, ERR_INPUT, _("%1$s is not in %2$s, the month shown: < and > change "
				       "the month."), in, bks.month);
}

#define AT(m) FORM_AT(struct books_scr_new, m)
static const struct form_field books_fields[] = {
	{ .name = "date", .label = N_("Date"), .kind = FK_DATE, .width = 10, .required = 1,
	  AT(date), .check = books_scr_date_check },
	/* L10N: form label: the voucher number (凭证号). */
	{ .name = "voucher", .label = N_("Voucher"), .kind = FK_TEXT, .width = 12, AT(voucher),
	  .limit = { TEXT_BYTES, LEDGER_VOUCHER_MAX, 1 } },
	{ .name = "description", .label = N_("Description"), .kind = FK_TEXT, .width = 40,
	  .required = 1, AT(description) },
	/* L10N: form label: the account the money comes from (贷方: 库存现金 for cash paid
	 * out, an income account for money received). */
	{ .name = "from", .label = N_("From account"), .kind = FK_TEXT, .width = 30,
	  .required = 1, AT(from), .check = books_scr_account_check,
	  .pick = books_scr_account_pick, .hint = N_("code, name or pinyin initials") },
	/* L10N: form label: the account the money goes to (借方: an expense account, or
	 * 库存现金/银行存款 for money received). */
	{ .name = "to", .label = N_("To account"), .kind = FK_TEXT, .width = 30, .required = 1,
	  AT(to), .check = books_scr_account_check, .pick = books_scr_account_pick,
	  .hint = N_("code, name or pinyin initials") },
	{ .name = "amount", .label = N_("Amount"), .kind = FK_MONEY, .width = 12, .required = 1,
	  AT(amount) },
};
#undef AT
#define NBFIELDS ((int)(sizeof books_fields / sizeof books_fields[0]))

/* The id of the entry the form saved. */
static int64_t books_scr_new_id;

static err_code books_scr_save(struct form *f, void *arg, struct err *e)
{
	const struct books_scr_new *r = arg;
	char debit[ACCOUNT_LEN], credit[ACCOUNT_LEN];
	(void)f;
	books_scr_code(r->from, credit);
	books_scr_code(r->to, debit);
	err_code c = ledger_post(r->date, r->voucher, debit, credit, r->amount, r->description,
				 "manual", &books_scr_new_id, e);
	if (c == ERR_CLOSED && !e->field[0])
		snprintf(e->field, sizeof e->field, "date");
	return c;
}

/* An amount that would take cash or bank below zero asks first. */
static int books_scr_question(struct form *f, const void *rec, char *buf, size_t n)
{
	const struct books_scr_new *r = rec;
	char credit[ACCOUNT_LEN], name[128], after[32], amount[32];
	int64_t left = 0;
	(void)f;
	books_scr_code(r->from, credit);
	if (!ledger_would_overdraw(r->date, credit, r->amount, &left))
		return 0;
	books_scr_account_name(credit, name, sizeof name);
	/* L10N: %1$s the amount, %2$s the account (库存现金), %3$s what it would hold after
	 * (a negative amount), %4$s the date. */
	snprintf(buf, n, _("Taking %1$s out of %2$s leaves it at %3$s on %4$s, below zero. "
			   "Save the entry anyway?"),
		 money_format(r->amount, amount, sizeof amount), name,
		 money_format(left, after, sizeof after), r->date);
	return 1;
}

static void books_scr_add(enum action a)
{
	struct books_scr_new rec;
	struct err e = { 0 };
	char today[DATE_LEN], first[DATE_LEN], name[128], title[256];
	(void)a;

	/* A closed month takes no entry: say so before the form. */
	snprintf(first, sizeof first, "%s-01", bks.month);
	if (ledger_check_open(first, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	memset(&rec, 0, sizeof rec);
	date_today(today);
	if (strncmp(today, bks.month, 7) == 0)
		snprintf(rec.date, sizeof rec.date, "%s", today);
	else if (strcmp(today, bks.month) < 0)
		snprintf(rec.date, sizeof rec.date, "%s", first);
	else
		snprintf(rec.date, sizeof rec.date, "%s-%02d", bks.month,
			 date_days_in_month(atoi(bks.month), atoi(bks.month + 5)));
	ledger_next_voucher(rec.date, rec.voucher);
	books_scr_account_name("101", name, sizeof name);
	snprintf(rec.from, sizeof rec.from, "101 %s", name);

	/* L10N: the entry form's title; %s the month (2025-06). */
	snprintf(title, sizeof title, _("An entry in the books of %s"), bks.month);
	struct form *f = form_new(title, books_fields, NBFIELDS);
	if (!f) {
		ui_error("%s", err_text(ERR_NOMEM));
		return;
	}
	form_record(f, &rec, sizeof rec);
	form_note(f, _("* must be filled in. An account: its code, name or pinyin initials."));
	form_footer(f, _("The amount goes from the first account to the second: paying for "
			 "prizes in cash is from 101 (cash) to 50102 (sports and culture); "
			 "money received goes from an income account to cash or bank. A mistake is "
			 "put right later with x (a reversing entry), never by editing."));
	form_on_save(f, books_scr_save, NULL);
	form_confirm(f, books_scr_question);
	books_scr_new_id = 0;
	int r = form_run(f);
	form_free(&f);
	if (r != FORM_SAVED)
		return;
	books_scr_reload();
	books_scr_select(books_scr_new_id);
	struct ledger_entry le;
	char what[400], cash[32], bank[32];
	if (ledger_get(books_scr_new_id, &le, &e) != ERR_OK)
		return;
	ledger_entry_label(&le, what, sizeof what);
	int i = list_current(&bks.list);
	if (i < 0)
		return;
	text_clean(what, what, sizeof what);
	money_format(bks.page[i].l.cash_after, cash, sizeof cash);
	money_format(bks.page[i].l.bank_after, bank, sizeof bank);
	/* L10N: %1$s the entry ("2025-06-15 乒乓球赛奖品 350.00"), %2$s cash and %3$s bank
	 * just after it. */
	ui_msg(_("Entered: %1$s; after it cash %2$s, bank %3$s."), what, cash, bank);
}

/* ---- the entry under the bar ---- */

static const struct books_scr_row *books_scr_current(void)
{
	int i = list_current(&bks.list);
	return i < 0 ? NULL : &bks.page[i];
}

/* x: a red entry dated today takes the entry back; nothing is deleted. */
static void books_scr_reverse(enum action a)
{
	const struct books_scr_row *r = books_scr_current();
	struct err e = { 0 };
	char today[DATE_LEN], what[400], q[1024], from[128], to[128];
	(void)a;
	if (!r)
		return;
	struct ledger_entry le = r->l.entry;
	ledger_entry_label(&le, what, sizeof what);
	text_clean(what, what, sizeof what);
	const struct screen *home = books_scr_home_of(r->origin);
	if (r->origin[0] && !le.reverses) {
		/* L10N: %1$s the entry ("2025-06-20 Dues for 2025-06 (2 members) 45.60"),
		 * %2$s the section it comes from (Dues, Welfare, Donations). */
		ui_error(_("%1$s comes from %2$s and is changed only there."), what,
			 home ? _(home->name) : books_scr_origin_word(r->origin, 0));
		return;
	}
	/* A reversal, or an entry reversed already: core says why not, writing nothing. */
	if (le.reverses || r->reversed) {
		if (ledger_reverse(le.id, NULL, NULL, &e) != ERR_OK)
			ui_error("%s", e.msg);
		return;
	}
	date_today(today);
	if (ledger_check_open(today, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	books_scr_account_name(le.credit, from, sizeof from);
	books_scr_account_name(le.debit, to, sizeof to);
	/* L10N: %1$s the entry ("2025-06-15 乒乓球赛奖品 350.00"), %2$s the account it came
	 * from, %3$s the account it went to, %4$s today (the red entry's date). */
	snprintf(q, sizeof q, _("Reverse %1$s (%2$s → %3$s)? A red entry dated %4$s takes it "
				"back; nothing is deleted."), what, from, to, today);
	if (!view_ask(q))
		return;
	int64_t id = 0;
	if (ledger_reverse(le.id, today, &id, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	books_scr_reload();
	if (strncmp(today, bks.month, 7) == 0)
		books_scr_select(id);
	/* L10N: %1$s the entry reversed, %2$s the red entry's date. */
	ui_msg(_("Reversed %1$s with a red entry dated %2$s."), what, today);
}

/* ---- one entry in full (Enter) ---- */

#define DETAIL_LINES 16
struct books_scr_detail {
	char lines[DETAIL_LINES][512];
	int n;
	char title[256];
};

static void books_scr_detail_draw(struct view *v)
{
	struct books_scr_detail *d = v->data;
	curs_set(0);
	erase();
	frame_draw(KM_ENTRY, 0);
	frame_title(UI_BODY_TOP, d->title, NULL);
	for (int i = 0; i < d->n && UI_BODY_TOP + 2 + i <= ui_body_bottom(); i++)
		ui_text(UI_BODY_TOP + 2 + i, 2, d->lines[i], COLS - 4, TEXT_LEFT, UI_NORMAL);
}

static int books_scr_detail_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (a == ACT_BACK) {
		view_close(v, 0);
		return 1;
	}
	return 0;
}

#define DLINE(...) do { if (d->n < DETAIL_LINES) \
	snprintf(d->lines[d->n++], sizeof d->lines[0], __VA_ARGS__); } while (0)

/* What the record behind an entry says, read-only. */
static void books_scr_detail_record(struct books_scr_detail *d, const struct ledger_entry *le,
				    const char *origin)
{
	int64_t id = le->reverses ? le->reverses : le->id;
	struct err e = { 0 };
	char month[MONTH_LEN], a[32], b[32], name[256];
	int members = 0;
	int64_t wid = 0, drive_id = 0, gift_id = 0;

	if (strcmp(origin, "dues") == 0 && dues_of_entry(id, month, &members, &e) == ERR_OK) {
		/* L10N: %1$d members, %2$s the month their dues were for. */
		DLINE(ngettext("Dues of %1$d member for %2$s.", "Dues of %1$d members for %2$s.",
			       members), members, month);
	} else if (strcmp(origin, "welfare") == 0 && welfare_of_entry(id, &wid, &e) == ERR_OK) {
		struct welfare w;
		if (welfare_get(wid, &w, &e) == ERR_OK) {
			text_clean(w.member_name, name, sizeof name);
			money_format(w.cash, a, sizeof a);
			money_format(w.goods_value, b, sizeof b);
			/* L10N: %1$s the date, %2$s name, %3$s membership number, %4$s the
			 * reason (hospital stay), %5$s cash, %6$s the goods' value. */
			DLINE(_("Welfare of %1$s to %2$s (%3$s), %4$s: cash %5$s, goods %6$s."),
			      w.date, name, w.member_no, cat_name(CAT_WELFARE, w.kind), a, b);
		}
	} else if (strcmp(origin, "donation") == 0 &&
		   donation_of_entry(id, &drive_id, &gift_id, &e) == ERR_OK) {
		struct drive dr;
		if (drive_get(drive_id, &dr, &e) == ERR_OK) {
			text_clean(dr.name, name, sizeof name);
			/* L10N: %s the donation drive's name (爱心捐款 for …). */
			DLINE(_("Donation drive: %s."), name);
		}
	}
	const struct screen *home = books_scr_home_of(origin);
	const char *where = home ? _(home->name) : books_scr_origin_word(origin, 0);
	int key = home ? frame_section_of(home->name) : 0;
	if (key)
		/* L10N: %1$s the section (Dues, Welfare), %2$d its key. */
		DLINE(_("It is changed only in %1$s (key %2$d); the books follow."), where, key);
	else
		/* L10N: %s where the entry comes from (donation, event). */
		DLINE(_("It is changed only where it comes from (%s); the books follow."), where);
}

static void books_scr_open(enum action a)
{
	const struct books_scr_row *r = books_scr_current();
	static struct books_scr_detail dd;
	struct books_scr_detail *d = &dd;
	char x[512], y[512], c[32], b[32];
	(void)a;
	if (!r)
		return;
	const struct ledger_entry *le = &r->l.entry;
	memset(d, 0, sizeof *d);
	/* L10N: the title of one entry in full: %s its date. */
	snprintf(d->title, sizeof d->title, _("Entry of %s"), le->date);
	text_clean(le->description, x, sizeof x);
	/* L10N: the lines of one entry in full. */
	DLINE(_("Description: %s"), x);
	DLINE(_("Voucher: %s"), le->voucher[0] ? le->voucher : "-");
	books_scr_account_name(le->credit, x, sizeof x);
	DLINE(_("From: %1$s %2$s"), le->credit, x);
	books_scr_account_name(le->debit, y, sizeof y);
	DLINE(_("To: %1$s %2$s"), le->debit, y);
	DLINE(_("Amount: %s"), money_format(le->amount, c, sizeof c));
	money_format(r->l.cash_after, c, sizeof c);
	money_format(r->l.bank_after, b, sizeof b);
	DLINE(_("After it: cash %1$s, bank %2$s"), c, b);
	if (le->reverses) {
		struct ledger_entry orig;
		if (ledger_get(le->reverses, &orig, NULL) == ERR_OK) {
			ledger_entry_label(&orig, x, sizeof x);
			text_clean(x, y, sizeof y);
			DLINE(_("A red entry (红字冲销) reversing %s."), y);
		}
	}
	int64_t by = ledger_reversed_by(le->id);
	struct ledger_entry rev;
	if (by && ledger_get(by, &rev, NULL) == ERR_OK)
		DLINE(_("Reversed by a red entry dated %s."), rev.date);
	DLINE("%s", "");
	if (r->origin[0])
		books_scr_detail_record(d, le, r->origin);
	else
		DLINE("%s", _("Entered by hand in the books."));
	struct view v = { .name = d->title, .keymap = KM_ENTRY, .draw = books_scr_detail_draw,
			  .act = books_scr_detail_act, .data = d };
	view_run(&v);
}
#undef DLINE

/* ---- the chart of accounts (A) ---- */

enum { CH_CODE, CH_NAME, CH_MONTH, CH_YEAR, CH_BALANCE, CH_NCOLS };

#define AT(m) LIST_AT(struct ledger_chart_row, m)
static const struct list_col chart_cols[CH_NCOLS] = {
	/* L10N: column heading: an account's code (科目编码). */
	[CH_CODE] = { .title = N_("Code"), .width = 6, AT(a.code) },
	/* L10N: column heading: an account's name (科目名称). */
	[CH_NAME] = { .title = N_("Account"), .width = 0, AT(label) },
	/* L10N: column heading: what moved through an account in the month (本月). */
	[CH_MONTH] = { .title = N_("This month"), .width = 12, .kind = LC_MONEY, .blank = 1,
		       AT(month) },
	/* L10N: column heading: what moved through an account from January (本年累计). */
	[CH_YEAR] = { .title = N_("Year so far"), .width = 12, .kind = LC_MONEY, .blank = 1,
		      AT(year) },
	/* L10N: column heading: an account's balance at the month's end (余额). */
	[CH_BALANCE] = { .title = N_("Balance"), .width = 12, .kind = LC_MONEY, .blank = 1,
			 AT(balance) },
};
#undef AT

static struct {
	struct ledger_chart_row rows[CHART_MAX];
	int n;
	struct list list;
} bch;

static err_code books_scr_chart_count(void *arg, int *n, struct err *e)
{
	(void)arg;
	(void)e;
	*n = bch.n;
	return ERR_OK;
}

static err_code books_scr_chart_fetch(void *arg, int offset, int limit, struct err *e)
{
	(void)arg;
	(void)limit;
	(void)e;
	bch.list.src.rows = bch.rows + offset;
	return ERR_OK;
}

static void books_scr_chart_draw(struct view *v)
{
	char line[256], pos[32];
	(void)v;
	curs_set(0);
	erase();
	frame_draw(KM_CHART, 0);
	/* L10N: the chart of accounts' title: %s the month (2025-06). */
	snprintf(line, sizeof line, _("Chart of accounts, %s"), bks.month);
	bch.list.empty = _("The chart of accounts is empty.");
	list_draw(&bch.list, UI_BODY_TOP + 1, ui_body_bottom());
	frame_title(UI_BODY_TOP, line, list_position(&bch.list, pos, sizeof pos));
}

static int books_scr_chart_act(struct view *v, enum action a, int key)
{
	(void)key;
	if (list_act(&bch.list, a))
		return 1;
	if (a == ACT_BACK) {
		view_close(v, 0);
		return 1;
	}
	return 0;
}

static void books_scr_chart(enum action a)
{
	static const struct list_source src = { .count = books_scr_chart_count,
						.fetch = books_scr_chart_fetch,
						.stride = sizeof(struct ledger_chart_row) };
	struct err e = { 0 };
	(void)a;
	if (ledger_chart(bks.month, bch.rows, CHART_MAX, &bch.n, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	for (int i = 0; i < bch.n; i++)
		text_clean(bch.rows[i].label, bch.rows[i].label, sizeof bch.rows[i].label);
	list_init(&bch.list, chart_cols, CH_NCOLS, &src);
	list_reload(&bch.list, &e);
	struct view v = { .name = _("Chart of accounts"), .keymap = KM_CHART,
			  .draw = books_scr_chart_draw, .act = books_scr_chart_act };
	view_run(&v);
}

/* ---- closing the month (c) ---- */

struct books_scr_close {
	struct monthend m;
	char lines[MONTHEND_LINES][MONTHEND_LINE];
	int n;
	int closed;
};

static void books_scr_close_draw(struct view *v)
{
	struct books_scr_close *c = v->data;
	char title[256];
	curs_set(0);
	erase();
	frame_draw(KM_MONTHEND, 0);
	/* L10N: the month-close summary's title: %1$s the month's name (May), %2$d the year,
	 * %3$s 2025-05. */
	snprintf(title, sizeof title, _("Closing %1$s %2$d (%3$s)"), ledger_month_name(c->m.month),
		 atoi(c->m.month), c->m.month);
	frame_title(UI_BODY_TOP, title, NULL);
	int y = UI_BODY_TOP + 2;
	for (int i = 0; i < c->n && y <= ui_body_bottom() - 2; i++) {
		char line[MONTHEND_LINE];
		text_clean(c->lines[i], line, sizeof line);
		ui_text(y++, 2, line, COLS - 4, TEXT_LEFT, UI_NORMAL);
	}
	ui_text(ui_body_bottom(), 2, _("c closes the month (asks once more); Esc goes back "
				       "without closing."), COLS - 4, TEXT_LEFT, UI_DIM);
}

static int books_scr_close_act(struct view *v, enum action a, int key)
{
	struct books_scr_close *c = v->data;
	struct err e = { 0 };
	char q[800];
	(void)key;
	if (a == ACT_BACK) {
		view_close(v, 0);
		return 1;
	}
	if (a != ACT_CLOSE_MONTH)
		return 0;
	if (!view_ask(monthend_question(&c->m, q, sizeof q)))
		return 1;
	if (ledger_close_month(c->m.month, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return 1;
	}
	c->closed = 1;
	view_close(v, 1);
	return 1;
}

static void books_scr_close(enum action a)
{
	struct books_scr_close c;
	struct err e = { 0 };
	(void)a;
	if (ledger_can_close(bks.month, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	memset(&c, 0, sizeof c);
	if (monthend_summary(bks.month, &c.m, &e) != ERR_OK) {
		ui_error("%s", e.msg);
		return;
	}
	c.n = monthend_lines(&c.m, c.lines, MONTHEND_LINES);
	struct view v = { .name = _("Closing the month"), .keymap = KM_MONTHEND,
			  .draw = books_scr_close_draw, .act = books_scr_close_act, .data = &c };
	view_run(&v);
	books_scr_reload();
	if (c.closed)
		/* L10N: %1$s the month's name (May), %2$d the year, %3$s 2025-05. */
		ui_msg(_("%1$s %2$d (%3$s) is closed: its records of money can no longer be "
			 "changed; a mistake is put right by a reversing entry in an open month."),
		       ledger_month_name(bks.month), atoi(bks.month), bks.month);
}

/* ---- the screen ---- */

static void books_scr_enter(void)
{
	static const struct list_source src = { .count = books_scr_count,
						.fetch = books_scr_fetch, .rows = bks.page,
						.stride = sizeof bks.page[0] };
	if (!bks.ready) {
		list_init(&bks.list, books_cols, NCOLS, &src);
		month_this(bks.month);
		bks.ready = 1;
	}
	books_scr_widths();
	books_scr_reload();
}

/* < > t: another month. */
static void books_scr_month(enum action a)
{
	char month[MONTH_LEN];
	if (a == ACT_THIS_MONTH)
		month_this(month);
	else
		month_add(bks.month, a == ACT_PREV_MONTH ? -1 : 1, month);
	books_scr_go(month);
}

static const struct screen_action books_scr_actions[] = {
	{ KM_BOOKS, ACT_ADD, books_scr_add },
	{ KM_BOOKS, ACT_VOID, books_scr_reverse },
	{ KM_BOOKS, ACT_CLOSE_MONTH, books_scr_close },
	{ KM_BOOKS, ACT_CHART, books_scr_chart },
	{ KM_BOOKS, ACT_OPEN, books_scr_open },
	{ KM_BOOKS, ACT_PREV_MONTH, books_scr_month },
	{ KM_BOOKS, ACT_NEXT_MONTH, books_scr_month },
	{ KM_BOOKS, ACT_THIS_MONTH, books_scr_month },
};

static int books_scr_act(enum action a, int key)
{
	(void)key;
	return list_act(&bks.list, a);
}

const struct screen books_screen = {
	/* L10N: the section of the union's books (收支账). */
	.name = N_("Books"),
	.keymap = KM_BOOKS,
	.enter = books_scr_enter,
	.draw = books_scr_draw,
	.act = books_scr_act,
	SCREEN_ACTIONS(books_scr_actions),
};

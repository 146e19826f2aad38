/*
 * form.c — the form engine (see form.h): layout, moving between fields, editing through
 * tui/edit.c, checking a field as it is left, saving and cancelling.
 *
 * Layout: the title on the first body row, an optional note under it, then one field a
 * row: the label right-aligned in a column as wide as the widest label, the field, and
 * beside it the reason it is wrong (or, for a member field, the member's name), and an
 * optional paragraph under the last field. A form taller than the screen scrolls to keep
 * the current field in view.
 */
#include "tui/form.h"
#include "tui/edit.h"
#include "tui/frame.h"
#include "tui/help.h"
#include "tui/keys.h"
#include "tui/pick.h"
#include "tui/ui.h"
#include "tui/view.h"
#include "core/category.h"
#include "core/date.h"
#include "core/i18n.h"
#include "core/member.h"
#include "core/money.h"
#include "core/setting.h"
#include "core/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a field's editor holds: more than any field's limit, so that a value too long
 * (a paste) stays whole in the field to be shortened, instead of being cut. */
#define FORM_VAL 2048
#define IS_CHOICE(fd) ((fd)->kind == FK_CHOICE || (fd)->kind == FK_FLAG)

struct form_value {
	char val[FORM_VAL];
	char orig[FORM_VAL];
	char err[256];       /* why the value is wrong ("" when it is fine) */
	char hint[256];      /* shown beside a good value (a member's name) */
	int many;            /* a member field's text matches several members */
	int64_t num;         /* the parsed value: fen, a count, a member's id */
};

struct form {
	char title[256];
	char note[256];
	char footer[1024];
	const struct form_field *fields;
	int n;
	struct form_value *v;
	int cur;
	int fresh;           /* just entered: the first character typed replaces the text */
	int top;             /* first field shown */
	int cur_y;           /* the screen row of the current field at the last draw */
	struct edit ed;
	int (*shown)(const struct form *f, int field);
	err_code (*save)(struct form *f, void *arg, struct err *e);
	void *save_arg;
	int enter_saves;
	int (*question)(struct form *f, const void *rec, char *buf, size_t n);
	void *rec;           /* the record the bound fields fill (form_record) */
	size_t rec_size;
	struct view view;
};

static const struct form_choice form_yes_no[] = {
	{ "0", N_("no") },
	{ "1", N_("yes") },
};

/* ---- choices ---- */

/* A choice's own list (.choices), yes/no for a flag, else its category's. */
static const struct form_choice *choice_own(const struct form_field *fd, int *n)
{
	if (fd->kind == FK_FLAG) {
		*n = 2;
		return form_yes_no;
	}
	*n = fd->nchoices;
	return fd->choices;
}

static int choice_count(const struct form_field *fd)
{
	int n = 0;
	if (!choice_own(fd, &n))
		cat_list((enum cat_kind)fd->cat, &n);
	return n;
}

static const char *choice_code(const struct form_field *fd, int k)
{
	int n;
	const struct form_choice *own = choice_own(fd, &n);
	if (own)
		return own[k].code;
	return cat_list((enum cat_kind)fd->cat, &n)[k].code;
}

static const char *choice_name(const struct form_field *fd, const char *code)
{
	int n;
	const struct form_choice *own = choice_own(fd, &n);
	if (!own)
		return cat_name((enum cat_kind)fd->cat, code);
	for (int k = 0; k < n; k++)
		if (strcmp(own[k].code, code) == 0)
			return _(own[k].name);
	return code;
}

struct form *form_new(const char *title, const struct form_field *fields, int n)
{
	struct form *f = calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->v = calloc((size_t)n, sizeof *f->v);
	if (!f->v) {
		free(f);
		return NULL;
	}
	text_clean(title ? title : "", f->title, sizeof f->title);   /* cut between characters */
	f->fields = fields;
	f->n = n;
	for (int i = 0; i < n; i++)
		if (IS_CHOICE(&fields[i])) {
			/* a choice always holds one of its codes: the first by default */
			const char *code = choice_count(&fields[i]) > 0
				? choice_code(&fields[i], 0) : "";
			snprintf(f->v[i].val, FORM_VAL, "%s", code);
			snprintf(f->v[i].orig, FORM_VAL, "%s", f->v[i].val);
		}
	return f;
}

void form_free(struct form **f)
{
	if (!f || !*f)
		return;
	free((*f)->v);
	free(*f);
	*f = NULL;
}

static int form_find(const struct form *f, const char *name)
{
	for (int i = 0; i < f->n; i++)
		if (strcmp(f->fields[i].name, name) == 0)
			return i;
	return -1;
}

void form_set(struct form *f, const char *name, const char *value)
{
	int i = form_find(f, name);
	if (i < 0)
		return;
	snprintf(f->v[i].val, FORM_VAL, "%s", value ? value : "");
	snprintf(f->v[i].orig, FORM_VAL, "%s", f->v[i].val);
}

const char *form_get(const struct form *f, const char *name)
{
	int i = form_find(f, name);
	return i < 0 ? "" : f->v[i].val;
}

void form_note(struct form *f, const char *text)
{
	snprintf(f->note, sizeof f->note, "%s", text ? text : "");
}

void form_footer(struct form *f, const char *text)
{
	snprintf(f->footer, sizeof f->footer, "%s", text ? text : "");
}

void form_shown(struct form *f, int (*shown)(const struct form *, int)) { f->shown = shown; }
void form_enter_saves(struct form *f, int on) { f->enter_saves = on; }

void form_on_save(struct form *f, err_code (*save)(struct form *, void *, struct err *),
		  void *arg)
{
	f->save = save;
	f->save_arg = arg;
}

int form_modified(const struct form *f)
{
	for (int i = 0; i < f->n; i++)
		if (strcmp(f->v[i].val, f->v[i].orig) != 0)
			return 1;
	return 0;
}

static int form_is_shown(const struct form *f, int i)
{
	return !f->shown || f->shown(f, i);
}

/* How much text field fd may hold, as core counts it (form.h: .setting, .limit, the
 * record's member); n == 0 when nothing is known (an unbound field: FORM_VAL). */
static struct text_limit form_limit(const struct form_field *fd)
{
	struct text_limit l = fd->limit;
	if (fd->kind != FK_TEXT)
		return (struct text_limit){ TEXT_BYTES, 0, 0 };
	if (fd->setting)
		return setting_limit(fd->setting);
	if (l.n > 0)
		return l;
	l.unit = TEXT_BYTES;
	if (fd->size)
		l.n = (int)fd->size - 1;
	if (fd->max && (!l.n || (int)fd->max - 1 < l.n))
		l.n = (int)fd->max - 1;
	return l;
}

/* Does val fit field fd? Its limit, and the record's member it is stored in (a name of
 * 40 columns in combining marks could be longer than its buffer). */
static err_code form_limit_check(const struct form_field *fd, const char *val, struct err *e)
{
	err_code c = text_limit_check(val, form_limit(fd), _(fd->label), e);
	if (c == ERR_OK && fd->kind == FK_TEXT && fd->size)
		c = text_limit_check(val, (struct text_limit){ TEXT_BYTES, (int)fd->size - 1, 0 },
				     _(fd->label), e);
	return c;
}

/* The limit as shown beside the field ("" when none). */
static const char *form_limit_hint(const struct form_field *fd, char *buf, size_t n)
{
	struct text_limit l = form_limit(fd);
	int k = text_limit_count(l);
	buf[0] = '\0';
	if (l.n <= 0)
		return buf;
	if (l.code)
		/* L10N: shown dim beside a field of letters and digits (a membership
		 * number, a phone, the school code, a voucher): how many characters it
		 * holds, in the plain word for them (最多32个字符). Short. */
		snprintf(buf, n, ngettext("at most %d letter or digit",
					  "at most %d letters or digits", k), k);
	else
		/* L10N: shown dim beside a text field: how many Chinese characters it
		 * holds (more letters fit; the refusal says both). Short. */
		snprintf(buf, n, ngettext("at most %d character", "at most %d characters", k),
			 k);
	return buf;
}

/* ---- the record ---- */

/* The value of bound field i from the record, as text. */
static void form_load_field(struct form *f, int i, const char *rec)
{
	const struct form_field *fd = &f->fields[i];
	char *val = f->v[i].val;
	const char *p = rec + fd->at;
	int64_t n = 0;

	switch (fd->kind) {
	case FK_MONEY:
		memcpy(&n, p, sizeof n);
		if (n || fd->required)
			money_plain(n, val, FORM_VAL);
		else
			val[0] = '\0';
		break;
	case FK_INT:
	case FK_FLAG: {
		int k;
		memcpy(&k, p, sizeof k);
		if (fd->kind == FK_FLAG)
			snprintf(val, FORM_VAL, "%d", k ? 1 : 0);
		else if (k || fd->required)
			snprintf(val, FORM_VAL, "%d", k);
		else
			val[0] = '\0';
		break;
	}
	case FK_MEMBER:
		if (fd->size == sizeof(int64_t)) {
			struct member m;
			memcpy(&n, p, sizeof n);
			val[0] = '\0';
			if (n && member_get(n, &m, NULL) == ERR_OK)
				snprintf(val, FORM_VAL, "%s", m.no);
			break;
		}
		/* the membership number as text */
		snprintf(val, FORM_VAL, "%.*s", (int)strnlen(p, fd->size), p);
		break;
	default:
		snprintf(val, FORM_VAL, "%.*s", (int)strnlen(p, fd->size), p);
		break;
	}
	if (fd->kind == FK_CHOICE) {
		/* A code the choice does not have (an empty one from x_init): the first. */
		int k, count = choice_count(fd);
		for (k = 0; k < count && strcmp(choice_code(fd, k), val) != 0; k++)
			;
		if (k == count && count > 0)
			snprintf(val, FORM_VAL, "%s", choice_code(fd, 0));
	}
	snprintf(f->v[i].orig, FORM_VAL, "%s", val);
}

/* The checked value of bound field i into the record. */
static void form_store_field(const struct form *f, int i, char *rec)
{
	const struct form_field *fd = &f->fields[i];
	const struct form_value *v = &f->v[i];
	char *p = rec + fd->at;

	switch (fd->kind) {
	case FK_MONEY: {
		int64_t n = v->val[0] ? v->num : 0;
		memcpy(p, &n, sizeof n);
		break;
	}
	case FK_INT:
	case FK_FLAG: {
		int k = fd->kind == FK_FLAG ? strcmp(v->val, "1") == 0
					    : (int)(v->val[0] ? v->num : 0);
		memcpy(p, &k, sizeof k);
		break;
	}
	case FK_MEMBER:
		if (fd->size == sizeof(int64_t)) {
			int64_t n = v->val[0] ? v->num : 0;
			memcpy(p, &n, sizeof n);
			break;
		}
		snprintf(p, fd->size, "%s", v->val);
		break;
	default:
		snprintf(p, fd->size, "%s", v->val);
		break;
	}
}

void form_record(struct form *f, void *rec, size_t size)
{
	f->rec = rec;
	f->rec_size = size;
	for (int i = 0; i < f->n; i++)
		if (f->fields[i].size)
			form_load_field(f, i, rec);
}

void form_error(struct form *f, const char *name, const char *msg)
{
	int i = form_find(f, name);
	if (i >= 0)
		snprintf(f->v[i].err, sizeof f->v[i].err, "%s", msg ? msg : "");
}

void form_confirm(struct form *f, int (*question)(struct form *, const void *, char *, size_t))
{
	f->question = question;
}

static void choice_step(struct form *f, int i, int dir)
{
	const struct form_field *fd = &f->fields[i];
	int n = choice_count(fd), at = 0;
	if (n == 0)
		return;
	for (int k = 0; k < n; k++)
		if (strcmp(choice_code(fd, k), f->v[i].val) == 0)
			at = k;
	at = (at + dir + n) % n;
	snprintf(f->v[i].val, FORM_VAL, "%s", choice_code(fd, at));
}

/* ---- checking ---- */

/* Check field i; normalise its value; set its err (and hint). Empty values pass here:
 * "required" is checked when saving, so a person can move freely through the form. */
static int form_check(struct form *f, int i)
{
	const struct form_field *fd = &f->fields[i];
	struct form_value *v = &f->v[i];
	struct err e = { 0 };
	err_code c = ERR_OK;
	char out[FORM_VAL];

	v->err[0] = v->hint[0] = '\0';
	v->many = 0;
	v->num = 0;
	if (!IS_CHOICE(fd) && v->val[0]) {
		/* Only spaces (an input method's full-width U+3000 too) is an empty field,
		 * whatever its kind: "required" speaks for it when saving. */
		char *t = text_nfkc(v->val);
		if (t && !*t)
			v->val[0] = '\0';
		free(t);
	}
	if (!v->val[0] || IS_CHOICE(fd))
		goto extra;
	switch (fd->kind) {
	case FK_DATE: {
		char iso[DATE_LEN];
		if ((c = date_parse(v->val, iso, &e)) == ERR_OK)
			snprintf(v->val, FORM_VAL, "%s", iso);
		break;
	}
	case FK_MONEY: {
		int64_t fen;
		if ((c = money_parse(v->val, &fen, &e)) == ERR_OK) {
			if (fen < 0)
				c = err_set(&e, ERR_INPUT, _("The amount cannot be negative."));
			else
				money_plain(fen, v->val, FORM_VAL);
			v->num = fen;
		}
		break;
	}
	case FK_MEMBER: {
		/* A number, or a name or pinyin initials that mean one member; several
		 * matches are settled by form_pick when the field is left. */
		struct member m;
		int matches = 0;
		if ((c = pick_lookup(v->val, &m, &matches, &e)) == ERR_OK) {
			snprintf(v->val, FORM_VAL, "%s", m.no);
			text_clean(m.name, v->hint, sizeof v->hint);
			v->num = m.id;
		} else if (matches > 1) {
			v->many = 1;
		}
		break;
	}
	case FK_INT: {
		/* A count: digits only (full-width ones too), not negative. */
		char *t = text_nfkc(v->val);
		const char *p = t ? t : "";
		long long n = 0;
		int digits = 0;
		while (*p >= '0' && *p <= '9' && n < 100000000) {
			n = n * 10 + (*p++ - '0');
			digits++;
		}
		if (*p || !digits)
			c = err_set(&e, ERR_INPUT, _("Please give a whole number, such as 3."));
		else
			snprintf(v->val, FORM_VAL, "%lld", n);
		v->num = n;
		free(t);
		break;
	}
	case FK_TEXT: {
		char *t = text_nfkc(v->val);
		if (!t)
			c = err_set(&e, ERR_INPUT, _("The text contains characters that cannot be "
						     "shown."));
		free(t);
		/* Trim the spaces at the ends, which nobody means to type. */
		size_t s = strspn(v->val, " "), len = strlen(v->val);
		while (len > s && v->val[len - 1] == ' ')
			len--;
		memmove(v->val, v->val + s, len - s);
		v->val[len - s] = '\0';
		if (c == ERR_OK)
			c = form_limit_check(fd, v->val, &e);
		break;
	}
	default:
		break;
	}
extra:
	if (c == ERR_OK && fd->check && (v->val[0] || IS_CHOICE(fd))) {
		snprintf(out, sizeof out, "%s", v->val);
		if ((c = fd->check(v->val, out, sizeof out, &e)) == ERR_OK)
			snprintf(v->val, FORM_VAL, "%s", out);
	}
	if (c != ERR_OK) {
		snprintf(v->err, sizeof v->err, "%s", e.msg);
		return 0;
	}
	return 1;
}

int form_fill(struct form *f, void *rec)
{
	int first_bad = -1;
	for (int i = 0; i < f->n; i++) {
		if (!form_is_shown(f, i))
			continue;
		int good = form_check(f, i);
		if (good && f->fields[i].required && !f->v[i].val[0]) {
			/* L10N: %s is a field's label, e.g. "Name". */
			snprintf(f->v[i].err, sizeof f->v[i].err, _("Please fill in %s."),
				 _(f->fields[i].label));
			good = 0;
		}
		if (!good && first_bad < 0)
			first_bad = i;
	}
	if (first_bad >= 0)
		return first_bad;
	for (int i = 0; i < f->n; i++)
		if (f->fields[i].size && form_is_shown(f, i))
			form_store_field(f, i, rec);
	return -1;
}

const char *form_field_error(const struct form *f, const char *name)
{
	int i = form_find(f, name);
	return i < 0 ? "" : f->v[i].err;
}

/* ---- moving ---- */

static void form_enter_field(struct form *f, int i)
{
	f->cur = i;
	f->fresh = 1;
	edit_init(&f->ed, f->v[i].val, FORM_VAL);
}

/* Field i is a member field whose text matches several members: let the person choose
 * one in the picker over the form. Returns 1 when one was picked (the field then holds
 * the number, the name beside it); 0 when Esc went back (the field keeps the text and
 * is edited from where it ends); -1 on a stop signal. */
static int form_pick(struct form *f, int i)
{
	struct member m;
	struct form_value *v = &f->v[i];
	int r = pick_member(v->val, f->cur_y + 1, &m);

	if (r == 1) {
		snprintf(v->val, FORM_VAL, "%s", m.no);
		text_clean(m.name, v->hint, sizeof v->hint);
		v->err[0] = '\0';
		v->many = 0;
		v->num = m.id;
		edit_init(&f->ed, v->val, FORM_VAL);
	} else {
		f->fresh = 0;
	}
	return r;
}

/* Field i's own picker (.pick) over a value its check refused: 1 when one was chosen
 * (the field holds it, checked), 0 when Esc went back, -1 on a stop signal, 2 when
 * there is nothing to choose from (no picker, or the text does not match several). */
static int form_pick_own(struct form *f, int i)
{
	const struct form_field *fd = &f->fields[i];
	struct form_value *v = &f->v[i];
	char out[FORM_VAL];

	if (!fd->pick)
		return 2;
	int r = fd->pick(v->val, f->cur_y + 1, out, sizeof out);
	if (r == 1) {
		snprintf(v->val, FORM_VAL, "%s", out);
		form_check(f, i);
		edit_init(&f->ed, v->val, FORM_VAL);
	} else if (r == 0) {
		f->fresh = 0;
	}
	return r;
}

/* Leave the current field for the next shown one in direction dir (a member field whose
 * text matches several members first asks which one, and stays when none is picked;
 * so does a field with its own picker). */
static void form_move(struct form *f, int dir)
{
	int i = f->cur;
	if (!form_check(f, f->cur)) {
		if (f->v[f->cur].many) {
			if (form_pick(f, f->cur) != 1)
				return;
		} else {
			int r = form_pick_own(f, f->cur);
			if (r == 0 || r == -1)
				return;
			if (r == 2)
				ui_error("%s", f->v[f->cur].err);
		}
	}
	for (int step = 0; step < f->n; step++) {
		i = (i + dir + f->n) % f->n;
		if (form_is_shown(f, i))
			break;
	}
	form_enter_field(f, i);
}

/* ---- drawing ---- */

static int form_label_width(const struct form *f)
{
	int w = 0;
	for (int i = 0; i < f->n; i++) {
		int lw = text_width(_(f->fields[i].label));
		if (lw > w)
			w = lw;
	}
	return w > 24 ? 24 : w;
}

/* Where the next line of the footer goes, and the last row it may use. */
struct form_wrap {
	int y, bottom;
};

static void form_footer_line(const char *start, size_t bytes, void *arg)
{
	struct form_wrap *w = arg;
	char line[1024];
	if (w->y > w->bottom)
		return;
	snprintf(line, sizeof line, "%.*s", (int)bytes, start);
	ui_text(w->y++, 2, line, COLS - 4, TEXT_LEFT, UI_DIM);
}

static void form_draw(struct form *f)
{
	int y = UI_BODY_TOP, bottom = ui_body_bottom();
	int lw = form_label_width(f), fx = 2 + lw + 2;
	int cy = -1, cx = 0, cw = 0;

	erase();
	frame_draw(KM_FORM, FRAME_TYPING);
	ui_clear_line(y, UI_TITLE);
	ui_text(y, 1, f->title, COLS - 2, TEXT_LEFT, UI_TITLE);
	y += 1;
	if (f->note[0])
		ui_text(y++, 2, f->note, COLS - 4, TEXT_LEFT, UI_DIM);
	y += 1;

	/* Which fields fit: keep the current one in view. */
	int rows = bottom - y + 1, shown_before = 0;
	if (f->cur < f->top)
		f->top = f->cur;
	for (int i = f->top; i < f->cur; i++)
		shown_before += form_is_shown(f, i);
	while (shown_before >= rows && f->top < f->cur) {
		shown_before -= form_is_shown(f, f->top);
		f->top++;
	}
	if (f->top > 0)
		ui_put(y - 1, COLS - 4, "…", 2, UI_DIM);

	for (int i = f->top; i < f->n && y <= bottom; i++) {
		const struct form_field *fd = &f->fields[i];
		struct form_value *v = &f->v[i];
		int active = i == f->cur;
		int w = fd->width;
		if (!form_is_shown(f, i))
			continue;
		char lim[128];
		const char *hint = fd->hint ? _(fd->hint) : form_limit_hint(fd, lim, sizeof lim);
		if (hint[0] && !IS_CHOICE(fd)) {
			/* A field narrower than its table says, so that its limit shows (the
			 * text scrolls sideways in it). */
			int room = COLS - 1 - text_width(hint) - 2 - fx;
			int least = fd->width < 10 ? fd->width : 10;
			if (w > room)
				w = room > least ? room : least;
		}
		if (w > COLS - fx - 2)
			w = COLS - fx - 2;
		char label[128];
		snprintf(label, sizeof label, "%s%s", _(fd->label), fd->required ? "*" : "");
		ui_text(y, 2, label, lw + 1, TEXT_RIGHT, active ? UI_TITLE : UI_LABEL);
		enum ui_look look = active ? UI_FIELD_ON : UI_FIELD;
		if (active)
			f->cur_y = y;
		if (IS_CHOICE(fd)) {
			ui_text(y, fx, choice_name(fd, v->val), w, TEXT_LEFT, look);
			if (active)
				ui_put(y, fx + w + 1, "< >", 4, UI_DIM);
		} else if (active) {
			cy = y;
			cx = fx;
			cw = w;
		} else {
			struct edit tmp;
			edit_init(&tmp, v->val, FORM_VAL);
			edit_draw(&tmp, y, fx, w, look, 0);
		}
		int ex = fx + w + (IS_CHOICE(fd) && active ? 5 : 2);
		if (v->err[0])
			ui_put(y, ex, v->err, COLS - ex - 1, UI_ERROR);
		else if (v->hint[0])
			ui_put(y, ex, v->hint, COLS - ex - 1, UI_DIM);
		else if (hint[0])
			ui_put(y, ex, hint, COLS - ex - 1, UI_DIM);
		y++;
	}
	if (f->top + rows < f->n && y > bottom)
		ui_put(bottom, COLS - 4, "…", 2, UI_DIM);
	if (f->footer[0] && y + 1 <= bottom) {
		struct form_wrap w = { y + 1, bottom };
		text_wrap(f->footer, COLS - 4, form_footer_line, &w);
	}
	if (cy >= 0) {
		/* Drawn last so the terminal's cursor is left where typing goes. */
		curs_set(1);
		edit_draw(&f->ed, cy, cx, cw, UI_FIELD_ON, 1);
	} else {
		curs_set(0);
	}
}

/* ---- running ---- */

static int form_try_save(struct form *f)
{
	struct err e = { 0 };
	int first_bad;

again:
	first_bad = -1;
	for (int i = 0; i < f->n; i++) {
		if (!form_is_shown(f, i))
			continue;
		if (!form_check(f, i) && first_bad < 0)
			first_bad = i;
		if (!f->v[i].err[0] && f->fields[i].required && !f->v[i].val[0]) {
			/* L10N: %s is a field's label, e.g. "Name". */
			snprintf(f->v[i].err, sizeof f->v[i].err, _("Please fill in %s."),
				 _(f->fields[i].label));
			if (first_bad < 0)
				first_bad = i;
		}
	}
	if (first_bad >= 0) {
		form_enter_field(f, first_bad);
		if (f->v[first_bad].many) {
			/* Which of the members that match? Then try again. */
			ui_redraw();
			if (form_pick(f, first_bad) == 1)
				goto again;
			return 0;
		}
		if (f->fields[first_bad].pick) {
			ui_redraw();
			int r = form_pick_own(f, first_bad);
			if (r == 1)
				goto again;
			if (r != 2)
				return 0;
		}
		ui_error("%s", f->v[first_bad].err);
		return 0;
	}
	/* The record with the form's values in: a copy, so a failed save changes nothing. */
	char *copy = NULL;
	if (f->rec) {
		if (!(copy = malloc(f->rec_size))) {
			ui_error("%s", err_text(ERR_NOMEM));
			return 0;
		}
		memcpy(copy, f->rec, f->rec_size);
		for (int i = 0; i < f->n; i++)
			if (f->fields[i].size && form_is_shown(f, i))
				form_store_field(f, i, copy);
	}
	char question[800];
	if (f->question && f->question(f, copy, question, sizeof question) &&
	    !view_ask(question)) {
		free(copy);
		return 0;
	}
	if (f->save && f->save(f, copy ? copy : f->save_arg, &e) != ERR_OK) {
		/* A sentence about one field goes beside it, and the cursor there. */
		int at = e.field[0] ? form_find(f, e.field) : -1;
		if (at >= 0 && form_is_shown(f, at)) {
			snprintf(f->v[at].err, sizeof f->v[at].err, "%s", e.msg);
			form_enter_field(f, at);
		} else {
			form_enter_field(f, f->cur);
		}
		ui_error("%s", e.msg);
		free(copy);
		return 0;
	}
	if (copy)
		memcpy(f->rec, copy, f->rec_size);
	free(copy);
	return 1;
}

/* While typing: a text over its limit says so beside the field at once (a paste of 200
 * characters into a note that holds 170), and stays whole to be shortened; anything
 * else wrong is said when the field is left. */
static void form_live_limit(struct form *f)
{
	struct form_value *v = &f->v[f->cur];
	struct err e = { 0 };
	v->err[0] = '\0';
	if (form_limit_check(&f->fields[f->cur], v->val, &e) != ERR_OK) {
		snprintf(v->err, sizeof v->err, "%s", e.msg);
		ui_error("%s", e.msg);   /* the whole sentence, where there is room for it */
	}
}

static void form_view_draw(struct view *v) { form_draw(v->data); }

static int form_act(struct view *view, enum action a, int key)
{
	struct form *f = view->data;
	const struct form_field *fd = &f->fields[f->cur];

	if (IS_CHOICE(fd)) {
		if (a == ACT_CHOICE || a == ACT_RIGHT) {
			choice_step(f, f->cur, 1);
			return 1;
		}
		if (a == ACT_LEFT) {
			choice_step(f, f->cur, -1);
			return 1;
		}
	} else {
		int full = 0;
		enum action ea = a == ACT_CHOICE ? ACT_NONE : a;
		if (ea == ACT_NONE || ea == ACT_LEFT || ea == ACT_RIGHT ||
		    ea == ACT_LINE_START || ea == ACT_LINE_END || ea == ACT_BACKSPACE ||
		    ea == ACT_DELETE || ea == ACT_KILL_LINE) {
			/* Like a dialog box: typing in a field just entered replaces its text
			 * (a default date, an amount); moving first edits it. */
			if (ea == ACT_NONE && f->fresh && ui_key_utf8(key, (char[8]){ 0 }))
				edit_key(&f->ed, ACT_KILL_LINE, 0, NULL);
			f->fresh = 0;
			int changed = edit_key(&f->ed, ea, key, &full);
			if (changed > 0 || full)
				form_live_limit(f);
			if (full)
				ui_error("%s", f->v[f->cur].err[0] ? f->v[f->cur].err
								   : _("The field is full."));
			if (changed >= 0 || full)
				return 1;
		}
	}
	switch (a) {
	case ACT_NEXT_FIELD:
		if (f->enter_saves && key != '\t' && key != K_FN(KEY_DOWN)) {
			if (form_try_save(f))
				view_close(view, FORM_SAVED);
			break;
		}
		form_move(f, 1);
		break;
	case ACT_PREV_FIELD:
		form_move(f, -1);
		break;
	case ACT_SAVE:
		if (form_try_save(f))
			view_close(view, FORM_SAVED);
		break;
	case ACT_CANCEL:
		if (!form_modified(f) || view_ask(_("Discard changes?")))
			view_close(view, FORM_CANCELLED);
		break;
	case ACT_HELP:
		help_show(KM_FORM, f->title);
		break;
	default:
		break;
	}
	return 1;   /* a form takes every key: the section digits are typed here */
}

int form_run(struct form *f)
{
	/* A member given beforehand shows its name beside the number. */
	for (int i = 0; i < f->n; i++)
		if (f->fields[i].kind == FK_MEMBER && f->v[i].val[0] && form_is_shown(f, i))
			form_check(f, i);
	f->cur = 0;
	while (f->cur < f->n - 1 && !form_is_shown(f, f->cur))
		f->cur++;
	form_enter_field(f, f->cur);
	f->view = (struct view){ .name = f->title, .keymap = KM_FORM, .draw = form_view_draw,
				 .act = form_act, .data = f, .typing = 1 };
	int r = view_run(&f->view);
	curs_set(0);
	return r == VIEW_SIGNAL || ui_signal() ? FORM_SIGNAL : r;
}

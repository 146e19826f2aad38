/* error.c — the error struct and the table of generic messages. */
#include "core/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const err_messages[] = {
#define ERR_MSG_(name, msg) msg,
	ERR_CODES(ERR_MSG_)
#undef ERR_MSG_
};

const char *err_text(err_code code)
{
	if ((unsigned)code >= ERR_COUNT_)
		code = ERR_DB;
	return _(err_messages[code]);
}

err_code err_set(struct err *e, err_code code, const char *fmt, ...)
{
	if (!e)
		return code;
	e->code = code;
	e->field[0] = '\0';
	if (!fmt) {
		snprintf(e->msg, sizeof e->msg, "%s", err_text(code));
		return code;
	}
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
	return code;
}

void err_prefix(struct err *e, const char *fmt, ...)
{
	if (!e)
		return;
	char pre[256], old[sizeof e->msg];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(pre, sizeof pre, fmt, ap);
	va_end(ap);
	memcpy(old, e->msg, sizeof old);
	snprintf(e->msg, sizeof e->msg, "%s%s", pre, old);
}

void err_clear(struct err *e)
{
	if (e) {
		e->code = ERR_OK;
		e->msg[0] = '\0';
		e->field[0] = '\0';
	}
}

err_code err_at(struct err *e, const char *field, err_code code)
{
	if (e)
		snprintf(e->field, sizeof e->field, "%s", field ? field : "");
	return code;
}

/* Expectations: evaluate once, record what was seen, end the body with a
 * message that names the call, the kind, the expected and observed value. */
#include "internal.h"
#include <stdarg.h>
#include <stdio.h>

static char end_at[256];

_Noreturn void sc_end(enum sc_outcome o, struct sc_here at, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(sc_run.message, sizeof sc_run.message, fmt, ap);
	va_end(ap);
	snprintf(end_at, sizeof end_at, "%s:%d", at.file, at.line);
	sc_run.outcome = o;
	longjmp(sc_run.end, 1);
}

const char *sc_end_location(void)
{
	return end_at;
}

const char *sc_errname(int err)
{
	static char unknown[32];
	const char *n = err ? strerrorname_np(err) : NULL;

	if (n)
		return n;
	snprintf(unknown, sizeof unknown, "errno %d", err);
	return unknown;
}

/* "5" or "-1 EPIPE" */
static const char *show(struct sc_res r, char *buf, size_t cap)
{
	if (r.ret < 0)
		snprintf(buf, cap, "%ld %s", r.ret, sc_errname(r.err));
	else
		snprintf(buf, cap, "%ld", r.ret);
	return buf;
}

static void emit_step(struct sc_here at, const char *expr, struct sc_res r, int ok)
{
	char f[2048], loc[256];

	snprintf(loc, sizeof loc, "%s:%d", at.file, at.line);
	snprintf(f, sizeof f, "\"at\":");
	sc_json_str(f, sizeof f, loc);
	strncat(f, ",\"expr\":", sizeof f - strlen(f) - 1);
	sc_json_str(f, sizeof f, expr);
	snprintf(f + strlen(f), sizeof f - strlen(f), ",\"ret\":%ld,\"errno\":", r.ret);
	if (r.ret < 0)
		sc_json_str(f, sizeof f, sc_errname(r.err));
	else
		strncat(f, "null", sizeof f - strlen(f) - 1);
	strncat(f, ok ? ",\"ok\":true" : ",\"ok\":false", sizeof f - strlen(f) - 1);
	sc_emit("step", f);
}

void sc_step(struct sc_here at, const char *expr, struct sc_res r, int ok)
{
	sc_run.judged++;
	emit_step(at, expr, r, ok);
}

/* "inet_stream", or "backlog4/inet_stream" for a variant's item. */
static const char *kname(void)
{
	static char name[160];

	snprintf(name, sizeof name, "%s%s%s", sc_run.variant ? sc_run.variant->name : "",
		 sc_run.variant ? "/" : "", sc_run.kind ? sc_run.kind->name : "?");
	return name;
}

long sc_expect_ret(struct sc_here at, const char *expr, struct sc_res r, long want)
{
	char o[64];

	sc_step(at, expr, r, r.ret == want);
	if (r.ret != want)
		sc_end(SC_DEVIATES, at, "%s [%s]: expected %ld, observed %s",
		       expr, kname(), want, show(r, o, sizeof o));
	return r.ret;
}

long sc_expect_fail(struct sc_here at, const char *expr, struct sc_res r,
		    const int *errs, int nerr)
{
	char want[256] = "", o[64];
	int ok = 0;

	for (int i = 0; i < nerr; i++) {
		ok |= r.ret == -1 && r.err == errs[i];
		snprintf(want + strlen(want), sizeof want - strlen(want), "%s%s",
			 i ? " or " : "", sc_errname(errs[i]));
	}
	sc_step(at, expr, r, ok);
	if (!ok)
		sc_end(SC_DEVIATES, at, "%s [%s]: expected -1 %s, observed %s",
		       expr, kname(), want, show(r, o, sizeof o));
	return r.ret;
}

long sc_expect_ok(struct sc_here at, const char *expr, struct sc_res r)
{
	char o[64];

	sc_step(at, expr, r, r.ret >= 0);
	if (r.ret < 0)
		sc_end(SC_DEVIATES, at, "%s [%s]: expected success, observed %s",
		       expr, kname(), show(r, o, sizeof o));
	return r.ret;
}

long sc_require_ok(struct sc_here at, const char *expr, struct sc_res r)
{
	char o[64];

	if (r.ret < 0)
		sc_end(SC_BROKEN, at, "set-up step %s [%s] failed: %s",
		       expr, kname(), show(r, o, sizeof o));
	return r.ret;
}

void sc_expect_cmp(struct sc_here at, const char *a, long va, const char *op,
		   const char *b, long vb, int ok)
{
	char f[2048], loc[256], e[512];

	snprintf(loc, sizeof loc, "%s:%d", at.file, at.line);
	snprintf(e, sizeof e, "%s %s %s", a, op, b);
	snprintf(f, sizeof f, "\"at\":");
	sc_json_str(f, sizeof f, loc);
	strncat(f, ",\"expr\":", sizeof f - strlen(f) - 1);
	sc_json_str(f, sizeof f, e);
	snprintf(f + strlen(f), sizeof f - strlen(f),
		 ",\"observed\":%ld,\"against\":%ld,\"ok\":%s", va, vb,
		 ok ? "true" : "false");
	sc_run.judged++;
	sc_emit("step", f);
	if (!ok)
		sc_end(SC_DEVIATES, at, "%s [%s]: expected %s %s (= %ld), observed %ld",
		       a, kname(), op, b, vb, va);
}

static void truth(struct sc_here at, enum sc_outcome o, const char *expr, int ok,
		  const char *fmt, va_list ap)
{
	char why[768];

	if (o == SC_DEVIATES)
		sc_step(at, expr, (struct sc_res){ ok, 0 }, ok);
	else
		emit_step(at, expr, (struct sc_res){ ok, 0 }, ok);
	if (ok)
		return;
	vsnprintf(why, sizeof why, fmt, ap);
	sc_end(o, at, "%s [%s]: %s", expr, kname(), why);
}

void sc_expect_true(struct sc_here at, const char *expr, int ok, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	truth(at, SC_DEVIATES, expr, ok, fmt, ap);
	va_end(ap);
}

void sc_require_true(struct sc_here at, const char *expr, int ok, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	truth(at, SC_BROKEN, expr, ok, fmt, ap);
	va_end(ap);
}

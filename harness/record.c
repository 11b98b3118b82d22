/* Observations and verdicts travel as JSON lines, one write() each, so a
 * case that crashes half-way still leaves every record it made. */
#include "internal.h"
#include <stdarg.h>
#include <stdio.h>

struct sc_run sc_run = { .out = -1 };

static const char *const outcome_names[] = {
	[SC_HOLDS] = "holds", [SC_DEVIATES] = "deviates",
	[SC_UNSUPPORTED] = "unsupported", [SC_BROKEN] = "broken",
	[SC_TIMEOUT] = "timeout",
};

const char *sc_outcome_name(enum sc_outcome o)
{
	return outcome_names[o];
}

void sc_json_str(char *buf, size_t cap, const char *s)
{
	size_t n = strlen(buf);

	if (n + 8 > cap)
		return;
	buf[n++] = '"';
	for (; *s && n + 8 < cap; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\') {
			buf[n++] = '\\';
			buf[n++] = (char)c;
		} else if (c < 0x20) {
			n += (size_t)snprintf(buf + n, cap - n, "\\u%04x", c);
		} else {
			buf[n++] = (char)c;
		}
	}
	buf[n++] = '"';
	buf[n] = '\0';
}

size_t sc_format_record(char *line, size_t cap, const char *ev, const char *fields)
{
	size_t n;

	snprintf(line, cap, "{\"ev\":");
	sc_json_str(line, cap, ev);
	strncat(line, ",\"kind\":", cap - strlen(line) - 1);
	sc_json_str(line, cap, sc_run.kind ? sc_run.kind->name : "");
	if (sc_run.variant) {
		strncat(line, ",\"variant\":", cap - strlen(line) - 1);
		sc_json_str(line, cap, sc_run.variant->name);
	}
	n = strlen(line);
	if (fields && *fields)
		snprintf(line + n, cap - n, ",%s", fields);
	strncat(line, "}\n", cap - strlen(line) - 1);
	return strlen(line);
}

void sc_emit(const char *ev, const char *fields)
{
	char line[4096];
	size_t n;

	if (sc_run.out < 0)
		return;
	n = sc_format_record(line, sizeof line, ev, fields);
	/* O_APPEND and one write(): records never interleave. */
	if (write(sc_run.out, line, n) < 0)
		sc_run.out = -1;
}

static void observe(const char *name, const char *encoded)
{
	char f[2048] = "\"name\":";

	sc_json_str(f, sizeof f, name);
	strncat(f, ",\"value\":", sizeof f - strlen(f) - 1);
	strncat(f, encoded, sizeof f - strlen(f) - 1);
	sc_emit("obs", f);
}

void sc_observe_int(const char *name, long value)
{
	char v[32];

	snprintf(v, sizeof v, "%ld", value);
	observe(name, v);
}

void sc_observe_str(const char *name, const char *value)
{
	char v[1024] = "";

	sc_json_str(v, sizeof v, value);
	observe(name, v);
}

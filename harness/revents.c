/* Names of poll events. */
#include "sc.h"
#include "revents.h"
#include <stdio.h>

const char *sc_revents_name(short r)
{
	static const struct { short bit; const char *name; } bits[] = {
		{ POLLIN, "POLLIN" }, { POLLPRI, "POLLPRI" }, { POLLOUT, "POLLOUT" },
		{ POLLERR, "POLLERR" }, { POLLHUP, "POLLHUP" }, { POLLNVAL, "POLLNVAL" },
		{ POLLRDHUP, "POLLRDHUP" },
	};
	static char buf[128];

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof bits / sizeof *bits; i++)
		if (r & bits[i].bit)
			snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", *buf ? "|" : "", bits[i].name);
	return *buf ? buf : "none";
}

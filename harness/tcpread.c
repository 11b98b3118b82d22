/* See tcpread.h. */
#include "internal.h"
#include "tcpread.h"

static _Noreturn void lacks(const char *what, int err)
{
	if (err == ENOPROTOOPT || err == EOPNOTSUPP)
		sc_unsupported("%s on %s: %s", what, sc_run.kind ? sc_run.kind->name : "?",
			       sc_errname(err));
	sc_broken("getsockopt(%s) failed: %s", what, sc_errname(err));
}

long sc_tcp_getint(int fd, int opt, const char *name)
{
	int v = 0;
	socklen_t len = sizeof v;

	if (getsockopt(fd, IPPROTO_TCP, opt, &v, &len) < 0)
		lacks(name, errno);
	return v;
}

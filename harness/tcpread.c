/* See tcpread.h. */
#include "internal.h"
#include "tcpread.h"
#include <stdio.h>

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

long sc_proc_tcp_retrans(int family, int lport, int rport)
{
	FILE *f = fopen(family == AF_INET6 ? "/proc/net/tcp6" : "/proc/net/tcp", "re");
	char line[512];
	unsigned lp, rp;
	long n, found = -1;

	if (!f)
		return -1;
	while (found < 0 && fgets(line, sizeof line, f))
		if (sscanf(line, " %*d: %*[0-9A-Fa-f]:%x %*[0-9A-Fa-f]:%x %*x %*x:%*x %*x:%*x %lx",
			   &lp, &rp, &n) == 3 &&
		    (int)lp == lport && (int)rp == rport)
			found = n;
	fclose(f);
	return found;
}

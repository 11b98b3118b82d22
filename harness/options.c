/* Socket options read and set as set-up steps (a failure is *broken*);
 * what a case judges goes through SC_EXPECT_* instead. */
#include "internal.h"

long sc_getopt_int(int fd, int level, int opt)
{
	int v = -1;
	socklen_t len = sizeof v;

	if (getsockopt(fd, level, opt, &v, &len) < 0)
		sc_broken("getsockopt(level %d, %d) failed: %s", level, opt, sc_errname(errno));
	return v;
}

void sc_setopt_at(int fd, int level, int opt, const char *name, int value)
{
	int e;

	if (setsockopt(fd, level, opt, &value, sizeof value) == 0)
		return;
	e = errno;
	if (e == ENOPROTOOPT || e == EOPNOTSUPP)
		sc_unsupported("setsockopt(%s, %d) on %s: %s: this kind lacks the option",
			       name, value, sc_run.kind ? sc_run.kind->name : "?", sc_errname(e));
	sc_broken("setsockopt(%s, %d) failed: %s", name, value, sc_errname(e));
}

void sc_expect_default_bufs(const struct sc_kind *k, long wmem, long rmem)
{
	int fd = sc_kind_socket(k);
	long snd = sc_sockopt_int(fd, SO_SNDBUF), rcv = sc_sockopt_int(fd, SO_RCVBUF);

	sc_observe_int("default_sndbuf", snd);
	sc_observe_int("default_rcvbuf", rcv);
	SC_EXPECT_EQ(snd, wmem);
	SC_EXPECT_EQ(rcv, rmem);
}

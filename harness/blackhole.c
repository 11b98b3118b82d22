/* Socket filters that make a TCP socket deaf; see blackhole.h. */
#include "internal.h"
#include "blackhole.h"
#include <linux/filter.h>

void sc_blackhole(int fd)
{
	struct sock_filter drop[] = { BPF_STMT(BPF_RET | BPF_K, 0) };
	struct sock_fprog prog = { .len = 1, .filter = drop };
	int e;

	if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) == 0)
		return;
	e = errno;
	if (e == ENOPROTOOPT || e == EOPNOTSUPP)
		sc_unsupported("SO_ATTACH_FILTER on %s: %s: no socket filter to drop segments with",
			       sc_run.kind ? sc_run.kind->name : "?", sc_errname(e));
	sc_broken("setsockopt(SO_ATTACH_FILTER) failed: %s", sc_errname(e));
}

void sc_blackhole_lift(int fd)
{
	int zero = 0;

	if (setsockopt(fd, SOL_SOCKET, SO_DETACH_FILTER, &zero, sizeof zero) < 0)
		sc_broken("setsockopt(SO_DETACH_FILTER) failed: %s", sc_errname(errno));
}

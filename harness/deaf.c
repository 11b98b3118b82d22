/* Deaf endpoints: a classic BPF program that returns 0 drops every packet
 * before TCP sees it (tcp_filter() runs ahead of the state machine). */
#include "internal.h"
#include "deaf.h"
#include <linux/filter.h>

void sc_deafen(int fd)
{
	struct sock_filter drop[] = { BPF_STMT(BPF_RET | BPF_K, 0) };
	struct sock_fprog prog = { 1, drop };
	int e;

	if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) == 0)
		return;
	e = errno;
	if (e == EOPNOTSUPP || e == ENOPROTOOPT)
		sc_unsupported("SO_ATTACH_FILTER on %s: %s: the harness cannot make this kind's peer deaf",
			       sc_run.kind ? sc_run.kind->name : "?", sc_errname(e));
	sc_broken("SO_ATTACH_FILTER failed: %s", sc_errname(e));
}

/* The tutorial lists "IPPROTO_TIPC" as a protocol for socket().  TIPC is
 * its own address family, not an IP protocol (no IPPROTO_TIPC exists):
 * tipc(7) / the kernel's TIPC docs open it as socket(AF_TIPC, type, 0)
 * with SOCK_STREAM, SOCK_SEQPACKET, SOCK_DGRAM or SOCK_RDM.  A kernel
 * without TIPC answers EAFNOSUPPORT (*unsupported*). */
#include "sc.h"

#ifndef AF_TIPC
#define AF_TIPC 30
#endif

SC_CASE(socket_family_tipc) = {
	.claim   = "socket(AF_TIPC, SOCK_STREAM or SOCK_DGRAM, 0) creates a TIPC socket (SO_DOMAIN reads AF_TIPC)",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: protocol 常用的有 ... IPPROTO_TIPC 等，分别表示 ... TIPC 传输协议"),
	.also    = { SC_SRC("linux:Documentation/networking/tipc.rst", "TIPC socket API: socket(AF_TIPC, SOCK_STREAM / SOCK_SEQPACKET / SOCK_DGRAM / SOCK_RDM, 0)") },
	.kinds   = SC_TIPC,
	.fixture = SC_FIX_NONE,
	.key     = "so_domain",
};

SC_TEST(socket_family_tipc)
{
	struct sc_res r = SC_CALL(socket(AF_TIPC, P->kind->type, 0));
	int dom = -1, type = -1;
	socklen_t len = sizeof dom;

	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	if (r.ret < 0 && sc_lacks(r.err))
		sc_unsupported("socket(AF_TIPC, type %d, 0): %s: this kernel has no TIPC (CONFIG_TIPC / module tipc)",
			       P->kind->type, sc_errname(r.err));
	sc_expect_ok(SC_HERE, "socket(AF_TIPC, type, 0)", r);
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_DOMAIN, &dom, &len));
	sc_observe_int("so_domain", dom);
	SC_EXPECT_EQ(dom, AF_TIPC);
	len = sizeof type;
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_TYPE, &type, &len));
	SC_EXPECT_EQ(type, P->kind->type);
}

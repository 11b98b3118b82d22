/* Internet sockets have no default protocol for SOCK_SEQPACKET (only SCTP
 * provides one): socket(AF_INET or AF_INET6, SOCK_SEQPACKET, 0) fails with
 * ESOCKTNOSUPPORT or EPROTONOSUPPORT. */
#include "sc.h"

SC_CASE(socket_seqpacket_inet) = {
	.claim   = "without SCTP, socket(AF_INET/AF_INET6, SOCK_SEQPACKET, 0) fails with ESOCKTNOSUPPORT or EPROTONOSUPPORT",
	.source  = SC_SRC("man:socket(2)", "EPROTONOSUPPORT: The protocol type or the specified protocol is not supported within this domain"),
	.also    = { SC_SRC("seed", "使用 socket() 函数创建套接字: 常用的是 SOCK_STREAM 、 SOCK_DGRAM、SOCK_RAW、SOCK_PACKET、SOCK_SEQPACKET 等等") },
	.kinds   = SC_TCP,
	.require = SC_PLAIN, /* the kind gives the family only */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(socket_seqpacket_inet)
{
	int fam = sc_kind_socket(P->kind), proto = -1;
	socklen_t len = sizeof proto;
	struct sc_res r;

	sc_close(&fam);
	r = SC_CALL(socket(P->kind->domain, SOCK_SEQPACKET, 0));
	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	if (r.ret >= 0) {
		getsockopt((int)r.ret, SOL_SOCKET, SO_PROTOCOL, &proto, &len);
		sc_observe_int("so_protocol", proto);
		if (proto == IPPROTO_SCTP)
			sc_unsupported("SCTP is available here: SOCK_SEQPACKET is SCTP");
	}
	sc_expect_fail(SC_HERE, "socket(domain, SOCK_SEQPACKET, 0)", r,
		       (const int[]){ ESOCKTNOSUPPORT, EPROTONOSUPPORT }, 2);
}

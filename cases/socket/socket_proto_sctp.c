/* The tutorial lists IPPROTO_SCTP among the protocols socket() takes.
 * Where the kernel has SCTP, socket(AF_INET/AF_INET6, SOCK_STREAM,
 * IPPROTO_SCTP) makes a one-to-one SCTP socket whose SO_PROTOCOL is
 * IPPROTO_SCTP; a kernel without SCTP answers EPROTONOSUPPORT
 * (*unsupported*). */
#include "sc.h"

SC_CASE(socket_proto_sctp) = {
	.claim   = "socket(AF_INET/AF_INET6, SOCK_STREAM, IPPROTO_SCTP) creates an SCTP socket (SO_PROTOCOL reads IPPROTO_SCTP)",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: protocol 常用的有 IPPROTO_TCP、IPPROTO_UDP、IPPROTO_SCTP、IPPROTO_TIPC 等"),
	.also    = { SC_SRC("man:sctp(7)", "one-to-one style: sd = socket(PF_INET, SOCK_STREAM, IPPROTO_SCTP)") },
	.only    = "sctp_stream",
	.fixture = SC_FIX_NONE,
	.key     = "so_protocol",
};

SC_TEST(socket_proto_sctp)
{
	struct sc_res r = SC_CALL(socket(P->kind->domain, SOCK_STREAM, IPPROTO_SCTP));
	int proto = -1, type = -1;
	socklen_t len = sizeof proto;

	sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	if (r.ret < 0 && sc_lacks(r.err))
		sc_unsupported("socket(..., SOCK_STREAM, IPPROTO_SCTP): %s: this kernel has no SCTP (CONFIG_IP_SCTP / module sctp)",
			       sc_errname(r.err));
	sc_expect_ok(SC_HERE, "socket(domain, SOCK_STREAM, IPPROTO_SCTP)", r);
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_PROTOCOL, &proto, &len));
	sc_observe_int("so_protocol", proto);
	SC_EXPECT_EQ(proto, IPPROTO_SCTP);
	len = sizeof type;
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_TYPE, &type, &len));
	SC_EXPECT_EQ(type, SOCK_STREAM);
}

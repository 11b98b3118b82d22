/* A process with CAP_NET_RAW can open an Internet raw socket for a given
 * protocol (here ICMP / ICMPv6); without it socket() fails with EPERM. */
#include "sc.h"

SC_CASE(socket_raw_inet) = {
	.claim   = "with CAP_NET_RAW, socket(AF_INET/AF_INET6, SOCK_RAW, protocol) creates a raw socket",
	.source  = SC_SRC("man:raw(7)", "Only processes with an effective user ID of 0 or the CAP_NET_RAW capability are allowed to open raw sockets"),
	.also    = { SC_SRC("seed", "使用 socket() 函数创建套接字: 常用的是 SOCK_STREAM 、 SOCK_DGRAM、SOCK_RAW、SOCK_PACKET、SOCK_SEQPACKET 等等") },
	.kinds   = SC_UDP,
	.require = SC_PLAIN, /* the kind gives the family only */
	.fixture = SC_FIX_NONE,
	.key     = "so_type",
	.needs   = "CAP_NET_RAW",
};

SC_TEST(socket_raw_inet)
{
	int d = P->kind->domain, proto = d == AF_INET6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP;
	int fam = sc_kind_socket(P->kind), v = -1;
	socklen_t len = sizeof v;
	struct sc_res r;

	sc_close(&fam);
	/* Protocol 0 has no raw default on Linux: recorded, not judged. */
	r = SC_CALL(socket(d, SOCK_RAW, 0));
	sc_track((int)r.ret);
	sc_observe_str("raw_protocol0", r.ret < 0 ? sc_errname(r.err) : "created");
	r = SC_CALL(socket(d, SOCK_RAW, proto));
	sc_track((int)r.ret);
	if (r.ret < 0 && r.err == EPERM)
		sc_unsupported("socket(SOCK_RAW): EPERM: no CAP_NET_RAW");
	sc_expect_ok(SC_HERE, "socket(domain, SOCK_RAW, ICMP)", r);
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_TYPE, &v, &len));
	sc_observe_int("so_type", v);
	SC_EXPECT_EQ(v, SOCK_RAW);
	len = sizeof v;
	SC_EXPECT_OK(getsockopt((int)r.ret, SOL_SOCKET, SO_PROTOCOL, &v, &len));
	sc_observe_int("so_protocol", v);
	SC_EXPECT_EQ(v, proto);
}

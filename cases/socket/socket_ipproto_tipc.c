/* The tutorial lists IPPROTO_TIPC beside IPPROTO_TCP, IPPROTO_UDP and
 * IPPROTO_SCTP as a protocol to pass to socket().  There is no such
 * protocol number: TIPC is an address family of its own (AF_TIPC), whose
 * sockets take protocol 0 (socket_family_tipc). */
#include "sc.h"

SC_CASE(socket_ipproto_tipc) = {
	.claim   = "IPPROTO_TIPC is a protocol number for socket(), like IPPROTO_TCP, IPPROTO_UDP and IPPROTO_SCTP",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 常用的有 IPPROTO_TCP 、 IPPROTO_UDP、IPPROTO_SCTP、IPPROTO_TIPC 等，分别表示 TCP 传输协议、UDP 传输协议、STCP 传输协议、TIPC 传输协议"),
	.only    = "inet_stream", /* the kind gives nothing */
	.fixture = SC_FIX_NONE,
	.key     = "ipproto_tipc",
};

SC_TEST(socket_ipproto_tipc)
{
#ifdef IPPROTO_TIPC
	int defined = 1;
#else
	int defined = 0;
#endif
	sc_observe_str("ipproto_tipc", defined ? "defined" : "not defined");
	SC_EXPECT(defined, "<netinet/in.h> defines no IPPROTO_TIPC: TIPC is the family AF_TIPC (%d), not an IP protocol",
		  30);
}

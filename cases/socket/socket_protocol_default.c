/* With protocol 0, socket() picks the type's default protocol: TCP for an
 * Internet stream socket, UDP for an Internet datagram socket; AF_UNIX has
 * no protocols and reports 0. */
#include "sc.h"

SC_CASE(socket_protocol_default) = {
	.claim   = "protocol 0 selects the default protocol for the type (TCP for SOCK_STREAM, UDP for SOCK_DGRAM)",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 当 protocol 为 0 时，会自动选择 type 类型对应的默认协议"),
	.also    = { SC_SRC("man:socket(2)", "protocol 0: Normally only a single protocol exists ... protocol can be specified as 0") },
	.kinds   = SC_ALL,
	.require = SC_PLAIN, /* the kinds made with protocol 0 */
	.fixture = SC_FIX_NONE,
	.key     = "so_protocol",
};

SC_TEST(socket_protocol_default)
{
	int fd = sc_kind_socket(P->kind), v = -1, want;
	socklen_t len = sizeof v;

	if (P->kind->domain == AF_UNIX)
		want = 0;
	else
		want = P->kind->type == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP;
	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &v, &len));
	sc_observe_int("so_protocol", v);
	SC_EXPECT_EQ(v, want);
}

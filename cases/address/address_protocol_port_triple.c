/* The tutorial: a process on the network is named by the triple (IP
 * address, protocol, port).  The protocol is part of the name: a UDP
 * socket binds the address and port a TCP listener holds, and the other
 * way round, and each protocol delivers to its own socket. */
#include "sc.h"

SC_CASE(address_protocol_port_triple) = {
	.claim   = "the protocol is part of a socket's name: TCP and UDP sockets bind the same address and port at once",
	.source  = SC_SRC("seed", "网络中进程如何通信: 传输层的 “协议+端口”可以唯一标识主机中的应用程序（进程），因此，利用三元组（ip 地址、协议、端口）就可以标识网络的进程了"),
	.kinds   = SC_IP,
	.require = SC_PLAIN, /* the other protocol's plain kind of the same family */
	.fixture = SC_FIX_NONE,
	.key     = "other_bind",
};

SC_TEST(address_protocol_port_triple)
{
	int other_type = P->kind->type == SOCK_STREAM ? SOCK_DGRAM : SOCK_STREAM;
	int other, peer;
	struct sc_res r;
	char buf[8] = "";

	if (P->kind->caps & SC_LISTENER)
		sc_listen(P, 1);
	else
		P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	sc_observe_int("port", sc_port(P->l));
	other = sc_socket(P->kind->domain, other_type, 0);
	r = SC_CALL(bind(other, (struct sockaddr *)&P->addr, P->addrlen));
	sc_observe_str("other_bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_ok(SC_HERE, "bind(other protocol, same address and port)", r);
	/* Each protocol still reaches its own socket on the shared port. */
	peer = sc_socket(P->kind->domain, other_type, 0);
	if (other_type == SOCK_STREAM) {
		SC_REQUIRE_OK(listen(other, 1));
		SC_EXPECT_OK(connect(peer, (struct sockaddr *)&P->addr, P->addrlen));
		sc_wait_fd(other, POLLIN, SC_WAIT_MS, "the TCP connection on the shared port");
	} else {
		SC_EXPECT_RET(sendto(peer, "udp", 3, 0, (struct sockaddr *)&P->addr, P->addrlen), 3);
		sc_wait_fd(other, POLLIN, SC_WAIT_MS, "the UDP datagram on the shared port");
		SC_EXPECT_RET(recv(other, buf, sizeof buf, MSG_DONTWAIT), 3);
	}
	SC_EXPECT_EQ(sc_poll(P->l, POLLIN, 0) & POLLIN, 0);
}

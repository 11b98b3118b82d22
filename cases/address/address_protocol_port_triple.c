/* The tutorial: a process on the network is named by the triple (IP
 * address, protocol, port).  The protocol is part of the name: while a UDP
 * socket holds a port, a TCP socket binds the same address and port (and
 * the other way round), and each protocol delivers to its own socket.
 * Ports are per protocol, so another process may hold the same number in
 * the kind's own protocol: a port taken there is skipped, and the claim
 * deviates only when every try is refused. */
#include "sc.h"

#define TRIES 10

SC_CASE(address_protocol_port_triple) = {
	.claim   = "the protocol is part of a socket's name: TCP and UDP sockets bind the same address and port at once",
	.source  = SC_SRC("seed", "网络中进程如何通信: 传输层的 “协议+端口”可以唯一标识主机中的应用程序（进程），因此，利用三元组（ip 地址、协议、端口）就可以标识网络的进程了"),
	.kinds   = SC_IP,
	.require = SC_PLAIN, /* the other protocol's plain kind of the same family */
	.fixture = SC_FIX_NONE,
	.key     = "bind",
};

SC_TEST(address_protocol_port_triple)
{
	int other_type = P->kind->type == SOCK_STREAM ? SOCK_DGRAM : SOCK_STREAM;
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r = { 0, 0 };
	int other = -1, peer;
	char buf[8] = "";

	for (int i = 0; i < TRIES; i++) {
		/* The other protocol holds the port first... */
		other = sc_socket(P->kind->domain, other_type, 0);
		sc_bind_local(P, other, &ss, &len);
		/* ...then the kind's own socket asks for the same one. */
		P->l = sc_kind_socket(P->kind);
		r = SC_CALL(bind(P->l, (struct sockaddr *)&ss, len));
		if (r.ret == 0)
			break;
		sc_close(&other);
		sc_close(&P->l);
	}
	sc_observe_str("bind", r.ret < 0 ? sc_errname(r.err) : "bound");
	sc_expect_ok(SC_HERE, "bind(same address and port as the other protocol's socket)", r);
	sc_observe_int("port", sc_addr_port(&ss));
	P->addr = ss;
	P->addrlen = len;
	/* Each protocol still reaches its own socket on the shared port. */
	peer = sc_socket(P->kind->domain, other_type, 0);
	if (other_type == SOCK_STREAM) {
		SC_REQUIRE_OK(listen(other, 1));
		SC_EXPECT_OK(connect(peer, (struct sockaddr *)&ss, len));
		sc_wait_fd(other, POLLIN, SC_WAIT_MS, "the TCP connection on the shared port");
	} else {
		SC_EXPECT_RET(sendto(peer, "udp", 3, 0, (struct sockaddr *)&ss, len), 3);
		sc_wait_fd(other, POLLIN, SC_WAIT_MS, "the UDP datagram on the shared port");
		SC_EXPECT_RET(recv(other, buf, sizeof buf, MSG_DONTWAIT), 3);
	}
	SC_EXPECT_EQ(sc_poll(P->l, POLLIN, 0) & POLLIN, 0);
}

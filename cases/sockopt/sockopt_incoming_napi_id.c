/* socket(7) SO_INCOMING_NAPI_ID: the ID of the receive queue (NAPI
 * context) the socket's last packet came in on.  In a private network
 * namespace the receiving end of a veth pair, with GRO on, takes packets
 * through a NAPI context of its own, as a network card's queue does;
 * loopback has none.  A datagram arriving there gives the receiving socket
 * that context's ID: 0 before, nonzero after, the same for the next
 * packet from the same queue. */
#include "sc.h"
#include "veth.h"
#include <arpa/inet.h>

#ifndef SO_INCOMING_NAPI_ID
#define SO_INCOMING_NAPI_ID 56
#endif

SC_CASE(sockopt_incoming_napi_id) = {
	.claim  = "SO_INCOMING_NAPI_ID names the receive queue of the last packet: 0 before any, a nonzero ID after one from a NAPI device",
	.source = SC_SRC("man:socket(7)", "SO_INCOMING_NAPI_ID: Returns a system-level unique ID called NAPI ID that is associated with a RX queue on which the last packet associated with that socket is received"),
	/* The packet written into the device is IPv4 UDP. */
	.only   = "inet_dgram inet6_mapped_dgram",
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.key    = "napi_id",
};

static long napi_id(int fd)
{
	unsigned int id = 0;
	socklen_t len = sizeof id;
	struct sc_res r = SC_CALL(getsockopt(fd, SOL_SOCKET, SO_INCOMING_NAPI_ID, &id, &len));

	if (r.ret < 0 && r.err == ENOPROTOOPT)
		sc_unsupported("SO_INCOMING_NAPI_ID: ENOPROTOOPT (no CONFIG_NET_RX_BUSY_POLL)");
	sc_expect_ok(SC_HERE, "getsockopt(SO_INCOMING_NAPI_ID)", r);
	return id;
}

SC_TEST(sockopt_incoming_napi_id)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	struct sc_veth v;
	char buf[16];
	long first, second;
	int rx, port;

	sc_private_netns();
	sc_veth_open(&v);
	rx = sc_kind_socket(P->kind);
	memset(&ss, 0, sizeof ss);
	ss.ss_family = (sa_family_t)P->kind->domain;
	SC_REQUIRE_OK(bind(rx, (struct sockaddr *)&ss, P->kind->domain == AF_INET
			   ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6)));
	SC_REQUIRE_OK(getsockname(rx, (struct sockaddr *)&ss, &len));
	port = sc_addr_port(&ss);
	SC_EXPECT_EQ(napi_id(rx), 0);

	sc_veth_send_udp4(&v, "10.9.0.2", 5555, "10.9.0.1", port, "n1", 2);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the datagram sent through the veth pair");
	SC_REQUIRE(recv(rx, buf, sizeof buf, MSG_DONTWAIT) == 2, "recv of the injected datagram failed");
	first = napi_id(rx);
	sc_observe_int("napi_id", first);
	SC_EXPECT(first != 0, "no NAPI ID after a packet from the device's queue");

	sc_veth_send_udp4(&v, "10.9.0.2", 5555, "10.9.0.1", port, "n2", 2);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the second datagram");
	SC_REQUIRE(recv(rx, buf, sizeof buf, MSG_DONTWAIT) == 2, "recv of the second datagram failed");
	second = napi_id(rx);
	SC_EXPECT_EQ(second, first);
}

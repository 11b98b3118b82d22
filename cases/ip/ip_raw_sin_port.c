/* ip(7): on raw sockets sin_port is set to the IP protocol.  A raw
 * IPPROTO_UDP socket's own address (getsockname) and the address of a
 * packet it receives (recvfrom) hold sin_port 17, in network byte
 * order. */
#include "sc.h"
#include "ip4.h"
#include <arpa/inet.h>

SC_CASE(ip_raw_sin_port) = {
	.claim   = "the sockaddr_in a raw IPPROTO_UDP socket gives (getsockname, recvfrom) holds sin_port = htons(IPPROTO_UDP)",
	.source  = SC_SRC("man:ip(7)", "raw sin_port: On raw sockets sin_port is set to the IP protocol."),
	.kinds   = SC_INET,		/* only the family matters; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "sin_port",
};

static const struct call {
	SC_VARIANT_HEAD;
	int recv;
} calls[] = {
	{ .name = "getsockname", .recv = 0 },
	{ .name = "recvfrom", .recv = 1 },
};
SC_VARIANTS(calls);

SC_TEST(ip_raw_sin_port)
{
	const struct call *V = P->variant;
	struct sockaddr_in sin = { 0 };
	socklen_t len = sizeof sin;
	int raw;
	char buf[64];

	sc_private_netns();
	raw = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_UDP);
	if (raw < 0)
		sc_unsupported("socket(AF_INET, SOCK_RAW) failed: %s", sc_errname(errno));
	sc_track(raw);
	if (V->recv) {
		int tx = sc_kind_socket(P->kind);

		sc_ip4_sendto(P->kind, tx, "raw", "127.0.0.1", 40100);
		sc_wait_fd(raw, POLLIN, SC_WAIT_MS, "the datagram at the raw socket");
		SC_REQUIRE(recvfrom(raw, buf, sizeof buf, 0, (struct sockaddr *)&sin, &len) > 0,
			   "recvfrom() on the raw socket failed: %s", sc_errname(errno));
	} else {
		SC_REQUIRE_OK(getsockname(raw, (struct sockaddr *)&sin, &len));
	}
	sc_observe_int("sin_port", ntohs(sin.sin_port));
	SC_EXPECT_EQ(sin.sin_family, AF_INET);
	SC_EXPECT_EQ(ntohs(sin.sin_port), IPPROTO_UDP);
}

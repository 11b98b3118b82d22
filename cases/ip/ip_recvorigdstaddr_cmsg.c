/* ip(7): with IP_RECVORIGDSTADDR set, each datagram comes with an
 * IP_ORIGDSTADDR message: a struct sockaddr_in holding the original
 * destination address (and port) of the datagram. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include <arpa/inet.h>
#include <stdio.h>

SC_CASE(ip_recvorigdstaddr_cmsg) = {
	.claim   = "with IP_RECVORIGDSTADDR a datagram sent to 127.0.0.6:port carries IP_ORIGDSTADDR, a sockaddr_in of 127.0.0.6:port",
	.source  = SC_SRC("man:ip(7)", "IP_RECVORIGDSTADDR: This boolean option enables the IP_ORIGDSTADDR ancillary message in recvmsg(2), in which the kernel returns the original destination address of the datagram being received. The ancillary message contains a struct sockaddr_in."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "origdst",
};

SC_TEST(ip_recvorigdstaddr_cmsg)
{
	int rx = sc_ip4_bound(P->kind, "0.0.0.0", 0), tx = sc_kind_socket(P->kind), port = sc_port(rx);
	struct sockaddr_in sin;
	const void *d;
	size_t len = 0;
	struct sc_msg m;
	char rbuf[2048];
	char text[64];

	SC_SETOPT(rx, IPPROTO_IP, IP_RECVORIGDSTADDR, 1);
	sc_ip4_sendto(P->kind, tx, "orig", "127.0.0.6", port);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the datagram");
	SC_REQUIRE(sc_recv_msg(rx, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 4, "recvmsg: %s", sc_errname(m.err));
	d = sc_cmsg(&m, IPPROTO_IP, IP_ORIGDSTADDR, &len);
	SC_EXPECT(d != NULL, "no IP_ORIGDSTADDR control message came with the datagram");
	sc_observe_int("cmsg_len", (long)len);
	SC_EXPECT_EQ(len, sizeof sin);
	memcpy(&sin, d, sizeof sin);
	snprintf(text, sizeof text, "%s:%d", inet_ntoa(sin.sin_addr), ntohs(sin.sin_port));
	sc_observe_str("origdst", text);
	SC_EXPECT_EQ(sin.sin_family, AF_INET);
	SC_EXPECT(sin.sin_addr.s_addr == htonl(0x7f000006), "the original destination is %s", text);
	SC_EXPECT_EQ(ntohs(sin.sin_port), port);
}

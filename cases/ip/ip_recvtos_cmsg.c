/* ip(7): with IP_RECVTOS set, each datagram comes with an IP_TOS control
 * message holding the TOS byte of its packet header. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include <netinet/ip.h>

SC_CASE(ip_recvtos_cmsg) = {
	.claim   = "with IP_RECVTOS a received datagram carries an IP_TOS control message with the sender's TOS byte",
	.source  = SC_SRC("man:ip(7)", "IP_RECVTOS: If enabled, the IP_TOS ancillary message is passed with incoming packets. It contains a byte which specifies the Type of Service/Precedence field of the packet header."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_DGRAM,
	.key     = "tos",
};

SC_TEST(ip_recvtos_cmsg)
{
	struct sc_msg m;
	char rbuf[2048];
	size_t len = 0;
	const unsigned char *tos;

	SC_SETOPT(P->a, IPPROTO_IP, IP_TOS, IPTOS_THROUGHPUT);
	SC_SETOPT(P->b, IPPROTO_IP, IP_RECVTOS, 1);
	SC_REQUIRE_OK(send(P->a, "tos", 3, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_REQUIRE(sc_recv_msg(P->b, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 3, "recvmsg: %s", sc_errname(m.err));
	tos = sc_cmsg(&m, IPPROTO_IP, IP_TOS, &len);
	sc_observe_int("tos", tos ? *tos : -1);
	sc_observe_int("cmsg_len", (long)len);
	SC_EXPECT(tos != NULL, "no IP_TOS control message came with the datagram");
	SC_EXPECT_EQ(len, 1);
	SC_EXPECT_EQ(*tos, IPTOS_THROUGHPUT);
}

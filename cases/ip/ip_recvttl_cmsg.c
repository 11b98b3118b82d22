/* ip(7): with IP_RECVTTL set, each datagram comes with an IP_TTL control
 * message holding its packet's time-to-live as a 32-bit integer; stream
 * sockets get no such message. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"

SC_CASE(ip_recvttl_cmsg) = {
	.claim   = "with IP_RECVTTL a received datagram carries an IP_TTL control message, a 32-bit integer equal to the sender's TTL",
	.source  = SC_SRC("man:ip(7)", "IP_RECVTTL: When this flag is set, pass a IP_TTL control message with the time-to-live field of the received packet as a 32 bit integer."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.key     = "ttl",
};

static const struct kind {
	SC_VARIANT_HEAD;
} kinds[] = {
	{ .name = "datagram", .kinds = SC_DGRAM },
	{ .name = "stream", .kinds = SC_STREAM,
	  .src = SC_SRC("man:ip(7)", "IP_RECVTTL: Not supported for SOCK_STREAM sockets.") },
};
SC_VARIANTS(kinds);

SC_TEST(ip_recvttl_cmsg)
{
	struct sc_msg m;
	char rbuf[2048];
	size_t len = 0;
	const void *d;
	int ttl = -1;

	if (P->kind->type != SOCK_STREAM)
		SC_SETOPT(P->a, IPPROTO_IP, IP_TTL, 42);
	SC_SETOPT(P->b, IPPROTO_IP, IP_RECVTTL, 1);
	SC_REQUIRE_OK(send(P->a, "ttl", 3, 0));
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	SC_REQUIRE(sc_recv_msg(P->b, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 3, "recvmsg: %s", sc_errname(m.err));
	d = sc_cmsg(&m, IPPROTO_IP, IP_TTL, &len);
	if (d && len == sizeof ttl)
		memcpy(&ttl, d, sizeof ttl);
	sc_observe_int("ttl", d ? ttl : -1);
	if (P->kind->type == SOCK_STREAM) {
		SC_EXPECT(!d, "a stream socket got an IP_TTL control message");
		return;
	}
	SC_EXPECT(d != NULL, "no IP_TTL control message came with the datagram");
	SC_EXPECT_EQ(len, sizeof(int32_t));
	SC_EXPECT_EQ(ttl, 42);
}

/* ip(7): with IP_HDRINCL the user supplies the IP header: a raw socket's
 * hand-made UDP datagram arrives with the TTL and TOS of that header,
 * while the socket's own IP_TTL, IP_TOS and IP_OPTIONS are ignored.  The
 * receiver is a socket of the kind (IP_RECVTTL, IP_RECVTOS,
 * IP_RECVOPTS). */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include "wire4.h"
#include <arpa/inet.h>
#include <netinet/ip.h>

SC_CASE(ip_hdrincl_header_sent) = {
	.claim   = "a raw socket with IP_HDRINCL sends the header it is given (TTL 99, TOS 0x10) whatever its IP_TTL, IP_TOS and IP_OPTIONS",
	.source  = SC_SRC("man:ip(7)", "IP_HDRINCL: If enabled, the user supplies an IP header in front of the user data. ... When this flag is enabled, the values set by IP_OPTIONS, IP_TTL, and IP_TOS are ignored."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 datagrams */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "ttl",
};

static const struct set {
	SC_VARIANT_HEAD;
	int options;		/* IP_OPTIONS set on the raw socket too */
} sets[] = {
	{ .name = "ttl_tos", .options = 0 },
	{ .name = "options", .options = 1 },
};
SC_VARIANTS(sets);

SC_TEST(ip_hdrincl_header_sent)
{
	const struct set *V = P->variant;
	int proto = sc_wire_proto(P->kind), rx, raw, one = 1, ttl5 = 5, tos8 = 8;
	unsigned char pkt[20 + 8 + 4], pseudo[12 + 8 + 4], rr[12] = { IPOPT_RR, 11, 4 };
	struct sockaddr_in to = { .sin_family = AF_INET };
	struct sc_msg m;
	char rbuf[2048];
	uint16_t csum;

	sc_private_netns();
	rx = sc_ip4_bound(P->kind, "127.0.0.1", 0);
	SC_SETOPT(rx, IPPROTO_IP, IP_RECVTTL, 1);
	SC_SETOPT(rx, IPPROTO_IP, IP_RECVTOS, 1);
	SC_SETOPT(rx, IPPROTO_IP, IP_RECVOPTS, 1);
	raw = socket(AF_INET, SOCK_RAW | SOCK_CLOEXEC, proto);
	if (raw < 0)
		sc_unsupported("socket(AF_INET, SOCK_RAW) failed: %s", sc_errname(errno));
	sc_track(raw);
	SC_REQUIRE_OK(setsockopt(raw, IPPROTO_IP, IP_TTL, &ttl5, sizeof ttl5));
	SC_REQUIRE_OK(setsockopt(raw, IPPROTO_IP, IP_TOS, &tos8, sizeof tos8));
	if (V->options)
		SC_REQUIRE_OK(setsockopt(raw, IPPROTO_IP, IP_OPTIONS, rr, 11));
	SC_EXPECT_OK(setsockopt(raw, IPPROTO_IP, IP_HDRINCL, &one, sizeof one));

	memset(pkt, 0, sizeof pkt);
	pkt[0] = 0x45;
	pkt[1] = 0x10;				/* TOS */
	pkt[3] = sizeof pkt;
	pkt[8] = 99;				/* TTL */
	pkt[9] = (unsigned char)proto;
	inet_pton(AF_INET, "127.0.0.1", pkt + 12);
	inet_pton(AF_INET, "127.0.0.1", pkt + 16);
	pkt[20] = 0x9c, pkt[21] = 0x40;		/* source port 40000 */
	pkt[22] = (unsigned char)(sc_port(rx) >> 8), pkt[23] = (unsigned char)sc_port(rx);
	/* UDP length, or UDP-Lite's checksum coverage (0: everything) */
	pkt[25] = proto == IPPROTO_UDP ? 12 : 0;
	memcpy(pkt + 28, "hdr!", 4);
	memcpy(pseudo, pkt + 12, 8);
	pseudo[8] = 0, pseudo[9] = (unsigned char)proto, pseudo[10] = 0, pseudo[11] = 12;
	memcpy(pseudo + 12, pkt + 20, 12);
	csum = sc_csum(pseudo, sizeof pseudo);
	memcpy(pkt + 26, &csum, 2);
	memcpy(&to.sin_addr, pkt + 16, 4);
	{
		struct sc_res r = SC_CALL(sendto(raw, pkt, sizeof pkt, 0, (struct sockaddr *)&to, sizeof to));

		sc_observe_str("sendto", r.ret < 0 ? sc_errname(r.err) : "sent");
		SC_EXPECT(r.ret == (long)sizeof pkt, "sendto() of the hand-made packet %s%s",
			  r.ret < 0 ? "failed with " : "returned a short count",
			  r.ret < 0 ? sc_errname(r.err) : "");
	}

	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the hand-made datagram");
	SC_REQUIRE(sc_recv_msg(rx, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 4, "recvmsg: %s", sc_errname(m.err));
	sc_observe_int("ttl", sc_cmsg_int(&m, IPPROTO_IP, IP_TTL, -1));
	sc_observe_int("tos", sc_cmsg_int(&m, IPPROTO_IP, IP_TOS, -1));
	sc_observe_int("options", sc_cmsg(&m, IPPROTO_IP, IP_RECVOPTS, NULL) != NULL);
	SC_EXPECT_EQ(sc_cmsg_int(&m, IPPROTO_IP, IP_TTL, -1), 99);
	SC_EXPECT_EQ(sc_cmsg_int(&m, IPPROTO_IP, IP_TOS, -1), 0x10);
	SC_EXPECT(!sc_cmsg(&m, IPPROTO_IP, IP_RECVOPTS, NULL), "the datagram carries the raw socket's IP_OPTIONS");
}

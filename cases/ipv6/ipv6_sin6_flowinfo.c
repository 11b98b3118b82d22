/* ipv6(7): sin6_flowinfo is passed and read by the kernel when the address
 * length given covers it.  With a leased flow label and
 * IPV6_FLOWINFO_SEND, sendto() to an address whose sin6_flowinfo holds the
 * label sends the datagram with that label (the receiver reads it through
 * IPV6_FLOWINFO), and after connect() to such an address getpeername()
 * gives the label back: both with the full sockaddr_in6 and with the
 * RFC 2133 length (24 bytes, which ends before sin6_scope_id). */
#include "sc.h"
#include "cmsg.h"
#include <poll.h>

SC_CASE(ipv6_sin6_flowinfo) = {
	.claim   = "the flow label in sin6_flowinfo of an address passed to sendto()/connect() is used, and getpeername() returns it",
	.source  = SC_SRC("man:ipv6(7)", "sin6_flowinfo by length: The sin6_flowinfo field is new in Linux 2.4. It is transparently passed/read by the kernel when the passed address length contains it"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* flow labels are IPv6's */
	.key     = "received_label",
};

static const struct len {
	SC_VARIANT_HEAD;
	socklen_t len;
} lens[] = {
	{ .name = "sockaddr_in6", .src = SC_SRC("man:ipv6(7)", "sin6_flowinfo by length: It is transparently passed/read by the kernel when the passed address length contains it"), .len = sizeof(struct sockaddr_in6) },
	{ .name = "rfc2133", .src = SC_SRC("man:ipv6(7)", "sin6_flowinfo by length: It is transparently passed/read by the kernel when the passed address length contains it"), .len = 24 },
};
SC_VARIANTS(lens);

SC_TEST(ipv6_sin6_flowinfo)
{
	const struct len *V = P->variant;
	struct sockaddr_in6 to, peer;
	socklen_t pl = sizeof peer;
	const unsigned char *c;
	size_t clen = 0;
	struct sc_msg m;
	uint32_t label, fi;
	char buf[8];

	memcpy(&to, &P->addr, sizeof to);
	label = sc_flowlabel_lease(P->a, &to.sin6_addr);
	SC_SETOPT(P->a, IPPROTO_IPV6, IPV6_FLOWINFO_SEND, 1);
	SC_SETOPT(P->b, IPPROTO_IPV6, IPV6_FLOWINFO, 1);
	to.sin6_flowinfo = htonl(label);
	SC_EXPECT_RET(sendto(P->a, "f", 1, 0, (struct sockaddr *)&to, V->len), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(sc_recv_msg(P->b, buf, sizeof buf, MSG_DONTWAIT, &m).ret, 1);
	c = sc_cmsg(&m, IPPROTO_IPV6, IPV6_FLOWINFO, &clen);
	SC_EXPECT(c && clen >= sizeof fi, "the datagram came without its flow information");
	memcpy(&fi, c, sizeof fi);
	sc_observe_int("received_label", ntohl(fi) & IPV6_FLOWINFO_FLOWLABEL);
	SC_EXPECT_EQ(ntohl(fi) & IPV6_FLOWINFO_FLOWLABEL, label);
	SC_EXPECT_OK(connect(P->a, (struct sockaddr *)&to, V->len));
	SC_EXPECT_OK(getpeername(P->a, (struct sockaddr *)&peer, &pl));
	sc_observe_int("peer_label", ntohl(peer.sin6_flowinfo) & IPV6_FLOWINFO_FLOWLABEL);
	SC_EXPECT_EQ(ntohl(peer.sin6_flowinfo) & IPV6_FLOWINFO_FLOWLABEL, label);
}

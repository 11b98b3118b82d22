/* ipv6(7): IPV6_RTHDR, IPV6_AUTHHDR, IPV6_DSTOPTS, IPV6_HOPOPTS,
 * IPV6_FLOWINFO and IPV6_HOPLIMIT, set to a boolean, have incoming
 * datagrams delivered with a control message of the same type carrying
 * that part of the packet.  Each variant sets its option to 1 on the
 * receiver and sends it a datagram that carries the part (the sender adds
 * destination or hop-by-hop options, or a leased flow label).  Where the
 * boolean is refused, the item also records whether RFC 3542's receive
 * option (IPV6_RECVRTHDR, IPV6_RECVDSTOPTS, ...) delivers the message. */
#include "sc.h"
#include "cmsg.h"
#include <poll.h>

SC_CASE(ipv6_rxopt_boolean) = {
	.claim   = "setting IPV6_RTHDR/AUTHHDR/DSTOPTS/HOPOPTS/FLOWINFO/HOPLIMIT to 1 delivers a control message of that type with each datagram carrying the header",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_HOPLIMIT: Set delivery of control messages for incoming datagrams containing extension headers from the received packet ... The control messages have the same type as the socket option ... Argument is a pointer to a boolean value"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6 headers: the mapped kind speaks IPv4 */
	.key     = "set",
};

#define SRC_OF(opt) SC_SRC("man:ipv6(7)", #opt ": Set delivery of control messages for incoming datagrams containing extension headers from the received packet ... The control messages have the same type as the socket option ... Argument is a pointer to a boolean value")
static const struct hdr {
	SC_VARIANT_HEAD;
	int opt;     /* the option the page names, set as a boolean */
	int rfc3542; /* RFC 3542's receive option for the same message, or 0 */
	int sticky;  /* the header the sender adds, 0 none needed, -1 none can be */
	int flow;    /* the sender sends a leased flow label */
} hdrs[] = {
	{ .name = "rthdr", .src = SRC_OF(IPV6_RTHDR), .opt = IPV6_RTHDR, .rfc3542 = IPV6_RECVRTHDR, .sticky = -1 },
	{ .name = "authhdr", .src = SRC_OF(IPV6_AUTHHDR), .opt = IPV6_AUTHHDR, .sticky = -1 },
	{ .name = "dstopts", .src = SRC_OF(IPV6_DSTOPTS), .opt = IPV6_DSTOPTS, .rfc3542 = IPV6_RECVDSTOPTS, .sticky = IPV6_DSTOPTS },
	{ .name = "hopopts", .src = SRC_OF(IPV6_HOPOPTS), .opt = IPV6_HOPOPTS, .rfc3542 = IPV6_RECVHOPOPTS, .sticky = IPV6_HOPOPTS },
	{ .name = "flowinfo", .src = SRC_OF(IPV6_FLOWINFO), .opt = IPV6_FLOWINFO, .flow = 1 },
	{ .name = "hoplimit", .src = SRC_OF(IPV6_HOPLIMIT), .opt = IPV6_HOPLIMIT, .rfc3542 = IPV6_RECVHOPLIMIT },
};
SC_VARIANTS(hdrs);


/* Send one datagram to P->b; the control message of `type` it came with. */
static uint32_t label; /* the flow label leased, when the variant sends one */

static const void *exchange(struct sc_pair *P, const struct hdr *V, int type, struct sc_msg *m)
{
	struct sockaddr_in6 to;
	char buf[8];

	memcpy(&to, &P->addr, sizeof to);
	if (V->flow)
		to.sin6_flowinfo = htonl(label);
	SC_EXPECT_RET(sendto(P->a, "x", 1, 0, (struct sockaddr *)&to, sizeof to), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(sc_recv_msg(P->b, buf, sizeof buf, MSG_DONTWAIT, m).ret, 1);
	return sc_cmsg(m, IPPROTO_IPV6, type, NULL);
}

SC_TEST(ipv6_rxopt_boolean)
{
	const struct hdr *V = P->variant;
	/* Destination or hop-by-hop options header holding one PadN option. */
	static const unsigned char padn[8] = { 0, 0, 1, 4, 0, 0, 0, 0 };
	const void *c;
	struct sc_msg m;
	struct sc_res r;

	if (V->sticky > 0 && setsockopt(P->a, IPPROTO_IPV6, V->sticky, padn, sizeof padn) < 0) {
		if (errno == EPERM)
			sc_unsupported("adding the options header needs CAP_NET_RAW");
		sc_broken("setsockopt(sender, header %d) failed: %s", V->sticky, sc_errname(errno));
	}
	if (V->flow) {
		label = sc_flowlabel_lease(P->a, &((struct sockaddr_in6 *)&P->addr)->sin6_addr);
		SC_SETOPT(P->a, IPPROTO_IPV6, IPV6_FLOWINFO_SEND, 1);
	}
	r = SC_CALL(setsockopt(P->b, IPPROTO_IPV6, V->opt, &(int){ 1 }, sizeof(int)));
	sc_observe_str("set", r.ret < 0 ? sc_errname(r.err) : "accepted");
	if (r.ret < 0 && V->rfc3542 && V->sticky >= 0) {
		SC_SETOPT(P->b, IPPROTO_IPV6, V->rfc3542, 1);
		sc_observe_int("rfc3542_delivers", exchange(P, V, V->opt, &m) != NULL);
	}
	sc_expect_ok(SC_HERE, "setsockopt(IPPROTO_IPV6, option, 1)", r);
	if (V->sticky < 0)
		sc_unsupported("the option is accepted, but no datagram carrying its header can be sent here");
	c = exchange(P, V, V->opt, &m);
	SC_EXPECT(c != NULL, "the datagram came without a control message of type %d", V->opt);
	if (V->flow) {
		uint32_t fi;

		memcpy(&fi, c, sizeof fi);
		sc_observe_int("flow_label", ntohl(fi) & IPV6_FLOWINFO_FLOWLABEL);
		SC_EXPECT_EQ(ntohl(fi) & IPV6_FLOWINFO_FLOWLABEL, label);
	}
}

/* ipv6(7): the header options IPV6_RTHDR, IPV6_AUTHHDR, IPV6_DSTOPTS,
 * IPV6_HOPOPTS, IPV6_FLOWINFO and IPV6_HOPLIMIT can be set for an
 * outgoing packet by a control message of that type given to sendmsg().
 * Each variant sends one datagram with its control message and the
 * receiver checks the packet carried it. */
#include "sc.h"
#include "cmsg.h"
#include <arpa/inet.h>
#include <poll.h>
#include <sys/uio.h>

SC_CASE(ipv6_ancillary_send_headers) = {
	.claim   = "sendmsg() with an IPV6_RTHDR/AUTHHDR/DSTOPTS/HOPOPTS/FLOWINFO/HOPLIMIT control message sends the datagram with that header or value",
	.source  = SC_SRC("man:ipv6(7)", "IPV6_HOPLIMIT: All these header options can also be set for outgoing packets by putting the appropriate control message into the control buffer of sendmsg(2)"),
	.kinds   = SC_UDP,
	.require = SC_INET6,
	.exclude = SC_MAPPED, /* IPv6 headers: the mapped kind speaks IPv4 */
	.key     = "sendmsg",
};

#define SRC_OF(opt) SC_SRC("man:ipv6(7)", #opt ": All these header options can also be set for outgoing packets by putting the appropriate control message into the control buffer of sendmsg(2)")
static const struct hdr {
	SC_VARIANT_HEAD;
	int type;      /* the control message sent */
	int recv;      /* the receiver's option that shows it, 0 none */
	size_t len;
	unsigned char data[24];
} hdrs[] = {
	/* Type 0 routing header, no segments left, one address (::1). */
	{ .name = "rthdr", .src = SRC_OF(IPV6_RTHDR), .type = IPV6_RTHDR, .recv = IPV6_RECVRTHDR, .len = 24,
	  .data = { 0, 2, 0, 0, 0, 0, 0, 0, [23] = 1 } },
	/* An authentication header with a zero 4-byte integrity value. */
	{ .name = "authhdr", .src = SRC_OF(IPV6_AUTHHDR), .type = IPV6_AUTHHDR, .len = 16,
	  .data = { 0, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1 } },
	{ .name = "dstopts", .src = SRC_OF(IPV6_DSTOPTS), .type = IPV6_DSTOPTS, .recv = IPV6_RECVDSTOPTS, .len = 8,
	  .data = { 0, 0, 1, 4, 0, 0, 0, 0 } },
	{ .name = "hopopts", .src = SRC_OF(IPV6_HOPOPTS), .type = IPV6_HOPOPTS, .recv = IPV6_RECVHOPOPTS, .len = 8,
	  .data = { 0, 0, 1, 4, 0, 0, 0, 0 } },
	/* The leased label is filled in. */
	{ .name = "flowinfo", .src = SRC_OF(IPV6_FLOWINFO), .type = IPV6_FLOWINFO, .recv = IPV6_FLOWINFO, .len = 4 },
	{ .name = "hoplimit", .src = SRC_OF(IPV6_HOPLIMIT), .type = IPV6_HOPLIMIT, .recv = IPV6_RECVHOPLIMIT, .len = sizeof(int) },
};
SC_VARIANTS(hdrs);

SC_TEST(ipv6_ancillary_send_headers)
{
	const struct hdr *V = P->variant;
	union {
		struct cmsghdr align;
		char b[CMSG_SPACE(64)];
	} ctl;
	struct iovec iov = { "x", 1 };
	struct msghdr h = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.b,
			    .msg_controllen = CMSG_SPACE(V->len) };
	struct cmsghdr *c = (struct cmsghdr *)ctl.b;
	const unsigned char *got;
	size_t glen = 0;
	unsigned char data[24];
	uint32_t label = 0;
	struct sc_msg m;
	struct sc_res r;
	char buf[8];

	memcpy(data, V->data, sizeof data);
	if (V->type == IPV6_HOPLIMIT)
		memcpy(data, &(int){ 7 }, sizeof(int));
	if (V->type == IPV6_FLOWINFO) {
		label = sc_flowlabel_lease(P->a, &((struct sockaddr_in6 *)&P->addr)->sin6_addr);
		memcpy(data, &(uint32_t){ htonl(label) }, sizeof label);
	}
	if (V->type == IPV6_RTHDR)
		inet_pton(AF_INET6, "::1", data + 8);
	if (V->recv)
		SC_SETOPT(P->b, IPPROTO_IPV6, V->recv, 1);
	memset(ctl.b, 0, sizeof ctl.b);
	c->cmsg_level = IPPROTO_IPV6;
	c->cmsg_type = V->type;
	c->cmsg_len = CMSG_LEN(V->len);
	memcpy(CMSG_DATA(c), data, V->len);
	r = SC_CALL(sendmsg(P->a, &h, 0));
	sc_observe_str("sendmsg", r.ret < 0 ? sc_errname(r.err) : "sent");
	if (r.ret < 0 && r.err == EPERM)
		sc_unsupported("sendmsg with this header: EPERM: needs CAP_NET_RAW");
	sc_expect_ret(SC_HERE, "sendmsg(with the control message)", r, 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
	SC_EXPECT_RET(sc_recv_msg(P->b, buf, sizeof buf, MSG_DONTWAIT, &m).ret, 1);
	if (!V->recv)
		return;
	got = sc_cmsg(&m, IPPROTO_IPV6, V->type, &glen);
	SC_EXPECT(got != NULL, "the receiver found no control message of type %d", V->type);
	if (V->type == IPV6_FLOWINFO) {
		uint32_t fi;

		memcpy(&fi, got, sizeof fi);
		SC_EXPECT_EQ(ntohl(fi) & IPV6_FLOWINFO_FLOWLABEL, label);
	} else if (V->type == IPV6_HOPLIMIT) {
		SC_EXPECT_EQ(sc_cmsg_int(&m, IPPROTO_IPV6, IPV6_HOPLIMIT, -1), 7);
	} else {
		SC_EXPECT(glen >= 2 && !memcmp(got + 1, data + 1, glen - 1),
			  "the header received differs from the one sent");
	}
}

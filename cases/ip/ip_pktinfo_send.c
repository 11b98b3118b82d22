/* ip(7): an IP_PKTINFO message given to sendmsg chooses the source: a
 * non-zero ipi_spec_dst is the datagram's local source address; with a
 * non-zero ipi_ifindex the primary address of that interface overwrites
 * ipi_spec_dst.  The receiver sees the source in recvfrom's address. */
#include "sc.h"
#include "cmsg.h"
#include "ip4.h"
#include <arpa/inet.h>
#include <net/if.h>
#include <sys/uio.h>

SC_CASE(ip_pktinfo_send) = {
	.claim   = "sendmsg with IP_PKTINFO ipi_spec_dst 127.0.0.9 sends from 127.0.0.9",
	.source  = SC_SRC("man:ip(7)", "IP_PKTINFO: If IP_PKTINFO is passed to sendmsg(2) and ipi_spec_dst is not zero, then it is used as the local source address for the routing table lookup"),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 packets */
	.require = SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "source",
};

static const struct info {
	SC_VARIANT_HEAD;
	int ifindex;		/* set ipi_ifindex to lo's */
	const char *want;	/* the source the page promises */
} infos[] = {
	{ .name = "spec_dst", .ifindex = 0, .want = "127.0.0.9" },
	{ .name = "ifindex", .ifindex = 1, .want = "127.0.0.1",
	  .src = SC_SRC("man:ip(7)", "IP_PKTINFO: When ipi_ifindex is not zero, the primary local address of the interface specified by the index overwrites ipi_spec_dst for the routing table lookup.") },
};
SC_VARIANTS(infos);

SC_TEST(ip_pktinfo_send)
{
	const struct info *V = P->variant;
	int rx = sc_ip4_bound(P->kind, "127.0.0.1", 0), tx = sc_kind_socket(P->kind);
	struct sockaddr_storage to;
	socklen_t tolen = sc_ip4_addr(P->kind, "127.0.0.1", sc_port(rx), &to);
	union { char buf[CMSG_SPACE(sizeof(struct in_pktinfo))]; struct cmsghdr align; } c;
	struct iovec iov = { "src", 3 };
	struct msghdr h = { .msg_name = &to, .msg_namelen = tolen, .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = c.buf, .msg_controllen = sizeof c.buf };
	struct cmsghdr *cm = CMSG_FIRSTHDR(&h);
	struct in_pktinfo pi = { .ipi_ifindex = 0 };
	struct sc_msg m;
	char rbuf[2048];
	char from[64];

	memset(&c, 0, sizeof c);
	cm->cmsg_level = IPPROTO_IP;
	cm->cmsg_type = IP_PKTINFO;
	cm->cmsg_len = CMSG_LEN(sizeof pi);
	inet_pton(AF_INET, "127.0.0.9", &pi.ipi_spec_dst);
	if (V->ifindex)
		pi.ipi_ifindex = (int)if_nametoindex("lo");
	memcpy(CMSG_DATA(cm), &pi, sizeof pi);
	SC_EXPECT_RET(sendmsg(tx, &h, 0), 3);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the datagram");
	SC_REQUIRE(sc_recv_msg(rx, rbuf, sizeof rbuf, MSG_DONTWAIT, &m).ret == 3, "recvmsg: %s", sc_errname(m.err));
	sc_observe_str("source", sc_ip4_str(&m.from, from));
	SC_EXPECT(!strcmp(from, V->want), "the datagram came from %s, not %s", from, V->want);
}

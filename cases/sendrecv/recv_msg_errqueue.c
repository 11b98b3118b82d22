/* recv(2) MSG_ERRQUEUE: queued errors are read from the socket's error
 * queue: a sock_extended_err in an IP_RECVERR (IPV6_RECVERR) control
 * message, the payload of the packet that caused it as data, its
 * destination in msg_name; and msg_flags has MSG_ERRQUEUE.  A UDP socket
 * with IP_RECVERR sends to a port nobody listens on; the ICMP port
 * unreachable becomes ECONNREFUSED from an ICMP origin. */
#include "sc.h"
#include <linux/errqueue.h>
#include <sys/uio.h>

SC_CASE(recv_msg_errqueue) = {
	.claim  = "recvmsg(MSG_ERRQUEUE) returns the queued error (sock_extended_err), the offending payload and its destination, with MSG_ERRQUEUE in msg_flags",
	.source = SC_SRC("man:recv(2)", "MSG_ERRQUEUE (1): This flag specifies that queued errors should be received from the socket error queue. ... The payload of the original packet that caused the error is passed as normal data via msg_iovec. The original destination address of the datagram that caused the error is supplied via msg_name."),
	.kinds  = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key    = "ee_errno",
};

static const struct part {
	SC_VARIANT_HEAD;
	int flag_only;
} parts[] = {
	{ .name = "error", .flag_only = 0 },
	{ .name = "msg_flags", .flag_only = 1,
	  .src = SC_SRC("man:recv(2)", "MSG_ERRQUEUE (2): indicates that no data was received but an extended error from the socket error queue.") },
};
SC_VARIANTS(parts);

SC_TEST(recv_msg_errqueue)
{
	const struct part *V = P->variant;
	struct sockaddr_storage to, from;
	socklen_t tolen;
	char data[16] = "", ctl[512];
	struct iovec iov = { data, sizeof data };
	struct msghdr m = { .msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov,
			    .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl };
	struct sock_extended_err ee = { 0 };
	int one = 1, v6 = P->kind->domain == AF_INET6, found = 0;
	long n;

	/* A port nobody listens on: bound, then closed. */
	int gone = sc_bound_socket(P, &to, &tolen);

	sc_close(&gone);
	P->a = sc_kind_socket(P->kind);
	SC_REQUIRE_OK(setsockopt(P->a, v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_RECVERR : IP_RECVERR,
				 &one, sizeof one));
	if (P->kind->caps & SC_MAPPED)
		SC_REQUIRE_OK(setsockopt(P->a, IPPROTO_IP, IP_RECVERR, &one, sizeof one));
	SC_EXPECT_RET(sendto(P->a, "lost", 4, 0, (struct sockaddr *)&to, tolen), 4);
	sc_wait_fd(P->a, POLLERR, SC_WAIT_MS, "the queued error (POLLERR)");
	n = SC_EXPECT_OK(recvmsg(P->a, &m, MSG_ERRQUEUE | MSG_DONTWAIT));
	sc_observe_int("msg_errqueue", !!(m.msg_flags & MSG_ERRQUEUE));
	if (V->flag_only) {
		SC_EXPECT(m.msg_flags & MSG_ERRQUEUE, "msg_flags 0x%x lacks MSG_ERRQUEUE", m.msg_flags);
		return;
	}
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if ((c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR) ||
		    (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR)) {
			memcpy(&ee, CMSG_DATA(c), sizeof ee);
			found = 1;
		}
	sc_observe_str("ee_errno", sc_errname((int)ee.ee_errno));
	sc_observe_int("ee_origin", ee.ee_origin);
	SC_EXPECT(found, "no IP_RECVERR/IPV6_RECVERR control message");
	SC_EXPECT_EQ(ee.ee_errno, ECONNREFUSED);
	SC_EXPECT(ee.ee_origin == SO_EE_ORIGIN_ICMP || ee.ee_origin == SO_EE_ORIGIN_ICMP6,
		  "ee_origin %u is not ICMP", ee.ee_origin);
	SC_EXPECT_EQ(n, 4);
	SC_EXPECT(!memcmp(data, "lost", 4), "payload \"%.4s\"", data);
	SC_EXPECT(sc_addr_port(&from) == sc_addr_port(&to), "msg_name has port %ld, not %ld",
		  sc_addr_port(&from), sc_addr_port(&to));
}

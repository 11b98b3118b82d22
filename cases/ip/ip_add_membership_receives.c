/* ip(7): IP_ADD_MEMBERSHIP joins a multicast group: a socket bound to the
 * group's port receives the datagrams sent to the group once it has
 * joined on the link they go out of, and not before.  The ip_mreq
 * variant joins with the old structure the page says is still accepted. */
#include "sc.h"
#include "ip4.h"
#include <arpa/inet.h>

SC_CASE(ip_add_membership_receives) = {
	.claim   = "after IP_ADD_MEMBERSHIP a socket receives the datagrams sent to the group; before it, none",
	.source  = SC_SRC("man:ip(7)", "IP_ADD_MEMBERSHIP: Join a multicast group. Argument is an ip_mreqn structure."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received_after_join",
};

static const struct mreq {
	SC_VARIANT_HEAD;
	int old;
} mreqs[] = {
	{ .name = "ip_mreqn", .old = 0 },
	{ .name = "ip_mreq", .old = 1,
	  .src = SC_SRC("man:ip(7)", "ip_mreq accepted: For compatibility, the old ip_mreq structure (present since Linux 1.2) is still supported") },
};
SC_VARIANTS(mreqs);

#define GROUP "239.1.2.3"

SC_TEST(ip_add_membership_receives)
{
	const struct mreq *V = P->variant;
	struct sockaddr_storage to;
	socklen_t tolen;
	struct ip_mreqn mn = { .imr_address.s_addr = 0 };
	struct ip_mreq mo;
	int index, rx, tx, port;
	char buf[16];

	sc_private_netns();
	index = sc_mcast_link();
	rx = sc_ip4_bound(P->kind, GROUP, 0);
	port = sc_port(rx);
	tx = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	tolen = sc_ip4_addr(P->kind, GROUP, port, &to);

	SC_EXPECT_RET(sendto(tx, "before", 6, 0, (struct sockaddr *)&to, tolen), 6);
	inet_pton(AF_INET, GROUP, &mn.imr_multiaddr);
	mn.imr_ifindex = index;
	mo.imr_multiaddr = mn.imr_multiaddr;
	inet_pton(AF_INET, SC_MC_ADDR, &mo.imr_interface);
	if (V->old)
		SC_EXPECT_OK(setsockopt(rx, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mo, sizeof mo));
	else
		SC_EXPECT_OK(setsockopt(rx, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mn, sizeof mn));
	SC_EXPECT_RET(sendto(tx, "after", 5, 0, (struct sockaddr *)&to, tolen), 5);
	sc_wait_fd(rx, POLLIN, SC_WAIT_MS, "the datagram sent to the group after joining");
	long n = recv(rx, buf, sizeof buf, MSG_DONTWAIT);

	sc_observe_int("received_after_join", n);
	SC_EXPECT_EQ(n, 5);
	SC_EXPECT(n == 5 && !memcmp(buf, "after", 5),
		  "the first datagram received is \"%.*s\", not the one sent after joining",
		  n > 0 ? (int)n : 0, buf);
	SC_EXPECT_ERRNO(recv(rx, buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
}

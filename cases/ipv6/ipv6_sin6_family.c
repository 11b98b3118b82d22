/* ipv6(7): sin6_family is always set to AF_INET6 in the addresses an
 * AF_INET6 socket returns: getsockname(), getpeername() and the source of
 * what it receives, IPv4-mapped peers included. */
#include "sc.h"
#include <poll.h>
#include <stdio.h>

SC_CASE(ipv6_sin6_family) = {
	.claim  = "getsockname(), getpeername() and recvfrom()/accept() on AF_INET6 sockets return sin6_family AF_INET6 and a full sockaddr_in6",
	.source = SC_SRC("man:ipv6(7)", "sin6_family: sin6_family is always set to AF_INET6"),
	.kinds  = SC_INET6,
	.key    = "families",
};

static int family(int fd, int which, socklen_t *len)
{
	struct sockaddr_storage ss;

	memset(&ss, 0xa5, sizeof ss);
	*len = sizeof ss;
	if (which == 0)
		SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&ss, len));
	else
		SC_EXPECT_OK(getpeername(fd, (struct sockaddr *)&ss, len));
	return ss.ss_family;
}

SC_TEST(ipv6_sin6_family)
{
	struct sockaddr_storage from;
	socklen_t l, fl = sizeof from;
	int name = family(P->a, 0, &l), peer, src;
	char buf[8], seen[64];

	SC_EXPECT_EQ(l, sizeof(struct sockaddr_in6));
	peer = family(P->a, 1, &l);
	SC_EXPECT_EQ(l, sizeof(struct sockaddr_in6));
	memset(&from, 0xa5, sizeof from);
	if (P->kind->type == SOCK_DGRAM) {
		SC_REQUIRE_OK(send(P->a, "x", 1, 0));
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
		SC_EXPECT_OK(recvfrom(P->b, buf, sizeof buf, MSG_DONTWAIT, (struct sockaddr *)&from, &fl));
	} else {
		/* The accepted side's view of its client, as accept() gave it. */
		SC_EXPECT_OK(getpeername(P->b, (struct sockaddr *)&from, &fl));
	}
	src = from.ss_family;
	SC_EXPECT_EQ(fl, sizeof(struct sockaddr_in6));
	snprintf(seen, sizeof seen, "%d/%d/%d", name, peer, src);
	sc_observe_str("families", seen);
	SC_EXPECT_EQ(name, AF_INET6);
	SC_EXPECT_EQ(peer, AF_INET6);
	SC_EXPECT_EQ(src, AF_INET6);
}

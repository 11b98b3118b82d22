/* send(2) EAGAIN: an unbound Internet datagram socket is bound to an
 * ephemeral port by its first send; when every port of the ephemeral range
 * is in use, the send fails with EAGAIN.  In a private network namespace
 * whose ip_local_port_range holds one port, taken by another socket. */
#include "sc.h"
#include <stdio.h>

SC_CASE(send_eagain_no_port) = {
	.claim   = "sendto() from an unbound UDP socket fails with EAGAIN when no ephemeral port is free",
	.source  = SC_SRC("man:send(2)", "EAGAIN (2): (Internet domain datagram sockets) The socket referred to by sockfd had not previously been bound to an address and, upon attempting to bind it to an ephemeral port, it was determined that all port numbers in the ephemeral port range are currently in use."),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
	.needs   = "root",
};

#define PORT 40000

SC_TEST(send_eagain_no_port)
{
	struct sockaddr_storage ss, to;
	socklen_t len, tolen;
	char range[32];
	int taker, fd, rx;

	sc_private_netns();
	rx = sc_bound_socket(P, &to, &tolen);
	snprintf(range, sizeof range, "%d %d", PORT, PORT);
	sc_sysctl_set("net/ipv4/ip_local_port_range", range);
	sc_observe_int("receiver_port", sc_addr_port(&to));
	taker = sc_kind_socket(P->kind);
	sc_local_addr(P, &ss, &len);
	sc_set_port(&ss, PORT);
	SC_REQUIRE_OK(bind(taker, (struct sockaddr *)&ss, len));
	fd = sc_kind_socket(P->kind);
	SC_EXPECT_ERRNO(sendto(fd, "x", 1, 0, (struct sockaddr *)&to, tolen), EAGAIN);
	(void)rx;
}

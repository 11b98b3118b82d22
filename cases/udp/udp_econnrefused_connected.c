/* udp(7) ECONNREFUSED: no receiver was associated with the destination; a
 * connected socket's send succeeds, the port unreachable answer to it makes
 * a later call on the socket fail with ECONNREFUSED. */
#include "sc.h"
#include "icmp.h"
#include <poll.h>

SC_CASE(udp_econnrefused_connected) = {
	.claim   = "after a datagram to a port with no receiver, a later call on the connected socket fails with ECONNREFUSED",
	.source  = SC_SRC("man:udp(7)", "ECONNREFUSED: No receiver was associated with the destination address. This might be caused by a previous packet sent over the socket"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE, /* the pair is made inside a private namespace */
	.key     = "first_send",
};

static const struct call {
	SC_VARIANT_HEAD;
	int send;
} calls[] = {
	{ .name = "recv", .src = SC_SRC("man:udp(7)", "ECONNREFUSED: No receiver was associated with the destination address. This might be caused by a previous packet sent over the socket") },
	{ .name = "send", .src = SC_SRC("man:udp(7)", "ECONNREFUSED: No receiver was associated with the destination address. This might be caused by a previous packet sent over the socket"), .send = 1 },
};
SC_VARIANTS(calls);

SC_TEST(udp_econnrefused_connected)
{
	const struct call *V = P->variant;
	char buf[8];
	long sent;

	sc_icmp_netns();
	sc_make_pair(P);
	sc_close(&P->b);
	sent = SC_EXPECT_OK(send(P->a, "lost", 4, 0));
	sc_observe_int("first_send", sent);
	sc_wait_fd(P->a, POLLERR, SC_WAIT_MS, "the port unreachable answer");
	if (V->send)
		SC_EXPECT_ERRNO(send(P->a, "next", 4, 0), ECONNREFUSED);
	else
		SC_EXPECT_ERRNO(recv(P->a, buf, sizeof buf, MSG_DONTWAIT), ECONNREFUSED);
}

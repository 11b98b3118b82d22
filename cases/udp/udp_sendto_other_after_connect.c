/* udp(7): a connected UDP socket can still send to another destination by
 * giving its address to sendto(); the connected peer does not get it. */
#include "sc.h"
#include <poll.h>

SC_CASE(udp_sendto_other_after_connect) = {
	.claim  = "a connected UDP socket's sendto() with another address delivers there, not to the connected peer",
	.source = SC_SRC("man:udp(7)", "sendto after connect: It is still possible to send to other destinations by passing an address to sendto(2) or sendmsg(2)"),
	.kinds  = SC_UDP,
	.key    = "third_received",
};

SC_TEST(udp_sendto_other_after_connect)
{
	struct sockaddr_storage ca;
	socklen_t cl;
	int c = sc_bound_socket(P, &ca, &cl);
	char buf[16] = "";

	SC_EXPECT_RET(sendto(P->a, "other", 5, 0, (struct sockaddr *)&ca, cl), 5);
	sc_wait_fd(c, POLLIN, SC_WAIT_MS, "the datagram at the other destination");
	SC_EXPECT_RET(recv(c, buf, sizeof buf - 1, MSG_DONTWAIT), 5);
	sc_observe_str("third_received", buf);
	SC_EXPECT(!strcmp(buf, "other"), "the other destination received \"%s\"", buf);
	/* The connection is kept: the peer's next datagram is the next send. */
	SC_EXPECT_RET(send(P->a, "peer", 4, 0), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram at the connected peer");
	memset(buf, 0, sizeof buf);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf - 1, MSG_DONTWAIT), 4);
	SC_EXPECT(!strcmp(buf, "peer"), "the connected peer received \"%s\" first", buf);
}

/* socket(7) SO_RXQ_OVFL: each received datagram carries a control message
 * with the number of packets the socket has dropped since its creation.
 * A receiver with the smallest buffer drops most of a burst; the next
 * datagram it queues reports that count. */
#include "sc.h"
#include "delivery.h"

SC_CASE(sockopt_rxq_ovfl) = {
	.claim  = "with SO_RXQ_OVFL a received datagram carries the socket's drop count in a control message",
	.source = SC_SRC("man:socket(7)", "SO_RXQ_OVFL: Indicates that an unsigned 32-bit value ancillary message (cmsg) should be attached to received skbs indicating the number of packets dropped by the socket since its creation"),
	.kinds  = SC_UDP,
	.key    = "reported",
};

#define BURST 64

static int drain(int fd)
{
	char b[1024];
	int n = 0;

	while (recv(fd, b, sizeof b, MSG_DONTWAIT) >= 0)
		n++;
	return n;
}

SC_TEST(sockopt_rxq_ovfl)
{
	static char chunk[1000];
	char ctl[CMSG_SPACE(sizeof(uint32_t)) + 64], b[8];
	struct iovec iov = { b, sizeof b };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl, .msg_controllen = sizeof ctl };
	long drops, reported = -1;
	int got = 0;

	SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, SO_RXQ_OVFL, &(int){ 1 }, sizeof(int)));
	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVBUF, &(int){ 1 }, sizeof(int)));
	for (int i = 0; i < BURST; i++)
		sc_send_all(P->a, chunk, sizeof chunk);
	SC_WAIT_UNTIL((got += drain(P->b)) + sc_drops(P->b) >= BURST, SC_WAIT_MS,
		      "every datagram of the burst to be queued or dropped");
	drops = sc_drops(P->b);
	sc_observe_int("drops", drops);
	SC_REQUIRE(drops > 0, "the smallest receive buffer dropped nothing of %d datagrams", BURST);
	SC_REQUIRE(sc_dgram_fate(P->a, P->b, "n", 1), "the datagram after the burst was dropped");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 1);
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
			uint32_t v;

			memcpy(&v, CMSG_DATA(c), sizeof v);
			reported = v;
		}
	sc_observe_int("reported", reported);
	SC_EXPECT(reported >= 0, "no SO_RXQ_OVFL control message");
	SC_EXPECT_EQ(reported, drops);
}

/* The tutorial: a datagram that does not reach the other side is lost for
 * good, nothing resends it.  Datagrams sent to a UDP socket whose receive
 * buffer is full are dropped (counted, SO_RXQ_OVFL) and never arrive
 * later: the next datagram the receiver gets is the next one sent. */
#include "sc.h"
#include <linux/sock_diag.h>
#include <poll.h>
#include <sys/uio.h>

SC_CASE(io_udp_overflow_not_resent) = {
	.claim   = "a datagram dropped because the receiver's buffer is full is lost: it is never delivered or resent",
	.source  = SC_SRC("seed", "Socket 怎么通信: 如果数据在传输中损坏，或者没有达到另一台计算机，是没有办法补救的。也就是说，数据错了就错了，无法重传"),
	.also    = { SC_SRC("man:udp(7)", "unreliable: UDP implements a connectionless, unreliable datagram packet service") },
	.kinds   = SC_UDP,
	.key     = "dropped",
};

#define NSENT 32
#define SIZE 1000

struct tally {
	int received, last_seq, in_order;
	long drops;
};

/* Read what is queued; 1 once every datagram sent is received or dropped. */
static int drain(int fd, struct tally *t)
{
	char buf[SIZE];
	int seq;

	for (;;) {
		ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);

		if (n < 0)
			break;
		memcpy(&seq, buf, sizeof seq);
		t->in_order &= seq > t->last_seq;
		t->last_seq = seq;
		t->received++;
	}
	t->drops = sc_drops(fd);
	if (t->drops < 0)
		sc_unsupported("SO_MEMINFO gives no drop count");
	return t->received + t->drops >= NSENT;
}

SC_TEST(io_udp_overflow_not_resent)
{
	int one = 1, small = 1, rcvbuf = 0, ovfl = -1;
	socklen_t len = sizeof rcvbuf;
	struct tally t = { 0, -1, 1, 0 };
	long rcvbuf_errors = sc_udp_counter(P->kind, "RcvbufErrors");
	char buf[SIZE], end[8] = "", cbuf[CMSG_SPACE(sizeof(uint32_t))];
	struct iovec iov = { end, sizeof end };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1,
			    .msg_control = cbuf, .msg_controllen = sizeof cbuf };

	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RCVBUF, &small, sizeof small));
	SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_RXQ_OVFL, &one, sizeof one));
	SC_REQUIRE_OK(getsockopt(P->b, SOL_SOCKET, SO_RCVBUF, &rcvbuf, &len));
	sc_observe_int("rcvbuf", rcvbuf);
	memset(buf, 'd', sizeof buf);
	for (int seq = 0; seq < NSENT; seq++) {
		memcpy(buf, &seq, sizeof seq);
		SC_EXPECT_RET(send(P->a, buf, sizeof buf, MSG_DONTWAIT), SIZE);
	}
	SC_WAIT_UNTIL(drain(P->b, &t), SC_WAIT_MS, "every datagram to be received or dropped");
	sc_observe_int("received", t.received);
	sc_observe_int("dropped", t.drops);
	SC_EXPECT_CMP(t.drops, >, 0);
	SC_EXPECT(t.in_order, "datagrams arrived out of order or twice");
	/* Nothing dropped comes back: the next datagram is the next one sent. */
	SC_EXPECT_RET(send(P->a, "END", 4, 0), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram sent after the overflow");
	SC_EXPECT_RET(recvmsg(P->b, &m, MSG_DONTWAIT), 4);
	SC_EXPECT(!memcmp(end, "END", 4), "received \"%.8s\" instead of the datagram sent last", end);
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&m); c; c = CMSG_NXTHDR(&m, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_RXQ_OVFL) {
			uint32_t v;

			memcpy(&v, CMSG_DATA(c), sizeof v);
			ovfl = (int)v;
		}
	sc_observe_int("rxq_ovfl", ovfl);
	SC_EXPECT_EQ(ovfl, t.drops);
	SC_EXPECT_EQ(sc_inq(P->b), 0);
	if (rcvbuf_errors >= 0)
		sc_observe_int("rcvbuf_errors_delta",
			       sc_udp_counter(P->kind, "RcvbufErrors") - rcvbuf_errors);
}

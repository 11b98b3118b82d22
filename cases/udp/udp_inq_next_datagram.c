/* udp(7): FIONREAD (SIOCINQ) gives the size of the next pending datagram,
 * not the bytes of all queued datagrams, and 0 when none is pending. */
#include "sc.h"
#include "cmsg.h"
#include <linux/sockios.h>
#include <sys/ioctl.h>

SC_CASE(udp_inq_next_datagram) = {
	.claim  = "FIONREAD / SIOCINQ returns the size of the next pending datagram (not the sum of all), 0 when none is pending",
	.source = SC_SRC("man:udp(7)", "FIONREAD: Returns the size of the next pending datagram in the integer in bytes, or 0 when no datagram is pending"),
	.kinds  = SC_UDP,
	.key    = "inq_two_queued",
};

static const struct req {
	SC_VARIANT_HEAD;
	unsigned long req;
} reqs[] = {
	{ .name = "fionread", .src = SC_SRC("man:udp(7)", "FIONREAD: Returns the size of the next pending datagram in the integer in bytes, or 0 when no datagram is pending"), .req = FIONREAD },
	{ .name = "siocinq", .src = SC_SRC("man:udp(7)", "SIOCINQ: Returns the size of the next pending datagram in the integer in bytes, or 0 when no datagram is pending"), .req = SIOCINQ },
};
SC_VARIANTS(reqs);

static long inq(int fd, unsigned long req)
{
	int v = -1;

	SC_EXPECT_OK(ioctl(fd, req, &v));
	return v;
}

SC_TEST(udp_inq_next_datagram)
{
	const struct req *V = P->variant;
	char big[100], buf[128];
	long first, both, rmem;

	memset(big, 'b', sizeof big);
	SC_EXPECT_EQ(inq(P->b, V->req), 0);
	SC_EXPECT_RET(send(P->a, big, sizeof big, 0), 100);
	SC_WAIT_UNTIL((first = inq(P->b, V->req)) > 0, SC_WAIT_MS, "the first datagram");
	sc_observe_int("inq_one_queued", first);
	SC_EXPECT_EQ(first, 100);
	rmem = sc_rmem_alloc(P->b);
	SC_EXPECT_RET(send(P->a, "thirty bytes, no more, no less", 30, 0), 30);
	SC_WAIT_UNTIL(sc_rmem_alloc(P->b) > rmem, SC_WAIT_MS, "the second datagram to be queued");
	both = inq(P->b, V->req);
	sc_observe_int("inq_two_queued", both);
	SC_EXPECT_EQ(both, 100);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 100);
	SC_EXPECT_EQ(inq(P->b, V->req), 30);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 30);
	SC_EXPECT_EQ(inq(P->b, V->req), 0);
}

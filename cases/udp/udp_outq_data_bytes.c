/* udp(7): TIOCOUTQ (SIOCOUTQ) returns the number of data bytes in the
 * local send queue.  Data written under UDP_CORK stays queued locally, so
 * the ioctl should read exactly the bytes written. */
#include "sc.h"
#include <linux/sockios.h>
#include <netinet/udp.h>
#include <poll.h>
#include <sys/ioctl.h>

SC_CASE(udp_outq_data_bytes) = {
	.claim  = "TIOCOUTQ / SIOCOUTQ reads the data bytes held in the local send queue: 100 after a corked 100-byte write, 0 once sent",
	.source = SC_SRC("man:udp(7)", "TIOCOUTQ: Returns the number of data bytes in the local send queue"),
	.kinds  = SC_UDP,
	.key    = "outq_100_bytes",
};

static const struct req {
	SC_VARIANT_HEAD;
	unsigned long req;
} reqs[] = {
	{ .name = "tiocoutq", .src = SC_SRC("man:udp(7)", "TIOCOUTQ: Returns the number of data bytes in the local send queue"), .req = TIOCOUTQ },
	{ .name = "siocoutq", .src = SC_SRC("man:udp(7)", "SIOCOUTQ: Returns the number of data bytes in the local send queue"), .req = SIOCOUTQ },
};
SC_VARIANTS(reqs);

static long outq(int fd, unsigned long req)
{
	int v = -1;

	SC_EXPECT_OK(ioctl(fd, req, &v));
	return v;
}

SC_TEST(udp_outq_data_bytes)
{
	const struct req *V = P->variant;
	char data[100];
	long empty, queued;

	memset(data, 'q', sizeof data);
	empty = outq(P->a, V->req);
	SC_SETOPT(P->a, IPPROTO_UDP, UDP_CORK, 1);
	SC_EXPECT_RET(send(P->a, data, sizeof data, 0), 100);
	queued = outq(P->a, V->req);
	SC_SETOPT(P->a, IPPROTO_UDP, UDP_CORK, 0);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram sent when the cork was cleared");
	SC_WAIT_UNTIL(outq(P->a, V->req) == 0, SC_WAIT_MS, "the send queue to drain");
	sc_observe_int("outq_empty", empty);
	sc_observe_int("outq_100_bytes", queued);
	SC_EXPECT_EQ(empty, 0);
	SC_EXPECT_EQ(queued, 100);
}

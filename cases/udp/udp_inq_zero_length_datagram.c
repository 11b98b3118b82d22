/* udp(7)'s warning: FIONREAD reads 0 both for an empty queue and for a
 * pending zero-length datagram; poll() tells the two apart. */
#include "sc.h"
#include <linux/sockios.h>
#include <poll.h>
#include <sys/ioctl.h>

SC_CASE(udp_inq_zero_length_datagram) = {
	.claim  = "with a zero-length datagram pending FIONREAD / SIOCINQ reads 0, as with none pending; only poll() shows it is readable",
	.source = SC_SRC("man:udp(7)", "FIONREAD: it is impossible to distinguish the case where no datagram is pending from the case where the next pending datagram contains zero bytes of data. It is safer to use select(2), poll(2), or epoll(7)"),
	.kinds  = SC_UDP,
	.key    = "inq_zero_pending",
};

static const struct req {
	SC_VARIANT_HEAD;
	unsigned long req;
} reqs[] = {
	{ .name = "fionread", .src = SC_SRC("man:udp(7)", "FIONREAD: it is impossible to distinguish the case where no datagram is pending from the case where the next pending datagram contains zero bytes of data"), .req = FIONREAD },
	{ .name = "siocinq", .src = SC_SRC("man:udp(7)", "SIOCINQ: it is impossible to distinguish the case where no datagram is pending from the case where the next pending datagram contains zero bytes of data"), .req = SIOCINQ },
};
SC_VARIANTS(reqs);

SC_TEST(udp_inq_zero_length_datagram)
{
	const struct req *V = P->variant;
	int empty = -1, zero = -1;
	char buf[8];

	SC_EXPECT_OK(ioctl(P->b, V->req, &empty));
	SC_EXPECT_EQ(sc_poll(P->b, POLLIN, 0) & POLLIN, 0);
	SC_EXPECT_RET(send(P->a, "", 0, 0), 0);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the zero-length datagram");
	SC_EXPECT_OK(ioctl(P->b, V->req, &zero));
	sc_observe_int("inq_empty", empty);
	sc_observe_int("inq_zero_pending", zero);
	SC_EXPECT_EQ(empty, 0);
	SC_EXPECT_EQ(zero, 0);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 0);
	SC_EXPECT_EQ(sc_poll(P->b, POLLIN, 0) & POLLIN, 0);
}

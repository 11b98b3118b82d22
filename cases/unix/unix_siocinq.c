/* unix(7) SIOCINQ: on a stream socket, the number of unread bytes in the
 * receive buffer; on a listening socket, EINVAL; on a datagram socket the
 * same as UDP: the size of the next pending datagram (udp(7)). */
#include "sc.h"
#include <linux/sockios.h>
#include <sys/ioctl.h>

SC_CASE(unix_siocinq) = {
	.claim  = "SIOCINQ gives the unread bytes of a stream socket, the next datagram's size on a datagram socket, and fails with EINVAL on a listener",
	.source = SC_SRC("man:unix(7)", "SIOCINQ: For SOCK_STREAM sockets, this call returns the number of unread bytes in the receive buffer"),
	.kinds  = SC_UNIX,
	.key    = "inq",
};

static const struct shape {
	SC_VARIANT_HEAD;
} shapes[] = {
	{ .name = "stream", .kinds = SC_STREAM },
	{ .name = "listening", .kinds = SC_LISTENER,
	  .src = SC_SRC("man:unix(7)", "SIOCINQ: The socket must not be in LISTEN state, otherwise an error (EINVAL) is returned") },
	{ .name = "datagram", .kinds = SC_DGRAM,
	  .src = SC_SRC("man:unix(7)", "SIOCINQ: For SOCK_DGRAM sockets, the returned value is the same as for Internet domain datagram sockets; see udp(7)") },
};
SC_VARIANTS(shapes);

SC_TEST(unix_siocinq)
{
	const struct sc_variant *V = P->variant;
	char b[8];
	int n = -1;

	if (!strcmp(V->name, "listening")) {
		struct sc_res r = SC_CALL(ioctl(P->l, SIOCINQ, &n));

		sc_observe_str("inq", r.ret < 0 ? sc_errname(r.err) : "answered");
		sc_expect_fail(SC_HERE, "ioctl(listener, SIOCINQ)", r, (const int[]){ EINVAL }, 1);
		return;
	}
	SC_EXPECT_OK(ioctl(P->b, SIOCINQ, &n));
	SC_EXPECT_EQ(n, 0);
	SC_EXPECT_RET(send(P->a, "abc", 3, 0), 3);
	SC_EXPECT_RET(send(P->a, "defgh", 5, 0), 5);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the data");
	SC_EXPECT_OK(ioctl(P->b, SIOCINQ, &n));
	sc_observe_int("inq", n);
	if (P->kind->type == SOCK_STREAM) {
		SC_EXPECT_EQ(n, 8);
		SC_EXPECT_RET(recv(P->b, b, 2, 0), 2);
		SC_EXPECT_OK(ioctl(P->b, SIOCINQ, &n));
		SC_EXPECT_EQ(n, 6);
	} else {
		SC_EXPECT_EQ(n, 3);
		SC_EXPECT_RET(recv(P->b, b, sizeof b, 0), 3);
		SC_EXPECT_OK(ioctl(P->b, SIOCINQ, &n));
		SC_EXPECT_EQ(n, 5);
	}
}

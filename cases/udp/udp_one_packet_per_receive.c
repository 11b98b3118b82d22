/* udp(7): every receive call returns one datagram, however large the
 * buffer and however many datagrams are queued. */
#include "sc.h"
#include "cmsg.h"
#include <sys/uio.h>

SC_CASE(udp_one_packet_per_receive) = {
	.claim  = "with two datagrams queued, a receive into a large buffer returns only the first",
	.source = SC_SRC("man:udp(7)", "one packet per receive: All receive operations return only one packet"),
	.kinds  = SC_UDP,
	.key    = "first_read",
};

enum { READ, RECV, RECVMSG };
static const struct call {
	SC_VARIANT_HEAD;
	int call;
} calls[] = {
	{ .name = "read", .src = SC_SRC("man:udp(7)", "one packet per receive: All receive operations return only one packet"), .call = READ },
	{ .name = "recv", .src = SC_SRC("man:udp(7)", "one packet per receive: All receive operations return only one packet"), .call = RECV },
	{ .name = "recvmsg", .src = SC_SRC("man:udp(7)", "one packet per receive: All receive operations return only one packet"), .call = RECVMSG },
};
SC_VARIANTS(calls);

static long get(int fd, char *buf, size_t n, int call)
{
	struct iovec iov = { buf, n };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };

	if (call == READ)
		return read(fd, buf, n);
	if (call == RECV)
		return recv(fd, buf, n, 0);
	return recvmsg(fd, &m, 0);
}

SC_TEST(udp_one_packet_per_receive)
{
	const struct call *V = P->variant;
	char buf[256] = "";
	long rmem, n;

	SC_EXPECT_RET(send(P->a, "abc", 3, 0), 3);
	sc_wait_inq(P->b, 3, SC_WAIT_MS);
	rmem = sc_rmem_alloc(P->b);
	SC_EXPECT_RET(send(P->a, "defgh", 5, 0), 5);
	SC_WAIT_UNTIL(sc_rmem_alloc(P->b) > rmem, SC_WAIT_MS, "the second datagram to be queued");
	n = SC_EXPECT_OK(get(P->b, buf, sizeof buf, V->call));
	sc_observe_int("first_read", n);
	SC_EXPECT(n == 3 && !memcmp(buf, "abc", 3), "the first receive returned %ld bytes \"%.8s\"", n, buf);
	n = SC_EXPECT_OK(get(P->b, buf, sizeof buf, V->call));
	SC_EXPECT(n == 5 && !memcmp(buf, "defgh", 5), "the second receive returned %ld bytes \"%.8s\"", n, buf);
}

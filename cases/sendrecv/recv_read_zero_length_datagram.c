/* recv(2) NOTES: with a zero-length datagram pending, read(2) has no effect
 * (the datagram stays pending) while recv() consumes it.  After a
 * zero-length datagram and "x": read() returns 0 and leaves the empty
 * datagram, so the recv() after it returns 0 again (consuming it), and the
 * next recv() returns "x".  The variants read with a 0-byte and a 16-byte
 * buffer. */
#include "sc.h"

SC_CASE(recv_read_zero_length_datagram) = {
	.claim  = "read() leaves a pending zero-length datagram in place; recv() consumes it",
	.source = SC_SRC("man:recv(2)", "read leaves zero-length datagram: read(2) has no effect (the datagram remains pending), while recv() consumes the pending datagram"),
	.kinds  = SC_DGRAM,
	.key    = "after_read",
};

static const struct size {
	SC_VARIANT_HEAD;
	size_t len;
} sizes[] = {
	{ .name = "len0", .len = 0 },
	{ .name = "len16", .len = 16 },
};
SC_VARIANTS(sizes);

SC_TEST(recv_read_zero_length_datagram)
{
	const struct size *V = P->variant;
	char buf[16];
	long n;

	SC_EXPECT_RET(send(P->a, "", 0, 0), 0);
	SC_EXPECT_RET(send(P->a, "x", 1, 0), 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagrams");
	SC_EXPECT_RET(read(P->b, buf, V->len), 0);
	n = recv(P->b, buf, sizeof buf, MSG_DONTWAIT);
	sc_observe_int("after_read", n);
	SC_EXPECT_EQ(n, 0);
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 1);
}

/* socket(7): with O_NONBLOCK set on the socket, operations that would
 * block return EAGAIN instead: a read with nothing queued, an accept with
 * no connection waiting.  (A send into a full buffer:
 * buffer_full_nonblock_eagain.) */
#include "sc.h"

SC_CASE(sockio_nonblock_eagain) = {
	.claim  = "on a socket with O_NONBLOCK, a read with no data and an accept with no connection fail with EAGAIN",
	.source = SC_SRC("man:socket(7)", "nonblocking EAGAIN: Then all operations that would block will (usually) return with EAGAIN"),
	.kinds  = SC_ALL,
	.key    = "errno",
};

static const struct variant {
	SC_VARIANT_HEAD;
	int accept;
} variants[] = {
	{ .name = "read", .accept = 0 },
	{ .name = "accept", .accept = 1, .kinds = SC_LISTENER },
};
SC_VARIANTS(variants);

SC_TEST(sockio_nonblock_eagain)
{
	const struct variant *V = P->variant;
	int fd = V->accept ? P->l : P->b;
	struct sc_res r;
	char b[4];

	sc_set_nonblock(fd, 1);
	if (V->accept)
		r = SC_CALL(accept(fd, NULL, NULL));
	else
		r = SC_CALL(read(fd, b, sizeof b));
	if (r.ret >= 0)
		sc_track((int)r.ret);
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "returned");
	SC_EXPECT_ERRNO_RES(V->accept ? "accept() with no connection waiting" : "read() with no data", r,
			    EAGAIN, EWOULDBLOCK);
}

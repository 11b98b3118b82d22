/* ip(7): EAGAIN: an operation on a nonblocking socket would block.  A
 * receive on a nonblocking socket with nothing queued fails with it. */
#include "sc.h"

SC_CASE(ip_eagain_nonblocking) = {
	.claim   = "recv() on a nonblocking socket with nothing to read fails with EAGAIN",
	.source  = SC_SRC("man:ip(7)", "EAGAIN: Operation on a nonblocking socket would block."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 sockets */
	.key     = "errno",
};

SC_TEST(ip_eagain_nonblocking)
{
	char buf[8];

	sc_set_nonblock(P->b, 1);
	SC_EXPECT_ERRNO(recv(P->b, buf, sizeof buf, 0), EAGAIN);
}

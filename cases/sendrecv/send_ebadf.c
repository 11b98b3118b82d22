/* send(2) EBADF: sockfd is not a valid open file descriptor: a send on the
 * number of a socket just closed fails with EBADF. */
#include "sc.h"

SC_CASE(send_ebadf) = {
	.claim   = "send() on a closed descriptor fails with EBADF",
	.source  = SC_SRC("man:send(2)", "EBADF: sockfd is not a valid open file descriptor."),
	.kinds   = SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(send_ebadf)
{
	int fd = sc_kind_socket(P->kind), n = fd;

	sc_close(&fd);
	SC_EXPECT_ERRNO(send(n, "x", 1, MSG_NOSIGNAL), EBADF);
}

/* recv(2) EBADF: sockfd is an invalid descriptor: a recv on the number of a
 * socket just closed fails with EBADF. */
#include "sc.h"

SC_CASE(recv_ebadf) = {
	.claim   = "recv() on a closed descriptor fails with EBADF",
	.source  = SC_SRC("man:recv(2)", "EBADF: The argument sockfd is an invalid file descriptor."),
	.kinds   = SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(recv_ebadf)
{
	int fd = sc_kind_socket(P->kind), n = fd;
	char c;

	sc_close(&fd);
	SC_EXPECT_ERRNO(recv(n, &c, 1, MSG_DONTWAIT), EBADF);
}

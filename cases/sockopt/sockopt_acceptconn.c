/* socket(7) SO_ACCEPTCONN: 1 on a socket marked to accept connections
 * with listen(2), 0 on any other: a fresh socket, a datagram socket, the
 * socket accept(2) returns. */
#include "sc.h"

SC_CASE(sockopt_acceptconn) = {
	.claim  = "SO_ACCEPTCONN reads 1 once listen() succeeded and 0 on every socket that is not listening",
	.source = SC_SRC("man:socket(7)", "SO_ACCEPTCONN: The value 0 indicates that this is not a listening socket, the value 1 indicates that this is a listening socket"),
	.kinds  = SC_ALL,
	.exclude = SC_RECIPE, /* only listen() matters, not how addresses are made */
	.fixture = SC_FIX_NONE,
	.key    = "listening",
};

static long acceptconn(int fd)
{
	int v = -1;
	socklen_t len = sizeof v;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &v, &len));
	return v;
}

SC_TEST(sockopt_acceptconn)
{
	int fd = sc_kind_socket(P->kind), c;

	SC_EXPECT_EQ(acceptconn(fd), 0);
	if (!(P->kind->caps & SC_LISTENER))
		return;
	sc_listen(P, 1);
	sc_observe_int("listening", acceptconn(P->l));
	SC_EXPECT_EQ(acceptconn(P->l), 1);
	c = sc_connect(P);
	SC_EXPECT_EQ(acceptconn(c), 0);
	SC_EXPECT_EQ(acceptconn(sc_accept(P, SC_WAIT_MS)), 0);
}

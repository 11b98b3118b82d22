/* socket(2): AF_LOCAL is a synonym for AF_UNIX.  A socket made with
 * AF_LOCAL is an AF_UNIX socket (SO_DOMAIN) and reaches an AF_UNIX socket
 * of its type at a pathname. */
#include "sc.h"

SC_CASE(socket_af_local) = {
	.claim   = "socket(AF_LOCAL, ...) makes an AF_UNIX socket",
	.source  = SC_SRC("man:socket(2)", "AF_LOCAL: AF_LOCAL Synonym for AF_UNIX"),
	.kinds   = SC_UNIX,
	.require = SC_PLAIN,
	.fixture = SC_FIX_NONE,
	.key     = "so_domain",
};

SC_TEST(socket_af_local)
{
	int fd = sc_track(SC_EXPECT_OK(socket(AF_LOCAL, P->kind->type | SOCK_CLOEXEC, 0)));

	SC_EXPECT_EQ(AF_LOCAL, AF_UNIX);
	sc_observe_int("so_domain", sc_sockopt_int(fd, SO_DOMAIN));
	SC_EXPECT_EQ(sc_sockopt_int(fd, SO_DOMAIN), AF_UNIX);
	if (P->kind->caps & SC_LISTENER)
		sc_listen(P, 4);
	else
		sc_bound_socket(P, &P->addr, &P->addrlen);
	SC_EXPECT_OK(connect(fd, (struct sockaddr *)&P->addr, P->addrlen));
}

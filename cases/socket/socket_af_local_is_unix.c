/* The tutorial lists AF_LOCAL beside AF_UNIX as the same family: the two
 * names are one value, and a socket made with AF_LOCAL is an AF_UNIX
 * socket that talks to AF_UNIX sockets. */
#include "sc.h"

SC_CASE(socket_af_local_is_unix) = {
	.claim   = "AF_LOCAL is AF_UNIX: a socket made with AF_LOCAL reads SO_DOMAIN AF_UNIX and reaches AF_UNIX sockets",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 常用的有 AF_INET 、AF_INET6、AF_LOCAL（或称 AF_UNIX、Unix 或 socket）、AF_ROUTE 等等"),
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME,
	.fixture = SC_FIX_NONE,
	.key     = "so_domain",
};

SC_TEST(socket_af_local_is_unix)
{
	int fd = sc_socket(AF_LOCAL, P->kind->type, 0), srv;
	long dom;
	struct sockaddr_storage ss;
	socklen_t len;

	SC_EXPECT_EQ(AF_LOCAL, AF_UNIX);
	dom = sc_sockopt_int(fd, SO_DOMAIN);
	sc_observe_int("so_domain", dom);
	SC_EXPECT_EQ(dom, AF_UNIX);
	srv = sc_bound_socket(P, &ss, &len);
	if (P->kind->caps & SC_LISTENER) {
		SC_REQUIRE_OK(listen(srv, 1));
		P->l = srv;
		SC_EXPECT_OK(connect(fd, (struct sockaddr *)&ss, len));
		sc_accept(P, SC_WAIT_MS);
	} else {
		SC_EXPECT_RET(sendto(fd, "l", 1, 0, (struct sockaddr *)&ss, len), 1);
		sc_wait_fd(srv, POLLIN, SC_WAIT_MS, "the datagram from the AF_LOCAL socket");
	}
}

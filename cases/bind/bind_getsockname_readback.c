/* bind() gives the socket the address and port (or path) it is passed;
 * getsockname() reads exactly that back. */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(bind_getsockname_readback) = {
	.claim   = "bind() assigns the given address and port (or path) to the socket; getsockname() reads them back",
	.source  = SC_SRC("seed", "使用 bind() 和 connect() 函数: bind() 函数把一个地址族中的特定地址赋给 socket"),
	.also    = { SC_SRC("posix", "bind(): shall assign a local socket address address to a socket") },
	.kinds   = SC_ALL,
	/* TIPC: getsockname() names the socket's port, never the service bound. */
	.exclude = SC_SOCKETPAIR | SC_TIPC,
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(bind_getsockname_readback)
{
	struct sockaddr_storage want, got;
	socklen_t wlen, glen = sizeof got;
	int fd;

	sc_local_addr(P, &want, &wlen);
	if (P->kind->caps & (SC_IP | SC_VSOCK)) {
		long port = sc_free_port(P);

		sc_set_port(&want, port);
		sc_observe_int("port", port);
	}
	fd = sc_kind_socket(P->kind);
	if (bind(fd, (struct sockaddr *)&want, wlen) < 0)
		sc_broken("bind() to a just-freed port or fresh path failed: %s",
			  sc_errname(errno));
	memset(&got, 0, sizeof got);
	SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&got, &glen));
	sc_observe_int("addrlen", glen);
	SC_EXPECT_EQ(glen, wlen);
	SC_EXPECT(sc_same_addr(&got, glen, &want, wlen),
		  "getsockname() returned another address than the one bound");
}

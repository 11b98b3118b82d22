/* The family and type given to socket() are the socket's: SO_DOMAIN and
 * SO_TYPE read them back. */
#include "sc.h"

SC_CASE(socket_type_domain_readback) = {
	.claim   = "SO_DOMAIN and SO_TYPE read back the family and type given to socket()",
	.source  = SC_SRC("man:socket(7)", "SO_DOMAIN: retrieves the socket domain as an integer (and SO_TYPE the type)"),
	.also    = { SC_SRC("seed", "使用 socket() 函数创建套接字: type ：指定 socket 类型") },
	.kinds   = SC_ALL,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "so_type",
};

SC_TEST(socket_type_domain_readback)
{
	int fd = sc_kind_socket(P->kind), v = -1;
	socklen_t len = sizeof v;

	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &v, &len));
	sc_observe_int("so_domain", v);
	SC_EXPECT_EQ(v, P->kind->domain);
	len = sizeof v;
	SC_EXPECT_OK(getsockopt(fd, SOL_SOCKET, SO_TYPE, &v, &len));
	sc_observe_int("so_type", v);
	SC_EXPECT_EQ(v, P->kind->type);
}

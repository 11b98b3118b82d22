/* The tutorial: a socket with no bind() gets a port chosen by the system
 * when connect() is called (POSIX: connect() binds an unbound socket to an
 * unused local address).  getsockname() shows port 0 before connect() and a
 * port inside net.ipv4.ip_local_port_range after it. */
#include "sc.h"
#include "ip4.h"

SC_CASE(connect_ephemeral_port) = {
	.claim  = "connect() on an unbound socket assigns it an ephemeral local port",
	.source = SC_SRC("seed", "使用 socket() 函数创建套接字: 如果想要给它赋值一个地址，就必须调用 bind() 函数，否则就当调用 connect()、listen() 时系统会自动随机分配一个端口"),
	.also   = { SC_SRC("posix", "connect(): if the socket has not already been bound to a local address, connect() shall bind it to an address which ... is an unused local address") },
	.kinds  = SC_IP,
	.fixture = SC_FIX_NONE,
	.key    = "port_range",
};

SC_TEST(connect_ephemeral_port)
{
	long lo, hi;
	int fd, port;

	sc_port_range(&lo, &hi);
	if (sc_ip4_accepts(P->kind))
		sc_listen(P, 4);
	else
		sc_bound_socket(P, &P->addr, &P->addrlen);
	fd = sc_kind_socket(P->kind);
	SC_EXPECT_EQ(sc_port(fd), 0);
	SC_EXPECT_RET(connect(fd, (struct sockaddr *)&P->addr, P->addrlen), 0);
	port = sc_port(fd);
	sc_observe_int("port", port);
	SC_EXPECT_CMP(port, >=, lo);
	SC_EXPECT_CMP(port, <=, hi);
	sc_observe_str("port_in_range", "yes");
}

/* The tutorial: a socket with no bind() gets a port chosen by the system
 * when listen() is called.  getsockname() shows port 0 before listen() and a
 * port inside net.ipv4.ip_local_port_range after it, and a client reaches
 * the listener on that port over loopback. */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(listen_ephemeral_port) = {
	.claim  = "listen() on an unbound socket assigns it an ephemeral port",
	.source = SC_SRC("seed", "使用 socket() 函数创建套接字: 如果想要给它赋值一个地址，就必须调用 bind() 函数，否则就当调用 connect()、listen() 时系统会自动随机分配一个端口"),
	.also   = { SC_SRC("man:listen(2)", "EADDRINUSE (2): (Internet domain sockets) The socket ... had not previously been bound to an address and, upon attempting to bind it to an ephemeral port ...") },
	.kinds  = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key    = "port_range",
};

SC_TEST(listen_ephemeral_port)
{
	long lo, hi;
	int port;

	sc_port_range(&lo, &hi);
	P->l = sc_kind_socket(P->kind);
	SC_EXPECT_EQ(sc_port(P->l), 0);
	SC_EXPECT_RET(listen(P->l, 4), 0);
	port = sc_port(P->l);
	sc_observe_int("port", port);
	SC_EXPECT_CMP(port, >=, lo);
	SC_EXPECT_CMP(port, <=, hi);
	sc_observe_str("port_in_range", "yes");
	sc_local_addr(P, &P->addr, &P->addrlen);
	sc_set_port(&P->addr, port);
	sc_connect(P);
	sc_accept(P, SC_WAIT_MS);
}

/* The tutorial: 127.0.0.1 is a special address meaning this host.  A
 * listener (or datagram socket) bound to 127.0.0.1 is reached by a peer
 * that connects to 127.0.0.1, both ends' getsockname() and getpeername()
 * read 127.0.0.1, and data crosses.  The inet6 kinds check the IPv6
 * loopback ::1 (RFC 4291 2.5.3) the same way. */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(io_loopback_localhost) = {
	.claim   = "127.0.0.1 (::1 for IPv6) is this host: a socket bound there is reached through it and both ends' names read that address",
	.source  = SC_SRC("seed", "使用 socket() 函数创建套接字: 127.0.0.1 是一个特殊 IP 地址，表示本机地址"),
	.also    = { SC_SRC("rfc:4291", "2.5.3 The Loopback Address: 0:0:0:0:0:0:0:1 may be used by a node to send an IPv6 packet to itself") },
	.kinds   = SC_IP,
	.key     = "address",
};

static void expect_loopback(struct sc_pair *P, int fd, int peer, const char *what)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	char txt[INET6_ADDRSTRLEN] = "?";
	int lo;

	memset(&ss, 0, sizeof ss);
	if (peer)
		SC_EXPECT_OK(getpeername(fd, (struct sockaddr *)&ss, &len));
	else
		SC_EXPECT_OK(getsockname(fd, (struct sockaddr *)&ss, &len));
	SC_EXPECT_EQ(ss.ss_family, P->kind->domain);
	if (ss.ss_family == AF_INET) {
		struct in_addr a = ((struct sockaddr_in *)&ss)->sin_addr;

		inet_ntop(AF_INET, &a, txt, sizeof txt);
		lo = a.s_addr == htonl(INADDR_LOOPBACK);
	} else {
		struct in6_addr a = ((struct sockaddr_in6 *)&ss)->sin6_addr;

		inet_ntop(AF_INET6, &a, txt, sizeof txt);
		/* A mapped kind speaks IPv4 to ::ffff:127.0.0.1. */
		lo = IN6_IS_ADDR_LOOPBACK(&a) || (IN6_IS_ADDR_V4MAPPED(&a) && a.s6_addr[12] == 127);
	}
	sc_observe_str(what, txt);
	SC_EXPECT(lo, "%s is %s, not the loopback address", what, txt);
}

SC_TEST(io_loopback_localhost)
{
	char buf[8] = "";

	/* The fixture bound b (the listener) to the loopback address and
	 * connected a to it there. */
	expect_loopback(P, P->b, 0, "address");
	expect_loopback(P, P->b, 1, "b_peer");
	expect_loopback(P, P->a, 0, "a_name");
	expect_loopback(P, P->a, 1, "a_peer");
	SC_EXPECT_RET(send(P->a, "here", 4, 0), 4);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "data sent to the loopback address");
	SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 4);
	SC_EXPECT(!memcmp(buf, "here", 4), "received \"%.4s\"", buf);
}

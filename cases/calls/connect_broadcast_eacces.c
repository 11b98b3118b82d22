/* connect(2): EACCES or EPERM, "the user tried to connect to a broadcast
 * address without having the socket broadcast flag enabled".  A UDP
 * socket connect()ed to loopback's broadcast address 127.255.255.255
 * without SO_BROADCAST fails; with SO_BROADCAST set the same connect()
 * succeeds.  (The entry's other condition, a local firewall rule, needs
 * firewall tables the suite does not build.) */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(connect_broadcast_eacces) = {
	.claim   = "connect() of a UDP socket to a broadcast address fails with EACCES or EPERM unless SO_BROADCAST is set",
	.source  = SC_SRC("man:connect(2)", "EACCES (2): The user tried to connect to a broadcast address without having the socket broadcast flag enabled"),
	.also    = { SC_SRC("man:connect(2)", "EPERM: The user tried to connect to a broadcast address without having the socket broadcast flag enabled") },
	/* IPv4 addresses: IPv6 has no broadcast */
	.only    = "inet_dgram udplite4 inet6_mapped_dgram",
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(connect_broadcast_eacces)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_kind_socket(P->kind), on = 1;
	struct sc_res r;

	sc_local_addr(P, &ss, &len);
	sc_set_port(&ss, 9);
	if (ss.ss_family == AF_INET)
		inet_pton(AF_INET, "127.255.255.255", &((struct sockaddr_in *)&ss)->sin_addr);
	else
		inet_pton(AF_INET6, "::ffff:127.255.255.255", &((struct sockaddr_in6 *)&ss)->sin6_addr);
	r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	SC_EXPECT_ERRNO_RES("connect(127.255.255.255) without SO_BROADCAST", r, EACCES, EPERM);
	SC_REQUIRE_OK(setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &on, sizeof on));
	SC_EXPECT_OK(connect(fd, (struct sockaddr *)&ss, len));
}

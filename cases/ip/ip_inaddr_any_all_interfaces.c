/* ip(7): a socket bound to INADDR_ANY is bound to all local interfaces:
 * it gets what is sent to the address of lo and to the address of a
 * second link (10.77.0.1 on mc0, in the item's namespace). */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_inaddr_any_all_interfaces) = {
	.claim   = "a socket bound to INADDR_ANY:port receives (or accepts) what is sent to port on the address of every local interface",
	.source  = SC_SRC("man:ip(7)", "INADDR_ANY binds all: When INADDR_ANY is specified in the bind call, the socket will be bound to all local interfaces."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "reached",
};

/* Reach fd (bound to the wildcard) at ip: 1 when it got there. */
static int reach(struct sc_pair *P, int fd, const char *ip)
{
	struct sockaddr_storage to;
	socklen_t len = sc_ip4_addr(P->kind, ip, sc_port(fd), &to);
	int c = sc_kind_socket(P->kind);

	if (P->kind->type == SOCK_STREAM) {
		int a;

		if (connect(c, (struct sockaddr *)&to, len) < 0)
			return 0;
		sc_wait_fd(fd, POLLIN, SC_WAIT_MS, "the connection");
		a = sc_track(accept(fd, NULL, NULL));
		return a >= 0;
	}
	if (sendto(c, "any", 3, 0, (struct sockaddr *)&to, len) != 3)
		return 0;
	return (sc_poll(fd, POLLIN, sc_ms(SC_WAIT_MS)) & POLLIN) && recv(fd, (char[4]){ 0 }, 4, 0) == 3;
}

SC_TEST(ip_inaddr_any_all_interfaces)
{
	int fd, lo, link;

	sc_private_netns();
	sc_mcast_link();
	fd = sc_ip4_bound(P->kind, "0.0.0.0", 0);
	if (sc_ip4_accepts(P->kind))
		SC_REQUIRE_OK(listen(fd, 4));
	lo = reach(P, fd, "127.0.0.1");
	link = reach(P, fd, SC_MC_ADDR);
	sc_observe_str("reached", lo && link ? "both" : lo ? "lo only" : link ? SC_MC_LINK " only" : "none");
	SC_EXPECT(lo, "nothing sent to 127.0.0.1 reached the socket bound to INADDR_ANY");
	SC_EXPECT(link, "nothing sent to %s reached the socket bound to INADDR_ANY", SC_MC_ADDR);
}

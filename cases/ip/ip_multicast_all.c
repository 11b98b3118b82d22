/* ip(7): IP_MULTICAST_ALL (default 1): a socket bound to INADDR_ANY
 * receives the datagrams of every group joined anywhere on the system;
 * set to 0, only those of the groups it joined itself. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_multicast_all) = {
	.claim   = "IP_MULTICAST_ALL defaults to 1: a wildcard-bound socket gets groups joined by other sockets; with 0 it does not",
	.source  = SC_SRC("man:ip(7)", "IP_MULTICAST_ALL: The argument is a boolean integer (defaults to 1). If set to 1, the socket will receive messages from all the groups that have been joined globally on the whole system."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 multicast */
	.require = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

static const struct setting {
	SC_VARIANT_HEAD;
	int value;		/* -1: left at its default */
} settings[] = {
	{ .name = "default", .value = -1 },
	{ .name = "off", .value = 0,
	  .src = SC_SRC("man:ip(7)", "IP_MULTICAST_ALL: Otherwise, it will deliver messages only from the groups that have been explicitly joined") },
};
SC_VARIANTS(settings);

#define GROUP "239.1.2.11"

SC_TEST(ip_multicast_all)
{
	const struct setting *V = P->variant;
	int index, other, member, tx, port, one = 1;
	char got[256];

	sc_private_netns();
	index = sc_mcast_link();
	/* Two sockets on the same wildcard port: one joins, one does not. */
	other = sc_kind_socket(P->kind);
	member = sc_kind_socket(P->kind);
	SC_REQUIRE_OK(setsockopt(other, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	SC_REQUIRE_OK(setsockopt(member, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	{
		struct sockaddr_storage ss;
		socklen_t len = sc_ip4_addr(P->kind, "0.0.0.0", 0, &ss);

		SC_REQUIRE_OK(bind(other, (struct sockaddr *)&ss, len));
		port = sc_port(other);
		len = sc_ip4_addr(P->kind, "0.0.0.0", port, &ss);
		SC_REQUIRE_OK(bind(member, (struct sockaddr *)&ss, len));
	}
	if (V->value >= 0)
		SC_SETOPT(other, IPPROTO_IP, IP_MULTICAST_ALL, V->value);
	sc_mcast_join(member, GROUP, index);
	tx = sc_ip4_bound(P->kind, SC_MC_ADDR, 0);
	sc_ip4_sendto(P->kind, tx, "group", GROUP, port);
	sc_ip4_sendto(P->kind, tx, "end", GROUP, port);
	/* Both datagrams have been delivered once the member has seen "end". */
	sc_ip4_drain(member, got, sizeof got);
	SC_REQUIRE(!strcmp(got, "group"), "the member received \"%s\"", got);
	long n = recv(other, got, sizeof got, MSG_DONTWAIT);

	sc_observe_str("received", n == 5 && !memcmp(got, "group", 5) ? "group" : n < 0 ? "none" : "other");
	if (V->value >= 0) {
		SC_EXPECT(n < 0, "the socket that did not join received %ld bytes with IP_MULTICAST_ALL 0", n);
		return;
	}
	long v = sc_getopt_int(other, IPPROTO_IP, IP_MULTICAST_ALL);

	sc_observe_int("default", v);
	SC_EXPECT(n == 5, "the socket that did not join received no datagram of the group");
	SC_EXPECT_EQ(v, 1);
}

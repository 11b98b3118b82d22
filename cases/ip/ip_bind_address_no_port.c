/* ip(7): IP_BIND_ADDRESS_NO_PORT: bind() with port 0 reserves no
 * ephemeral port (getsockname shows port 0); the port is chosen at
 * connect() time, and may be shared as long as the 4-tuple is unique:
 * with one ephemeral port in the item's namespace, two such sockets
 * connect to two listeners from the same port. */
#include "sc.h"
#include "ip4.h"
#include <stdio.h>

SC_CASE(ip_bind_address_no_port) = {
	.claim   = "with IP_BIND_ADDRESS_NO_PORT bind(port 0) reserves no port; connect() picks one, sharing it between distinct 4-tuples",
	.source  = SC_SRC("man:ip(7)", "IP_BIND_ADDRESS_NO_PORT: Inform the kernel to not reserve an ephemeral port when using bind(2) with a port number of 0. The port will later be automatically chosen at connect(2) time, in a way that allows sharing a source port as long as the 4-tuple is unique."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "ports",
};

static const struct use {
	SC_VARIANT_HEAD;
	int shared;
} uses[] = {
	{ .name = "bind_then_connect", .shared = 0 },
	{ .name = "shared_port", .shared = 1, .kinds = SC_TCP },
};
SC_VARIANTS(uses);

#define PORT "40000"

/* A socket with the option bound to 127.0.0.1:0, connected to port. */
static int connected(struct sc_pair *P, int port, int *bound_port)
{
	struct sockaddr_storage ss;
	socklen_t len = sc_ip4_addr(P->kind, "127.0.0.1", 0, &ss);
	int fd = sc_kind_socket(P->kind);

	SC_SETOPT(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, 1);
	SC_REQUIRE_OK(bind(fd, (struct sockaddr *)&ss, len));
	*bound_port = sc_port(fd);
	len = sc_ip4_addr(P->kind, "127.0.0.1", port, &ss);
	SC_EXPECT_OK(connect(fd, (struct sockaddr *)&ss, len));
	return fd;
}

SC_TEST(ip_bind_address_no_port)
{
	const struct use *V = P->variant;
	int l1, l2, a, b, pa, pb;
	char text[64];

	sc_private_netns();
	sc_sysctl_set("net/ipv4/ip_local_port_range", PORT " " PORT);
	/* Listeners (or receivers) on fixed ports: the one ephemeral port
	 * stays free in this namespace of the item's own. */
	l1 = sc_ip4_bound(P->kind, "127.0.0.1", 40100);
	l2 = sc_ip4_bound(P->kind, "127.0.0.1", 40101);
	if (sc_ip4_accepts(P->kind)) {
		SC_REQUIRE_OK(listen(l1, 2));
		SC_REQUIRE_OK(listen(l2, 2));
	}
	a = connected(P, 40100, &pa);
	sc_observe_int("port_after_bind", pa);
	SC_EXPECT_EQ(pa, 0);
	SC_EXPECT_EQ(sc_port(a), 40000);
	if (!V->shared)
		return;
	b = connected(P, 40101, &pb);
	snprintf(text, sizeof text, "%ld %ld", sc_port(a), sc_port(b));
	sc_observe_str("ports", text);
	SC_EXPECT_EQ(sc_port(b), 40000);
}

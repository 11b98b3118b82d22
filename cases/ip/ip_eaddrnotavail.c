/* ip(7): EADDRNOTAVAIL: a nonexistent interface was requested, or the
 * requested source address was not local.  bind() to 192.0.2.1 (on no
 * interface) and IP_MULTICAST_IF naming an interface index that does not
 * exist both fail with it. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_eaddrnotavail) = {
	.claim   = "bind() to a nonlocal address, and IP_MULTICAST_IF with a nonexistent interface, fail with EADDRNOTAVAIL",
	.source  = SC_SRC("man:ip(7)", "EADDRNOTAVAIL: A nonexistent interface was requested or the requested source address was not local."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 addresses */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct ask {
	SC_VARIANT_HEAD;
	int interface;
} asks[] = {
	{ .name = "nonlocal_address", .interface = 0 },
	{ .name = "no_such_interface", .interface = 1, .kinds = SC_DGRAM },
};
SC_VARIANTS(asks);

SC_TEST(ip_eaddrnotavail)
{
	const struct ask *V = P->variant;
	int fd = sc_kind_socket(P->kind);

	if (V->interface) {
		struct ip_mreqn m = { .imr_ifindex = 999999 };

		SC_EXPECT_ERRNO(setsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &m, sizeof m), EADDRNOTAVAIL);
		return;
	}
	struct sockaddr_storage ss;
	socklen_t len = sc_ip4_addr(P->kind, "192.0.2.1", 0, &ss);

	SC_EXPECT_ERRNO(bind(fd, (struct sockaddr *)&ss, len), EADDRNOTAVAIL);
}

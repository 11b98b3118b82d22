/* ip(7) ERRORS: the routing table decides some errors.  In the item's own
 * namespace, a destination covered by a prohibit route gives EACCES, by
 * an unreachable route EHOSTUNREACH, by a blackhole route EINVAL (for
 * sends); a destination no route covers is "no valid routing table
 * entry", EHOSTUNREACH.  Datagram kinds send to it, the others connect. */
#include "sc.h"
#include "ip4.h"
#include "links.h"
#include <linux/rtnetlink.h>

SC_CASE(ip_route_errno) = {
	.claim   = "sending (or connecting) to a destination whose route is prohibit, unreachable, blackhole or missing fails with EACCES, EHOSTUNREACH, EINVAL, EHOSTUNREACH",
	.source  = SC_SRC("man:ip(7)", "EHOSTUNREACH: No valid routing table entry matches the destination address."),
	.kinds   = SC_INET | SC_MAPPED,	/* IPv4 routes */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct route {
	SC_VARIANT_HEAD;
	int type;		/* -1: no route at all */
	int err;
} routes[] = {
	{ .name = "no_route", .type = -1, .err = EHOSTUNREACH },
	{ .name = "unreachable", .type = RTN_UNREACHABLE, .err = EHOSTUNREACH,
	  .src = SC_SRC("man:ip(7)", "EHOSTUNREACH: This error can be caused by ... the local routing table.") },
	{ .name = "prohibit", .type = RTN_PROHIBIT, .err = EACCES,
	  .src = SC_SRC("man:ip(7)", "EACCES: The user tried to execute an operation without the necessary permissions. These include: ... sending a packet via a prohibit route") },
	{ .name = "blackhole", .type = RTN_BLACKHOLE, .err = EINVAL,
	  .src = SC_SRC("man:ip(7)", "EINVAL: Invalid argument passed. For send operations this can be caused by sending to a blackhole route.") },
};
SC_VARIANTS(routes);

SC_TEST(ip_route_errno)
{
	const struct route *V = P->variant;
	struct sockaddr_storage to;
	socklen_t len = sc_ip4_addr(P->kind, "10.66.0.1", 40100, &to);
	struct sc_res r;
	int fd;

	sc_private_netns();
	if (V->type >= 0)
		sc_link_route_type(AF_INET, "10.66.0.0", 16, V->type);
	fd = sc_kind_socket(P->kind);
	if (P->kind->type == SOCK_DGRAM)
		r = SC_CALL(sendto(fd, "x", 1, 0, (struct sockaddr *)&to, len));
	else
		r = SC_CALL(connect(fd, (struct sockaddr *)&to, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "none");
	SC_EXPECT_ERRNO_RES(P->kind->type == SOCK_DGRAM ? "sendto() to 10.66.0.1" : "connect() to 10.66.0.1",
			    r, V->err);
}

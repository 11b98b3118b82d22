/* ip(7): valid socket types for AF_INET include SOCK_STREAM, SOCK_DGRAM
 * and SOCK_RAW: socket() makes each, of the type asked for. */
#include "sc.h"
#include "ip4.h"

SC_CASE(ip_socket_types) = {
	.claim   = "socket(AF_INET, type, 0) succeeds for SOCK_STREAM, SOCK_DGRAM and (with IPPROTO_UDP) SOCK_RAW, and SO_TYPE says the type",
	.source  = SC_SRC("man:ip(7)", "IP socket types: Valid socket types include SOCK_STREAM to open a stream socket, SOCK_DGRAM to open a datagram socket, and SOCK_RAW to open a raw(7) socket to access the IP protocol directly."),
	.kinds   = SC_INET,		/* only the family matters; a plain kind runs it */
	.require = SC_PLAIN | SC_DGRAM,
	.fixture = SC_FIX_NONE,
	.key     = "so_type",
};

static const struct type {
	SC_VARIANT_HEAD;
	int type, protocol;
} types[] = {
	{ .name = "SOCK_STREAM", .type = SOCK_STREAM },
	{ .name = "SOCK_DGRAM", .type = SOCK_DGRAM },
	{ .name = "SOCK_RAW", .type = SOCK_RAW, .protocol = IPPROTO_UDP },
};
SC_VARIANTS(types);

SC_TEST(ip_socket_types)
{
	const struct type *V = P->variant;
	struct sc_res r;
	long type;

	if (V->type == SOCK_RAW)
		sc_private_netns();	/* CAP_NET_RAW, as root or in a user namespace */
	r = SC_CALL(socket(AF_INET, V->type | SOCK_CLOEXEC, V->protocol));
	sc_track((int)r.ret);
	SC_EXPECT_OK_RES("socket()", r);
	type = sc_sockopt_int((int)r.ret, SO_TYPE);
	sc_observe_int("so_type", type);
	SC_EXPECT_EQ(type, V->type);
}

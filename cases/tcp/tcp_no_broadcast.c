/* tcp(7) Address formats: TCP is point-to-point only; broadcasting and
 * multicasting are not supported.  connect() to a broadcast address
 * (127.255.255.255, lo's broadcast) or a multicast one (224.0.0.1,
 * ff02::1) fails. */
#include "sc.h"
#include <arpa/inet.h>

SC_CASE(tcp_no_broadcast) = {
	.claim   = "connect() of a TCP socket to a broadcast or multicast address fails",
	.source  = SC_SRC("man:tcp(7)", "no broadcast: TCP supports point-to-point communication only; broadcasting and multicasting are not supported."),
	.kinds   = SC_TCP,
	.exclude = SC_MAPPED,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct dest {
	SC_VARIANT_HEAD;
	const char *v4, *v6;
} dests[] = {
	{ .name = "broadcast", .v4 = "127.255.255.255", .v6 = NULL, .kinds = SC_INET },
	{ .name = "multicast", .v4 = "224.0.0.1", .v6 = "ff02::1" },
};
SC_VARIANTS(dests);

SC_TEST(tcp_no_broadcast)
{
	const struct dest *V = P->variant;
	struct sockaddr_storage ss = { 0 };
	socklen_t len;
	struct sc_res r;
	int fd = sc_kind_socket(P->kind);

	if (P->kind->domain == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;

		in->sin_family = AF_INET;
		in->sin_port = htons(9);
		inet_pton(AF_INET, V->v4, &in->sin_addr);
		len = sizeof *in;
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;

		in6->sin6_family = AF_INET6;
		in6->sin6_port = htons(9);
		in6->sin6_scope_id = 1; /* lo */
		inet_pton(AF_INET6, V->v6, &in6->sin6_addr);
		len = sizeof *in6;
	}
	sc_set_nonblock(fd, 1);
	r = SC_CALL(connect(fd, (struct sockaddr *)&ss, len));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "connected");
	sc_expect_fail(SC_HERE, "connect() to a broadcast/multicast address", r,
		       (const int[]){ ENETUNREACH, EACCES, EADDRNOTAVAIL, EINVAL }, 4);
}

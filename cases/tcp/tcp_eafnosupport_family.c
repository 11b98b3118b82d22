/* tcp(7) EAFNOTSUPPORT (the page's spelling of EAFNOSUPPORT): an address
 * whose family is not the socket's (sin_family not AF_INET; for IPv6
 * sockets not AF_INET6) is refused by connect() and bind(). */
#include "sc.h"

SC_CASE(tcp_eafnosupport_family) = {
	.claim   = "connect() and bind() with an address of another family fail with EAFNOSUPPORT",
	.source  = SC_SRC("man:tcp(7)", "EAFNOTSUPPORT: Passed socket address type in sin_family was not AF_INET."),
	.kinds   = SC_TCP,
	.exclude = SC_RECIPE, /* the case only creates sockets */
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

static const struct call {
	SC_VARIANT_HEAD;
	int bind;
} calls[] = {
	{ .name = "connect", .bind = 0 },
	{ .name = "bind", .bind = 1 },
};
SC_VARIANTS(calls);

SC_TEST(tcp_eafnosupport_family)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	int fd = sc_kind_socket(P->kind);

	sc_local_addr(P, &ss, &len);
	ss.ss_family = AF_UNIX;
	if (V->bind)
		SC_EXPECT_ERRNO(bind(fd, (struct sockaddr *)&ss, len), EAFNOSUPPORT);
	else
		SC_EXPECT_ERRNO(connect(fd, (struct sockaddr *)&ss, len), EAFNOSUPPORT);
}

/* ip(7): sin_family is always set to AF_INET: in every sockaddr_in the
 * kernel returns for an AF_INET socket (getsockname, getpeername,
 * accept, recvfrom). */
#include "sc.h"

SC_CASE(ip_sin_family) = {
	.claim   = "the addresses the kernel returns for an AF_INET socket have sin_family AF_INET",
	.source  = SC_SRC("man:ip(7)", "sin_family: sin_family is always set to AF_INET."),
	.kinds   = SC_INET,		/* AF_INET sockets */
	.fixture = SC_FIX_NONE,
	.key     = "sin_family",
};

enum { GETSOCKNAME, GETPEERNAME, ACCEPT, RECVFROM };
static const struct call {
	SC_VARIANT_HEAD;
	int which;
} calls[] = {
	{ .name = "getsockname", .which = GETSOCKNAME },
	{ .name = "getpeername", .which = GETPEERNAME },
	{ .name = "accept", .which = ACCEPT, .kinds = SC_LISTENER },
	{ .name = "recvfrom", .which = RECVFROM, .kinds = SC_DGRAM },
};
SC_VARIANTS(calls);

SC_TEST(ip_sin_family)
{
	const struct call *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	char buf[4];
	int fd;

	memset(&ss, 0xff, sizeof ss);
	switch (V->which) {
	case GETSOCKNAME:
		sc_make_pair(P);
		SC_REQUIRE_OK(getsockname(P->a, (struct sockaddr *)&ss, &len));
		break;
	case GETPEERNAME:
		sc_make_pair(P);
		/* b is connected to one peer whatever the kind (a one-to-many
		 * SCTP socket, as a may be, has no single peer). */
		SC_REQUIRE_OK(getpeername(P->b, (struct sockaddr *)&ss, &len));
		break;
	case ACCEPT:
		sc_listen(P, 1);
		P->a = sc_connect(P);
		sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the connection");
		fd = sc_track(accept(P->l, (struct sockaddr *)&ss, &len));
		SC_REQUIRE(fd >= 0, "accept() failed: %s", sc_errname(errno));
		break;
	case RECVFROM:
		sc_make_pair(P);
		SC_REQUIRE_OK(send(P->a, "sin", 3, 0));
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the datagram");
		SC_REQUIRE_OK(recvfrom(P->b, buf, sizeof buf, 0, (struct sockaddr *)&ss, &len));
		break;
	}
	sc_observe_int("sin_family", ss.ss_family);
	SC_EXPECT_EQ(ss.ss_family, AF_INET);
	SC_EXPECT_EQ(len, sizeof(struct sockaddr_in));
}

/* connect(2): a connectionless socket may dissolve its association by
 * connecting to an address whose sa_family is AF_UNSPEC.  Afterwards it
 * has no peer (getpeername() fails with ENOTCONN), a send without an
 * address has nowhere to go, and datagrams from any address reach it again
 * at the address it is bound to: one the caller chose, or (variant
 * autobound) the port the kernel chose for bind() to port 0. */
#include "sc.h"

SC_CASE(connect_af_unspec) = {
	.claim   = "connect() to AF_UNSPEC dissolves a datagram socket's association: no peer, no default destination, datagrams from anyone at its address",
	.source  = SC_SRC("man:connect(2)", "AF_UNSPEC dissolves: Connectionless sockets may dissolve the association by connecting to an address with the sa_family member of sockaddr set to AF_UNSPEC"),
	.kinds   = SC_DGRAM,
	.exclude = SC_SOCKETPAIR, /* nothing else can address them */
	.fixture = SC_FIX_NONE,
	.key     = "port_after",
};

static const struct binding {
	SC_VARIANT_HEAD;
	int port0;
} bindings[] = {
	{ .name = "bound" },
	{ .name = "autobound", .kinds = SC_IP, .port0 = 1 },
};
SC_VARIANTS(bindings);

SC_TEST(connect_af_unspec)
{
	const struct binding *V = P->variant;
	struct sockaddr_storage aa, ba, ca, peer;
	struct sockaddr unspec = { .sa_family = AF_UNSPEC };
	socklen_t al, bl, cl, pl = sizeof peer;
	int a = sc_kind_socket(P->kind), c = sc_bound_socket(P, &ca, &cl);
	char buf[16];
	struct sc_res r;

	sc_bound_socket(P, &ba, &bl);   /* B, the peer A leaves */
	sc_local_addr(P, &aa, &al);
	if ((P->kind->caps & SC_IP) && !V->port0)
		sc_set_port(&aa, sc_free_port(P));
	SC_REQUIRE_OK(bind(a, (struct sockaddr *)&aa, al));
	al = sizeof aa;
	SC_REQUIRE_OK(getsockname(a, (struct sockaddr *)&aa, &al));
	SC_REQUIRE_OK(connect(a, (struct sockaddr *)&ba, bl));
	SC_EXPECT_OK(connect(a, &unspec, sizeof unspec));
	if (P->kind->caps & SC_IP) {
		sc_observe_int("port_before", sc_addr_port(&aa));
		sc_observe_int("port_after", sc_port(a));
		SC_EXPECT(sc_port(a) == sc_addr_port(&aa), "A's port is not the one it was bound to: getsockname() gives port %ld",
			  sc_port(a));
	}
	SC_EXPECT_ERRNO(getpeername(a, (struct sockaddr *)&peer, &pl), ENOTCONN);
	r = SC_CALL(send(a, "x", 1, MSG_DONTWAIT));
	sc_observe_str("send_errno", r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT_ERRNO_RES("send() without an address after AF_UNSPEC", r, EDESTADDRREQ, ENOTCONN);
	SC_EXPECT_RET(sendto(c, "from-c", 6, 0, (struct sockaddr *)&aa, al), 6);
	sc_wait_fd(a, POLLIN, SC_WAIT_MS, "C's datagram at A");
	SC_EXPECT_RET(recv(a, buf, sizeof buf, MSG_DONTWAIT), 6);
}

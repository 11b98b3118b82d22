/* unix(7) EISCONN: connect(2) on a socket already connected, or a target
 * address given on a connected socket, fails with EISCONN. */
#include "sc.h"

SC_CASE(unix_eisconn) = {
	.claim  = "connect() on a connected socket, or sendto() naming a target on a connected socket, fails with EISCONN",
	.source = SC_SRC("man:unix(7)", "EISCONN: connect(2) called on an already connected socket or a target address was specified on a connected socket"),
	.kinds  = SC_UNIX,
	.key    = "result",
};

static const struct call {
	SC_VARIANT_HEAD;
} calls[] = {
	{ .name = "connect", .kinds = SC_CONNECTED },
	{ .name = "sendto" },
};
SC_VARIANTS(calls);

SC_TEST(unix_eisconn)
{
	const struct sc_variant *V = P->variant;
	struct sockaddr_storage ss;
	socklen_t len;
	struct sc_res r;
	int c;

	if (!strcmp(V->name, "connect")) {
		if (P->l < 0)
			sc_listen(P, 4);
		r = SC_CALL(connect(P->a, (struct sockaddr *)&P->addr, P->addrlen));
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "connected");
		sc_expect_fail(SC_HERE, "connect(a connected socket)", r, (const int[]){ EISCONN }, 1);
		return;
	}
	/* A third socket to name: bound, and listening where it can. */
	c = sc_bound_socket(P, &ss, &len);
	if (P->kind->type != SOCK_DGRAM)
		SC_REQUIRE_OK(listen(c, 4));
	r = SC_CALL(sendto(P->a, "t", 1, MSG_DONTWAIT, (struct sockaddr *)&ss, len));
	if (r.ret < 0)
		sc_observe_str("result", sc_errname(r.err));
	else
		sc_observe_str("result", sc_poll(P->b, POLLIN, 0) ? "sent to the peer" :
					 P->kind->type == SOCK_DGRAM && sc_poll(c, POLLIN, 0) ? "sent to the target" : "sent");
	sc_expect_fail(SC_HERE, "sendto(a connected socket, another address)", r, (const int[]){ EISCONN }, 1);
}

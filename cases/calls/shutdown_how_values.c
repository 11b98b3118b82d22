/* shutdown(2), NOTES: SHUT_RD, SHUT_WR and SHUT_RDWR have the values 0, 1
 * and 2.  The constants have those values, and the numbers passed as such
 * mean those directions: after shutdown(fd, 0) reads return end of file
 * and the peer sees none (a byte still crosses); after shutdown(fd, 1) the
 * peer reads end of file and this end still receives.  (2, both, is what
 * shutdown_rdwr checks.) */
#include "sc.h"

SC_CASE(shutdown_how_values) = {
	.claim   = "SHUT_RD, SHUT_WR, SHUT_RDWR are 0, 1, 2, and shutdown() with how 0 disallows receptions, with 1 transmissions",
	.source  = SC_SRC("man:shutdown(2)", "SHUT_ values: The constants SHUT_RD, SHUT_WR, SHUT_RDWR have the value 0, 1, 2, respectively"),
	.kinds   = SC_CONNECTED,
	.key     = "effect",
};

static const struct how {
	SC_VARIANT_HEAD;
	int how, rd, wr;
} hows[] = {
	{ .name = "how0", .how = 0, .rd = 1 },
	{ .name = "how1", .how = 1, .wr = 1 },
};
SC_VARIANTS(hows);

SC_TEST(shutdown_how_values)
{
	const struct how *V = P->variant;
	char buf[8];
	struct sc_res r;

	SC_EXPECT_EQ(SHUT_RD, 0);
	SC_EXPECT_EQ(SHUT_WR, 1);
	SC_EXPECT_EQ(SHUT_RDWR, 2);
	SC_REQUIRE_OK(shutdown(P->a, V->how));
	sc_observe_str("effect", V->rd ? "receptions" : "transmissions");
	/* Receptions: a read with nothing queued says end of file, or waits. */
	r = SC_CALL(recv(P->a, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("own_read", r.ret < 0 ? sc_errname(r.err) : r.ret == 0 ? "end of file" : "data");
	if (V->rd)
		SC_EXPECT(r.ret == 0, "shutdown(fd, %d): a read gave %s, not end of file", V->how,
			  r.ret < 0 ? sc_errname(r.err) : "data");
	else
		SC_EXPECT(r.ret < 0 && (r.err == EAGAIN || r.err == EWOULDBLOCK),
			  "shutdown(fd, %d): a read gave %s: receptions were disallowed", V->how,
			  r.ret < 0 ? sc_errname(r.err) : r.ret == 0 ? "end of file" : "data");
	/* Transmissions: the peer reads end of file, or a byte still crosses. */
	if (V->wr) {
		sc_expect_shutdown_sent(P->a);
		sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "end of file at the peer");
		SC_EXPECT_RET(recv(P->b, buf, sizeof buf, MSG_DONTWAIT), 0);
	} else {
		sc_expect_no_fin(P->a, P->b);
	}
}

/* tcp(7) TCP_MAXSEG: values larger than the interface MTU have no effect,
 * and TCP imposes its own minimum and maximum.  Below the minimum the value
 * is not taken (Linux refuses it: EINVAL).  In a private network namespace
 * whose loopback has an MTU of 1500, an MSS of 9000 leaves the segments at
 * what the MTU allows (1460). */
#include "sc.h"
#include "optclaim.h"
#include "tcpinfo.h"
#include "lomtu.h"

SC_CASE(tcp_maxseg_bounds) = {
	.claim   = "TCP_MAXSEG below TCP's minimum is not taken, and one above the interface MTU has no effect",
	.source  = SC_SRC("man:tcp(7)", "TCP_MAXSEG: Values greater than the (eventual) interface MTU have no effect. TCP will also impose its minimum and maximum bounds over the value provided."),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "snd_mss",
};

static const struct bound {
	SC_VARIANT_HEAD;
	int above_mtu;
} bounds[] = {
	{ .name = "below_minimum", .above_mtu = 0 },
	{ .name = "above_mtu", .above_mtu = 1 },
};
SC_VARIANTS(bounds);

SC_TEST(tcp_maxseg_bounds)
{
	const struct bound *V = P->variant;
	struct sc_tcpinfo c, s;
	int fd;

	if (!V->above_mtu) {
		struct sc_res r;

		fd = sc_kind_socket(P->kind);
		r = SC_CALL(setsockopt(fd, IPPROTO_TCP, TCP_MAXSEG, &(int){ 1 }, sizeof(int)));
		sc_observe_str("maxseg_1", r.ret == 0 ? "accepted" : sc_errname(r.err));
		sc_expect_fail(SC_HERE, "setsockopt(TCP_MAXSEG, 1)", r, (const int[]){ EINVAL }, 1);
		SC_EXPECT_ERRNO(setsockopt(fd, IPPROTO_TCP, TCP_MAXSEG, &(int){ 87 }, sizeof(int)), EINVAL);
		return;
	}
	sc_private_netns();
	sc_lo_mtu(1500);
	sc_listen(P, 1);
	P->a = sc_kind_socket(P->kind);
	SC_CLAIM_OPT(P->a, IPPROTO_TCP, TCP_MAXSEG, 9000);
	SC_REQUIRE_OK(connect(P->a, (struct sockaddr *)&P->addr, P->addrlen));
	P->b = sc_accept(P, SC_WAIT_MS);
	c = sc_tcpinfo(P->a);
	s = sc_tcpinfo(P->b);
	sc_observe_int("snd_mss", c.snd_mss);
	sc_observe_int("peer_snd_mss", s.snd_mss);
	SC_EXPECT_CMP(c.snd_mss, <=, 1460);
	SC_EXPECT_CMP(s.snd_mss, <=, 1460);
}

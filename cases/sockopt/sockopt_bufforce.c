/* socket(7) SO_RCVBUFFORCE, SO_SNDBUFFORCE: a process with CAP_NET_ADMIN
 * sets the buffer like SO_RCVBUF / SO_SNDBUF but past rmem_max /
 * wmem_max.  Forced to twice the maximum, a buffer holds more than the
 * largest one SO_RCVBUF / SO_SNDBUF can give (twice the maximum, the
 * doubled value): a UDP receiver keeps more than 2 * rmem_max bytes of
 * datagrams, a TCP sender whose peer does not read queues more than
 * 2 * wmem_max bytes.  Without the capability both options are refused. */
#include "sc.h"
#include "caps.h"
#include <poll.h>

SC_CASE(sockopt_bufforce) = {
	.claim  = "with CAP_NET_ADMIN, SO_RCVBUFFORCE and SO_SNDBUFFORCE set buffers beyond rmem_max and wmem_max; without it they are refused",
	.source = SC_SRC("man:socket(7)", "SO_RCVBUFFORCE: a privileged (CAP_NET_ADMIN) process can perform the same task as SO_RCVBUF, but the rmem_max limit can be overridden"),
	.kinds  = SC_ALL,
	.exclude = SC_SOCKETPAIR | SC_ABSTRACT, /* nothing here depends on how a pair is made */
	.fixture = SC_FIX_NONE,
	.needs  = "root",
	.key    = "result",
};

enum how { RCV, SND, RCV_UNPRIV, SND_UNPRIV };

static const struct variant {
	SC_VARIANT_HEAD;
	enum how how;
} variants[] = {
	{ .name = "rcvbufforce", .how = RCV, .kinds = SC_UDP },
	{ .name = "sndbufforce", .how = SND, .kinds = SC_TCP,
	  .src = SC_SRC("man:socket(7)", "SO_SNDBUFFORCE: a privileged (CAP_NET_ADMIN) process can perform the same task as SO_SNDBUF, but the wmem_max limit can be overridden") },
	{ .name = "rcvbufforce_unprivileged", .how = RCV_UNPRIV },
	{ .name = "sndbufforce_unprivileged", .how = SND_UNPRIV,
	  .src = SC_SRC("man:socket(7)", "SO_SNDBUFFORCE: Using this socket option, a privileged (CAP_NET_ADMIN) process can perform the same task as SO_SNDBUF") },
};
SC_VARIANTS(variants);

#define PIECE 32768

static long drain(int fd)
{
	static char b[PIECE];
	long n = 0, k;

	while ((k = recv(fd, b, sizeof b, MSG_DONTWAIT)) > 0)
		n += k;
	return n;
}

/* How much a buffer set with opt (SO_SNDBUF or SO_SNDBUFFORCE on a TCP
 * sender whose peer does not read; SO_RCVBUF or SO_RCVBUFFORCE on a UDP
 * receiver) to twice the maximum holds: bytes queued at the sender, or
 * bytes of datagrams the receiver kept out of three times the maximum. */
static long holds(struct sc_pair *P, int opt, long max)
{
	static char chunk[PIECE];
	int v = (int)(2 * max), n;
	long kept = 0;

	if (opt == SO_SNDBUF || opt == SO_SNDBUFFORCE) {
		sc_listen(P, 1);
		SC_REQUIRE_OK(setsockopt(P->l, SOL_SOCKET, SO_RCVBUF, &(int){ 1 }, sizeof(int)));
		P->a = sc_connect(P);
		P->b = sc_accept(P, SC_WAIT_MS);
		SC_EXPECT_OK(setsockopt(P->a, SOL_SOCKET, opt, &v, sizeof v));
		sc_fill(P->a);
		return sc_outq(P->a);
	}
	sc_make_pair(P);
	SC_EXPECT_OK(setsockopt(P->b, SOL_SOCKET, opt, &v, sizeof v));
	n = (int)(3 * max / PIECE) + 1;
	for (int i = 0; i < n; i++)
		sc_send_all(P->a, chunk, PIECE);
	SC_WAIT_UNTIL((kept += drain(P->b)) / PIECE + sc_drops(P->b) >= n, SC_WAIT_MS,
		      "every datagram to be queued or dropped");
	return kept;
}

SC_TEST(sockopt_bufforce)
{
	const struct variant *V = P->variant;
	struct sc_res r;
	long max, capped, forced;

	if (V->how == RCV_UNPRIV || V->how == SND_UNPRIV) {
		int fd = sc_kind_socket(P->kind), opt = V->how == RCV_UNPRIV ? SO_RCVBUFFORCE : SO_SNDBUFFORCE;

		SC_CAP_DROP(CAP_NET_ADMIN);
		r = SC_CALL(setsockopt(fd, SOL_SOCKET, opt, &(int){ 65536 }, sizeof(int)));
		sc_cap_restore();
		sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "set");
		SC_EXPECT_ERRNO_RES(V->how == RCV_UNPRIV ? "setsockopt(SO_RCVBUFFORCE) without CAP_NET_ADMIN"
				    : "setsockopt(SO_SNDBUFFORCE) without CAP_NET_ADMIN", r, EPERM);
		return;
	}
	max = sc_sysctl_or_unsupported(V->how == RCV ? "net/core/rmem_max" : "net/core/wmem_max", 0);
	SC_REQUIRE(max < (1L << 29), "the maximum %ld is too large to double", max);
	/* The same request, capped at the maximum and forced past it. */
	capped = holds(P, V->how == RCV ? SO_RCVBUF : SO_SNDBUF, max);
	forced = holds(P, V->how == RCV ? SO_RCVBUFFORCE : SO_SNDBUFFORCE, max);
	sc_observe_int("capped", capped);
	sc_observe_int("forced", forced);
	sc_observe_str("result", 4 * forced > 5 * capped ? "beyond the maximum" : "within the maximum");
	/* Twice the buffer: well over a quarter more, whatever the overhead. */
	SC_EXPECT(4 * forced > 5 * capped, "a buffer forced to 4 * %s holds %ld bytes, one capped by it %ld",
		  V->how == RCV ? "rmem_max" : "wmem_max", forced, capped);
}

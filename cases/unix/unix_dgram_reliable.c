/* unix(7): UNIX domain datagram sockets are reliable and keep order.  A
 * non-blocking sender fills the receiver's queue until the kernel refuses
 * with EAGAIN; every datagram it accepted then arrives, in order, and
 * nothing is dropped.  The receive queue limit, net.unix.max_dgram_qlen,
 * is set to 3 in the item's own network namespace to keep the queue
 * short; a socketpair's two ends are connected to each other, where only
 * the send buffer limits the sender. */
#include "sc.h"

SC_CASE(unix_dgram_reliable) = {
	.claim   = "AF_UNIX datagrams are never dropped or reordered: a full receive queue makes the sender wait (EAGAIN), and all accepted datagrams arrive in order",
	.source  = SC_SRC("man:unix(7)", "datagrams reliable: UNIX domain datagram sockets are always reliable and don't reorder datagrams"),
	.kinds   = SC_DGRAM,
	.require = SC_UNIX,
	.fixture = SC_FIX_NONE,
	.key     = "queued",
};

SC_TEST(unix_dgram_reliable)
{
	struct sockaddr_storage ss;
	socklen_t len;
	long n = 0, got = 0, v, misplaced = -1;
	struct sc_res r;
	int s, rcv, sv[2];

	sc_private_netns();
	sc_sysctl_set("net/unix/max_dgram_qlen", "3");
	sc_observe_int("max_dgram_qlen", sc_sysctl("net/unix/max_dgram_qlen", 0));
	if (P->kind->make == SC_MAKE_SOCKETPAIR) {
		SC_REQUIRE_OK(socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv));
		s = sc_track(sv[0]);
		rcv = sc_track(sv[1]);
		SC_SETOPT(s, SOL_SOCKET, SO_SNDBUF, 4096);
	} else {
		/* A sender connected to a receiver that is not connected back:
		 * the receiver's queue limit applies. */
		rcv = sc_bound_socket(P, &ss, &len);
		s = sc_kind_socket(P->kind);
		SC_REQUIRE_OK(connect(s, (struct sockaddr *)&ss, len));
	}
	while (n < 100000 && (r = SC_CALL(send(s, &n, sizeof n, MSG_DONTWAIT))).ret == sizeof n)
		n++;
	sc_observe_int("queued", n);
	sc_expect_fail(SC_HERE, "send() to a full receive queue", r, (const int[]){ EAGAIN }, 1);
	SC_EXPECT_CMP(n, >, 0);
	while ((r = SC_CALL(recv(rcv, &v, sizeof v, MSG_DONTWAIT))).ret == sizeof v) {
		if (v != got && misplaced < 0)
			misplaced = got;
		got++;
	}
	sc_observe_int("received", got);
	sc_observe_int("drops", sc_drops(rcv));
	SC_EXPECT(got == n, "%ld datagrams accepted by send(), %ld received", n, got);
	SC_EXPECT(misplaced < 0, "datagram %ld arrived out of order", misplaced);
	SC_EXPECT_RET(send(s, &n, sizeof n, MSG_DONTWAIT), sizeof n);
}

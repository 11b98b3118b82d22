/* accept(2): accept4() with flags 0 is the same as accept(): the
 * descriptors the two return have the same file status and descriptor
 * flags (neither non-blocking nor close-on-exec) and the same peer
 * address, as the peer's getsockname() gives it. */
#include "sc.h"
#include "addr_text.h"
#include <linux/vm_sockets.h>

SC_CASE(accept4_no_flags) = {
	.claim   = "accept4(..., 0) behaves as accept(): same flags on the new descriptor and the same peer address",
	.source  = SC_SRC("man:accept(2)", "accept4 with no flags: If flags is 0, then accept4() is the same as accept()"),
	.kinds   = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(accept4_no_flags)
{
	struct sockaddr_storage a1, a2, c2addr;
	socklen_t l1 = sizeof a1, l2 = sizeof a2, cl = sizeof c2addr;
	int c1, c2, s1, s2;

	sc_listen(P, 4);
	c1 = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the first connection to be queued");
	s1 = sc_track(SC_EXPECT_OK(accept(P->l, (struct sockaddr *)&a1, &l1)));
	sc_close(&c1);
	c2 = sc_connect(P);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "the second connection to be queued");
	memset(&a2, 0x5a, sizeof a2);
	s2 = sc_track(SC_EXPECT_OK(accept4(P->l, (struct sockaddr *)&a2, &l2, 0)));
	SC_REQUIRE_OK(getsockname(c2, (struct sockaddr *)&c2addr, &cl));
	sc_observe_int("addrlen", l2);
	sc_observe_addr("peer", &a2, l2);
	sc_observe_addr("peers_own", &c2addr, cl);
	if (c2addr.ss_family == AF_VSOCK)
		sc_observe_int("peers_own_cid", ((struct sockaddr_vm *)&c2addr)->svm_cid);
	SC_EXPECT_EQ(l2, l1);
	SC_EXPECT_EQ(l2, cl);
	SC_EXPECT(sc_same_addr(&a2, l2, &c2addr, cl), "accept4() gave another address than the peer's own");
	SC_EXPECT_EQ(fcntl(s2, F_GETFL), fcntl(s1, F_GETFL));
	SC_EXPECT_EQ(fcntl(s2, F_GETFD), fcntl(s1, F_GETFD));
	SC_EXPECT_EQ(fcntl(s2, F_GETFL) & O_NONBLOCK, 0);
	SC_EXPECT_EQ(fcntl(s2, F_GETFD) & FD_CLOEXEC, 0);
}

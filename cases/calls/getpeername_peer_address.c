/* getpeername(2): getpeername() returns the address of the peer connected
 * to the socket; for connected stream sockets either end can call it.
 * Each end's getpeername() is the other end's getsockname(). */
#include "sc.h"
#include "addr_text.h"
#include <linux/vm_sockets.h>

SC_CASE(getpeername_peer_address) = {
	.claim   = "getpeername() on either end of a connection returns the other end's address",
	.source  = SC_SRC("man:getpeername(2)", "peer address: getpeername() returns the address of the peer connected to the socket sockfd"),
	.kinds   = SC_CONNECTED,
	.key     = "addrlen",
};

static const struct end {
	SC_VARIANT_HEAD;
	int passive;
} ends[] = {
	{ .name = "active", .src = SC_SRC("man:getpeername(2)", "peer address: getpeername() returns the address of the peer connected to the socket sockfd") },
	{ .name = "passive", .src = SC_SRC("man:getpeername(2)", "either end: For stream sockets, once a connect(2) has been performed, either socket can call getpeername() to obtain the address of the peer socket"), .passive = 1 },
};
SC_VARIANTS(ends);

SC_TEST(getpeername_peer_address)
{
	const struct end *V = P->variant;
	int me = V->passive ? P->b : P->a, other = V->passive ? P->a : P->b;
	struct sockaddr_storage peer, theirs;
	socklen_t plen = sizeof peer, tlen = sizeof theirs;

	memset(&peer, 0x5a, sizeof peer);
	SC_EXPECT_OK(getpeername(me, (struct sockaddr *)&peer, &plen));
	SC_REQUIRE_OK(getsockname(other, (struct sockaddr *)&theirs, &tlen));
	sc_observe_int("addrlen", plen);
	sc_observe_addr("peer", &peer, plen);
	sc_observe_addr("peers_own", &theirs, tlen);
	if (theirs.ss_family == AF_VSOCK)
		sc_observe_int("peers_own_cid", ((struct sockaddr_vm *)&theirs)->svm_cid);
	SC_EXPECT_EQ(plen, tlen);
	SC_EXPECT(sc_same_addr(&peer, plen, &theirs, tlen), "getpeername() gave another address than the peer's own");
}

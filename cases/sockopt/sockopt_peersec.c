/* socket(7) SO_PEERSEC (unix(7)): the security context of the peer
 * socket, here this process's own.  Needs a security module that labels
 * peer sockets; without one the item is unsupported. */
#include "sc.h"
#include "lsm.h"

SC_CASE(sockopt_peersec) = {
	.claim  = "getsockopt(SO_PEERSEC) on a connected AF_UNIX socket returns the peer's security context",
	.source = SC_SRC("man:socket(7)", "SO_PEERSEC: Return the security context of the peer socket connected to this socket"),
	.kinds  = SC_UNIX,
	.exclude = SC_DGRAM, /* a connection has a peer socket */
	.key    = "context",
};

SC_TEST(sockopt_peersec)
{
	char self[256], got[512];
	size_t slen = sc_self_context(self, sizeof self);
	socklen_t glen = sizeof got;

	SC_EXPECT_OK(sc_peer_label(P->a, got, &glen));
	sc_observe_str("context", "yes");
	SC_EXPECT(sc_same_context(got, glen, self, slen), "SO_PEERSEC is \"%.*s\", the peer is \"%s\"",
		  (int)glen, got, self);
}

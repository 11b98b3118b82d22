/* unix(7) Autobind feature: a socket not explicitly bound that has
 * SO_PASSCRED set is autobound to an abstract address, a null byte and
 * five characters of [0-9a-f], by the connect() or send() that needs it;
 * its peer sees it by that name. */
#include "sc.h"
#include <ctype.h>

SC_CASE(unix_so_passcred_autobind) = {
	.claim   = "an unbound socket with SO_PASSCRED is autobound to an abstract name of 5 hex digits when it connects or sends",
	.source  = SC_SRC("man:unix(7)", "autobind with SO_PASSCRED: or the SO_PASSCRED socket option was specified for a socket that was not explicitly bound to an address, then the socket is autobound to an abstract address"),
	.also    = { SC_SRC("man:unix(7)", "SO_PASSCRED: When this option is set and the socket is not yet connected, a unique name in the abstract namespace will be generated automatically") },
	.kinds   = SC_UNIX,
	.require = SC_PATHNAME, /* the case makes its own sockets */
	.fixture = SC_FIX_NONE,
	.key     = "addrlen",
};

SC_TEST(unix_so_passcred_autobind)
{
	struct sockaddr_un me, seen;
	socklen_t len = sizeof me, slen = sizeof seen;
	int s = sc_kind_socket(P->kind), hex = 1, r;
	char b[4];

	SC_SETOPT(s, SOL_SOCKET, SO_PASSCRED, 1);
	SC_REQUIRE_OK(getsockname(s, (struct sockaddr *)&me, &len));
	sc_observe_int("addrlen_before", len);
	if (P->kind->type == SOCK_DGRAM) {
		r = sc_bound_socket(P, &P->addr, &P->addrlen);
		SC_EXPECT_RET(sendto(s, "a", 1, 0, (struct sockaddr *)&P->addr, P->addrlen), 1);
		sc_wait_fd(r, POLLIN, SC_WAIT_MS, "the datagram");
		SC_EXPECT_RET(recvfrom(r, b, sizeof b, MSG_DONTWAIT, (struct sockaddr *)&seen, &slen), 1);
	} else {
		sc_listen(P, 4);
		SC_EXPECT_OK(connect(s, (struct sockaddr *)&P->addr, P->addrlen));
		r = sc_accept(P, SC_WAIT_MS);
		SC_EXPECT_OK(getpeername(r, (struct sockaddr *)&seen, &slen));
	}
	len = sizeof me;
	memset(&me, 0x5a, sizeof me);
	SC_EXPECT_OK(getsockname(s, (struct sockaddr *)&me, &len));
	sc_observe_int("addrlen", len);
	SC_EXPECT(len == offsetof(struct sockaddr_un, sun_path) + 6 && me.sun_path[0] == 0,
		  "getsockname() after %s: addrlen %u, sun_path[0] %d; autobinding gives addrlen %zu and a null first byte",
		  P->kind->type == SOCK_DGRAM ? "sendto()" : "connect()", len, me.sun_path[0],
		  offsetof(struct sockaddr_un, sun_path) + 6);
	for (int i = 1; i < 6; i++)
		hex &= isdigit((unsigned char)me.sun_path[i]) || (me.sun_path[i] >= 'a' && me.sun_path[i] <= 'f');
	SC_EXPECT(hex, "the autobound name \"%.5s\" is not 5 characters of [0-9a-f]", me.sun_path + 1);
	SC_EXPECT(slen == len && !memcmp(&seen, &me, len), "the peer sees another address (length %u)", slen);
}

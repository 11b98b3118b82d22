/* What a connect()ed datagram socket sends to and receives from. */
#include "sc.h"
#include "addr_text.h"
#include "dgram_peer.h"
#include <ctype.h>
#include <stdio.h>

void sc_dgram_sent_to_peer(int a, int peer, char p)
{
	struct sockaddr_storage src, aname;
	socklen_t sl = sizeof src, nl = sizeof aname;
	char buf[16], tag[8], what[32];

	snprintf(tag, sizeof tag, "to-%c", tolower(p));
	snprintf(what, sizeof what, "A's datagram at %c", p);
	SC_EXPECT_RET(send(a, tag, 4, 0), 4);
	sc_wait_fd(peer, POLLIN, SC_WAIT_MS, what);
	SC_EXPECT_RET(recvfrom(peer, buf, sizeof buf, 0, (struct sockaddr *)&src, &sl), 4);
	/* A's own name as getsockname() gives it (TIPC: its port, not the
	 * service name it is bound to). */
	SC_REQUIRE_OK(getsockname(a, (struct sockaddr *)&aname, &nl));
	sc_observe_addr("source", &src, sl);
	SC_EXPECT(sc_same_addr(&src, sl, &aname, nl), "%c's datagram came from another address than A's", p);
}

void sc_dgram_heard_only(int a, const struct sockaddr_storage *aa, socklen_t al,
			 int peer, char p, int other, char o, const char *who)
{
	char buf[16], mine[8], theirs[8], what[48];
	struct sc_res r;

	snprintf(mine, sizeof mine, "from-%c", tolower(p));
	snprintf(theirs, sizeof theirs, "from-%c", tolower(o));
	r = SC_CALL(sendto(other, theirs, 6, 0, (const struct sockaddr *)aa, al));
	snprintf(what, sizeof what, "send_from_%s", who);
	sc_observe_str(what, r.ret < 0 ? sc_errname(r.err) : "sent");
	SC_EXPECT_RET(sendto(peer, mine, 6, 0, (const struct sockaddr *)aa, al), 6);
	snprintf(what, sizeof what, "%c's datagram at A", p);
	sc_wait_fd(a, POLLIN, SC_WAIT_MS, what);
	SC_EXPECT_RET(recv(a, buf, sizeof buf, MSG_DONTWAIT), 6);
	sc_observe_str("first_read", !memcmp(buf, mine, 6) ? mine : !memcmp(buf, theirs, 6) ? theirs : "other");
	SC_EXPECT(!memcmp(buf, mine, 6), "A first read \"%.6s\", not %c's datagram", buf, p);
	r = SC_CALL(recv(a, buf, sizeof buf, MSG_DONTWAIT));
	snprintf(what, sizeof what, "from_%s", who);
	sc_observe_str(what, r.ret < 0 ? "none" : "received");
	snprintf(what, sizeof what, "a further read at A (%c's datagram)", o);
	SC_EXPECT_ERRNO_RES(what, r, EAGAIN, EWOULDBLOCK);
}

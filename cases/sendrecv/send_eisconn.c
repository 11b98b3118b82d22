/* send(2) EISCONN, and sendto() on a connected connection-mode socket: a
 * destination given to sendto() is either refused with EISCONN or ignored
 * (the data goes to the connected peer). */
#include "sc.h"

SC_CASE(send_eisconn) = {
	.claim  = "sendto() with an address on a connected connection-mode socket fails with EISCONN or sends to the connected peer, ignoring the address",
	.source = SC_SRC("man:send(2)", "EISCONN: The connection-mode socket was connected already but a recipient was specified. (Now either this error is returned, or the recipient specification is ignored.)"),
	.also   = { SC_SRC("man:send(2)", "sendto address ignored: the arguments dest_addr and addrlen are ignored (and the error EISCONN may be returned when they are not NULL and 0)") },
	.kinds  = SC_CONNECTED,
	.key    = "result",
};

SC_TEST(send_eisconn)
{
	struct sockaddr_storage other;
	socklen_t len;
	struct sc_res r;
	char c = 0;

	/* Another address of the family: nobody's, or the listener's. */
	sc_local_addr(P, &other, &len);
	if (sc_addr_port(&other) >= 0)
		memcpy(&other, &P->addr, sizeof other), len = P->addrlen;
	r = SC_CALL(sendto(P->a, "x", 1, MSG_NOSIGNAL, (struct sockaddr *)&other, len));
	sc_observe_str("result", r.ret < 0 ? sc_errname(r.err) : "ignored");
	if (r.ret < 0) {
		sc_expect_fail(SC_HERE, "sendto() with an address", r, (const int[]){ EISCONN }, 1);
		return;
	}
	SC_EXPECT_RET(r.ret, 1);
	sc_wait_fd(P->b, POLLIN, SC_WAIT_MS, "the byte at the connected peer");
	SC_EXPECT_RET(recv(P->b, &c, 1, MSG_DONTWAIT), 1);
}

/* socket(2): when a network error occurs the protocol sets a pending error
 * on the socket, and the next operation on it returns that error (once:
 * the one after it does not).  A TCP connection the peer resets: the next
 * recv() fails with ECONNRESET.  A connected UDP socket whose datagram
 * meets a closed port (ICMP port unreachable): the next recv() fails with
 * ECONNREFUSED. */
#include "sc.h"

SC_CASE(socket_pending_error) = {
	.claim   = "a network error becomes the socket's pending error, returned by the next operation and then cleared",
	.source  = SC_SRC("man:socket(2)", "pending error: The next operation on this socket will return the error code of the pending error"),
	.kinds   = SC_TCP | SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "errno",
};

SC_TEST(socket_pending_error)
{
	char buf[8];
	struct sc_res r;
	int err = ECONNRESET;

	if (P->kind->caps & SC_TCP) {
		struct linger lg = { 1, 0 };

		sc_make_pair(P);
		SC_REQUIRE_OK(setsockopt(P->b, SOL_SOCKET, SO_LINGER, &lg, sizeof lg));
		sc_close(&P->b);
	} else {
		struct sockaddr_storage ss;
		socklen_t len;
		int gone = sc_bound_socket(P, &ss, &len);

		sc_close(&gone);   /* its port is closed now */
		P->a = sc_kind_socket(P->kind);
		SC_REQUIRE_OK(connect(P->a, (struct sockaddr *)&ss, len));
		SC_REQUIRE(send(P->a, "x", 1, 0) == 1, "send() failed: %s", sc_errname(errno));
		err = ECONNREFUSED;
	}
	sc_wait_fd(P->a, POLLERR, SC_WAIT_MS, "the error to reach the socket");
	r = SC_CALL(recv(P->a, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("errno", r.ret < 0 ? sc_errname(r.err) : "returned");
	SC_EXPECT_ERRNO_RES("the next operation after the error", r, err);
	r = SC_CALL(recv(P->a, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("errno_after", r.ret < 0 ? sc_errname(r.err) : r.ret == 0 ? "end of file" : "data");
	SC_EXPECT(r.ret >= 0 || r.err != err, "the error was returned again: %s", sc_errname(r.err));
}

/* tcp(7): with tcp_abort_on_overflow enabled, a connection that completes
 * while the listener's accept queue is full is reset instead of being
 * dropped for the client to retry.  The listener (backlog 0) defers
 * accept until data arrives (TCP_DEFER_ACCEPT), so client A's handshake
 * waits as a request; client B sends data first and fills the queue; A's
 * data then completes A's connection into the full queue. */
#include "sc.h"
#include "sysctl_text.h"

SC_CASE(tcp_abort_on_overflow_reset) = {
	.claim   = "with tcp_abort_on_overflow 1 a connection that overflows the accept queue is reset",
	.source  = SC_SRC("man:tcp(7)", "tcp_abort_on_overflow: Enable resetting connections if the listening service is too slow and unable to keep up and accept them"),
	.kinds   = SC_TCP,
	.fixture = SC_FIX_NONE,
	.key     = "so_error",
};

SC_TEST(tcp_abort_on_overflow_reset)
{
	int a, b, so = 0;
	socklen_t sl = sizeof so;
	short ev;

	sc_private_netns();
	sc_sysctl_set_int("net/ipv4/tcp_abort_on_overflow", 1);
	P->l = sc_bound_socket(P, &P->addr, &P->addrlen);
	SC_SETOPT(P->l, IPPROTO_TCP, TCP_DEFER_ACCEPT, 30);
	SC_REQUIRE_OK(listen(P->l, 0));
	a = sc_connect(P);
	b = sc_connect(P);
	sc_send_all(b, "b", 1);
	sc_wait_fd(P->l, POLLIN, SC_WAIT_MS, "B's connection in the accept queue");
	sc_send_all(a, "a", 1);
	ev = sc_poll(a, POLLIN, SC_BLOCKED_MS);
	sc_observe_int("revents", ev);
	SC_REQUIRE_OK(getsockopt(a, SOL_SOCKET, SO_ERROR, &so, &sl));
	sc_observe_str("so_error", so ? sc_errname(so) : "0");
	SC_EXPECT(ev & (POLLERR | POLLHUP), "no reset within %d ms of the overflowing connection's data",
		  sc_ms(SC_BLOCKED_MS));
	SC_EXPECT_EQ(so, ECONNRESET);
}

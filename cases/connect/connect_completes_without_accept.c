/* listen(2) NOTES and tcp(7): the kernel completes the handshake itself and
 * queues established connections for accept().  A blocking connect returns
 * with no accept() call anywhere; the listener's queue then holds the
 * connection (readable listener; on TCP the client is ESTABLISHED and the
 * queue length is 1), and accept() later hands over an established one. */
#include "sc.h"
#include <poll.h>

SC_CASE(connect_completes_without_accept) = {
	.claim  = "the kernel completes connections and queues them for accept(): connect() returns before any accept() call",
	.source = SC_SRC("man:listen(2)", "established queue: the backlog specifies the queue length for completely established sockets waiting to be accepted"),
	.also   = { SC_SRC("man:accept(2)", "first request: it extracts the first connection request on the queue of pending connections for the listening socket") },
	.kinds  = SC_LISTENER,
	.fixture = SC_FIX_NONE,
	.key    = "client_state",
};

SC_TEST(connect_completes_without_accept)
{
	int fd, s, ms = SC_WAIT_MS;

	sc_listen(P, 4);
	fd = sc_kind_socket(P->kind);
	SC_EXPECT_RET(connect(fd, (struct sockaddr *)&P->addr, P->addrlen), 0);
	SC_EXPECT_EQ(sc_wait_fd(P->l, POLLIN, ms, "the listener to have a connection queued") & POLLIN, POLLIN);
	if (P->kind->caps & SC_TCP) {
		sc_observe_str("client_state", sc_tcp_state_name(sc_tcp_state(fd)));
		SC_EXPECT_EQ(sc_tcp_state(fd), TCP_ESTABLISHED);
		SC_WAIT_UNTIL(sc_queue_len(P->l) >= 1, ms, "the listener's queue to hold the connection");
		SC_EXPECT_EQ(sc_queue_len(P->l), 1);
	}
	s = sc_accept(P, SC_WAIT_MS);
	if (P->kind->caps & SC_TCP) {
		SC_EXPECT_EQ(sc_tcp_state(s), TCP_ESTABLISHED);
		SC_EXPECT_EQ(sc_queue_len(P->l), 0);
	}
	sc_send_all(fd, "x", 1);
	SC_EXPECT_RET(recv(s, (char[4]){ 0 }, 4, 0), 1);
}

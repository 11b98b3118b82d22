/* socket(2): SOCK_RDM provides a reliable datagram layer that does not
 * guarantee ordering.  Of the families here only TIPC implements it: a
 * SOCK_RDM socket bound to a service name receives each datagram sent to
 * that name, whole.  (Reliability is not observable on one node; order is
 * not promised, so it is not checked.) */
#include "sc.h"

SC_CASE(socket_rdm) = {
	.claim   = "a SOCK_RDM socket delivers datagrams whole to the service it is bound to",
	.source  = SC_SRC("man:socket(2)", "SOCK_RDM: Provides a reliable datagram layer that does not guarantee ordering"),
	.kinds   = SC_TIPC,
	.require = SC_DGRAM,   /* one TIPC kind gives the family */
	.fixture = SC_FIX_NONE,
	.key     = "received",
};

#define N 4

SC_TEST(socket_rdm)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int r = sc_socket(AF_TIPC, SOCK_RDM | SOCK_CLOEXEC, 0);
	int s = sc_socket(AF_TIPC, SOCK_RDM | SOCK_CLOEXEC, 0);
	int seen = 0, got = 0;
	char in[64];

	sc_local_addr(P, &ss, &len);
	SC_REQUIRE_OK(bind(r, (struct sockaddr *)&ss, len));
	sc_observe_int("so_type", sc_sockopt_int(r, SO_TYPE));
	SC_EXPECT_EQ(sc_sockopt_int(r, SO_TYPE), SOCK_RDM);
	for (int i = 0; i < N; i++) {
		char out[16];

		memset(out, 'a' + i, sizeof out);
		SC_EXPECT_RET(sendto(s, out, (size_t)i + 8, 0, (struct sockaddr *)&ss, len), i + 8);
	}
	for (int i = 0; i < N; i++) {
		long n;

		sc_wait_fd(r, POLLIN, SC_WAIT_MS, "a datagram");
		n = SC_EXPECT_OK(recv(r, in, sizeof in, 0));
		SC_EXPECT(n >= 8 && n < 8 + N && in[0] == 'a' + (n - 8) && in[n - 1] == in[0],
			  "datagram of %ld bytes starting '%c' is not one that was sent", n, in[0]);
		seen |= 1 << (n - 8);
		got++;
	}
	sc_observe_int("received", got);
	SC_EXPECT_EQ(seen, (1 << N) - 1);
}

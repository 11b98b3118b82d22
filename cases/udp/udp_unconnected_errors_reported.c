/* udp(7), Error handling: fatal errors, asynchronous ones from the network
 * included, reach the user as an error return even when the socket is not
 * connected.  An unconnected socket sends to a port with no receiver; once
 * the port unreachable answer has been handled, its next call should fail. */
#include "sc.h"
#include "icmp.h"

SC_CASE(udp_unconnected_errors_reported) = {
	.claim   = "an ICMP port unreachable for a datagram an unconnected socket sent is reported by the socket's next call (ECONNREFUSED)",
	.source  = SC_SRC("man:udp(7)", "errors when unconnected: All fatal errors will be passed to the user as an error return even when the socket is not connected. This includes asynchronous errors received from the network"),
	.kinds   = SC_UDP,
	.fixture = SC_FIX_NONE,
	.key     = "so_error",
};

SC_TEST(udp_unconnected_errors_reported)
{
	struct sockaddr_storage me, closed;
	socklen_t mlen, clen;
	long before;
	int fd, err = -1;
	socklen_t el = sizeof err;
	char buf[8];
	struct sc_res r;

	sc_icmp_netns();
	fd = sc_bound_socket(P, &me, &mlen);
	sc_closed_addr(P, &closed, &clen);
	before = sc_icmp_unreach_in(P->kind);
	SC_REQUIRE(before >= 0, "no ICMP counters in /proc/net/snmp");
	SC_EXPECT_RET(sendto(fd, "lost", 4, 0, (struct sockaddr *)&closed, clen), 4);
	/* Pinned to this CPU: once the counter moved, the answer was handled. */
	SC_WAIT_UNTIL(sc_icmp_unreach_in(P->kind) > before, SC_WAIT_MS,
		      "the port unreachable answer to arrive");
	SC_REQUIRE_OK(getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el));
	sc_observe_str("so_error", err ? sc_errname(err) : "0");
	r = SC_CALL(recv(fd, buf, sizeof buf, MSG_DONTWAIT));
	sc_observe_str("next_recv", r.ret < 0 ? sc_errname(r.err) : "data");
	/* SO_ERROR read above would have cleared a pending error: judge both. */
	SC_EXPECT(err == ECONNREFUSED || (r.ret < 0 && r.err == ECONNREFUSED),
		  "no error reported: SO_ERROR %s, recv %s", err ? sc_errname(err) : "0",
		  r.ret < 0 ? sc_errname(r.err) : "returned data");
}
